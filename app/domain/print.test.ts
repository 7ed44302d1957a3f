import { describe, expect, test } from 'vitest'
import {
	CREDIT_GAP,
	PAGE_MARGIN,
	PAPER_SIZES,
	PRINT_PPI,
	creditBandHeight,
	posterLayout,
	printedResolution,
	printPixelSize,
} from './print.ts'

describe('print layout', () => {
	test('an A-series poster fills the page inside its margins, above the credit band', () => {
		const { poster, credit } = posterLayout('A4', 800, 1131)
		const page = PAPER_SIZES.A4
		expect(poster.height).toBeCloseTo(page.height - 2 * PAGE_MARGIN - creditBandHeight('A4'), 6)
		expect(poster.y + poster.height).toBeCloseTo(page.height - PAGE_MARGIN, 6)
		expect(poster.x).toBeGreaterThanOrEqual(PAGE_MARGIN)
		expect(poster.x + poster.width / 2).toBeCloseTo(page.width / 2, 6)
		// The credit starts under the poster, inside the margins.
		expect(credit.top).toBeLessThan(poster.y)
		expect(credit.top).toBeCloseTo(poster.y - CREDIT_GAP, 6)
		expect(credit.top - (creditBandHeight('A4') - CREDIT_GAP)).toBeCloseTo(PAGE_MARGIN, 6)
		expect(credit.width).toBeCloseTo(page.width - 2 * PAGE_MARGIN, 6)
	})

	test('a landscape photo is as wide as the margins allow, centred with its credit', () => {
		const { poster, credit } = posterLayout('A3', 4000, 3000)
		expect(poster.width).toBeCloseTo(PAPER_SIZES.A3.width - 2 * PAGE_MARGIN, 6)
		// As much room above the poster as under its credit band.
		const above = PAPER_SIZES.A3.height - (poster.y + poster.height)
		expect(above).toBeCloseTo(poster.y - creditBandHeight('A3'), 6)
		expect(above).toBeGreaterThan(PAGE_MARGIN)
		expect(credit.top).toBeCloseTo(poster.y - CREDIT_GAP, 6)
	})

	test('the resolution a flat image prints at, as the download button says', () => {
		// The demo posters: 800 px wide on A4 is about 110 ppi, on A3 under 80.
		expect(printedResolution('A4', 800, 1131)).toBeGreaterThan(100)
		expect(printedResolution('A4', 800, 1131)).toBeLessThan(120)
		expect(printedResolution('A3', 800, 1131)).toBeLessThan(80)
	})

	test('templates render for print at the whole sheet at 300 ppi, and print at more than that', () => {
		expect(printPixelSize('A4', 800, 1131)).toMatchObject({ width: 2480, height: 3506 })
		expect(printPixelSize('A3', 800, 1131).width).toBe(3508)
		const a4 = printPixelSize('A4', 800, 1131)
		expect(printedResolution('A4', a4.width, a4.height)).toBeGreaterThanOrEqual(PRINT_PPI)
		const a3 = printPixelSize('A3', 800, 1131)
		expect(printedResolution('A3', a3.width, a3.height)).toBeGreaterThanOrEqual(PRINT_PPI)
		// A wide template is bounded by the sheet's width.
		expect(printPixelSize('A4', 1600, 900).width).toBe(2480)
	})
})
