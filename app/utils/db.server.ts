import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaClient } from '#app/generated/prisma/client.ts'
import { resolveDatabaseUrl } from './database-url.ts'
import { getEnv } from './env.server.ts'

export type Db = PrismaClient

function createClient(url: string) {
	const adapter = new PrismaBetterSQLite3({ url: resolveDatabaseUrl(url) })
	return new PrismaClient({ adapter })
}

// One client per process; kept on globalThis so development reloads do not
// open a new connection on every change.
const globalForDb = globalThis as unknown as { __db?: PrismaClient }

export const db: PrismaClient = (globalForDb.__db ??= createClient(getEnv().DATABASE_URL))
