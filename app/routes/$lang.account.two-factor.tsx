import {
	data,
	type ActionFunctionArgs,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import QRCode from 'qrcode'
import { useTranslation } from 'react-i18next'
import { requireUser } from '#app/auth/session.server.ts'
import { otpauthUri } from '#app/auth/totp.server.ts'
import { Field, FormMessage } from '#app/components/ui/field.tsx'
import { requiresSecondFactor } from '#app/domain/permissions.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import {
	beginTotpEnrolment,
	confirmTotpEnrolment,
	countUnusedRecoveryCodes,
	disableTotp,
	regenerateRecoveryCodes,
} from '#app/models/account.server.ts'
import { field, readForm } from '#app/utils/request.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

/**
 * Second factor: enrolment (scan a QR code or type the key, confirm with a
 * first code, receive recovery codes once), renewal of recovery codes, and
 * turning it off where the user's roles allow.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const user = await requireUser(request, { allowWithoutTotp: true })
	const title = getFixedT(lang, 'account')('twoFactor.title')
	const required = requiresSecondFactor(user)
	if (user.totpEnabledAt) {
		return {
			title,
			enabled: true as const,
			required,
			remaining: await countUnusedRecoveryCodes(user.id),
			setup: null,
		}
	}
	const secret = await beginTotpEnrolment(user.id)
	const uri = otpauthUri({ secret: secret ?? '', account: user.email })
	const qr = await QRCode.toDataURL(uri, { margin: 1, width: 220, errorCorrectionLevel: 'M' })
	return {
		title,
		enabled: false as const,
		required,
		remaining: 0,
		setup: { secret: secret ?? '', qr },
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

export async function action({ request }: ActionFunctionArgs) {
	const user = await requireUser(request, { allowWithoutTotp: true })
	const form = await readForm(request)
	const intent = field(form, 'intent', 40)
	const code = field(form, 'code', 40)
	if (intent === 'confirm') {
		const codes = await confirmTotpEnrolment(user.id, code)
		if (!codes)
			return data({ error: 'twoFactor.invalidCode', codes: null, ok: null }, { status: 400 })
		return { error: null, codes, ok: 'twoFactor.enabled' }
	}
	if (intent === 'recovery-codes') {
		return { error: null, codes: await regenerateRecoveryCodes(user.id), ok: 'twoFactor.renewed' }
	}
	if (intent === 'disable') {
		const result = await disableTotp(user, code)
		if (result !== 'ok')
			return data({ error: `twoFactor.${result}`, codes: null, ok: null }, { status: 400 })
		return { error: null, codes: null, ok: 'twoFactor.disabled' }
	}
	return data({ error: 'errors.unknown-intent', codes: null, ok: null }, { status: 400 })
}

export default function TwoFactor() {
	const { enabled, required, remaining, setup } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const [params] = useSearchParams()
	const { t } = useTranslation('account')
	return (
		<>
			<h1>{t('twoFactor.title')}</h1>
			{params.get('required') && !enabled ? (
				<FormMessage tone="error">{t('twoFactor.requiredForRole')}</FormMessage>
			) : null}
			{result?.ok ? <FormMessage tone="ok">{t(result.ok)}</FormMessage> : null}
			{result?.error ? <FormMessage tone="error">{t(result.error)}</FormMessage> : null}
			{result?.codes ? (
				<section className="panel" aria-labelledby="codes-title">
					<h2 id="codes-title">{t('twoFactor.codesTitle')}</h2>
					<p>{t('twoFactor.codesIntro')}</p>
					<ul className="codes" data-testid="recovery-codes">
						{result.codes.map((c) => (
							<li key={c}>{c}</li>
						))}
					</ul>
				</section>
			) : null}
			{enabled ? (
				<section className="panel">
					<p>{t('twoFactor.on', { count: remaining })}</p>
					<Form method="post" className="actions">
						<input type="hidden" name="intent" value="recovery-codes" />
						<button type="submit" className="button button--secondary">
							{t('twoFactor.renew')}
						</button>
					</Form>
					{required ? (
						<p className="hint">{t('twoFactor.cannotDisable')}</p>
					) : (
						<Form method="post" className="form">
							<input type="hidden" name="intent" value="disable" />
							<Field
								label={t('verify.code')}
								name="code"
								autoComplete="one-time-code"
								inputMode="numeric"
								required
								maxLength={12}
							/>
							<button type="submit" className="button button--danger">
								{t('twoFactor.disable')}
							</button>
						</Form>
					)}
				</section>
			) : setup ? (
				<section className="panel">
					<p>{t('twoFactor.intro')}</p>
					<img src={setup.qr} width={220} height={220} alt={t('twoFactor.qrAlt')} />
					<p>{t('twoFactor.keyLabel')}</p>
					<p className="secret" data-testid="totp-secret">
						{setup.secret}
					</p>
					<Form method="post" className="form">
						<input type="hidden" name="intent" value="confirm" />
						<Field
							label={t('verify.code')}
							name="code"
							autoComplete="one-time-code"
							inputMode="numeric"
							required
							maxLength={12}
						/>
						<button type="submit" className="button">
							{t('twoFactor.confirm')}
						</button>
					</Form>
				</section>
			) : null}
		</>
	)
}
