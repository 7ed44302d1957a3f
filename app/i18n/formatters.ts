/**
 * The Intl classes a page formats with, per interface language. Node's full
 * ICU data serves most; for the languages some browsers lack
 * (LANGUAGES_BROWSERS_MAY_LACK), the server and the browser both use
 * FormatJS's implementations with the same CLDR data, registered here
 * (formatjs.server.ts at start, intl-polyfills.client.ts before hydration),
 * so a date or a language's name reads the same on both sides and the page
 * hydrates. Native Intl stays untouched for everything else.
 */
export interface Formatters {
	DateTimeFormat: typeof Intl.DateTimeFormat
	NumberFormat: typeof Intl.NumberFormat
	ListFormat: typeof Intl.ListFormat
	DisplayNames: typeof Intl.DisplayNames
}

const NATIVE: Formatters = {
	DateTimeFormat: Intl.DateTimeFormat,
	NumberFormat: Intl.NumberFormat,
	ListFormat: Intl.ListFormat,
	DisplayNames: Intl.DisplayNames,
}

const registered = new Map<string, Formatters>()

export function registerFormatters(lang: string, formatters: Formatters) {
	registered.set(lang, formatters)
}

/** The classes to format `lang`'s pages with. */
export function formattersFor(lang: string): Formatters {
	return registered.get(lang) ?? NATIVE
}

type WithLocaleData = { __addLocaleData?: (...data: unknown[]) => void }
type WithTzData = { __addTZData?: (data: unknown) => void }

/**
 * Loads FormatJS locale data into FormatJS's classes without replacing the
 * native ones: its data modules hand their data to `Intl.X.__addLocaleData`
 * when it exists, so that hook points at the FormatJS class while they load.
 */
export async function withFormatJsHooks(classes: Formatters, load: () => Promise<unknown>) {
	const natives = [
		[Intl.DateTimeFormat, classes.DateTimeFormat],
		[Intl.NumberFormat, classes.NumberFormat],
		[Intl.ListFormat, classes.ListFormat],
		[Intl.DisplayNames, classes.DisplayNames],
	] as const
	for (const [native, formatjs] of natives)
		(native as unknown as WithLocaleData).__addLocaleData = (...data) =>
			(formatjs as unknown as Required<WithLocaleData>).__addLocaleData(...data)
	;(Intl.DateTimeFormat as unknown as WithTzData).__addTZData = (data) =>
		(classes.DateTimeFormat as unknown as Required<WithTzData>).__addTZData(data)
	try {
		await load()
	} finally {
		for (const [native] of natives) delete (native as unknown as WithLocaleData).__addLocaleData
		delete (Intl.DateTimeFormat as unknown as WithTzData).__addTZData
	}
}
