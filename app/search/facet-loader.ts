import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { ageBandsOf } from '#app/domain/vocabularies.ts'
import { BUSY_TIMEOUT_MS, openSqlite } from '#app/utils/sqlite.server.ts'
import { FacetStore } from './facet-store.ts'

/** Longest stretch the loader runs before letting the event loop answer requests. */
export const SLICE_MS = 20

/**
 * Yields to the event loop once a slice of work has run for SLICE_MS: a
 * loop calls `due()` every few hundred rows (cheap) and awaits `pause()`
 * when it says so.
 */
export function slicer(sliceMs = SLICE_MS) {
	let started = performance.now()
	return {
		due: () => performance.now() - started >= sliceMs,
		pause: async () => {
			await new Promise((resolve) => setImmediate(resolve))
			started = performance.now()
		},
	}
}

export interface LoadedFacets {
	store: FacetStore
	/** The index's version and last recorded change the data describes. */
	version: number
	lastChange: number
}

/**
 * Reads every indexed material's facet values, a slice at a time, all in
 * one read transaction on a connection of its own (so they describe one
 * version of the index, and the engine's reader stays free). Each table is
 * scanned once, in storage order, and what is not indexed (drafts) skipped
 * in JavaScript: at a million materials, looking materials up by the ids in
 * SearchDoc took four times as long. At a million materials this is about
 * 20 s of work: done at once it kept the server from answering anything.
 */
export async function loadFacets(databasePath: string, sliceMs = SLICE_MS): Promise<LoadedFacets> {
	const sqlite = openSqlite(databasePath, { readonly: true, fileMustExist: true })
	const { due, pause } = slicer(sliceMs)
	try {
		sqlite.exec('BEGIN')
		const version = Number(
			sqlite.prepare('SELECT "version" FROM "SearchState" WHERE "id" = 1').pluck().get() ?? 0,
		)
		const lastChange = Number(
			sqlite.prepare('SELECT COALESCE(MAX("id"), 0) FROM "SearchChange"').pluck().get(),
		)
		const store = new FacetStore()
		const docIds: number[] = []
		const docMaterials: string[] = []
		const tags = new Map<string, { audiences: string[]; risks: string[]; langs: string[] }>()
		let i = 0
		for (const [docId, id, lang] of sqlite
			.prepare('SELECT "docId", "materialId", lang FROM "SearchDoc"')
			.raw()
			.iterate() as Iterable<[number, string, string]>) {
			docIds.push(docId)
			docMaterials.push(id)
			let entry = tags.get(id)
			if (!entry) tags.set(id, (entry = { audiences: [], risks: [], langs: [] }))
			entry.langs.push(lang)
			if (++i % 512 === 0 && due()) await pause()
		}
		for (const [id, audience] of sqlite
			.prepare('SELECT "materialId", audience FROM "MaterialAudience"')
			.raw()
			.iterate() as Iterable<[string, string]>) {
			tags.get(id)?.audiences.push(audience)
			if (++i % 512 === 0 && due()) await pause()
		}
		for (const [id, risk] of sqlite
			.prepare('SELECT "materialId", risk FROM "MaterialRisk"')
			.raw()
			.iterate() as Iterable<[string, string]>) {
			tags.get(id)?.risks.push(risk)
			if (++i % 512 === 0 && due()) await pause()
		}
		// Countries other than its own that published a derivative of each
		// material, from the derivatives (few) rather than every material;
		// counted here, not by GROUP BY, which would read them all before
		// returning the first.
		const adapters = new Map<string, Set<string>>()
		for (const [id, country] of sqlite
			.prepare(
				`SELECT v."materialId", d."countryCode"
				 FROM "Material" d CROSS JOIN "MaterialVersion" v ON v.id = d."derivedFromVersionId"
				 CROSS JOIN "Material" s ON s.id = v."materialId"
				 WHERE d."derivedFromVersionId" > '' AND +d.status = 'published' AND d."countryCode" != s."countryCode"`,
			)
			.raw()
			.iterate() as Iterable<[string, string]>) {
			let countries = adapters.get(id)
			if (!countries) adapters.set(id, (countries = new Set()))
			countries.add(country)
			if (++i % 512 === 0 && due()) await pause()
		}
		for (const [id, countryCode, resourceType, licence, ageMin, ageMax, publishedAt] of sqlite
			.prepare(
				`SELECT id, "countryCode", "resourceType", licence, "ageMin", "ageMax", "publishedAt" FROM "Material"`,
			)
			.raw()
			.iterate() as Iterable<
			[string, string, string, string, number | null, number | null, string | null]
		>) {
			if (++i % 512 === 0 && due()) await pause()
			const t = tags.get(id)
			if (!t) continue
			store.upsert({
				materialId: id,
				countryCode,
				resourceType,
				licence,
				audiences: t.audiences,
				risks: t.risks,
				ageBands: ageBandsOf(ageMin, ageMax),
				langs: t.langs,
				publishedAt: publishedAt ? Date.parse(publishedAt) : 0,
				adaptationCount: adapters.get(id)?.size ?? 0,
			})
		}
		for (let d = 0; d < docIds.length; d++) {
			const n = store.materialNumber(docMaterials[d]!)
			if (n !== undefined) store.mapDoc(docIds[d]!, n)
			if (d % 4096 === 0 && due()) await pause()
		}
		return { store, version, lastChange }
	} finally {
		if (sqlite.inTransaction) sqlite.exec('COMMIT')
		sqlite.close()
	}
}

/**
 * The index's vocabulary with document counts, read by a short-lived worker
 * thread (app/search/vocabulary-worker.mjs), or here a slice at a time when
 * the worker's file cannot be found.
 */
export async function loadVocabulary(databasePath: string, sliceMs = SLICE_MS) {
	const file = [
		fileURLToPath(new URL('./vocabulary-worker.mjs', import.meta.url)),
		path.resolve(process.cwd(), 'app/search/vocabulary-worker.mjs'),
	].find((candidate) => fs.existsSync(candidate))
	if (!file || sliceMs === Infinity) return readVocabularyHere(databasePath, sliceMs)
	return new Promise<[string, number][]>((resolve, reject) => {
		const worker = new Worker(file, {
			workerData: { databasePath, busyTimeoutMs: BUSY_TIMEOUT_MS },
		})
		worker.once('message', (message: { entries?: [string, number][]; error?: string }) =>
			message.entries ? resolve(message.entries) : reject(new Error(message.error)),
		)
		worker.once('error', reject)
		worker.once('exit', () => reject(new Error('the vocabulary worker stopped')))
	})
}

async function readVocabularyHere(databasePath: string, sliceMs: number) {
	const sqlite = openSqlite(databasePath, { readonly: true, fileMustExist: true })
	const { due, pause } = slicer(sliceMs)
	try {
		const entries: [string, number][] = []
		for (const entry of sqlite
			.prepare('SELECT term, doc FROM "SearchVocab"')
			.raw()
			.iterate() as Iterable<[string, number]>) {
			entries.push(entry)
			if (due()) await pause()
		}
		return entries
	} finally {
		sqlite.close()
	}
}
