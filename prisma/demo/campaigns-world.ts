import { type DemoCampaign } from './types.ts'

/**
 * Demo campaigns from Alliance members outside Europe. Invented for the demo
 * library: no real organisation, person or helpline number appears here.
 * Lineage may point at any material of EUROPE_CAMPAIGNS or earlier in this file.
 */
export const WORLD_CAMPAIGNS: DemoCampaign[] = [
	{
		id: 'demo-c-20',
		countryCode: 'IL',
		originalLang: 'he',
		startYear: 2022,
		reachCount: 700_000,
		evaluationMethod: 'survey',
		durationMonths: 5,
		channels: ['schools', 'social-media', 'helpline'],
		audiences: ['parents-carers', 'young-people', 'teachers-educators'],
		risks: ['grooming', 'sextortion', 'non-consensual-sharing', 'self-generated', 'reporting-help'],
		translations: [
			{
				lang: 'he',
				title: 'מדברים על זה בבית',
				summary:
					'קמפיין לאומי להורים ולבני נוער בעברית, בערבית וברוסית, שמטרתו לעודד שיחה פתוחה בבית על סכנות מיניות ברשת. הקמפיין כלל עלון להורים, כרזה לבני נוער שעובדה מחומר מולדובי ומערך שיעור לבתי ספר.',
				objectives:
					'לתת להורים כלים לזהות סימנים של היטפלות וסחיטה מינית, ולעודד בני נוער לפנות לעזרה בלי פחד ובלי אשמה.',
				reach:
					'העלונים חולקו באסיפות הורים ובמרכזים קהילתיים, הכרזות נתלו בבתי ספר בכל המגזרים, והמסרים הופצו ברשתות החברתיות בשלוש השפות.',
				results:
					'כ-700,000 איש נחשפו לקמפיין; בסקר המעקב 57% מההורים דיווחו ששוחחו עם ילדיהם על היכרויות ברשת, לעומת 34% לפני הקמפיין.',
				lessonsLearned:
					'הנוסחים ברוסית ובערבית נכתבו מחדש עם דוברי השפות ולא רק תורגמו, וזה שיפר את ההיענות. בני הנוער ביקשו מסרים שאינם מאשימים אותם.',
			},
			{
				lang: 'en',
				title: 'Talking about it at home',
				summary:
					'A national campaign for parents and teenagers in Hebrew, Arabic and Russian, encouraging open conversations at home about online sexual risks. It included a leaflet for parents, a poster for teenagers adapted from a Moldovan material and a lesson plan for schools.',
				objectives:
					'To give parents tools to recognise the signs of grooming and sextortion, and to encourage teenagers to seek help without fear or blame.',
				reach:
					'Leaflets were handed out at parents’ meetings and community centres, posters were put up in schools in every sector, and messages were shared on social media in all three languages.',
				results:
					'About 700,000 people reached; in the follow-up survey, 57% of parents said they had talked with their children about people they meet online, compared with 34% before the campaign.',
				lessonsLearned:
					'The Russian and Arabic texts were rewritten with native speakers rather than simply translated, which improved uptake. Teenagers asked for messages that do not blame them.',
			},
		],
		materials: [
			{
				id: 'demo-m-053',
				resourceType: 'leaflet',
				audiences: ['parents-carers'],
				risks: ['sextortion', 'grooming', 'reporting-help'],
				ageMin: 18,
				licence: 'cc-by-4.0',
				accessibility: ['large-print', 'screen-reader-pdf'],
				originalLang: 'he',
				publishedDaysAgo: 620,
				versions: [
					{
						lang: 'he',
						title: 'מה עושים אם הילד שלכם נסחט ברשת?',
						description: 'עלון להורים: איך להגיב כשילד או ילדה נסחטים בתמונות אינטימיות.',
						body: 'הילד נסחט ברשת? אתם לא לבד\nאל תשלמו ואל תשלחו שום תמונה נוספת.\nשמרו צילומי מסך ואת שם המשתמש, ואז חסמו.\nאמרו לילד: ״זו לא אשמתך״, ופנו למשטרה.',
					},
					{
						lang: 'ar',
						title: 'ماذا تفعلون إذا تعرّض طفلكم للابتزاز عبر الإنترنت؟',
						description:
							'مطوية للآباء والأمهات: كيف تتصرفون عندما يتعرّض طفل أو طفلة للابتزاز بصور حميمة.',
						body: 'طفلكم يتعرّض للابتزاز؟ لستم وحدكم\nلا تدفعوا ولا ترسلوا أي صورة أخرى.\nاحتفظوا بلقطات الشاشة واسم المستخدم، ثم احظروا الحساب.\nقولوا لطفلكم: «ليس ذنبك»، وتوجّهوا إلى الشرطة.',
					},
					{
						lang: 'ru',
						title: 'Что делать, если вашего ребёнка шантажируют в сети?',
						description:
							'Листовка для родителей: как реагировать, если ребёнка шантажируют интимными снимками.',
						body: 'Ребёнка шантажируют? Вы не одни\nНе платите и не отправляйте новых фото.\nСохраните скриншоты и имя пользователя, затем заблокируйте.\nСкажите ребёнку: «Ты не виноват», и обратитесь в полицию.',
					},
				],
			},
			{
				id: 'demo-m-054',
				resourceType: 'poster',
				audiences: ['young-people'],
				risks: ['grooming', 'reporting-help'],
				ageMin: 12,
				ageMax: 17,
				licence: 'cc-by-4.0',
				accessibility: ['alt-text'],
				originalLang: 'ru',
				derivedFrom: { materialId: 'demo-m-043', lang: 'ru', kind: 'adaptation' },
				publishedDaysAgo: 400,
				versions: [
					{
						lang: 'ru',
						title: 'Не каждый друг в сети — друг',
						description:
							'Плакат для подростков о признаках груминга, адаптированный по молдавскому образцу для русскоязычных школьников Израиля.',
						body: 'Не каждый друг в сети — друг\nКомплименты, подарки, «пусть это будет нашим секретом» — осторожно!\nПросят фото? Скажи «нет» и заблокируй.\nРасскажи взрослому, которому доверяешь.',
						helpline: '1-800-000-000',
					},
					{
						lang: 'he',
						title: 'לא כל חבר ברשת הוא חבר',
						description: 'כרזה לבני נוער על סימני היטפלות ברשת, בעיבוד מכרזה מולדובית.',
						body: 'לא כל חבר ברשת הוא חבר\nמחמאות, מתנות, ״שזה יישאר בינינו״ – זהירות!\nמבקשים מכם תמונות? אמרו ״לא״ וחסמו.\nספרו למבוגר שאתם סומכים עליו.',
						helpline: '1-800-000-000',
					},
					{
						lang: 'ar',
						title: 'ليس كل صديق على الإنترنت صديقًا',
						description: 'ملصق للمراهقين حول علامات الاستدراج عبر الإنترنت، مقتبس من ملصق مولدوفي.',
						body: 'ليس كل صديق على الإنترنت صديقًا\nمديح، هدايا، «فليبقَ هذا سرًّا بيننا» – انتبه!\nيطلبون منك صورًا؟ قل «لا» واحظرهم.\nأخبر شخصًا بالغًا تثق به.',
						helpline: '1-800-000-000',
					},
				],
			},
			{
				id: 'demo-m-055',
				resourceType: 'lesson-plan',
				audiences: ['young-people', 'teachers-educators'],
				risks: ['non-consensual-sharing', 'self-generated'],
				ageMin: 12,
				ageMax: 15,
				licence: 'cc-by-4.0',
				accessibility: ['screen-reader-pdf'],
				originalLang: 'he',
				publishedDaysAgo: 540,
				versions: [
					{
						lang: 'he',
						title: 'מערך שיעור: תמונה אחת, הרבה החלטות',
						description:
							'מערך שיעור של 45 דקות לחטיבת הביניים על הפצת תמונות אינטימיות ללא הסכמה ועל תפקידם של המתבוננים מהצד.',
						body: 'קהל יעד: תלמידי כיתות ז׳–ט׳. משך: 45 דקות.\nמטרות: התלמידים יבינו מהי הפצה של תמונות אינטימיות ללא הסכמה, יכירו את ההשלכות שלה וידעו כיצד לעזור לחבר או לחברה.\n1. פתיחה (10 דק׳). המורה מציג משפט: ״מי ששולח תמונה אחראי למה שקורה לה אחר כך״. התלמידים מצביעים אם הם מסכימים ומנמקים.\n2. מקרה (15 דק׳). המורה מקריא סיפור: תמונה אינטימית של תלמידה מגיעה לקבוצת הצ׳אט של השכבה. בקבוצות קטנות התלמידים ממפים את הדמויות – מי צילם, מי שלח, מי העביר הלאה, מי שתק – ודנים במה שכל אחד מהם יכול היה לעשות אחרת.\n3. מה אומר החוק (10 דק׳). הפצת תמונות אינטימיות ללא הסכמה היא עבירה. תמונות מיניות של קטינים נחשבות לחומרי התעללות מינית בילדים, גם אם הקטין צילם אותן בעצמו.\n4. סיכום (10 דק׳). כל תלמיד כותב פתק אנונימי: ״אם זה יקרה לחבר שלי, אני…״. המורה מזכיר לאילו מבוגרים בבית הספר אפשר לפנות.\nהערה למורה: אל תציגו תמונות אמיתיות, והיו ערוכים לשיחה אישית אחרי השיעור.',
					},
				],
			},
			{
				id: 'demo-m-056',
				resourceType: 'lesson-plan',
				audiences: ['young-people', 'teachers-educators'],
				risks: ['non-consensual-sharing', 'self-generated'],
				ageMin: 12,
				ageMax: 15,
				licence: 'cc-by-4.0',
				accessibility: ['screen-reader-pdf'],
				originalLang: 'ar',
				derivedFrom: { materialId: 'demo-m-055', lang: 'he', kind: 'translation' },
				publishedDaysAgo: 330,
				versions: [
					{
						lang: 'ar',
						title: 'خطة درس: صورة واحدة وقرارات كثيرة',
						description: 'ترجمة عربية لخطة الدرس العبرية، أُعدّت للمدارس العربية مع أمثلة مكيّفة.',
						body: 'الفئة المستهدفة: طلاب الصفوف من السابع حتى التاسع. المدة: 45 دقيقة.\nالأهداف: أن يفهم الطلاب ما هو نشر الصور الحميمة دون موافقة، وأن يعرفوا عواقبه، وأن يعرفوا كيف يساعدون صديقًا أو صديقة.\n1. افتتاحية (10 دقائق). يعرض المعلّم عبارة: «من يرسل صورة يتحمّل مسؤولية ما يحدث لها بعد ذلك». يصوّت الطلاب إن كانوا موافقين ويشرحون السبب.\n2. دراسة حالة (15 دقيقة). يقرأ المعلّم قصة: صورة حميمة لطالبة تصل إلى مجموعة الدردشة الخاصة بطلاب الصف. في مجموعات صغيرة، يحدّد الطلاب الشخصيات – من صوّر، ومن أرسل، ومن أعاد النشر، ومن صمت – ويناقشون ما كان يمكن لكل منهم أن يفعله بشكل مختلف.\n3. ماذا يقول القانون (10 دقائق). نشر الصور الحميمة دون موافقة جريمة. والصور الجنسية للقاصرين تُعدّ مواد اعتداء جنسي على الأطفال، حتى لو التقطها القاصر بنفسه.\n4. الختام (10 دقائق). يكتب كل طالب ورقة دون اسم: «لو حدث هذا لصديقي، سأفعل…». ويذكّر المعلّم الطلاب بالبالغين الذين يمكنهم التوجّه إليهم في المدرسة.\nملاحظة للمعلّم: لا تعرضوا صورًا حقيقية، وكونوا مستعدّين لحديث فردي بعد الدرس.',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-21',
		countryCode: 'AU',
		originalLang: 'en',
		startYear: 2022,
		reachCount: 2_000_000,
		evaluationMethod: 'survey',
		channels: ['website', 'social-media', 'print', 'radio', 'schools'],
		audiences: ['parents-carers', 'young-people', 'general-public'],
		risks: ['grooming', 'self-generated', 'sextortion', 'reporting-help'],
		translations: [
			{
				lang: 'en',
				title: 'Start the Chat',
				summary:
					'A national campaign helping parents and carers start conversations about online safety, with materials in English and Simplified Chinese for Chinese-speaking families. It adapted a UK parents’ leaflet and added resources on sextortion for families of teenagers.',
				objectives:
					'To increase the number of parents who talk regularly with their children about online contact, and to make sure families who speak Chinese at home have advice in their own language.',
				reach:
					'Digital advertising, school newsletters, Mandarin community radio and leaflets distributed through libraries and community organisations.',
				results:
					'About 2 million people reached; 63% of surveyed parents said they had started a conversation about online safety after seeing the campaign, and the Chinese leaflet was downloaded 48,000 times.',
				lessonsLearned:
					'Chinese-speaking parents wanted practical advice on sextortion targeting teenagers, including international students. Community radio reached this audience better than paid social media.',
			},
			{
				lang: 'zh',
				title: '开启对话',
				summary:
					'一项全国性宣传活动，帮助父母和照顾者与孩子谈论网络安全，并为讲中文的家庭提供英文和简体中文资料。活动改编了英国的一份家长宣传单，并增加了面向青少年家庭的性勒索防范资料。',
				objectives: '让更多父母经常与孩子谈论网上交往，并确保在家讲中文的家庭能够获得母语的建议。',
				reach: '通过网络广告、学校通讯、普通话社区电台，以及在图书馆和社区组织发放宣传单进行推广。',
				results:
					'约200万人接触到活动信息；63%的受访家长表示看到宣传后与孩子谈起了网络安全，中文宣传单被下载4.8万次。',
				lessonsLearned:
					'讲中文的家长希望获得有关针对青少年（包括留学生）的性勒索的实用建议。对这一群体而言，社区电台比付费社交媒体广告更有效。',
			},
		],
		materials: [
			{
				id: 'demo-m-057',
				resourceType: 'leaflet',
				audiences: ['parents-carers'],
				risks: ['grooming', 'self-generated', 'reporting-help'],
				licence: 'cc-by-4.0',
				accessibility: ['large-print', 'screen-reader-pdf'],
				originalLang: 'en',
				derivedFrom: { materialId: 'demo-m-031', lang: 'en', kind: 'adaptation' },
				publishedDaysAgo: 520,
				versions: [
					{
						lang: 'en',
						title: 'Start the Chat: tips for parents and carers',
						description:
							'Australian adaptation of the UK Talk, Check, Tell leaflet for parents and carers, also available in Simplified Chinese.',
						body: 'Start the chat\nAsk about their favourite games and apps – and who they talk to there.\nSet up privacy and safety settings together.\nLet them know they can tell you anything, even if they’ve shared a photo.',
					},
					{
						lang: 'zh',
						title: '开启对话：给父母和照顾者的建议',
						description: '根据英国家长宣传单改编的澳大利亚版本，为讲中文的家庭提供简体中文版。',
						body: '和孩子聊一聊\n问问孩子喜欢玩什么游戏、用什么应用，以及在上面和谁聊天。\n和孩子一起设置隐私和安全选项。\n告诉孩子：无论发生什么，哪怕已经发过照片，都可以告诉你。',
					},
				],
			},
			{
				id: 'demo-m-058',
				resourceType: 'leaflet',
				audiences: ['parents-carers'],
				risks: ['sextortion', 'reporting-help'],
				ageMin: 18,
				licence: 'cc-by-nc-4.0',
				accessibility: ['screen-reader-pdf'],
				originalLang: 'zh',
				publishedDaysAgo: 510,
				versions: [
					{
						lang: 'zh',
						title: '孩子遭到性勒索怎么办？',
						description: '为讲中文的家庭编写的宣传单：如何识别并应对针对青少年的性勒索。',
						body: '孩子遭到性勒索？你们并不孤单\n不要付钱，也不要再发送任何照片。\n保存截图、对方账号和日期，然后拉黑并举报。\n告诉孩子：“这不是你的错。”并向警方报案。',
					},
					{
						lang: 'en',
						title: 'Is your child being blackmailed online?',
						description:
							'A leaflet written first for Chinese-speaking families: how to recognise and respond to sextortion targeting teenagers.',
						body: 'Sextortion: you are not alone\nDon’t pay and don’t send any more images.\nSave screenshots, the account name and the date, then block and report.\nTell your child, “It’s not your fault,” and report it to police.',
					},
				],
			},
			{
				id: 'demo-m-059',
				resourceType: 'video',
				audiences: ['young-people'],
				risks: ['sextortion', 'reporting-help'],
				ageMin: 13,
				ageMax: 17,
				licence: 'cc-by-4.0',
				accessibility: ['captions', 'audio-description'],
				originalLang: 'en',
				publishedDaysAgo: 495,
				versions: [
					{
						lang: 'en',
						title: 'Hit pause',
						description:
							'Script for a 75-second video for teenagers: what to do in the first minutes of a sextortion attempt.',
						body: 'SCENE 1 – A teenage boy, JAY, 17, scrolling late at night. A new follower messages: “hey, you’re cute”.\nVOICE-OVER: It can start with a compliment.\nSCENE 2 – Quick cuts of the chat getting more personal. The account sends a photo and asks for one back.\nVOICE-OVER: Then comes the ask. And if you send something, the threat comes fast.\nSCENE 3 – The message: “Pay $500 or I post it.” Jay freezes. The screen pauses.\nVOICE-OVER: Hit pause. Don’t pay – paying usually leads to more demands. Don’t reply. Screenshot the chat and the profile. Block and report the account.\nSCENE 4 – Jay knocks on his mum’s door. She opens it, sees his face and sits down with him.\nVOICE-OVER: Then tell someone you trust. You haven’t done anything wrong – the person threatening you has.\nON SCREEN: Hit pause. Save. Block. Report. Tell.',
					},
				],
			},
			{
				id: 'demo-m-060',
				resourceType: 'audio-spot',
				audiences: ['parents-carers', 'general-public'],
				risks: ['sextortion', 'reporting-help'],
				licence: 'cc-by-4.0',
				accessibility: [],
				originalLang: 'zh',
				publishedDaysAgo: 485,
				versions: [
					{
						lang: 'zh',
						title: '社区电台广播：孩子需要您的倾听',
						description:
							'在普通话社区电台播出的45秒广播稿，鼓励家长在孩子遭到性勒索时耐心倾听、不责怪。',
						body: '【手机提示音】\n母亲：我儿子十六岁。那天晚上他一直不说话，后来才告诉我，有人拿他的照片威胁他，要他付钱。\n旁白：这叫性勒索。犯罪分子常常冒充同龄人，骗取青少年的私密照片，然后威胁要发给他们的朋友和家人。\n母亲：我当时很生气，但我告诉自己：先听他说完。\n旁白：如果孩子遇到这种情况，请不要责怪孩子，也不要付钱。保存聊天截图和对方账号，拉黑并举报，然后向警方报案。\n母亲：现在我知道，孩子愿意告诉我，才是最重要的。\n旁白：多倾听，少责怪。和孩子一起面对。',
					},
					{
						lang: 'en',
						title: 'Community radio spot: your child needs you to listen',
						description:
							'English version of a 45-second spot first broadcast on Mandarin community radio, encouraging parents to listen without blame when a child faces sextortion.',
						body: '[Phone notification sound]\nMOTHER: My son is sixteen. That evening he wouldn’t say a word. Later he told me someone was threatening him with his photo and demanding money.\nNARRATOR: This is sextortion. Offenders often pretend to be the same age, trick teenagers into sending intimate images and then threaten to send them to friends and family.\nMOTHER: I was angry at first, but I told myself: listen to him first.\nNARRATOR: If this happens to your child, don’t blame them and don’t pay. Save screenshots of the chat and the account name, block and report, and then go to the police.\nMOTHER: Now I know the most important thing is that he was willing to tell me.\nNARRATOR: Listen more, blame less. Face it together.',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-22',
		countryCode: 'NZ',
		originalLang: 'en',
		startYear: 2024,
		reachCount: 150_000,
		evaluationMethod: 'qualitative',
		channels: ['print', 'events', 'website', 'schools'],
		audiences: ['parents-carers', 'young-people'],
		risks: ['sextortion', 'grooming', 'self-generated', 'reporting-help'],
		translations: [
			{
				lang: 'en',
				title: 'Talk Early, Talk Often',
				summary:
					'A community-based campaign for families, including Chinese-speaking families in Auckland, that adapted an Australian Chinese-language leaflet on sextortion. A poster for secondary schools encourages young people to seek help.',
				objectives:
					'To reach migrant families with advice in their own language and to make sure teenagers know what to do if they are pressured or threatened over an image.',
				reach:
					'Leaflets shared through community centres, churches, language schools and parent evenings, with posters in secondary schools.',
				results:
					'Around 150,000 people reached; community workers reported that parents used the leaflet to start conversations at home, and 85 schools requested posters.',
				lessonsLearned:
					'Community workers who speak the language are essential to explain the leaflet. Adapting the Australian material saved time, but contact details and legal references had to be checked carefully.',
			},
		],
		materials: [
			{
				id: 'demo-m-061',
				resourceType: 'leaflet',
				audiences: ['parents-carers'],
				risks: ['sextortion', 'reporting-help'],
				ageMin: 18,
				licence: 'cc-by-nc-4.0',
				accessibility: ['large-print'],
				originalLang: 'zh',
				derivedFrom: { materialId: 'demo-m-058', lang: 'zh', kind: 'adaptation' },
				publishedDaysAgo: 240,
				versions: [
					{
						lang: 'zh',
						title: '孩子遭到性勒索？请这样做',
						description: '根据澳大利亚中文宣传单改编的新西兰版本，更新了当地的求助和报案信息。',
						body: '孩子遭到性勒索？别慌\n不要付钱，也不要再发送任何照片。\n保存截图和对方账号，然后拉黑并举报。\n对孩子说：“这不是你的错。”并向警方报案。',
					},
					{
						lang: 'en',
						title: 'Sextortion: what parents can do',
						description:
							'New Zealand adaptation of an Australian Chinese-language leaflet, with local reporting information.',
						body: 'Sextortion? Don’t panic\nDon’t pay and don’t send any more images.\nSave screenshots and the account name, then block and report.\nTell your child, “It’s not your fault,” and contact police.',
					},
				],
			},
			{
				id: 'demo-m-062',
				resourceType: 'poster',
				audiences: ['young-people'],
				risks: ['grooming', 'self-generated', 'reporting-help'],
				ageMin: 13,
				ageMax: 17,
				licence: 'cc-by-4.0',
				accessibility: ['alt-text', 'large-print'],
				originalLang: 'en',
				publishedDaysAgo: 230,
				versions: [
					{
						lang: 'en',
						title: 'Someone pressuring you online?',
						description: 'Poster for secondary schools about pressure to send images.',
						body: 'Someone pressuring you online?\nYou can say no – always.\nBlock them and save the messages.\nTalk to an adult you trust.',
						helpline: '0800 000 000',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-23',
		countryCode: 'CA',
		originalLang: 'en',
		startYear: 2021,
		reachCount: 1_100_000,
		evaluationMethod: 'survey',
		channels: ['website', 'print', 'television', 'schools'],
		audiences: ['parents-carers', 'children', 'young-people'],
		risks: ['grooming', 'sextortion', 'self-generated', 'reporting-help'],
		translations: [
			{
				lang: 'en',
				title: 'Safe Together Online',
				summary:
					'A bilingual campaign for families and children, with a parents’ guide in English, French and Simplified Chinese, a children’s quiz adapted from a French school programme and a poster for teenagers.',
				objectives:
					'To help parents recognise grooming and sextortion and respond supportively, and to give children in French-language schools a playful way to learn safety rules.',
				reach:
					'Television spots, a campaign website, guides distributed through schools and settlement agencies, and posters in high schools.',
				results:
					'An estimated 1.1 million people reached; 70% of parents surveyed rated the guide as useful, and the quiz was used in about 1,900 classrooms.',
				lessonsLearned:
					'Settlement agencies were key partners for reaching newcomer families. Teachers asked for an English version of the quiz, which is planned.',
			},
			{
				lang: 'fr',
				title: 'Ensemble en sécurité en ligne',
				summary:
					'Campagne bilingue pour les familles et les enfants, comprenant un guide pour les parents en anglais, en français et en chinois simplifié, un quiz pour enfants adapté d’un programme scolaire français et une affiche pour les adolescents.',
				objectives:
					'Aider les parents à reconnaître le leurre et la sextorsion et à réagir avec bienveillance, et offrir aux enfants des écoles francophones une façon ludique d’apprendre les règles de sécurité.',
				reach:
					'Messages télévisés, site Web de la campagne, guides distribués par les écoles et les organismes d’accueil des nouveaux arrivants, et affiches dans les écoles secondaires.',
				results:
					'Environ 1,1 million de personnes jointes ; 70 % des parents sondés ont jugé le guide utile, et le quiz a été utilisé dans environ 1 900 classes.',
				lessonsLearned:
					'Les organismes d’accueil ont été des partenaires essentiels pour joindre les familles nouvellement arrivées. Les enseignants ont demandé une version anglaise du quiz, qui est prévue.',
			},
		],
		materials: [
			{
				id: 'demo-m-063',
				resourceType: 'guide',
				audiences: ['parents-carers'],
				risks: ['grooming', 'sextortion', 'reporting-help'],
				licence: 'cc-by-4.0',
				accessibility: ['screen-reader-pdf', 'large-print'],
				originalLang: 'en',
				publishedDaysAgo: 660,
				versions: [
					{
						lang: 'en',
						title: 'A parent’s guide to grooming and sextortion',
						description:
							'A short guide for parents on the warning signs of grooming and sextortion, how to talk about them and what to do if something happens.',
						body: 'Most of what children do online is positive. But some people use games, social media and messaging apps to build trust with children and then ask for sexual images. This is called grooming. Sometimes the images are then used for sextortion: threats to share them unless the child pays or sends more.\nSigns to look out for\nYour child becomes secretive about their phone, has a new online friend you don’t know, receives gifts or game credits, or seems anxious after being online.\nHow to talk about it\nChoose a relaxed moment. Ask open questions, such as “Has anyone online ever asked you to do something that felt weird?” Tell your child they will not lose their phone for telling you.\nIf something has happened\nStay calm and thank your child for telling you. Do not pay anyone. Save screenshots and usernames, but never save or forward sexual images of a child – they are child sexual abuse material. Block and report the account, and contact police.\nLook after your child\nFeelings of shame are common. Keep reassuring your child that the person who did this is responsible.',
					},
					{
						lang: 'fr',
						title: 'Guide pour les parents : le leurre et la sextorsion',
						description:
							'Court guide pour les parents sur les signes du leurre et de la sextorsion, la façon d’en parler et ce qu’il faut faire si quelque chose se produit.',
						body: 'La plupart des activités des enfants en ligne sont positives. Mais certaines personnes utilisent les jeux, les réseaux sociaux et les messageries pour gagner la confiance d’un enfant, puis lui demander des images sexuelles. C’est ce qu’on appelle le leurre. Ces images servent parfois ensuite à la sextorsion : on menace de les diffuser si l’enfant ne paie pas ou n’en envoie pas d’autres.\nLes signes à surveiller\nVotre enfant devient secret avec son téléphone, parle d’un nouvel ami en ligne que vous ne connaissez pas, reçoit des cadeaux ou des crédits de jeu, ou semble anxieux après avoir été en ligne.\nComment en parler\nChoisissez un moment détendu. Posez des questions ouvertes, comme : « Est-ce que quelqu’un en ligne t’a déjà demandé de faire quelque chose de bizarre ? » Dites-lui qu’il ne perdra pas son téléphone s’il vous en parle.\nSi quelque chose s’est produit\nRestez calme et remerciez votre enfant de sa confiance. Ne payez personne. Conservez les captures d’écran et les noms d’utilisateur, mais ne conservez ni ne transférez jamais d’images sexuelles d’un enfant : c’est du matériel d’abus sexuel sur enfant. Bloquez et signalez le compte, et communiquez avec la police.\nPrenez soin de votre enfant\nLa honte est fréquente. Rappelez-lui que la personne responsable, c’est celle qui a fait cela.',
					},
					{
						lang: 'zh',
						title: '家长指南：网络诱骗与性勒索',
						description:
							'一份简短的家长指南，介绍网络诱骗和性勒索的迹象、如何与孩子谈论，以及出事后该怎么做。',
						body: '孩子在网上做的大多数事情都是积极的。但有些人会利用游戏、社交媒体和聊天软件取得孩子的信任，然后索要性图片，这叫做“网络诱骗”。之后，这些图片有时会被用来实施性勒索：威胁孩子如果不付钱或不发送更多图片，就把图片公开。\n需要留意的迹象\n孩子对手机变得神神秘秘，有您不认识的新网友，收到礼物或游戏点数，或者上网后显得焦虑不安。\n如何和孩子谈\n选择一个轻松的时机，提出开放式问题，比如：“网上有没有人让你做过让你觉得奇怪的事？”告诉孩子，说出来不会被没收手机。\n如果已经发生了\n保持冷静，感谢孩子愿意告诉您。不要向任何人付钱。保存截图和用户名，但绝不要保存或转发儿童的性图片——那属于儿童性虐待材料。拉黑并举报该账号，然后联系警方。\n照顾好孩子\n孩子常常会感到羞耻。请反复告诉孩子：该负责任的是做这件事的人。',
					},
				],
			},
			{
				id: 'demo-m-064',
				resourceType: 'game-quiz',
				audiences: ['children'],
				risks: ['grooming', 'self-generated', 'reporting-help'],
				ageMin: 8,
				ageMax: 11,
				licence: 'cc-by-4.0',
				accessibility: ['easy-read', 'large-print'],
				originalLang: 'fr',
				derivedFrom: { materialId: 'demo-m-005', lang: 'fr', kind: 'adaptation' },
				publishedDaysAgo: 430,
				versions: [
					{
						lang: 'fr',
						title: 'Quiz : vrai ou faux en ligne ?',
						description:
							'Adaptation canadienne du quiz français, avec des exemples et un vocabulaire adaptés aux écoles francophones du Canada.',
						body: '1. Une personne que tu rencontres dans un jeu en ligne est forcément un enfant de ton âge. Vrai ou faux ? (Faux : on ne sait jamais vraiment qui est derrière l’écran.)\n2. Si quelqu’un te demande une photo de toi en pyjama, tu as le droit de refuser. (Vrai : tu peux toujours dire non.)\n3. Un secret qui te rend mal à l’aise doit rester secret. (Faux : parles-en à un adulte de confiance.)\n4. Bloquer quelqu’un dans ton jeu ou sur ton cellulaire, c’est méchant. (Faux : c’est une façon de te protéger.)\n5. Si tu as déjà envoyé une photo, il est trop tard pour demander de l’aide. (Faux : il n’est jamais trop tard, et ce n’est pas de ta faute.)\n6. Un adulte de confiance peut être un parent, un enseignant ou une intervenante de ton école. (Vrai.)\n7. Quelqu’un t’offre des crédits de jeu si tu vas sur une autre application pour jaser en privé. Est-ce normal ? (Non : c’est un signal d’alarme. Refuse et parles-en.)',
					},
				],
			},
			{
				id: 'demo-m-065',
				resourceType: 'poster',
				audiences: ['young-people'],
				risks: ['sextortion', 'reporting-help'],
				ageMin: 13,
				ageMax: 17,
				licence: 'cc-by-4.0',
				accessibility: ['alt-text'],
				originalLang: 'en',
				publishedDaysAgo: 415,
				versions: [
					{
						lang: 'en',
						title: 'Threatened over a pic?',
						description: 'Bilingual poster for high schools on what to do about sextortion.',
						body: 'Threatened over a pic?\nDon’t pay. Don’t reply.\nSave the messages and block the account.\nTell an adult you trust – you’re not in trouble.',
						helpline: '1-800-000-0000',
					},
					{
						lang: 'fr',
						title: 'On te menace à cause d’une photo ?',
						description:
							'Affiche bilingue pour les écoles secondaires : que faire face à la sextorsion.',
						body: 'On te menace à cause d’une photo ?\nNe paie pas. Ne réponds pas.\nGarde les messages et bloque le compte.\nParles-en à un adulte de confiance : tu n’as rien fait de mal.',
						helpline: '1-800-000-0000',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-24',
		countryCode: 'US',
		originalLang: 'en',
		startYear: 2015,
		reachCount: 5_000_000,
		evaluationMethod: 'reach-metrics',
		costAmount: 2_500_000,
		costCurrency: 'USD',
		channels: ['social-media', 'television', 'radio', 'website'],
		audiences: ['professionals', 'young-people', 'general-public'],
		risks: ['sexual-exploitation', 'sextortion', 'reporting-help', 'grooming'],
		translations: [
			{
				lang: 'en',
				title: 'Know the Signs',
				summary:
					'A national awareness effort for professionals, young people and the general public on online child sexual exploitation and sextortion, in English and Spanish. It includes a training presentation for professionals, a social media kit for teens and a public service announcement for radio.',
				objectives:
					'To help professionals recognize signs of online sexual exploitation, to encourage teens to seek help when threatened, and to increase public reporting of child sexual abuse material.',
				reach:
					'Public service announcements on radio and television, partner social media channels, and training sessions for school staff, health workers and youth organizations.',
				results:
					'Campaign content reached an estimated 5 million people; more than 12,000 professionals completed the training, and visits to the campaign’s reporting guidance page tripled.',
				lessonsLearned:
					'Spanish-language materials needed their own examples rather than translated ones. Teens shared posts about what to do far more than posts describing risks.',
			},
			{
				lang: 'es',
				title: 'Conoce las señales',
				summary:
					'Iniciativa nacional de sensibilización dirigida a profesionales, adolescentes y público en general sobre la explotación sexual infantil en línea y la sextorsión, en inglés y en español. Incluye una presentación de capacitación para profesionales, un kit para redes sociales dirigido a adolescentes y un anuncio de servicio público para la radio.',
				objectives:
					'Ayudar a los profesionales a reconocer las señales de explotación sexual en línea, animar a los adolescentes a pedir ayuda cuando los amenazan y aumentar las denuncias de material de abuso sexual infantil.',
				reach:
					'Anuncios de servicio público en radio y televisión, redes sociales de organizaciones aliadas y capacitaciones para personal escolar, trabajadores de salud y organizaciones juveniles.',
				results:
					'Los contenidos llegaron a unos 5 millones de personas; más de 12 000 profesionales completaron la capacitación y las visitas a la página de orientación para denunciar se triplicaron.',
				lessonsLearned:
					'Los materiales en español necesitaban ejemplos propios y no traducidos. Los adolescentes compartieron mucho más las publicaciones sobre qué hacer que las que describían los riesgos.',
			},
		],
		materials: [
			{
				id: 'demo-m-066',
				resourceType: 'presentation',
				audiences: ['professionals'],
				risks: ['sexual-exploitation', 'grooming', 'sextortion', 'reporting-help'],
				ageMin: 18,
				licence: 'cc-by-4.0',
				accessibility: ['screen-reader-pdf', 'alt-text'],
				originalLang: 'en',
				publishedDaysAgo: 810,
				versions: [
					{
						lang: 'en',
						title: 'Recognizing online child sexual exploitation: training slides',
						description:
							'Six slides for a one-hour training session for school staff, health workers and youth organizations.',
						body: 'Slide 1 – What we mean: Online child sexual exploitation includes grooming, sextortion, the production and sharing of child sexual abuse material and the livestreaming of abuse. It can happen to any child.\nSlide 2 – How it starts: Offenders often pose as peers, offer attention, gifts or money, and move conversations to private or encrypted apps. Demands escalate quickly.\nSlide 3 – Warning signs: withdrawal, sudden secrecy about devices, unexplained money or gifts, distress after being online, self-harm or talk of feeling trapped.\nSlide 4 – Responding to a disclosure: listen, stay calm, avoid leading questions, reassure the young person that they are not to blame, and explain what will happen next.\nSlide 5 – Evidence and images: never view, copy, download or forward sexual images of a child, even to report them. Note where the content is and follow your agency’s reporting procedure.\nSlide 6 – Referral and support: know your mandatory reporting duties, involve law enforcement when a child is being threatened, and connect the family with support services.',
					},
					{
						lang: 'es',
						title:
							'Cómo reconocer la explotación sexual infantil en línea: diapositivas de capacitación',
						description:
							'Seis diapositivas para una capacitación de una hora dirigida a personal escolar, trabajadores de salud y organizaciones juveniles.',
						body: 'Diapositiva 1 – De qué hablamos: La explotación sexual infantil en línea incluye el grooming, la sextorsión, la producción y difusión de material de abuso sexual infantil y la transmisión en vivo de abusos. Puede afectar a cualquier niño, niña o adolescente.\nDiapositiva 2 – Cómo empieza: Los agresores suelen hacerse pasar por personas de la misma edad, ofrecen atención, regalos o dinero y llevan la conversación a aplicaciones privadas o cifradas. Las exigencias aumentan rápidamente.\nDiapositiva 3 – Señales de alerta: aislamiento, secretismo repentino con los dispositivos, dinero o regalos sin explicación, angustia después de usar internet, autolesiones o comentarios sobre sentirse atrapado.\nDiapositiva 4 – Cómo responder a una revelación: escuche, mantenga la calma, evite preguntas que sugieran respuestas, asegure a la persona joven que no tiene la culpa y explique qué pasará después.\nDiapositiva 5 – Pruebas e imágenes: nunca vea, copie, descargue ni reenvíe imágenes sexuales de un menor, ni siquiera para denunciarlas. Anote dónde está el contenido y siga el procedimiento de denuncia de su institución.\nDiapositiva 6 – Derivación y apoyo: conozca sus obligaciones de denuncia, involucre a las autoridades cuando un menor esté siendo amenazado y ponga a la familia en contacto con servicios de apoyo.',
					},
				],
			},
			{
				id: 'demo-m-067',
				resourceType: 'social-media-kit',
				audiences: ['young-people'],
				risks: ['sextortion', 'reporting-help'],
				ageMin: 13,
				ageMax: 17,
				licence: 'cc0-1.0',
				accessibility: ['alt-text', 'captions'],
				originalLang: 'en',
				publishedDaysAgo: 460,
				versions: [
					{
						lang: 'en',
						title: 'Sextortion: posts for teens',
						description:
							'Four ready-to-share posts for teens on what to do if someone threatens them with a photo.',
						body: 'Being threatened over a photo?\nPost 1: Someone says they’ll share your pic unless you pay? That’s sextortion, and it’s a crime.\nPost 2: Don’t pay. Don’t reply. Screenshot everything.\nPost 3: Block and report the account.\nPost 4: Tell an adult you trust. You’re not in trouble – they are.',
						helpline: 'Text SAFE to 00000',
					},
					{
						lang: 'es',
						title: 'Sextorsión: publicaciones para adolescentes',
						description:
							'Cuatro publicaciones listas para compartir sobre qué hacer si alguien te amenaza con una foto.',
						body: '¿Te amenazan con una foto?\nPublicación 1: ¿Alguien dice que compartirá tu foto si no le pagas? Eso es sextorsión, y es un delito.\nPublicación 2: No pagues. No respondas. Haz capturas de todo.\nPublicación 3: Bloquea y denuncia la cuenta.\nPublicación 4: Cuéntaselo a un adulto de confianza. Tú no hiciste nada malo; quien te amenaza, sí.',
						helpline: 'Envía SAFE al 00000',
					},
					{
						lang: 'zh',
						title: '性勒索：给青少年的社交媒体帖子',
						description: '四条可直接分享的帖子，告诉青少年有人用照片威胁时该怎么做。',
						body: '有人用照片威胁你？\n帖子1：有人说你不付钱就公开你的照片？这就是性勒索，是犯罪行为。\n帖子2：不要付钱，不要回复，把一切都截图保存。\n帖子3：拉黑并举报这个账号。\n帖子4：告诉你信任的大人。做错事的不是你，而是威胁你的人。',
						helpline: '发送 SAFE 至 00000',
					},
				],
			},
			{
				id: 'demo-m-068',
				resourceType: 'audio-spot',
				audiences: ['general-public'],
				risks: ['reporting-help', 'sexual-exploitation'],
				licence: 'cc-by-nd-4.0',
				accessibility: [],
				originalLang: 'en',
				publishedDaysAgo: 445,
				versions: [
					{
						lang: 'en',
						title: 'PSA: See something? Report it.',
						description:
							'A 30-second public service announcement asking adults to report child sexual abuse material they come across online.',
						body: '[Sound of typing on a laptop, then it stops]\nWOMAN: I was looking for a video for my son’s school project. Then I saw something no one should ever see. An image of a child being abused.\nNARRATOR: If you ever come across child sexual abuse material online, don’t share it – not even to warn others. Don’t download it. Close it and report it.\nWOMAN: I wrote down the web address, closed the page and reported it. It took five minutes.\nNARRATOR: Every report can help remove an image and protect a child. Behind every image is a real child who needs help. See something? Report it.',
					},
					{
						lang: 'es',
						title: 'Anuncio: ¿Lo viste? Denúncialo.',
						description:
							'Anuncio de servicio público de 30 segundos que pide a las personas adultas denunciar el material de abuso sexual infantil que encuentren en internet.',
						body: '[Sonido de un teclado que se detiene]\nMUJER: Estaba buscando un video para la tarea de mi hijo. Y de pronto vi algo que nadie debería ver nunca. La imagen de un niño sufriendo abuso.\nNARRADOR: Si alguna vez encuentras material de abuso sexual infantil en internet, no lo compartas, ni siquiera para alertar a otros. No lo descargues. Ciérralo y denúncialo.\nMUJER: Anoté la dirección de la página, la cerré y la denuncié. Me tomó cinco minutos.\nNARRADOR: Cada denuncia puede ayudar a eliminar una imagen y a proteger a un niño. Detrás de cada imagen hay un niño real que necesita ayuda. ¿Lo viste? Denúncialo.',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-25',
		countryCode: 'MX',
		originalLang: 'es',
		startYear: 2023,
		reachCount: 800_000,
		evaluationMethod: 'survey',
		channels: ['schools', 'social-media', 'radio', 'events'],
		audiences: ['young-people', 'children', 'teachers-educators', 'professionals'],
		risks: ['sextortion', 'grooming', 'sexual-exploitation', 'reporting-help'],
		translations: [
			{
				lang: 'es',
				title: 'Sin secretos en la red',
				summary:
					'Campaña nacional para escuelas y familias que adapta un cartel español sobre sextorsión al contexto mexicano y lo complementa con un plan de clase sobre grooming y una guía para profesionales del turismo.',
				objectives:
					'Que niñas, niños y adolescentes identifiquen el grooming y la sextorsión y pidan ayuda, y que los profesionales sepan detectar y denunciar la explotación sexual infantil.',
				reach:
					'Carteles en secundarias, sesiones en primarias, mensajes en radios comunitarias y talleres con personal de hoteles y servicios turísticos.',
				results:
					'Unas 800 000 personas alcanzadas; 3 500 profesionales capacitados, y el 76 % del alumnado encuestado supo decir qué hacer ante un chantaje.',
				lessonsLearned:
					'Adaptar el cartel español requirió cambiar expresiones y referencias legales. Las radios comunitarias fueron clave para llegar a zonas rurales e indígenas.',
			},
		],
		materials: [
			{
				id: 'demo-m-069',
				resourceType: 'poster',
				audiences: ['young-people'],
				risks: ['sextortion', 'reporting-help'],
				ageMin: 12,
				ageMax: 17,
				licence: 'cc-by-sa-4.0',
				accessibility: ['alt-text'],
				originalLang: 'es',
				derivedFrom: { materialId: 'demo-m-018', lang: 'es', kind: 'adaptation' },
				publishedDaysAgo: 530,
				versions: [
					{
						lang: 'es',
						title: '¿Te están chantajeando con una foto?',
						description:
							'Adaptación mexicana del cartel español sobre sextorsión, con vocabulario y contactos locales.',
						body: '¿Te chantajean con una foto?\nNo pagues ni mandes nada más.\nToma capturas de pantalla y bloquea la cuenta.\nPide ayuda: no es tu culpa.',
						helpline: '800 000 0000',
					},
				],
			},
			{
				id: 'demo-m-070',
				resourceType: 'lesson-plan',
				audiences: ['children', 'teachers-educators'],
				risks: ['grooming', 'reporting-help'],
				ageMin: 10,
				ageMax: 12,
				licence: 'cc-by-4.0',
				accessibility: ['easy-read'],
				originalLang: 'es',
				publishedDaysAgo: 515,
				versions: [
					{
						lang: 'es',
						title: 'Plan de clase: el semáforo de los mensajes',
						description:
							'Sesión de 50 minutos para 5.º y 6.º de primaria: reconocer mensajes de grooming en juegos y redes sociales.',
						body: 'Dirigido a: alumnado de 5.º y 6.º de primaria (10 a 12 años). Duración: 50 minutos.\nPropósito: que niñas y niños reconozcan señales de grooming en juegos y redes sociales y sepan a quién pedir ayuda.\n1. Lluvia de ideas (10 min). Pregunte: «¿Qué cosas de un perfil pueden ser falsas?». Anote en el pizarrón: foto, edad, nombre, escuela.\n2. El semáforo (20 min). Reparta tarjetas con mensajes: «¿Jugamos otra partida?» (verde), «No les digas a tus papás que hablamos» (rojo), «Te regalo gemas si me mandas una foto» (rojo), «¿En qué grado vas?» (amarillo). En equipos, el alumnado coloca cada tarjeta en el semáforo y explica por qué.\n3. ¿Qué hago? (10 min). Construyan juntos la regla de la clase: no respondo, bloqueo, guardo una captura y se lo cuento a una persona adulta de confianza.\n4. Cierre (10 min). Cada estudiante dibuja a las personas adultas a quienes puede acudir.\nRecuerde: si alguien le pide fotos, una niña o un niño siempre puede decir que no, y nunca es su culpa.',
					},
				],
			},
			{
				id: 'demo-m-071',
				resourceType: 'guide',
				audiences: ['professionals'],
				risks: ['sexual-exploitation', 'reporting-help'],
				ageMin: 18,
				licence: 'cc-by-4.0',
				accessibility: ['screen-reader-pdf'],
				originalLang: 'es',
				publishedDaysAgo: 505,
				versions: [
					{
						lang: 'es',
						title: 'Guía para personal de turismo: prevenir la explotación sexual infantil',
						description:
							'Guía práctica para personal de hoteles, transporte y servicios turísticos sobre cómo detectar y reportar la explotación sexual de niñas, niños y adolescentes.',
						body: 'La explotación sexual de niñas, niños y adolescentes puede ocurrir en hoteles, transportes y servicios turísticos, y cada vez con más frecuencia se organiza por internet. El personal de turismo puede ser la primera persona adulta en notar que algo está mal.\nSeñales de alerta\nUna persona adulta que llega con un menor que no parece ser su familiar y no le deja hablar; menores que parecen asustados o no saben dónde están; solicitudes para que un menor suba a una habitación; huéspedes que muestran un interés insistente por menores de la localidad; anuncios en línea que ofrecen «compañía» con fotografías de personas muy jóvenes.\nQué hacer\nNo confronte a la persona sospechosa ni ponga en riesgo al menor. Anote fecha, hora, número de habitación y descripciones. Informe de inmediato a su supervisor y siga el protocolo de su empresa. Llame a la policía si hay un riesgo inmediato.\nLo que nunca debe hacer\nNo tome fotografías de la niña o el niño ni comparta imágenes: las imágenes sexuales de menores son material de abuso sexual infantil.\nRecuerde: una niña, un niño o un adolescente nunca «consiente» su explotación.',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-26',
		countryCode: 'CR',
		originalLang: 'es',
		startYear: 2024,
		reachCount: 210_000,
		evaluationMethod: 'pre-post-test',
		channels: ['schools', 'radio'],
		audiences: ['young-people', 'parents-carers', 'general-public'],
		risks: ['sextortion', 'reporting-help'],
		translations: [
			{
				lang: 'es',
				title: 'Cuidémonos en línea',
				summary:
					'Campaña escolar y radial que retoma el cartel mexicano sobre sextorsión, a su vez inspirado en uno español, y añade una cuña de radio para las familias. Se aplicó en colegios de todas las provincias.',
				objectives:
					'Que las personas adolescentes sepan cómo reaccionar ante la sextorsión y que madres, padres y personas encargadas sepan apoyarlas sin culparlas.',
				reach:
					'Carteles en colegios, charlas con personal de orientación y una cuña de radio transmitida en emisoras nacionales y regionales.',
				results:
					'Unos 210 000 estudiantes y familiares alcanzados; en los colegios evaluados, el porcentaje de estudiantes que sabía que no debía pagar pasó del 44 % al 81 %.',
				lessonsLearned:
					'Reutilizar un cartel ya probado permitió invertir más en las charlas. Las familias pidieron que la cuña se transmitiera también en horario nocturno.',
			},
		],
		materials: [
			{
				id: 'demo-m-072',
				resourceType: 'poster',
				audiences: ['young-people'],
				risks: ['sextortion', 'reporting-help'],
				ageMin: 12,
				ageMax: 17,
				licence: 'cc-by-sa-4.0',
				accessibility: ['alt-text', 'large-print'],
				originalLang: 'es',
				derivedFrom: { materialId: 'demo-m-069', lang: 'es', kind: 'adaptation' },
				publishedDaysAgo: 200,
				versions: [
					{
						lang: 'es',
						title: '¿Te chantajean con una foto? Pedí ayuda',
						description:
							'Adaptación costarricense del cartel mexicano sobre sextorsión, con voseo y contactos nacionales.',
						body: '¿Te chantajean con una foto?\nNo pagués ni mandés nada más.\nHacé capturas de pantalla y bloqueá la cuenta.\nPedí ayuda: no es tu culpa.',
						helpline: '800-000-0000',
					},
				],
			},
			{
				id: 'demo-m-073',
				resourceType: 'audio-spot',
				audiences: ['parents-carers', 'general-public'],
				risks: ['sextortion', 'reporting-help'],
				licence: 'cc-by-4.0',
				accessibility: [],
				originalLang: 'es',
				publishedDaysAgo: 190,
				versions: [
					{
						lang: 'es',
						title: 'Cuña de radio: Escuchar sin culpar',
						description:
							'Cuña de 40 segundos para madres, padres y personas encargadas sobre cómo apoyar a una persona adolescente víctima de sextorsión.',
						body: '[Música suave de fondo]\nPAPÁ: Mi hija llegó llorando. Alguien la estaba amenazando con publicar una foto suya si no le pagaba.\nNARRADORA: Cuando una persona adolescente sufre sextorsión, lo que más necesita es que la escuchemos sin culparla.\nMAMÁ: Lo primero que le dijimos fue: «No es tu culpa. Estamos con vos».\nNARRADORA: No paguen ni respondan a quien chantajea. Guarden capturas de pantalla, bloqueen la cuenta y denuncien ante las autoridades. Y sobre todo, acompañen a su hija o a su hijo.\nPAPÁ: Hoy ella está bien. Y sabe que nos puede contar cualquier cosa.\nNARRADORA: Cuidémonos en línea. Escuchar sin culpar hace la diferencia.',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-27',
		countryCode: 'JP',
		originalLang: 'ja',
		startYear: 2021,
		reachCount: 900_000,
		reachUnit: 'students',
		evaluationMethod: 'pre-post-test',
		costAmount: 30_000_000,
		costCurrency: 'JPY',
		durationMonths: 12,
		channels: ['schools', 'website'],
		audiences: ['children', 'young-people', 'teachers-educators', 'parents-carers'],
		risks: ['self-generated', 'sextortion', 'reporting-help', 'grooming'],
		translations: [
			{
				lang: 'ja',
				title: '「ちょっと待って」キャンペーン',
				summary:
					'小学校高学年から中学生とその保護者を対象に、自画撮り被害やセクストーション（性的脅迫）について考えるきっかけをつくる全国キャンペーンです。学校向けの指導案、中高生向けポスター、保護者向けガイドを作成しました。',
				objectives:
					'子どもたちが、裸の写真などを求められたときに「送らない」「断る」「相談する」を選べるようにすること、そして保護者が子どもを責めずに受け止められるようにすることを目指しました。',
				reach:
					'教育委員会を通じて全国の小中学校に指導案を配布し、ポスターを掲示したほか、ウェブサイトで保護者向けガイドを公開しました。',
				results:
					'約90万人の児童生徒が授業を受け、授業後のテストで「求められても送らない」と答えた割合は62%から91%に上昇しました。',
				lessonsLearned:
					'「自画撮り」という言葉は子どもにはわかりにくかったため、具体的な場面で説明する方が効果的でした。保護者向けガイドは、保護者会を通じて配布すると読まれやすくなりました。',
			},
			{
				lang: 'en',
				title: 'The “Wait a moment” campaign',
				summary:
					'A national campaign prompting upper primary and lower secondary pupils and their parents to think about self-generated sexual images and sextortion. It produced a lesson plan for schools, a poster for teenagers and a guide for parents.',
				objectives:
					'For children to be able to choose “don’t send, say no, ask for help” when asked for nude pictures, and for parents to respond without blaming their child.',
				reach:
					'The lesson plan was distributed to primary and lower secondary schools nationwide through boards of education, posters were displayed in schools and the parents’ guide was published online.',
				results:
					'About 900,000 pupils took the lesson; in the post-lesson test, the share answering “I won’t send it even if asked” rose from 62% to 91%.',
				lessonsLearned:
					'The term “self-generated images” was hard for children to grasp, so concrete scenarios worked better. The parents’ guide was read more when handed out at parents’ meetings.',
			},
		],
		materials: [
			{
				id: 'demo-m-074',
				resourceType: 'lesson-plan',
				audiences: ['children', 'teachers-educators'],
				risks: ['self-generated', 'grooming', 'reporting-help'],
				ageMin: 10,
				ageMax: 12,
				licence: 'cc-by-4.0',
				accessibility: ['screen-reader-pdf'],
				originalLang: 'ja',
				publishedDaysAgo: 695,
				versions: [
					{
						lang: 'ja',
						title: '指導案：その写真、送る前に「ちょっと待って」',
						description:
							'小学5・6年生向けの45分の指導案。インターネットで写真を求められたときに断り、大人に相談する力を育てます。',
						body: '対象：小学5・6年生（10〜12歳）　時間：45分\nねらい：インターネット上で写真を求められたときに、断り、信頼できる大人に相談できるようにする。\n1．導入（5分）「ネットで知り合った人と話したことはありますか」と問いかけ、オンラインゲームやSNSでのやりとりを出し合う。\n2．事例を読む（15分）ゲームで知り合った「同じ年の女の子」から、服を脱いだ写真を送ってほしいと頼まれた小学6年生の話を読む。相手は本当は大人だった。どこで「おかしい」と気づけたか、グループで話し合う。\n3．断り方を考える（15分）「いやだ」「送らない」とはっきり伝える、ブロックする、画面を保存して大人に見せる、という方法をロールプレイで練習する。\n4．まとめ（10分）「もし送ってしまっても、あなたは悪くない。いつでも相談していい」と伝え、相談できる大人の名前をワークシートに書く。\n指導上の留意点：実際の画像は絶対に使用しない。授業後に個別に相談に来る児童がいることを想定しておく。',
					},
				],
			},
			{
				id: 'demo-m-075',
				resourceType: 'poster',
				audiences: ['young-people'],
				risks: ['sextortion', 'reporting-help'],
				ageMin: 12,
				ageMax: 17,
				licence: 'all-rights-reserved',
				accessibility: ['alt-text'],
				originalLang: 'ja',
				publishedDaysAgo: 675,
				versions: [
					{
						lang: 'ja',
						title: '写真で脅されたら',
						description: '中高生向けポスター：性的な写真をネタに脅されたときにすべきこと。',
						body: '写真で脅されたら\nお金は払わない。返信もしない。\n画面を保存して、アカウントをブロック。\nひとりで抱えこまず、信頼できる大人に相談を。',
						helpline: '0120-000-000',
					},
				],
			},
			{
				id: 'demo-m-076',
				resourceType: 'guide',
				audiences: ['parents-carers'],
				risks: ['self-generated', 'sextortion', 'reporting-help'],
				licence: 'cc-by-4.0',
				accessibility: ['screen-reader-pdf', 'large-print'],
				originalLang: 'ja',
				publishedDaysAgo: 605,
				versions: [
					{
						lang: 'ja',
						title: '保護者向けガイド：子どもから打ち明けられたら',
						description:
							'子どもが性的な写真を送ってしまった、または写真で脅されていると打ち明けたときに、保護者がとるべき対応をまとめました。',
						body: '子どもがインターネットで知り合った相手に性的な写真を送ってしまった、あるいは写真をネタに脅されている――そう打ち明けられたとき、保護者の最初の反応がとても大切です。\nまず、受け止める\n「話してくれてありがとう」「あなたは悪くない」と伝えてください。叱ったり、スマートフォンを取り上げたりすると、子どもは次から相談しなくなります。\n証拠を残す\nやりとりの画面、相手のアカウント名、日時を保存します。ただし、子どもの性的な画像そのものを保存したり転送したりしてはいけません。それは児童性的虐待コンテンツにあたります。\n要求に応じない\nお金や追加の写真を求められても、応じないでください。要求がエスカレートするだけです。\n相談・通報する\nアカウントをブロックし、サービスの運営者に通報したうえで、警察に相談してください。\n子どもの心のケア\n不安や恥ずかしさが長く続くこともあります。必要に応じて、スクールカウンセラーなどに相談しましょう。',
					},
					{
						lang: 'en',
						title: 'A guide for parents: when your child tells you',
						description:
							'What parents should do when a child reveals that they sent a sexual image or are being threatened with a photo.',
						body: 'Your child tells you they sent a sexual image to someone they met online, or that someone is threatening them with a photo. At that moment, your first reaction matters enormously.\nFirst, listen\nSay “Thank you for telling me” and “It’s not your fault.” If you scold them or take away their smartphone, they may not come to you next time.\nKeep evidence\nSave the conversation screens, the other person’s account name and the dates. But never save or forward the sexual image of your child itself: that is child sexual abuse material.\nDon’t give in to demands\nEven if money or more photos are demanded, do not comply. The demands only escalate.\nReport and get advice\nBlock the account, report it to the service provider and contact the police.\nCare for your child’s feelings\nAnxiety and embarrassment can last a long time. If needed, talk to the school counsellor or another support service.',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-28',
		countryCode: 'KR',
		originalLang: 'ko',
		startYear: 2023,
		reachCount: 1_300_000,
		evaluationMethod: 'survey',
		channels: ['schools', 'television', 'social-media'],
		audiences: ['children', 'young-people', 'teachers-educators'],
		risks: ['grooming', 'self-generated', 'reporting-help'],
		translations: [
			{
				lang: 'ko',
				title: '멈추고, 거절하고, 말하기',
				summary:
					'초등학생과 청소년을 대상으로 온라인 그루밍과 아동 성착취를 예방하기 위한 캠페인입니다. 일본의 수업 지도안을 한국 학교 상황에 맞게 각색하고, 청소년용 영상과 어린이용 포스터를 함께 제작했습니다.',
				objectives:
					'아이들이 온라인에서 사진을 요구받았을 때 거절하고 믿을 수 있는 어른에게 알릴 수 있도록 돕고, 그루밍은 피해자의 잘못이 아니라는 인식을 확산하는 것입니다.',
				reach:
					'교육청을 통해 전국 초등학교에 지도안을 배포하고, 영상은 텔레비전과 소셜미디어로 송출했으며, 포스터는 학교와 지역아동센터에 게시했습니다.',
				results:
					'약 130만 명에게 도달했으며, 수업에 참여한 학생의 82%가 “사진을 요구받으면 거절하고 어른에게 알리겠다”고 응답했습니다.',
				lessonsLearned:
					'일본 지도안을 번역하는 것만으로는 부족했고, 국내에서 많이 쓰는 게임과 메신저 사례로 바꾸자 학생들의 참여가 높아졌습니다. 청소년들은 또래가 등장하는 영상에 더 공감했습니다.',
			},
		],
		materials: [
			{
				id: 'demo-m-077',
				resourceType: 'lesson-plan',
				audiences: ['children', 'teachers-educators'],
				risks: ['self-generated', 'grooming', 'reporting-help'],
				ageMin: 10,
				ageMax: 12,
				licence: 'cc-by-4.0',
				accessibility: ['screen-reader-pdf', 'easy-read'],
				originalLang: 'ko',
				derivedFrom: { materialId: 'demo-m-074', lang: 'ja', kind: 'adaptation' },
				publishedDaysAgo: 385,
				versions: [
					{
						lang: 'ko',
						title: '수업 지도안: 보내기 전에 “잠깐만!”',
						description:
							'일본의 지도안을 한국 초등학교 5~6학년 수업에 맞게 각색한 40분 수업 자료입니다.',
						body: '대상: 초등학교 5~6학년(10~12세)　시간: 40분\n목표: 온라인에서 사진을 요구받았을 때 거절하고, 믿을 수 있는 어른에게 도움을 요청할 수 있다.\n1. 도입(5분) “온라인 게임이나 SNS에서 모르는 사람과 대화해 본 적이 있나요?”라고 묻고 경험을 자유롭게 나눈다.\n2. 사례 읽기(15분) 게임에서 만난 “동갑 친구”가 아이템을 선물하며 친해진 뒤, 옷을 벗은 사진을 보내 달라고 한 이야기를 읽는다. 그 친구는 사실 어른이었다. 모둠별로 어느 순간에 이상하다고 느낄 수 있었는지 이야기한다.\n3. 거절 연습(15분) “싫어”, “안 보낼 거야”라고 분명히 말하기, 차단하기, 화면을 캡처해 어른에게 보여 주기를 역할극으로 연습한다.\n4. 정리(5분) “혹시 사진을 보냈더라도 너의 잘못이 아니야. 언제든 도움을 요청할 수 있어”라고 전하고, 도움을 요청할 수 있는 어른의 이름을 활동지에 적는다.\n유의점: 실제 이미지는 절대 사용하지 않는다. 수업 후 개별 상담을 원하는 학생이 있을 수 있음을 염두에 둔다.',
					},
				],
			},
			{
				id: 'demo-m-078',
				resourceType: 'video',
				audiences: ['young-people'],
				risks: ['grooming', 'reporting-help'],
				ageMin: 12,
				ageMax: 16,
				licence: 'all-rights-reserved',
				accessibility: ['captions', 'sign-language'],
				originalLang: 'ko',
				publishedDaysAgo: 370,
				versions: [
					{
						lang: 'ko',
						title: '영상 대본: 친절했던 그 사람',
						description:
							'게임에서 만난 사람에게 그루밍을 당할 뻔한 중학생이 엄마에게 도움을 청하는 90초 영상의 대본입니다.',
						body: '장면 1 – 밤. 중학생 지우(14)가 게임 채팅을 하고 있다. “하늘별”이라는 사용자가 아이템을 선물한다.\n내레이션: 처음에는 친절했다. 게임도 도와주고, 고민도 들어줬다.\n장면 2 – 대화가 개인 메신저로 옮겨진다. “우리 얘기는 비밀이야.” “사진 한 장만 보내 줘.”\n내레이션: 비밀을 요구하고, 다른 앱으로 옮기자고 하고, 사진을 요구한다. 이것이 그루밍이다.\n장면 3 – 지우가 망설이다가 거실에 있는 엄마에게 휴대전화를 보여 준다. 엄마: “말해 줘서 고마워. 네 잘못이 아니야. 같이 신고하자.”\n화면 자막: 멈추고, 거절하고, 말하세요.\n내레이션: 온라인에서 누군가 사진을 요구한다면, 거절하고 차단한 뒤 믿을 수 있는 어른에게 알리세요.',
					},
				],
			},
			{
				id: 'demo-m-079',
				resourceType: 'poster',
				audiences: ['children'],
				risks: ['grooming', 'reporting-help'],
				ageMin: 8,
				ageMax: 12,
				licence: 'cc-by-4.0',
				accessibility: ['alt-text', 'easy-read'],
				originalLang: 'ko',
				publishedDaysAgo: 365,
				versions: [
					{
						lang: 'ko',
						title: '싫어요! 안 보내요!',
						description:
							'초등학생을 위한 교실 포스터: 모르는 사람이 사진을 달라고 할 때 해야 할 일.',
						body: '싫어요! 안 보내요!\n모르는 사람이 사진을 달라고 하면 거절해요.\n차단하고 화면을 저장해요.\n믿을 수 있는 어른에게 꼭 말해요.',
						helpline: '080-000-0000',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-29',
		countryCode: 'TH',
		originalLang: 'th',
		startYear: 2022,
		reachCount: 600_000,
		evaluationMethod: 'reach-metrics',
		costAmount: 2_000_000,
		costCurrency: 'THB',
		durationMonths: 3,
		channels: ['social-media', 'schools', 'events'],
		audiences: ['young-people', 'parents-carers'],
		risks: ['sextortion', 'grooming', 'self-generated', 'reporting-help'],
		translations: [
			{
				lang: 'th',
				title: 'คิดก่อนส่ง ปลอดภัยกว่า',
				summary:
					'แคมเปญสำหรับเยาวชนและผู้ปกครองเกี่ยวกับการล่อลวงทางออนไลน์และการแบล็กเมล์ทางเพศ ประกอบด้วยโปสเตอร์ภาษาไทยและภาษาอังกฤษสำหรับโรงเรียน และแผ่นพับสำหรับผู้ปกครอง',
				objectives:
					'ให้เยาวชนรู้วิธีปฏิเสธและขอความช่วยเหลือเมื่อถูกขอรูปหรือถูกข่มขู่ด้วยรูป และให้ผู้ปกครองรู้วิธีรับฟังโดยไม่ตำหนิเด็ก',
				reach: 'เผยแพร่ผ่านสื่อสังคมออนไลน์ กิจกรรมในโรงเรียน และงานวันเด็กในหลายจังหวัด',
				results: 'เข้าถึงผู้คนประมาณ 600,000 คน และแผ่นพับสำหรับผู้ปกครองถูกดาวน์โหลดมากกว่า 25,000 ครั้ง',
				lessonsLearned:
					'ผู้ปกครองต้องการคำแนะนำที่สั้นและนำไปใช้ได้จริง ส่วนฉบับภาษาอังกฤษมีประโยชน์สำหรับโรงเรียนนานาชาติและครอบครัวชาวต่างชาติ',
			},
			{
				lang: 'en',
				title: 'Think before you send, stay safer',
				summary:
					'A campaign for young people and parents on online grooming and sexual extortion. It includes Thai and English posters for schools and a leaflet for parents.',
				objectives:
					'For young people to know how to refuse and get help when asked for pictures or threatened with them, and for parents to know how to listen without blaming the child.',
				reach:
					'Shared through social media, school activities and Children’s Day events in several provinces.',
				results:
					'About 600,000 people reached, and the parents’ leaflet was downloaded more than 25,000 times.',
				lessonsLearned:
					'Parents wanted short, practical advice. The English version proved useful for international schools and foreign families.',
			},
		],
		materials: [
			{
				id: 'demo-m-080',
				resourceType: 'poster',
				audiences: ['young-people'],
				risks: ['sextortion', 'grooming', 'reporting-help'],
				ageMin: 13,
				ageMax: 17,
				licence: 'cc-by-4.0',
				accessibility: ['alt-text'],
				originalLang: 'th',
				publishedDaysAgo: 575,
				versions: [
					{
						lang: 'th',
						title: 'ถูกขู่ด้วยรูป? อย่ายอม!',
						description: 'โปสเตอร์สำหรับโรงเรียน: สิ่งที่ควรทำเมื่อถูกแบล็กเมล์ด้วยรูปภาพ',
						body: 'ถูกขู่ด้วยรูป? อย่ายอม!\nอย่าโอนเงิน และอย่าส่งรูปเพิ่ม\nแคปหน้าจอเก็บไว้ แล้วบล็อกบัญชีนั้น\nบอกผู้ใหญ่ที่ไว้ใจ ไม่ใช่ความผิดของเธอ',
						helpline: '0-000-0000',
					},
					{
						lang: 'en',
						title: 'Threatened with a photo? Don’t give in!',
						description: 'Poster for schools: what to do if someone blackmails you with a picture.',
						body: 'Threatened with a photo?\nDon’t send money and don’t send more pictures.\nTake screenshots, then block the account.\nTell an adult you trust – it’s not your fault.',
						helpline: '0-000-0000',
					},
				],
			},
			{
				id: 'demo-m-081',
				resourceType: 'leaflet',
				audiences: ['parents-carers'],
				risks: ['grooming', 'self-generated', 'reporting-help'],
				licence: 'cc-by-4.0',
				accessibility: ['large-print'],
				originalLang: 'th',
				publishedDaysAgo: 568,
				versions: [
					{
						lang: 'th',
						title: 'ลูกคุยกับใครในโลกออนไลน์?',
						description: 'แผ่นพับสำหรับผู้ปกครอง: วิธีพูดคุยกับลูกเรื่องการล่อลวงทางออนไลน์และสิ่งที่ควรทำเมื่อเกิดปัญหา',
						body: 'ลูกคุยกับใครในโลกออนไลน์?\nชวนลูกคุยเรื่องเกมและแอปที่ใช้ อย่างสนใจ ไม่ใช่จับผิด\nบอกลูกว่าไม่มีใครมีสิทธิ์ขอรูปโป๊ หรือบังคับให้เก็บเป็นความลับ\nถ้าเกิดเรื่องขึ้น อย่าดุ เก็บหลักฐาน และแจ้งตำรวจ',
					},
				],
			},
			{
				id: 'demo-m-082',
				resourceType: 'leaflet',
				audiences: ['parents-carers'],
				risks: ['grooming', 'self-generated', 'reporting-help'],
				licence: 'cc-by-4.0',
				accessibility: ['large-print', 'screen-reader-pdf'],
				originalLang: 'en',
				derivedFrom: { materialId: 'demo-m-081', lang: 'th', kind: 'translation' },
				publishedDaysAgo: 280,
				versions: [
					{
						lang: 'en',
						title: 'Who is your child talking to online?',
						description:
							'English translation of the Thai parents’ leaflet, for international schools and foreign families living in Thailand.',
						body: 'Who is your child talking to online?\nAsk about the games and apps they use – with interest, not suspicion.\nTell them no one has the right to ask for nude photos or to make them keep secrets.\nIf something happens, don’t scold: keep the evidence and report it to the police.',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-30',
		countryCode: 'PH',
		originalLang: 'en',
		startYear: 2023,
		reachCount: 2_700_000,
		evaluationMethod: 'reach-metrics',
		channels: ['social-media', 'radio', 'schools', 'events'],
		audiences: ['children', 'parents-carers', 'professionals', 'general-public'],
		risks: ['sexual-exploitation', 'grooming', 'reporting-help'],
		translations: [
			{
				lang: 'en',
				title: 'Protect Every Child Online',
				summary:
					'A national campaign on online sexual abuse and exploitation of children, including abuse livestreamed for paying offenders abroad. It combines a classroom quiz adapted from a UK resource, a guide for parents and community workers, and a poster for public places.',
				objectives:
					'To help communities recognise and report online sexual exploitation of children, including within families, and to teach children to say no and tell a trusted adult.',
				reach:
					'Barangay assemblies, community radio, school activities and social media posts, with materials handed out at health centres and churches.',
				results:
					'Around 2.7 million people reached; reports received through the campaign’s reporting channel rose by 30% during the campaign period.',
				lessonsLearned:
					'Many parents did not know that livestreamed abuse at home is a crime that harms the child. Barangay officials and teachers were the most trusted messengers.',
			},
		],
		materials: [
			{
				id: 'demo-m-083',
				resourceType: 'game-quiz',
				audiences: ['children'],
				risks: ['grooming', 'sexual-exploitation', 'reporting-help'],
				ageMin: 9,
				ageMax: 12,
				licence: 'cc-by-4.0',
				accessibility: ['easy-read', 'large-print'],
				originalLang: 'en',
				derivedFrom: { materialId: 'demo-m-032', lang: 'en', kind: 'adaptation' },
				publishedDaysAgo: 310,
				versions: [
					{
						lang: 'en',
						title: 'Safe or not safe? A quiz for Filipino classrooms',
						description:
							'Philippine adaptation of a UK classroom quiz, with local examples and a new question on exploitation by known adults.',
						body: '1. A stranger in an online game offers you load or game diamonds if you send a photo. Safe or not safe? (Not safe. Say no, block them and tell an adult you trust.)\n2. Your cousin sends you a funny video of your lola dancing. Safe or not safe? (Safe – and if anything online ever makes you uncomfortable, you can tell someone.)\n3. Someone online says, “Don’t tell your parents about our chats.” Safe or not safe? (Not safe. Secrets like this are a warning sign.)\n4. An adult you know asks you to pose in front of a camera for people online and promises money for your family. Safe or not safe? (Not safe. This is never okay. Tell a teacher or another adult you trust.)\n5. You already sent a photo and now you feel scared. Is it too late to get help? (No! It is never too late, and it is not your fault.)',
					},
				],
			},
			{
				id: 'demo-m-084',
				resourceType: 'guide',
				audiences: ['parents-carers', 'professionals'],
				risks: ['sexual-exploitation', 'reporting-help'],
				ageMin: 18,
				licence: 'cc-by-4.0',
				accessibility: ['screen-reader-pdf', 'easy-read'],
				originalLang: 'en',
				publishedDaysAgo: 320,
				versions: [
					{
						lang: 'en',
						title:
							'Online sexual exploitation of children: a guide for parents and community workers',
						description:
							'Explains livestreamed and online sexual exploitation of children, its warning signs and how communities can report it.',
						body: 'Online sexual exploitation of children happens when someone uses the internet to sexually abuse a child or to profit from that abuse. In some cases, children are made to perform sexual acts in front of a camera while offenders, often abroad, watch and pay. The person arranging it may be a neighbour, a relative or even a parent.\nWhy it is never “harmless”\nEven if there is no physical contact with the offender, the child is being abused. Recorded images become child sexual abuse material and can circulate for years. Children exploited this way often feel fear, shame and confusion.\nWarning signs in a household or community\nChildren kept home from school for no clear reason; sudden money from abroad without explanation; frequent video calls late at night; children who seem frightened of a particular adult or of cameras.\nWhat you can do\nDo not confront the suspected offender yourself. Write down what you saw and when. Report it to the police or your local social welfare office. If a child tells you something, listen, believe them and tell them it is not their fault.\nCommunity leaders\nInclude online safety in assemblies and parent meetings, and make sure everyone knows where to report.',
					},
				],
			},
			{
				id: 'demo-m-085',
				resourceType: 'poster',
				audiences: ['general-public'],
				risks: ['sexual-exploitation', 'reporting-help'],
				licence: 'cc-by-4.0',
				accessibility: ['alt-text', 'large-print'],
				originalLang: 'en',
				publishedDaysAgo: 305,
				versions: [
					{
						lang: 'en',
						title: 'Abuse on camera is still abuse',
						description:
							'Poster for health centres, barangay halls and public transport on livestreamed abuse of children.',
						body: 'Abuse on camera is still abuse\nMaking a child perform for a camera is a crime.\nIt harms the child for life.\nSeen it or suspect it? Report it.',
						helpline: 'Call 1-2-3 Safe Line',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-31',
		countryCode: 'VN',
		originalLang: 'vi',
		startYear: 2024,
		reachCount: 350_000,
		evaluationMethod: 'survey',
		costAmount: 1_500_000_000,
		costCurrency: 'VND',
		durationMonths: 6,
		channels: ['schools', 'social-media'],
		audiences: ['children', 'parents-carers'],
		risks: ['grooming', 'reporting-help', 'self-generated'],
		translations: [
			{
				lang: 'vi',
				title: 'Con an toàn trên mạng',
				summary:
					'Chiến dịch dành cho học sinh tiểu học và phụ huynh nhằm phòng ngừa việc dụ dỗ trẻ em trên mạng. Chiến dịch gồm áp phích cho lớp học và tờ rơi cho phụ huynh.',
				objectives:
					'Giúp trẻ biết nói “không”, chặn người lạ và kể với người lớn đáng tin cậy; giúp phụ huynh biết cách trò chuyện với con về an toàn trên mạng.',
				reach:
					'Áp phích được dán tại các trường tiểu học, tờ rơi được phát trong các buổi họp phụ huynh và chia sẻ trên mạng xã hội.',
				results:
					'Khoảng 350.000 học sinh và phụ huynh được tiếp cận; 74% phụ huynh tham gia khảo sát cho biết đã trò chuyện với con sau khi đọc tờ rơi.',
				lessonsLearned:
					'Phụ huynh cần những câu nói mẫu cụ thể để bắt đầu cuộc trò chuyện. Giáo viên chủ nhiệm là người truyền tải thông điệp hiệu quả nhất.',
			},
		],
		materials: [
			{
				id: 'demo-m-086',
				resourceType: 'poster',
				audiences: ['children'],
				risks: ['grooming', 'reporting-help'],
				ageMin: 6,
				ageMax: 10,
				licence: 'cc-by-4.0',
				accessibility: ['alt-text', 'easy-read'],
				originalLang: 'vi',
				publishedDaysAgo: 180,
				versions: [
					{
						lang: 'vi',
						title: 'Con có quyền nói “Không!”',
						description: 'Áp phích cho lớp học tiểu học: làm gì khi người lạ trên mạng xin ảnh.',
						body: 'Con có quyền nói “Không!”\nNgười lạ trên mạng xin ảnh của con? Đừng gửi.\nHãy chặn người đó.\nKể ngay với bố mẹ hoặc thầy cô.',
						helpline: '1800 0000',
					},
				],
			},
			{
				id: 'demo-m-087',
				resourceType: 'leaflet',
				audiences: ['parents-carers'],
				risks: ['grooming', 'self-generated', 'reporting-help'],
				licence: 'cc-by-4.0',
				accessibility: ['large-print'],
				originalLang: 'vi',
				publishedDaysAgo: 170,
				versions: [
					{
						lang: 'vi',
						title: 'Cùng con an toàn trên mạng',
						description:
							'Tờ rơi cho phụ huynh: cách trò chuyện với con về người lạ trên mạng và việc cần làm khi có chuyện.',
						body: 'Hôm nay con chơi gì trên mạng?\nHỏi con về trò chơi và ứng dụng với sự quan tâm, không tra hỏi.\nDặn con: không ai được xin ảnh riêng tư hay bắt con giữ bí mật.\nNếu có chuyện xảy ra: đừng mắng con, hãy lưu bằng chứng và báo công an.',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-32',
		countryCode: 'NG',
		originalLang: 'en',
		startYear: 2022,
		reachCount: 1_000_000,
		evaluationMethod: 'qualitative',
		channels: ['radio', 'events', 'schools'],
		audiences: ['parents-carers', 'young-people', 'general-public'],
		risks: ['grooming', 'sextortion', 'self-generated', 'reporting-help'],
		translations: [
			{
				lang: 'en',
				title: 'Speak Out, Stay Safe',
				summary:
					'A radio-led campaign reaching parents, carers and young people across several states, with a drama spot and posters for schools and youth centres. Messages were developed with community and faith leaders.',
				objectives:
					'To break the silence around online sexual abuse and exploitation of children, and to let young people know they can get help if they are threatened over images.',
				reach:
					'A radio drama spot broadcast on national and community stations, town hall events, and posters in secondary schools and youth centres.',
				results:
					'An estimated 1 million listeners; focus groups found that parents were more willing to discuss online risks with their children after hearing the spot.',
				lessonsLearned:
					'Involving faith and community leaders made it easier to talk about a sensitive subject. Young people wanted more information on how to report anonymously.',
			},
		],
		materials: [
			{
				id: 'demo-m-088',
				resourceType: 'audio-spot',
				audiences: ['parents-carers', 'general-public'],
				risks: ['grooming', 'sextortion', 'reporting-help'],
				licence: 'cc-by-4.0',
				accessibility: [],
				originalLang: 'en',
				publishedDaysAgo: 545,
				versions: [
					{
						lang: 'en',
						title: 'Radio drama: Mama, I need to tell you something',
						description:
							'A 60-second radio drama in which a teenage girl tells her mother she is being blackmailed, and her mother responds with support.',
						body: '[Market noise, then a quiet room]\nDAUGHTER (15): Mama, I need to tell you something. Please don’t be angry.\nMOTHER: Talk to me, my daughter.\nDAUGHTER: A man I met online said he loved me. He asked for pictures. Now he says he will send them to everyone unless I pay.\nMOTHER: [pause] You did well to tell me. This is not your fault. We will not pay him. We will keep the messages and report him.\nNARRATOR: Online, people are not always who they say they are. Parents, talk with your children about who they meet online, and listen without shouting. Young people: if someone threatens you with photos, do not pay, do not reply, and tell an adult you trust.\nMOTHER: We will face this together.\nNARRATOR: Speak out. Stay safe.',
					},
				],
			},
			{
				id: 'demo-m-089',
				resourceType: 'poster',
				audiences: ['young-people'],
				risks: ['self-generated', 'sextortion', 'reporting-help'],
				ageMin: 13,
				ageMax: 17,
				licence: 'cc-by-4.0',
				accessibility: ['alt-text'],
				originalLang: 'en',
				publishedDaysAgo: 535,
				versions: [
					{
						lang: 'en',
						title: 'Your pictures, your choice',
						description:
							'Poster for secondary schools and youth centres about pressure and threats over images.',
						body: 'Your pictures, your choice\nNobody has the right to pressure you for photos.\nThreatened? Don’t pay. Block and save the messages.\nTell an adult you trust.',
						helpline: '0800 000 0000',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-33',
		countryCode: 'GH',
		originalLang: 'en',
		startYear: 2025,
		evaluationMethod: 'none',
		durationMonths: 6,
		channels: ['radio', 'schools'],
		audiences: ['parents-carers', 'general-public', 'young-people', 'teachers-educators'],
		risks: ['sextortion', 'sexual-exploitation', 'self-generated', 'reporting-help'],
		translations: [
			{
				lang: 'en',
				title: 'Protect Our Children Online',
				summary:
					'A new campaign adapting a Nigerian radio drama for Ghanaian audiences and introducing a lesson plan for senior high schools. It is in its first phase.',
				objectives:
					'To start conversations in families about online sexual abuse, and to give teachers a ready-to-use lesson on sexual exploitation and self-generated images.',
				reach:
					'Radio broadcasts on regional stations and pilot lessons in senior high schools in two regions.',
				results:
					'Too early for results: the radio spot has aired about 200 times and 40 schools have piloted the lesson.',
				lessonsLearned:
					'Adapting the Nigerian spot meant changing names, expressions and voice actors so that listeners would recognise themselves.',
			},
		],
		materials: [
			{
				id: 'demo-m-090',
				resourceType: 'audio-spot',
				audiences: ['parents-carers', 'general-public'],
				risks: ['sextortion', 'reporting-help'],
				licence: 'cc-by-4.0',
				accessibility: [],
				originalLang: 'en',
				derivedFrom: { materialId: 'demo-m-088', lang: 'en', kind: 'adaptation' },
				publishedDaysAgo: 60,
				versions: [
					{
						lang: 'en',
						title: 'Radio drama: Maa, I have something to tell you',
						description:
							'Ghanaian adaptation of a Nigerian radio drama: a teenage boy tells his mother he is being blackmailed over a photo.',
						body: '[Sound of a tro-tro horn, then a quiet room]\nSON (15): Maa, I have something to tell you. Please don’t shout.\nMOTHER: Kwame, sit down. What is it?\nSON: Someone I chatted with online asked for pictures. I sent one. Now he is asking for money, or he will post it.\nMOTHER: [pause] Thank you for telling me. This is not your fault. We are not paying anybody. We keep the messages, we block him and we report to the police.\nNARRATOR: Online, people are not always who they say they are. Parents, ask your children who they chat with, and listen without shouting. Young people: if someone threatens you with pictures, don’t pay, don’t reply, and tell an adult you trust.\nNARRATOR: Protect our children online.',
					},
				],
			},
			{
				id: 'demo-m-091',
				resourceType: 'lesson-plan',
				audiences: ['young-people', 'teachers-educators'],
				risks: ['sexual-exploitation', 'self-generated', 'reporting-help'],
				ageMin: 15,
				ageMax: 17,
				licence: 'cc-by-4.0',
				accessibility: ['screen-reader-pdf'],
				originalLang: 'en',
				publishedDaysAgo: 50,
				versions: [
					{
						lang: 'en',
						title: 'Lesson plan: Pressure, pictures and exploitation',
						description:
							'A 60-minute lesson for senior high school students on how offenders use money, gifts and pressure to obtain sexual images.',
						body: 'Audience: senior high school students aged 15–17. Time: 60 minutes.\nAims: students understand how offenders use pressure, money or promises to obtain sexual images, recognise sexual exploitation and know how to get help.\n1. Starter (10 min). Write on the board: “Easy money online”. Ask students what offers they have seen, such as payment for pictures, online “sponsors” or fake modelling jobs.\n2. Case study (20 min). In groups, students read the story of Ama, 16, who is offered mobile money by an online “sponsor” in exchange for photos and is later asked to meet. Groups identify each step: attention, gifts, secrecy, pressure, threats.\n3. Facts (15 min). Explain that offering money or gifts to a child for sexual images or acts is sexual exploitation and a crime, that sexual images of anyone under 18 are child sexual abuse material, and that the child is never to blame.\n4. Action plan (15 min). Each group writes a short message to a friend in Ama’s situation, including where to get help at school and in the community.\nTeacher note: be ready for disclosures and know your school’s safeguarding procedure.',
					},
				],
			},
		],
	},
]
