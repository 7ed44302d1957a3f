import { normalizeText, segment } from '#app/search/text.ts'
import { type Audience, type ResourceType, type Risk } from '#app/domain/vocabularies.ts'

/**
 * A cross-language concept dictionary: for each risk, audience and resource
 * type, the words people type for it in the Alliance's main languages. The
 * search engine uses it twice: a query naming a topic in any language also
 * finds every material tagged with it ("груминг" finds a Dutch material
 * tagged grooming), and each material's tag column indexes the words for its
 * topics in its own language and in English.
 *
 * Terms follow the Luxembourg Terminology Guidelines: "child sexual abuse
 * material" and "sexual exploitation", never "child pornography", "child
 * prostitution" or their equivalents, and none of the "porn" family at all
 * (so no "revenge porn", "リベンジポルノ", "pornodivulgation" either): such
 * queries still find materials through their text, the dictionary just does
 * not teach the index those words. Prefer natural search words over
 * official jargon, including the plural forms people type, and avoid words
 * that are common in another sense in another language (Dutch "les" is also
 * the French article, so lesson plans are "lesplan" there).
 */

export type ConceptVocabulary = 'risk' | 'audience' | 'type'

export interface Concept {
	vocabulary: ConceptVocabulary
	key: string
	/** Terms per language (BCP 47 primary subtag), as written; matched after normalization. */
	terms: Readonly<Record<string, readonly string[]>>
}

export interface ConceptMatch {
	vocabulary: ConceptVocabulary
	key: string
	/** The dictionary term that matched, as written in the dictionary. */
	term: string
	/** The query tokens it covered. */
	tokens: string[]
}

const risk = (key: Risk, terms: Concept['terms']): Concept => ({ vocabulary: 'risk', key, terms })
const audience = (key: Audience, terms: Concept['terms']): Concept => ({
	vocabulary: 'audience',
	key,
	terms,
})
const resourceType = (key: ResourceType, terms: Concept['terms']): Concept => ({
	vocabulary: 'type',
	key,
	terms,
})

export const CONCEPTS: readonly Concept[] = [
	risk('grooming', {
		en: ['grooming', 'online grooming', 'child grooming', 'cybergrooming'],
		fr: ['pédopiégeage', 'grooming', 'pédopiégeage en ligne', 'sollicitation sexuelle'],
		de: ['Grooming', 'Cybergrooming', 'Cyber-Grooming', 'Online-Grooming'],
		es: ['grooming', 'engaño pederasta', 'ciberacoso sexual infantil', 'embaucamiento'],
		it: ['adescamento', 'adescamento online', 'grooming'],
		pt: ['aliciamento', 'aliciamento online', 'grooming'],
		nl: ['grooming', 'online grooming', 'kinderlokken', 'digitaal kinderlokken'],
		pl: ['grooming', 'uwodzenie dzieci', 'uwodzenie w internecie'],
		ru: ['груминг', 'онлайн-груминг', 'кибергруминг'],
		uk: ['грумінг', 'онлайн-грумінг', 'кібергрумінг'],
		ar: ['الاستدراج', 'استدراج', 'استدراج الأطفال', 'الاستدراج الإلكتروني', 'التغرير بالأطفال'],
		he: ['גרומינג', 'פיתוי קטינים', 'פיתוי ברשת', 'היטפלות'],
		zh: ['诱骗', '网络诱骗', '性诱骗', '誘騙', '網路誘騙'],
		ja: ['グルーミング', 'オンライングルーミング', '性的グルーミング'],
		ko: ['그루밍', '온라인 그루밍', '그루밍 성범죄'],
		th: ['กรูมมิ่ง', 'การล่อลวง', 'ล่อลวงทางออนไลน์', 'การล่อลวงเด็ก'],
		tr: ['grooming', 'çevrimiçi grooming', 'çocuk kandırma'],
		el: ['grooming', 'αποπλάνηση', 'διαδικτυακή αποπλάνηση', 'αποπλάνηση ανηλίκων'],
		bg: ['грууминг', 'онлайн грууминг', 'кибергрууминг', 'сексуално примамване'],
		cs: ['kybergrooming', 'online grooming', 'sexuální lákání dětí'],
		da: ['online grooming', 'seksuel grooming'],
		fi: ['groomaus', 'nettigroomaus', 'seksuaalinen houkuttelu'],
		hu: ['online grooming', 'szexuális célú megkörnyékezés', 'megkörnyékezés'],
		no: ['nettgrooming', 'seksuell grooming'],
		sk: ['kybergrooming', 'online grooming'],
		hi: ['ग्रूमिंग', 'ऑनलाइन ग्रूमिंग'],
		id: ['grooming online', 'bujuk rayu seksual'],
		ro: ['grooming online', 'racolare online', 'racolarea copiilor'],
		sv: ['nätgrooming', 'kontaktförsök i sexuellt syfte', 'sexuell grooming'],
		ka: ['გრუმინგი', 'ონლაინ გრუმინგი'],
		hy: ['գրումինգ', 'առցանց գրումինգ'],
		vi: ['dụ dỗ trẻ em', 'dụ dỗ trực tuyến', 'gạ gẫm trẻ em'],
	}),
	risk('self-generated', {
		en: [
			'self-generated',
			'self-generated imagery',
			'self-produced',
			'nudes',
			'nude selfies',
			'sexting',
			'send nudes',
		],
		fr: [
			'autoproduit',
			'autoproduites',
			'images autoproduites',
			'sexting',
			'sextage',
			'nudes',
			'selfies intimes',
		],
		de: [
			'selbstgeneriert',
			'selbstgenerierte Inhalte',
			'Sexting',
			'Nacktbilder',
			'Nacktfotos',
			'Nacktselfies',
			'Nudes',
		],
		es: [
			'autogenerado',
			'autogeneradas',
			'imágenes autogeneradas',
			'sexting',
			'nudes',
			'fotos desnudas',
		],
		it: [
			'autoprodotto',
			'autoprodotte',
			'immagini autoprodotte',
			'sexting',
			'nudes',
			'foto di nudo',
		],
		pt: ['autogerado', 'autoproduzido', 'sexting', 'nudes', 'mandar nudes', 'fotos nuas'],
		nl: ['zelfgegenereerd', 'sexting', 'naaktfoto', "naaktfoto's", 'naaktselfie', 'nudes'],
		pl: [
			'seksting',
			'sexting',
			'nudesy',
			'nagie zdjęcia',
			'rozbierane zdjęcia',
			'rozbierane selfie',
		],
		ru: ['секстинг', 'нюдсы', 'интимные селфи', 'обнажённые фото'],
		uk: ['секстинг', 'нюдси', 'інтимні селфі', 'оголені фото'],
		ar: ['الرسائل الجنسية', 'صور عارية', 'الصور العارية', 'صور ذاتية عارية'],
		he: ['סקסטינג', 'תמונות עירום', 'נודס'],
		zh: ['裸照', '自拍裸照', '裸体自拍', '自我生成', '性短信'],
		ja: ['自画撮り', '自画撮り被害', 'セクスティング', '裸の自撮り'],
		ko: ['섹스팅', '나체 사진', '알몸 사진', '자기 촬영물'],
		th: ['เซ็กซ์ติ้ง', 'ภาพเปลือย', 'ส่งภาพเปลือย'],
		tr: ['sexting', 'seksting', 'çıplak fotoğraf', 'çıplak fotoğraflar'],
		el: ['sexting', 'σέξτινγκ', 'γυμνές φωτογραφίες', 'γυμνές selfie'],
		bg: ['секстинг', 'голи снимки', 'голи селфита'],
		cs: ['nahé fotky', 'nahé selfie'],
		da: ['nøgenbilleder', 'nøgenbillede', 'nøgenfotos'],
		fi: ['alastonkuvat', 'alastonkuva', 'nudet', 'seksiviestit'],
		hu: ['szexting', 'meztelen fotók', 'meztelen képek'],
		no: ['nakenbilder', 'nakenbilde'],
		sk: ['nahé fotografie', 'intímne selfie'],
		hi: ['सेक्सटिंग', 'नग्न तस्वीरें', 'नग्न सेल्फी'],
		id: ['foto telanjang', 'foto bugil', 'swafoto telanjang'],
		ro: ['poze nud', 'fotografii nud', 'imagini intime autoproduse'],
		sv: ['nakenbilder', 'nakenbild', 'nakenselfie'],
		ka: ['სექსტინგი', 'შიშველი ფოტოები'],
		hy: ['սեքսթինգ', 'մերկ լուսանկարներ'],
		vi: ['ảnh khỏa thân', 'ảnh nóng', 'ảnh nude'],
	}),
	risk('sextortion', {
		en: [
			'sextortion',
			'sexual extortion',
			'sexual blackmail',
			'financial sextortion',
			'webcam blackmail',
		],
		fr: ['sextorsion', 'sextortion', 'chantage sexuel', 'chantage à la webcam'],
		de: ['Sextortion', 'Sexerpressung', 'sexuelle Erpressung', 'Webcam-Erpressung'],
		es: ['sextorsión', 'extorsión sexual', 'chantaje sexual'],
		it: ['sextortion', 'sextorsione', 'estorsione sessuale', 'ricatto sessuale'],
		pt: ['sextorsão', 'sextortion', 'extorsão sexual', 'chantagem sexual'],
		nl: ['sextortion', 'sextorsie', 'seksuele afpersing', 'webcamafpersing'],
		pl: ['sekstorsja', 'sextortion', 'szantaż seksualny', 'wymuszenie seksualne'],
		ru: [
			'секстортинг',
			'сексуальное вымогательство',
			'сексуальный шантаж',
			'секс-шантаж',
			'шантаж',
		],
		uk: ['секстортинг', 'сексуальне вимагання', 'сексуальний шантаж', 'секс-шантаж', 'шантаж'],
		ar: [
			'الابتزاز الجنسي',
			'ابتزاز جنسي',
			'الابتزاز الإلكتروني',
			'ابتزاز إلكتروني',
			'الابتزاز',
			'ابتزاز',
		],
		he: ['סחטנות מינית', 'סחיטה מינית', 'סקסטורשן', 'סחיטה'],
		zh: ['性勒索', '性敲诈', '网络性勒索', '裸聊敲诈', '性敲詐', '勒索'],
		ja: ['セクストーション', '性的脅迫', '性的ゆすり'],
		ko: ['성착취 협박', '섹스토션', '몸캠 피싱', '몸캠피싱', '성적 협박'],
		th: ['การกรรโชกทางเพศ', 'แบล็กเมล์ทางเพศ', 'ข่มขู่ทางเพศ'],
		tr: ['cinsel şantaj', 'sextortion', 'cinsel içerikli şantaj'],
		el: ['σεξουαλικός εκβιασμός', 'sextortion', 'σεξουαλικό εκβιασμό'],
		bg: ['сексуално изнудване', 'сексуален шантаж'],
		cs: ['sexuální vydírání', 'vydírání intimními fotkami'],
		da: ['seksuel afpresning', 'afpresning med nøgenbilleder'],
		fi: ['seksuaalinen kiristys', 'seksikiristys'],
		hu: ['szextorzió', 'szexuális zsarolás'],
		no: ['seksuell utpressing', 'sextorsjon'],
		sk: ['sexuálne vydieranie', 'vydieranie fotkami', 'vydieranie intímnymi fotkami'],
		hi: ['सेक्सटॉर्शन', 'यौन ब्लैकमेल'],
		id: ['sekstorsi', 'pemerasan seksual'],
		ro: ['sextorsiune', 'șantaj sexual', 'șantaj cu imagini intime', 'șantaj'],
		sv: ['sexuell utpressning', 'sextorsion'],
		ka: ['სექსტორშენი', 'სექსუალური შანტაჟი', 'შანტაჟი'],
		hy: ['սեքսթորշն', 'սեռական շանտաժ'],
		vi: ['tống tiền tình dục', 'tống tiền bằng ảnh nóng'],
	}),
	risk('non-consensual-sharing', {
		en: [
			'non-consensual sharing',
			'non-consensual',
			'nonconsensual sharing',
			'image-based sexual abuse',
			'image-based abuse',
			'intimate image abuse',
			'sharing nudes without consent',
		],
		fr: [
			'partage non consenti',
			'diffusion non consentie',
			"diffusion d'images intimes",
			'images intimes',
		],
		de: [
			'nicht einvernehmliche Weitergabe',
			'Weitergabe intimer Bilder',
			'Verbreitung intimer Bilder',
			'bildbasierte sexualisierte Gewalt',
		],
		es: [
			'difusión no consentida',
			'difusión sin consentimiento',
			'compartir sin consentimiento',
			'imágenes íntimas',
		],
		it: [
			'condivisione non consensuale',
			'diffusione non consensuale',
			'diffusione illecita di immagini',
		],
		pt: [
			'compartilhamento não consentido',
			'partilha não consentida',
			'divulgação não consentida',
			'vazamento de nudes',
		],
		nl: ['ongewenste verspreiding', 'ongewenst delen', "verspreiden van naaktfoto's"],
		pl: [
			'udostępnianie bez zgody',
			'rozpowszechnianie bez zgody',
			'rozpowszechnianie intymnych zdjęć',
		],
		ru: ['распространение интимных фото', 'распространение без согласия', 'слив интимных фото'],
		uk: ['поширення інтимних фото', 'поширення без згоди', 'злив інтимних фото'],
		ar: ['نشر الصور دون موافقة', 'نشر الصور الخاصة', 'مشاركة الصور الحميمة'],
		he: ['הפצת תמונות אינטימיות', 'הפצה ללא הסכמה', 'הפצת תמונות עירום'],
		zh: ['未经同意分享', '未经同意传播', '私密照片传播', '散布私密影像', '未經同意散布'],
		ja: ['私事性的画像', '画像の無断拡散', '同意のない共有'],
		ko: ['비동의 유포', '불법촬영물 유포', '불법 촬영물'],
		th: ['ภาพหลุด', 'การเผยแพร่ภาพโดยไม่ยินยอม', 'แชร์ภาพโดยไม่ยินยอม'],
		tr: ['rıza dışı paylaşım', 'izinsiz paylaşım', 'mahrem görüntülerin paylaşılması'],
		el: ['μη συναινετική κοινοποίηση', 'διάδοση προσωπικών φωτογραφιών', 'χωρίς συναίνεση'],
		bg: ['разпространение на интимни снимки', 'споделяне без съгласие'],
		cs: ['šíření intimních fotek', 'sdílení bez souhlasu'],
		da: ['deling af nøgenbilleder', 'deling uden samtykke', 'digitale sexkrænkelser'],
		fi: ['alastonkuvien levittäminen', 'luvaton jakaminen'],
		hu: ['intim képek megosztása', 'beleegyezés nélküli megosztás'],
		no: ['deling av nakenbilder', 'deling uten samtykke', 'spredning av nakenbilder'],
		sk: ['šírenie intímnych fotiek', 'zdieľanie bez súhlasu'],
		hi: ['बिना सहमति के साझा करना', 'निजी तस्वीरें साझा करना'],
		id: ['penyebaran foto intim', 'penyebaran tanpa persetujuan', 'penyebaran konten intim'],
		ro: ['distribuire fără consimțământ', 'distribuirea imaginilor intime'],
		sv: ['spridning av nakenbilder', 'olaga integritetsintrång', 'delning utan samtycke'],
		ka: ['ინტიმური ფოტოების გავრცელება'],
		hy: ['մտերմիկ լուսանկարների տարածում'],
		vi: ['phát tán ảnh nhạy cảm', 'phát tán ảnh khỏa thân', 'chia sẻ không có sự đồng ý'],
	}),
	risk('sexual-exploitation', {
		en: [
			'sexual exploitation',
			'child sexual exploitation',
			'online sexual exploitation',
			'commercial sexual exploitation',
			'child sexual abuse material',
			'csam',
			'csem',
		],
		fr: [
			'exploitation sexuelle',
			'exploitation sexuelle des enfants',
			"matériel d'abus sexuel sur enfants",
			'pédocriminalité',
			'contenus pédocriminels',
		],
		de: [
			'sexuelle Ausbeutung',
			'sexuelle Ausbeutung von Kindern',
			'Missbrauchsdarstellungen',
			'Missbrauchsabbildungen',
		],
		es: [
			'explotación sexual',
			'explotación sexual infantil',
			'escnna',
			'material de abuso sexual infantil',
		],
		it: [
			'sfruttamento sessuale',
			'sfruttamento sessuale minorile',
			'materiale di abuso sessuale su minori',
		],
		pt: ['exploração sexual', 'exploração sexual infantil', 'material de abuso sexual infantil'],
		nl: ['seksuele uitbuiting', 'seksuele uitbuiting van kinderen', 'kindermisbruikmateriaal'],
		pl: ['wykorzystywanie seksualne', 'wykorzystywanie seksualne dzieci', 'eksploatacja seksualna'],
		ru: [
			'сексуальная эксплуатация',
			'сексуальная эксплуатация детей',
			'материалы сексуального насилия над детьми',
		],
		uk: ['сексуальна експлуатація', 'сексуальна експлуатація дітей'],
		ar: [
			'الاستغلال الجنسي',
			'استغلال جنسي',
			'الاستغلال الجنسي للأطفال',
			'مواد الاعتداء الجنسي على الأطفال',
		],
		he: ['ניצול מיני', 'ניצול מיני של ילדים'],
		zh: ['性剥削', '儿童性剥削', '性剝削', '儿童性虐待材料'],
		ja: ['性的搾取', '児童の性的搾取', '児童性的搾取'],
		ko: ['성착취', '성적 착취', '아동 성착취', '아동 성착취물'],
		th: ['การแสวงหาประโยชน์ทางเพศ', 'แสวงหาประโยชน์ทางเพศจากเด็ก'],
		tr: ['cinsel sömürü', 'çocukların cinsel sömürüsü'],
		el: ['σεξουαλική εκμετάλλευση', 'σεξουαλική εκμετάλλευση παιδιών'],
		bg: ['сексуална експлоатация', 'сексуална експлоатация на деца'],
		cs: ['sexuální vykořisťování', 'sexuální vykořisťování dětí'],
		da: ['seksuel udnyttelse', 'seksuel udnyttelse af børn'],
		fi: ['seksuaalinen hyväksikäyttö', 'lasten seksuaalinen hyväksikäyttö', 'seksuaalinen riisto'],
		hu: ['szexuális kizsákmányolás', 'gyermekek szexuális kizsákmányolása'],
		no: ['seksuell utnyttelse', 'seksuell utnyttelse av barn'],
		sk: ['sexuálne vykorisťovanie', 'sexuálne vykorisťovanie detí'],
		hi: ['यौन शोषण', 'बाल यौन शोषण', 'ऑनलाइन यौन शोषण'],
		id: ['eksploitasi seksual', 'eksploitasi seksual anak'],
		ro: ['exploatare sexuală', 'exploatarea sexuală a copiilor'],
		sv: ['sexuell exploatering', 'sexuell exploatering av barn', 'sexuellt utnyttjande'],
		ka: ['სექსუალური ექსპლუატაცია'],
		hy: ['սեռական շահագործում'],
		vi: ['bóc lột tình dục', 'bóc lột tình dục trẻ em'],
	}),
	risk('reporting-help', {
		en: ['report', 'reporting', 'report abuse', 'helpline', 'hotline', 'get help', 'help'],
		fr: [
			'signaler',
			'signalement',
			"ligne d'écoute",
			"ligne d'assistance",
			'aide',
			"demander de l'aide",
		],
		de: ['melden', 'Meldung', 'Meldestelle', 'Hilfe', 'Hilfetelefon', 'Beratungsstelle'],
		es: ['denunciar', 'denuncia', 'reportar', 'línea de ayuda', 'ayuda', 'pedir ayuda'],
		it: ['segnalare', 'segnalazione', 'denuncia', 'linea di ascolto', 'aiuto', 'chiedere aiuto'],
		pt: ['denunciar', 'denúncia', 'linha de ajuda', 'ajuda', 'pedir ajuda', 'canal de denúncia'],
		nl: ['melden', 'melding', 'meldpunt', 'hulplijn', 'hulp', 'hulp vragen'],
		pl: ['zgłoś', 'zgłaszanie', 'zgłoszenie', 'telefon zaufania', 'pomoc', 'szukaj pomocy'],
		ru: ['сообщить', 'пожаловаться', 'горячая линия', 'телефон доверия', 'помощь'],
		uk: ['повідомити', 'поскаржитися', 'гаряча лінія', 'телефон довіри', 'допомога'],
		ar: ['الإبلاغ', 'إبلاغ', 'بلاغ', 'خط المساعدة', 'المساعدة', 'طلب المساعدة'],
		he: ['דיווח', 'לדווח', 'קו סיוע', 'קו חם', 'עזרה'],
		zh: ['举报', '求助', '求助热线', '热线', '帮助', '舉報'],
		ja: ['通報', '相談', '相談窓口', 'ヘルプライン', 'ホットライン'],
		ko: ['신고', '도움', '상담', '도움 요청', '헬프라인', '상담 전화'],
		th: ['แจ้งเหตุ', 'สายด่วน', 'ขอความช่วยเหลือ', 'ความช่วยเหลือ'],
		tr: ['şikayet', 'ihbar', 'bildirme', 'yardım hattı', 'yardım', 'destek hattı'],
		el: ['αναφορά', 'καταγγελία', 'γραμμή βοήθειας', 'βοήθεια'],
		bg: ['сигнализирай', 'сигнал', 'помощ', 'гореща линия', 'телефон за помощ'],
		cs: ['nahlásit', 'nahlášení', 'linka důvěry', 'linka pomoci'],
		da: ['anmeld', 'anmeldelse', 'hjælp', 'rådgivning'],
		fi: ['ilmoita', 'ilmoittaminen', 'apua', 'auttava puhelin'],
		hu: ['bejelentés', 'segítség', 'segélyvonal'],
		no: ['rapporter', 'hjelp', 'hjelpetelefon', 'hjelpelinje'],
		sk: ['nahlásiť', 'nahlásenie', 'linka dôvery', 'linka pomoci'],
		hi: ['रिपोर्ट', 'शिकायत', 'मदद', 'सहायता', 'हेल्पलाइन'],
		id: ['laporkan', 'pelaporan', 'bantuan', 'minta bantuan'],
		ro: ['raportează', 'raportare', 'ajutor', 'linie de asistență'],
		sv: ['anmäl', 'anmälan', 'hjälp', 'stödlinje', 'hjälplinje'],
		ka: ['შეტყობინება', 'დახმარება', 'ცხელი ხაზი'],
		hy: ['հաղորդել', 'օգնություն', 'թեժ գիծ'],
		vi: ['tố giác', 'trợ giúp', 'đường dây nóng'],
	}),

	audience('children', {
		en: ['children', 'kids'],
		fr: ['enfants'],
		de: ['Kinder'],
		es: ['niños', 'niñas', 'infancia'],
		it: ['bambini', 'bambine'],
		pt: ['crianças'],
		nl: ['kinderen'],
		pl: ['dzieci'],
		ru: ['дети', 'детей'],
		uk: ['діти', 'дітей'],
		ar: ['الأطفال', 'أطفال', 'للأطفال'],
		he: ['ילדים', 'לילדים'],
		zh: ['儿童', '孩子', '兒童'],
		ja: ['子ども', '子供', 'こども', '児童'],
		ko: ['어린이', '아동', '아이들'],
		th: ['เด็ก'],
		tr: ['çocuklar', 'çocuklar için'],
		el: ['παιδιά'],
		bg: ['деца'],
		cs: ['děti'],
		da: ['børn'],
		fi: ['lapset'],
		hu: ['gyerekek', 'gyermekek'],
		sk: ['deti'],
		hi: ['बच्चे', 'बच्चों'],
		id: ['anak', 'anak-anak'],
		ro: ['copii'],
		ka: ['ბავშვები'],
		hy: ['երեխաներ'],
		vi: ['trẻ em'],
	}),
	audience('young-people', {
		en: ['young people', 'teenagers', 'teens', 'adolescents', 'youth'],
		fr: ['jeunes', 'adolescents', 'adolescentes', 'ados'],
		de: ['Jugendliche', 'Teenager', 'junge Menschen'],
		es: ['jóvenes', 'adolescentes', 'juventud'],
		it: ['giovani', 'adolescenti', 'ragazzi', 'ragazze'],
		pt: ['jovens', 'adolescentes', 'juventude'],
		nl: ['jongeren', 'tieners', 'adolescenten'],
		pl: ['młodzież', 'nastolatki', 'nastolatkowie'],
		ru: ['подростки', 'молодёжь', 'молодые люди'],
		uk: ['підлітки', 'молодь'],
		ar: ['الشباب', 'المراهقين', 'المراهقون', 'اليافعين'],
		he: ['בני נוער', 'נוער', 'מתבגרים'],
		zh: ['青少年', '年轻人', '年輕人'],
		ja: ['若者', '青少年', '中高生', 'ティーン'],
		ko: ['청소년', '십대'],
		th: ['เยาวชน', 'วัยรุ่น'],
		tr: ['gençler', 'ergenler'],
		el: ['νέοι', 'έφηβοι', 'εφήβους'],
	}),
	audience('parents-carers', {
		en: ['parents', 'carers', 'caregivers', 'guardians', 'families', 'foster carers'],
		fr: ['parents', 'familles', 'aidants', 'tuteurs'],
		de: ['Eltern', 'Erziehungsberechtigte', 'Familien', 'Bezugspersonen'],
		es: ['padres', 'madres', 'familias', 'cuidadores', 'tutores'],
		it: ['genitori', 'famiglie', 'tutori'],
		pt: ['pais', 'famílias', 'cuidadores', 'encarregados de educação'],
		nl: ['ouders', 'verzorgers', 'gezinnen'],
		pl: ['rodzice', 'opiekunowie', 'rodziny'],
		ru: ['родители', 'родителей', 'опекуны'],
		uk: ['батьки', 'батьків', 'опікуни'],
		ar: ['الآباء', 'أولياء الأمور', 'الوالدين', 'الأهل', 'الأسر'],
		he: ['הורים', 'להורים', 'משפחות'],
		zh: ['家长', '父母', '家長'],
		ja: ['保護者', '親'],
		ko: ['부모', '학부모', '보호자'],
		th: ['ผู้ปกครอง', 'พ่อแม่'],
		tr: ['ebeveynler', 'ebeveyn', 'veliler', 'aileler'],
		el: ['γονείς', 'κηδεμόνες', 'οικογένειες'],
	}),
	audience('teachers-educators', {
		en: ['teachers', 'educators', 'school staff', 'teaching staff'],
		fr: [
			'enseignants',
			'enseignantes',
			'professeurs',
			'éducateurs',
			'éducatrices',
			'personnel éducatif',
		],
		de: ['Lehrkräfte', 'Lehrer', 'Lehrerinnen', 'Pädagogen', 'Pädagoginnen'],
		es: ['docentes', 'profesores', 'educadores', 'maestros'],
		it: ['insegnanti', 'docenti', 'educatori'],
		pt: ['professores', 'educadores', 'docentes'],
		nl: ['leraren', 'docenten', 'leerkrachten'],
		pl: ['nauczyciele', 'pedagodzy', 'wychowawcy'],
		ru: ['учителя', 'учителей', 'педагоги', 'преподаватели'],
		uk: ['вчителі', 'учителі', 'педагоги'],
		ar: ['المعلمين', 'المعلمون', 'المدرسين', 'التربويين'],
		he: ['מורים', 'מחנכים', 'אנשי חינוך'],
		zh: ['教师', '老师', '教育工作者', '教師'],
		ja: ['教員', '教師', '先生', '教職員'],
		ko: ['교사', '선생님', '교육자'],
		th: ['ครู', 'นักการศึกษา'],
		tr: ['öğretmenler', 'öğretmen', 'eğitimciler'],
		el: ['εκπαιδευτικοί', 'δάσκαλοι', 'καθηγητές'],
	}),
	audience('professionals', {
		en: [
			'professionals',
			'practitioners',
			'social workers',
			'law enforcement',
			'police',
			'frontline workers',
		],
		fr: ['professionnels', 'travailleurs sociaux', "forces de l'ordre", 'police'],
		de: ['Fachkräfte', 'Fachleute', 'Sozialarbeiter', 'Polizei'],
		es: ['profesionales', 'trabajadores sociales', 'fuerzas de seguridad', 'policía'],
		it: ['professionisti', 'operatori', 'assistenti sociali', "forze dell'ordine"],
		pt: ['profissionais', 'assistentes sociais', 'polícia'],
		nl: ['professionals', 'hulpverleners', 'politie'],
		pl: ['specjaliści', 'profesjonaliści', 'pracownicy socjalni', 'policja'],
		ru: ['специалисты', 'социальные работники', 'полиция'],
		uk: ['фахівці', 'спеціалісти', 'соціальні працівники', 'поліція'],
		ar: ['المختصين', 'المهنيين', 'الأخصائيين الاجتماعيين', 'الشرطة'],
		he: ['אנשי מקצוע', 'עובדים סוציאליים', 'משטרה'],
		zh: ['专业人员', '专业人士', '社工', '警察'],
		ja: ['専門職', '専門家', '支援者', '警察'],
		ko: ['전문가', '종사자', '사회복지사', '경찰'],
		th: ['ผู้เชี่ยวชาญ', 'นักสังคมสงเคราะห์', 'ตำรวจ'],
		tr: ['profesyoneller', 'uzmanlar', 'sosyal hizmet uzmanları', 'polis'],
		el: ['επαγγελματίες', 'κοινωνικοί λειτουργοί', 'αστυνομία'],
	}),
	audience('general-public', {
		en: ['general public', 'public', 'everyone', 'community'],
		fr: ['grand public', 'tout public', 'public'],
		de: ['Öffentlichkeit', 'breite Öffentlichkeit', 'Allgemeinheit'],
		es: ['público general', 'público en general', 'ciudadanía'],
		it: ['grande pubblico', 'pubblico generale', 'cittadini'],
		pt: ['público geral', 'público em geral', 'grande público'],
		nl: ['breed publiek', 'algemeen publiek', 'publiek'],
		pl: ['ogół społeczeństwa', 'społeczeństwo', 'szeroka publiczność'],
		ru: ['широкая публика', 'общественность', 'население'],
		uk: ['широка громадськість', 'громадськість', 'населення'],
		ar: ['عامة الناس', 'الجمهور', 'الجمهور العام', 'المجتمع'],
		he: ['הציבור הרחב', 'ציבור'],
		zh: ['公众', '社会公众', '大众'],
		ja: ['一般市民', '一般の方', '市民'],
		ko: ['일반 대중', '일반인', '시민'],
		th: ['ประชาชนทั่วไป', 'สาธารณชน'],
		tr: ['kamuoyu', 'genel halk', 'toplum'],
		el: ['ευρύ κοινό', 'κοινό'],
	}),

	resourceType('poster', {
		en: ['poster', 'posters'],
		fr: ['affiche', 'affiches', 'poster'],
		de: ['Plakat', 'Plakate', 'Poster'],
		es: ['póster', 'cartel', 'carteles', 'afiche'],
		it: ['poster', 'manifesto', 'locandina'],
		pt: ['cartaz', 'cartazes', 'pôster'],
		nl: ['poster', 'posters', 'affiche'],
		pl: ['plakat', 'plakaty'],
		ru: ['плакат', 'плакаты', 'постер'],
		uk: ['плакат', 'плакати', 'постер'],
		ar: ['ملصق', 'ملصقات', 'بوستر'],
		he: ['כרזה', 'פוסטר'],
		zh: ['海报', '海報'],
		ja: ['ポスター'],
		ko: ['포스터'],
		th: ['โปสเตอร์'],
		tr: ['afiş', 'poster'],
		el: ['αφίσα', 'αφίσες'],
	}),
	resourceType('leaflet', {
		en: ['leaflet', 'leaflets', 'flyer', 'brochure', 'pamphlet'],
		fr: ['dépliant', 'flyer', 'brochure', 'prospectus'],
		de: ['Flyer', 'Faltblatt', 'Broschüre'],
		es: ['folleto', 'folletos', 'tríptico', 'díptico'],
		it: ['volantino', 'opuscolo', 'pieghevole', 'brochure'],
		pt: ['folheto', 'panfleto', 'brochura'],
		nl: ['folder', 'flyer', 'brochure'],
		pl: ['ulotka', 'ulotki', 'broszura'],
		ru: ['листовка', 'буклет', 'брошюра'],
		uk: ['листівка', 'буклет', 'брошура'],
		ar: ['مطوية', 'نشرة توعوية', 'كتيب'],
		he: ['עלון', 'חוברת'],
		zh: ['传单', '宣传单', '宣传册', '小册子'],
		ja: ['リーフレット', 'チラシ', 'パンフレット'],
		ko: ['리플릿', '리플렛', '전단지', '팸플릿'],
		th: ['แผ่นพับ', 'ใบปลิว'],
		tr: ['broşür', 'el ilanı'],
		el: ['φυλλάδιο', 'μπροσούρα'],
	}),
	resourceType('video', {
		en: ['video', 'videos', 'film', 'clip'],
		fr: ['vidéo', 'vidéos', 'film'],
		de: ['Video', 'Videos', 'Film', 'Clip'],
		es: ['vídeo', 'video', 'vídeos', 'videos'],
		it: ['video', 'filmato'],
		pt: ['vídeo', 'vídeos'],
		nl: ['video', "video's", 'filmpje'],
		pl: ['wideo', 'film', 'filmik'],
		ru: ['видео', 'ролик', 'видеоролик', 'фильм'],
		uk: ['відео', 'ролик', 'відеоролик'],
		ar: ['فيديو', 'مقطع فيديو', 'فيلم'],
		he: ['סרטון', 'וידאו'],
		zh: ['视频', '影片', '視頻'],
		ja: ['動画', 'ビデオ'],
		ko: ['영상', '동영상', '비디오'],
		th: ['วิดีโอ', 'คลิป'],
		tr: ['video', 'film'],
		el: ['βίντεο'],
	}),
	resourceType('lesson-plan', {
		en: [
			'lesson plan',
			'lesson plans',
			'lesson',
			'lessons',
			'classroom activity',
			'teaching resource',
		],
		fr: [
			'plan de cours',
			'fiche pédagogique',
			'séquence pédagogique',
			'leçon',
			'activité en classe',
		],
		de: [
			'Unterrichtsmaterial',
			'Unterrichtseinheit',
			'Unterrichtsentwurf',
			'Stundenentwurf',
			'Arbeitsblatt',
		],
		es: ['plan de clase', 'plan de lección', 'unidad didáctica', 'secuencia didáctica'],
		it: ['piano di lezione', 'lezione', 'unità didattica'],
		pt: ['plano de aula', 'sequência didática', 'aula'],
		nl: ['lesplan', 'lesmateriaal', 'lesbrief'],
		pl: ['scenariusz lekcji', 'konspekt lekcji', 'lekcja'],
		ru: ['план урока', 'конспект урока', 'урок'],
		uk: ['план уроку', 'конспект уроку', 'урок'],
		ar: ['خطة درس', 'خطة الدرس', 'درس'],
		he: ['מערך שיעור', 'שיעור'],
		zh: ['教案', '课程计划', '教學計劃'],
		ja: ['指導案', '学習指導案', '授業案'],
		ko: ['수업 지도안', '교안', '수업 계획'],
		th: ['แผนการสอน', 'แผนการจัดการเรียนรู้'],
		tr: ['ders planı', 'ders'],
		el: ['σχέδιο μαθήματος', 'μάθημα'],
	}),
	resourceType('presentation', {
		en: ['presentation', 'presentations', 'slides', 'slide deck'],
		fr: ['présentation', 'diaporama'],
		de: ['Präsentation', 'Folien'],
		es: ['presentación', 'diapositivas'],
		it: ['presentazione', 'slide'],
		pt: ['apresentação', 'slides'],
		nl: ['presentatie', 'presentaties'],
		pl: ['prezentacja', 'slajdy'],
		ru: ['презентация', 'слайды'],
		uk: ['презентація', 'слайди'],
		ar: ['عرض تقديمي', 'شرائح'],
		he: ['מצגת'],
		zh: ['演示文稿', '幻灯片', '簡報'],
		ja: ['プレゼンテーション', 'スライド', 'プレゼン資料'],
		ko: ['프레젠테이션', '발표 자료'],
		th: ['งานนำเสนอ', 'สไลด์'],
		tr: ['sunum', 'slayt'],
		el: ['παρουσίαση'],
	}),
	resourceType('game-quiz', {
		en: ['game', 'games', 'quiz', 'quizzes', 'serious game', 'educational game'],
		fr: ['jeu', 'jeux', 'quiz', 'jeu sérieux'],
		de: ['Spiel', 'Spiele', 'Quiz', 'Lernspiel'],
		es: ['juego', 'juegos', 'cuestionario', 'quiz', 'trivia'],
		it: ['gioco', 'giochi', 'quiz'],
		pt: ['jogo', 'jogos', 'quiz', 'questionário'],
		nl: ['spel', 'spellen', 'quiz', 'game'],
		pl: ['gra', 'gry', 'quiz'],
		ru: ['игра', 'игры', 'викторина', 'квиз'],
		uk: ['гра', 'ігри', 'вікторина'],
		ar: ['لعبة', 'ألعاب', 'اختبار', 'مسابقة'],
		he: ['משחק', 'חידון'],
		zh: ['游戏', '测验', '问答', '遊戲'],
		ja: ['ゲーム', 'クイズ'],
		ko: ['게임', '퀴즈'],
		th: ['เกม', 'แบบทดสอบ', 'ควิซ'],
		tr: ['oyun', 'bilgi yarışması', 'quiz'],
		el: ['παιχνίδι', 'κουίζ'],
	}),
	resourceType('social-media-kit', {
		en: ['social media kit', 'social media pack', 'social media toolkit', 'social media posts'],
		fr: ['kit réseaux sociaux', 'kit médias sociaux', 'publications réseaux sociaux'],
		de: ['Social-Media-Kit', 'Social-Media-Paket', 'Social-Media-Beiträge'],
		es: ['kit de redes sociales', 'kit para redes sociales', 'publicaciones para redes sociales'],
		it: ['kit social media', 'kit per i social', 'post per i social'],
		pt: ['kit de redes sociais', 'kit para redes sociais', 'publicações para redes sociais'],
		nl: ['social media kit', 'socialemediakit', 'social media berichten'],
		pl: ['zestaw do mediów społecznościowych', 'social media kit'],
		ru: ['набор для соцсетей', 'материалы для соцсетей'],
		uk: ['набір для соцмереж', 'матеріали для соцмереж'],
		ar: ['حزمة وسائل التواصل الاجتماعي', 'منشورات التواصل الاجتماعي'],
		he: ['ערכה לרשתות חברתיות', 'פוסטים לרשתות חברתיות'],
		zh: ['社交媒体素材包', '社交媒体套件'],
		ja: ['SNS素材', 'SNSキット', 'ソーシャルメディアキット'],
		ko: ['소셜 미디어 키트', 'SNS 콘텐츠'],
		th: ['ชุดสื่อโซเชียลมีเดีย'],
		tr: ['sosyal medya kiti', 'sosyal medya paketi'],
		el: ['πακέτο για τα μέσα κοινωνικής δικτύωσης', 'social media kit'],
	}),
	resourceType('guide', {
		en: ['guide', 'guides', 'handbook', 'toolkit', 'manual', 'guidance'],
		fr: ['guide', 'manuel', 'livret'],
		de: ['Leitfaden', 'Ratgeber', 'Handbuch'],
		es: ['guía', 'guías', 'manual'],
		it: ['guida', 'manuale', 'vademecum'],
		pt: ['guia', 'manual', 'cartilha'],
		nl: ['gids', 'handleiding', 'handreiking'],
		pl: ['poradnik', 'przewodnik', 'podręcznik'],
		ru: ['руководство', 'пособие', 'памятка', 'методичка'],
		uk: ['посібник', 'порадник', 'довідник', "пам'ятка"],
		ar: ['دليل', 'الدليل', 'دليل إرشادي'],
		he: ['מדריך'],
		zh: ['指南', '手册', '手冊'],
		ja: ['ガイド', 'ガイドブック', '手引き', 'ハンドブック'],
		ko: ['가이드', '안내서', '지침서', '가이드북'],
		th: ['คู่มือ', 'แนวทาง'],
		tr: ['rehber', 'kılavuz', 'el kitabı'],
		el: ['οδηγός'],
	}),
	resourceType('audio-spot', {
		en: ['audio spot', 'radio spot', 'radio ad', 'audio', 'podcast', 'jingle'],
		fr: ['spot radio', 'spot audio', 'podcast'],
		de: ['Radiospot', 'Audiospot', 'Hörspot', 'Podcast'],
		es: ['cuña radiofónica', 'spot de radio', 'podcast'],
		it: ['spot radiofonico', 'spot audio', 'podcast'],
		pt: ['spot de rádio', 'spot de áudio', 'podcast'],
		nl: ['radiospot', 'audiospot', 'podcast'],
		pl: ['spot radiowy', 'spot audio', 'podcast'],
		ru: ['аудиоролик', 'радиоролик', 'подкаст'],
		uk: ['аудіоролик', 'радіоролик', 'подкаст'],
		ar: ['إعلان إذاعي', 'مقطع صوتي', 'بودكاست'],
		he: ['תשדיר רדיו', 'פודקאסט'],
		zh: ['广播广告', '音频', '播客', '音頻'],
		ja: ['ラジオCM', '音声広告', 'ポッドキャスト'],
		ko: ['라디오 광고', '오디오', '팟캐스트'],
		th: ['สปอตวิทยุ', 'พอดแคสต์'],
		tr: ['radyo spotu', 'podcast', 'ses kaydı'],
		el: ['ραδιοφωνικό σποτ', 'podcast'],
	}),
]

interface Entry {
	vocabulary: ConceptVocabulary
	key: string
	term: string
	tokens: string[]
}

/**
 * The dictionary normalized and segmented once, exactly as queries are, and
 * indexed by first token: a lookup costs one Map.get per query word.
 * Terms that normalize alike (a term listed in several languages) are kept once.
 */
const BY_FIRST_TOKEN = (() => {
	const index = new Map<string, Entry[]>()
	const seen = new Set<string>()
	for (const concept of CONCEPTS) {
		for (const terms of Object.values(concept.terms)) {
			for (const term of terms) {
				const tokens = segment(normalizeText(term))
				const first = tokens[0]
				const id = `${concept.vocabulary}:${concept.key}:${tokens.join(' ')}`
				if (first === undefined || seen.has(id)) continue
				seen.add(id)
				const entries = index.get(first) ?? []
				entries.push({ vocabulary: concept.vocabulary, key: concept.key, term, tokens })
				index.set(first, entries)
			}
		}
	}
	// Longest terms first, so the first fit at a position is the most specific one.
	for (const entries of index.values()) entries.sort((a, b) => b.tokens.length - a.tokens.length)
	return index
})()

/**
 * Finds the concepts named in a query, given its terms as text.ts produced
 * them (normalized and segmented). A concept term matches when its tokens
 * appear contiguously in the query ("online grooming", 网络 诱 骗). Each
 * concept is reported once, at its first and longest mention, and a match
 * lying inside a longer one is dropped: "성착취 협박" is sextortion, not also
 * sexual exploitation.
 */
export function findConcepts(terms: readonly string[]): ConceptMatch[] {
	const found: (ConceptMatch & { start: number; end: number })[] = []
	for (let i = 0; i < terms.length; i++) {
		for (const entry of BY_FIRST_TOKEN.get(terms[i]!) ?? []) {
			const { tokens } = entry
			if (i + tokens.length > terms.length) continue
			let fits = true
			for (let k = 1; k < tokens.length && fits; k++) fits = terms[i + k] === tokens[k]
			if (!fits) continue
			found.push({
				vocabulary: entry.vocabulary,
				key: entry.key,
				term: entry.term,
				tokens,
				start: i,
				end: i + tokens.length,
			})
		}
	}
	const kept: ConceptMatch[] = []
	const reported = new Set<string>()
	for (const match of found) {
		const inside = found.some(
			(other) =>
				other !== match &&
				other.start <= match.start &&
				other.end >= match.end &&
				other.end - other.start > match.end - match.start,
		)
		const id = `${match.vocabulary}:${match.key}`
		if (inside || reported.has(id)) continue
		reported.add(id)
		kept.push({
			vocabulary: match.vocabulary,
			key: match.key,
			term: match.term,
			tokens: [...match.tokens],
		})
	}
	return kept
}

/**
 * The concept a word still being typed names, or a corrected word names:
 * the one concept whose one-word terms start with `prefix` (from four
 * letters, or two Chinese, Japanese or Korean characters), so "adesca"
 * finds what is tagged grooming as "adescamento" does. A prefix shared by
 * terms of two concepts ("sext": sexting, sextortion) names none.
 */
export function findConceptByPrefix(prefix: string): ConceptMatch | null {
	const length = [...prefix].length
	if (length < (/^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u.test(prefix) ? 2 : 4))
		return null
	let found: Entry | null = null
	for (const [first, entries] of BY_FIRST_TOKEN) {
		if (!first.startsWith(prefix)) continue
		for (const entry of entries) {
			if (entry.tokens.length !== 1) continue
			if (found && (found.vocabulary !== entry.vocabulary || found.key !== entry.key)) return null
			found ??= entry
		}
	}
	return found
		? { vocabulary: found.vocabulary, key: found.key, term: found.term, tokens: [prefix] }
		: null
}
