/**
 * The charts' categorical colours, in order: the server draws the bars with
 * them (./charts.server.ts) and the page draws the legend beside each chart
 * with the same, so a colour means one thing in both.
 */
export const CHART_COLOURS = [
	'#0b4f8a',
	'#e3813b',
	'#5aa469',
	'#b8420f',
	'#7a5ea8',
	'#8a8f98',
] as const
