// Runs one document task (document-tasks.server.ts: a PDF or office file
// cleaned of its metadata, an office file's text) on a thread of its own, so
// that the server keeps answering while it works, and can stop it: past its
// time limit it is terminated, past its memory limit it dies, and the upload
// is refused either way (documents.server.ts). Plain JavaScript, found beside
// the source or the production build like the search's posting worker; it
// loads the TypeScript task through tsx, a dependency of the app.
import { parentPort, workerData } from 'node:worker_threads'
import { tsImport } from 'tsx/esm/api'

const { runDocumentTask } = await tsImport('./document-tasks.server.ts', import.meta.url)
parentPort.postMessage(await runDocumentTask(workerData))
