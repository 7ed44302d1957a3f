import { type ConsoleMessage, type Page } from 'playwright-core'
import { expect } from 'vitest'

/**
 * Opens `path` and listens to the errors the page logs: a page whose text
 * the browser would write differently from the server (a number, a date, a
 * list sorted in another order) makes React log one (#418, #423, #425) and
 * throw the server's page away. Resolves once the page has hydrated; the
 * errors keep coming into `errors` until `stop()`.
 */
export async function openHydrated(page: Page, path: string) {
	const errors: string[] = []
	const onConsole = (message: ConsoleMessage) => {
		// Chromium asks for /favicon.ico whatever the page names; that 404 is no page's fault.
		if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico'))
			errors.push(message.text().slice(0, 200))
	}
	const onError = (error: Error) => errors.push(error.message.slice(0, 200))
	page.on('console', onConsole)
	page.on('pageerror', onError)
	const response = await page.goto(path, { waitUntil: 'load' })
	const stop = () => {
		page.off('console', onConsole)
		page.off('pageerror', onError)
	}
	return {
		response,
		errors,
		stop,
		/** Hydrated: React has attached itself to the page's elements. */
		hydrated: async () => {
			await page.waitForFunction(() =>
				Object.keys(document.querySelector('main') ?? {}).some((k) => k.startsWith('__reactFiber')),
			)
			await page.waitForLoadState('networkidle')
		},
	}
}

/** Opens `path`, which must answer 200, and returns the errors the page logged while it hydrated. */
export async function hydrationErrors(page: Page, path: string) {
	const opened = await openHydrated(page, path)
	expect(opened.response?.status(), path).toBe(200)
	await opened.hydrated()
	opened.stop()
	return opened.errors
}
