import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { UI_LANGUAGES } from '#app/domain/languages.ts'
import { RESOURCES } from '#app/i18n/resources.server.ts'
import {
	AUDIT_ACTIONS,
	AUDIT_ENTITY_TYPES,
	auditActionLabelKey,
	auditEntityLabelKey,
} from './audit-actions.ts'

/** The models are the only code that writes the audit log (recordAudit and the material unit of work). */
const MODELS = path.join(process.cwd(), 'app', 'models')

function sourcesUnder(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name)
		if (entry.isDirectory()) return sourcesUnder(full)
		return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : []
	})
}

/**
 * Every `action:` and `entityType:` value written in the models: the string
 * literals of the value (a ternary gives two), and the template literals,
 * which the list has to derive.
 */
function scanModels(property: 'action' | 'entityType') {
	const literals = new Map<string, string>()
	const templates = new Set<string>()
	const line = new RegExp(`\\b${property}:\\s*(.+)$`)
	for (const file of sourcesUnder(MODELS)) {
		for (const text of fs.readFileSync(file, 'utf8').split('\n')) {
			// The value ends where the next property of the same object starts.
			const value = line.exec(text)?.[1]?.split(/,\s*[\w$]+:/)[0]
			if (!value) continue
			for (const m of value.matchAll(/'([^']+)'/g))
				literals.set(m[1]!, path.relative(process.cwd(), file))
			for (const m of value.matchAll(/`[^`]*`/g)) templates.add(m[0])
		}
	}
	return { literals, templates }
}

function lookUp(lang: string, key: string): unknown {
	return key
		.split('.')
		.reduce<unknown>(
			(node, part) =>
				node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
			RESOURCES[lang as keyof typeof RESOURCES].account,
		)
}

describe('the audit log speaks every language', () => {
	const keys = [
		...AUDIT_ACTIONS.map(auditActionLabelKey),
		...AUDIT_ENTITY_TYPES.map(auditEntityLabelKey),
		'audit.otherAction',
		'audit.otherEntity',
	]

	test.each([...UI_LANGUAGES])(
		'%s has a label for every recorded action and entity type',
		(lang) => {
			const missing = keys.filter((key) => {
				const label = lookUp(lang, key)
				return typeof label !== 'string' || !label.trim()
			})
			expect(missing).toEqual([])
		},
	)

	test('a value this version does not know gets the generic label, not its key', () => {
		expect(auditActionLabelKey('publish-revision')).toBe('audit.actions.publish-revision')
		expect(auditActionLabelKey('material.import')).toBe('audit.actions.material-import')
		expect(auditActionLabelKey('retired-action')).toBe('audit.otherAction')
		expect(auditActionLabelKey('toString')).toBe('audit.otherAction')
		expect(auditEntityLabelKey('country-report')).toBe('audit.entities.country-report')
		expect(auditEntityLabelKey('retired-kind')).toBe('audit.otherEntity')
	})

	test('two actions never share a label key', () => {
		const labelKeys = AUDIT_ACTIONS.map(auditActionLabelKey)
		expect(new Set(labelKeys).size).toBe(AUDIT_ACTIONS.length)
	})
})

describe('the list of audit actions', () => {
	test('holds every action the models record', () => {
		const { literals } = scanModels('action')
		// The scan finds the writers: a broken pattern would pass with nothing.
		expect(literals.size).toBeGreaterThan(50)
		expect(literals.has('publish-revision')).toBe(true)
		const unknown = [...literals]
			.filter(([action]) => !(AUDIT_ACTIONS as readonly string[]).includes(action))
			.map(([action, file]) => `${action} (${file})`)
		expect(unknown).toEqual([])
	})

	test('derives the actions the models compute', () => {
		// transitionReport records `${action}-report` for each step of
		// REPORT_TRANSITIONS; a new computed action needs its source list here.
		expect([...scanModels('action').templates]).toEqual(['`${action}-report`'])
		expect(AUDIT_ACTIONS).toEqual(
			expect.arrayContaining(['submit-report', 'return-report', 'accept-report']),
		)
		expect(AUDIT_ACTIONS).toEqual(
			expect.arrayContaining(['submit', 'publish', 'request-changes', 'withdraw']),
		)
	})

	test('holds every entity type the models record', () => {
		const { literals, templates } = scanModels('entityType')
		expect(literals.size).toBeGreaterThanOrEqual(AUDIT_ENTITY_TYPES.length)
		expect(templates.size).toBe(0)
		const unknown = [...literals.keys()].filter(
			(type) => !(AUDIT_ENTITY_TYPES as readonly string[]).includes(type),
		)
		expect(unknown).toEqual([])
	})
})
