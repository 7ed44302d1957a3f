import {
	data,
	redirect,
	type ActionFunctionArgs,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { createSession, sessionCookieHeader } from '#app/auth/session.server.ts'
import { Field, FormMessage, NewPasswordFields } from '#app/components/ui/field.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { acceptInvitation, getInvitation } from '#app/models/account.server.ts'
import { field, readForm } from '#app/utils/request.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const found = await getInvitation(params.token ?? '')
	const title = getFixedT(lang, 'account')('invitation.title')
	if (found.state !== 'valid')
		return data({ title, found: { state: found.state } }, { status: 410 })
	return { title, found }
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

export async function action({ request, params }: ActionFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const form = await readForm(request)
	const password = field(form, 'password', 1000)
	const confirm = form.has('confirm') ? field(form, 'confirm', 1000) : password
	if (password !== confirm) return data({ error: 'password.mismatch' }, { status: 400 })
	const result = await acceptInvitation(params.token ?? '', {
		name: field(form, 'name', 120),
		password,
		uiLang: lang,
	})
	if (!result.ok) {
		const gone = ['used', 'expired', 'unknown'].includes(result.problem)
		return data(
			{ error: gone ? `invitation.${result.problem}` : `password.${result.problem}` },
			{ status: gone ? 410 : 400 },
		)
	}
	// Accepting signs the person in. An account with a second factor gets a
	// half-signed session and is asked for its code, as at sign-in; reviewers
	// and administrators without one are taken to set it up first
	// (requireUser does that).
	const token = await createSession(result.userId, {
		pendingTotp: result.secondFactor,
		userAgent: request.headers.get('user-agent') ?? '',
	})
	const headers = { 'set-cookie': await sessionCookieHeader(token) }
	if (result.secondFactor)
		throw redirect(`/${lang}/login/verify?redirectTo=${encodeURIComponent(`/${lang}/workspace`)}`, {
			headers,
		})
	throw redirect(`/${lang}/workspace`, { headers })
}

export default function AcceptInvitation() {
	const { found } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const { t } = useTranslation('account')
	const labels = useLabels()
	const busy = useNavigation().state === 'submitting'
	if (found.state !== 'valid') {
		return (
			<section className="panel" aria-labelledby="invitation-title">
				<h1 id="invitation-title">{t('invitation.title')}</h1>
				<FormMessage tone="error">{t(`invitation.${found.state}`)}</FormMessage>
			</section>
		)
	}
	const { invitation, hasAccount } = found
	return (
		<section className="panel" aria-labelledby="invitation-title">
			<h1 id="invitation-title">{t('invitation.title')}</h1>
			<p>
				{t('invitation.intro', {
					email: invitation.email,
					role: labels.vocab('role', invitation.role),
					country: invitation.countryCode
						? labels.country(invitation.countryCode)
						: t('invitation.wholeExchange'),
				})}
			</p>
			{result?.error ? <FormMessage tone="error">{t(result.error)}</FormMessage> : null}
			<Form method="post" className="form">
				{hasAccount ? (
					<>
						<p>{t('invitation.existingAccount')}</p>
						<Field
							label={t('fields.password')}
							name="password"
							type="password"
							autoComplete="current-password"
							required
							maxLength={1000}
						/>
					</>
				) : (
					<>
						<Field
							label={t('fields.name')}
							name="name"
							autoComplete="name"
							required
							maxLength={120}
						/>
						<NewPasswordFields
							label={t('fields.newPassword')}
							repeatLabel={t('fields.confirmPassword')}
							rules={t('password.rules')}
						/>
					</>
				)}
				<button type="submit" className="button" disabled={busy}>
					{t('invitation.accept')}
				</button>
			</Form>
		</section>
	)
}
