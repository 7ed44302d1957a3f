// Loads a country archive (made by a country's coordinator or an
// administrator on the workspace's export page, or by `npm run export`)
// into DATABASE_URL and FILE_STORAGE_DIR. What is already here is left as
// it is, so importing an archive twice changes nothing the second time. A
// malformed or hostile archive is refused whole, with nothing written.
// Safe while the app runs (docs/decisions/024-country-archives.md).
//
//   npm run import -- FR-2026-12-06.tar.gz
import path from 'node:path'
import { resolveDatabaseUrl } from '../app/utils/database-url.ts'

process.env.DATABASE_URL = resolveDatabaseUrl(process.env.DATABASE_URL)
const { ArchiveRefused, describeImport, importCountryArchive } =
	await import('../app/archive/import.server.ts')
const { db } = await import('../app/utils/db.server.ts')

const args = process.argv.slice(2)
if (args.length !== 1 || args[0]!.startsWith('-')) {
	console.error('usage: npm run import -- <archive.tar.gz>')
	process.exit(2)
}
const archive = path.resolve(args[0]!)
try {
	const report = await importCountryArchive(archive)
	for (const line of describeImport(report)) console.log(line)
} catch (error) {
	if (!(error instanceof ArchiveRefused)) throw error
	console.error(`import refused, nothing was written: ${path.basename(archive)}: ${error.message}`)
	process.exitCode = 1
} finally {
	await db.$disconnect()
}
