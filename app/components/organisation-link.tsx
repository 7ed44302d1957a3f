import { contactHref, contactLabel, type Organisation } from '#app/domain/organisation.ts'

/**
 * The producing organisation's name (in whatever script it is written) and,
 * when it gave one, its contact as a link: a web address opens outside the
 * exchange, an e-mail address in the reader's mail program.
 */
export function OrganisationLink({
	organisation,
}: {
	organisation: Pick<Organisation, 'name' | 'contact'>
}) {
	const href = organisation.contact ? contactHref(organisation.contact) : null
	return (
		<>
			<span dir="auto">{organisation.name}</span>
			{href ? (
				<>
					<br />
					<a
						href={href}
						rel="noopener noreferrer nofollow"
						dir="ltr"
						className="organisation__contact"
					>
						{contactLabel(organisation.contact!)}
					</a>
				</>
			) : null}
		</>
	)
}
