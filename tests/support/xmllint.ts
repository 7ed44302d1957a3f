import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { PROJECT_ROOT } from './paths.ts'

/** The schemas the tests validate against (tests/fixtures/xsd, see docs/decisions/019). */
export const XSD = {
	harvest: path.join(PROJECT_ROOT, 'tests/fixtures/xsd/harvest.xsd'),
	sitemap: path.join(PROJECT_ROOT, 'tests/fixtures/xsd/sitemap.xsd'),
	sitemapIndex: path.join(PROJECT_ROOT, 'tests/fixtures/xsd/siteindex.xsd'),
}

/**
 * Validates a document with Debian's xmllint (libxml2-utils) against a
 * schema, without the network: '' when valid, else xmllint's complaints.
 */
export function validateXml(xml: string, schema: string) {
	const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, '-'], {
		input: xml,
		encoding: 'utf8',
	})
	if (run.error)
		throw new Error(`xmllint could not run (apt-get install libxml2-utils): ${run.error.message}`)
	return run.status === 0 ? '' : run.stderr
}
