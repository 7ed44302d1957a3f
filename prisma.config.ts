import path from 'node:path'
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { defineConfig } from 'prisma/config'
import { DEFAULT_DATABASE_URL, resolveDatabaseUrl } from './app/utils/database-url.ts'

// The schema's datasource reads DATABASE_URL; give it the same default the app uses.
process.env.DATABASE_URL ||= DEFAULT_DATABASE_URL

// The JavaScript schema engine runs migrations without the native engine
// binaries, which cannot be downloaded on an offline machine.
export default defineConfig({
	experimental: { adapter: true },
	engine: 'js',
	schema: path.join('prisma', 'schema.prisma'),
	migrations: {
		path: path.join('prisma', 'migrations'),
		seed: 'tsx ./prisma/seed.ts',
	},
	async adapter() {
		return new PrismaBetterSQLite3({ url: resolveDatabaseUrl() })
	},
})
