import { RemixBrowser } from '@remix-run/react'
import { startTransition, StrictMode } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { formatLikeTheServer } from './i18n/intl-polyfills.client.ts'
import { loadStrings } from './i18n/strings.ts'

// The page names its interface strings' file in a preload link (root.tsx);
// hydrating before they are here would render keys over the server's text.
// The fetch started with the page, so this usually waits for nothing.
const strings = document.querySelector<HTMLLinkElement>('link[data-ui-strings]')
if (strings?.dataset.uiStrings) {
	try {
		await Promise.all([
			loadStrings(strings.dataset.uiStrings, strings.href),
			// Dates, numbers and names as the server wrote them (intl-polyfills.client.ts).
			formatLikeTheServer(strings.dataset.uiStrings),
		])
	} catch (error) {
		// The server's text stays; the root's bundled English stands in for what React renders.
		console.error(error)
	}
}

startTransition(() => {
	hydrateRoot(
		document,
		<StrictMode>
			<RemixBrowser />
		</StrictMode>,
	)
})
