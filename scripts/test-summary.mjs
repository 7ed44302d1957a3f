// Prints Vitest's JSON report as one closing line: "tests: N passed, N failed, N skipped".
import fs from 'node:fs'

const file = process.argv[2]
if (!file || !fs.existsSync(file)) {
	console.log('tests: 0 passed, 1 failed')
	process.exit(0)
}
const report = JSON.parse(fs.readFileSync(file, 'utf8'))
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
// A test file that fails to load has no test results; count it as a failure.
const brokenFiles = (report.testResults ?? []).filter(
	(r) => r.status === 'failed' && !(r.assertionResults ?? []).length,
).length
console.log(
	`tests: ${report.numPassedTests} passed, ${report.numFailedTests + brokenFiles} failed, ${skipped} skipped`,
)
