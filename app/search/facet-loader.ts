import fs from 'node:fs'
import type Database from 'better-sqlite3'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { ageBandsOf } from '#app/domain/vocabularies.ts'
import { BUSY_TIMEOUT_MS, openSqlite } from '#app/utils/sqlite.server.ts'
import { FacetStore } from './facet-store.ts'
import { facetSnapshotPath, readFacetSnapshot } from './facet-snapshot.ts'
import { changeLog, stateProblem } from './postings-snapshot.mjs'
import { ADAPTING_COUNTRIES_SQL } from './sqlite-fts-writer.ts'

/** Longest stretch the loader runs before letting the event loop answer requests. */
export const SLICE_MS = 10

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

/**
 * A map keyed by material id, split into SHARDS maps by a hash of the id's
 * end. A single Map of a million entries grows by rehashing all of them at
 * once, which held the event loop for 30 to 60 ms at a time while facet
 * data was loaded; shards of a few thousand entries each grow in a fraction
 * of a millisecond.
 */
class IdMap<V> {
	private static readonly SHARDS = 256
	private shards = Array.from({ length: IdMap.SHARDS }, () => new Map<string, V>())
	size = 0

	private shard(id: string) {
		let hash = 0
		for (let i = Math.max(0, id.length - 8); i < id.length; i++)
			hash = (Math.imul(hash, 31) + id.charCodeAt(i)) | 0
		return this.shards[(hash ^ (hash >>> 8)) & (IdMap.SHARDS - 1)]!
	}

	get(id: string) {
		return this.shard(id).get(id)
	}

	set(id: string, value: V) {
		const shard = this.shard(id)
		const before = shard.size
		shard.set(id, value)
		this.size += shard.size - before
		return this
	}
}

export interface LoadedFacets {
	store: FacetStore
	/** The index's version and last recorded change the data describes. */
	version: number
	lastChange: number
	lastChangeStamp: string | null
	/**
	 * Where it came from: saved beside the database and brought up to date
	 * (`replayed` materials changed since), or read from SQLite (and why the
	 * saved data was not used).
	 */
	source: 'snapshot' | 'index'
	replayed: number
	problem: string | null
}

/** The tag tables a material's facet values come from: table, column, and the list they fill. */
const TAG_TABLES = [
	['MaterialAudience', 'audience', 'audiences'],
	['MaterialRisk', 'risk', 'risks'],
	['MaterialAccessibility', 'feature', 'accessibility'],
] as const

/** The statements that read one material's facet values (refreshMaterial). */
export function materialReader(sqlite: Database.Database) {
	return {
		docsOf: sqlite.prepare('SELECT "docId", lang FROM "SearchDoc" WHERE "materialId" = ?').raw(),
		materialRow: sqlite
			.prepare(
				`SELECT id, "countryCode", "resourceType", licence, "ageMin", "ageMax", "publishedAt" FROM "Material" WHERE id = ?`,
			)
			.raw(),
		audiencesOf: sqlite
			.prepare('SELECT audience FROM "MaterialAudience" WHERE "materialId" = ?')
			.pluck(),
		risksOf: sqlite.prepare('SELECT risk FROM "MaterialRisk" WHERE "materialId" = ?').pluck(),
		accessibilityOf: sqlite
			.prepare('SELECT feature FROM "MaterialAccessibility" WHERE "materialId" = ?')
			.pluck(),
		adaptationsOf: sqlite.prepare(ADAPTING_COUNTRIES_SQL).pluck(),
	}
}

/**
 * Re-reads one material's facet values and rows into `store`, or drops it
 * when it left the index. The rows it had and no longer has (a new version
 * of its text gets new rows; row ids are never reused) are forgotten, so
 * postings loaded before the change skip them.
 */
export function refreshMaterial(
	store: FacetStore,
	reader: ReturnType<typeof materialReader>,
	materialId: string,
) {
	const docs = reader.docsOf.all(materialId) as [number, string][]
	const known = store.materialNumber(materialId)
	if (known !== undefined) store.unmapOldDocs(known, new Set(docs.map(([docId]) => docId)))
	const row = docs.length
		? (reader.materialRow.get(materialId) as
				[string, string, string, string, number | null, number | null, string | null] | undefined)
		: undefined
	if (!row) {
		store.remove(materialId)
		return
	}
	const [, countryCode, resourceType, licence, ageMin, ageMax, publishedAt] = row
	const n = store.upsert({
		materialId,
		countryCode,
		resourceType,
		licence,
		audiences: reader.audiencesOf.all(materialId) as string[],
		risks: reader.risksOf.all(materialId) as string[],
		ageBands: ageBandsOf(ageMin, ageMax),
		accessibility: reader.accessibilityOf.all(materialId) as string[],
		langs: docs.map(([, lang]) => lang),
		publishedAt: publishedAt ? Date.parse(publishedAt) : 0,
		adaptationCount: Number(reader.adaptationsOf.get(materialId, countryCode) ?? 0),
	})
	for (const [docId] of docs) store.mapDoc(docId, n)
}

/**
 * The saved facet data (facet-snapshot.ts) brought up to the index's state
 * by re-reading the materials changed since it was saved, or why it cannot
 * be: see stateProblem.
 */
async function fromSnapshot(
	sqlite: Database.Database,
	databasePath: string,
	log: ReturnType<typeof changeLog>,
	state: ReturnType<ReturnType<typeof changeLog>['state']>,
	slices: ReturnType<typeof slicer>,
) {
	const saved = await readFacetSnapshot(facetSnapshotPath(databasePath), slices)
	if ('problem' in saved) return saved
	const problem = stateProblem(saved.state, {
		state,
		changesAfter: log.changesAfter,
		changeAt: log.changeAt,
	})
	if (problem) return { problem }
	const reader = materialReader(sqlite)
	let replayed = 0
	for (const materialId of sqlite
		.prepare('SELECT DISTINCT "materialId" FROM "SearchChange" WHERE "id" > ?')
		.pluck()
		.all(saved.state.lastChange) as string[]) {
		refreshMaterial(saved.store, reader, materialId)
		replayed++
		if (replayed % 64 === 0 && slices.due()) await slices.pause()
	}
	return { store: saved.store, replayed }
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
export async function loadFacets(
	databasePath: string,
	sliceMs = SLICE_MS,
	{ snapshot = true }: { snapshot?: boolean } = {},
): Promise<LoadedFacets> {
	const sqlite = openSqlite(databasePath, { readonly: true, fileMustExist: true })
	const slices = slicer(sliceMs)
	const { due, pause } = slices
	try {
		sqlite.exec('BEGIN')
		const log = changeLog(sqlite)
		const state = log.state()
		const { version, lastChange, lastChangeStamp } = state
		let problem: string | null = null
		if (snapshot) {
			const saved = await fromSnapshot(sqlite, databasePath, log, state, slices)
			if ('store' in saved)
				return {
					...state,
					store: saved.store,
					source: 'snapshot',
					replayed: saved.replayed,
					problem,
				}
			problem = saved.problem
		}
		const store = new FacetStore()
		const docIds: number[] = []
		const docMaterials: string[] = []
		const tags = new IdMap<{
			audiences: string[]
			risks: string[]
			accessibility: string[]
			langs: string[]
		}>()
		let i = 0
		for (const [docId, id, lang] of sqlite
			.prepare('SELECT "docId", "materialId", lang FROM "SearchDoc"')
			.raw()
			.iterate() as Iterable<[number, string, string]>) {
			docIds.push(docId)
			docMaterials.push(id)
			let entry = tags.get(id)
			if (!entry) tags.set(id, (entry = { audiences: [], risks: [], accessibility: [], langs: [] }))
			entry.langs.push(lang)
			if (++i % 512 === 0 && due()) await pause()
		}
		for (const [table, column, list] of TAG_TABLES) {
			for (const [id, value] of sqlite
				.prepare(`SELECT "materialId", "${column}" FROM "${table}"`)
				.raw()
				.iterate() as Iterable<[string, string]>) {
				tags.get(id)?.[list].push(value)
				if (++i % 512 === 0 && due()) await pause()
			}
		}
		// Countries other than its own that published a derivative of each
		// material, from the derivatives (few) rather than every material;
		// counted here, not by GROUP BY, which would read them all before
		// returning the first.
		store.reserve(tags.size)
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
				accessibility: t.accessibility,
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
		return { store, version, lastChange, lastChangeStamp, source: 'index', replayed: 0, problem }
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
