// Prints, as one JSON object, what this instance's public API answers about
// some countries' materials and campaigns: the catalog list and every
// material's detail (in two UI languages), each public campaign as its page
// reads it, and a search. Run with DATABASE_URL and FILE_STORAGE_DIR of the
// instance to ask, so that two instances can be compared
// (tests/integration/country-archive.test.ts):
//
//   npx tsx tests/support/api-answers.ts FR DE
import { resolveDatabaseUrl } from '../../app/utils/database-url.ts'

process.env.DATABASE_URL = resolveDatabaseUrl(process.env.DATABASE_URL)
const list = await import('../../app/routes/api.v1.materials.ts')
const detail = await import('../../app/routes/api.v1.materials.$id.ts')
const search = await import('../../app/routes/api.v1.search.ts')
const { getPublicCampaign } = await import('../../app/models/campaign.server.ts')
const { db } = await import('../../app/utils/db.server.ts')

const ask = async (
	loader: typeof list.loader,
	url: string,
	params: Record<string, string> = {},
) => {
	const response = (await loader({
		request: new Request(`http://localhost${url}`),
		params,
		context: {},
	})) as Response
	return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

const answers: Record<string, unknown> = {}
for (const country of process.argv.slice(2)) {
	const lists = {
		en: await ask(list.loader, `/api/v1/materials?country=${country}&pageSize=100&ui=en`),
		ar: await ask(list.loader, `/api/v1/materials?country=${country}&pageSize=100&ui=ar`),
	}
	const ids = (lists.en.body.items as { id: string }[]).map((item) => item.id)
	const details: Record<string, unknown> = {}
	const campaignIds = new Set<string>()
	for (const id of ids) {
		for (const ui of ['en', 'fr']) {
			const answer = await ask(detail.loader, `/api/v1/materials/${id}?ui=${ui}`, { id })
			details[`${id}?ui=${ui}`] = answer
			const campaign = answer.body.campaign as { id: string } | null
			if (campaign) campaignIds.add(campaign.id)
		}
	}
	const campaigns: Record<string, unknown> = {}
	for (const id of [...campaignIds].sort()) campaigns[id] = await getPublicCampaign(id, 'en')
	const found = await ask(search.loader, `/api/v1/search?country=${country}&q=affiche&ui=en`)
	delete found.body.tookMs
	answers[country] = { lists, details, campaigns, search: found }
}
console.log(JSON.stringify(answers))
await db.$disconnect()
