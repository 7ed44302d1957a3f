import { parseHTML } from 'linkedom'
import { describe, expect, test } from 'vitest'
import { HOSTILE_REPORT_TEXTS } from '#tests/fixtures/hostile-reporting.ts'
import { renderBars, renderStackedBars } from './charts.server.ts'

const labels = { title: 'Participation by year', description: 'Countries that reported.' }

function parse(svg: string) {
	return parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document
}

describe('charts drawn on the server', () => {
	test('are an SVG image with a name and a description, and no <style> the CSP would refuse', () => {
		const { svg } = renderStackedBars(
			[
				{ row: 'Joined in 2012', part: 'Accepted', value: 3 },
				{ row: 'Joined in 2012', part: 'Not reported', value: 45 },
			],
			['Accepted', 'Not reported'],
			labels,
		)
		expect(svg.startsWith('<svg')).toBe(true)
		expect(svg).not.toMatch(/<style/i)
		// Only the image is named: its parts may not carry names of their own (axe: aria-prohibited-attr).
		expect(svg.match(/aria-label=/g)).toHaveLength(1)
		const element = parse(svg).querySelector('svg')!
		expect(element.getAttribute('role')).toBe('img')
		expect(element.getAttribute('aria-label')).toBe('Participation by year')
		expect(element.firstElementChild!.tagName.toLowerCase()).toBe('title')
		expect(element.firstElementChild!.textContent).toBe(
			'Participation by year. Countries that reported.',
		)
		expect(element.getAttribute('class')).toBe('chart')
		// One bar per non-zero part, in the colours the legend uses.
		expect([...element.querySelectorAll('rect')].map((r) => r.getAttribute('fill'))).toEqual([
			'#0b4f8a',
			'#e3813b',
		])
	})

	test('count axes have whole-number ticks only', () => {
		const { svg } = renderBars(
			[
				{ key: 'fr', value: 3 },
				{ key: 'ar', value: 1 },
			],
			labels,
		)
		const ticks = [...parse(svg).querySelectorAll('text')]
			.map((t) => t.textContent ?? '')
			.filter((text) => /^[\d.]+$/.test(text))
		expect(ticks).toEqual(['0', '1', '2', '3'])
	})

	test.each(HOSTILE_REPORT_TEXTS.map((h) => [h.why, h.text] as const))(
		'a hostile label stays text: %s',
		(_, text) => {
			const { svg } = renderStackedBars([{ row: text, part: text, value: 2 }], [text], {
				title: text,
				description: text,
			})
			const document = parse(svg)
			expect(document.querySelectorAll('script, style')).toHaveLength(0)
			expect(document.querySelectorAll('body > svg')).toHaveLength(1)
			expect(document.querySelector('svg > title')!.textContent).toBe(`${text}. ${text}`)
		},
	)
})
