import fs from 'node:fs'
import { createRequire } from 'node:module'
import jsonld from 'jsonld'

/**
 * Reads JSON-LD the way a crawler does, offline: `jsonld` (the reference
 * JSON-LD processor) expands it, with schema.org's context served from here
 * instead of fetched. The vocabulary it is checked against is schema.org's
 * own, as schema-dts ships it (generated from schema.org's release).
 */

const SCHEMA = 'http://schema.org/'

// schema.org's published context maps every term onto http://schema.org/.
const SCHEMA_CONTEXT = { '@context': { '@vocab': SCHEMA } }

/** Answers schema.org's context and nothing else: a test never reaches the network. */
async function documentLoader(url: string) {
	if (/^https?:\/\/schema\.org\/?$/.test(url))
		return { contextUrl: undefined, documentUrl: url, document: SCHEMA_CONTEXT }
	throw new Error(`no remote documents in tests: ${url}`)
}

let vocabulary: { classes: Set<string>; properties: Set<string> } | undefined

/** Every class and property of schema.org, read from schema-dts's type declarations. */
export function schemaOrgVocabulary() {
	if (vocabulary) return vocabulary
	const require = createRequire(import.meta.url)
	const file = require.resolve('schema-dts').replace(/schema\.js$/, 'schema.d.ts')
	const text = fs.readFileSync(file, 'utf8')
	vocabulary = {
		classes: new Set([...text.matchAll(/"@type": "(\w+)"/g)].map((m) => m[1]!)),
		properties: new Set([...text.matchAll(/^\s+"([a-zA-Z]\w*)"\?:/gm)].map((m) => m[1]!)),
	}
	return vocabulary
}

// Safe mode (jsonld 8+, not in its published types) refuses a term that would be dropped.
const options = { documentLoader, safe: true } as unknown as jsonld.Options.Expand

export async function expandJsonLd(doc: object) {
	return jsonld.expand(doc as jsonld.JsonLdDocument, options)
}

/** The N-Quads a harvester would store. */
export async function toNQuads(doc: object) {
	const rdf = await jsonld.toRDF(
		doc as jsonld.JsonLdDocument,
		{
			...options,
			format: 'application/n-quads',
		} as jsonld.Options.ToRdf,
	)
	return rdf as unknown as string
}

/**
 * Terms of the expanded document that are not schema.org's: each property
 * IRI must be schema.org's and name one of its properties, each type one of
 * its classes. Empty when the document speaks only schema.org.
 */
export function foreignTerms(expanded: unknown): string[] {
	const { classes, properties } = schemaOrgVocabulary()
	const foreign: string[] = []
	const visit = (node: unknown) => {
		if (Array.isArray(node)) return node.forEach(visit)
		if (!node || typeof node !== 'object') return
		for (const [key, value] of Object.entries(node)) {
			if (key === '@type') {
				for (const type of [value].flat() as string[])
					if (!type.startsWith(SCHEMA) || !classes.has(type.slice(SCHEMA.length)))
						foreign.push(type)
			} else if (!key.startsWith('@')) {
				if (!key.startsWith(SCHEMA) || !properties.has(key.slice(SCHEMA.length))) foreign.push(key)
				visit(value)
			} else if (key === '@list' || key === '@set' || key === '@graph') visit(value)
		}
	}
	visit(expanded)
	return foreign
}
