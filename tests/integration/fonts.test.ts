import { execFileSync } from 'node:child_process'
import { expect, test } from 'vitest'
import { UI_LANGUAGES } from '#app/domain/languages.ts'

/**
 * The setup installs a font for the script of every interface language
 * (fonts-noto-core and fonts-noto-cjk, see scripts/system-packages.sh): pages
 * name them in their font stack, and posters draw their text with them. A
 * language whose script no installed font covers would show as empty boxes.
 */
test('fontconfig knows a Noto font for every interface language', () => {
	const missing = UI_LANGUAGES.filter((lang) => {
		const families = execFileSync('fc-list', [`:lang=${lang}`, 'family'], { encoding: 'utf8' })
		return !/Noto/.test(families)
	})
	expect(missing).toEqual([])
})
