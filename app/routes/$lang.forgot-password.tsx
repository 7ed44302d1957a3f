import {
	type ActionFunctionArgs,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, useActionData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Field, FormMessage } from '#app/components/ui/field.tsx'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { requestPasswordReset } from '#app/models/account.server.ts'
import { appOrigin, clientAddress, field, readForm } from '#app/utils/request.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
	return { title: getFixedT(getRequestLanguage(request, params), 'account')('forgot.title') }
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

/** Answers the same whether or not the address has an account. */
export async function action({ request, params, context }: ActionFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const form = await readForm(request)
	await requestPasswordReset({
		email: field(form, 'email', 254),
		uiLang: lang,
		origin: appOrigin(),
		address: clientAddress(context),
	})
	return { sent: true }
}

export default function ForgotPassword() {
	const { t } = useTranslation('account')
	const result = useActionData<typeof action>()
	const busy = useNavigation().state === 'submitting'
	return (
		<section className="panel" aria-labelledby="forgot-title">
			<h1 id="forgot-title">{t('forgot.title')}</h1>
			{result?.sent ? (
				<FormMessage tone="ok">{t('forgot.sent')}</FormMessage>
			) : (
				<p>{t('forgot.intro')}</p>
			)}
			<Form method="post" className="form">
				<Field
					label={t('fields.email')}
					name="email"
					type="email"
					autoComplete="username"
					required
					maxLength={254}
				/>
				<button type="submit" className="button" disabled={busy}>
					{t('forgot.submit')}
				</button>
			</Form>
		</section>
	)
}
