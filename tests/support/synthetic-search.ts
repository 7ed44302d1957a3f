import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { rebuildEmbeddedIndex } from '#app/models/search-index.server.ts'
import { searchFilesOf } from '#app/search/search-files.ts'
import { SqliteFtsEngine } from '#app/search/sqlite-fts.server.ts'
import { createMigratedDatabase, populateSyntheticDatabase } from '#prisma/demo/synthetic.ts'

type EngineOptions = NonNullable<ConstructorParameters<typeof SqliteFtsEngine>[1]>

/**
 * A synthetic library of `size` materials in a database of its own under the
 * temp folder, indexed, for the tests of a file: built before them, removed
 * after them with the files the search saved beside it. `open` starts an
 * engine on it (`defaults`, then the options given), closed at the end.
 */
export function syntheticSearchLibrary(
	name: string,
	{ size, seed, defaults = {} }: { size: number; seed: number; defaults?: EngineOptions },
) {
	const library = { path: '' }
	const engines: SqliteFtsEngine[] = []
	beforeAll(async () => {
		library.path = path.join(os.tmpdir(), `awareness-${name}-${randomUUID()}.db`)
		createMigratedDatabase(library.path)
		await populateSyntheticDatabase(library.path, size, { seed })
		await rebuildEmbeddedIndex({ databasePath: library.path })
	}, 120_000)
	afterAll(() => {
		for (const engine of engines) engine.close()
		for (const file of [
			library.path,
			`${library.path}-wal`,
			`${library.path}-shm`,
			...searchFilesOf(library.path),
		])
			fs.rmSync(file, { force: true })
	})
	return {
		get path() {
			return library.path
		},
		open(options: EngineOptions = {}) {
			const engine = new SqliteFtsEngine(library.path, { ...defaults, ...options })
			engines.push(engine)
			return engine
		},
	}
}
