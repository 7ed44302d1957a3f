import { redirect } from '@remix-run/node'
import { getUser, type SessionUser } from '#app/auth/session.server.ts'
import { countryName } from '#app/domain/countries.ts'
import { languageName, type UiLanguage } from '#app/domain/languages.ts'
import { can } from '#app/domain/permissions.ts'
import { isRoundSecretariat, mayReadRound, structureText } from '#app/domain/reporting.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { getJointReport } from '#app/models/reporting/joint-report.server.ts'
import { getRound, type RoundWithStructure } from '#app/models/reporting/rounds.server.ts'
import { renderJointCharts } from '#app/reporting/charts.server.ts'
import { targetLabel } from '#app/components/joint-report-view.tsx'
import { PdfUnavailableError, renderPdf } from '#app/reporting/pdf.server.ts'
import { contentDisposition } from './__download.server.ts'

/**
 * What the reporting routes share: who may see a round, and the joint
 * report ready to show (figures, charts in the reader's language, the
 * targets' names), for the page and the PDF alike.
 */

export interface RoundViewer {
	user: SessionUser | null
	round: RoundWithStructure
	/** Acts for the round's secretariat (its participant's people, or an administrator). */
	secretariat: boolean
	/** May open and close rounds. */
	admin: boolean
}

/**
 * The round, if the request may see it: everyone for a public round, the
 * Alliance's people (anyone with a role) for a members-only one, and its
 * secretariat always. Anonymous readers of a members-only round are sent to
 * sign in; anybody else who may not see it gets a 404, as if it did not exist.
 */
export async function requireRoundReader(request: Request, roundId: string, lang: string) {
	const round = await getRound(roundId)
	if (!round) throw new Response('Not found', { status: 404 })
	const user = await getUser(request)
	const secretariat = !!user && isRoundSecretariat(user, round)
	if (!secretariat && !mayReadRound(user, round)) {
		if (!user) {
			const url = new URL(request.url)
			throw redirect(`/${lang}/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`)
		}
		throw new Response('Not found', { status: 404 })
	}
	return {
		user,
		round,
		secretariat,
		admin: !!user && can(user, 'manage', 'reporting-round'),
	} satisfies RoundViewer
}

/** The targets of a round in the reader's language (or English). */
export function targetTitles(round: RoundWithStructure, lang: string) {
	return round.targets.map((target) => {
		const texts = (() => {
			try {
				return JSON.parse(target.texts) as Record<string, string>
			} catch {
				return {}
			}
		})()
		return {
			key: target.key,
			title: structureText(target.texts, lang),
			lang: texts[lang] ? lang : 'en',
		}
	})
}

/**
 * The joint report as the viewer may see it: published (the round closed)
 * for readers; the secretariat also sees the draft as it stands, with the
 * figures assembled from what is accepted now. Null: not published yet.
 */
export async function loadJointView(viewer: RoundViewer, lang: UiLanguage) {
	const joint = await getJointReport(viewer.round)
	if (!joint.publishedAt && !viewer.secretariat) return null
	const t = getFixedT(lang, 'reporting')
	const charts = renderJointCharts(joint.figures, {
		participation: {
			title: t('joint.participation.chart'),
			description: t('joint.participation.chartDescription'),
			x: t('joint.participation.axis'),
		},
		measuresByKind: {
			title: t('joint.measures.byKindChart'),
			description: t('joint.measures.byKindDescription'),
			x: t('joint.measures.axis'),
		},
		carriedByState: {
			title: t('joint.measures.byStateChart'),
			description: t('joint.measures.byStateDescription'),
			x: t('joint.measures.axis'),
		},
		languages: {
			title: t('joint.exchange.languagesChart'),
			description: t('joint.exchange.languagesDescription'),
			y: t('joint.exchange.materialsColumn'),
		},
		year: (year) => t('joint.participation.year', { year }),
		target: (key) => targetLabel(t, key),
		status: {
			accepted: t('joint.participation.accepted'),
			submitted: t('joint.participation.submitted'),
			none: t('joint.participation.none'),
		},
		kind: {
			'in-place': t('kind.in-place'),
			announced: t('kind.announced'),
			carried: t('kind.carried'),
		},
		state: {
			done: t('state.done'),
			'in-progress': t('state.in-progress'),
			'not-started': t('state.not-started'),
			dropped: t('state.dropped'),
			unstated: t('state.unstated'),
		},
		language: (code) => languageName(code, lang),
	})
	return {
		figures: joint.figures,
		narratives: joint.narratives,
		revision: joint.revision,
		publishedAt: joint.publishedAt?.toISOString() ?? null,
		bestPracticeIds: joint.bestPracticeIds,
		charts: {
			participation: charts.participation.svg,
			measuresByKind: charts.measuresByKind.svg,
			carriedByState: charts.carriedByState.svg,
			languages: charts.languages.svg,
		},
		targets: targetTitles(viewer.round, lang),
	}
}

/** A round's title and facts for a page or a print header. */
export function roundFacts(round: RoundWithStructure, lang: string) {
	return {
		id: round.id,
		title: round.title,
		kind: round.kind,
		status: round.status,
		visibility: round.visibility,
		periodStart: round.periodStart.toISOString(),
		periodEnd: round.periodEnd.toISOString(),
		dueDate: round.dueDate.toISOString(),
		secretariatCountryCode: round.secretariatCountryCode,
		secretariatName: countryName(round.secretariatCountryCode, lang),
		closedAt: round.closedAt?.toISOString() ?? null,
		previousRoundId: round.previousRoundId,
	}
}

/**
 * A PDF printed from `html`, as a download named `fileName`; when Chromium
 * is missing, busy or stuck, a translated 503 that says so instead.
 */
export async function pdfResponse(lang: UiLanguage, html: string, fileName: string) {
	try {
		const pdf = await renderPdf(html)
		return new Response(new Uint8Array(pdf), {
			headers: {
				'content-type': 'application/pdf',
				'content-disposition': contentDisposition(fileName),
				'cache-control': 'private, no-store',
			},
		})
	} catch (error) {
		if (!(error instanceof PdfUnavailableError)) throw error
		const t = getFixedT(lang, 'reporting')
		return new Response(t(`exports.pdfErrors.${error.reason}`), {
			status: 503,
			headers: {
				'content-type': 'text/plain; charset=utf-8',
				'retry-after': error.reason === 'no-chromium' ? '3600' : '30',
			},
		})
	}
}

/** A file download's headers, never cached by a shared cache (members-only rounds). */
export function downloadHeaders(type: string, fileName: string) {
	return {
		'content-type': type,
		'content-disposition': contentDisposition(fileName),
		'cache-control': 'private, no-store',
	}
}
