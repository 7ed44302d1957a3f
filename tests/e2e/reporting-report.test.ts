import path from 'node:path'
import { type Page } from 'playwright-core'
import { describe, expect, inject, test } from 'vitest'
import { browserSession, expectAccessible, signInAsDemo } from '#tests/support/browser.ts'
import { TEST_ROOT } from '#tests/support/paths.ts'
import { asExtracted, pdfText } from '#tests/support/pdf-text.ts'

/**
 * France writes its report for the open biennial round of the demo data, in
 * French: it says what became of a measure it announced in the 2024
 * round, adds a measure in place and writes the narrative around its
 * activity figures, then submits. Japan, which holds the round's
 * secretariat, returns it with a comment; France sees the comment, fixes
 * the report and submits it again; Japan accepts it. Then Japan downloads
 * the round's joint report as PDF, assembled from the accepted reports,
 * and its text holds the measures France announced in Arabic and Chinese.
 */

const baseURL = inject('baseURL')
const COMMIT = { waitUntil: 'commit' } as const
const { newPage } = browserSession(baseURL)

const ARABIC_TITLE = 'ورشات توعية للأهالي في مرسيليا'
const CHINESE_TITLE = '面向华人家长的网络安全讲座'

/** Clicks the link and keeps the file it downloads, for pdftotext. */
async function downloadPdf(page: Page) {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'PDF', exact: true }).first().click(),
	])
	expect(file.suggestedFilename()).toMatch(/\.pdf$/)
	const target = path.join(TEST_ROOT, `e2e-download-${Date.now()}-${file.suggestedFilename()}`)
	await file.saveAs(target)
	return target
}

describe('a country report, from draft to accepted', () => {
	test('France fills and submits its report, the secretariat returns it, France fixes it, the secretariat accepts it', async () => {
		const stamp = Date.now()
		const france = await newPage('fr-FR')
		await signInAsDemo(france, 'demo-u-fr-coord')

		// The workspace leads to the report of the round open now.
		await france.goto('/fr/workspace')
		// (other tests may open rounds of their own: this is the demo's)
		await france
			.locator('li')
			.filter({ hasText: /· Biennial report 2026 ·/ })
			.getByRole('link', { name: 'Rapport de France' })
			.click()
		await france.waitForURL(/\/fr\/reports\/[^/]+\/FR$/, COMMIT)
		const reportPath = new URL(france.url()).pathname.replace(/^\/fr/, '')
		await france.getByRole('heading', { name: 'Rapport de France' }).waitFor()
		await expectAccessible(france)
		await france.getByRole('link', { name: 'Modifier le rapport' }).click()
		await france.waitForURL(/\/edit$/, COMMIT)
		await expectAccessible(france)

		// A measure announced in 2024 came back: France says it is in progress.
		const carried = france.locator('li.report-measure', {
			hasText: 'حملة إذاعية للأهالي الناطقين بالعربية',
		})
		await carried.getByLabel('En cours').check()
		await carried
			.getByLabel('Commentaire sur son état')
			.fill('Lancée à Marseille en 2025 ; Lyon et Lille suivront.')
		await carried.getByRole('button', { name: 'Enregistrer' }).click()
		await france.waitForURL(/saved=/, COMMIT)
		await carried.getByText('Enregistré.').waitFor()

		// A measure in place under the same goal.
		const goal = france.locator('section.report-goal', { has: carried })
		const add = goal.locator('details.report-add', { hasText: 'Ajouter une mesure en place' })
		await add.locator('> summary').click()
		await add.getByLabel('Titre', { exact: true }).fill(`Ligne d’écoute 3018 (${stamp})`)
		await add
			.getByLabel('Description', { exact: true })
			.fill('Ligne nationale gratuite et anonyme pour les jeunes victimes de cyberviolences.')
		await add.getByRole('button', { name: 'Ajouter la mesure' }).click()
		await france.waitForURL(/saved=measure-/, COMMIT)
		await goal.getByText(`Ligne d’écoute 3018 (${stamp})`).first().waitFor()

		// Two measures announced for the coming years, one written in Arabic, one in Chinese.
		for (const [title, lang] of [
			[ARABIC_TITLE, 'ar'],
			[CHINESE_TITLE, 'zh'],
		] as const) {
			const announce = goal.locator('details.report-add', { hasText: 'Annoncer une mesure' })
			// After the first, the page stays where it was: the form is still open, and empty.
			if ((await announce.getAttribute('open')) === null)
				await announce.locator('> summary').click()
			await announce.getByLabel('Titre', { exact: true }).fill(title)
			await announce.getByLabel('Langue du titre et de la description').selectOption(lang)
			await announce.getByRole('button', { name: 'Ajouter la mesure' }).click()
			await goal.locator(`[lang="${lang}"]`, { hasText: title }).first().waitFor()
		}

		// The narrative beside the activity figures of policy target 3.
		const activity = france.locator('section.report-activity')
		await activity.locator('.report-figures li', { hasText: 'ressources publiées' }).waitFor()
		await activity
			.getByLabel('Récit sur l’activité de votre pays')
			.fill(
				'Nos affiches ont été adaptées par trois pays ; les parents sont le public le plus touché.',
			)
		await activity.getByRole('button', { name: 'Enregistrer' }).click()
		await france.waitForURL(/saved=activity/, COMMIT)
		await activity.getByText('Enregistré.').waitFor()
		await expectAccessible(france)

		// The same page in Arabic, right to left.
		await france.goto(`/ar${reportPath}/edit`)
		await expect(france.locator('html').getAttribute('dir')).resolves.toBe('rtl')
		await expectAccessible(france)

		await france.goto(`/fr${reportPath}`)
		await france.getByRole('button', { name: 'Soumettre le rapport au secrétariat' }).click()
		await france.waitForURL(/done=submitted/, COMMIT)
		await france.getByText('Le rapport a été soumis au secrétariat.').waitFor()
		await expect(france.getByRole('link', { name: 'Modifier le rapport' }).count()).resolves.toBe(0)

		// Japan, the round's secretariat, returns it with a comment.
		const comment = `Précisez le public de la ligne d’écoute (${stamp}).`
		const japan = await newPage()
		await signInAsDemo(japan, 'demo-u-jp-coord')
		await japan.goto(`/en${reportPath}`)
		await japan.getByText('Ligne d’écoute 3018').first().waitFor()
		await japan.getByText('In progress', { exact: true }).waitFor()
		await expectAccessible(japan)
		await japan.getByLabel('Comments for the country: what should change').fill(comment)
		await japan.getByRole('button', { name: 'Return with these comments' }).click()
		await japan.waitForURL(/done=returned/, COMMIT)

		// France sees the comment at the top, with everything it wrote, and is told in its inbox.
		await france.goto('/fr/inbox')
		await france.getByText('Le secrétariat a renvoyé le rapport de votre pays').waitFor()
		await france.getByRole('link', { name: 'Ouvrir le rapport' }).first().click()
		await france.waitForURL(new RegExp(`/fr${reportPath}$`), COMMIT)
		const returned = france.locator('section.report-returned')
		await returned.getByText(comment).waitFor()
		await france.getByText(`Ligne d’écoute 3018 (${stamp})`).waitFor()
		await france.getByRole('link', { name: 'Modifier le rapport' }).click()
		await france.waitForURL(/\/edit$/, COMMIT)
		const measure = france.locator('li.report-measure', {
			hasText: `Ligne d’écoute 3018 (${stamp})`,
		})
		await measure.locator('details.report-edit-measure > summary').click()
		await measure
			.getByLabel('Description', { exact: true })
			.fill(
				'Ligne nationale gratuite et anonyme pour les enfants, les adolescents et leurs parents.',
			)
		await measure.getByRole('button', { name: 'Enregistrer' }).click()
		await france.waitForURL(/saved=measure-/, COMMIT)
		await france.getByText('leurs parents.').first().waitFor()
		await france.goto(`/fr${reportPath}`)
		await france.getByRole('button', { name: 'Soumettre le rapport au secrétariat' }).click()
		await france.waitForURL(/done=submitted/, COMMIT)

		// Japan accepts it.
		await japan.goto(`/en${reportPath}`)
		await japan.getByText('leurs parents.').first().waitFor()
		await japan.getByRole('button', { name: 'Accept the report' }).click()
		await japan.waitForURL(/done=accepted/, COMMIT)
		await japan.getByText('The report was accepted.', { exact: false }).waitFor()

		await france.goto(`/fr${reportPath}`)
		await france.locator('.report-meta').getByText('Accepté').waitFor()
		await expectAccessible(france)
		// Its PDF, linked from its page, says the same in every script.
		const reportText = pdfText(await downloadPdf(france))
		expect(reportText).toContain(asExtracted(ARABIC_TITLE))
		expect(reportText).toContain(CHINESE_TITLE)
		await france.goto(`/ar${reportPath}`)
		await france.getByText('قبلته الأمانة', { exact: false }).waitFor()
		await expectAccessible(france)

		// Japan assembles the round's joint report from the accepted reports and downloads it as PDF.
		const roundPath = reportPath.replace(/\/FR$/, '')
		await japan.goto(`/en${roundPath}/joint`)
		await japan
			.getByRole('heading', { level: 1, name: /Joint report: Biennial report 2026/ })
			.waitFor()
		await japan.locator('td[lang="zh"]', { hasText: CHINESE_TITLE }).waitFor()
		const jointText = pdfText(await downloadPdf(japan))
		expect(jointText).toContain('Joint report: Biennial report 2026')
		expect(jointText).toContain(asExtracted(ARABIC_TITLE))
		expect(jointText).toContain(CHINESE_TITLE)
	})
})
