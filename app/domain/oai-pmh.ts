/**
 * The Open Archives Initiative Protocol for Metadata Harvesting, version 2.0
 * (http://www.openarchives.org/OAI/openarchivesprotocol.html): reading a
 * request, the resumption token, sets, and the response's envelope. Pure: the
 * records come from app/models/oai.server.ts, their metadata from
 * app/domain/oai-metadata.ts. See docs/decisions/019-oai-pmh-sitemap-robots.md.
 */
import { isCountryCode } from './countries.ts'
import { isContentLanguage } from './languages.ts'
import { element, textElement, XML_DECLARATION, type Attributes } from './xml.ts'
import { AUDIENCES, RESOURCE_TYPES, RISKS } from './vocabularies.ts'

export const OAI_VERBS = [
	'Identify',
	'ListMetadataFormats',
	'ListSets',
	'ListIdentifiers',
	'ListRecords',
	'GetRecord',
] as const
export type OaiVerb = (typeof OAI_VERBS)[number]

export type OaiErrorCode =
	| 'badArgument'
	| 'badResumptionToken'
	| 'badVerb'
	| 'cannotDisseminateFormat'
	| 'idDoesNotExist'
	| 'noRecordsMatch'
	| 'noMetadataFormats'
	| 'noSetHierarchy'

export interface OaiError {
	code: OaiErrorCode
	message: string
}

export const METADATA_FORMATS = [
	{
		prefix: 'oai_dc',
		schema: 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd',
		namespace: 'http://www.openarchives.org/OAI/2.0/oai_dc/',
	},
	{
		prefix: 'lom',
		schema: 'http://ltsc.ieee.org/xsd/lomv1.0/lom.xsd',
		namespace: 'http://ltsc.ieee.org/xsd/LOM',
	},
] as const
export type MetadataPrefix = (typeof METADATA_FORMATS)[number]['prefix']

export function isMetadataPrefix(value: string): value is MetadataPrefix {
	return METADATA_FORMATS.some((format) => format.prefix === value)
}

/** The arguments each verb takes: required, optional, and the exclusive resumption token. */
const VERB_ARGUMENTS: Record<
	OaiVerb,
	{ required: string[]; optional: string[]; resumable: boolean }
> = {
	Identify: { required: [], optional: [], resumable: false },
	ListMetadataFormats: { required: [], optional: ['identifier'], resumable: false },
	ListSets: { required: [], optional: [], resumable: true },
	ListIdentifiers: {
		required: ['metadataPrefix'],
		optional: ['from', 'until', 'set'],
		resumable: true,
	},
	ListRecords: {
		required: ['metadataPrefix'],
		optional: ['from', 'until', 'set'],
		resumable: true,
	},
	GetRecord: { required: ['identifier', 'metadataPrefix'], optional: [], resumable: false },
}

/** Selective harvesting: which records a list asks for. Dates are inclusive bounds. */
export interface OaiSelection {
	metadataPrefix: MetadataPrefix
	from: Date | null
	/** Exclusive: the first instant after the `until` the harvester gave. */
	before: Date | null
	set: OaiSet | null
}

/** Where the previous page of a list stopped: the last record's (modifiedAt, id). */
export interface OaiCursor {
	modifiedAt: Date
	id: string
	/** How many records came before the next page, for the token's `cursor` attribute. */
	count: number
}

export type OaiRequest =
	| { verb: 'Identify' }
	| { verb: 'ListMetadataFormats'; identifier: string | null }
	| { verb: 'ListSets' }
	| { verb: 'GetRecord'; identifier: string; metadataPrefix: MetadataPrefix }
	| {
			verb: 'ListIdentifiers' | 'ListRecords'
			selection: OaiSelection
			after: OaiCursor | null
	  }

export type ParsedOaiRequest =
	| { ok: true; request: OaiRequest; arguments: Record<string, string> }
	| { ok: false; errors: readonly OaiError[]; arguments: Record<string, string> }

/**
 * Reads the arguments of an OAI-PMH request (from the query string of a GET
 * or the body of a POST). `arguments` is what the response's `request`
 * element echoes: the protocol wants none echoed after badVerb or
 * badArgument, whose arguments may be nonsense.
 */
export function parseOaiRequest(params: Iterable<[string, string]>): ParsedOaiRequest {
	const values = new Map<string, string[]>()
	for (const [key, value] of params) values.set(key, [...(values.get(key) ?? []), value])
	const verbs = values.get('verb') ?? []
	const fail = (code: OaiErrorCode, message: string, echo: Record<string, string> = {}) =>
		({ ok: false, errors: [{ code, message }], arguments: echo }) as const
	if (verbs.length === 0) return fail('badVerb', 'The request has no verb.')
	if (verbs.length > 1) return fail('badVerb', 'The verb argument is repeated.')
	const verb = verbs[0]!
	if (!(OAI_VERBS as readonly string[]).includes(verb))
		return fail('badVerb', `"${clip(verb)}" is not an OAI-PMH verb.`)
	const rules = VERB_ARGUMENTS[verb as OaiVerb]
	const args: Record<string, string> = {}
	for (const [key, list] of values) {
		if (key === 'verb') continue
		if (list.length > 1) return fail('badArgument', `The argument ${clip(key)} is repeated.`)
		const known =
			rules.required.includes(key) ||
			rules.optional.includes(key) ||
			(rules.resumable && key === 'resumptionToken')
		if (!known) return fail('badArgument', `${verb} takes no argument ${clip(key)}.`)
		args[key] = list[0]!
	}
	const echo = { verb, ...args }
	if ('resumptionToken' in args) {
		if (Object.keys(args).length > 1)
			return fail('badArgument', 'A resumptionToken is the only argument allowed with it.')
		return parseResumption(verb as OaiVerb, args.resumptionToken!, echo)
	}
	const missing = rules.required.find((name) => !(name in args))
	if (missing) return fail('badArgument', `${verb} needs the argument ${missing}.`)

	switch (verb as OaiVerb) {
		case 'Identify':
		case 'ListSets':
			return { ok: true, request: { verb: verb as 'Identify' | 'ListSets' }, arguments: echo }
		case 'ListMetadataFormats':
			return {
				ok: true,
				request: { verb: 'ListMetadataFormats', identifier: args.identifier ?? null },
				arguments: echo,
			}
		case 'GetRecord': {
			const prefix = args.metadataPrefix!
			if (!isMetadataPrefix(prefix))
				return fail('cannotDisseminateFormat', formatMessage(prefix), echo)
			return {
				ok: true,
				request: { verb: 'GetRecord', identifier: args.identifier!, metadataPrefix: prefix },
				arguments: echo,
			}
		}
		default: {
			const selection = readSelection(args)
			if ('error' in selection)
				return {
					ok: false,
					errors: [selection.error],
					arguments: selection.error.code === 'badArgument' ? {} : echo,
				}
			return {
				ok: true,
				request: { verb: verb as 'ListRecords', selection, after: null },
				arguments: echo,
			}
		}
	}
}

function formatMessage(prefix: string) {
	return `This repository does not disseminate the format "${clip(prefix)}"; it offers ${METADATA_FORMATS.map((f) => f.prefix).join(' and ')}.`
}

/** An argument quoted in an error message is cut, so an absurd one does not fill the response. */
function clip(value: string) {
	return value.length > 100 ? `${value.slice(0, 100)}…` : value
}

function readSelection(args: Record<string, string>): OaiSelection | { error: OaiError } {
	const from = args.from === undefined ? null : parseUtcDatetime(args.from)
	const until = args.until === undefined ? null : parseUtcDatetime(args.until)
	if (from === undefined)
		return {
			error: { code: 'badArgument', message: `"${clip(args.from!)}" is not a valid from date.` },
		}
	if (until === undefined)
		return {
			error: { code: 'badArgument', message: `"${clip(args.until!)}" is not a valid until date.` },
		}
	if (from && until && from.granularity !== until.granularity)
		return {
			error: { code: 'badArgument', message: 'from and until must have the same granularity.' },
		}
	if (from && until && from.start > until.start)
		return { error: { code: 'badArgument', message: 'from is later than until.' } }
	let set: OaiSet | null = null
	if (args.set !== undefined) {
		if (!SET_SPEC.test(args.set))
			return { error: { code: 'badArgument', message: `"${clip(args.set)}" is not a set spec.` } }
		set = parseSetSpec(args.set)
		// A well-formed set this repository does not have holds no records.
		if (!set)
			return { error: { code: 'noRecordsMatch', message: `There is no set "${clip(args.set)}".` } }
	}
	const prefix = args.metadataPrefix!
	if (!isMetadataPrefix(prefix))
		return { error: { code: 'cannotDisseminateFormat', message: formatMessage(prefix) } }
	return {
		metadataPrefix: prefix,
		from: from?.start ?? null,
		before: until?.next ?? null,
		set,
	}
}

// ---------------------------------------------------------------- dates

/** The repository's finest granularity: datestamps are to the second, in UTC. */
export const GRANULARITY = 'YYYY-MM-DDThh:mm:ssZ'

/**
 * A datestamp as the protocol writes it: to the second, UTC. Records are
 * ordered by the exact time (milliseconds); a datestamp drops them, so an
 * `until` includes the whole second it names.
 */
export function formatDatestamp(date: Date) {
	return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * A from/until argument: a day (YYYY-MM-DD) or a second (YYYY-MM-DDThh:mm:ssZ),
 * as the instant it starts and the first instant after it; undefined when it
 * is neither or names no real date (2026-02-30).
 */
export function parseUtcDatetime(value: string) {
	const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})Z)?$/.exec(value)
	if (!match) return undefined
	const [, y, mo, d, h, mi, s] = match
	const seconds = h !== undefined
	const start = new Date(
		Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)),
	)
	const roundTrip = seconds ? formatDatestamp(start) : start.toISOString().slice(0, 10)
	if (Number(y) < 1 || roundTrip !== value) return undefined
	const next = new Date(start.getTime() + (seconds ? 1000 : 86_400_000))
	return { start, next, granularity: seconds ? 'seconds' : 'day' } as const
}

// ---------------------------------------------------------------- sets

/** The setSpec grammar of OAI-PMH.xsd: colon-separated parts of unreserved characters. */
const SET_SPEC = /^[A-Za-z0-9\-_.!~*'()]+(:[A-Za-z0-9\-_.!~*'()]+)*$/

/** The five families of sets; `country:FR` is a member of `country`. */
export const SET_FAMILIES = ['country', 'risk', 'audience', 'lang', 'type'] as const
export type SetFamily = (typeof SET_FAMILIES)[number]

/** A set: a whole family, or one value in it. */
export interface OaiSet {
	family: SetFamily
	value: string | null
}

export function parseSetSpec(spec: string): OaiSet | null {
	const [family, value, ...rest] = spec.split(':')
	if (rest.length || !(SET_FAMILIES as readonly string[]).includes(family!)) return null
	if (value === undefined) return { family: family as SetFamily, value: null }
	const valid =
		(family === 'country' && isCountryCode(value)) ||
		(family === 'lang' && isContentLanguage(value)) ||
		(family === 'risk' && (RISKS as readonly string[]).includes(value)) ||
		(family === 'audience' && (AUDIENCES as readonly string[]).includes(value)) ||
		(family === 'type' && (RESOURCE_TYPES as readonly string[]).includes(value))
	return valid ? { family: family as SetFamily, value } : null
}

export function setSpecOf(set: OaiSet) {
	return set.value === null ? set.family : `${set.family}:${set.value}`
}

/** The sets a record belongs to, leaves only (membership of the family follows). */
export function setSpecsOf(record: {
	countryCode: string
	risks: readonly string[]
	audiences: readonly string[]
	languages: readonly string[]
	resourceType: string
}) {
	return [
		`country:${record.countryCode}`,
		...record.risks.map((risk) => `risk:${risk}`),
		...record.audiences.map((audience) => `audience:${audience}`),
		...record.languages.map((lang) => `lang:${lang}`),
		`type:${record.resourceType}`,
	]
}

// ---------------------------------------------------------------- resumption

/**
 * The resumption token carries the whole request (format, from, until, set)
 * and where the last page stopped, as the last record's (modifiedAt, id):
 * the next page is the records after that key, in the same order. No state
 * is kept on the server, so a token never expires and stays valid while the
 * library changes: a record added or changed during a harvest moves to the
 * end of the order and is delivered then, none is skipped, and a record
 * already delivered is delivered again only if it changed.
 */
interface TokenBody {
	v: 1
	p: MetadataPrefix
	f: number | null
	b: number | null
	s: string | null
	m: number
	i: string
	c: number
}

export function encodeResumptionToken(selection: OaiSelection, cursor: OaiCursor) {
	const body: TokenBody = {
		v: 1,
		p: selection.metadataPrefix,
		f: selection.from?.getTime() ?? null,
		b: selection.before?.getTime() ?? null,
		s: selection.set ? setSpecOf(selection.set) : null,
		m: cursor.modifiedAt.getTime(),
		i: cursor.id,
		c: cursor.count,
	}
	return Buffer.from(JSON.stringify(body)).toString('base64url')
}

/** Longer than any token this repository hands out. */
const MAX_TOKEN_LENGTH = 1000

function parseResumption(
	verb: OaiVerb,
	token: string,
	echo: Record<string, string>,
): ParsedOaiRequest {
	const bad = {
		ok: false,
		errors: [{ code: 'badResumptionToken', message: 'The resumption token is not valid.' }],
		arguments: echo,
	} as const
	if (verb === 'ListSets') return bad // the set list is always whole, so no token is ever handed out
	const body = decodeToken(token)
	if (!body) return bad
	const set = body.s === null ? null : parseSetSpec(body.s)
	if (body.s !== null && !set) return bad
	return {
		ok: true,
		request: {
			verb: verb as 'ListRecords',
			selection: {
				metadataPrefix: body.p,
				from: body.f === null ? null : new Date(body.f),
				before: body.b === null ? null : new Date(body.b),
				set,
			},
			after: { modifiedAt: new Date(body.m), id: body.i, count: body.c },
		},
		arguments: echo,
	}
}

function decodeToken(token: string): TokenBody | null {
	if (token.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+$/.test(token)) return null
	let body: unknown
	try {
		body = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'))
	} catch {
		return null
	}
	const b = body as Partial<TokenBody> | null
	const isTime = (n: unknown) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0
	const valid =
		typeof b === 'object' &&
		b !== null &&
		b.v === 1 &&
		typeof b.p === 'string' &&
		isMetadataPrefix(b.p) &&
		(b.f === null || isTime(b.f)) &&
		(b.b === null || isTime(b.b)) &&
		(b.s === null || typeof b.s === 'string') &&
		isTime(b.m) &&
		typeof b.i === 'string' &&
		/^[A-Za-z0-9_-]{1,64}$/.test(b.i) &&
		isTime(b.c)
	return valid ? (b as TokenBody) : null
}

// ---------------------------------------------------------------- response

const OAI_NAMESPACE = 'http://www.openarchives.org/OAI/2.0/'
const XSI = 'http://www.w3.org/2001/XMLSchema-instance'

/**
 * The response document: the envelope every verb shares around `body` (the
 * verb's element, or the errors).
 */
export function renderOaiResponse(input: {
	responseDate: Date
	baseUrl: string
	arguments: Record<string, string>
	body: string
}) {
	return (
		XML_DECLARATION +
		element(
			'OAI-PMH',
			[
				textElement('responseDate', formatDatestamp(input.responseDate)),
				textElement('request', input.baseUrl, input.arguments),
				input.body,
			],
			{
				xmlns: OAI_NAMESPACE,
				'xmlns:xsi': XSI,
				'xsi:schemaLocation': `${OAI_NAMESPACE} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd`,
			},
		)
	)
}

export function renderErrors(errors: readonly OaiError[]) {
	return errors.map((error) => textElement('error', error.message, { code: error.code })).join('')
}

export function renderIdentify(input: {
	repositoryName: string
	baseUrl: string
	adminEmail: string
	earliestDatestamp: Date
}) {
	return element('Identify', [
		textElement('repositoryName', input.repositoryName),
		textElement('baseURL', input.baseUrl),
		textElement('protocolVersion', '2.0'),
		textElement('adminEmail', input.adminEmail),
		textElement('earliestDatestamp', formatDatestamp(input.earliestDatestamp)),
		// A withdrawn material stays a deleted record for good: it was public,
		// and a harvester that copied it must learn to take it down.
		textElement('deletedRecord', 'persistent'),
		textElement('granularity', GRANULARITY),
	])
}

export function renderMetadataFormats() {
	return element(
		'ListMetadataFormats',
		METADATA_FORMATS.map((format) =>
			element('metadataFormat', [
				textElement('metadataPrefix', format.prefix),
				textElement('schema', format.schema),
				textElement('metadataNamespace', format.namespace),
			]),
		),
	)
}

export function renderSets(sets: { spec: string; name: string }[]) {
	return element(
		'ListSets',
		sets.map((set) =>
			element('set', [textElement('setSpec', set.spec), textElement('setName', set.name)]),
		),
	)
}

export interface OaiHeader {
	identifier: string
	modifiedAt: Date
	deleted: boolean
	setSpecs: string[]
}

export function renderHeader(header: OaiHeader) {
	const attrs: Attributes = header.deleted ? { status: 'deleted' } : {}
	return element(
		'header',
		[
			textElement('identifier', header.identifier),
			textElement('datestamp', formatDatestamp(header.modifiedAt)),
			...header.setSpecs.map((spec) => textElement('setSpec', spec)),
		],
		attrs,
	)
}

/** A record: its header, and its metadata unless it is deleted. */
export function renderRecord(header: OaiHeader, metadata: string | null) {
	return element('record', [
		renderHeader(header),
		header.deleted || metadata === null ? '' : element('metadata', metadata),
	])
}

/**
 * The resumption token closing a page: a token when more follow, and an
 * empty one on the last page of a list that was resumed (the protocol's way
 * of saying the list is complete).
 */
export function renderResumptionToken(input: {
	token: string | null
	cursor: number
	completeListSize: number
	resumed: boolean
}) {
	if (!input.token && !input.resumed) return ''
	return textElement('resumptionToken', input.token ?? '', {
		cursor: input.cursor,
		completeListSize: input.completeListSize,
	})
}
