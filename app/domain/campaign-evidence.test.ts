import { describe, expect, test } from 'vitest'
import { ALLIANCE_COUNTRIES } from './countries.ts'
import {
	campaignYears,
	COST_CURRENCIES,
	costFormat,
	costPerPerson,
	currencyOfCountry,
	maxMonthsWithin,
	unitCostFormat,
	yearsRunning,
} from './campaign-evidence.ts'

// Pages format with their own formatters (useLabels().money); English's native ones show the rules.
const formatCost = (amount: number, currency: string) =>
	new Intl.NumberFormat('en', costFormat(currency)).format(amount)
const formatUnitCost = (amount: number, currency: string) =>
	new Intl.NumberFormat('en', unitCostFormat(amount, currency)).format(amount)

describe('campaign evidence', () => {
	test('every Alliance country has a currency from the list', () => {
		for (const code of ALLIANCE_COUNTRIES)
			expect(COST_CURRENCIES, code).toContain(currencyOfCountry(code))
		expect(currencyOfCountry('FR')).toBe('EUR')
		expect(currencyOfCountry('JP')).toBe('JPY')
	})

	test('costs are written in whole units', () => {
		expect(formatCost(450_000, 'EUR')).toBe('€450,000')
		expect(formatCost(450_000.4, 'EUR')).toBe('€450,000')
		expect(formatCost(1_500_000_000, 'VND')).toBe('₫1,500,000,000')
	})

	test('cost per person only when the reach counts people', () => {
		expect(costPerPerson({ reachCount: 1_800_000, reachUnit: 'people', costAmount: 450_000 })).toBe(
			0.25,
		)
		expect(costPerPerson({ reachCount: 2_400_000, reachUnit: 'views', costAmount: 350_000 })).toBe(
			null,
		)
		expect(costPerPerson({ reachCount: 0, reachUnit: 'people', costAmount: 1000 })).toBe(null)
		expect(costPerPerson({ reachCount: 1000, reachUnit: 'people', costAmount: null })).toBe(null)
		expect(formatUnitCost(0.25, 'EUR')).toBe('€0.25')
		expect(formatUnitCost(0.2, 'EUR')).toBe('€0.20')
		expect(formatUnitCost(0.004_2, 'EUR')).toBe('€0.0042')
		expect(formatUnitCost(4285.7, 'VND')).toBe('₫4,286')
	})

	test('years: the span shown, the years a campaign ran, the months it can hold', () => {
		expect(campaignYears(2019, 2024)).toBe('2019–2024')
		expect(campaignYears(2022, 2022)).toBe('2022')
		expect(campaignYears(null, 2022)).toBe('2022')
		expect(campaignYears(null, null)).toBe('')
		expect(yearsRunning(2019, 2021)).toEqual([2019, 2020, 2021])
		expect(yearsRunning(2022, null)).toEqual([2022])
		expect(yearsRunning(2024, 2020)).toEqual([])
		expect(yearsRunning(1, 100_000)).toHaveLength(100)
		expect(maxMonthsWithin(2021, 2022)).toBe(24)
		expect(maxMonthsWithin(2021, null)).toBe(null)
	})
})
