import {
	data,
	redirect,
	type ActionFunctionArgs,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, useActionData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import {
	clearedSessionCookieHeader,
	getSessionState,
	knownDeviceCookieHeader,
	readKnownDevice,
	safeRedirectPath,
	sessionCookieHeader,
} from '#app/auth/session.server.ts'
import { Field, FormMessage } from '#app/components/ui/field.tsx'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { completeSecondFactor, setUiLanguage } from '#app/models/account.server.ts'
import { clientAddress, field, readForm } from '#app/utils/request.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

/** Second step of signing in: a code from the authenticator app, or a recovery code. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const state = await getSessionState(request)
	if (state.kind === 'signed-in') throw redirect(`/${lang}/workspace`)
	if (state.kind === 'anonymous') throw redirect(`/${lang}/login`)
	return { title: getFixedT(lang, 'account')('verify.title') }
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

export async function action({ request, params, context }: ActionFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const state = await getSessionState(request)
	if (state.kind !== 'pending') throw redirect(`/${lang}/login`)
	const form = await readForm(request)
	const result = await completeSecondFactor({
		sessionId: state.sessionId,
		userId: state.userId,
		code: field(form, 'code', 40),
		address: clientAddress(context),
		device: await readKnownDevice(request),
		userAgent: request.headers.get('user-agent') ?? '',
	})
	if (result.status === 'locked') {
		throw redirect(`/${lang}/login`, {
			headers: { 'set-cookie': await clearedSessionCookieHeader() },
		})
	}
	if (result.status === 'invalid') return data({ error: 'verify.invalid' }, { status: 401 })
	await setUiLanguage(state.userId, lang)
	const redirectTo = safeRedirectPath(
		new URL(request.url).searchParams.get('redirectTo'),
		`/${lang}/workspace`,
	)
	const headers = new Headers({ 'set-cookie': await sessionCookieHeader(result.token) })
	headers.append('set-cookie', await knownDeviceCookieHeader(state.userId))
	throw redirect(redirectTo, { headers })
}

export default function Verify() {
	const { t } = useTranslation('account')
	const result = useActionData<typeof action>()
	const busy = useNavigation().state === 'submitting'
	return (
		<section className="panel" aria-labelledby="verify-title">
			<h1 id="verify-title">{t('verify.title')}</h1>
			<p>{t('verify.intro')}</p>
			{result?.error ? <FormMessage tone="error">{t(result.error)}</FormMessage> : null}
			<Form method="post" className="form">
				<Field
					label={t('verify.code')}
					name="code"
					inputMode="text"
					autoComplete="one-time-code"
					required
					maxLength={40}
					hint={t('verify.recoveryHint')}
				/>
				<button type="submit" className="button" disabled={busy}>
					{t('verify.submit')}
				</button>
			</Form>
		</section>
	)
}
