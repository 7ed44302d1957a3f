// Backs up the database and every stored file it references into a folder,
// with a manifest of each file's sha256 and size (see "Backup and restore"
// in the README). Safe while the app runs: the database is copied as of one
// commit, without stopping writes.
//
//   npm run backup                       into ./backups/<UTC time>/
//   npm run backup -- /srv/backups/today into that folder (new or empty)
import path from 'node:path'
import { resolveDatabasePath, resolveDatabaseUrl } from '../app/utils/database-url.ts'

process.env.DATABASE_URL = resolveDatabaseUrl(process.env.DATABASE_URL)
const { BackupProblem, createBackup, defaultBackupFolder } =
	await import('../app/models/backup.server.ts')

const args = process.argv.slice(2)
if (args.length > 1 || args.some((a) => a.startsWith('-'))) {
	console.error('usage: npm run backup [-- <folder>]')
	process.exit(2)
}
const target = path.resolve(args[0] ?? defaultBackupFolder())
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`
try {
	const started = performance.now()
	const manifest = await createBackup({
		databasePath: resolveDatabasePath(),
		target,
		log: (line) => console.log(`backup: ${line}`),
	})
	const fileBytes = manifest.files.reduce((sum, f) => sum + f.byteSize, 0)
	console.log(
		`backup written to ${target} in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
			`the database (${mb(manifest.database.byteSize)}) and ${manifest.files.length} files (${mb(fileBytes)})`,
	)
	if (manifest.missing.length) {
		console.error(
			`backup: ${manifest.missing.length} files the database references were missing or damaged in the store (listed under "missing" in the manifest):`,
		)
		for (const { storageKey, problem } of manifest.missing)
			console.error(`  - ${storageKey}: ${problem}`)
		process.exitCode = 1
	}
} catch (error) {
	if (!(error instanceof BackupProblem)) throw error
	console.error(`backup failed: ${error.message}`)
	process.exitCode = 1
}
