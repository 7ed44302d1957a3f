/**
 * Poster template rendering benchmark: what renderPoster costs for an A4
 * poster at 150 dpi (1240×1754 px) with six text slots, in Latin, Arabic
 * and Chinese script, against bare compositing of the same text.
 *
 *   npx tsx bench/render.ts [--rounds 10]
 *
 * The background is tests/fixtures/golden/golden.ts's, drawn at A4 size.
 * In this process:
 * - render: app/media/poster-render.server.ts's renderPoster, the whole
 *   job: checks, text cleaning, the font-size search (each step a Pango
 *   layout), compositing and the PNG;
 * - baseline: the same number of text images, rendered once beforehand at
 *   the sizes renderPoster chose, composited onto the same background with
 *   sharp and written as PNG at the same settings: no layout, no fitting.
 * The first render of each language (fontconfig loading the fonts) is timed
 * apart as "cold" and is not in the figures; then each round runs every
 * language's render and baseline, the languages in a rotating order.
 *
 * Printed: p50 and p95 per language of both, the ratio render ÷ baseline
 * (p50), whether the render meets the target (p95 under 300 ms), what the
 * PDF (A4) and the WebP made from the English poster take, and the print
 * PDFs: the template rendered again at 300 ppi for A4 and A3 with the
 * credit as text (English and Arabic in turn), against the PDF made from
 * the 150 dpi poster as it is.
 *
 * Then artwork with words on it: the English render again with every box
 * covering the artwork under it (a fill), against the same render without
 * fills in the same rounds, and what sampling the six boxes' colours from
 * the background takes (sampleEdgeColours: what the template editor does
 * on every load to offer a colour).
 */
import os from 'node:os'
import sharp, { type OverlayOptions } from 'sharp'
import type { PosterTemplate, TemplateSlot } from '#app/domain/poster-template.ts'
import { printPixelSize } from '#app/domain/print.ts'
import { fontFamiliesFor } from '#app/media/font-families.ts'
import {
	posterToPdf,
	posterToWebp,
	renderPoster,
	sampleEdgeColours,
	type SlotText,
} from '#app/media/poster-render.server.ts'
import { makeBackground } from '#tests/fixtures/golden/golden.ts'

const WIDTH = 1240
const HEIGHT = 1754
const TARGET_MS = 300

const slot = (s: Omit<TemplateSlot, 'kind'>): TemplateSlot => ({ kind: 'text', ...s })

// Boxes laid over the background's features: the light band holds the
// helpline and its label, the dark strip the footer.
const TEMPLATE: PosterTemplate = {
	width: WIDTH,
	height: HEIGHT,
	slots: [
		slot({
			id: 'headline',
			x: 100,
			y: 110,
			width: 1040,
			height: 380,
			fontSize: 120,
			color: '#ffffff',
			align: 'start',
			weight: 'bold',
		}),
		slot({
			id: 'subhead',
			x: 100,
			y: 520,
			width: 1040,
			height: 160,
			fontSize: 56,
			color: '#ffffff',
			align: 'start',
		}),
		slot({
			id: 'body',
			x: 100,
			y: 710,
			width: 1040,
			height: 440,
			fontSize: 44,
			color: '#ffffff',
			align: 'start',
		}),
		slot({
			id: 'helpline',
			x: 150,
			y: 1280,
			width: 940,
			height: 150,
			fontSize: 140,
			color: '#1b2430',
			align: 'center',
			weight: 'bold',
		}),
		slot({
			id: 'label',
			x: 150,
			y: 1435,
			width: 940,
			height: 90,
			fontSize: 48,
			color: '#1b2430',
			align: 'center',
		}),
		slot({
			id: 'footer',
			x: 100,
			y: 1610,
			width: 1040,
			height: 110,
			fontSize: 34,
			color: '#ffffff',
			align: 'start',
		}),
	],
}

const TEXTS: Record<string, Record<string, string>> = {
	en: {
		headline: 'Talk to your child about online strangers',
		subhead: 'Most children meet new people online. Few tell anyone when it goes wrong.',
		body: 'Ask which apps and games they use, and who they talk to there. Tell them that someone they only know online is still a stranger, however kind they seem. Agree together what they will do if someone asks for photos, wants to keep a secret or offers gifts. Tell them they can always come to you if something online makes them uneasy: they will not be in trouble.',
		helpline: '116 111',
		label: 'Free and confidential, 24 hours a day',
		footer: 'A campaign of the Global Alliance against child sexual abuse online',
	},
	ar: {
		headline: 'تحدّث مع طفلك عن الغرباء على الإنترنت',
		subhead:
			'يتعرّف معظم الأطفال على أشخاص جدد عبر الإنترنت، وقليل منهم يخبر أحدًا عندما يسوء الأمر.',
		body: 'اسأله عن التطبيقات والألعاب التي يستخدمها ومع من يتحدث فيها. قل له إن الشخص الذي لا يعرفه إلا عبر الإنترنت يبقى غريبًا مهما بدا لطيفًا. اتفقا معًا على ما سيفعله إذا طلب منه أحد صورًا أو أراد أن يبقى الأمر سرًّا أو عرض عليه هدايا. قل له إنه يستطيع دائمًا أن يلجأ إليك إذا أزعجه شيء على الإنترنت، ولن يُعاقَب على ذلك.',
		helpline: '116 111',
		label: 'مجاني وسري، على مدار الساعة',
		footer: 'حملة من التحالف العالمي لمكافحة الاعتداء الجنسي على الأطفال عبر الإنترنت',
	},
	'zh-CN': {
		headline: '和孩子谈谈网上的陌生人',
		subhead: '大多数孩子都会在网上认识新朋友，但出了问题时很少有人告诉别人。',
		body: '问问孩子在用哪些应用和游戏，在上面和谁聊天。告诉孩子，只在网上认识的人，无论看起来多么友善，仍然是陌生人。和孩子一起商量好：如果有人索要照片、要求保守秘密或者送礼物，该怎么做。告诉孩子，如果网上有什么让他们不安，随时可以来找你——他们不会因此受到责备。',
		helpline: '116 111',
		label: '免费、保密，全天24小时',
		footer: '全球打击网上儿童性虐待联盟的宣传活动',
	},
}
const LANGUAGES = Object.keys(TEXTS)

function textsFor(lang: string): Record<string, SlotText> {
	return Object.fromEntries(Object.entries(TEXTS[lang]!).map(([id, text]) => [id, { text, lang }]))
}

/** The text images the baseline composites: each slot's text at the size renderPoster chose. */
async function preRendered(lang: string, fitted: Record<string, number>) {
	const layers: OverlayOptions[] = []
	for (const s of TEMPLATE.slots) {
		const text = TEXTS[lang]![s.id]!
		const { data, info } = await sharp({
			text: {
				text: `<span lang="${lang}" foreground="${s.color}" font_weight="${s.weight ?? 'normal'}">${text}</span>`,
				font: `${fontFamiliesFor(lang, text).join(', ')} ${fitted[s.id]}`,
				dpi: 72,
				width: s.width,
				wrap: 'word-char',
				rgba: true,
			},
		})
			.raw()
			.toBuffer({ resolveWithObject: true })
		layers.push({
			input: data,
			raw: { width: info.width, height: info.height, channels: 4 },
			left: s.x,
			top: s.y,
		})
	}
	return layers
}

function parseArgs(argv: string[]) {
	const i = argv.indexOf('--rounds')
	const rounds = Number(i >= 0 ? argv[i + 1] : 10)
	if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds takes a positive integer')
	return { rounds }
}

function percentile(xs: number[], p: number) {
	const sorted = [...xs].sort((a, b) => a - b)
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
	const started = performance.now()
	const result = await run()
	return [performance.now() - started, result]
}

const { rounds } = parseArgs(process.argv.slice(2))
const background = await makeBackground(WIDTH, HEIGHT).png().toBuffer()

const runs = Object.fromEntries(
	LANGUAGES.map((lang) => [
		lang,
		{
			cold: 0,
			fitted: {} as Record<string, number>,
			bytes: 0,
			layers: [] as OverlayOptions[],
			render: [] as number[],
			baseline: [] as number[],
		},
	]),
)
for (const lang of LANGUAGES) {
	const run = runs[lang]!
	const [ms, poster] = await timed(() =>
		renderPoster({ background, template: TEMPLATE, texts: textsFor(lang) }),
	)
	run.cold = ms
	run.fitted = poster.fitted
	run.bytes = poster.png.length
	run.layers = await preRendered(lang, poster.fitted)
}
for (let round = 0; round < rounds; round++) {
	process.stderr.write(`round ${round + 1}/${rounds}\n`)
	for (let i = 0; i < LANGUAGES.length; i++) {
		const lang = LANGUAGES[(i + round) % LANGUAGES.length]!
		const run = runs[lang]!
		const [renderMs] = await timed(() =>
			renderPoster({ background, template: TEMPLATE, texts: textsFor(lang) }),
		)
		run.render.push(renderMs)
		const [baselineMs] = await timed(() =>
			sharp(background).composite(run.layers).removeAlpha().png().toBuffer(),
		)
		run.baseline.push(baselineMs)
	}
}

// The outputs made from a render: the print PDF and the WebP for pages.
const enPoster = await renderPoster({ background, template: TEMPLATE, texts: textsFor('en') })
const outputs = { pdf: [] as number[], webp: [] as number[] }
for (let round = 0; round < rounds; round++) {
	outputs.pdf.push((await timed(() => posterToPdf(enPoster.png, 'A4')))[0])
	outputs.webp.push((await timed(() => posterToWebp(enPoster.png)))[0])
}

// For print (app/domain/print.ts): the template rendered again at the sheet's
// size at 300 ppi, into a PDF with the credit as text, against the same PDF
// made from the 150 dpi poster as it is.
const CREDIT = {
	en: '“Talk to your child” by e-Enfance (France), CC BY 4.0. https://creativecommons.org/licenses/by/4.0/',
	ar: '«Talk to your child» من إعداد e-Enfance (فرنسا)، CC BY 4.0. https://creativecommons.org/licenses/by/4.0/',
} as const
const print = (['A4', 'A3'] as const).map((paper) => {
	const size = printPixelSize(paper, WIDTH, HEIGHT)
	return { paper, size, render: [] as number[], flat: [] as number[], bytes: 0, flatBytes: 0 }
})
for (let round = 0; round < rounds; round++) {
	for (const run of print) {
		const lang = round % 2 ? 'ar' : 'en'
		const [renderMs, pdf] = await timed(async () => {
			const poster = await renderPoster({
				background,
				template: TEMPLATE,
				texts: textsFor('en'),
				scale: run.size.width / WIDTH,
			})
			return posterToPdf(poster.png, run.paper, { credit: [{ text: CREDIT[lang], lang }] })
		})
		run.render.push(renderMs)
		run.bytes = pdf.length
		const [flatMs, flat] = await timed(() =>
			posterToPdf(enPoster.png, run.paper, { credit: [{ text: CREDIT[lang], lang }] }),
		)
		run.flat.push(flatMs)
		run.flatBytes = flat.length
	}
}

// Artwork with words on it: every box covers what is under it, in the
// colour the editor would offer.
const sampling: number[] = []
let colours: Record<string, string> = {}
for (let round = 0; round < rounds; round++) {
	const [took, sampled] = await timed(() => sampleEdgeColours(background, TEMPLATE.slots))
	sampling.push(took)
	colours = sampled
}
const covered: PosterTemplate = {
	...TEMPLATE,
	slots: TEMPLATE.slots.map((s) => ({ ...s, fill: colours[s.id] })),
}
const fills = { with: [] as number[], without: [] as number[] }
for (let round = 0; round < rounds; round++) {
	const order = round % 2 ? [covered, TEMPLATE] : [TEMPLATE, covered]
	for (const template of order) {
		const [took] = await timed(() => renderPoster({ background, template, texts: textsFor('en') }))
		fills[template === covered ? 'with' : 'without'].push(took)
	}
}

const ms = (x: number) => x.toFixed(0)
const lines: string[] = []
lines.push(
	`# Poster render benchmark (${os.cpus().length} cores, Node ${process.version}, sharp ${sharp.versions.sharp}, ` +
		`libvips ${sharp.versions.vips}, Pango ${sharp.versions.pango ?? '?'}, load average ${os
			.loadavg()
			.map((l) => l.toFixed(1))
			.join(' ')})`,
)
lines.push('')
lines.push(
	`A4 at 150 dpi (${WIDTH}×${HEIGHT} px), ${TEMPLATE.slots.length} text slots · ${rounds} rounds after one cold render per language`,
)
lines.push('')
lines.push(
	'| language | render p50 ms | render p95 ms | baseline p50 ms | baseline p95 ms | render ÷ baseline (p50) | cold ms | PNG | font sizes |',
)
lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---|')
for (const lang of LANGUAGES) {
	const run = runs[lang]!
	const p50 = percentile(run.render, 50)
	const base = percentile(run.baseline, 50)
	lines.push(
		`| ${lang} | ${ms(p50)} | ${ms(percentile(run.render, 95))} | ${ms(base)} | ${ms(percentile(run.baseline, 95))} | ` +
			`${(p50 / base).toFixed(2)} | ${ms(run.cold)} | ${(run.bytes / 1e3).toFixed(0)} kB | ` +
			`${TEMPLATE.slots.map((s) => `${s.id} ${run.fitted[s.id]}`).join(', ')} |`,
	)
}
lines.push('')
for (const lang of LANGUAGES) {
	const p95 = percentile(runs[lang]!.render, 95)
	lines.push(
		`${lang}: render p95 ${ms(p95)} ms, target < ${TARGET_MS} ms${p95 < TARGET_MS ? ', met' : ', NOT met'}  `,
	)
}
lines.push('')
lines.push(
	`from the en poster: posterToPdf A4 p50 ${ms(percentile(outputs.pdf, 50))} ms, ` +
		`posterToWebp p50 ${ms(percentile(outputs.webp, 50))} ms`,
)
lines.push('')
lines.push(
	'| print PDF | pixels | render + PDF p50 / p95 ms | PDF | from the 150 dpi poster p50 ms | its PDF |',
)
lines.push('|---|---|---:|---:|---:|---:|')
for (const run of print) {
	lines.push(
		`| ${run.paper} | ${run.size.width}×${run.size.height} | ${ms(percentile(run.render, 50))} / ${ms(percentile(run.render, 95))} | ` +
			`${(run.bytes / 1e6).toFixed(1)} MB | ${ms(percentile(run.flat, 50))} | ${(run.flatBytes / 1e6).toFixed(1)} MB |`,
	)
}
lines.push('')
lines.push(
	`artwork with words: en render with ${covered.slots.length} filled boxes p50 ${ms(percentile(fills.with, 50))} ms ` +
		`against ${ms(percentile(fills.without, 50))} ms without (ratio ${(percentile(fills.with, 50) / percentile(fills.without, 50)).toFixed(2)}); ` +
		`sampling their colours p50 ${ms(percentile(sampling, 50))} ms, p95 ${ms(percentile(sampling, 95))} ms`,
)
console.log(lines.join('\n'))
