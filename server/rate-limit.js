// Per-address rate limits on the routes that cost the most and need no
// account (express-rate-limit, counted in memory). Plain JavaScript so that
// `node server.js` runs it as is; the settings are pure functions so they
// are unit-tested.
import { rateLimit } from 'express-rate-limit'
import { errorMessage, messagePage, negotiateLanguage } from './security.js'

const MINUTE_MS = 60 * 1000

/**
 * The limited routes, with how many requests one address may make to each
 * in a minute (a RATE_LIMIT_* variable changes it; 0 turns it off):
 * - conversions: an image in another format with its credit, and the
 *   render of a poster template, which decode and encode whole images;
 * - zips: every language version of a material, read from disk and
 *   streamed as one archive;
 * - search: the search API, which a script can call as fast as it likes
 *   (the catalog page's own search is not limited);
 * - uploads: every multipart post, a file to read, hash and process.
 */
export const RATE_LIMITS = {
	conversions: {
		variable: 'RATE_LIMIT_CONVERSIONS',
		perMinute: 30,
		applies: (req) =>
			isRead(req) &&
			(/^\/download\/(?!materials\/)[^/]+\/[^/]+$/.test(req.path) ||
				/^\/template-preview\/[^/]+$/.test(req.path)),
	},
	zips: {
		variable: 'RATE_LIMIT_ZIPS',
		perMinute: 10,
		applies: (req) => isRead(req) && /^\/download\/materials\/[^/]+\/zip$/.test(req.path),
	},
	search: {
		variable: 'RATE_LIMIT_SEARCH',
		perMinute: 120,
		applies: (req) => isRead(req) && req.path === '/api/v1/search',
	},
	uploads: {
		variable: 'RATE_LIMIT_UPLOADS',
		perMinute: 30,
		applies: (req) =>
			req.method === 'POST' && /^multipart\/form-data\b/i.test(req.get('content-type') ?? ''),
	},
}

function isRead(req) {
	return req.method === 'GET' || req.method === 'HEAD'
}

/**
 * A RATE_LIMIT_* value: a whole number of requests per minute, 0 for no
 * limit; unset, the default. Anything else stops start-up with a clear
 * message.
 */
export function rateLimitSetting(name, value, fallback) {
	const trimmed = (value ?? '').trim()
	if (trimmed === '') return fallback
	if (!/^\d{1,7}$/.test(trimmed)) {
		throw new Error(
			`Invalid environment: ${name} must be a whole number of requests per minute (0 for no limit), got ${JSON.stringify(value)}`,
		)
	}
	return Number(trimmed)
}

/**
 * The limit per minute of each group, from the environment.
 * @param {Record<string, string | undefined>} [env]
 */
export function rateLimitSettings(env = process.env) {
	return Object.fromEntries(
		Object.entries(RATE_LIMITS).map(([name, group]) => [
			name,
			rateLimitSetting(group.variable, env[group.variable], group.perMinute),
		]),
	)
}

/**
 * The reader's language for a refusal: the page's (`/fr/…`), the one the
 * link asked for (`?ui=fr`, as downloads carry), else their browser's.
 */
export function refusalLanguage(req) {
	const ui = typeof req.query?.ui === 'string' ? req.query.ui : ''
	if (['en', 'fr', 'ar'].includes(ui)) return ui
	const prefix = /^\/(en|fr|ar)(\/|$)/.exec(req.path)?.[1]
	return prefix ?? negotiateLanguage(req.get('accept-language'))
}

/**
 * Express middleware: each group's limit, per client address (req.ip, so
 * X-Forwarded-For counts only from the proxies TRUST_PROXY names; IPv6
 * addresses are counted per /56, as one household or server gets them).
 * Every limited response says where the client stands in the standard
 * RateLimit and RateLimit-Policy headers (IETF draft 8); a refusal is 429
 * with Retry-After, as translated JSON on the API and a translated page
 * elsewhere.
 */
export function rateLimits(settings = rateLimitSettings()) {
	const limiters = Object.entries(RATE_LIMITS)
		.filter(([name]) => settings[name] > 0)
		.map(([name, group]) => ({
			applies: group.applies,
			limiter: rateLimit({
				windowMs: MINUTE_MS,
				limit: settings[name],
				standardHeaders: 'draft-8',
				legacyHeaders: false,
				identifier: name,
				handler: refuse,
				// Both are deliberate here: TRUST_PROXY may be `true` behind a
				// proxy the operator controls, and X-Forwarded-For from a client
				// reached directly is ignored, as it should be.
				validate: { trustProxy: false, xForwardedForHeader: false },
			}),
		}))
	return (req, res, next) => {
		const group = limiters.find((l) => l.applies(req))
		if (!group) return next()
		group.limiter(req, res, next)
	}
}

function refuse(req, res) {
	const lang = refusalLanguage(req)
	res.status(429)
	res.set({ 'Cache-Control': 'no-store', 'Content-Language': lang, Vary: 'Accept-Language' })
	if (req.path.startsWith('/api/')) {
		// Problem details as every API error (app/api/http.server.ts), readable
		// by the other sites' pages the API allows.
		const message = errorMessage(lang, '429')
		const type = '/en/api#problem-rate_limited'
		res.set({
			'Access-Control-Allow-Origin': '*',
			'Access-Control-Expose-Headers': 'ETag, Retry-After, RateLimit, RateLimit-Policy',
		})
		res.type('application/problem+json').send(
			JSON.stringify({
				type: process.env.APP_ORIGIN ? new URL(type, process.env.APP_ORIGIN).href : type,
				title: 'Too many requests',
				status: 429,
				detail: message,
				code: 'rate_limited',
				error: { code: 'rate_limited', message },
			}),
		)
	} else {
		res.type('html').send(messagePage(lang, '429'))
	}
}
