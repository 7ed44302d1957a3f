// Creates an administrator from the server's shell: the first real account
// of a deployment, where demo accounts are switched off and nobody can send
// an invitation yet.
//
//   npm run admin:create
//       asks for the e-mail address, the name and the password (twice);
//   npm run admin:create -- --email ada@example.org --name "Ada Lovelace"
//       asks only for the password, or takes it from ADMIN_PASSWORD, for
//       scripts (a password on the command line would show in `ps`).
//
// The database is brought up to date first, so this works on a fresh one.
// The administrator sets up two-step sign-in at the first sign-in.
import { execFileSync } from 'node:child_process'
import readline from 'node:readline/promises'
import { Writable } from 'node:stream'
import { parseArgs } from 'node:util'
import { resolveDatabaseUrl } from '../app/utils/database-url.ts'

const PROBLEMS: Record<string, string> = {
	'invalid-email': 'this is not a valid e-mail address',
	'name-required': 'the name is empty',
	exists:
		'an account with this e-mail address exists already; an administrator can give it the role from the People page',
	'too-short': 'the password is too short: use at least 12 characters',
	'too-long': 'the password is too long: use at most 200 characters',
	'too-common': 'this password is too common and easy to guess',
	'contains-identity': 'the password must not contain the name or the e-mail address',
	mismatch: 'the two passwords are not the same',
	'no-input': 'the input ended before every answer was given',
	database: 'the database could not be brought up to date (see above)',
}

const { values } = parseArgs({
	options: {
		email: { type: 'string' },
		name: { type: 'string' },
		help: { type: 'boolean', short: 'h' },
	},
})
if (values.help) {
	console.log(
		'Usage: npm run admin:create [-- --email <address> --name <name>]\n' +
			'Asks for what is missing; the password can be given in ADMIN_PASSWORD.',
	)
	process.exit(0)
}

// Prompts go to the terminal; a password's echo does not.
let muted = false
const output = new Writable({
	write(chunk, encoding, done) {
		if (!muted) process.stdout.write(chunk, encoding)
		done()
	},
})
const prompt = readline.createInterface({
	input: process.stdin,
	output,
	terminal: process.stdin.isTTY ?? false,
})

// Lines are read as they come, typed or piped in; input that ends before
// every question is answered ends the command instead of leaving it waiting.
const lines = prompt[Symbol.asyncIterator]()

async function ask(question: string, { hidden = false } = {}) {
	process.stdout.write(question)
	muted = hidden
	const line = await lines.next()
	muted = false
	if (hidden && process.stdin.isTTY) process.stdout.write('\n')
	if (line.done) fail('no-input')
	return String(line.value).trim()
}

function fail(problem: string): never {
	console.error(`Not created: ${PROBLEMS[problem] ?? problem}.`)
	prompt.close()
	process.exit(1)
}

const email = values.email ?? (await ask('E-mail address: '))
const name = values.name ?? (await ask('Name: '))
let password = process.env.ADMIN_PASSWORD ?? ''
if (!password) {
	console.log('Password: at least 12 characters; a few unrelated words are strong and memorable.')
	password = await ask('Password: ', { hidden: true })
	if ((await ask('Repeat the password: ', { hidden: true })) !== password) fail('mismatch')
}
prompt.close()

process.env.DATABASE_URL = resolveDatabaseUrl(process.env.DATABASE_URL)
try {
	execFileSync('npx', ['prisma', 'migrate', 'deploy'], { stdio: 'pipe' })
} catch (error) {
	console.error(String((error as { stderr?: Buffer }).stderr ?? error))
	fail('database')
}
const { createAdministrator } = await import('../app/models/account.server.ts')
const { appOrigin } = await import('../app/utils/request.server.ts')
const { db } = await import('../app/utils/db.server.ts')
const result = await createAdministrator({ email, name, password })
await db.$disconnect()
if (!result.ok) fail(result.problem)
console.log(
	[
		`Administrator created: ${name.trim()} <${email.trim().toLowerCase()}>.`,
		`Sign in at ${appOrigin()}/en/login. Administrators must use two-step sign-in: at the first`,
		'sign-in you will be asked to add the exchange to an authenticator app (FreeOTP, Aegis,',
		'Google Authenticator...) by scanning a QR code, and you will receive recovery codes.',
		'Then invite the other people from the People page.',
	].join('\n'),
)
