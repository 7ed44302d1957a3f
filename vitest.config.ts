import { defineConfig } from 'vitest/config'

// Three projects: pure unit tests next to the code, integration tests that
// call loaders against a real SQLite file per test file, and end-to-end tests
// that drive the built app in real Chromium.
export default defineConfig({
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['app/**/*.test.{ts,tsx}', 'prisma/**/*.test.ts', 'server/**/*.test.ts'],
					environment: 'node',
				},
			},
			{
				extends: true,
				test: {
					name: 'integration',
					include: ['tests/integration/**/*.test.ts'],
					globalSetup: ['tests/support/global-setup.ts'],
					setupFiles: ['tests/support/db-per-file.ts'],
					environment: 'node',
					testTimeout: 30_000,
					hookTimeout: 120_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/support/e2e-server.ts'],
					environment: 'node',
					testTimeout: 60_000,
					hookTimeout: 300_000,
				},
			},
		],
	},
})
