import { describe, expect, test } from 'vitest'
import { db } from '#app/utils/db.server.ts'
import { DEMO_CAMPAIGNS } from '#prisma/demo/content.ts'
import { seedCountries, seedDemoLibrary } from '#prisma/seed.ts'
import { createMaterial } from '#tests/factories.ts'

describe('seed', () => {
	test('adds the Alliance countries and demo data once, and leaves real data alone', async () => {
		expect(await seedCountries()).toBe(55)
		const real = await createMaterial({
			countryCode: 'FR',
			versions: [{ lang: 'fr', title: 'Vraie affiche' }],
		})

		const sample = DEMO_CAMPAIGNS.slice(0, 2)
		const first = await seedDemoLibrary({ campaigns: sample })
		expect(first.campaigns).toBe(2)
		const expectedMaterials = sample.reduce((n, c) => n + c.materials.length, 0)
		expect(first.materials).toBe(expectedMaterials)

		const demoMaterials = await db.material.findMany({
			where: { isDemo: true },
			include: { versions: { include: { files: true } } },
		})
		expect(demoMaterials).toHaveLength(expectedMaterials)
		for (const m of demoMaterials) {
			expect(m.status).toBe('published')
			for (const v of m.versions)
				expect(v.files.map((f) => f.role).sort()).toEqual(['preview', 'primary'])
		}

		const second = await seedDemoLibrary({ campaigns: sample })
		expect(second).toEqual({ campaigns: 0, materials: 0 })
		expect(await seedCountries()).toBe(0)
		expect(await db.material.count({ where: { isDemo: true } })).toBe(expectedMaterials)

		const after = await db.material.findUniqueOrThrow({
			where: { id: real.id },
			include: { versions: true },
		})
		expect(after.isDemo).toBe(false)
		expect(after.versions[0]!.title).toBe('Vraie affiche')
		expect(after.updatedAt.getTime()).toBe(real.updatedAt.getTime())
	})
})
