// Brings the database up to date before the server starts: applies committed
// migrations (Prisma's JavaScript schema engine, no download needed), turns on
// WAL so readers never wait for a writer, rebuilds the embedded search index
// and the campaign index when they are out of date, and seeds reference and
// demo data.
// Safe to run on every start.
import { execFileSync } from 'node:child_process'
import { resolveDatabaseUrl } from '../app/utils/database-url.ts'

process.env.DATABASE_URL = resolveDatabaseUrl(process.env.DATABASE_URL)
execFileSync('npx', ['prisma', 'migrate', 'deploy'], { stdio: ['ignore', 'inherit', 'inherit'] })

const { db } = await import('../app/utils/db.server.ts')
await db.$queryRawUnsafe('PRAGMA journal_mode = WAL')
const { embeddedIndexProblem, rebuildEmbeddedIndex } =
	await import('../app/models/search-index.server.ts')
const problem = embeddedIndexProblem()
if (problem) {
	const started = performance.now()
	const { indexed } = await rebuildEmbeddedIndex()
	console.log(
		`search index rebuilt (${problem}): ${indexed} materials in ${Math.round(performance.now() - started)} ms`,
	)
}
const { campaignIndexProblem, rebuildCampaignIndex } =
	await import('../app/models/campaign-search.server.ts')
const campaignProblem = await campaignIndexProblem()
if (campaignProblem) {
	const started = performance.now()
	const { indexed } = await rebuildCampaignIndex()
	console.log(
		`campaign index rebuilt (${campaignProblem}): ${indexed} campaigns in ${Math.round(performance.now() - started)} ms`,
	)
}
// Housekeeping that must never run on the request path: expired sessions
// go, and mail that could not be delivered before a restart is retried.
const { sweepExpiredSessions } = await import('../app/auth/session.server.ts')
const swept = await sweepExpiredSessions()
if (swept) console.log(`sessions: ${swept} expired sessions removed`)
const { deliverPendingMail } = await import('../app/mail/mail.server.ts')
const mail = await deliverPendingMail()
if (mail.sent || mail.failed)
	console.log(`mail: ${mail.sent} sent, ${mail.failed} failed (will retry)`)
// What a crash left goes: the temporary files of processes that no longer
// run, and stored files no row references (an upload cut between its files
// and its rows). Another server process on the same store keeps its own
// temporary files and the files it has leased (see app/media/storage.server.ts).
const { sweepUnusedFiles } = await import('../app/models/asset.server.ts')
const removed = await sweepUnusedFiles({ tempAgeMs: 10 * 60 * 1000 })
if (removed.files || removed.temp)
	console.log(`files: ${removed.files} unreferenced and ${removed.temp} temporary files removed`)
if (process.env.SEED_DEMO !== 'false') {
	const { seed } = await import('../prisma/seed.ts')
	await seed()
} else {
	const { seedCountries } = await import('../prisma/seed.ts')
	await seedCountries()
}
// Table statistics for the query planner, gathered where missing or stale
// (bounded work: analysis_limit samples each index): without them SQLite
// can prefer a low-selectivity index such as (status, …) over a precise one.
await db.$queryRawUnsafe('PRAGMA analysis_limit = 1000')
await db.$queryRawUnsafe('PRAGMA optimize = 0x10002')
await db.$disconnect()
