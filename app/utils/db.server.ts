import { PrismaClient } from '#app/generated/prisma/client.ts'
import { resolveDatabaseUrl } from './database-url.ts'
import { getEnv } from './env.server.ts'
import { createSqliteAdapter } from './sqlite.server.ts'

export type Db = PrismaClient

function createClient(url: string) {
	return new PrismaClient({ adapter: createSqliteAdapter(url) })
}

// One client per database per process, kept on globalThis so development
// reloads do not open a new connection on every change. Keyed by URL so a
// test file that points DATABASE_URL at its own file gets its own client.
const globalForDb = globalThis as unknown as { __dbClients?: Map<string, PrismaClient> }
const clients = (globalForDb.__dbClients ??= new Map())
const url = resolveDatabaseUrl(process.env.DATABASE_URL || getEnv().DATABASE_URL)

export const db: PrismaClient = clients.get(url) ?? createClient(url)
clients.set(url, db)
