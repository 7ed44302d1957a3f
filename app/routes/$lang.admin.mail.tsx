import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { PageOutOfRange, Pagination } from '#app/components/pagination.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { requirePermission } from '#app/auth/session.server.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { listMail, OUTBOX_PAGE_SIZE } from '#app/mail/mail.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

/**
 * The mail outbox: every message the exchange sent or would send. Without
 * SMTP it is how invitations and reset links reach people in a demo.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	await requirePermission(request, 'read', 'mail-outbox')
	const page = Number.parseInt(new URL(request.url).searchParams.get('page') ?? '1', 10)
	const list = await listMail(Number.isFinite(page) ? page : 1)
	const { messages, total } = list
	return {
		page: list.page,
		pageCount: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)),
		title: getFixedT(lang, 'account')('mail.outboxTitle'),
		smtp: !!getEnv().SMTP_URL,
		total,
		messages: messages.map((m) => ({
			id: m.id,
			to: m.to,
			subject: m.subject,
			text: m.text,
			createdAt: m.createdAt.toISOString(),
			sentAt: m.sentAt?.toISOString() ?? null,
			lastError: m.lastError,
		})),
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

export default function MailOutbox() {
	const { messages, smtp, total, page, pageCount } = useLoaderData<typeof loader>()
	const [params] = useSearchParams()
	const { t } = useTranslation('account')
	const { dateTime } = useLabels()
	const pageLink = (p: number) => {
		const next = new URLSearchParams(params)
		next.set('page', String(p))
		return `?${next}`
	}
	return (
		<>
			<h1>{t('mail.outboxTitle')}</h1>
			<p className="notice">{smtp ? t('mail.smtpOn') : t('mail.smtpOff')}</p>
			<p>{t('mail.count', { count: total })}</p>
			{total > 0 && page > pageCount ? (
				<PageOutOfRange page={page} pageCount={pageCount} href={pageLink} />
			) : null}
			<ol className="history">
				{messages.map((m) => (
					<li key={m.id}>
						<h2 className="card__title" dir="auto">
							{m.subject}
						</h2>
						<p className="card__meta">
							{t('mail.to', { to: m.to })} · {dateTime(m.createdAt)} ·{' '}
							{m.sentAt
								? t('mail.sent', { at: dateTime(m.sentAt) })
								: smtp
									? t('mail.pending')
									: t('mail.notSent')}
							{m.lastError ? ` · ${m.lastError}` : ''}
						</p>
						<pre className="reason" dir="auto">
							{m.text}
						</pre>
					</li>
				))}
			</ol>
			<Pagination page={page} pageCount={pageCount} href={pageLink} />
		</>
	)
}
