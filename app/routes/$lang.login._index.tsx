import {
	data,
	redirect,
	type ActionFunctionArgs,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useNavigation, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { mayUseDemoAccounts } from '#app/auth/demo.server.ts'
import {
	deleteSession,
	getSessionState,
	knownDeviceCookieHeader,
	readKnownDevice,
	safeRedirectPath,
	sessionCookieHeader,
} from '#app/auth/session.server.ts'
import { Field, FormMessage } from '#app/components/ui/field.tsx'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { setUiLanguage, signIn } from '#app/models/account.server.ts'
import { clientAddress, field, readForm } from '#app/utils/request.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const state = await getSessionState(request)
	const redirectTo = safeRedirectPath(
		new URL(request.url).searchParams.get('redirectTo'),
		`/${lang}/workspace`,
	)
	if (state.kind === 'signed-in') throw redirect(redirectTo)
	const t = getFixedT(lang, 'account')
	return { title: t('login.title') }
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

export async function action({ request, params, context }: ActionFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const form = await readForm(request)
	const email = field(form, 'email', 254)
	const password = field(form, 'password', 1000)
	const redirectTo = safeRedirectPath(field(form, 'redirectTo', 4096), `/${lang}/workspace`)
	if (!email || !password)
		return data({ error: 'login.errors.missing', minutes: 0 }, { status: 400 })
	const result = await signIn({
		email,
		password,
		address: clientAddress(context),
		device: await readKnownDevice(request),
		demoAllowed: mayUseDemoAccounts(context),
		userAgent: request.headers.get('user-agent') ?? '',
	})
	if (result.status === 'demo-disabled')
		return data({ error: 'login.errors.demo', minutes: 0 }, { status: 403 })
	if (result.status === 'locked') {
		return data(
			{ error: 'login.errors.locked', minutes: result.retryAfterMinutes },
			{ status: 429 },
		)
	}
	if (result.status === 'invalid')
		return data({ error: 'login.errors.invalid', minutes: 0 }, { status: 401 })
	// Rotation: whatever session this browser held before is ended, so a
	// session id planted before sign-in is worthless after it.
	const prior = await getSessionState(request)
	if (prior.kind !== 'anonymous') await deleteSession(prior.sessionId)
	const headers = new Headers({ 'set-cookie': await sessionCookieHeader(result.token) })
	if (result.status === 'needs-totp') {
		throw redirect(`/${lang}/login/verify?redirectTo=${encodeURIComponent(redirectTo)}`, {
			headers,
		})
	}
	headers.append('set-cookie', await knownDeviceCookieHeader(result.userId))
	await setUiLanguage(result.userId, lang)
	throw redirect(redirectTo, { headers })
}

export default function Login() {
	const { t, i18n } = useTranslation('account')
	const result = useActionData<typeof action>()
	const [params] = useSearchParams()
	const busy = useNavigation().state === 'submitting'
	return (
		<section className="panel" aria-labelledby="login-title">
			<h1 id="login-title">{t('login.title')}</h1>
			{params.get('reset') === 'done' ? (
				<FormMessage tone="ok">{t('reset.done')}</FormMessage>
			) : null}
			{result?.error ? (
				<FormMessage tone="error">{t(result.error, { count: result.minutes })}</FormMessage>
			) : null}
			<Form method="post" className="form">
				<input type="hidden" name="redirectTo" value={params.get('redirectTo') ?? ''} />
				<Field
					label={t('fields.email')}
					name="email"
					type="email"
					autoComplete="username"
					required
					maxLength={254}
				/>
				<Field
					label={t('fields.password')}
					name="password"
					type="password"
					autoComplete="current-password"
					required
					maxLength={1000}
				/>
				<div className="actions">
					<button type="submit" className="button" disabled={busy}>
						{t('login.submit')}
					</button>
					<Link to={`/${i18n.language}/forgot-password`}>{t('login.forgot')}</Link>
				</div>
			</Form>
			<p className="hint">{t('login.inviteOnly')}</p>
		</section>
	)
}
