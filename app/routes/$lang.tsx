import { redirect, type LoaderFunctionArgs } from '@remix-run/node'
import { Outlet } from '@remix-run/react'
import { getUser, publicActor } from '#app/auth/session.server.ts'
import { ErrorMessage } from '#app/components/error-message.tsx'
import { SiteShell } from '#app/components/site-shell.tsx'
import {
	isContentLanguage,
	isUiLanguage,
	negotiateUiLanguage,
	uiLanguageFor,
} from '#app/domain/languages.ts'
import { countUnread } from '#app/models/account.server.ts'
import { hasPublicRounds } from '#app/models/reporting/rounds.server.ts'

/**
 * Every page lives under a UI language prefix. Another tag of a UI language
 * (/zh-Hans/materials) redirects to its prefix; a known content language
 * without a UI translation (e.g. /mt/materials) to the reader's best UI
 * language; anything else is a 404.
 *
 * The layout also tells the header who is signed in (roles only, so menus
 * show what the user may do) and how many inbox messages are unread.
 */
/** A language tag as a URL prefix: a primary subtag, then script or region subtags. */
const BCP47_PREFIX = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8}){0,3}$/i

export async function loader({ request, params }: LoaderFunctionArgs) {
	if (isUiLanguage(params.lang)) {
		const user = await getUser(request)
		return {
			actor: publicActor(user),
			unread: user ? await countUnread(user.id) : 0,
			// "Reports" is in the navigation of the signed-in, and of everyone once a round is public.
			reports: !!user || (await hasPublicRounds()),
		}
	}
	// Another tag of a UI language (/pt-PT, /zh-Hans, /DE) or a declared
	// fallback's (/no → /nb, /bs → /hr): that language's page.
	const tagged = BCP47_PREFIX.test(params.lang ?? '') ? uiLanguageFor(params.lang!) : null
	if (tagged) {
		const url = new URL(request.url)
		const rest = url.pathname.split('/').slice(2).join('/')
		return redirect(`/${tagged}${rest ? `/${rest}` : ''}${url.search}`)
	}
	if (isContentLanguage(params.lang?.toLowerCase())) {
		const url = new URL(request.url)
		const rest = url.pathname.split('/').slice(2).join('/')
		const lang = negotiateUiLanguage(request.headers.get('accept-language'))
		return redirect(`/${lang}${rest ? `/${rest}` : ''}${url.search}`, {
			headers: { vary: 'Accept-Language' },
		})
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

/**
 * Errors of every page, those thrown by actions included (a form over its
 * size limit: 413). Caught here rather than at the root, the root's loader
 * has run even for an action's error, so the message is in the page's
 * language and direction.
 */
export function ErrorBoundary() {
	return (
		<SiteShell>
			<ErrorMessage />
		</SiteShell>
	)
}
