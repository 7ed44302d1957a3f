// Writes a country's published materials, their campaigns and files as a
// country archive, the same the workspace's export page gives, for
// `npm run import` on another instance.
//
//   npm run export -- FR [FR.tar.gz]
import fs from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { resolveDatabaseUrl } from '../app/utils/database-url.ts'

process.env.DATABASE_URL = resolveDatabaseUrl(process.env.DATABASE_URL)
const { ArchiveUnavailable, planCountryArchive, streamCountryArchive } =
	await import('../app/archive/export.server.ts')
const { recordCountryExport } = await import('../app/models/country-archive.server.ts')
const { db } = await import('../app/utils/db.server.ts')

const [code, out, ...rest] = process.argv.slice(2)
if (!code || !/^[A-Za-z]{2}$/.test(code) || rest.length) {
	console.error('usage: npm run export -- <country code> [archive.tar.gz]')
	process.exit(2)
}
const country = code.toUpperCase()
const target = out ?? `${country}-${new Date().toISOString().slice(0, 10)}.tar.gz`
try {
	const plan = await planCountryArchive(country)
	await pipeline(streamCountryArchive(plan), fs.createWriteStream(target, { flags: 'wx' }))
	const { counts } = plan.manifest
	await recordCountryExport(null, country, counts)
	console.log(
		`${target}: ${counts.materials} material(s), ${counts.campaigns} campaign(s), ${counts.files} file(s) of ${country}`,
	)
} catch (error) {
	if (!(error instanceof ArchiveUnavailable)) throw error
	console.error(`export refused: ${error.message}`)
	process.exitCode = 1
} finally {
	await db.$disconnect()
}
