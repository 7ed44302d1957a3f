import os from 'node:os'
import path from 'node:path'

/** Everything tests write lives under one temporary folder, never in data/. */
export const TEST_ROOT = path.join(os.tmpdir(), 'awareness-exchange-tests')
export const TEMPLATE_DB = path.join(TEST_ROOT, 'template.db')
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..')
