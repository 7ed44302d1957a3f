import { z } from 'zod'
import { DEFAULT_DATABASE_URL } from './database-url.ts'

const EnvSchema = z.object({
	NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
	PORT: z.coerce.number().int().min(0).max(65535).default(3000),
	DATABASE_URL: z.string().default(DEFAULT_DATABASE_URL),
	/** Where uploaded and generated files are stored, content-addressed. */
	FILE_STORAGE_DIR: z.string().default('./data/files'),
	/** Public origin of the app, used in attribution links and API responses. */
	APP_ORIGIN: z.string().url().optional(),
	/** Search runs on Meilisearch when this is set; otherwise on the embedded SQLite index. */
	MEILI_URL: z.string().url().optional(),
	/** The key the app uses with Meilisearch (the master key, or an admin API key). */
	MEILI_MASTER_KEY: z.string().optional(),
	/** The Meilisearch index that holds the published materials. */
	MEILI_INDEX: z
		.string()
		.regex(/^[A-Za-z0-9_-]{1,100}$/)
		.default('materials'),
	/**
	 * Signs the session cookie. When unset, a random secret is created once
	 * in the data folder and reused, so sessions survive restarts.
	 */
	SESSION_SECRET: z.string().min(32).optional(),
	/** Outgoing mail goes through this SMTP server (smtp:// or smtps://); otherwise it waits in the in-app outbox. */
	SMTP_URL: z.string().url().optional(),
	MAIL_FROM: z.string().default('Awareness Exchange <no-reply@awareness-exchange.invalid>'),
	/** Largest upload per kind of file, in megabytes (MiB). */
	MAX_IMAGE_MB: z.coerce.number().positive().default(30),
	MAX_DOCUMENT_MB: z.coerce.number().positive().default(50),
	MAX_VIDEO_MB: z.coerce.number().positive().default(500),
	MAX_AUDIO_MB: z.coerce.number().positive().default(100),
	/**
	 * Image jobs (conversions, renditions, poster renders) run at the same
	 * time; more wait their turn (app/media/image-work.server.ts).
	 */
	IMAGE_WORK_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
	/**
	 * The Chromium that prints reports to PDF (app/reporting/pdf.server.ts).
	 * When no executable is there, the exchange says PDF export is
	 * unavailable; everything else works.
	 */
	/**
	 * The address Identify gives harvesters to write to about the OAI-PMH
	 * endpoint; the sender address of MAIL_FROM when unset.
	 */
	OAI_ADMIN_EMAIL: z.string().email().optional(),
	/** Records (or headers) per OAI-PMH list response; a resumption token leads to the next. */
	OAI_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
	CHROMIUM_PATH: z
		.string()
		.refine((value) => value.startsWith('/'), 'must be an absolute path')
		.default('/usr/bin/chromium'),
})

export type Env = z.infer<typeof EnvSchema>

let cached: Env | undefined

/** Validated environment, parsed once; a bad value stops start-up with a clear message. */
export function getEnv(): Env {
	if (cached) return cached
	const parsed = EnvSchema.safeParse(process.env)
	if (!parsed.success) {
		const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
		throw new Error(`Invalid environment: ${problems}`)
	}
	cached = parsed.data
	return cached
}
