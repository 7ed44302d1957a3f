import {
	Links,
	Meta,
	Outlet,
	Scripts,
	ScrollRestoration,
	useLoaderData,
	useRouteLoaderData,
	type ClientLoaderFunctionArgs,
	type ShouldRevalidateFunctionArgs,
} from '@remix-run/react'
import { type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useMemo, type ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import enAccount from '../locales/en/account.json'
import enCommon from '../locales/en/common.json'
import enContribute from '../locales/en/contribute.json'
import enReporting from '../locales/en/reporting.json'
import enVocab from '../locales/en/vocab.json'
import { errorKey, ErrorMessage } from './components/error-message.tsx'
import { SiteShell } from './components/site-shell.tsx'
import { directionOf, DEFAULT_UI_LANGUAGE, languageTag } from './domain/languages.ts'
import { createI18n } from './i18n/config.ts'
import { getRequestLanguage } from './i18n/lang.server.ts'
import { getFixedT } from './i18n/resources.server.ts'
import { formatLikeTheServer } from './i18n/intl-polyfills.client.ts'
import { findStrings, loadStrings } from './i18n/strings.ts'
import { stringsUrl } from './i18n/strings.server.ts'
import stylesheet from './styles/app.css?url'
import { useNonce } from './utils/nonce-provider.tsx'
import { pageMeta } from './utils/page-meta.ts'
import { appOrigin } from './utils/request.server.ts'

export const links: LinksFunction = () => [
	{ rel: 'stylesheet', href: stylesheet },
	{ rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const t = getFixedT(lang)
	// The strings themselves are a file of their own, cached by the browser;
	// the page only names it (decision 022).
	return {
		lang,
		dir: directionOf(lang),
		strings: stringsUrl(lang),
		// For every page's head (see pageMeta).
		origin: appOrigin(),
		siteName: t('app.name'),
		tagline: t('app.tagline'),
	}
}

/**
 * A navigation into another language waits for that language's strings, so
 * its first render is translated. The first page's strings were loaded before
 * hydration (entry.client.tsx).
 */
export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
	const data = await serverLoader<typeof loader>()
	await Promise.all([loadStrings(data.lang, data.strings), formatLikeTheServer(data.lang)])
	return data
}

// The root only depends on the UI language; skip refetching its translations
// on every navigation.
export function shouldRevalidate({ currentParams, nextParams }: ShouldRevalidateFunctionArgs) {
	return currentParams.lang !== nextParams.lang
}

export function Layout({ children }: { children: ReactNode }) {
	const data = useRouteLoaderData<typeof loader>('root')
	const lang = data?.lang ?? DEFAULT_UI_LANGUAGE
	// The Content-Security-Policy only runs inline scripts that carry this request's nonce.
	const nonce = useNonce()
	return (
		<html lang={languageTag(lang)} dir={data?.dir ?? directionOf(lang)}>
			<head>
				<meta charSet="utf-8" />
				<meta name="viewport" content="width=device-width, initial-scale=1" />
				<Meta />
				<Links />
				{data ? (
					// Fetched while the scripts load; entry.client.tsx reads it from here.
					<link
						rel="preload"
						as="fetch"
						crossOrigin="anonymous"
						href={data.strings}
						data-ui-strings={lang}
					/>
				) : null}
			</head>
			<body>
				{children}
				<ScrollRestoration nonce={nonce} />
				<Scripts nonce={nonce} />
			</body>
		</html>
	)
}

/**
 * The strings of `lang`: always there on the server and, in the browser, once
 * loaded (before hydration, or by the clientLoader). Bundled English stands in
 * otherwise, so a page is never a screen of keys.
 */
function stringsOf(lang: string | undefined) {
	return (lang && findStrings(lang)) || FALLBACK_RESOURCES
}

function useI18nFor(lang: string) {
	const resources = stringsOf(lang)
	// A key missing in this language falls back to English, as on the server.
	return useMemo(() => createI18n(lang, resources, FALLBACK_RESOURCES), [lang, resources])
}

export default function App() {
	const { lang } = useLoaderData<typeof loader>()
	const i18n = useI18nFor(lang)
	return (
		<I18nextProvider i18n={i18n}>
			<Outlet />
		</I18nextProvider>
	)
}

const FALLBACK_RESOURCES = {
	common: enCommon,
	vocab: enVocab,
	account: enAccount,
	contribute: enContribute,
	reporting: enReporting,
}

/**
 * The last error boundary: what the language layout's cannot show (the root
 * loader itself failing) ends here, translated into the reader's language
 * when the root loader ran, else in English. Stack traces are never shown.
 */
export function ErrorBoundary() {
	const data = useRouteLoaderData<typeof loader>('root')
	const i18n = useI18nFor(data?.lang ?? DEFAULT_UI_LANGUAGE)
	return (
		<I18nextProvider i18n={i18n}>
			<SiteShell>
				<ErrorMessage />
			</SiteShell>
		</I18nextProvider>
	)
}

export const meta: MetaFunction<typeof loader> = (args) => {
	const { data, error } = args
	if (error) {
		const lang = data?.lang ?? DEFAULT_UI_LANGUAGE
		const i18n = createI18n(lang, stringsOf(lang), FALLBACK_RESOURCES)
		return [{ title: `${i18n.t(`errors.${errorKey(error)}.title`)} · ${i18n.t('app.name')}` }]
	}
	return pageMeta(args)
}
