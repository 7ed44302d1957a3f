/**
 * Deterministic synthetic data for benchmarks: any number of materials with
 * realistic multilingual text about online child safety, streamed so that a
 * million of them fit in memory, and written straight into SQLite with
 * better-sqlite3 (no Prisma on the hot path).
 *
 * Material `i` depends only on (seed, i, count): the same arguments always
 * give the same rows, so benchmark figures are comparable between runs.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { ALLIANCE_COUNTRIES, allianceSince } from '../../app/domain/countries.ts'
import {
	type AccessibilityFeature,
	type Audience,
	type DerivationKind,
	type Licence,
	type MaterialStatus,
	type ResourceType,
	type Risk,
} from '../../app/domain/vocabularies.ts'

// ---------------------------------------------------------------------------
// Random numbers

export type Rng = () => number

/** mulberry32: a tiny, fast 32-bit PRNG; returns floats in [0, 1). */
export function createRng(seed: number): Rng {
	let state = seed >>> 0
	return () => {
		state = (state + 0x6d2b79f5) >>> 0
		let t = state
		t = Math.imul(t ^ (t >>> 15), t | 1)
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296
	}
}

/** Mixes a seed and an index into a well-spread 32-bit seed (murmur3 finalizer). */
function mixSeed(seed: number, index: number) {
	let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0
	h ^= h >>> 16
	h = Math.imul(h, 0x85ebca6b)
	h ^= h >>> 13
	h = Math.imul(h, 0xc2b2ae35)
	h ^= h >>> 16
	return h >>> 0
}

function pick<T>(rng: Rng, values: readonly T[]): T {
	return values[Math.floor(rng() * values.length)]!
}

interface WeightedTable<T> {
	values: T[]
	cumulative: number[]
	total: number
}

function weighted<T extends string>(weights: Readonly<Record<T, number>>): WeightedTable<T> {
	const values = Object.keys(weights) as T[]
	const cumulative: number[] = []
	let total = 0
	for (const value of values) {
		total += weights[value]
		cumulative.push(total)
	}
	return { values, cumulative, total }
}

function draw<T>(rng: Rng, table: WeightedTable<T>): T {
	const x = rng() * table.total
	const { cumulative, values } = table
	for (let i = 0; i < cumulative.length; i++) if (x < cumulative[i]!) return values[i]!
	return values[values.length - 1]!
}

/** `count` distinct values from a weighted table (count is small: 1 to 3). */
function drawDistinct<T>(rng: Rng, table: WeightedTable<T>, count: number): T[] {
	const out: T[] = []
	for (let tries = 0; out.length < count && tries < 20; tries++) {
		const value = draw(rng, table)
		if (!out.includes(value)) out.push(value)
	}
	return out
}

// ---------------------------------------------------------------------------
// Shapes

export interface SyntheticVersion {
	id: string
	lang: SyntheticLanguage
	title: string
	description: string
	extractedText: string
	revision: number
	createdAt: Date
	updatedAt: Date
}

export interface SyntheticMaterial {
	id: string
	countryCode: string
	campaignId: null
	resourceType: ResourceType
	audiences: Audience[]
	risks: Risk[]
	ageMin: number | null
	ageMax: number | null
	licence: Licence
	accessibility: AccessibilityFeature[]
	status: MaterialStatus
	originalLang: SyntheticLanguage
	derivedFromVersionId: string | null
	derivedFromRevision: number | null
	derivationKind: DerivationKind | null
	/** Null for drafts and submissions, which were never published. */
	publishedAt: Date | null
	createdAt: Date
	updatedAt: Date
	/** The original language first. */
	versions: SyntheticVersion[]
}

export function syntheticMaterialId(index: number) {
	return `syn-m-${String(index).padStart(8, '0')}`
}

export function syntheticVersionId(index: number, lang: string) {
	return `syn-v-${String(index).padStart(8, '0')}-${lang}`
}

// ---------------------------------------------------------------------------
// Distributions

const RESOURCE_TYPE_WEIGHTS = weighted<ResourceType>({
	poster: 20,
	leaflet: 18,
	video: 14,
	'lesson-plan': 10,
	presentation: 8,
	'game-quiz': 5,
	'social-media-kit': 10,
	guide: 12,
	'audio-spot': 3,
})

const AUDIENCE_WEIGHTS = weighted<Audience>({
	children: 20,
	'young-people': 25,
	'parents-carers': 25,
	'teachers-educators': 15,
	professionals: 8,
	'general-public': 7,
})

const RISK_WEIGHTS = weighted<Risk>({
	grooming: 25,
	'self-generated': 15,
	sextortion: 18,
	'non-consensual-sharing': 10,
	'sexual-exploitation': 12,
	'reporting-help': 20,
})

const LICENCE_WEIGHTS = weighted<Licence>({
	'cc-by-4.0': 25,
	'cc-by-sa-4.0': 8,
	'cc-by-nc-4.0': 18,
	'cc-by-nc-sa-4.0': 15,
	'cc-by-nd-4.0': 5,
	'cc-by-nc-nd-4.0': 15,
	'cc0-1.0': 4,
	'all-rights-reserved': 10,
})

const ACCESSIBILITY_WEIGHTS = weighted<AccessibilityFeature>({
	captions: 6,
	'audio-description': 2,
	'sign-language': 2,
	'easy-read': 4,
	'screen-reader-pdf': 5,
	'alt-text': 6,
	'large-print': 2,
})

const STATUS_WEIGHTS = weighted<MaterialStatus>({
	published: 95,
	draft: 2,
	submitted: 1,
	'changes-requested': 1,
	withdrawn: 1,
})

/** Age ranges by the material's first audience; null is an open bound. */
const AGE_RANGES: Record<Audience, readonly (readonly [number | null, number | null])[]> = {
	children: [
		[6, 12],
		[8, 12],
		[5, 9],
		[null, 11],
		[9, 12],
		[7, 10],
	],
	'young-people': [
		[13, 17],
		[12, 16],
		[14, 18],
		[11, 15],
		[13, null],
		[15, 18],
	],
	'parents-carers': [
		[null, null],
		[18, null],
		[null, 17],
		[null, null],
	],
	'teachers-educators': [
		[null, null],
		[9, 14],
		[11, 18],
		[18, null],
	],
	professionals: [
		[18, null],
		[null, null],
	],
	'general-public': [
		[null, null],
		[16, null],
	],
}

interface CountryProfile {
	weight: number
	/** Languages its materials are first written in (repeat one to weight it). */
	langs: SyntheticLanguage[]
	/** Languages it likes to add translations in. */
	extra: SyntheticLanguage[]
}

const COUNTRY_OVERRIDES: Record<string, Partial<CountryProfile>> = {
	GB: { weight: 8, extra: ['ar', 'pl', 'zh'] },
	US: { weight: 8, extra: ['es', 'zh'] },
	FR: { weight: 7, langs: ['fr'], extra: ['ar', 'en'] },
	DE: { weight: 6, langs: ['de'], extra: ['tr', 'ar', 'ru', 'en'] },
	ES: { weight: 5, langs: ['es'], extra: ['en', 'ar'] },
	IT: { weight: 5, langs: ['it'], extra: ['en'] },
	AU: { weight: 4, extra: ['zh', 'ar'] },
	CA: { weight: 4, langs: ['en', 'en', 'fr'], extra: ['fr', 'zh'] },
	BE: { weight: 3, langs: ['fr', 'fr', 'en'], extra: ['ar', 'de'] },
	NL: { weight: 3, extra: ['ar', 'tr'] },
	JP: { weight: 3, langs: ['ja'], extra: ['en'] },
	KR: { weight: 3, langs: ['ko'], extra: ['en'] },
	PL: { weight: 3, langs: ['pl'], extra: ['en'] },
	TR: { weight: 3, langs: ['tr'], extra: ['ar', 'en'] },
	MX: { weight: 3, langs: ['es'], extra: ['en'] },
	PT: { weight: 2, langs: ['pt'], extra: ['en'] },
	IE: { weight: 2 },
	NZ: { weight: 2, extra: ['zh'] },
	SE: { weight: 2, extra: ['ar'] },
	CH: { weight: 2, langs: ['de', 'de', 'fr', 'it'], extra: ['fr', 'it', 'en'] },
	AT: { weight: 2, langs: ['de'], extra: ['tr'] },
	PH: { weight: 2 },
	IL: { weight: 2, langs: ['en', 'ar'], extra: ['ar', 'ru'] },
	LU: { langs: ['fr', 'de'], extra: ['en'] },
	LV: { langs: ['en', 'ru'], extra: ['ru'] },
	EE: { langs: ['en', 'ru'], extra: ['ru'] },
	MD: { langs: ['ru', 'en'], extra: ['en'] },
	AM: { langs: ['ru', 'en'], extra: ['en'] },
	GE: { langs: ['en', 'ru'], extra: ['ru'] },
	CR: { langs: ['es'], extra: ['en'] },
}

const COUNTRY_PROFILES: Record<string, CountryProfile> = Object.fromEntries(
	ALLIANCE_COUNTRIES.map((code) => [
		code,
		{ weight: 1, langs: ['en'], extra: [], ...COUNTRY_OVERRIDES[code] } satisfies CountryProfile,
	]),
)

const COUNTRY_WEIGHTS = weighted<string>(
	Object.fromEntries(ALLIANCE_COUNTRIES.map((code) => [code, COUNTRY_PROFILES[code]!.weight])),
)

const TRANSLATION_LANG_WEIGHTS = weighted<SyntheticLanguage>({
	en: 30,
	fr: 12,
	es: 12,
	ar: 10,
	zh: 8,
	ru: 8,
	de: 6,
	ja: 3,
	it: 3,
	pt: 3,
	tr: 3,
	pl: 2,
	ko: 2,
})

/** Materials are spread over these dates, oldest first. */
const FIRST_PUBLISHED = Date.UTC(2014, 0, 1)
const LAST_PUBLISHED = Date.UTC(2026, 10, 1)
const DAY = 86_400_000

// ---------------------------------------------------------------------------
// Text

type AudienceGroup = 'young' | 'parents' | 'educators' | 'public'

const AUDIENCE_GROUP: Record<Audience, AudienceGroup> = {
	children: 'young',
	'young-people': 'young',
	'parents-carers': 'parents',
	'teachers-educators': 'educators',
	professionals: 'educators',
	'general-public': 'public',
}

/**
 * What a language needs to write about online child safety. Sentences may
 * hold `{p}` (a place online) and `{h}` (someone to tell); title templates
 * hold `{t}` (a topic). Broad sentences (`general`) go into most texts,
 * risk sentences only into materials about that risk, so word frequencies
 * look like a real collection: "children" everywhere, "sextortion" rarely.
 */
interface PhraseBank {
	/** Between sentences and words: '' for scripts written without spaces. */
	space: string
	places: string[]
	helpers: string[]
	/** Templates with {t}, or complete titles. */
	titles: string[]
	topics: Record<Risk, string[]>
	general: string[]
	risks: Record<Risk, string[]>
	audiences: Record<AudienceGroup, string[]>
	closing: string[]
}

const BANKS = {
	en: {
		space: ' ',
		places: [
			'social media',
			'online games',
			'chat apps',
			'video platforms',
			'messaging apps',
			'livestreaming sites',
			'group chats',
		],
		helpers: [
			'a trusted adult',
			'a parent or carer',
			'a teacher',
			'the school counsellor',
			'a helpline',
			'someone you trust',
		],
		titles: [
			'What parents need to know about {t}',
			'Talking to your child about {t}',
			'A guide for teachers on {t}',
			'Facts about {t} for young people',
			'{t}: questions and answers',
			'Understanding {t}',
			'Lesson plan: {t}',
			'Stay safe online',
			'Think before you share',
			'It is never your fault',
			'Tell someone you trust',
			'A safer internet starts at home',
		],
		topics: {
			grooming: ['online grooming', 'grooming in online games', 'the warning signs of grooming'],
			'self-generated': ['sharing nude images', 'self-generated images', 'sending nudes'],
			sextortion: ['sextortion', 'sexual extortion online', 'threats to share images'],
			'non-consensual-sharing': [
				'image-based abuse',
				'sharing images without consent',
				'leaked photos',
			],
			'sexual-exploitation': [
				'online sexual exploitation',
				'child sexual abuse online',
				'exploitation on social media',
			],
			'reporting-help': ['reporting online abuse', 'where to get help', 'helplines and reporting'],
		},
		general: [
			'Children and young people spend a large part of their lives online.',
			'Most children use the internet safely, but some meet people who want to harm them.',
			'Keeping children safe online is a shared responsibility.',
			'Talk openly and often with children about what they do online.',
			'The internet brings many opportunities for children, and some risks.',
			'Children should know that they can always ask for help.',
			'Online abuse is real abuse, and it can have lasting effects on children.',
			'Abuse is never the fault of the child.',
			'Privacy settings help, but they do not replace conversations at home.',
		],
		risks: {
			grooming: [
				'Groomers often pretend to be someone of the same age to gain trust.',
				'Grooming can start with compliments, gifts or in-game currency.',
				'An offender may try to move the conversation from {p} to a private chat.',
				'Be wary of anyone online who asks you to keep secrets.',
				'Grooming is a process in which an adult builds trust with a child in order to abuse them.',
			],
			'self-generated': [
				'Once an image is shared, it is very hard to control where it goes.',
				'Many young people are pressured into sending nude images.',
				'Self-generated images are often taken in a child’s own bedroom, with a phone or webcam.',
				'If someone asks for a nude picture, you have the right to say no.',
				'Sharing intimate images of anyone under 18 is illegal in most countries.',
			],
			sextortion: [
				'Sextortion is when someone threatens to share sexual images unless the victim pays or sends more.',
				'Do not pay and do not send more images: stop all contact and keep the evidence.',
				'Offenders behind sextortion often target teenage boys through {p}.',
				'Blackmail can feel overwhelming, but help is available and you are not in trouble.',
				'Take screenshots of the messages and the profile before you block the account.',
			],
			'non-consensual-sharing': [
				'Sharing someone’s intimate image without their consent is a form of abuse.',
				'If an image of you has been shared, it can be removed from many platforms.',
				'Do not forward images that were shared without consent; report them instead.',
				'Friends who see an image being passed around can help by not sharing it.',
			],
			'sexual-exploitation': [
				'Child sexual abuse material records the real abuse of real children.',
				'Every time child sexual abuse material is viewed or shared, the victim is harmed again.',
				'Offenders may use {p} to contact many children at the same time.',
				'Exploitation can involve money, gifts or promises of attention and love.',
			],
			'reporting-help': [
				'You can report child sexual abuse material anonymously to a national hotline.',
				'If a child is in immediate danger, call the police.',
				'Tell {h} about anything online that made you feel uncomfortable.',
				'Helplines offer free and confidential support to children and parents.',
				'Reporting an account on {p} helps protect other children too.',
			],
		},
		audiences: {
			young: [
				'If something online feels wrong, trust your instincts.',
				'You can always talk to {h}, even if you think you broke a rule.',
				'Real friends will never pressure you to send pictures.',
			],
			parents: [
				'Parents and carers can make a difference by staying curious and calm.',
				'Ask your child which apps and games they enjoy, and try them together.',
				'If your child tells you about abuse, listen, believe them and do not blame them.',
			],
			educators: [
				'Teachers can include online safety in lessons from primary school onwards.',
				'This material can be used in a classroom session of about 45 minutes.',
				'Professionals should follow their safeguarding procedures when a child discloses abuse.',
			],
			public: [
				'Everyone can help make the internet a safer place for children.',
				'Learn the facts and share this message with your community.',
			],
		},
		closing: [
			'Report it. Talk about it. Get help.',
			'Visit the national helpline website for more information.',
			'Together we can protect children online.',
		],
	},
	fr: {
		space: ' ',
		places: [
			'les réseaux sociaux',
			'les jeux en ligne',
			'les messageries',
			'les plateformes vidéo',
			'les applications de discussion',
			'les sites de diffusion en direct',
		],
		helpers: [
			'un adulte de confiance',
			'tes parents',
			'un enseignant',
			'l’infirmière scolaire',
			'une ligne d’écoute',
			'quelqu’un de confiance',
		],
		titles: [
			'Ce que les parents doivent savoir sur {t}',
			'En parler avec son enfant : {t}',
			'Guide pour les enseignants sur {t}',
			'Comprendre {t}',
			'Fiche pédagogique : {t}',
			'{t} : questions et réponses',
			'Reste en sécurité en ligne',
			'Réfléchis avant de partager',
			'Ce n’est jamais ta faute',
			'Parles-en à quelqu’un de confiance',
			'Pour un internet plus sûr',
		],
		topics: {
			grooming: [
				'le grooming en ligne',
				'la manipulation des enfants en ligne',
				'les signes du grooming',
			],
			'self-generated': [
				'le partage de photos intimes',
				'les images autoproduites',
				'l’envoi de nudes',
			],
			sextortion: [
				'la sextorsion',
				'le chantage sexuel en ligne',
				'les menaces de diffusion d’images',
			],
			'non-consensual-sharing': [
				'la diffusion d’images sans consentement',
				'les photos intimes diffusées sans accord',
				'les violences sexuelles numériques',
			],
			'sexual-exploitation': [
				'l’exploitation sexuelle en ligne',
				'les violences sexuelles faites aux enfants en ligne',
				'l’exploitation sur les réseaux sociaux',
			],
			'reporting-help': [
				'le signalement des contenus illicites',
				'l’aide aux victimes',
				'les lignes d’écoute',
			],
		},
		general: [
			'Les enfants et les jeunes passent une grande partie de leur vie en ligne.',
			'La plupart des enfants utilisent internet sans danger, mais certains rencontrent des personnes qui veulent leur nuire.',
			'Protéger les enfants en ligne est une responsabilité partagée.',
			'Parlez ouvertement et régulièrement avec les enfants de ce qu’ils font en ligne.',
			'Internet offre de nombreuses possibilités aux enfants, mais aussi des risques.',
			'Les enfants doivent savoir qu’ils peuvent toujours demander de l’aide.',
			'Les violences en ligne sont de vraies violences, aux conséquences durables pour les enfants.',
			'L’enfant n’est jamais responsable des violences qu’il subit.',
			'Les paramètres de confidentialité aident, mais ils ne remplacent pas le dialogue en famille.',
		],
		risks: {
			grooming: [
				'Les agresseurs se font souvent passer pour un enfant du même âge afin de gagner sa confiance.',
				'Le grooming peut commencer par des compliments, des cadeaux ou de la monnaie virtuelle dans un jeu.',
				'Un agresseur peut essayer de déplacer la conversation depuis {p} vers un échange privé.',
				'Méfie-toi de toute personne en ligne qui te demande de garder des secrets.',
				'Le grooming est un processus par lequel un adulte gagne la confiance d’un enfant dans le but de l’abuser.',
			],
			'self-generated': [
				'Une fois qu’une image est partagée, il est très difficile de contrôler où elle circule.',
				'Beaucoup de jeunes subissent des pressions pour envoyer des photos intimes.',
				'Les images autoproduites sont souvent prises dans la chambre de l’enfant, avec un téléphone ou une webcam.',
				'Si quelqu’un te demande une photo dénudée, tu as le droit de dire non.',
				'Partager des images intimes d’une personne de moins de 18 ans est illégal dans la plupart des pays.',
			],
			sextortion: [
				'La sextorsion, c’est quand quelqu’un menace de diffuser des images sexuelles si la victime ne paie pas ou n’en envoie pas davantage.',
				'Ne paie pas et n’envoie plus d’images : coupe tout contact et garde les preuves.',
				'Les auteurs de sextorsion ciblent souvent les garçons adolescents sur {p}.',
				'Le chantage peut sembler insurmontable, mais de l’aide existe et tu n’as rien fait de mal.',
				'Fais des captures d’écran des messages et du profil avant de bloquer le compte.',
			],
			'non-consensual-sharing': [
				'Diffuser l’image intime de quelqu’un sans son consentement est une forme de violence.',
				'Si une image de toi a été partagée, elle peut être retirée de nombreuses plateformes.',
				'Ne transfère pas des images partagées sans consentement : signale-les.',
				'Les amis qui voient circuler une image peuvent aider en refusant de la partager.',
			],
			'sexual-exploitation': [
				'Les contenus d’abus sexuels sur enfants montrent des violences réelles commises sur de vrais enfants.',
				'Chaque fois qu’un contenu d’abus sexuel sur enfant est vu ou partagé, la victime est à nouveau blessée.',
				'Les agresseurs peuvent utiliser {p} pour contacter de nombreux enfants en même temps.',
				'L’exploitation peut passer par de l’argent, des cadeaux ou des promesses d’attention et d’amour.',
			],
			'reporting-help': [
				'Vous pouvez signaler anonymement des contenus d’abus sexuels sur enfants à une plateforme nationale.',
				'Si un enfant est en danger immédiat, appelez la police.',
				'Parle à {h} de tout ce qui t’a mis mal à l’aise en ligne.',
				'Les lignes d’écoute offrent un soutien gratuit et confidentiel aux enfants et aux parents.',
				'Signaler un compte sur {p} aide aussi à protéger d’autres enfants.',
			],
		},
		audiences: {
			young: [
				'Si quelque chose te semble bizarre en ligne, fais confiance à ton instinct.',
				'Tu peux toujours en parler à {h}, même si tu penses avoir enfreint une règle.',
				'Un vrai ami ne te forcera jamais à envoyer des photos.',
			],
			parents: [
				'Les parents peuvent faire la différence en restant curieux et calmes.',
				'Demandez à votre enfant quels jeux et applications il aime, et essayez-les ensemble.',
				'Si votre enfant vous parle de violences, écoutez-le, croyez-le et ne le blâmez pas.',
			],
			educators: [
				'Les enseignants peuvent aborder la sécurité en ligne dès l’école primaire.',
				'Ce support peut être utilisé lors d’une séance de classe d’environ 45 minutes.',
				'Les professionnels doivent suivre leurs procédures de protection lorsqu’un enfant révèle des violences.',
			],
			public: [
				'Chacun peut contribuer à rendre internet plus sûr pour les enfants.',
				'Informez-vous et partagez ce message autour de vous.',
			],
		},
		closing: [
			'Signale. Parles-en. Fais-toi aider.',
			'Consultez le site de la ligne d’écoute nationale pour plus d’informations.',
			'Ensemble, protégeons les enfants en ligne.',
		],
	},
	de: {
		space: ' ',
		places: [
			'sozialen Netzwerken',
			'Online-Spielen',
			'Messenger-Apps',
			'Videoplattformen',
			'Chat-Apps',
			'Livestreams',
		],
		helpers: [
			'einer Vertrauensperson',
			'deinen Eltern',
			'einer Lehrkraft',
			'der Schulsozialarbeit',
			'einer Beratungsstelle',
		],
		titles: [
			'Was Eltern über {t} wissen sollten',
			'Mit Kindern über {t} sprechen',
			'Leitfaden für Lehrkräfte: {t}',
			'{t} verstehen',
			'Unterrichtsmaterial: {t}',
			'{t}: Fragen und Antworten',
			'Sicher im Netz',
			'Erst denken, dann teilen',
			'Du bist nicht schuld',
			'Sprich mit jemandem, dem du vertraust',
			'Mehr Sicherheit im Internet beginnt zu Hause',
		],
		topics: {
			grooming: [
				'Cybergrooming',
				'Grooming in Online-Spielen',
				'die Warnzeichen von Cybergrooming',
			],
			'self-generated': ['das Versenden von Nacktbildern', 'selbst erstellte Bilder', 'Sexting'],
			sextortion: ['Sextortion', 'sexuelle Erpressung im Netz', 'Drohungen mit intimen Bildern'],
			'non-consensual-sharing': [
				'die ungewollte Verbreitung intimer Bilder',
				'bildbasierte sexualisierte Gewalt',
				'weitergeleitete Nacktfotos',
			],
			'sexual-exploitation': [
				'sexuelle Ausbeutung im Netz',
				'sexualisierte Gewalt gegen Kinder im Internet',
				'Missbrauchsdarstellungen',
			],
			'reporting-help': ['Hilfe und Meldestellen', 'das Melden von Inhalten', 'Beratungsangebote'],
		},
		general: [
			'Kinder und Jugendliche verbringen einen großen Teil ihres Lebens online.',
			'Die meisten Kinder nutzen das Internet sicher, doch manche treffen auf Menschen, die ihnen schaden wollen.',
			'Kinder im Netz zu schützen ist eine gemeinsame Aufgabe.',
			'Sprechen Sie offen und regelmäßig mit Kindern darüber, was sie online machen.',
			'Das Internet bietet Kindern viele Chancen, aber auch Risiken.',
			'Kinder sollten wissen, dass sie jederzeit um Hilfe bitten können.',
			'Gewalt im Netz ist echte Gewalt und kann Kinder langfristig belasten.',
			'Schuld hat niemals das Kind.',
			'Privatsphäre-Einstellungen helfen, ersetzen aber nicht das Gespräch in der Familie.',
		],
		risks: {
			grooming: [
				'Täter geben sich oft als Gleichaltrige aus, um Vertrauen aufzubauen.',
				'Cybergrooming kann mit Komplimenten, Geschenken oder Spielwährung beginnen.',
				'Täter versuchen oft, das Gespräch von {p} in einen privaten Chat zu verlagern.',
				'Sei vorsichtig, wenn jemand online von dir verlangt, Geheimnisse zu bewahren.',
				'Beim Cybergrooming baut ein Erwachsener gezielt Vertrauen zu einem Kind auf, um es zu missbrauchen.',
			],
			'self-generated': [
				'Ist ein Bild erst einmal geteilt, lässt sich kaum noch kontrollieren, wo es landet.',
				'Viele Jugendliche werden unter Druck gesetzt, Nacktbilder zu verschicken.',
				'Selbst erstellte Bilder entstehen oft im eigenen Kinderzimmer, mit Handy oder Webcam.',
				'Wenn jemand ein Nacktbild von dir will, darfst du Nein sagen.',
				'Intime Bilder von Minderjährigen zu teilen ist in den meisten Ländern strafbar.',
			],
			sextortion: [
				'Bei Sextortion droht jemand, intime Bilder zu veröffentlichen, wenn das Opfer nicht zahlt oder weitere Bilder schickt.',
				'Zahle nicht und schicke keine weiteren Bilder: Brich den Kontakt ab und sichere Beweise.',
				'Täter zielen bei Sextortion oft auf Jungen im Teenageralter in {p}.',
				'Erpressung kann überwältigend sein, doch es gibt Hilfe und du bekommst keinen Ärger.',
				'Mach Screenshots der Nachrichten und des Profils, bevor du das Konto blockierst.',
			],
			'non-consensual-sharing': [
				'Intime Bilder einer Person ohne ihre Zustimmung zu verbreiten ist eine Form von Gewalt.',
				'Wurde ein Bild von dir verbreitet, kann es auf vielen Plattformen entfernt werden.',
				'Leite ohne Zustimmung geteilte Bilder nicht weiter, sondern melde sie.',
				'Freundinnen und Freunde können helfen, indem sie ein herumgeschicktes Bild nicht teilen.',
			],
			'sexual-exploitation': [
				'Missbrauchsdarstellungen zeigen echten Missbrauch an echten Kindern.',
				'Jedes Mal, wenn eine Missbrauchsdarstellung angesehen oder geteilt wird, wird das Opfer erneut verletzt.',
				'Täter können in {p} viele Kinder gleichzeitig ansprechen.',
				'Ausbeutung kann mit Geld, Geschenken oder Versprechen von Zuneigung einhergehen.',
			],
			'reporting-help': [
				'Missbrauchsdarstellungen können anonym bei einer nationalen Meldestelle gemeldet werden.',
				'Wenn ein Kind in akuter Gefahr ist, rufen Sie die Polizei.',
				'Erzähl {h} von allem, was sich online unangenehm angefühlt hat.',
				'Beratungsstellen bieten Kindern und Eltern kostenlose und vertrauliche Unterstützung.',
				'Wer ein Konto in {p} meldet, schützt auch andere Kinder.',
			],
		},
		audiences: {
			young: [
				'Wenn sich online etwas falsch anfühlt, vertrau deinem Bauchgefühl.',
				'Du kannst immer mit {h} sprechen, auch wenn du glaubst, eine Regel gebrochen zu haben.',
				'Echte Freunde setzen dich nie unter Druck, Bilder zu schicken.',
			],
			parents: [
				'Eltern können viel bewirken, wenn sie neugierig und ruhig bleiben.',
				'Fragen Sie Ihr Kind, welche Apps und Spiele es mag, und probieren Sie sie gemeinsam aus.',
				'Wenn Ihr Kind von Missbrauch erzählt, hören Sie zu, glauben Sie ihm und machen Sie ihm keine Vorwürfe.',
			],
			educators: [
				'Lehrkräfte können Online-Sicherheit schon ab der Grundschule in den Unterricht einbauen.',
				'Das Material eignet sich für eine Unterrichtsstunde von etwa 45 Minuten.',
				'Fachkräfte sollten ihre Schutzkonzepte befolgen, wenn ein Kind sich anvertraut.',
			],
			public: [
				'Alle können dazu beitragen, das Internet für Kinder sicherer zu machen.',
				'Informieren Sie sich und teilen Sie diese Botschaft in Ihrem Umfeld.',
			],
		},
		closing: [
			'Melden. Darüber reden. Hilfe holen.',
			'Weitere Informationen finden Sie auf der Website der nationalen Beratungsstelle.',
			'Gemeinsam schützen wir Kinder im Netz.',
		],
	},
	es: {
		space: ' ',
		places: [
			'las redes sociales',
			'los videojuegos en línea',
			'las aplicaciones de mensajería',
			'las plataformas de vídeo',
			'los chats',
			'las transmisiones en directo',
		],
		helpers: [
			'un adulto de confianza',
			'tu madre o tu padre',
			'un profesor',
			'el orientador del colegio',
			'una línea de ayuda',
			'alguien de confianza',
		],
		titles: [
			'Lo que las familias deben saber sobre {t}',
			'Cómo hablar con tus hijos sobre {t}',
			'Guía para docentes sobre {t}',
			'Entender {t}',
			'Ficha didáctica: {t}',
			'{t}: preguntas y respuestas',
			'Navega seguro por internet',
			'Piensa antes de compartir',
			'Nunca es tu culpa',
			'Cuéntaselo a alguien de confianza',
			'Un internet más seguro empieza en casa',
		],
		topics: {
			grooming: [
				'el grooming en línea',
				'el engaño a menores en internet',
				'las señales del grooming',
			],
			'self-generated': ['el envío de fotos íntimas', 'las imágenes autogeneradas', 'el sexting'],
			sextortion: [
				'la sextorsión',
				'el chantaje sexual en internet',
				'las amenazas de difundir imágenes',
			],
			'non-consensual-sharing': [
				'la difusión de imágenes sin consentimiento',
				'las fotos íntimas filtradas',
				'la violencia sexual digital',
			],
			'sexual-exploitation': [
				'la explotación sexual en línea',
				'el abuso sexual infantil en internet',
				'la explotación en las redes sociales',
			],
			'reporting-help': ['cómo denunciar', 'dónde pedir ayuda', 'las líneas de ayuda'],
		},
		general: [
			'Los niños, niñas y adolescentes pasan gran parte de su vida en línea.',
			'La mayoría de los niños usa internet de forma segura, pero algunos se encuentran con personas que quieren hacerles daño.',
			'Proteger a los niños en internet es una responsabilidad compartida.',
			'Hable con los niños de forma abierta y frecuente sobre lo que hacen en internet.',
			'Internet ofrece a los niños muchas oportunidades, y también algunos riesgos.',
			'Los niños deben saber que siempre pueden pedir ayuda.',
			'El abuso en línea es abuso real y puede tener efectos duraderos en los niños.',
			'La culpa nunca es del niño o la niña.',
			'La configuración de privacidad ayuda, pero no sustituye la conversación en casa.',
		],
		risks: {
			grooming: [
				'Los agresores a menudo se hacen pasar por alguien de la misma edad para ganarse la confianza.',
				'El grooming puede empezar con halagos, regalos o monedas virtuales en un juego.',
				'Un agresor puede intentar llevar la conversación desde {p} a un chat privado.',
				'Desconfía de cualquier persona en internet que te pida guardar secretos.',
				'El grooming es un proceso en el que un adulto se gana la confianza de un menor con el fin de abusar de él.',
			],
			'self-generated': [
				'Una vez que se comparte una imagen, es muy difícil controlar adónde llega.',
				'Muchos jóvenes reciben presiones para enviar fotos desnudos.',
				'Las imágenes autogeneradas suelen tomarse en el propio dormitorio, con un móvil o una webcam.',
				'Si alguien te pide una foto desnudo, tienes derecho a decir que no.',
				'Compartir imágenes íntimas de menores de 18 años es delito en la mayoría de los países.',
			],
			sextortion: [
				'La sextorsión ocurre cuando alguien amenaza con difundir imágenes sexuales si la víctima no paga o no envía más.',
				'No pagues ni envíes más imágenes: corta todo contacto y guarda las pruebas.',
				'Los autores de la sextorsión suelen dirigirse a chicos adolescentes a través de {p}.',
				'El chantaje puede parecer abrumador, pero hay ayuda y no te vas a meter en problemas.',
				'Haz capturas de pantalla de los mensajes y del perfil antes de bloquear la cuenta.',
			],
			'non-consensual-sharing': [
				'Difundir una imagen íntima de alguien sin su consentimiento es una forma de violencia.',
				'Si se ha compartido una imagen tuya, puede retirarse de muchas plataformas.',
				'No reenvíes imágenes compartidas sin consentimiento: denúncialas.',
				'Los amigos que ven circular una imagen pueden ayudar no compartiéndola.',
			],
			'sexual-exploitation': [
				'El material de abuso sexual infantil registra abusos reales contra niños reales.',
				'Cada vez que se ve o se comparte material de abuso sexual infantil, la víctima vuelve a sufrir daño.',
				'Los agresores pueden usar {p} para contactar con muchos niños a la vez.',
				'La explotación puede implicar dinero, regalos o promesas de atención y cariño.',
			],
			'reporting-help': [
				'Puede denunciar de forma anónima el material de abuso sexual infantil a una línea nacional.',
				'Si un niño está en peligro inmediato, llame a la policía.',
				'Cuéntale a {h} cualquier cosa en internet que te haya hecho sentir incómodo.',
				'Las líneas de ayuda ofrecen apoyo gratuito y confidencial a niños y familias.',
				'Denunciar una cuenta en {p} también ayuda a proteger a otros niños.',
			],
		},
		audiences: {
			young: [
				'Si algo en internet no te parece bien, confía en tu instinto.',
				'Siempre puedes hablar con {h}, aunque creas que has roto una norma.',
				'Un amigo de verdad nunca te presionará para que envíes fotos.',
			],
			parents: [
				'Madres, padres y cuidadores pueden marcar la diferencia si mantienen la curiosidad y la calma.',
				'Pregunte a su hijo qué aplicaciones y juegos le gustan, y pruébenlos juntos.',
				'Si su hijo le cuenta un abuso, escúchelo, créale y no lo culpe.',
			],
			educators: [
				'El profesorado puede incluir la seguridad en línea en las clases desde primaria.',
				'Este material puede usarse en una sesión de clase de unos 45 minutos.',
				'Los profesionales deben seguir sus protocolos de protección cuando un menor revela un abuso.',
			],
			public: [
				'Todos podemos ayudar a que internet sea un lugar más seguro para los niños.',
				'Infórmese y comparta este mensaje con su comunidad.',
			],
		},
		closing: [
			'Denúncialo. Háblalo. Pide ayuda.',
			'Visite la web de la línea de ayuda nacional para más información.',
			'Juntos protegemos a la infancia en internet.',
		],
	},
	ar: {
		space: ' ',
		places: [
			'وسائل التواصل الاجتماعي',
			'الألعاب الإلكترونية',
			'تطبيقات المراسلة',
			'منصات الفيديو',
			'غرف الدردشة',
			'البث المباشر',
		],
		helpers: [
			'شخص بالغ تثق به',
			'أحد والديك',
			'معلمك',
			'المرشد المدرسي',
			'خط المساعدة',
			'شخص تثق به',
		],
		titles: [
			'ما يجب أن يعرفه الآباء عن {t}',
			'كيف تتحدث مع طفلك عن {t}',
			'دليل المعلمين حول {t}',
			'فهم {t}',
			'خطة درس: {t}',
			'{t}: أسئلة وأجوبة',
			'ابقَ آمناً على الإنترنت',
			'فكّر قبل أن تشارك',
			'الذنب ليس ذنبك أبداً',
			'تحدّث إلى شخص تثق به',
			'إنترنت أكثر أماناً يبدأ من البيت',
		],
		topics: {
			grooming: [
				'الاستدراج عبر الإنترنت',
				'استدراج الأطفال في الألعاب الإلكترونية',
				'علامات الاستدراج',
			],
			'self-generated': ['مشاركة الصور الحميمة', 'الصور الذاتية الحميمة', 'إرسال الصور العارية'],
			sextortion: ['الابتزاز الجنسي', 'الابتزاز الجنسي عبر الإنترنت', 'التهديد بنشر الصور'],
			'non-consensual-sharing': [
				'نشر الصور دون موافقة',
				'تسريب الصور الخاصة',
				'العنف الجنسي الرقمي',
			],
			'sexual-exploitation': [
				'الاستغلال الجنسي عبر الإنترنت',
				'الاعتداء الجنسي على الأطفال عبر الإنترنت',
				'الاستغلال على وسائل التواصل الاجتماعي',
			],
			'reporting-help': ['الإبلاغ عن الإساءة', 'طلب المساعدة', 'خطوط المساعدة'],
		},
		general: [
			'يقضي الأطفال والشباب جزءاً كبيراً من حياتهم على الإنترنت.',
			'يستخدم معظم الأطفال الإنترنت بأمان، لكن بعضهم يلتقي بأشخاص يريدون إيذاءهم.',
			'حماية الأطفال على الإنترنت مسؤولية مشتركة.',
			'تحدّثوا مع الأطفال بصراحة وباستمرار عمّا يفعلونه على الإنترنت.',
			'يوفّر الإنترنت للأطفال فرصاً كثيرة، لكنه يحمل بعض المخاطر أيضاً.',
			'يجب أن يعرف الأطفال أنهم يستطيعون طلب المساعدة في أي وقت.',
			'الإساءة عبر الإنترنت إساءة حقيقية، وقد تترك آثاراً طويلة الأمد على الأطفال.',
			'الطفل ليس مسؤولاً أبداً عن الإساءة التي يتعرض لها.',
			'تساعد إعدادات الخصوصية، لكنها لا تغني عن الحوار داخل الأسرة.',
		],
		risks: {
			grooming: [
				'كثيراً ما يتظاهر المستدرِجون بأنهم في عمر الطفل نفسه لكسب ثقته.',
				'قد يبدأ الاستدراج بالمجاملات أو الهدايا أو العملات الافتراضية في الألعاب.',
				'قد يحاول المعتدي نقل المحادثة من {p} إلى محادثة خاصة.',
				'احذر من أي شخص على الإنترنت يطلب منك أن تحتفظ بالأسرار.',
				'الاستدراج عملية يبني فيها شخص بالغ ثقة الطفل بهدف الاعتداء عليه.',
			],
			'self-generated': [
				'بمجرد مشاركة الصورة يصبح من الصعب جداً التحكم في انتشارها.',
				'يتعرض كثير من الشباب لضغوط لإرسال صور عارية.',
				'غالباً ما تُلتقط الصور الذاتية في غرفة نوم الطفل باستخدام الهاتف أو كاميرا الويب.',
				'إذا طلب منك أحد صورة عارية، فمن حقك أن ترفض.',
				'مشاركة الصور الحميمة لأي شخص دون الثامنة عشرة جريمة في معظم البلدان.',
			],
			sextortion: [
				'الابتزاز الجنسي هو أن يهدد شخص بنشر صور جنسية ما لم تدفع الضحية المال أو ترسل المزيد.',
				'لا تدفع ولا ترسل المزيد من الصور: أوقف كل تواصل واحتفظ بالأدلة.',
				'كثيراً ما يستهدف مرتكبو الابتزاز الجنسي الفتيان المراهقين عبر {p}.',
				'قد يبدو الابتزاز مرعباً، لكن المساعدة متوفرة ولن تقع في مشكلة.',
				'التقط صوراً للشاشة تُظهر الرسائل والحساب قبل أن تحظره.',
			],
			'non-consensual-sharing': [
				'نشر الصور الحميمة لشخص دون موافقته شكل من أشكال الإساءة.',
				'إذا نُشرت صورة لك، يمكن حذفها من كثير من المنصات.',
				'لا تعِد إرسال صور نُشرت دون موافقة، بل أبلغ عنها.',
				'يمكن للأصدقاء الذين يرون صورة متداولة أن يساعدوا بعدم مشاركتها.',
			],
			'sexual-exploitation': [
				'مواد الاعتداء الجنسي على الأطفال توثّق اعتداءً حقيقياً على أطفال حقيقيين.',
				'في كل مرة تُشاهَد فيها هذه المواد أو تُشارَك، تتضرر الضحية من جديد.',
				'قد يستخدم المعتدون {p} للتواصل مع عدد كبير من الأطفال في الوقت نفسه.',
				'قد ينطوي الاستغلال على المال أو الهدايا أو وعود بالاهتمام والحب.',
			],
			'reporting-help': [
				'يمكنك الإبلاغ عن مواد الاعتداء الجنسي على الأطفال دون الكشف عن هويتك لدى الخط الوطني.',
				'إذا كان الطفل في خطر مباشر، اتصل بالشرطة.',
				'أخبر {h} بأي شيء على الإنترنت جعلك تشعر بعدم الارتياح.',
				'تقدّم خطوط المساعدة دعماً مجانياً وسرياً للأطفال والأهل.',
				'الإبلاغ عن حساب على {p} يساعد في حماية أطفال آخرين أيضاً.',
			],
		},
		audiences: {
			young: [
				'إذا شعرت أن شيئاً ما على الإنترنت ليس على ما يرام، فثق بإحساسك.',
				'يمكنك دائماً التحدث إلى {h}، حتى لو ظننت أنك خالفت قاعدة ما.',
				'الصديق الحقيقي لن يضغط عليك أبداً لإرسال الصور.',
			],
			parents: [
				'يستطيع الآباء والأمهات إحداث فرق كبير بالفضول والهدوء.',
				'اسأل طفلك عن التطبيقات والألعاب التي يحبها وجرّبوها معاً.',
				'إذا أخبرك طفلك بتعرضه للإساءة، فاستمع إليه وصدّقه ولا تلُمه.',
			],
			educators: [
				'يمكن للمعلمين إدراج السلامة على الإنترنت في الدروس منذ المرحلة الابتدائية.',
				'يمكن استخدام هذه المادة في حصة دراسية مدتها نحو 45 دقيقة.',
				'على المختصين اتباع إجراءات الحماية عندما يكشف طفل عن تعرضه للإساءة.',
			],
			public: [
				'يستطيع الجميع المساهمة في جعل الإنترنت مكاناً أكثر أماناً للأطفال.',
				'تعرّف على الحقائق وشارك هذه الرسالة مع مجتمعك.',
			],
		},
		closing: [
			'أبلغ. تحدّث. اطلب المساعدة.',
			'زر موقع خط المساعدة الوطني لمزيد من المعلومات.',
			'معاً نحمي الأطفال على الإنترنت.',
		],
	},
	zh: {
		space: '',
		places: ['社交媒体', '网络游戏', '即时通讯软件', '视频平台', '聊天群', '直播平台'],
		helpers: ['你信任的大人', '爸爸妈妈', '老师', '学校心理老师', '求助热线', '你信任的人'],
		titles: [
			'家长需要了解的{t}',
			'如何与孩子谈论{t}',
			'教师指南：{t}',
			'认识{t}',
			'教案：{t}',
			'{t}：问与答',
			'上网要安全',
			'分享之前先想一想',
			'这绝不是你的错',
			'告诉你信任的人',
			'更安全的网络从家庭开始',
		],
		topics: {
			grooming: ['网络诱骗', '网络游戏中的诱骗', '诱骗的危险信号'],
			'self-generated': ['分享私密照片', '自拍私密图像', '发送裸照'],
			sextortion: ['性勒索', '网络性勒索', '以散布照片相威胁'],
			'non-consensual-sharing': ['未经同意传播私密图像', '私密照片泄露', '基于图像的性暴力'],
			'sexual-exploitation': ['网络性剥削', '针对儿童的网络性侵害', '社交媒体上的剥削'],
			'reporting-help': ['举报网络侵害', '如何寻求帮助', '求助热线'],
		},
		general: [
			'儿童和青少年的生活有很大一部分是在网上度过的。',
			'大多数儿童都能安全上网，但也有一些孩子会遇到想伤害他们的人。',
			'保护儿童的网络安全是全社会的共同责任。',
			'请经常与孩子坦诚交流他们在网上做什么。',
			'互联网为儿童带来许多机会，也带来一些风险。',
			'孩子应该知道，他们随时都可以寻求帮助。',
			'网络侵害是真实的侵害，可能对儿童造成长期影响。',
			'遭受侵害从来都不是孩子的错。',
			'隐私设置有帮助，但不能代替家庭中的沟通。',
		],
		risks: {
			grooming: [
				'诱骗者常常假装成同龄人来获取孩子的信任。',
				'诱骗可能从夸奖、礼物或游戏币开始。',
				'侵害者可能会试图把对话从{p}转移到私聊中。',
				'如果网上有人要求你保守秘密，一定要提高警惕。',
				'网络诱骗是成年人为了侵害儿童而逐步建立信任的过程。',
			],
			'self-generated': [
				'照片一旦发出，就很难控制它会传到哪里。',
				'许多青少年被迫发送裸照。',
				'自拍的私密图像往往是孩子在自己卧室里用手机或摄像头拍的。',
				'如果有人向你要裸照，你有权拒绝。',
				'在大多数国家，分享未满十八岁者的私密图像是违法的。',
			],
			sextortion: [
				'性勒索是指有人威胁要散布性图像，除非受害者付钱或发送更多照片。',
				'不要付钱，也不要再发照片：立即停止联系并保留证据。',
				'性勒索者经常通过{p}盯上十几岁的男孩。',
				'被勒索时可能会感到无助，但你可以得到帮助，你也不会因此惹上麻烦。',
				'在拉黑对方之前，先截图保存聊天记录和对方的账号信息。',
			],
			'non-consensual-sharing': [
				'未经同意传播他人的私密图像是一种侵害。',
				'如果你的照片被传播了，许多平台可以将其删除。',
				'不要转发未经同意传播的图像，而应该举报。',
				'看到照片被传来传去的朋友，可以通过不转发来提供帮助。',
			],
			'sexual-exploitation': [
				'儿童性虐待材料记录的是真实儿童遭受的真实侵害。',
				'儿童性虐待材料每被观看或分享一次，受害者就会再次受到伤害。',
				'侵害者可能利用{p}同时接触许多儿童。',
				'剥削可能涉及金钱、礼物，或关心与爱的承诺。',
			],
			'reporting-help': [
				'你可以向国家举报热线匿名举报儿童性虐待材料。',
				'如果孩子正面临紧急危险，请立即报警。',
				'网上任何让你感到不舒服的事情，都可以告诉{h}。',
				'求助热线为儿童和家长提供免费、保密的支持。',
				'在{p}上举报可疑账号，也能保护其他孩子。',
			],
		},
		audiences: {
			young: [
				'如果网上有什么让你觉得不对劲，请相信自己的直觉。',
				'即使你觉得自己违反了规定，也可以随时告诉{h}。',
				'真正的朋友绝不会逼你发照片。',
			],
			parents: [
				'家长只要保持好奇和冷静，就能发挥很大作用。',
				'问问孩子喜欢哪些应用和游戏，并和他们一起试试。',
				'如果孩子告诉你遭受了侵害，请倾听、相信他们，不要责怪他们。',
			],
			educators: [
				'教师可以从小学阶段开始在课堂上讲授网络安全。',
				'本材料适合用于约45分钟的课堂教学。',
				'当儿童披露遭受侵害时，专业人员应遵循儿童保护程序。',
			],
			public: [
				'每个人都可以为儿童创造更安全的网络环境出一份力。',
				'了解事实，并与身边的人分享这条信息。',
			],
		},
		closing: [
			'举报、倾诉、求助。',
			'更多信息请访问国家求助热线网站。',
			'让我们携手保护儿童的网络安全。',
		],
	},
	ru: {
		space: ' ',
		places: [
			'социальных сетях',
			'онлайн-играх',
			'мессенджерах',
			'видеосервисах',
			'чатах',
			'прямых трансляциях',
		],
		helpers: [
			'взрослому, которому доверяешь',
			'родителям',
			'учителю',
			'школьному психологу',
			'консультанту телефона доверия',
		],
		titles: [
			'Памятка для родителей: {t}',
			'Пособие для учителей: {t}',
			'{t}: вопросы и ответы',
			'Урок: {t}',
			'Говорим с детьми: {t}',
			'Подросткам: {t}',
			'Будь в безопасности в интернете',
			'Подумай, прежде чем отправлять',
			'Ты ни в чём не виноват',
			'Расскажи тому, кому доверяешь',
			'Безопасный интернет начинается дома',
		],
		topics: {
			grooming: ['онлайн-груминг', 'груминг в онлайн-играх', 'признаки груминга'],
			'self-generated': [
				'пересылка интимных фото',
				'самостоятельно созданные изображения',
				'секстинг',
			],
			sextortion: [
				'секс-вымогательство',
				'сексуальный шантаж в интернете',
				'угрозы распространить фото',
			],
			'non-consensual-sharing': [
				'распространение интимных фото без согласия',
				'утечка личных фотографий',
				'цифровое сексуальное насилие',
			],
			'sexual-exploitation': [
				'сексуальная эксплуатация в интернете',
				'сексуальное насилие над детьми в сети',
				'эксплуатация в социальных сетях',
			],
			'reporting-help': ['куда сообщить о насилии', 'как получить помощь', 'телефоны доверия'],
		},
		general: [
			'Дети и подростки проводят в интернете значительную часть своей жизни.',
			'Большинство детей пользуются интернетом безопасно, но некоторые сталкиваются с людьми, которые хотят причинить им вред.',
			'Защита детей в интернете — общая ответственность.',
			'Открыто и регулярно разговаривайте с детьми о том, что они делают в сети.',
			'Интернет открывает перед детьми много возможностей, но несёт и риски.',
			'Дети должны знать, что всегда могут попросить о помощи.',
			'Насилие в интернете — это настоящее насилие, и оно может надолго травмировать детей.',
			'Ребёнок никогда не виноват в насилии, которому подвергся.',
			'Настройки конфиденциальности помогают, но не заменяют разговоров в семье.',
		],
		risks: {
			grooming: [
				'Преступники часто выдают себя за сверстников, чтобы завоевать доверие ребёнка.',
				'Груминг может начинаться с комплиментов, подарков или игровой валюты.',
				'Познакомившись в {p}, преступник может предложить перейти в личную переписку.',
				'Будь осторожен, если кто-то в сети просит тебя хранить секреты.',
				'Груминг — это процесс, в ходе которого взрослый входит в доверие к ребёнку, чтобы совершить насилие.',
			],
			'self-generated': [
				'Если изображение отправлено, контролировать его распространение почти невозможно.',
				'Многих подростков принуждают отправлять интимные фотографии.',
				'Такие изображения часто делаются в собственной комнате ребёнка с помощью телефона или веб-камеры.',
				'Если кто-то просит у тебя откровенное фото, ты имеешь право отказать.',
				'Распространение интимных изображений несовершеннолетних запрещено законом в большинстве стран.',
			],
			sextortion: [
				'Секс-вымогательство — это угрозы опубликовать интимные изображения, если жертва не заплатит или не пришлёт новые.',
				'Не плати и не отправляй новых фото: прекрати общение и сохрани доказательства.',
				'Вымогатели часто ищут жертв среди мальчиков-подростков в {p}.',
				'Шантаж может пугать, но помощь есть, и тебя не накажут.',
				'Сделай скриншоты сообщений и профиля, прежде чем заблокировать аккаунт.',
			],
			'non-consensual-sharing': [
				'Распространять интимные изображения человека без его согласия — это форма насилия.',
				'Если твоё фото распространили, его можно удалить со многих платформ.',
				'Не пересылай изображения, опубликованные без согласия, — пожалуйся на них.',
				'Друзья, которые видят, как пересылают чужое фото, могут помочь, просто не распространяя его.',
			],
			'sexual-exploitation': [
				'Материалы сексуального насилия над детьми фиксируют реальное насилие над реальными детьми.',
				'Каждый просмотр или распространение таких материалов снова причиняет вред пострадавшему ребёнку.',
				'В {p} преступники могут одновременно писать множеству детей.',
				'Эксплуатация может сопровождаться деньгами, подарками или обещаниями внимания и любви.',
			],
			'reporting-help': [
				'О материалах сексуального насилия над детьми можно анонимно сообщить на национальную горячую линию.',
				'Если ребёнку угрожает непосредственная опасность, звоните в полицию.',
				'Расскажи {h} обо всём, что в сети вызвало у тебя дискомфорт.',
				'Телефоны доверия оказывают детям и родителям бесплатную и конфиденциальную помощь.',
				'Жалоба на аккаунт в {p} помогает защитить и других детей.',
			],
		},
		audiences: {
			young: [
				'Если что-то в сети кажется тебе странным, доверяй своим ощущениям.',
				'Ты всегда можешь обратиться к {h}, даже если думаешь, что нарушил правила.',
				'Настоящий друг никогда не станет заставлять тебя отправлять фото.',
			],
			parents: [
				'Родители могут многое изменить, если сохраняют интерес и спокойствие.',
				'Спросите ребёнка, какие приложения и игры ему нравятся, и попробуйте их вместе.',
				'Если ребёнок рассказал о насилии, выслушайте его, поверьте ему и не обвиняйте.',
			],
			educators: [
				'Учителя могут включать темы безопасности в интернете в уроки уже в начальной школе.',
				'Материал рассчитан на урок продолжительностью около 45 минут.',
				'Специалисты должны действовать по протоколам защиты детей, если ребёнок рассказал о насилии.',
			],
			public: [
				'Каждый может помочь сделать интернет безопаснее для детей.',
				'Узнайте факты и расскажите об этом окружающим.',
			],
		},
		closing: [
			'Сообщи. Расскажи. Получи помощь.',
			'Подробнее — на сайте национальной линии помощи.',
			'Вместе защитим детей в интернете.',
		],
	},
	ja: {
		space: '',
		places: [
			'SNS',
			'オンラインゲーム',
			'メッセージアプリ',
			'動画サイト',
			'チャットアプリ',
			'ライブ配信',
		],
		helpers: [
			'信頼できる大人',
			'保護者',
			'先生',
			'スクールカウンセラー',
			'相談窓口',
			'信頼できる人',
		],
		titles: [
			'保護者が知っておきたい{t}',
			'子どもと話そう：{t}',
			'教員向けガイド：{t}',
			'{t}を知ろう',
			'授業案：{t}',
			'{t}：よくある質問',
			'ネットを安全に使おう',
			'送る前に考えよう',
			'あなたは悪くない',
			'信頼できる人に相談しよう',
			'安全なネットは家庭から',
		],
		topics: {
			grooming: ['オンライン・グルーミング', 'ゲームでのグルーミング', 'グルーミングの危険サイン'],
			'self-generated': ['性的な自画撮り', '裸の画像の送信', '自撮り画像の共有'],
			sextortion: ['セクストーション', '性的脅迫', '画像をばらまくという脅し'],
			'non-consensual-sharing': ['同意のない画像の拡散', '私的な画像の流出', 'デジタル性暴力'],
			'sexual-exploitation': [
				'オンラインでの性的搾取',
				'子どもへのネット上の性暴力',
				'SNSでの性的搾取',
			],
			'reporting-help': ['通報の方法', '相談窓口', '助けを求める方法'],
		},
		general: [
			'子どもや若者は、生活の多くの時間をオンラインで過ごしています。',
			'ほとんどの子どもは安全にインターネットを使っていますが、中には子どもを傷つけようとする人に出会う子もいます。',
			'ネット上で子どもを守ることは、社会全体の責任です。',
			'子どもがネットで何をしているか、日頃から率直に話し合いましょう。',
			'インターネットは子どもに多くの機会をもたらしますが、危険もあります。',
			'子どもは、いつでも助けを求めてよいことを知っておく必要があります。',
			'ネット上の性被害は現実の被害であり、子どもに長く影響を残すことがあります。',
			'被害にあった子どもが悪いことは決してありません。',
			'プライバシー設定は役に立ちますが、家庭での会話の代わりにはなりません。',
		],
		risks: {
			grooming: [
				'加害者は同年代のふりをして、子どもの信頼を得ようとすることがよくあります。',
				'グルーミングは、褒め言葉やプレゼント、ゲーム内通貨から始まることがあります。',
				'加害者は{p}でのやりとりを、個人的なチャットに移そうとすることがあります。',
				'ネットで「秘密にしてね」と言ってくる人には注意しましょう。',
				'グルーミングとは、大人が性的虐待を目的に子どもの信頼を少しずつ得ていく行為です。',
			],
			'self-generated': [
				'画像は一度送ってしまうと、どこに広がるかをコントロールするのはとても難しくなります。',
				'多くの若者が、裸の画像を送るよう圧力を受けています。',
				'自画撮りの画像は、子どもの自分の部屋でスマートフォンやウェブカメラを使って撮られることが多いです。',
				'裸の写真を求められても、断る権利があります。',
				'18歳未満の性的な画像を共有することは、多くの国で違法です。',
			],
			sextortion: [
				'セクストーションとは、お金を払うか画像をもっと送らなければ性的な画像を広めると脅すことです。',
				'お金を払わず、画像も送らないで。連絡を断ち、証拠を残しましょう。',
				'セクストーションの加害者は、{p}を通じて10代の男の子を狙うことが多いです。',
				'脅されると追い詰められた気持ちになりますが、助けはありますし、あなたが怒られることはありません。',
				'アカウントをブロックする前に、メッセージとプロフィールのスクリーンショットを撮っておきましょう。',
			],
			'non-consensual-sharing': [
				'同意なく他人の性的な画像を広めることは、暴力の一つです。',
				'自分の画像が広められても、多くのプラットフォームで削除を求めることができます。',
				'同意なく共有された画像は転送せず、通報しましょう。',
				'画像が回ってきたとき、友だちは広めないことで力になれます。',
			],
			'sexual-exploitation': [
				'児童性的虐待コンテンツには、実在する子どもへの実際の虐待が記録されています。',
				'そのコンテンツが見られたり共有されたりするたびに、被害者は再び傷つけられます。',
				'加害者は{p}を使って、同時に多くの子どもに接触することがあります。',
				'性的搾取には、お金やプレゼント、愛情や関心の約束が使われることがあります。',
			],
			'reporting-help': [
				'児童性的虐待コンテンツは、国の通報窓口に匿名で通報できます。',
				'子どもに差し迫った危険がある場合は、すぐに警察に連絡してください。',
				'ネットで嫌な気持ちになったことは、何でも{h}に話してください。',
				'相談窓口では、子どもと保護者に無料で秘密を守った支援を行っています。',
				'{p}でアカウントを通報することは、ほかの子どもを守ることにもつながります。',
			],
		},
		audiences: {
			young: [
				'ネットで何かおかしいと感じたら、自分の感覚を信じましょう。',
				'ルールを破ったと思っても、いつでも{h}に相談できます。',
				'本当の友だちは、写真を送るよう無理強いしません。',
			],
			parents: [
				'保護者が関心を持ち、落ち着いて接することで大きな違いが生まれます。',
				'お子さんが好きなアプリやゲームを聞いて、一緒に使ってみましょう。',
				'お子さんから被害を打ち明けられたら、話を聞き、信じて、責めないでください。',
			],
			educators: [
				'小学校の段階から、授業でネットの安全について取り上げることができます。',
				'この教材は約45分の授業で使用できます。',
				'子どもが被害を打ち明けたときは、専門職は子ども保護の手順に従ってください。',
			],
			public: [
				'誰もが、子どもにとってより安全なインターネットづくりに協力できます。',
				'正しい知識を身につけ、このメッセージを周りの人と共有しましょう。',
			],
		},
		closing: [
			'通報しよう。話そう。助けを求めよう。',
			'詳しくは国の相談窓口のウェブサイトをご覧ください。',
			'みんなで子どもをネットの危険から守りましょう。',
		],
	},
	it: {
		space: ' ',
		places: [
			'i social network',
			'i giochi online',
			'le app di messaggistica',
			'le piattaforme video',
			'le chat',
		],
		helpers: [
			'un adulto di fiducia',
			'i tuoi genitori',
			'un insegnante',
			'lo psicologo della scuola',
			'una linea di ascolto',
		],
		titles: [
			'Cosa devono sapere i genitori: {t}',
			'Guida per insegnanti: {t}',
			'{t}: domande e risposte',
			'Scheda didattica: {t}',
			'Naviga sicuro in rete',
			'Pensaci prima di condividere',
			'Non è mai colpa tua',
			'Parlane con qualcuno di cui ti fidi',
		],
		topics: {
			grooming: ['l’adescamento online', 'il grooming nei giochi online'],
			'self-generated': ['la condivisione di foto intime', 'il sexting'],
			sextortion: ['la sextortion', 'il ricatto sessuale online'],
			'non-consensual-sharing': [
				'la diffusione di immagini senza consenso',
				'la violenza sessuale digitale',
			],
			'sexual-exploitation': [
				'lo sfruttamento sessuale online',
				'l’abuso sessuale sui minori in rete',
			],
			'reporting-help': ['come segnalare un abuso', 'dove chiedere aiuto'],
		},
		general: [
			'I bambini e i ragazzi trascorrono online gran parte della loro vita.',
			'La maggior parte dei bambini usa internet in sicurezza, ma alcuni incontrano persone che vogliono far loro del male.',
			'Proteggere i bambini online è una responsabilità condivisa.',
			'Parlate spesso e apertamente con i bambini di ciò che fanno online.',
			'La colpa non è mai del bambino.',
			'Internet offre ai bambini molte opportunità, ma anche alcuni rischi.',
		],
		risks: {
			grooming: [
				'Chi adesca spesso finge di avere la stessa età per conquistare la fiducia del bambino.',
				'L’adescamento può iniziare con complimenti, regali o monete virtuali nei giochi.',
				'Un adulto può contattare un minore attraverso {p} e poi chiedere di spostarsi in una chat privata.',
			],
			'self-generated': [
				'Una volta condivisa, un’immagine è molto difficile da controllare.',
				'Se qualcuno ti chiede una foto nuda, hai il diritto di dire di no.',
				'Molti ragazzi subiscono pressioni per inviare immagini intime.',
			],
			sextortion: [
				'La sextortion è un ricatto: qualcuno minaccia di diffondere immagini sessuali se la vittima non paga o non ne invia altre.',
				'Non pagare e non inviare altre immagini: interrompi ogni contatto e conserva le prove.',
				'Chi ricatta prende spesso di mira ragazzi adolescenti attraverso {p}.',
			],
			'non-consensual-sharing': [
				'Diffondere l’immagine intima di qualcuno senza il suo consenso è una forma di violenza.',
				'Non inoltrare immagini condivise senza consenso: segnalale.',
			],
			'sexual-exploitation': [
				'Il materiale di abuso sessuale su minori documenta abusi reali su bambini reali.',
				'Attraverso {p} un adulto può contattare molti bambini contemporaneamente.',
			],
			'reporting-help': [
				'Puoi segnalare in forma anonima il materiale di abuso sessuale su minori alla hotline nazionale.',
				'Parla con {h} di qualsiasi cosa online ti abbia messo a disagio.',
				'Se un bambino è in pericolo immediato, chiama la polizia.',
			],
		},
		audiences: {
			young: [
				'Se qualcosa online non ti convince, fidati del tuo istinto.',
				'Un vero amico non ti costringerà mai a inviare foto.',
			],
			parents: [
				'Chiedete a vostro figlio quali app e giochi preferisce e provateli insieme.',
				'Se vostro figlio vi racconta un abuso, ascoltatelo, credetegli e non colpevolizzatelo.',
			],
			educators: [
				'Gli insegnanti possono parlare di sicurezza online già dalla scuola primaria.',
				'Questo materiale può essere usato in una lezione di circa 45 minuti.',
			],
			public: ['Tutti possono contribuire a rendere internet più sicuro per i bambini.'],
		},
		closing: ['Segnala. Parlane. Chiedi aiuto.', 'Insieme proteggiamo i bambini online.'],
	},
	pt: {
		space: ' ',
		places: [
			'redes sociais',
			'jogos online',
			'aplicações de mensagens',
			'plataformas de vídeo',
			'chats',
		],
		helpers: ['um adulto de confiança', 'os teus pais', 'um professor', 'uma linha de apoio'],
		titles: [
			'O que os pais devem saber: {t}',
			'Guia para professores: {t}',
			'{t}: perguntas e respostas',
			'Plano de aula: {t}',
			'Navega em segurança',
			'Pensa antes de partilhar',
			'A culpa nunca é tua',
			'Fala com alguém de confiança',
		],
		topics: {
			grooming: ['o aliciamento online', 'o grooming em jogos online'],
			'self-generated': ['a partilha de fotos íntimas', 'o sexting'],
			sextortion: ['a sextorsão', 'a chantagem sexual online'],
			'non-consensual-sharing': [
				'a partilha de imagens sem consentimento',
				'a violência sexual digital',
			],
			'sexual-exploitation': [
				'a exploração sexual online',
				'o abuso sexual de crianças na internet',
			],
			'reporting-help': ['como denunciar um abuso', 'onde pedir ajuda'],
		},
		general: [
			'As crianças e os jovens passam grande parte da sua vida online.',
			'A maioria das crianças usa a internet em segurança, mas algumas encontram pessoas que as querem magoar.',
			'Proteger as crianças online é uma responsabilidade de todos.',
			'Converse com as crianças, de forma aberta e frequente, sobre o que fazem online.',
			'A culpa nunca é da criança.',
			'A internet oferece muitas oportunidades às crianças, mas também alguns riscos.',
		],
		risks: {
			grooming: [
				'Os aliciadores fingem muitas vezes ter a mesma idade para ganhar a confiança da criança.',
				'O aliciamento pode começar com elogios, presentes ou moedas virtuais em jogos.',
				'Um adulto pode contactar uma criança através de {p} e depois pedir para falar numa conversa privada.',
			],
			'self-generated': [
				'Depois de partilhada, uma imagem é muito difícil de controlar.',
				'Se alguém te pedir uma foto nua, tens o direito de dizer não.',
				'Muitos jovens são pressionados a enviar imagens íntimas.',
			],
			sextortion: [
				'A sextorsão é uma chantagem: alguém ameaça divulgar imagens sexuais se a vítima não pagar ou não enviar mais.',
				'Não pagues nem envies mais imagens: corta o contacto e guarda as provas.',
				'Os autores de sextorsão visam muitas vezes rapazes adolescentes através de {p}.',
			],
			'non-consensual-sharing': [
				'Partilhar a imagem íntima de alguém sem consentimento é uma forma de violência.',
				'Não reencaminhes imagens partilhadas sem consentimento: denuncia-as.',
			],
			'sexual-exploitation': [
				'O material de abuso sexual de crianças documenta abusos reais de crianças reais.',
				'Através de {p}, um agressor pode contactar muitas crianças ao mesmo tempo.',
			],
			'reporting-help': [
				'Pode denunciar anonimamente material de abuso sexual de crianças à linha nacional.',
				'Fala com {h} sobre qualquer coisa online que te tenha deixado desconfortável.',
				'Se uma criança estiver em perigo imediato, ligue para a polícia.',
			],
		},
		audiences: {
			young: [
				'Se alguma coisa online te parecer estranha, confia no teu instinto.',
				'Um verdadeiro amigo nunca te vai pressionar para enviares fotos.',
			],
			parents: [
				'Pergunte ao seu filho de que aplicações e jogos gosta e experimentem juntos.',
				'Se o seu filho lhe contar um abuso, ouça-o, acredite nele e não o culpe.',
			],
			educators: [
				'Os professores podem abordar a segurança online desde o primeiro ciclo.',
				'Este material pode ser usado numa aula de cerca de 45 minutos.',
			],
			public: ['Todos podemos ajudar a tornar a internet mais segura para as crianças.'],
		},
		closing: ['Denuncia. Fala. Pede ajuda.', 'Juntos protegemos as crianças online.'],
	},
	pl: {
		space: ' ',
		places: ['media społecznościowe', 'gry online', 'komunikatory', 'serwisy wideo', 'czaty'],
		helpers: [
			'zaufanemu dorosłemu',
			'rodzicom',
			'nauczycielowi',
			'pedagogowi szkolnemu',
			'konsultantowi telefonu zaufania',
		],
		titles: [
			'Poradnik dla rodziców: {t}',
			'Scenariusz lekcji: {t}',
			'{t}: pytania i odpowiedzi',
			'Dla nauczycieli: {t}',
			'Bezpiecznie w sieci',
			'Pomyśl, zanim wyślesz',
			'To nigdy nie jest twoja wina',
			'Porozmawiaj z kimś zaufanym',
		],
		topics: {
			grooming: ['grooming w internecie', 'uwodzenie dzieci w sieci'],
			'self-generated': ['wysyłanie intymnych zdjęć', 'sexting'],
			sextortion: ['sekstorsja', 'szantaż seksualny w sieci'],
			'non-consensual-sharing': ['udostępnianie zdjęć bez zgody', 'cyfrowa przemoc seksualna'],
			'sexual-exploitation': [
				'wykorzystywanie seksualne w internecie',
				'przemoc seksualna wobec dzieci w sieci',
			],
			'reporting-help': ['jak zgłosić przemoc', 'gdzie szukać pomocy'],
		},
		general: [
			'Dzieci i młodzież spędzają w internecie dużą część swojego życia.',
			'Większość dzieci korzysta z internetu bezpiecznie, ale niektóre spotykają osoby, które chcą je skrzywdzić.',
			'Ochrona dzieci w sieci to wspólna odpowiedzialność.',
			'Rozmawiaj z dziećmi otwarcie i często o tym, co robią w internecie.',
			'Dziecko nigdy nie jest winne krzywdy, której doświadczyło.',
			'Internet daje dzieciom wiele możliwości, ale niesie też zagrożenia.',
		],
		risks: {
			grooming: [
				'Sprawcy często podają się za rówieśników, aby zdobyć zaufanie dziecka.',
				'Uwodzenie może zacząć się od komplementów, prezentów lub wirtualnej waluty w grach.',
				'Sprawca może nawiązać kontakt przez {p}, a potem namawiać na prywatną rozmowę.',
			],
			'self-generated': [
				'Raz wysłanego zdjęcia nie da się już kontrolować.',
				'Jeśli ktoś prosi cię o nagie zdjęcie, masz prawo odmówić.',
				'Wielu nastolatków jest naciskanych, by wysyłać intymne zdjęcia.',
			],
			sextortion: [
				'Sekstorsja to szantaż: ktoś grozi opublikowaniem intymnych zdjęć, jeśli ofiara nie zapłaci lub nie wyśle kolejnych.',
				'Nie płać i nie wysyłaj kolejnych zdjęć: zerwij kontakt i zachowaj dowody.',
				'Szantażyści często atakują nastoletnich chłopców przez {p}.',
			],
			'non-consensual-sharing': [
				'Udostępnianie czyjegoś intymnego zdjęcia bez zgody to forma przemocy.',
				'Nie przesyłaj dalej zdjęć udostępnionych bez zgody, tylko je zgłoś.',
			],
			'sexual-exploitation': [
				'Materiały przedstawiające wykorzystywanie seksualne dzieci dokumentują prawdziwą krzywdę prawdziwych dzieci.',
				'Przez {p} sprawca może jednocześnie kontaktować się z wieloma dziećmi.',
			],
			'reporting-help': [
				'Materiały przedstawiające wykorzystywanie seksualne dzieci można anonimowo zgłosić do krajowego punktu kontaktowego.',
				'Powiedz {h} o wszystkim, co w sieci sprawiło, że poczułeś się niekomfortowo.',
				'Jeśli dziecku grozi bezpośrednie niebezpieczeństwo, zadzwoń na policję.',
			],
		},
		audiences: {
			young: [
				'Jeśli coś w sieci wydaje ci się dziwne, zaufaj swojej intuicji.',
				'Prawdziwy przyjaciel nigdy nie będzie cię zmuszał do wysyłania zdjęć.',
			],
			parents: [
				'Zapytaj dziecko, jakie aplikacje i gry lubi, i wypróbujcie je razem.',
				'Jeśli dziecko opowie ci o krzywdzie, wysłuchaj go, uwierz mu i nie obwiniaj go.',
			],
			educators: [
				'Nauczyciele mogą poruszać temat bezpieczeństwa w sieci już w szkole podstawowej.',
				'Materiał można wykorzystać podczas lekcji trwającej około 45 minut.',
			],
			public: ['Każdy może pomóc uczynić internet bezpieczniejszym dla dzieci.'],
		},
		closing: ['Zgłoś. Porozmawiaj. Poproś o pomoc.', 'Razem chrońmy dzieci w sieci.'],
	},
	tr: {
		space: ' ',
		places: ['sosyal medya', 'çevrim içi oyunlar', 'mesajlaşma uygulamaları', 'video platformları'],
		helpers: [
			'güvendiğin bir yetişkine',
			'anne babana',
			'öğretmenine',
			'okul psikolojik danışmanına',
			'bir yardım hattına',
		],
		titles: [
			'Ebeveynler için rehber: {t}',
			'Öğretmenler için ders planı: {t}',
			'{t}: sorular ve cevaplar',
			'Gençler için bilgiler: {t}',
			'İnternette güvende kal',
			'Paylaşmadan önce düşün',
			'Bu asla senin suçun değil',
			'Güvendiğin biriyle konuş',
		],
		topics: {
			grooming: ['çevrim içi grooming', 'oyunlarda istismar amaçlı yakınlaşma'],
			'self-generated': ['mahrem fotoğraf paylaşımı', 'sexting'],
			sextortion: ['cinsel şantaj', 'çevrim içi cinsel şantaj'],
			'non-consensual-sharing': ['rıza dışı görüntü paylaşımı', 'dijital cinsel şiddet'],
			'sexual-exploitation': [
				'çevrim içi cinsel sömürü',
				'çocuklara yönelik çevrim içi cinsel istismar',
			],
			'reporting-help': ['nasıl ihbar edilir', 'nereden yardım alınır'],
		},
		general: [
			'Çocuklar ve gençler hayatlarının büyük bir bölümünü çevrim içi geçiriyor.',
			'Çocukların çoğu interneti güvenle kullanır, ancak bazıları onlara zarar vermek isteyen kişilerle karşılaşır.',
			'Çocukları internette korumak ortak bir sorumluluktur.',
			'Çocuklarla internette ne yaptıkları hakkında açıkça ve sık sık konuşun.',
			'İstismar asla çocuğun suçu değildir.',
			'İnternet çocuklara birçok fırsat sunar, ancak bazı riskler de taşır.',
		],
		risks: {
			grooming: [
				'İstismarcılar çoğu zaman çocuğun güvenini kazanmak için yaşıtıymış gibi davranır.',
				'Bu süreç iltifatlar, hediyeler veya oyun içi parayla başlayabilir.',
				'Bir yetişkin çocukla {p} üzerinden tanışıp özel sohbete geçmek isteyebilir.',
			],
			'self-generated': [
				'Bir görüntü bir kez paylaşıldığında nereye gideceğini kontrol etmek çok zordur.',
				'Biri senden çıplak fotoğraf isterse hayır deme hakkın var.',
				'Pek çok genç mahrem fotoğraf göndermesi için baskı görüyor.',
			],
			sextortion: [
				'Cinsel şantaj, birinin para ya da daha fazla görüntü almadıkça cinsel görüntüleri yaymakla tehdit etmesidir.',
				'Para ödeme ve başka görüntü gönderme: iletişimi kes ve kanıtları sakla.',
				'Şantajcılar genellikle {p} üzerinden ergen erkek çocukları hedef alır.',
			],
			'non-consensual-sharing': [
				'Birinin mahrem görüntüsünü rızası olmadan paylaşmak bir şiddet biçimidir.',
				'Rıza dışı paylaşılan görüntüleri iletme, bunun yerine bildir.',
			],
			'sexual-exploitation': [
				'Çocuk cinsel istismarı materyali gerçek çocuklara yönelik gerçek istismarı kaydeder.',
				'İstismarcılar {p} üzerinden aynı anda çok sayıda çocuğa ulaşabilir.',
			],
			'reporting-help': [
				'Çocuk cinsel istismarı materyalini ulusal ihbar hattına isimsiz olarak bildirebilirsiniz.',
				'İnternette seni rahatsız eden her şeyi {h} anlat.',
				'Bir çocuk acil tehlike altındaysa polisi arayın.',
			],
		},
		audiences: {
			young: [
				'İnternette bir şey sana tuhaf geliyorsa içgüdülerine güven.',
				'Gerçek bir arkadaş seni asla fotoğraf göndermeye zorlamaz.',
			],
			parents: [
				'Çocuğunuza hangi uygulama ve oyunları sevdiğini sorun ve birlikte deneyin.',
				'Çocuğunuz istismardan söz ederse onu dinleyin, ona inanın ve suçlamayın.',
			],
			educators: [
				'Öğretmenler internet güvenliğini ilkokuldan itibaren derslere katabilir.',
				'Bu materyal yaklaşık 45 dakikalık bir derste kullanılabilir.',
			],
			public: [
				'Herkes interneti çocuklar için daha güvenli bir yer haline getirmeye yardım edebilir.',
			],
		},
		closing: ['Bildir. Konuş. Yardım al.', 'Birlikte çocukları internette koruyalım.'],
	},
	ko: {
		space: ' ',
		places: ['소셜 미디어', '온라인 게임', '메신저', '동영상 플랫폼', '채팅 앱'],
		helpers: ['믿을 수 있는 어른', '부모님', '선생님', '상담 선생님'],
		titles: [
			'부모가 알아야 할 {t}',
			'교사용 지도안: {t}',
			'{t} 바로 알기',
			'청소년을 위한 안내: {t}',
			'안전한 인터넷 사용 수칙',
			'보내기 전에 생각하세요',
			'당신의 잘못이 아닙니다',
			'믿을 수 있는 사람에게 말하세요',
		],
		topics: {
			grooming: ['온라인 그루밍', '게임 속 그루밍'],
			'self-generated': ['신체 사진 공유', '자기 촬영 이미지'],
			sextortion: ['성착취 협박', '몸캠 피싱'],
			'non-consensual-sharing': ['동의 없는 사진 유포', '디지털 성범죄'],
			'sexual-exploitation': ['온라인 성착취', '아동 대상 온라인 성범죄'],
			'reporting-help': ['신고하는 방법', '도움을 받는 곳'],
		},
		general: [
			'아이들과 청소년들은 생활의 많은 부분을 온라인에서 보냅니다.',
			'대부분의 아이들은 인터넷을 안전하게 사용하지만, 일부는 해를 끼치려는 사람을 만나기도 합니다.',
			'온라인에서 아이들을 보호하는 것은 모두의 책임입니다.',
			'아이가 온라인에서 무엇을 하는지 자주, 솔직하게 이야기를 나누세요.',
			'피해는 결코 아이의 잘못이 아닙니다.',
			'인터넷은 아이들에게 많은 기회를 주지만 위험도 있습니다.',
		],
		risks: {
			grooming: [
				'가해자는 아이의 신뢰를 얻기 위해 또래인 척하는 경우가 많습니다.',
				'그루밍은 칭찬, 선물, 게임 아이템으로 시작될 수 있습니다.',
				'가해자는 {p}에서 만난 뒤 개인 대화로 옮기자고 할 수 있습니다.',
			],
			'self-generated': [
				'사진은 한 번 보내면 어디로 퍼질지 통제하기가 매우 어렵습니다.',
				'누군가 몸 사진을 요구하면 거절할 권리가 있습니다.',
				'많은 청소년이 신체 사진을 보내라는 압박을 받습니다.',
			],
			sextortion: [
				'성착취 협박은 돈을 보내거나 사진을 더 보내지 않으면 성적인 이미지를 퍼뜨리겠다고 위협하는 것입니다.',
				'돈을 보내지 말고 사진도 더 보내지 마세요. 연락을 끊고 증거를 남기세요.',
				'가해자들은 {p}에서 10대 남학생을 노리는 경우가 많습니다.',
			],
			'non-consensual-sharing': [
				'다른 사람의 사적인 사진을 동의 없이 퍼뜨리는 것은 폭력입니다.',
				'동의 없이 공유된 사진은 전달하지 말고 신고하세요.',
			],
			'sexual-exploitation': [
				'아동 성착취물은 실제 아이들이 당한 실제 학대를 기록한 것입니다.',
				'가해자는 {p}에서 동시에 많은 아이들에게 접근할 수 있습니다.',
			],
			'reporting-help': [
				'아동 성착취물은 국가 신고 센터에 익명으로 신고할 수 있습니다.',
				'온라인에서 불편했던 일은 무엇이든 {h}에게 이야기하세요.',
				'아이가 급박한 위험에 처해 있다면 즉시 경찰에 신고하세요.',
			],
		},
		audiences: {
			young: [
				'온라인에서 뭔가 이상하다고 느껴지면 자신의 느낌을 믿으세요.',
				'진짜 친구는 사진을 보내라고 강요하지 않습니다.',
			],
			parents: [
				'아이가 좋아하는 앱과 게임을 물어보고 함께 사용해 보세요.',
				'아이가 피해를 털어놓으면 끝까지 듣고, 믿어 주고, 탓하지 마세요.',
			],
			educators: [
				'교사는 초등학교부터 수업에서 온라인 안전을 다룰 수 있습니다.',
				'이 자료는 약 45분 수업에 활용할 수 있습니다.',
			],
			public: ['누구나 아이들에게 더 안전한 인터넷을 만드는 데 함께할 수 있습니다.'],
		},
		closing: [
			'신고하세요. 이야기하세요. 도움을 요청하세요.',
			'함께 아이들을 온라인 위험으로부터 지켜요.',
		],
	},
} satisfies Record<string, PhraseBank>

export type SyntheticLanguage = keyof typeof BANKS
export const SYNTHETIC_LANGUAGES = Object.keys(BANKS) as SyntheticLanguage[]

/** Rough word count: spaces for most scripts, two characters a word for Chinese and Japanese. */
function countWords(text: string, space: string) {
	if (space === '') return Math.ceil(text.length / 2)
	let words = 1
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) words++
	return words
}

function fill(rng: Rng, sentence: string, bank: PhraseBank) {
	if (!sentence.includes('{')) return sentence
	return sentence
		.replace('{p}', () => pick(rng, bank.places))
		.replace('{h}', () => pick(rng, bank.helpers))
}

/** A sentence from `pool` that is not in `used` yet (and now is), or undefined when all are. */
function pickFresh(rng: Rng, pool: readonly string[], used: string[]) {
	const start = Math.floor(rng() * pool.length)
	for (let k = 0; k < pool.length; k++) {
		const candidate = pool[(start + k) % pool.length]!
		if (!used.includes(candidate)) {
			used.push(candidate)
			return candidate
		}
	}
	return undefined
}

function capitalize(text: string) {
	const first = text.charAt(0)
	const upper = first.toLocaleUpperCase()
	return upper === first ? text : upper + text.slice(1)
}

function makeTitle(rng: Rng, bank: PhraseBank, risks: readonly Risk[]) {
	for (let tries = 0; tries < 4; tries++) {
		const template = pick(rng, bank.titles)
		const title = capitalize(
			template.includes('{t}')
				? template.replace('{t}', pick(rng, bank.topics[pick(rng, risks)]))
				: template,
		)
		if (bank.space === '') return title
		const words = countWords(title, bank.space)
		if (words >= 3 && words <= 9) return title
	}
	// Complete titles (no {t}) all have 3 to 9 words.
	return bank.titles.find((t) => !t.includes('{t}'))!
}

function makeDescription(rng: Rng, bank: PhraseBank, risks: readonly Risk[], group: AudienceGroup) {
	const used: string[] = []
	const parts = [fill(rng, pick(rng, bank.audiences[group]), bank)]
	const more = Math.floor(rng() * 3) // 0 to 2 more sentences
	for (let i = 0; i < more; i++) {
		const sentence = pickFresh(rng, bank.risks[risks[i % risks.length]!], used)
		if (sentence) parts.push(fill(rng, sentence, bank))
	}
	return parts.join(bank.space)
}

/** Order in which pools feed a text: G general, R risk, A audience. */
const TEXT_PLAN = 'GRRARGRARRGARRGRAR'
const HEADLINE_TYPES: ReadonlySet<ResourceType> = new Set([
	'poster',
	'leaflet',
	'social-media-kit',
	'audio-spot',
])

function makeText(
	rng: Rng,
	bank: PhraseBank,
	risks: readonly Risk[],
	group: AudienceGroup,
	resourceType: ResourceType,
	title: string,
) {
	const target = 40 + Math.floor(rng() * 111) // 40 to 150 words
	const used: string[] = []
	let text = ''
	let words = 0
	if (HEADLINE_TYPES.has(resourceType)) {
		// Posters and leaflets print their headline first.
		text = title + '\n'
		words = countWords(title, bank.space)
	}
	let sentences = 0
	let riskTurn = Math.floor(rng() * risks.length)
	for (let step = 0; words < target && step < 40; step++) {
		const kind = TEXT_PLAN[step % TEXT_PLAN.length]
		const pool =
			kind === 'G'
				? bank.general
				: kind === 'A'
					? bank.audiences[group]
					: bank.risks[risks[riskTurn++ % risks.length]!]
		// When a pool runs dry, fall back to broad sentences, then to a
		// neighbouring topic, rather than repeat a sentence.
		const raw =
			pickFresh(rng, pool, used) ??
			pickFresh(rng, bank.general, used) ??
			pickFresh(rng, bank.audiences[group], used) ??
			pickFresh(rng, bank.risks[pick(rng, RISK_WEIGHTS.values)], used)
		if (raw === undefined) continue
		const sentence = fill(rng, raw, bank)
		const w = countWords(sentence, bank.space)
		if (words + w > 150 && words >= 40) break
		if (sentences > 0) text += sentences % 4 === 0 ? '\n\n' : bank.space
		text += sentence
		words += w
		sentences++
	}
	if (rng() < 0.7) {
		const closing = pick(rng, bank.closing)
		const w = countWords(closing, bank.space)
		if (words + w <= 150) text += '\n\n' + closing
	}
	return text
}

// ---------------------------------------------------------------------------
// Materials

/** The part of material `index` that later materials need to point at it. */
function baseOf(seed: number, index: number) {
	const rng = createRng(mixSeed(seed, index))
	const countryCode = draw(rng, COUNTRY_WEIGHTS)
	const originalLang = pick(rng, COUNTRY_PROFILES[countryCode]!.langs)
	return { rng, countryCode, originalLang }
}

function generateMaterial(seed: number, index: number, count: number): SyntheticMaterial {
	const { rng, countryCode, originalLang } = baseOf(seed, index)
	const profile = COUNTRY_PROFILES[countryCode]!
	const resourceType = draw(rng, RESOURCE_TYPE_WEIGHTS)
	const audiences = drawDistinct(rng, AUDIENCE_WEIGHTS, 1 + Math.floor(rng() * rng() * 3))
	const risks = drawDistinct(rng, RISK_WEIGHTS, 1 + Math.floor(rng() * rng() * 3))
	const [ageMin, ageMax] = pick(rng, AGE_RANGES[audiences[0]!])
	const licence = draw(rng, LICENCE_WEIGHTS)
	const accessibility =
		rng() < 0.45 ? drawDistinct(rng, ACCESSIBILITY_WEIGHTS, rng() < 0.7 ? 1 : 2) : []
	const status = draw(rng, STATUS_WEIGHTS)

	// Spread over the years in index order, so derivatives come after their sources.
	const span = LAST_PUBLISHED - FIRST_PUBLISHED
	const published = Math.floor(FIRST_PUBLISHED + ((index + rng()) / Math.max(1, count)) * span)
	const created = published - Math.floor(rng() * 90 * DAY)
	const updated =
		rng() < 0.2 ? Math.min(LAST_PUBLISHED, published + Math.floor(rng() * 365 * DAY)) : published
	const wasPublished = status === 'published' || status === 'withdrawn'

	// Lineage: about 5% derive from the original-language version of an earlier material.
	let derivedFromVersionId: string | null = null
	let derivationKind: DerivationKind | null = null
	if (index > 0 && rng() < 0.05) {
		const sourceIndex = Math.floor(rng() * index)
		const sourceLang = baseOf(seed, sourceIndex).originalLang
		derivedFromVersionId = syntheticVersionId(sourceIndex, sourceLang)
		derivationKind = sourceLang !== originalLang && rng() < 0.6 ? 'translation' : 'adaptation'
	}

	// Language versions: the original, then 0 to 2 translations.
	const roll = rng()
	const versionCount = roll < 0.62 ? 1 : roll < 0.89 ? 2 : 3
	const langs: SyntheticLanguage[] = [originalLang]
	for (let tries = 0; langs.length < versionCount && tries < 10; tries++) {
		const lang =
			profile.extra.length && rng() < 0.6
				? pick(rng, profile.extra)
				: draw(rng, TRANSLATION_LANG_WEIGHTS)
		if (!langs.includes(lang)) langs.push(lang)
	}

	const group = AUDIENCE_GROUP[audiences[0]!]
	const versions = langs.map((lang, position): SyntheticVersion => {
		const bank: PhraseBank = BANKS[lang]
		const title = makeTitle(rng, bank, risks)
		const versionCreated = position === 0 ? created : created + Math.floor(rng() * 30 * DAY)
		const revisionRoll = rng()
		const revision = revisionRoll < 0.8 ? 1 : revisionRoll < 0.95 ? 2 : 3
		return {
			id: syntheticVersionId(index, lang),
			lang,
			title,
			description: makeDescription(rng, bank, risks, group),
			extractedText: makeText(rng, bank, risks, group, resourceType, title),
			revision,
			createdAt: new Date(versionCreated),
			updatedAt: new Date(Math.max(versionCreated, revision > 1 ? updated : versionCreated)),
		}
	})

	return {
		id: syntheticMaterialId(index),
		countryCode,
		campaignId: null,
		resourceType,
		audiences,
		risks,
		ageMin,
		ageMax,
		licence,
		accessibility,
		status,
		originalLang,
		derivedFromVersionId,
		derivedFromRevision: derivedFromVersionId ? 1 : null,
		derivationKind,
		publishedAt: wasPublished ? new Date(published) : null,
		createdAt: new Date(created),
		updatedAt: new Date(wasPublished ? Math.max(updated, published) : created),
		versions,
	}
}

/**
 * `count` synthetic materials, oldest first, generated one at a time. The
 * same (count, seed) always yields the same materials.
 */
export function* syntheticMaterials(count: number, seed = 1): Generator<SyntheticMaterial> {
	for (let index = 0; index < count; index++) yield generateMaterial(seed, index, count)
}

// ---------------------------------------------------------------------------
// SQLite

const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/', import.meta.url))

/**
 * Creates a fresh SQLite file at `dbPath` (replacing any file there) and
 * applies every prisma/migrations/<name>/migration.sql in order: a database
 * for tests and benchmarks without the Prisma CLI.
 */
export function createMigratedDatabase(dbPath: string) {
	for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(dbPath + suffix, { force: true })
	fs.mkdirSync(path.dirname(dbPath), { recursive: true })
	const migrations = fs
		.readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => path.join(MIGRATIONS_DIR, entry.name, 'migration.sql'))
		.filter((file) => fs.existsSync(file))
		.sort()
	const db = new Database(dbPath)
	try {
		for (const file of migrations) db.exec(fs.readFileSync(file, 'utf8'))
	} finally {
		db.close()
	}
}

/**
 * DateTime as Prisma's better-sqlite3 adapter writes it (its default
 * `iso8601` format: toISOString with `+00:00` for `Z`), so synthetic rows
 * compare and sort exactly like rows the app writes.
 */
function sqliteDate(date: Date) {
	return date.toISOString().replace('Z', '+00:00')
}

const BATCH = 5000

/**
 * Inserts `count` synthetic materials (isDemo = 1) into a migrated database,
 * after the Alliance countries. Streams the generator with prepared
 * statements, one transaction per 5,000 materials.
 */
export async function populateSyntheticDatabase(
	dbPath: string,
	count: number,
	options: { seed?: number; onProgress?: (done: number) => void } = {},
) {
	const { seed = 1, onProgress } = options
	const db = new Database(dbPath)
	try {
		const journalMode = db.pragma('journal_mode', { simple: true }) as string
		db.pragma('journal_mode = WAL')
		db.pragma('synchronous = OFF')
		db.pragma('cache_size = -262144') // 256 MiB
		db.pragma('temp_store = MEMORY')

		const insertCountry = db.prepare(
			'INSERT OR IGNORE INTO "Country" ("code", "allianceSince") VALUES (?, ?)',
		)
		db.transaction(() => {
			for (const code of ALLIANCE_COUNTRIES) insertCountry.run(code, allianceSince(code))
		})()

		const insertMaterial = db.prepare(
			`INSERT INTO "Material" ("id", "campaignId", "countryCode", "resourceType", "ageMin", "ageMax",
				"licence", "status", "originalLang", "derivedFromVersionId", "derivedFromRevision",
				"derivationKind", "isDemo", "publishedAt", "createdAt", "updatedAt")
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
		)
		const insertVersion = db.prepare(
			`INSERT INTO "MaterialVersion" ("id", "materialId", "lang", "title", "description",
				"extractedText", "revision", "createdAt", "updatedAt")
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		)
		const insertAudience = db.prepare(
			'INSERT INTO "MaterialAudience" ("materialId", "audience") VALUES (?, ?)',
		)
		const insertRisk = db.prepare('INSERT INTO "MaterialRisk" ("materialId", "risk") VALUES (?, ?)')
		const insertAccessibility = db.prepare(
			'INSERT INTO "MaterialAccessibility" ("materialId", "feature") VALUES (?, ?)',
		)

		let done = 0
		db.exec('BEGIN')
		try {
			for (const m of syntheticMaterials(count, seed)) {
				insertMaterial.run(
					m.id,
					m.campaignId,
					m.countryCode,
					m.resourceType,
					m.ageMin,
					m.ageMax,
					m.licence,
					m.status,
					m.originalLang,
					m.derivedFromVersionId,
					m.derivedFromRevision,
					m.derivationKind,
					m.publishedAt ? sqliteDate(m.publishedAt) : null,
					sqliteDate(m.createdAt),
					sqliteDate(m.updatedAt),
				)
				for (const v of m.versions) {
					insertVersion.run(
						v.id,
						m.id,
						v.lang,
						v.title,
						v.description,
						v.extractedText,
						v.revision,
						sqliteDate(v.createdAt),
						sqliteDate(v.updatedAt),
					)
				}
				for (const audience of m.audiences) insertAudience.run(m.id, audience)
				for (const risk of m.risks) insertRisk.run(m.id, risk)
				for (const feature of m.accessibility) insertAccessibility.run(m.id, feature)
				done++
				if (done % BATCH === 0) {
					db.exec('COMMIT')
					onProgress?.(done)
					// Let timers and I/O run between batches.
					await new Promise((resolve) => setImmediate(resolve))
					db.exec('BEGIN')
				}
			}
			db.exec('COMMIT')
		} catch (error) {
			if (db.inTransaction) db.exec('ROLLBACK')
			throw error
		}
		if (done % BATCH !== 0) onProgress?.(done)

		db.pragma('wal_checkpoint(TRUNCATE)')
		db.pragma(`journal_mode = ${journalMode === 'wal' ? 'WAL' : 'DELETE'}`)
	} finally {
		db.close()
	}
}
