import path from 'node:path'
import ts from 'typescript'
import { describe, expect, test } from 'vitest'
import { MATERIAL_TABLES } from '#app/models/material/unit-of-work.server.ts'
import { PROJECT_ROOT } from '#tests/support/paths.ts'

/**
 * Every write to a material goes through the unit of work
 * (app/models/material/unit-of-work.server.ts). This test reads the code the
 * way the type checker does: it finds every call that creates, updates or
 * deletes rows of a material table, names the function it is in, and checks
 * that the client it is called on is a `MaterialTx`, the transaction client
 * only the unit of work hands out. A write through `db`, or through a plain
 * `$transaction` client, fails it.
 */

const WRITE_METHODS = new Set([
	'create',
	'createMany',
	'createManyAndReturn',
	'update',
	'updateMany',
	'updateManyAndReturn',
	'upsert',
	'delete',
	'deleteMany',
])
const TABLES = new Set<string>(MATERIAL_TABLES)

interface WriteSite {
	file: string
	line: number
	fn: string
	call: string
	throughUnitOfWork: boolean
}

function enclosingFunctionName(node: ts.Node): string {
	for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
		if (ts.isFunctionDeclaration(at) && at.name) return at.name.text
		if (ts.isMethodDeclaration(at) && ts.isIdentifier(at.name)) return at.name.text
		if (
			(ts.isArrowFunction(at) || ts.isFunctionExpression(at)) &&
			ts.isVariableDeclaration(at.parent) &&
			ts.isIdentifier(at.parent.name)
		)
			return at.parent.name.text
	}
	return '(top level)'
}

/** Every material write in `files` of `program`, and every cast to MaterialTx. */
function collectWrites(program: ts.Program, files: readonly string[]) {
	const checker = program.getTypeChecker()
	const sites: WriteSite[] = []
	const casts: string[] = []
	for (const file of files) {
		const source = program.getSourceFile(file)!
		const relative = path.relative(PROJECT_ROOT, file)
		const visit = (node: ts.Node) => {
			// <client>.<table>.<write>(...)
			if (
				ts.isCallExpression(node) &&
				ts.isPropertyAccessExpression(node.expression) &&
				WRITE_METHODS.has(node.expression.name.text) &&
				ts.isPropertyAccessExpression(node.expression.expression) &&
				TABLES.has(node.expression.expression.name.text)
			) {
				const client = node.expression.expression.expression
				const type = checker.typeToString(checker.getTypeAtLocation(client))
				sites.push({
					file: relative,
					line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
					fn: enclosingFunctionName(node),
					call: `${client.getText()}.${node.expression.expression.name.text}.${node.expression.name.text}`,
					throughUnitOfWork: type === 'MaterialTx',
				})
			}
			if (
				(ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) &&
				node.type.getText() === 'MaterialTx'
			)
				casts.push(relative)
			ts.forEachChild(node, visit)
		}
		visit(source)
	}
	return { sites, casts }
}

/** The application, the seed and the scripts; not tests, which may set up states on purpose. */
function findMaterialWrites() {
	const config = ts.getParsedCommandLineOfConfigFile(
		path.join(PROJECT_ROOT, 'tsconfig.json'),
		{},
		{
			...ts.sys,
			onUnRecoverableConfigFileDiagnostic: (d) => {
				throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'))
			},
		},
	)!
	const roots = config.fileNames.filter((file) => {
		const relative = path.relative(PROJECT_ROOT, file)
		return (
			/^(app|prisma|scripts|server)\//.test(relative) &&
			!relative.startsWith('app/generated/') &&
			!/\.test\.tsx?$/.test(relative)
		)
	})
	return collectWrites(ts.createProgram(roots, config.options), roots)
}

describe('material writes', () => {
	const { sites, casts } = findMaterialWrites()

	test('every create, update and delete of a material table is called on the unit of work’s client', () => {
		// The list the test read, so a reader can see what it checked.
		const functions = [...new Set(sites.map((s) => `${s.file} ${s.fn}`))].sort()
		console.log(`material writes, by function:\n  ${functions.join('\n  ')}`)
		expect(functions.length).toBeGreaterThan(10)
		const bypassing = sites
			.filter((s) => !s.throughUnitOfWork)
			.map((s) => `${s.file}:${s.line} ${s.fn}: ${s.call}`)
		expect(bypassing).toEqual([])
	})

	test('every one of them lives with the material, in app/models/material/', () => {
		const elsewhere = sites
			.filter((s) => !s.file.startsWith('app/models/material/'))
			.map((s) => `${s.file}:${s.line} ${s.fn}`)
		expect(elsewhere).toEqual([])
	})

	test('only the unit of work makes a MaterialTx', () => {
		expect([...new Set(casts)]).toEqual(['app/models/material/unit-of-work.server.ts'])
	})

	test('the check sees a write that bypasses it', () => {
		// The same reading, on a file with one write through the unit of work
		// and one straight through the client: only the second is reported.
		const host = ts.createCompilerHost({ strict: true })
		const file = path.join(PROJECT_ROOT, 'app/models/material/__probe.ts')
		const text = `
			type Client = { material: { update(a: unknown): Promise<void> } }
			declare const unitOfWork: unique symbol
			type MaterialTx = Client & { readonly [unitOfWork]: true }
			declare const db: Client
			export async function good(tx: MaterialTx) { await tx.material.update({}) }
			export async function bad() { await db.material.update({}) }
		`
		const read = host.getSourceFile
		host.getSourceFile = (name, ...rest) =>
			name === file
				? ts.createSourceFile(name, text, ts.ScriptTarget.ES2022, true)
				: read(name, ...rest)
		const program = ts.createProgram([file], { strict: true, noLib: true }, host)
		const found = collectWrites(program, [file]).sites.map((s) => `${s.fn}:${s.throughUnitOfWork}`)
		expect(found).toEqual(['good:true', 'bad:false'])
	})
})
