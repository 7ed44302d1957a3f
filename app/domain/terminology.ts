import { type ContentLanguage } from '#app/domain/languages.ts'
import { normalizeText } from '#app/search/text.ts'

/**
 * A terminology check for awareness materials, following the Terminology
 * Guidelines for the Protection of Children from Sexual Exploitation and
 * Sexual Abuse (the "Luxembourg Guidelines", Interagency Working Group, 2016).
 * Words shape how the public sees the harm: "child pornography" makes abuse
 * sound like a genre of pornography, "child prostitution" suggests a child
 * chose to sell sex, "revenge porn" suggests the victim deserved it. Materials
 * are adapted from country to country, so the check runs on every language
 * version and suggests the wording the Guidelines (or their official
 * translations and national practice) recommend instead.
 *
 * It is advice for authors and moderators, never a block: a material may
 * quote a law's title ("Kinderpornografie" in a German statute, 児童ポルノ
 * in Japan's) and still be right to do so.
 */

export const TERMINOLOGY_REASONS = [
	/** The wording suggests the child agreed or took part willingly. */
	'implies-consent',
	/** The wording makes abuse sound like a legitimate activity or product (pornography, tourism). */
	'legitimises',
	/** The wording puts blame or shame on the child or victim. */
	'victim-blaming',
	/** A clinical diagnosis used as a label for offenders (most offenders are not paedophiles). */
	'offender-label',
] as const
export type TerminologyReason = (typeof TERMINOLOGY_REASONS)[number]

export interface DiscouragedTerm {
	/** The discouraged wording, as usually written in the language. Always matched. */
	term: string
	/** The recommended replacement, to show (or offer) in place of the term. */
	preferred: string
	reason: TerminologyReason
	/**
	 * Other spellings and inflections, as regular-expression sources matched
	 * against folded text (see findDiscouragedTerms): written in lower case;
	 * accented and Arabic letters may be written as usual, they are folded the
	 * way the text is (é means e, أ means ا, ة means ه, so do not put them in a
	 * character class next to their folded form). A space stands for one or
	 * more separators (spaces, line breaks, hyphens), `~` for an optional
	 * hyphen (German and Dutch compounds written "Kinder-Pornografie").
	 * Word boundaries are added around the whole pattern.
	 */
	forms?: readonly string[]
}

/**
 * Discouraged terms per content language. Keep each language's wording
 * idiomatic rather than translated from the English list, and the
 * `preferred` wording free of every term of its own language (a test checks).
 */
export const TERMINOLOGY: Readonly<Partial<Record<ContentLanguage, readonly DiscouragedTerm[]>>> = {
	en: [
		{
			term: 'child pornography',
			preferred: 'child sexual abuse material',
			reason: 'legitimises',
			forms: ['child pornographic (?:material|content|images?|videos?)s?'],
		},
		{
			term: 'child porn',
			preferred: 'child sexual abuse material',
			reason: 'legitimises',
			forms: ['kidd(?:ie|y) porno?'],
		},
		{
			term: 'self-generated child pornography',
			preferred: 'self-generated sexual material',
			reason: 'legitimises',
			forms: ['self~produced child pornography'],
		},
		{
			term: 'child prostitute',
			preferred: 'child subjected to sexual exploitation',
			reason: 'victim-blaming',
			forms: ['child prostitutes'],
		},
		{
			term: 'child prostitution',
			preferred: 'sexual exploitation of children',
			reason: 'implies-consent',
			forms: ['(?:juvenile|teen|teenage) prostitution'],
		},
		{
			term: 'child sex worker',
			preferred: 'child subjected to sexual exploitation',
			reason: 'implies-consent',
			forms: ['child sex workers'],
		},
		{
			term: 'child sex tourism',
			preferred: 'sexual exploitation of children in travel and tourism',
			reason: 'legitimises',
		},
		{
			term: 'sex tourism',
			preferred: 'sexual exploitation of children in travel and tourism',
			reason: 'legitimises',
		},
		{
			term: 'child sex tourist',
			preferred: 'travelling child sex offender',
			reason: 'legitimises',
			forms: ['(?:child )?sex tourists?'],
		},
		{
			term: 'revenge porn',
			preferred: 'non-consensual sharing of intimate images',
			reason: 'victim-blaming',
			forms: ['revenge pornography'],
		},
		{
			term: 'underage sex',
			preferred: 'child sexual abuse',
			reason: 'implies-consent',
			forms: ['underage sexual (?:activity|relations)'],
		},
		{
			term: 'paedophile',
			preferred: 'child sex offender',
			reason: 'offender-label',
			// Not "paedophilia": the diagnosis itself is a legitimate word.
			forms: ['pa?edophiles?'],
		},
	],
	fr: [
		{
			term: 'pédopornographie',
			preferred: 'matériel d’abus sexuel sur enfant',
			reason: 'legitimises',
			forms: ['pedopornographies', 'pedopornographiques?'],
		},
		{
			term: 'contenu pédopornographique',
			preferred: 'contenus d’abus sexuels sur enfants',
			reason: 'legitimises',
			forms: ['(?:contenus?|images?|videos?|fichiers?|materiels?|photos?) pedopornographiques?'],
		},
		{
			term: 'pornographie infantile',
			preferred: 'matériel d’abus sexuel sur enfant',
			reason: 'legitimises',
			forms: [
				'pornographies? (?:infantiles?|juveniles?|enfantines?)',
				'pornographie (?:mettant en scene|impliquant) des (?:enfants|mineurs)',
			],
		},
		{
			term: 'prostitution infantile',
			preferred: 'exploitation sexuelle des enfants',
			reason: 'implies-consent',
			forms: ['prostitution (?:enfantine|juvenile|des enfants|des mineurs|de mineurs)'],
		},
		{
			term: 'enfant prostitué',
			preferred: 'enfant victime d’exploitation sexuelle',
			reason: 'victim-blaming',
			forms: ['enfants? prostitue(?:e|s|es)?', 'mineure?s? prostitue(?:e|s|es)?'],
		},
		{
			term: 'tourisme sexuel',
			preferred: 'exploitation sexuelle des enfants dans le contexte des voyages et du tourisme',
			reason: 'legitimises',
			forms: ['tourisme sexuel (?:impliquant des enfants|pedophile)'],
		},
		{
			term: 'revenge porn',
			preferred: 'diffusion non consentie d’images intimes',
			reason: 'victim-blaming',
			forms: ['vengeance pornographique', 'porno~vengeance'],
		},
		{
			// The official French coinage for "revenge porn" still calls the images pornography.
			term: 'pornodivulgation',
			preferred: 'diffusion non consentie d’images intimes',
			reason: 'legitimises',
		},
		{
			term: 'pédophile',
			preferred: 'auteur d’infractions sexuelles sur enfant',
			reason: 'offender-label',
			forms: ['pedophiles'],
		},
	],
	es: [
		{
			term: 'pornografía infantil',
			preferred: 'material de abuso sexual infantil',
			reason: 'legitimises',
			forms: ['pornografia (?:infantil|juvenil|de menores|con menores)'],
		},
		{
			term: 'pedopornografía',
			preferred: 'material de abuso sexual infantil',
			reason: 'legitimises',
			forms: ['pedopornografic[oa]s?'],
		},
		{
			term: 'prostitución infantil',
			preferred: 'explotación sexual de niñas, niños y adolescentes',
			reason: 'implies-consent',
			forms: ['prostitucion (?:juvenil|de menores|de ninos|de ninas)'],
		},
		{
			term: 'niño prostituto',
			preferred: 'niña, niño o adolescente víctima de explotación sexual',
			reason: 'victim-blaming',
			forms: ['nin[oa]s? prostitut[oa]s?', 'menores prostitut[oa]s'],
		},
		{
			term: 'turismo sexual',
			preferred:
				'explotación sexual de niñas, niños y adolescentes en el contexto de viajes y turismo',
			reason: 'legitimises',
			forms: ['turismo sexual infantil'],
		},
		{
			term: 'porno vengativo',
			preferred: 'difusión no consentida de imágenes íntimas',
			reason: 'victim-blaming',
			forms: ['porno~venganza', 'pornografia (?:vengativa|de venganza)', 'revenge porn'],
		},
		{
			term: 'pedófilo',
			preferred: 'agresor sexual de niñas y niños',
			reason: 'offender-label',
			forms: ['pedofil(?:o|a|os|as)'],
		},
	],
	de: [
		{
			term: 'Kinderpornografie',
			preferred: 'Darstellungen sexuellen Kindesmissbrauchs',
			reason: 'legitimises',
			forms: [
				'kinder~pornogra(?:f|ph)ie',
				'kinder~pornogra(?:f|ph)isch(?:e|em|en|er|es)?',
				'kinder~pornos?',
			],
		},
		{
			term: 'Jugendpornografie',
			preferred: 'Darstellungen sexuellen Missbrauchs von Jugendlichen',
			reason: 'legitimises',
			forms: [
				'jugend~pornogra(?:f|ph)ie',
				'jugend~pornogra(?:f|ph)isch(?:e|em|en|er|es)?',
				'jugend~pornos?',
			],
		},
		{
			term: 'Kinderprostitution',
			preferred: 'sexuelle Ausbeutung von Kindern',
			reason: 'implies-consent',
			forms: ['kinder~prostitution'],
		},
		{
			term: 'Kinderprostituierte',
			preferred: 'sexuell ausgebeutete Kinder',
			reason: 'victim-blaming',
			forms: ['kinder~prostituierten?'],
		},
		{
			term: 'Kindersextourismus',
			preferred: 'sexuelle Ausbeutung von Kindern auf Reisen und im Tourismus',
			reason: 'legitimises',
			forms: ['kinder~sex~tourismus'],
		},
		{
			term: 'Sextourismus',
			preferred: 'sexuelle Ausbeutung von Kindern auf Reisen und im Tourismus',
			reason: 'legitimises',
			forms: ['sex~tourismus'],
		},
		{
			term: 'Racheporno',
			preferred: 'nicht einvernehmliche Verbreitung intimer Bilder',
			reason: 'victim-blaming',
			forms: ['rache~pornos?', 'rache~pornogra(?:f|ph)ie', 'revenge porn'],
		},
		{
			term: 'Pädophiler',
			preferred: 'Täter sexuellen Kindesmissbrauchs',
			reason: 'offender-label',
			// Not "Pädophilie": the diagnosis itself is a legitimate word.
			forms: ['padophil(?:e|er|en)'],
		},
		{
			// "Schänder": the shame is put on the child.
			term: 'Kinderschänder',
			preferred: 'Täter sexuellen Kindesmissbrauchs',
			reason: 'victim-blaming',
			forms: ['kinderschander(?:s|n)?'],
		},
		{
			term: 'Sex mit Kindern',
			preferred: 'sexueller Kindesmissbrauch',
			reason: 'implies-consent',
			forms: ['sex mit (?:minderjahrigen|einem kind)'],
		},
	],
	pt: [
		{
			term: 'pornografia infantil',
			preferred: 'material de abuso sexual de crianças',
			reason: 'legitimises',
			forms: ['pornografia (?:infanto~juvenil|juvenil|de menores)'],
		},
		{
			term: 'pedopornografia',
			preferred: 'material de abuso sexual de crianças',
			reason: 'legitimises',
			forms: ['pedopornografic[oa]s?'],
		},
		{
			term: 'prostituição infantil',
			preferred: 'exploração sexual de crianças',
			reason: 'implies-consent',
			forms: ['prostituicao (?:infanto~juvenil|de menores|de criancas)'],
		},
		{
			term: 'criança prostituta',
			preferred: 'criança vítima de exploração sexual',
			reason: 'victim-blaming',
			forms: ['criancas prostitutas'],
		},
		{
			term: 'turismo sexual',
			preferred: 'exploração sexual de crianças no contexto de viagens e turismo',
			reason: 'legitimises',
		},
		{
			term: 'pornografia de vingança',
			preferred: 'partilha não consentida de imagens íntimas',
			reason: 'victim-blaming',
			forms: ['porno de vinganca', 'revenge porn'],
		},
		{
			term: 'pedófilo',
			preferred: 'agressor sexual de crianças',
			reason: 'offender-label',
			forms: ['pedofil(?:o|a|os|as)'],
		},
	],
	it: [
		{
			term: 'pedopornografia',
			preferred: 'materiale di abuso sessuale su minori',
			reason: 'legitimises',
			forms: ['pedopornograf(?:ie|ico|ica|ici|iche)'],
		},
		{
			term: 'pornografia minorile',
			preferred: 'materiale di abuso sessuale su minori',
			reason: 'legitimises',
			forms: ['pornografia (?:infantile|giovanile)'],
		},
		{
			term: 'prostituzione minorile',
			preferred: 'sfruttamento sessuale di minori',
			reason: 'implies-consent',
			forms: ['prostituzione (?:infantile|giovanile)'],
		},
		{
			term: 'baby prostitute',
			preferred: 'minori vittime di sfruttamento sessuale',
			reason: 'victim-blaming',
			forms: ['baby (?:squillo|prostituta)'],
		},
		{
			term: 'turismo sessuale',
			preferred: 'sfruttamento sessuale di minori nei viaggi e nel turismo',
			reason: 'legitimises',
			forms: ['turismo sessuale minorile'],
		},
		{
			term: 'revenge porn',
			preferred: 'diffusione non consensuale di immagini intime',
			reason: 'victim-blaming',
			forms: ['porno~vendetta', 'pornografia (?:della )?vendetta', 'revenge pornography'],
		},
		{
			term: 'pedofilo',
			preferred: 'autore di abusi sessuali su minori',
			reason: 'offender-label',
			// Not "pedofilia": the diagnosis itself is a legitimate word.
			forms: ['pedofil[iae]'],
		},
	],
	nl: [
		{
			term: 'kinderpornografie',
			preferred: 'beeldmateriaal van seksueel kindermisbruik',
			reason: 'legitimises',
			forms: ['kinder~porno(?:grafische?|s)?', 'kinder~pornografie'],
		},
		{
			term: 'kinderprostitutie',
			preferred: 'seksuele uitbuiting van kinderen',
			reason: 'implies-consent',
			forms: ['kinder~prostitutie', 'jeugd~prostitutie'],
		},
		{
			term: 'kindersekstoerisme',
			preferred: 'seksuele uitbuiting van kinderen in reizen en toerisme',
			reason: 'legitimises',
			forms: ['kinder~seks~toerisme'],
		},
		{
			term: 'sekstoerisme',
			preferred: 'seksuele uitbuiting van kinderen in reizen en toerisme',
			reason: 'legitimises',
			forms: ['seks~toerisme'],
		},
		{
			term: 'wraakporno',
			preferred: 'verspreiding van intieme beelden zonder toestemming',
			reason: 'victim-blaming',
			forms: ['wraak~porno', 'revenge porn'],
		},
		{
			term: 'pedofiel',
			preferred: 'pleger van seksueel kindermisbruik',
			reason: 'offender-label',
			forms: ['pedofiel(?:e|en)'],
		},
	],
	ru: [
		{
			term: 'детская порнография',
			preferred: 'материалы сексуального насилия над детьми',
			reason: 'legitimises',
			forms: [
				'детск(?:ая|ой|ую|ие|их|им|ими) порнографи(?:я|и|ю|ей)',
				'детск(?:ое|ого|ому|им|ом) порно',
				'порнографи(?:я|и|ю|ей) с участием (?:детей|несовершеннолетних)',
			],
		},
		{
			term: 'детская проституция',
			preferred: 'сексуальная эксплуатация детей',
			reason: 'implies-consent',
			forms: [
				'детск(?:ая|ой|ую) проституци(?:я|и|ю|ей)',
				'проституци(?:я|и|ю|ей) несовершеннолетних',
			],
		},
		{
			term: 'детская проститутка',
			preferred: 'ребёнок, подвергшийся сексуальной эксплуатации',
			reason: 'victim-blaming',
			forms: [
				'(?:детск|малолетн|несовершеннолетн)(?:ая|яя|ой|ей|ую|юю|ие|их|ими) проститут(?:ка|ки|ку|кой|ок|кам|ками|ках)',
			],
		},
		{
			term: 'секс-туризм',
			preferred: 'сексуальная эксплуатация детей в сфере путешествий и туризма',
			reason: 'legitimises',
			forms: ['секс(?: )?туризм(?:а|у|ом|е)?', 'сексуальн(?:ый|ого|ому|ым|ом) туризм(?:а|у|ом|е)?'],
		},
		{
			term: 'порноместь',
			preferred: 'распространение интимных изображений без согласия',
			reason: 'victim-blaming',
			forms: ['порно(?: )?мест(?:ь|и|ью)'],
		},
		{
			term: 'педофил',
			preferred: 'лицо, совершившее сексуальное насилие над ребёнком',
			reason: 'offender-label',
			// Not "педофилия": the diagnosis itself is a legitimate word.
			forms: ['педофил(?:а|у|ом|е|ы|ов|ам|ами|ах)'],
		},
	],
	uk: [
		{
			term: 'дитяча порнографія',
			preferred: 'матеріали сексуального насильства над дітьми',
			reason: 'legitimises',
			forms: ['дитяч(?:а|ої|у|ій|ою|і|их) порнографі(?:я|ї|ю|єю)'],
		},
		{
			term: 'дитяча проституція',
			preferred: 'сексуальна експлуатація дітей',
			reason: 'implies-consent',
			forms: ['дитяч(?:а|ої|у|ій|ою) проституці(?:я|ї|ю|єю)'],
		},
		{
			term: 'секс-туризм',
			preferred: 'сексуальна експлуатація дітей у сфері подорожей і туризму',
			reason: 'legitimises',
			forms: ['секс(?: )?туризм(?:у|ом|і)?'],
		},
	],
	pl: [
		{
			term: 'pornografia dziecięca',
			preferred: 'materiały przedstawiające seksualne wykorzystywanie dzieci',
			reason: 'legitimises',
			forms: [
				'pornografi[aie] dzieci(?:eca|ecej)',
				'pornografi[aie] z udzialem (?:dzieci|maloletnich)',
			],
		},
		{
			term: 'prostytucja dziecięca',
			preferred: 'seksualne wykorzystywanie dzieci',
			reason: 'implies-consent',
			forms: [
				'prostytucj[aie] (?:dzieci(?:eca|ecej)|dzieci|nieletnich)',
				'dzieci(?:eca|ecej) prostytucj[aie]',
			],
		},
		{
			term: 'seksturystyka',
			preferred: 'seksualne wykorzystywanie dzieci w podróżach i turystyce',
			reason: 'legitimises',
			forms: ['seks(?: )?turystyk[aie]', 'turystyk[aie] seksualn(?:a|ej|e)'],
		},
	],
	el: [
		{
			term: 'παιδική πορνογραφία',
			preferred: 'υλικό σεξουαλικής κακοποίησης παιδιών',
			reason: 'legitimises',
			forms: ['παιδικ(?:η|ης) πορνογραφια(?:ς)?'],
		},
		{
			term: 'παιδική πορνεία',
			preferred: 'σεξουαλική εκμετάλλευση παιδιών',
			reason: 'implies-consent',
			forms: ['παιδικ(?:η|ης) πορνεια(?:ς)?'],
		},
	],
	ar: [
		{
			term: 'إباحية الأطفال',
			preferred: 'مواد الاعتداء الجنسي على الأطفال',
			reason: 'legitimises',
		},
		{
			term: 'المواد الإباحية للأطفال',
			preferred: 'مواد الاعتداء الجنسي على الأطفال',
			reason: 'legitimises',
			forms: [
				'(?:ال)?(?:مواد|صور) (?:ال)?إباحية (?:للأطفال|(?:المتعلقة|الخاصة) بالأطفال)',
				'استغلال الأطفال في المواد الإباحية',
			],
		},
		{
			term: 'دعارة الأطفال',
			preferred: 'الاستغلال الجنسي للأطفال',
			reason: 'implies-consent',
			forms: ['بغاء الأطفال', 'استغلال الأطفال في (?:البغاء|الدعارة)'],
		},
		{
			term: 'السياحة الجنسية',
			preferred: 'الاستغلال الجنسي للأطفال في سياق السفر والسياحة',
			reason: 'legitimises',
			forms: ['سياحة جنسية'],
		},
		{
			term: 'الإباحية الانتقامية',
			preferred: 'نشر الصور الحميمة دون موافقة',
			reason: 'victim-blaming',
			forms: ['الانتقام الإباحي'],
		},
		{
			term: 'مشتهي الأطفال',
			preferred: 'مرتكب الاعتداء الجنسي على الأطفال',
			reason: 'offender-label',
			forms: ['مشتهو الأطفال'],
		},
	],
	zh: [
		{
			term: '儿童色情',
			preferred: '儿童性虐待材料',
			reason: 'legitimises',
			forms: ['儿童色情(?:制品|材料|内容|图片|图像|视频|物品)'],
		},
		{
			term: '兒童色情',
			preferred: '兒童性虐待材料',
			reason: 'legitimises',
			forms: ['兒童色情(?:製品|材料|內容|圖片|圖像|影片|物品)'],
		},
		{ term: '儿童卖淫', preferred: '对儿童的性剥削', reason: 'implies-consent' },
		{ term: '兒童賣淫', preferred: '對兒童的性剝削', reason: 'implies-consent' },
		{ term: '雏妓', preferred: '遭受性剥削的儿童', reason: 'victim-blaming' },
		{ term: '雛妓', preferred: '遭受性剝削的兒童', reason: 'victim-blaming' },
		{
			// Not a bare 性旅游: "男性旅游" (men's travel) contains it.
			term: '儿童性旅游',
			preferred: '旅行和旅游中对儿童的性剥削',
			reason: 'legitimises',
			forms: ['色情旅游'],
		},
		{
			term: '兒童性旅遊',
			preferred: '旅行和旅遊中對兒童的性剝削',
			reason: 'legitimises',
			forms: ['色情旅遊'],
		},
		{
			term: '复仇色情',
			preferred: '未经同意分享私密图像',
			reason: 'victim-blaming',
			forms: ['报复性色情', '色情报复'],
		},
		{
			term: '復仇色情',
			preferred: '未經同意分享私密圖像',
			reason: 'victim-blaming',
			forms: ['報復性色情', '色情報復'],
		},
		{ term: '恋童癖者', preferred: '儿童性犯罪者', reason: 'offender-label' },
		{ term: '戀童癖者', preferred: '兒童性犯罪者', reason: 'offender-label' },
		{
			// The offence abolished in 2015 for calling raped girls prostitutes.
			term: '嫖宿幼女',
			preferred: '性侵儿童',
			reason: 'victim-blaming',
		},
	],
	ja: [
		{
			term: '児童ポルノ',
			preferred: '児童性的虐待コンテンツ',
			reason: 'legitimises',
			forms: ['(?:子ども|子供|こども)(?:の)?ポルノ', 'チャイルドポルノ'],
		},
		{
			// 児童買春 (buying) names the adult's act; 売春 (selling) makes the child the actor.
			term: '児童売春',
			preferred: '児童の性的搾取',
			reason: 'implies-consent',
			forms: ['(?:子ども|子供|こども)(?:の)?売春'],
		},
		{ term: '援助交際', preferred: '児童の性的搾取', reason: 'implies-consent' },
		{ term: 'リベンジポルノ', preferred: '私的な性的画像の同意なき拡散', reason: 'victim-blaming' },
	],
	ko: [
		{
			// Korean law renamed these "성착취물" (sexual exploitation material) in 2020.
			term: '아동 포르노',
			preferred: '아동·청소년 성착취물',
			reason: 'legitimises',
			forms: [
				'아동(?: )?포르노(?:물|그래피)?',
				'아동(?: )?음란물',
				'아동(?: |·)?청소년(?: )?음란물',
			],
		},
		{
			term: '리벤지 포르노',
			preferred: '성적 촬영물 비동의 유포',
			reason: 'victim-blaming',
			forms: ['리벤지(?: )?포르노'],
		},
	],
}

export interface TermMatch {
	/** UTF-16 offsets of the match in the original text (end exclusive). */
	start: number
	end: number
	/** The original text of the match, as the author wrote it. */
	found: string
	term: string
	preferred: string
	reason: TerminologyReason
}

/**
 * How words are delimited. `word`: no letter or digit right before or after
 * a match (space-separated scripts). `start`: only before (Korean attaches
 * particles to the noun: 아동음란물을). `none`: substrings (Chinese and
 * Japanese have no spaces between words). Arabic also allows one-letter
 * proclitics (و ف ب ل ك) before a match, since they are written attached:
 * وإباحية الأطفال is "and child pornography".
 */
interface Matching {
	boundary: 'word' | 'start' | 'none'
	proclitics?: boolean
}
const MATCHING: Readonly<Record<string, Matching>> = {
	ar: { boundary: 'word', proclitics: true },
	ja: { boundary: 'none' },
	ko: { boundary: 'start' },
	zh: { boundary: 'none' },
}
const WORD_MATCHING: Matching = { boundary: 'word' }

/** Whether the terminology check knows this language (else it finds nothing). */
export function hasTerminology(lang: string): boolean {
	const key = primaryLanguage(lang)
	return key !== null && Object.hasOwn(TERMINOLOGY, key)
}

/**
 * The discouraged terms in `text`, read as language `lang` (a BCP 47 tag;
 * only its primary subtag counts), sorted by start, without overlaps: where
 * matches overlap the longest wins ("self-generated child pornography" over
 * "child pornography"). Never throws; unknown languages and non-strings give
 * no match.
 *
 * The text is folded the way the search engine folds it (normalizeText:
 * NFKC, case, Latin/Greek/Cyrillic diacritics, Arabic harakat, tatweel and
 * letter variants), one character with its combining marks at a time, so
 * every folded character knows where it came from and offsets point into the
 * original text even when folding removed or added characters. Separators
 * between the words of a term may be any run of spaces, line breaks,
 * hyphens or underscores.
 */
export function findDiscouragedTerms(text: string, lang: string): TermMatch[] {
	if (typeof text !== 'string' || text.length === 0) return []
	const language = compiledLanguage(lang)
	if (!language) return []
	const folded = foldWithOffsets(text)
	const { boundary, proclitics = false } = language.matching
	const candidates: (TermMatch & { order: number })[] = []
	for (const [order, { entry, pattern }] of language.terms.entries()) {
		pattern.lastIndex = 0
		for (let m = pattern.exec(folded.text); m; m = pattern.exec(folded.text)) {
			const from = m.index
			const to = from + m[0].length
			if (to === from) {
				pattern.lastIndex = from + 1
				continue
			}
			if (boundary !== 'none' && !startsWord(folded.text, from, proclitics)) {
				// A later, overlapping start could still be at a word start.
				pattern.lastIndex = from + 1
				continue
			}
			const start = folded.starts[from]!
			const end = folded.ends[to - 1]!
			candidates.push({
				start,
				end,
				found: text.slice(start, end),
				term: entry.term,
				preferred: entry.preferred,
				reason: entry.reason,
				order,
			})
		}
	}
	if (candidates.length === 0) return []

	// Longest first, then leftmost, then list order; a match is kept when none of its
	// characters belongs to a kept one. Marking characters keeps this linear in the text.
	candidates.sort(
		(a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order,
	)
	const taken = new Uint8Array(text.length)
	const kept: TermMatch[] = []
	for (const { order: _order, ...match } of candidates) {
		let free = true
		for (let i = match.start; i < match.end && free; i++) if (taken[i]) free = false
		if (!free) continue
		taken.fill(1, match.start, match.end)
		kept.push(match)
	}
	return kept.sort((a, b) => a.start - b.start)
}

/**
 * The discouraged terms in all the texts of one language version (title,
 * description, poster texts, text extracted from its files), each term
 * once with the first wording found: the advice shown after every save.
 */
export function terminologyAdvice(lang: string, texts: readonly string[]) {
	const seen = new Map<string, Pick<TermMatch, 'found' | 'preferred' | 'reason'>>()
	for (const text of texts) {
		for (const { term, found, preferred, reason } of findDiscouragedTerms(text, lang)) {
			if (!seen.has(term)) seen.set(term, { found, preferred, reason })
		}
	}
	return [...seen.values()]
}

/** findDiscouragedTerms for each language version of a material, in the given order. */
export function checkAllLanguages(
	texts: readonly { lang: string; text: string }[],
): { lang: string; matches: TermMatch[] }[] {
	if (!Array.isArray(texts)) return []
	return texts.map((version: unknown) => {
		const { lang, text } = (version ?? {}) as { lang?: unknown; text?: unknown }
		const language = typeof lang === 'string' ? lang : ''
		return {
			lang: language,
			matches: typeof text === 'string' ? findDiscouragedTerms(text, language) : [],
		}
	})
}

// ---------------------------------------------------------------------------
// Folding with offsets

interface FoldedText {
	text: string
	/** For each UTF-16 unit of `text`, where the original character it came from starts and ends. */
	starts: Int32Array
	ends: Int32Array
}

const SPACE_OR_CONTROL = /[\s\p{Cc}]/u
const FORMAT = /\p{Cf}/u
/** Sentinel for characters that vanish without belonging to the word before (bidi controls, joiners). */
const VANISHES = null

/**
 * Folds `text` one cluster at a time (a character and the combining marks
 * after it, so "e\u0301" folds as "é" would and half-width ﾍﾞ as ベ).
 * Whitespace and control characters become a space, format characters
 * vanish, lone surrogates become U+FFFD, everything else goes through
 * normalizeText. A cluster that folds to nothing (tatweel, a stray mark)
 * joins the character before it, so highlighting covers it.
 */
function foldWithOffsets(text: string): FoldedText {
	const n = text.length
	let capacity = n + 16
	let units = new Uint16Array(capacity)
	let starts = new Int32Array(capacity)
	let ends = new Int32Array(capacity)
	let size = 0
	// Clusters of several code points, memoized within this call only.
	const memo = new Map<string, string | typeof VANISHES>()
	for (let i = 0; i < n;) {
		const c = text.charCodeAt(i)
		let j = i + (isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1)
		while (j < n && text.charCodeAt(j) >= 0x300) {
			const next = text.codePointAt(j)!
			if (!isMarkLike(next)) break
			j += next > 0xffff ? 2 : 1
		}
		if (j === i + 1 && c < 0x80) {
			// Plain ASCII, the bulk of most texts: lower-cased inline.
			if (size === capacity) {
				capacity *= 2
				;[units, starts, ends] = [
					grow16(units, capacity),
					grow(starts, capacity),
					grow(ends, capacity),
				]
			}
			units[size] = c >= 0x41 && c <= 0x5a ? c + 32 : c <= 0x20 || c === 0x7f ? 0x20 : c
			starts[size] = i
			ends[size] = j
			size++
			i = j
			continue
		}
		let piece: string | typeof VANISHES
		if (j === i + 1) piece = foldBmpCharacter(c)
		else {
			const cluster = text.slice(i, j)
			const cached = memo.get(cluster)
			if (cached !== undefined) piece = cached
			else memo.set(cluster, (piece = foldCluster(cluster)))
		}
		if (piece === VANISHES) {
			// Leaves no trace.
		} else if (piece.length === 0) {
			if (size > 0 && ends[size - 1] === i) ends[size - 1] = j
		} else {
			if (size + piece.length > capacity) {
				capacity = Math.max(capacity * 2, size + piece.length)
				;[units, starts, ends] = [
					grow16(units, capacity),
					grow(starts, capacity),
					grow(ends, capacity),
				]
			}
			for (let k = 0; k < piece.length; k++, size++) {
				units[size] = piece.charCodeAt(k)
				starts[size] = i
				ends[size] = j
			}
		}
		i = j
	}
	return { text: decodeUnits(units, size), starts, ends }
}

/** Folds of single BMP characters: a fixed table of at most 65,536 entries, filled on use. */
const bmpFolds = new Array<string | typeof VANISHES | undefined>(0x10000)
function foldBmpCharacter(c: number) {
	let folded = bmpFolds[c]
	if (folded === undefined) bmpFolds[c] = folded = foldCluster(String.fromCharCode(c))
	return folded
}

function decodeUnits(units: Uint16Array, size: number) {
	let text = ''
	// In chunks, as String.fromCharCode takes its units as arguments; apply accepts
	// any array-like, so the typed array is read without copying it to an array.
	for (let k = 0; k < size; k += 8192) {
		const chunk = units.subarray(k, Math.min(size, k + 8192)) as unknown as number[]
		text += String.fromCharCode.apply(null, chunk)
	}
	return text
}

function grow16(array: Uint16Array, capacity: number) {
	const bigger = new Uint16Array(capacity)
	bigger.set(array)
	return bigger
}

function foldCluster(cluster: string): string | typeof VANISHES {
	const base = cluster.codePointAt(0)!
	if (base >= 0xd800 && base <= 0xdfff) return '\ufffd'
	const first = String.fromCodePoint(base)
	if (SPACE_OR_CONTROL.test(first)) return ' '
	if (FORMAT.test(first)) return VANISHES
	return normalizeText(cluster)
}

function grow(array: Int32Array, capacity: number) {
	const bigger = new Int32Array(capacity)
	bigger.set(array)
	return bigger
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff

const MARK = /\p{M}/u
const MARKS = /\p{M}/gu
/** Combining marks of the Basic Multilingual Plane, as a table: the check runs for every character. */
let bmpMarks: Uint8Array | undefined
/** Combining marks, plus the half-width kana voicing marks (letters in Unicode, marks in use). */
function isMarkLike(cp: number) {
	if (cp > 0xffff) return MARK.test(String.fromCodePoint(cp))
	if (!bmpMarks) {
		// Built once, by one regex scan of every BMP character (surrogates as spaces,
		// so that the index of each character is its code point): a few milliseconds.
		const all = new Uint16Array(0x10000)
		for (let k = 0; k < all.length; k++) all[k] = k >= 0xd800 && k <= 0xdfff ? 0x20 : k
		bmpMarks = new Uint8Array(0x10000)
		for (const m of decodeUnits(all, all.length).matchAll(MARKS)) bmpMarks[m.index] = 1
		bmpMarks[0xff9e] = 1
		bmpMarks[0xff9f] = 1
	}
	return bmpMarks[cp] === 1
}

// ---------------------------------------------------------------------------
// Patterns

/** Between the words of a term: any run of spaces (line breaks are spaces once folded), hyphens, dashes, underscores. */
const SEPARATOR = '[- \\u2010-\\u2015\\u2212_]+'
/** `~` in a form: an optional hyphen, perhaps at a line break ("Kinder-\nPornografie"). */
const OPTIONAL_HYPHEN = '(?:[-\\u2010-\\u2015] *)?'
const SPLIT_WORDS = /[- \u2010-\u2015\u2212_]+/
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u
const ARABIC_PROCLITIC_PREPOSITIONS = 'بلك'
const ARABIC_PROCLITIC_CONJUNCTIONS = 'وف'

interface CompiledLanguage {
	matching: Matching
	terms: { entry: DiscouragedTerm; pattern: RegExp }[]
}
/** One entry per language of TERMINOLOGY at most: a fixed table, built on first use. */
const compiledLanguages = new Map<string, CompiledLanguage>()

function primaryLanguage(lang: unknown): string | null {
	if (typeof lang !== 'string') return null
	const primary = lang.trim().split(/[-_]/, 1)[0]!.toLowerCase()
	return primary || null
}

function compiledLanguage(lang: unknown): CompiledLanguage | null {
	const key = primaryLanguage(lang)
	// Object.hasOwn: "constructor" or "__proto__" must not read Object.prototype.
	if (key === null || !Object.hasOwn(TERMINOLOGY, key)) return null
	let compiled = compiledLanguages.get(key)
	if (!compiled) {
		const matching = MATCHING[key] ?? WORD_MATCHING
		const entries = TERMINOLOGY[key as ContentLanguage] ?? []
		compiled = {
			matching,
			terms: entries.map((entry) => ({ entry, pattern: compile(entry, matching) })),
		}
		compiledLanguages.set(key, compiled)
	}
	return compiled
}

function compile(entry: DiscouragedTerm, matching: Matching): RegExp {
	const alternatives = [termPattern(entry.term), ...(entry.forms ?? []).map(formPattern)].map(
		(source) => (matching.proclitics ? withAttachedArticle(source) : source),
	)
	// Longer sources first: at one position the first alternative that fits wins, and
	// longer patterns mostly match longer text. Overlaps between entries are settled
	// afterwards, by the length of what each matched.
	alternatives.sort((a, b) => b.length - a.length)
	const end = matching.boundary === 'word' ? '(?![\\p{L}\\p{M}\\p{N}])' : ''
	return new RegExp(`(?:${alternatives.join('|')})${end}`, 'gu')
}

/** A term as written: folded, its words joined by separators, nothing else special. */
function termPattern(term: string) {
	return foldWithOffsets(term)
		.text.split(SPLIT_WORDS)
		.filter((word) => word.length > 0)
		.map(escapeRegExp)
		.join(SEPARATOR)
}

/** A form: ASCII is regular-expression syntax (space and `~` excepted), other characters are folded letters. */
function formPattern(form: string) {
	let source = ''
	for (const ch of form) {
		if (ch === ' ') source += SEPARATOR
		else if (ch === '~') source += OPTIONAL_HYPHEN
		else if (ch.charCodeAt(0) < 0x80) source += ch
		else source += escapeRegExp(normalizeText(ch))
	}
	return source
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/**
 * Arabic drops the alef of the article after the preposition ل: ل + الأطفال
 * is written للأطفال. A pattern starting with the article also matches ل
 * in its place when a ل comes right before (checked as a proclitic).
 */
function withAttachedArticle(source: string) {
	return source.startsWith('ال') ? `(?:ا|(?<=ل))ل${source.slice(2)}` : source
}

function wordCharBefore(text: string, at: number) {
	if (at <= 0) return false
	const c = text.charCodeAt(at - 1)
	if (c < 0x80)
		return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
	const cp =
		isLowSurrogate(c) && at >= 2 && isHighSurrogate(text.charCodeAt(at - 2))
			? text.codePointAt(at - 2)!
			: c
	return WORD_CHAR.test(String.fromCodePoint(cp))
}

/** Whether a match at `at` starts a word, optionally after attached Arabic proclitics (وب, ف, ل…). */
function startsWord(text: string, at: number, proclitics: boolean) {
	if (!wordCharBefore(text, at)) return true
	if (!proclitics) return false
	let i = at
	if (ARABIC_PROCLITIC_PREPOSITIONS.includes(text[i - 1]!)) {
		i--
		if (!wordCharBefore(text, i)) return true
	}
	if (i > 0 && ARABIC_PROCLITIC_CONJUNCTIONS.includes(text[i - 1]!)) {
		i--
		if (!wordCharBefore(text, i)) return true
	}
	return false
}
