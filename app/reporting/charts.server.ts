import * as Plot from '@observablehq/plot'
import { parseHTML } from 'linkedom'
import { type JointFigures } from '#app/domain/joint-report.ts'
import { MEASURE_STATES } from '#app/domain/reporting.ts'
import { CHART_COLOURS } from './chart-colours.ts'

/**
 * The joint report's charts, drawn on the server as SVG with Observable
 * Plot on a DOM from linkedom: they show without JavaScript, in the page
 * and in the PDF alike. Plot puts a <style> element in what it draws; the
 * Content-Security-Policy (style-src 'self') would refuse it, so it is
 * removed here and the same rules live in app/styles/app.css under the
 * `chart` class. Each chart is an image with a name and a description (its
 * <title>), and the page shows a table of the same numbers beside it.
 */

export interface ChartLabels {
	/** The chart's name, read out for the image. */
	title: string
	/** One sentence saying what it shows. */
	description: string
	x?: string
	y?: string
}

export interface Chart {
	svg: string
}

/** The SVG's width in user units; it scales down to the page with the viewBox. */
const WIDTH = 640
/** Long labels (a target's name in full) are cut to this many characters on an axis. */
const MAX_TICK_LABEL = 28

function newDocument() {
	return parseHTML('<!doctype html><html><body></body></html>').document
}

/**
 * The SVG of a plot, without <style> elements, as an image with its name
 * and description: role="img", aria-label, and a <title> first. The legend
 * (Plot's swatches) is drawn by the page beside it, as HTML.
 */
function finish(element: Element, labels: ChartLabels) {
	const svg = element.tagName.toLowerCase() === 'svg' ? element : element.querySelector('svg')
	if (!svg) throw new Error('Plot drew no SVG')
	for (const style of [...svg.querySelectorAll('style')]) style.remove()
	// Plot names its groups (aria-label on <g>), which an image's parts may not
	// carry; the image is described by its <title>, and the table beside it.
	for (const named of [...svg.querySelectorAll('[aria-label], [aria-description]')]) {
		named.removeAttribute('aria-label')
		named.removeAttribute('aria-description')
	}
	svg.setAttribute('role', 'img')
	svg.setAttribute('aria-label', labels.title)
	svg.removeAttribute('aria-description')
	svg.setAttribute('class', 'chart')
	svg.setAttribute('direction', 'ltr')
	const doc = svg.ownerDocument
	const title = doc.createElementNS('http://www.w3.org/2000/svg', 'title')
	title.textContent = `${labels.title}. ${labels.description}`
	svg.insertBefore(title, svg.firstChild)
	return svg.outerHTML
}

/** Counts are whole: ticks at whole numbers only, about six of them. */
function countTicks(max: number) {
	const step = Math.max(1, Math.ceil(max / 6))
	return Array.from({ length: Math.floor(Math.max(max, 1) / step) + 1 }, (_, i) => i * step)
}

function cut(label: string) {
	return label.length > MAX_TICK_LABEL ? `${label.slice(0, MAX_TICK_LABEL - 1)}…` : label
}

export interface StackedBar {
	/** A row's label: a year, a target. */
	row: string
	/** A part's label: accepted, announced... */
	part: string
	value: number
}

/**
 * Horizontal stacked bars, a row per group and a colour per part (in the
 * order of `parts`). Rows keep the order given.
 */
export function renderStackedBars(data: StackedBar[], parts: string[], labels: ChartLabels): Chart {
	const rows = [...new Set(data.map((d) => d.row))]
	const totals = rows.map((row) =>
		data.filter((d) => d.row === row).reduce((sum, d) => sum + d.value, 0),
	)
	const element = Plot.plot({
		document: newDocument(),
		width: WIDTH,
		height: 40 + rows.length * 34,
		marginLeft: 190,
		marginRight: 20,
		x: {
			label: labels.x ?? null,
			grid: true,
			domain: [0, Math.max(1, ...totals)],
			ticks: countTicks(Math.max(1, ...totals)),
			tickFormat: 'd',
		},
		y: { label: labels.y ?? null, domain: rows, tickFormat: cut },
		color: { domain: parts, range: CHART_COLOURS.slice(0, parts.length) },
		marks: [
			Plot.barX(
				data.filter((d) => d.value > 0),
				Plot.stackX({
					x: 'value',
					y: 'row',
					fill: 'part',
					order: parts,
				}),
			),
			Plot.ruleX([0]),
		],
	}) as unknown as Element
	return { svg: finish(element, labels) }
}

/** Vertical bars, one per key, in the order given. */
export function renderBars(data: { key: string; value: number }[], labels: ChartLabels): Chart {
	const element = Plot.plot({
		document: newDocument(),
		width: WIDTH,
		height: 260,
		marginBottom: 40,
		x: { label: labels.x ?? null, domain: data.map((d) => d.key), tickFormat: cut },
		y: {
			label: labels.y ?? null,
			grid: true,
			domain: [0, Math.max(1, ...data.map((d) => d.value))],
			ticks: countTicks(Math.max(1, ...data.map((d) => d.value))),
			tickFormat: 'd',
		},
		marks: [Plot.barY(data, { x: 'key', y: 'value', fill: CHART_COLOURS[0] }), Plot.ruleY([0])],
	}) as unknown as Element
	return { svg: finish(element, labels) }
}

/** What the joint report's charts say, in the reader's language. */
export interface JointChartText {
	participation: ChartLabels
	measuresByKind: ChartLabels
	carriedByState: ChartLabels
	languages: ChartLabels
	/** Labels of rows and parts. */
	year: (year: number) => string
	target: (key: string) => string
	status: Record<'accepted' | 'submitted' | 'none', string>
	kind: Record<'in-place' | 'announced' | 'carried', string>
	state: Record<(typeof MEASURE_STATES)[number] | 'unstated', string>
	language: (code: string) => string
}

/** The languages chart shows the most used; the table beside it lists them all. */
export const LANGUAGE_CHART_LIMIT = 15

export function renderJointCharts(figures: JointFigures, text: JointChartText) {
	const participation = renderStackedBars(
		figures.participation.byYear.flatMap((y) => [
			{ row: text.year(y.year), part: text.status.accepted, value: y.accepted },
			{ row: text.year(y.year), part: text.status.submitted, value: y.reported - y.accepted },
			{ row: text.year(y.year), part: text.status.none, value: y.alliance - y.reported },
		]),
		[text.status.accepted, text.status.submitted, text.status.none],
		text.participation,
	)
	const kinds = ['in-place', 'announced', 'carried'] as const
	const measuresByKind = renderStackedBars(
		figures.targets.flatMap((t) =>
			kinds.map((kind) => ({
				row: text.target(t.key),
				part: text.kind[kind],
				value:
					kind === 'carried'
						? Object.values(t.carried).reduce((sum, c) => sum + c.count, 0)
						: kind === 'in-place'
							? t.inPlace.count
							: t.announced.count,
			})),
		),
		kinds.map((k) => text.kind[k]),
		text.measuresByKind,
	)
	const states = [...MEASURE_STATES, 'unstated'] as const
	const carriedByState = renderStackedBars(
		figures.targets.flatMap((t) =>
			states.map((state) => ({
				row: text.target(t.key),
				part: text.state[state],
				value: t.carried[state].count,
			})),
		),
		states.map((s) => text.state[s]),
		text.carriedByState,
	)
	const languages = renderBars(
		figures.exchange.byLanguage
			.slice(0, LANGUAGE_CHART_LIMIT)
			.map((l) => ({ key: text.language(l.key), value: l.count })),
		text.languages,
	)
	return { participation, measuresByKind, carriedByState, languages }
}
