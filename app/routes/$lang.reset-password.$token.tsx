import {
	data,
	redirect,
	type ActionFunctionArgs,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FormMessage, NewPasswordFields } from '#app/components/ui/field.tsx'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { getPasswordReset, resetPassword } from '#app/models/account.server.ts'
import { field, readForm } from '#app/utils/request.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const found = await getPasswordReset(params.token ?? '')
	const t = getFixedT(lang, 'account')
	// An unusable link is a 410 (gone) with a way forward, not a bare error page.
	if (found.state !== 'valid')
		return data({ state: found.state, title: t('reset.title') }, { status: 410 })
	return { state: 'valid' as const, title: t('reset.title') }
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

export async function action({ request, params }: ActionFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const form = await readForm(request)
	const password = field(form, 'password', 1000)
	if (password !== field(form, 'confirm', 1000))
		return data({ error: 'password.mismatch' }, { status: 400 })
	const result = await resetPassword(params.token ?? '', password)
	if (!result.ok) {
		const status = ['used', 'expired', 'unknown'].includes(result.problem) ? 410 : 400
		return data({ error: `password.${result.problem}` }, { status })
	}
	throw redirect(`/${lang}/login?reset=done`)
}

export default function ResetPassword() {
	const { state } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const { t, i18n } = useTranslation('account')
	const busy = useNavigation().state === 'submitting'
	return (
		<section className="panel" aria-labelledby="reset-title">
			<h1 id="reset-title">{t('reset.title')}</h1>
			{state !== 'valid' ? (
				<>
					<FormMessage tone="error">{t(`password.${state}`)}</FormMessage>
					<Link to={`/${i18n.language}/forgot-password`}>{t('reset.again')}</Link>
				</>
			) : (
				<>
					{result?.error ? <FormMessage tone="error">{t(result.error)}</FormMessage> : null}
					<Form method="post" className="form">
						<NewPasswordFields
							label={t('fields.newPassword')}
							repeatLabel={t('fields.confirmPassword')}
							rules={t('password.rules')}
						/>
						<button type="submit" className="button" disabled={busy}>
							{t('reset.submit')}
						</button>
					</Form>
				</>
			)}
		</section>
	)
}
