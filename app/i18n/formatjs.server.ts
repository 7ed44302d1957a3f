import { DateTimeFormat } from '@formatjs/intl-datetimeformat'
import { DisplayNames } from '@formatjs/intl-displaynames'
import ListFormat from '@formatjs/intl-listformat'
import { NumberFormat } from '@formatjs/intl-numberformat'
import { LANGUAGES_BROWSERS_MAY_LACK } from '#app/domain/languages.ts'
import { registerFormatters, withFormatJsHooks, type Formatters } from './formatters.ts'

/**
 * The server side of formatters.ts: the languages some browsers lack are
 * formatted with FormatJS and its CLDR data here too, so the server writes
 * what the browser will. Loaded once, before the first render.
 */
const classes = { DateTimeFormat, NumberFormat, ListFormat, DisplayNames } as unknown as Formatters

export const formattersReady = withFormatJsHooks(classes, () =>
	Promise.all([
		import('@formatjs/intl-datetimeformat/add-golden-tz.js'),
		import('@formatjs/intl-displaynames/locale-data/hy.js'),
		import('@formatjs/intl-listformat/locale-data/hy.js'),
		import('@formatjs/intl-numberformat/locale-data/hy.js'),
		import('@formatjs/intl-datetimeformat/locale-data/hy.js'),
		import('@formatjs/intl-displaynames/locale-data/ka.js'),
		import('@formatjs/intl-listformat/locale-data/ka.js'),
		import('@formatjs/intl-numberformat/locale-data/ka.js'),
		import('@formatjs/intl-datetimeformat/locale-data/ka.js'),
		import('@formatjs/intl-displaynames/locale-data/km.js'),
		import('@formatjs/intl-listformat/locale-data/km.js'),
		import('@formatjs/intl-numberformat/locale-data/km.js'),
		import('@formatjs/intl-datetimeformat/locale-data/km.js'),
		import('@formatjs/intl-displaynames/locale-data/sq.js'),
		import('@formatjs/intl-listformat/locale-data/sq.js'),
		import('@formatjs/intl-numberformat/locale-data/sq.js'),
		import('@formatjs/intl-datetimeformat/locale-data/sq.js'),
	]),
).then(() => {
	for (const lang of LANGUAGES_BROWSERS_MAY_LACK) registerFormatters(lang, classes)
})
