import { useTranslation } from 'react-i18next'
import { Field } from '#app/components/ui/field.tsx'
import {
	MAX_ORGANISATION_CONTACT_LENGTH,
	MAX_ORGANISATION_LENGTH,
} from '#app/domain/organisation.ts'

/**
 * The producing organisation and its contact, for the campaign form and the
 * material form (app/domain/organisation.ts checks both on either side).
 * The name is written as the organisation writes it, in any script, so the
 * field takes its direction from what is typed.
 */
export function OrganisationFields({
	idPrefix,
	values,
	errors,
	hint,
}: {
	idPrefix: string
	values: { organisation: string; organisationContact: string }
	/** Translated messages, by field. */
	errors: { organisation?: string | null; organisationContact?: string | null }
	/** What leaving the name empty means on this form. */
	hint: string
}) {
	const { t } = useTranslation()
	return (
		<>
			<Field
				id={`${idPrefix}-organisation`}
				label={t('organisation.name')}
				name="organisation"
				defaultValue={values.organisation}
				maxLength={MAX_ORGANISATION_LENGTH}
				autoComplete="organization"
				dir="auto"
				hint={hint}
				error={errors.organisation}
			/>
			<Field
				id={`${idPrefix}-organisationContact`}
				label={t('organisation.contact')}
				name="organisationContact"
				defaultValue={values.organisationContact}
				maxLength={MAX_ORGANISATION_CONTACT_LENGTH}
				// Either kind is allowed, so neither `url` nor `email`: the browser
				// would refuse the other before our own check explains it.
				inputMode="url"
				dir="ltr"
				hint={t('organisation.contactHint')}
				error={errors.organisationContact}
			/>
		</>
	)
}
