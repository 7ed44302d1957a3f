/**
 * One demo account per role, documented in the README so a newcomer can try
 * every role. They share one password; the reviewer and the administrator
 * must use a second factor, so their TOTP secrets are fixed and public too
 * (`npm run demo:codes` prints their current codes). They are seeded, and
 * can sign in, only while the app serves this computer (APP_ORIGIN unset or
 * a loopback address) and from a browser on it: app/auth/demo.server.ts.
 */
export const DEMO_PASSWORD = 'demo-exchange-2026'
export const DEMO_USERS = [
	{
		id: 'demo-u-admin',
		email: 'admin@demo.example',
		name: 'Ada Admin',
		role: 'admin',
		country: null,
		totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
	},
	{
		id: 'demo-u-reviewer',
		email: 'reviewer@demo.example',
		name: 'Rui Reviewer',
		role: 'reviewer',
		country: null,
		totpSecret: 'KRUGKIDROVUWG2ZAMJZG653OEBTG66BA',
	},
	{
		id: 'demo-u-fr-coord',
		email: 'coordinator.fr@demo.example',
		name: 'Claire Coordinatrice',
		role: 'coordinator',
		country: 'FR',
		totpSecret: null,
	},
	{
		id: 'demo-u-fr-contrib',
		email: 'contributor.fr@demo.example',
		name: 'Camille Contributrice',
		role: 'contributor',
		country: 'FR',
		totpSecret: null,
	},
	{
		id: 'demo-u-il-contrib',
		email: 'contributor.il@demo.example',
		name: 'Noa Contributor',
		role: 'contributor',
		country: 'IL',
		totpSecret: null,
	},
	{
		// Belgium adapted France's demo poster: its coordinator hears when France revises it.
		id: 'demo-u-be-coord',
		email: 'coordinator.be@demo.example',
		name: 'Lotte Coördinator',
		role: 'coordinator',
		country: 'BE',
		totpSecret: null,
	},
	{
		id: 'demo-u-jp-coord',
		email: 'coordinator.jp@demo.example',
		name: 'Haru Coordinator',
		role: 'coordinator',
		country: 'JP',
		totpSecret: null,
	},
] as const
