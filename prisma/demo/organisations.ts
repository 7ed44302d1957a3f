/**
 * The organisations credited in the demo library, by demo campaign or
 * material id: invented names, with contacts under example.org (a domain
 * reserved for examples), so no real organisation is credited with a demo
 * campaign. A material listed here names its own; the others take their
 * campaign's, or none.
 */
export const DEMO_ORGANISATIONS: Record<string, { name: string; contact?: string }> = {
	// France: a parents' collective for the campaign; one of its posters is an association's.
	'demo-c-01': {
		name: 'Collectif Parents Connectés',
		contact: 'https://parents-connectes.example.org',
	},
	'demo-m-006': {
		name: 'Association Jeunes & Écrans',
		contact: 'ecoute@jeunes-ecrans.example.org',
	},
	// Belgium adapted the French poster: both organisations are credited.
	'demo-c-03': { name: 'Centre Vigilance Enfance', contact: 'info@vigilance-enfance.example.org' },
	'demo-c-05': { name: 'Initiative Sicher im Netz' },
	'demo-c-15': {
		name: 'Güvenli İnternet Derneği',
		contact: 'https://guvenli-internet.example.org',
	},
	// Names in their own script.
	'demo-c-20': { name: 'מרכז מוגנות ברשת', contact: 'https://mugan.example.org' },
	'demo-c-27': { name: 'こどもネット安全協議会', contact: 'https://kodomo-net.example.org' },
}
