import {
	data,
	redirect,
	type ActionFunctionArgs,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { clearedSessionCookieHeader, requireUser } from '#app/auth/session.server.ts'
import { ContentText } from '#app/components/content-text.tsx'
import { Field, FormMessage, NewPasswordFields } from '#app/components/ui/field.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { ScrollRegion } from '#app/components/ui/scroll-region.tsx'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { changePassword, listSessions, signOutEverywhere } from '#app/models/account.server.ts'
import { field, readForm } from '#app/utils/request.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const user = await requireUser(request, { allowWithoutTotp: true })
	const sessions = await listSessions(user.id)
	return {
		title: getFixedT(lang, 'account')('account.title'),
		user: {
			name: user.name,
			email: user.email,
			memberships: user.memberships,
			totp: !!user.totpEnabledAt,
		},
		sessions: sessions.map((s) => ({
			current: s.id === user.sessionId,
			createdAt: s.createdAt.toISOString(),
			lastSeenAt: s.lastSeenAt.toISOString(),
			userAgent: s.userAgent,
		})),
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

export async function action({ request, params }: ActionFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const user = await requireUser(request, { allowWithoutTotp: true })
	const form = await readForm(request)
	const intent = field(form, 'intent', 40)
	if (intent === 'sign-out-everywhere') {
		await signOutEverywhere(user.id)
		throw redirect(`/${lang}/login`, {
			headers: { 'set-cookie': await clearedSessionCookieHeader() },
		})
	}
	if (intent === 'change-password') {
		const next = field(form, 'password', 1000)
		if (next !== field(form, 'confirm', 1000))
			return data({ error: 'password.mismatch', ok: null }, { status: 400 })
		const result = await changePassword(user.id, field(form, 'current', 1000), next, user.sessionId)
		if (result !== 'ok') return data({ error: `password.${result}`, ok: null }, { status: 400 })
		return { error: null, ok: 'password.changed' }
	}
	return data({ error: 'errors.unknown-intent', ok: null }, { status: 400 })
}

export default function Account() {
	const { user, sessions } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const { t, i18n } = useTranslation('account')
	const labels = useLabels()
	const { dateTime } = labels
	return (
		<>
			<h1>{t('account.title')}</h1>
			{result?.ok ? <FormMessage tone="ok">{t(result.ok)}</FormMessage> : null}
			{result?.error ? <FormMessage tone="error">{t(result.error)}</FormMessage> : null}
			<section className="panel" aria-labelledby="profile-title">
				<h2 id="profile-title">{t('account.profile')}</h2>
				<dl className="facts">
					<dt>{t('fields.name')}</dt>
					<dd>
						<ContentText>{user.name}</ContentText>
					</dd>
					<dt>{t('fields.email')}</dt>
					<dd>
						<ContentText>{user.email}</ContentText>
					</dd>
					<dt>{t('account.roles')}</dt>
					<dd>
						{labels.list(
							user.memberships.map((m) =>
								m.countryCode
									? `${labels.vocab('role', m.role)} (${labels.country(m.countryCode)})`
									: labels.vocab('role', m.role),
							),
						) || t('account.noRole')}
					</dd>
					<dt>{t('account.twoFactor')}</dt>
					<dd>
						{user.totp ? t('account.twoFactorOn') : t('account.twoFactorOff')} ·{' '}
						<Link to={`/${i18n.language}/account/two-factor`}>{t('account.manageTwoFactor')}</Link>
					</dd>
				</dl>
			</section>
			<section className="panel" aria-labelledby="password-title">
				<h2 id="password-title">{t('account.changePassword')}</h2>
				<Form method="post" className="form">
					<input type="hidden" name="intent" value="change-password" />
					<Field
						label={t('fields.currentPassword')}
						name="current"
						type="password"
						autoComplete="current-password"
						required
						maxLength={1000}
					/>
					<NewPasswordFields
						label={t('fields.newPassword')}
						repeatLabel={t('fields.confirmPassword')}
						rules={t('password.rules')}
					/>
					<button type="submit" className="button">
						{t('account.changePassword')}
					</button>
				</Form>
			</section>
			<section className="panel" aria-labelledby="sessions-title">
				<h2 id="sessions-title">{t('account.sessions')}</h2>
				<ScrollRegion label={t('account.sessions')}>
					<table className="table">
						<thead>
							<tr>
								<th scope="col">{t('account.device')}</th>
								<th scope="col">{t('account.signedInAt')}</th>
								<th scope="col">{t('account.lastSeen')}</th>
							</tr>
						</thead>
						<tbody>
							{sessions.map((s, i) => (
								<tr key={i}>
									<td>
										{s.userAgent || t('account.unknownDevice')}
										{s.current ? ` (${t('account.thisDevice')})` : ''}
									</td>
									<td>{dateTime(s.createdAt)}</td>
									<td>{dateTime(s.lastSeenAt)}</td>
								</tr>
							))}
						</tbody>
					</table>
				</ScrollRegion>
				<Form method="post" className="actions">
					<input type="hidden" name="intent" value="sign-out-everywhere" />
					<button type="submit" className="button button--danger">
						{t('account.signOutEverywhere')}
					</button>
				</Form>
			</section>
		</>
	)
}
