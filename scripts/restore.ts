// Restores a backup made by `npm run backup` into DATABASE_URL and
// FILE_STORAGE_DIR (see "Backup and restore" in the README). The backup is
// verified whole first (every file's sha256 against the manifest); an
// existing database is replaced only with --force, and never while the app
// or a script has it open.
//
//   npm run restore -- backups/2026-12-06T09-30-00.000Z [--force]
//
// Then start the app as usual: start-up applies newer migrations, rebuilds
// the search index if needed and sweeps files nothing references.
import path from 'node:path'
import { resolveDatabasePath, resolveDatabaseUrl } from '../app/utils/database-url.ts'

process.env.DATABASE_URL = resolveDatabaseUrl(process.env.DATABASE_URL)
const { BackupProblem, restoreBackup } = await import('../app/models/backup.server.ts')

const args = process.argv.slice(2)
const force = args.includes('--force')
const folders = args.filter((a) => a !== '--force')
if (folders.length !== 1 || folders[0]!.startsWith('-')) {
	console.error('usage: npm run restore -- <backup folder> [--force]')
	process.exit(2)
}
const source = path.resolve(folders[0]!)
try {
	const { manifest, absent } = await restoreBackup({
		source,
		databasePath: resolveDatabasePath(),
		force,
		log: (line) => console.log(`restore: ${line}`),
	})
	console.log(
		`restored ${source} (made ${manifest.createdAt}) into ${resolveDatabasePath()}: the database and ${manifest.files.length} files`,
	)
	if (manifest.missing.length || absent.length) {
		console.error(
			`restore: ${absent.length} files the database references are not in the store; the backup was made without them:`,
		)
		for (const { storageKey, problem } of manifest.missing)
			console.error(`  - ${storageKey}: ${problem}`)
		process.exitCode = 1
	}
} catch (error) {
	if (!(error instanceof BackupProblem)) throw error
	console.error(`restore refused: ${error.message}`)
	process.exitCode = 1
}
