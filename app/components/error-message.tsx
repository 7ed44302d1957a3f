import { isRouteErrorResponse, useRouteError } from '@remix-run/react'
import { useTranslation } from 'react-i18next'

/** The statuses with a message of their own; anything else reads as 500. */
const EXPLAINED = [400, 403, 404, 405, 413, 415, 429]

/** The `errors.<key>` strings for a thrown response or a crash. */
export function errorKey(error: unknown) {
	const status = isRouteErrorResponse(error) ? error.status : 500
	return EXPLAINED.includes(status) ? String(status) : '500'
}

/** What an error boundary shows: the translated title and message, never a stack. */
export function ErrorMessage() {
	const error = useRouteError()
	const { t, i18n } = useTranslation()
	const key = errorKey(error)
	if (!isRouteErrorResponse(error)) console.error(error)
	return (
		<section className="error-page" aria-labelledby="error-title">
			<h1 id="error-title">{t(`errors.${key}.title`)}</h1>
			<p>{t(`errors.${key}.body`)}</p>
			<p>
				<a href={`/${i18n.language}`}>{t('errors.home')}</a>
			</p>
		</section>
	)
}
