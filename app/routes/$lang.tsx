import { redirect, type LoaderFunctionArgs } from '@remix-run/node'
import { Outlet } from '@remix-run/react'
import { SiteShell } from '#app/components/site-shell.tsx'
import { isContentLanguage, isUiLanguage, negotiateUiLanguage } from '#app/domain/languages.ts'

/**
 * Every page lives under a UI language prefix. A prefix that is a known
 * language without a UI translation (e.g. /de/materials) redirects to the
 * reader's best UI language; anything else is a 404.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	if (isUiLanguage(params.lang)) return null
	if (isContentLanguage(params.lang?.toLowerCase())) {
		const url = new URL(request.url)
		const rest = url.pathname.split('/').slice(2).join('/')
		const lang = negotiateUiLanguage(request.headers.get('accept-language'))
		return redirect(`/${lang}${rest ? `/${rest}` : ''}${url.search}`, { headers: { vary: 'Accept-Language' } })
	}
	throw new Response('Not found', { status: 404 })
}

export default function LanguageLayout() {
	return (
		<SiteShell>
			<Outlet />
		</SiteShell>
	)
}
