import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import {
	clearedSessionCookieHeader,
	deleteSession,
	getSessionState,
} from '#app/auth/session.server.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'

/** Signing out is a POST (a link or an image could not sign anyone out); GET goes home. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	throw redirect(`/${getRequestLanguage(request, params)}`)
}

export async function action({ request, params }: ActionFunctionArgs) {
	const state = await getSessionState(request)
	if (state.kind !== 'anonymous') await deleteSession(state.sessionId)
	throw redirect(`/${getRequestLanguage(request, params)}`, {
		headers: { 'set-cookie': await clearedSessionCookieHeader() },
	})
}
