import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { useLabels } from '#app/components/vocab.tsx'
import { requireUser } from '#app/auth/session.server.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { listInbox, markInboxRead } from '#app/models/account.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

/**
 * Messages for the user: reviewers' decisions with their reasons, the
 * secretariat's on the country's report. Opening the inbox marks them read.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const user = await requireUser(request)
	const messages = await listInbox(user.id)
	await markInboxRead(user.id)
	return {
		title: getFixedT(lang, 'account')('inbox.title'),
		messages: messages.map((m) => ({
			id: m.id,
			kind: m.kind,
			materialId: m.materialId,
			versionId: m.versionId,
			report: m.report,
			body: m.body,
			createdAt: m.createdAt.toISOString(),
			unread: !m.readAt,
		})),
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

export default function Inbox() {
	const { messages } = useLoaderData<typeof loader>()
	const { t, i18n } = useTranslation('account')
	const { dateTime } = useLabels()
	return (
		<>
			<h1>{t('inbox.title')}</h1>
			{messages.length === 0 ? (
				<p className="empty">{t('inbox.empty')}</p>
			) : (
				<ul className="history">
					{messages.map((m) => (
						<li key={m.id}>
							<p>
								<strong>{t(`inbox.kinds.${m.kind}`, { defaultValue: m.kind })}</strong>
								{m.unread ? <span className="status">{t('inbox.new')}</span> : null}{' '}
								<span className="card__meta">{dateTime(m.createdAt)}</span>
							</p>
							{m.body ? (
								<p className="reason" dir="auto">
									{m.body}
								</p>
							) : null}
							{m.materialId ? (
								<p>
									<Link to={inboxLink(i18n.language, m.kind, m.materialId, m.versionId)}>
										{t('inbox.open')}
									</Link>
								</p>
							) : null}
							{m.report ? (
								<p>
									<Link
										to={`/${i18n.language}/reports/${m.report.roundId}/${m.report.countryCode}`}
									>
										{t('inbox.openReport')}
									</Link>
								</p>
							) : null}
						</li>
					))}
				</ul>
			)}
		</>
	)
}

/** Where a message leads: a reviewer's decision to the material in the workspace, an adaptation to its public page... */
function inboxLink(lang: string, kind: string, materialId: string, versionId: string | null) {
	if (kind === 'adapted') return `/${lang}/materials/${materialId}`
	// A request for a poster template leads to the template editor of that poster.
	if (kind === 'template-requested' && versionId) return `/${lang}/workspace/templates/${versionId}`
	if (kind === 'template-ready') return `/${lang}/adapt/${materialId}`
	if (kind === 'source-revised') return `/${lang}/compare/${materialId}`
	if (kind === 'permission-requested') return `/${lang}/workspace/permissions`
	if (kind === 'permission-granted' || kind === 'permission-refused')
		return `/${lang}/adapt/${materialId}`
	return `/${lang}/workspace/materials/${materialId}`
}
