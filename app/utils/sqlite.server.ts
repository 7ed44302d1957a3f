import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import Database from 'better-sqlite3'

/**
 * How long a statement waits for another connection's write lock before it
 * fails with SQLITE_BUSY. Other processes write the same file (the search
 * reindex, a second server, start-up housekeeping) and hold the lock for
 * milliseconds at a time; five seconds covers a slow disk's commit. The wait
 * blocks the thread (better-sqlite3 is synchronous), so it is not longer.
 */
export const BUSY_TIMEOUT_MS = 5_000

/** A better-sqlite3 connection with the busy timeout every connection of the app uses. */
export function openSqlite(
	file: string,
	options: { readonly?: boolean; fileMustExist?: boolean } = {},
) {
	return new Database(file, { ...options, timeout: BUSY_TIMEOUT_MS })
}

type Factory = PrismaBetterSQLite3
type Adapter = Awaited<ReturnType<Factory['connect']>>
type Transaction = Awaited<ReturnType<Adapter['startTransaction']>>
type Query = Parameters<Adapter['executeRaw']>[0]

const BEGIN_IMMEDIATE: Query = { sql: 'BEGIN IMMEDIATE', args: [], argTypes: [] }

/**
 * Prisma's driver adapter for better-sqlite3, with transactions that take
 * the write lock when they begin.
 *
 * The adapter begins every transaction with a plain (deferred) BEGIN. A
 * deferred transaction that has read and then writes must upgrade to the
 * write lock, and SQLite cannot wait for that: if another process holds the
 * lock, or committed since the transaction's first read, the write fails at
 * once with SQLITE_BUSY, whatever the busy timeout (waiting could deadlock,
 * and the snapshot read is stale anyway). Nearly every model function reads
 * before it writes, so a reindex in another process failed saves outright.
 * BEGIN IMMEDIATE takes the lock first, waiting up to the busy timeout, and
 * nothing can get in between. Transactions on one connection were already
 * serialized by the adapter, so nothing is lost to that.
 */
export function createSqliteAdapter(url: string) {
	return new ImmediateTransactions(new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS }))
}

class ImmediateTransactions {
	readonly provider = 'sqlite' as const
	readonly adapterName: string

	constructor(private inner: Factory) {
		this.adapterName = inner.adapterName
	}

	async connect() {
		return beginImmediately(await this.inner.connect())
	}

	async connectToShadowDb() {
		return beginImmediately(await this.inner.connectToShadowDb())
	}
}

function beginImmediately(adapter: Adapter): Adapter {
	// One transaction at a time on the connection, as the adapter's own mutex did.
	let tail: Promise<void> = Promise.resolve()
	const acquire = () => {
		let release!: () => void
		const released = new Promise<void>((resolve) => (release = resolve))
		const acquired = tail.then(() => release)
		tail = tail.then(() => released)
		return acquired
	}
	return {
		provider: adapter.provider,
		adapterName: adapter.adapterName,
		queryRaw: (query) => adapter.queryRaw(query),
		executeRaw: (query) => adapter.executeRaw(query),
		executeScript: (script) => adapter.executeScript(script),
		getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
		dispose: () => adapter.dispose(),
		async startTransaction(isolationLevel) {
			// Only SERIALIZABLE exists in SQLite; the adapter answers anything else with its error.
			if (isolationLevel && isolationLevel !== 'SERIALIZABLE')
				return adapter.startTransaction(isolationLevel)
			const release = await acquire()
			try {
				await adapter.executeRaw(BEGIN_IMMEDIATE)
			} catch (error) {
				release()
				throw error
			}
			// Prisma sends COMMIT or ROLLBACK itself, then calls commit() or rollback().
			const transaction: Transaction = {
				provider: adapter.provider,
				adapterName: adapter.adapterName,
				options: { usePhantomQuery: false },
				queryRaw: (query) => adapter.queryRaw(query),
				executeRaw: (query) => adapter.executeRaw(query),
				commit: async () => release(),
				rollback: async () => release(),
			}
			return transaction
		},
	}
}
