import fs from 'node:fs'
import { chromium, type Browser } from 'playwright-core'
import { getEnv } from '#app/utils/env.server.ts'

/**
 * Reports as PDF, printed by Chromium from the print layout's HTML
 * (./print.server.tsx): its text shaping and the system's Noto fonts set
 * Arabic and Hebrew right to left and Chinese and Japanese with their own
 * glyphs, which no PDF library in JavaScript does as well.
 *
 * One browser serves the process: launched on the first PDF, relaunched
 * when it died, closed at shutdown (closePdfBrowser, called by server.js).
 * At most PDF_CONCURRENCY pages print at once, in a context of their own
 * without JavaScript or network; more wait in line, and beyond
 * MAX_PDF_QUEUE waiting the exchange answers "busy" rather than pile up.
 */

/** The Chromium flags the browser tests use: no network it does not need, no GPU. */
const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
]

/** Pages printing at once: each holds a renderer of 50 to 150 MB. */
export const PDF_CONCURRENCY = 2
/** PDFs waiting for a turn; more are refused as busy. */
export const MAX_PDF_QUEUE = 20
/** A report prints in about a second; one that takes this long is stuck. */
export const PDF_TIMEOUT_MS = 30_000

export class PdfUnavailableError extends Error {
	constructor(readonly reason: 'no-chromium' | 'busy' | 'timeout' | 'failed') {
		super(`PDF export unavailable: ${reason}`)
		this.name = 'PdfUnavailableError'
	}
}

/** Whether Chromium is where CHROMIUM_PATH says (an executable file). */
export function pdfAvailable(path = getEnv().CHROMIUM_PATH) {
	try {
		fs.accessSync(path, fs.constants.X_OK)
		return fs.statSync(path).isFile()
	} catch {
		return false
	}
}

let launching: Promise<Browser> | null = null

async function getBrowser(path: string) {
	if (launching) {
		const browser = await launching.catch(() => null)
		if (browser?.isConnected()) return browser
		launching = null
	}
	const started = chromium.launch({ executablePath: path, args: CHROMIUM_ARGS })
	launching = started
	try {
		const browser = await started
		// A crashed or killed browser is launched again on the next PDF.
		browser.on('disconnected', () => {
			if (launching === started) launching = null
		})
		return browser
	} catch (error) {
		if (launching === started) launching = null
		throw error
	}
}

/** Closes the shared browser, if one runs (shutdown, tests). */
export async function closePdfBrowser() {
	const current = launching
	launching = null
	const browser = await current?.catch(() => null)
	await browser?.close().catch(() => {})
}

let running = 0
const waiting: (() => void)[] = []

async function takeTurn() {
	if (running < PDF_CONCURRENCY) {
		running++
		return
	}
	if (waiting.length >= MAX_PDF_QUEUE) throw new PdfUnavailableError('busy')
	// The finishing job hands its slot over: `running` stays the same.
	await new Promise<void>((resolve) => waiting.push(resolve))
}

function endTurn() {
	const next = waiting.shift()
	if (next) next()
	else running--
}

/**
 * Prints a self-contained HTML document (inline SVG and styles, system
 * fonts) to an A4 PDF. Throws PdfUnavailableError when Chromium is missing,
 * the line is full, or printing takes longer than PDF_TIMEOUT_MS.
 */
export async function renderPdf(
	html: string,
	options: { chromiumPath?: string; timeoutMs?: number } = {},
) {
	const path = options.chromiumPath ?? getEnv().CHROMIUM_PATH
	if (!pdfAvailable(path)) throw new PdfUnavailableError('no-chromium')
	await takeTurn()
	let timer: NodeJS.Timeout | undefined
	let context: Awaited<ReturnType<Browser['newContext']>> | undefined
	try {
		const browser = await getBrowser(path)
		context = await browser.newContext({ javaScriptEnabled: false, offline: true })
		const page = await context.newPage()
		// The document is complete as it is: nothing it names is fetched.
		await page.route('**/*', (route) => route.abort())
		const job = (async () => {
			await page.setContent(html, { waitUntil: 'load' })
			return page.pdf({
				format: 'A4',
				printBackground: true,
				preferCSSPageSize: true,
				margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
			})
		})()
		// After a timeout the context is closed under it: that rejection is expected.
		job.catch(() => {})
		const timeout = new Promise<never>((_, reject) => {
			timer = setTimeout(
				() => reject(new PdfUnavailableError('timeout')),
				options.timeoutMs ?? PDF_TIMEOUT_MS,
			)
		})
		return await Promise.race([job, timeout])
	} catch (error) {
		if (error instanceof PdfUnavailableError) throw error
		console.error('pdf: printing failed', error)
		throw new PdfUnavailableError('failed')
	} finally {
		clearTimeout(timer)
		await context?.close().catch(() => {})
		endTurn()
	}
}
