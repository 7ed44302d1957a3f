import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, test } from 'vitest'
import { PROJECT_ROOT } from '#tests/support/paths.ts'

/**
 * Routes decide who may see or change a material in one place,
 * app/auth/material-access.server.ts (`requireMaterialAccess` and its
 * companions), and nowhere else. This test reads every module under
 * app/routes and reports two things the module would otherwise hide:
 *
 * - a hand-made check, `can(…, 'material', …)`: the rule restated (as the
 *   "another country's material is a 404" checks once were, each a little
 *   differently);
 * - a lookup by an id the route was given: a call into the material models
 *   (app/models/material/, app/models/asset.server.ts) with a URL parameter
 *   naming an id (`params.id`, or a variable made from one) or, in a shared helper, with
 *   an id its caller passed in. A route that went through the access module
 *   reads the material by the id the module handed back (`scope.id`), which
 *   is not reported.
 *
 * Ids posted in a form are not followed: the models scope them to the
 * material the route already checked (a file of that material, a version of
 * it). The exceptions below are lookups that can only return published
 * material, or checks that name no material; each says why.
 */

const ACCESS_MODULE = '#app/auth/material-access.server.ts'
const MATERIAL_MODELS = /^#app\/models\/(material\/|asset\.server\.ts$)/
const ID_NAME = /(^id|Id)$/

/** Reads of published material only: anyone may have them, so they need no decision. */
const PUBLIC_LOOKUPS: Record<string, string> = {
	getPublishedMaterial: 'reads a published material only (the public page, the API, the zip)',
	getDownloadableFile: 'reads a file of a published material only',
	getAdaptationOptions:
		'reads a published source only; the rights are the adapting country’s (countriesWhere create), checked inside',
	requestAdaptationPermission:
		'asks for a published source only; the right is the adapting country’s, checked inside',
}

/** Hand-made `can(…, 'material', …)` calls that are no access check on a material, by file. */
const CHECKS_THAT_NAME_NO_MATERIAL: Record<string, string> = {
	'app/routes/$lang.materials.$id.tsx':
		'MaterialWorkLinks, in the browser, picks the links a signed-in reader is offered on a public page; the server decides nothing with it',
	'app/routes/$lang.workspace.campaigns.$id.tsx':
		'whether a new material may be created in the campaign’s country: no material exists yet',
}

interface Finding {
	file: string
	line: number
	kind: 'check' | 'lookup' | 'public'
	text: string
}

function importsOf(source: ts.SourceFile) {
	const from = new Map<string, string>()
	for (const statement of source.statements) {
		if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier))
			continue
		const bindings = statement.importClause?.namedBindings
		if (bindings && ts.isNamedImports(bindings))
			for (const element of bindings.elements)
				from.set(element.name.text, statement.moduleSpecifier.text)
	}
	return from
}

function isFunctionLike(node: ts.Node): node is ts.SignatureDeclaration & { body?: ts.Node } {
	return (
		ts.isFunctionDeclaration(node) ||
		ts.isFunctionExpression(node) ||
		ts.isArrowFunction(node) ||
		ts.isMethodDeclaration(node)
	)
}

/** `params.id`, `params.fileId`…: an id from the URL (not `params.get(…)` of a URLSearchParams). */
function isUrlId(node: ts.Node) {
	return (
		ts.isPropertyAccessExpression(node) &&
		ts.isIdentifier(node.expression) &&
		node.expression.text === 'params' &&
		ID_NAME.test(node.name.text) &&
		!(ts.isCallExpression(node.parent) && node.parent.expression === node)
	)
}

function mentions(node: ts.Node, given: ReadonlySet<string>): boolean {
	if (isUrlId(node)) return true
	if (ts.isIdentifier(node) && given.has(node.text)) {
		// `{ id: scope.id }` names a property `id`; only values count.
		const parent = node.parent
		if (ts.isPropertyAssignment(parent) && parent.name === node) return false
		if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false
		return true
	}
	return ts.forEachChild(node, (child) => mentions(child, given) || undefined) ?? false
}

/**
 * Whether an expression is still the id it is made from (`params.id ?? ''`,
 * `code.toUpperCase()`), not what a call found with it (a record).
 */
function isSameId(node: ts.Expression, given: ReadonlySet<string>): boolean {
	if (ts.isAwaitExpression(node) || ts.isParenthesizedExpression(node))
		return isSameId(node.expression, given)
	if (ts.isCallExpression(node)) return mentions(node.expression, given)
	return mentions(node, given)
}

/**
 * The ids a function was given: its parameters named like ids, and the
 * variables it makes from them or from the URL's parameters.
 */
function givenIds(fn: ts.SignatureDeclaration & { body?: ts.Node }, outer: ReadonlySet<string>) {
	const given = new Set(outer)
	for (const parameter of fn.parameters)
		if (ts.isIdentifier(parameter.name) && ID_NAME.test(parameter.name.text))
			given.add(parameter.name.text)
	const visit = (node: ts.Node) => {
		if (node !== fn && isFunctionLike(node)) return
		if (
			ts.isVariableDeclaration(node) &&
			ts.isIdentifier(node.name) &&
			node.initializer &&
			isSameId(node.initializer, given)
		)
			given.add(node.name.text)
		ts.forEachChild(node, visit)
	}
	if (fn.body) visit(fn.body)
	return given
}

/** What a module under app/routes does about materials without the access module. */
export function findBypasses(file: string, text: string): Finding[] {
	const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true)
	const imports = importsOf(source)
	const findings: Finding[] = []
	const line = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1
	const visit = (node: ts.Node, given: ReadonlySet<string>) => {
		if (isFunctionLike(node)) given = givenIds(node, given)
		if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
			const name = node.expression.text
			const module = imports.get(name)
			const entity = node.arguments[2]
			if (
				name === 'can' &&
				module === '#app/domain/permissions.ts' &&
				entity &&
				ts.isStringLiteral(entity) &&
				entity.text === 'material'
			)
				findings.push({ file, line: line(node), kind: 'check', text: node.getText() })
			if (
				module &&
				module !== ACCESS_MODULE &&
				MATERIAL_MODELS.test(module) &&
				node.arguments.some((argument) => mentions(argument, given))
			)
				findings.push({
					file,
					line: line(node),
					kind: name in PUBLIC_LOOKUPS ? 'public' : 'lookup',
					text: node.getText(),
				})
		}
		ts.forEachChild(node, (child) => visit(child, given))
	}
	visit(source, new Set())
	return findings
}

function routeModules() {
	const dir = path.join(PROJECT_ROOT, 'app/routes')
	return fs
		.readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.tsx?$/.test(name))
		.map((name) => path.join('app/routes', name))
		.sort()
}

describe('material access in routes', () => {
	const files = routeModules()
	const findings = files.flatMap((file) =>
		findBypasses(file, fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8')),
	)
	const where = (f: Finding) => `${f.file}:${f.line} ${f.text.replace(/\s+/g, ' ')}`

	test('no route reads a material by an id it was given without the access module', () => {
		console.log(`material access: read ${files.length} route modules`)
		expect(files.length).toBeGreaterThan(50)
		expect(findings.filter((f) => f.kind === 'lookup').map(where)).toEqual([])
		// An exception that no longer applies is taken off the list.
		const publicLookups = findings.filter((f) => f.kind === 'public')
		expect([...new Set(publicLookups.map((f) => f.text.split('(')[0]))].sort()).toEqual(
			Object.keys(PUBLIC_LOOKUPS).sort(),
		)
	})

	test('no route checks a material permission by hand, but for the exceptions named', () => {
		const checks = findings.filter((f) => f.kind === 'check')
		expect(checks.filter((f) => !(f.file in CHECKS_THAT_NAME_NO_MATERIAL)).map(where)).toEqual([])
		// An exception that no longer applies is taken off the list.
		expect([...new Set(checks.map((f) => f.file))].sort()).toEqual(
			Object.keys(CHECKS_THAT_NAME_NO_MATERIAL).sort(),
		)
	})

	test('the reading sees a lookup and a check that bypass the module', () => {
		const probe = `
			import { can } from '#app/domain/permissions.ts'
			import { requireMaterialAccess } from '#app/auth/material-access.server.ts'
			import { getMaterialScope, getWorkspaceMaterial } from '#app/models/material/queries.server.ts'
			import { getRenditionForServing } from '#app/models/asset.server.ts'
			export async function loader({ request, params }) {
				const id = params.id ?? ''
				const scope = await getMaterialScope(id)
				if (!can(user, 'read-draft', 'material', { countryCode: scope.countryCode })) throw 404
			}
			export async function action({ request, params }) {
				const { material } = await requireMaterialAccess(request, params.id, 'edit')
				return getWorkspaceMaterial(material.id)
			}
			export async function helper(request: Request, renditionId: string) {
				return getRenditionForServing(renditionId)
			}
		`
		expect(
			findBypasses('app/routes/probe.ts', probe).map((f) => `${f.kind} ${f.text.split('(')[0]}`),
		).toEqual(['lookup getMaterialScope', 'check can', 'lookup getRenditionForServing'])
	})
})
