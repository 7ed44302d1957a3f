import { type Prisma } from '#app/generated/prisma/client.ts'
import { changeMaterialsWithin } from './unit-of-work.server.ts'

/**
 * A material that names no organisation credits its campaign's, on its
 * page, in its files, its feed entry and its harvest records (oai_dc's
 * creator, LOM's publisher). When the campaign's organisation changes, so
 * does each such material's public record: its `updatedAt` moves with it,
 * so a harvester asking what changed since its last visit (OAI-PMH `from`),
 * a feed reader and a sitemap reader learn of it (docs/decisions/019).
 * Only materials that were ever published are touched: a draft's record is
 * nowhere public, and it takes the new credit when it is published.
 * Runs inside the campaign's transaction, so both change or neither does;
 * what it returns runs after the commit.
 */
export async function touchMaterialsCreditingCampaign(
	client: Prisma.TransactionClient,
	actor: { id: string },
	campaignId: string,
	summary: Record<string, unknown>,
) {
	const crediting = await client.material.findMany({
		where: { campaignId, organisation: null, revisionOfId: null, publishedAt: { not: null } },
		select: { id: true },
	})
	const materialIds = crediting.map((m) => m.id)
	if (!materialIds.length) return async () => {}
	const { afterCommit } = await changeMaterialsWithin(client, {
		actor,
		materialIds,
		action: 'campaign-organisation',
		run: async ({ tx, note }) => {
			note({ campaignId, ...summary })
			await tx.material.updateMany({
				where: { id: { in: materialIds } },
				data: { updatedAt: new Date() },
			})
		},
	})
	return afterCommit
}
