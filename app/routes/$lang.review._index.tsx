import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '#app/auth/session.server.ts'
import { FormMessage } from '#app/components/ui/field.tsx'
import { contentLanguage, ContentText, isolate } from '#app/components/content-text.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { listReviewQueue } from '#app/models/material/transitions.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

/** Submissions from every country, oldest first, each with a preview. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	await requirePermission(request, 'read', 'review-queue')
	return { title: getFixedT(lang, 'account')('review.title'), queue: await listReviewQueue(lang) }
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

const DONE = new Set(['published', 'changes-requested', 'withdrawn'])

export default function ReviewQueue() {
	const { queue } = useLoaderData<typeof loader>()
	const { t, i18n } = useTranslation('account')
	const labels = useLabels()
	const lang = i18n.language
	const [params] = useSearchParams()
	const done = params.get('done')
	const decided = params.get('material')
	return (
		<>
			<h1>{t('review.title')}</h1>
			{done && DONE.has(done) ? (
				<FormMessage tone="ok">
					{t(`review.done.${done}`)}{' '}
					{done === 'published' && decided ? (
						<Link to={`/${lang}/materials/${encodeURIComponent(decided)}`}>
							{t('review.seePublic')}
						</Link>
					) : null}
				</FormMessage>
			) : null}
			<p>{t('review.intro', { count: queue.length })}</p>
			{queue.length === 0 ? (
				<p className="empty">{t('review.empty')}</p>
			) : (
				<ol className="queue">
					{queue.map((m) => (
						<li key={m.id} className="queue__item">
							<div>
								{m.previewFileId ? (
									<img
										src={`/files/${m.previewFileId}`}
										alt=""
										width={120}
										height={90}
										loading="lazy"
									/>
								) : null}
							</div>
							<div>
								<h2 className="card__title">
									<Link to={`/${lang}/review/${m.id}`}>
										<ContentText lang={m.lang}>{m.title}</ContentText>
									</Link>
								</h2>
								<p className="card__meta">
									{labels.country(m.countryCode)} · {labels.vocab('type', m.resourceType)} ·{' '}
									{labels.language(m.lang)} ·{' '}
									{t('review.submittedAt', {
										date: labels.date(m.submittedAt),
										by: m.submittedBy ? isolate(m.submittedBy) : '—',
									})}
								</p>
								<p {...contentLanguage(m.lang)}>{m.description}</p>
							</div>
						</li>
					))}
				</ol>
			)}
		</>
	)
}
