import net, { type AddressInfo } from 'node:net'
import { beforeEach, describe, expect, test } from 'vitest'
import { type SearchDocument, type SearchEngine } from '#app/search/engine.ts'

/**
 * A local port nothing listens on: bound, then released. Requests to it fail
 * with a real ECONNREFUSED. (Well-known ports such as 9 are no good: fetch
 * refuses them itself as "bad ports", before any connection is tried.)
 */
async function closedPort() {
	const server = net.createServer()
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
	const { port } = server.address() as AddressInfo
	await new Promise<void>((resolve, reject) =>
		server.close((error) => (error ? reject(error) : resolve())),
	)
	return port
}

// The environment is read once and cached (getEnv), so MEILI_URL must be set
// before any app module loads: the app modules are imported dynamically below.
const UNREACHABLE_MEILI_URL = `http://127.0.0.1:${await closedPort()}`
process.env.MEILI_URL = UNREACHABLE_MEILI_URL

const { db } = await import('#app/utils/db.server.ts')
const { createMaterial } = await import('#tests/factories.ts')
const { indexMaterialInTransaction } = await import('#app/models/search-index.server.ts')
const {
	drainSearchOutbox,
	retryDelayMs,
	startSearchOutboxWorker,
	stopSearchOutboxWorker,
	MAX_RETRY_DELAY_MS,
} = await import('#app/search/outbox.server.ts')
const { MeilisearchEngine } = await import('#app/search/meilisearch.server.ts')

const unreachable = new MeilisearchEngine({ url: UNREACHABLE_MEILI_URL, indexUid: 'materials' })

const outboxRows = () => db.searchOutbox.findMany({ orderBy: { id: 'asc' } })
const seconds = (ms: number) => ms * 1_000

beforeEach(async () => {
	await db.searchOutbox.deleteMany()
})

describe('outbox rows', () => {
	test('creating a published material writes an outbox row in the same transaction', async () => {
		const material = await createMaterial({ versions: [{ lang: 'fr', title: 'Affiche outbox' }] })
		const rows = await outboxRows()
		expect(rows).toHaveLength(1)
		expect(rows[0]).toMatchObject({ materialId: material.id, attempts: 0, lastError: null })
		expect(rows[0]!.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now())
	})

	test('a derived material also queues the material it came from (its adaptation count changed)', async () => {
		const source = await createMaterial({ versions: [{ lang: 'fr', title: 'Source' }] })
		await db.searchOutbox.deleteMany()
		const adaptation = await createMaterial({
			countryCode: 'BE',
			derivedFrom: { versionId: source.versions[0]!.id, kind: 'adaptation' },
			versions: [{ lang: 'fr', title: 'Adaptation' }],
		})
		expect((await outboxRows()).map((r) => r.materialId)).toEqual([adaptation.id, source.id])
	})

	test('a rolled-back change leaves no outbox row', async () => {
		const material = await createMaterial({ versions: [{ lang: 'fr', title: 'Affiche annulée' }] })
		await db.searchOutbox.deleteMany()
		await expect(
			db.$transaction(async (tx) => {
				await indexMaterialInTransaction(tx, material.id)
				throw new Error('rolled back')
			}),
		).rejects.toThrow('rolled back')
		expect(await outboxRows()).toEqual([])
	})
})

describe('draining against an unreachable Meilisearch', () => {
	test('keeps every row, counts the attempt, records the error and backs off', async () => {
		const a = await createMaterial({ versions: [{ lang: 'fr', title: 'A' }] })
		const b = await createMaterial({ versions: [{ lang: 'fr', title: 'B' }] })
		const before = await outboxRows()
		expect(before).toHaveLength(2)

		const now = new Date()
		const result = await drainSearchOutbox(unreachable, { now })
		expect(result).toEqual({ delivered: 0, failed: 2, pending: 2 })

		const after = await outboxRows()
		expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id))
		expect(after.map((r) => r.materialId)).toEqual([a.id, b.id])
		for (const row of after) {
			expect(row.attempts).toBe(1)
			expect(row.nextAttemptAt.getTime()).toBe(now.getTime() + seconds(2))
			expect(row.lastError).toBeTruthy()
			expect(row.lastError!.length).toBeLessThanOrEqual(500)
			expect(row.lastError).toContain(UNREACHABLE_MEILI_URL)
			expect(row.lastError).toContain('ECONNREFUSED')
			expect(row.createdAt.getTime()).toBe(before.find((r) => r.id === row.id)!.createdAt.getTime())
		}
	})

	test('rows not yet due are not retried', async () => {
		await createMaterial({ versions: [{ lang: 'fr', title: 'Pas encore' }] })
		const now = new Date()
		await drainSearchOutbox(unreachable, { now })
		const [failedOnce] = await outboxRows()

		// One second later the retry (due after two seconds) is not attempted.
		const early = await drainSearchOutbox(unreachable, {
			now: new Date(now.getTime() + seconds(1)),
		})
		expect(early).toEqual({ delivered: 0, failed: 0, pending: 1 })
		expect(await outboxRows()).toEqual([failedOnce])

		// Once due it is, and the next wait doubles.
		const later = new Date(now.getTime() + seconds(2))
		expect(await drainSearchOutbox(unreachable, { now: later })).toEqual({
			delivered: 0,
			failed: 1,
			pending: 1,
		})
		const [failedTwice] = await outboxRows()
		expect(failedTwice!.attempts).toBe(2)
		expect(failedTwice!.nextAttemptAt.getTime()).toBe(later.getTime() + seconds(4))
	})

	test('nothing is lost after several failed drains, and the wait never exceeds 10 minutes', async () => {
		const materials = []
		for (let i = 0; i < 3; i++)
			materials.push(await createMaterial({ versions: [{ lang: 'fr', title: `Perdu ${i}` }] }))
		const ids = (await outboxRows()).map((r) => r.id)
		let now = new Date()
		for (let attempt = 1; attempt <= 6; attempt++) {
			const result = await drainSearchOutbox(unreachable, { now })
			expect(result).toEqual({ delivered: 0, failed: 3, pending: 3 })
			const rows = await outboxRows()
			expect(rows.map((r) => r.id)).toEqual(ids)
			for (const row of rows) {
				expect(row.attempts).toBe(attempt)
				expect(row.nextAttemptAt.getTime()).toBe(now.getTime() + retryDelayMs(attempt))
			}
			now = new Date(now.getTime() + MAX_RETRY_DELAY_MS)
		}
		expect((await outboxRows()).map((r) => r.materialId)).toEqual(materials.map((m) => m.id))

		// After many failures the backoff is capped.
		await db.searchOutbox.updateMany({ data: { attempts: 20 } })
		await drainSearchOutbox(unreachable, { now })
		for (const row of await outboxRows()) {
			expect(row.attempts).toBe(21)
			expect(row.nextAttemptAt.getTime() - now.getTime()).toBe(MAX_RETRY_DELAY_MS)
		}
	})

	test('drains oldest first and at most `limit` rows', async () => {
		for (let i = 0; i < 3; i++)
			await createMaterial({ versions: [{ lang: 'fr', title: `Limite ${i}` }] })
		const [oldest, second, newest] = await outboxRows()
		const now = new Date()
		expect(await drainSearchOutbox(unreachable, { now, limit: 2 })).toEqual({
			delivered: 0,
			failed: 2,
			pending: 3,
		})
		const rows = await outboxRows()
		expect(rows.find((r) => r.id === oldest!.id)!.attempts).toBe(1)
		expect(rows.find((r) => r.id === second!.id)!.attempts).toBe(1)
		expect(rows.find((r) => r.id === newest!.id)!.attempts).toBe(0)
	})
})

/**
 * The delivery side of the port, recorded in memory: not a Meilisearch
 * stand-in, only what the outbox hands to whichever engine it is given.
 */
class RecordingEngine implements SearchEngine {
	readonly name = 'meilisearch' as const
	calls: (['index', SearchDocument] | ['remove', string])[] = []
	onIndex?: (doc: SearchDocument) => Promise<void>
	async index(doc: SearchDocument) {
		this.calls.push(['index', doc])
		await this.onIndex?.(doc)
	}
	async remove(materialId: string) {
		this.calls.push(['remove', materialId])
	}
	async search(): Promise<never> {
		throw new Error('not used')
	}
	async reindex() {
		return { indexed: 0 }
	}
}

describe('delivering', () => {
	test('sends each material once as it is now, removes what is no longer public, deletes exactly the rows handled', async () => {
		const published = await createMaterial({ versions: [{ lang: 'fr', title: 'Publiée' }] })
		const withdrawn = await createMaterial({ versions: [{ lang: 'fr', title: 'Retirée' }] })
		await db.material.update({ where: { id: withdrawn.id }, data: { status: 'withdrawn' } })
		// A second change to the same material before delivery.
		await db.searchOutbox.create({ data: { materialId: published.id } })
		await db.searchOutbox.create({ data: { materialId: withdrawn.id } })

		const engine = new RecordingEngine()
		// A change committed while the material is being delivered: its row must stay.
		engine.onIndex = async (doc) => {
			if (doc.materialId === published.id)
				await db.searchOutbox.create({ data: { materialId: published.id } })
		}
		const result = await drainSearchOutbox(engine)
		expect(result).toEqual({ delivered: 4, failed: 0, pending: 1 })
		expect(
			engine.calls.map(([kind, arg]) => [kind, typeof arg === 'string' ? arg : arg.materialId]),
		).toEqual([
			['index', published.id],
			['remove', withdrawn.id],
		])
		const indexed = engine.calls[0]![1] as SearchDocument
		expect(indexed.versions.map((v) => v.title)).toEqual(['Publiée'])
		const left = await outboxRows()
		expect(left.map((r) => r.materialId)).toEqual([published.id])
		expect(left[0]!.attempts).toBe(0)
	})

	test('a failing material does not hold back the others', async () => {
		const failing = await createMaterial({ versions: [{ lang: 'fr', title: 'Échoue' }] })
		const fine = await createMaterial({ versions: [{ lang: 'fr', title: 'Passe' }] })
		const engine = new RecordingEngine()
		engine.onIndex = async (doc) => {
			if (doc.materialId === failing.id) throw new Error('x'.repeat(2_000))
		}
		expect(await drainSearchOutbox(engine)).toEqual({ delivered: 1, failed: 1, pending: 1 })
		const [row] = await outboxRows()
		expect(row).toMatchObject({ materialId: failing.id, attempts: 1 })
		expect(row!.lastError!.length).toBe(500)
		expect(engine.calls.map(([, arg]) => (typeof arg === 'string' ? arg : arg.materialId))).toEqual(
			[failing.id, fine.id],
		)
	})
})

describe('the worker', () => {
	test('drains in the background, only once per process, and stops cleanly', async () => {
		const material = await createMaterial({ versions: [{ lang: 'fr', title: 'En arrière-plan' }] })
		const first = new RecordingEngine()
		const second = new RecordingEngine()
		try {
			startSearchOutboxWorker(first, { intervalMs: 20 })
			startSearchOutboxWorker(second, { intervalMs: 20 })
			for (let waited = 0; (await db.searchOutbox.count()) > 0 && waited < 5_000; waited += 20)
				await new Promise((resolve) => setTimeout(resolve, 20))
		} finally {
			await stopSearchOutboxWorker()
		}
		expect(await db.searchOutbox.count()).toBe(0)
		expect(first.calls.map(([, arg]) => (typeof arg === 'string' ? arg : arg.materialId))).toEqual([
			material.id,
		])
		expect(second.calls).toEqual([])

		// Stopped: new rows stay until a worker runs again.
		await createMaterial({ versions: [{ lang: 'fr', title: 'Après l’arrêt' }] })
		await new Promise((resolve) => setTimeout(resolve, 100))
		expect(await db.searchOutbox.count()).toBe(1)
		expect(first.calls).toHaveLength(1)
	})
})
