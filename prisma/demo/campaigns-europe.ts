import { type DemoCampaign } from './types.ts'

/**
 * Demo campaigns from European Alliance members (and Council of Europe
 * neighbours). Invented for the demo library: no real organisation, person or
 * helpline number appears here. Lineage in this file only points backwards.
 */
export const EUROPE_CAMPAIGNS: DemoCampaign[] = [
	{
		id: 'demo-c-01',
		countryCode: 'FR',
		originalLang: 'fr',
		startYear: 2022,
		reachCount: 1_800_000,
		evaluationMethod: 'survey',
		costAmount: 450_000,
		costCurrency: 'EUR',
		durationMonths: 3,
		channels: ['television', 'social-media', 'print', 'website'],
		audiences: ['parents-carers', 'young-people', 'general-public'],
		risks: ['grooming', 'sextortion', 'reporting-help'],
		translations: [
			{
				lang: 'fr',
				title: 'Parents, parlons-en !',
				summary:
					'Campagne nationale destinée aux parents pour les aider à parler avec leurs enfants des risques sexuels en ligne, en particulier du pédopiégeage (grooming) et de la sextorsion. Les supports ont été conçus en français et en arabe pour toucher aussi les familles arabophones.',
				objectives:
					'Donner aux parents des mots simples pour engager le dialogue, leur apprendre à repérer les signes d’alerte et les orienter vers les dispositifs de signalement et d’aide.',
				reach:
					'Spots télévisés, publications sur les réseaux sociaux et 150 000 affiches et dépliants distribués dans les écoles, les mairies et les centres sociaux.',
				results:
					'Environ 1,8 million de personnes touchées ; dans l’enquête de suivi, 61 % des parents interrogés déclarent avoir abordé le sujet avec leur enfant, contre 38 % avant la campagne.',
				lessonsLearned:
					'Les versions en arabe ont été bien plus utilisées lorsqu’elles étaient remises en main propre par des médiateurs de quartier. Les parents demandent des exemples concrets de phrases à dire.',
			},
			{
				lang: 'en',
				title: 'Parents, let’s talk about it!',
				summary:
					'A national campaign helping parents talk with their children about online sexual risks, especially grooming and sextortion. Materials were produced in French and Arabic to reach Arabic-speaking families as well.',
				objectives:
					'To give parents simple words to start the conversation, teach them to spot warning signs and point them to reporting and support services.',
				reach:
					'Television spots, social media posts and 150,000 posters and leaflets distributed in schools, town halls and community centres.',
				results:
					'About 1.8 million people reached; in the follow-up survey, 61% of parents said they had discussed the subject with their child, compared with 38% before the campaign.',
				lessonsLearned:
					'The Arabic versions were used far more when neighbourhood mediators handed them out in person. Parents ask for concrete examples of what to say.',
			},
		],
		materials: [
			{
				id: 'demo-m-001',
				resourceType: 'poster',
				audiences: ['parents-carers'],
				risks: ['grooming', 'reporting-help'],
				ageMin: 18,
				licence: 'cc-by-4.0',
				accessibility: ['alt-text'],
				originalLang: 'fr',
				publishedDaysAgo: 840,
				versions: [
					{
						lang: 'fr',
						title: 'Un inconnu trop gentil en ligne ?',
						description:
							'Affiche pour les parents sur les signes du pédopiégeage (grooming) : flatteries, cadeaux, demandes de secret.',
						body: 'Trop gentil pour être honnête ?\nCadeaux, compliments, « c’est notre secret » : ce sont des signaux d’alerte.\nDemandez à votre enfant avec qui il parle en ligne, sans le juger.\nS’il se confie, remerciez-le et signalez le compte.',
					},
					{
						lang: 'ar',
						title: 'غريب لطيف أكثر من اللازم على الإنترنت؟',
						description:
							'ملصق موجّه إلى الآباء والأمهات حول علامات الاستدراج عبر الإنترنت: الإطراء والهدايا وطلب الكتمان.',
						body: 'لطيف أكثر من اللازم؟\nالهدايا والمديح و«هذا سرّنا»: كلها علامات إنذار.\nاسألوا طفلكم بهدوء مع من يتحدث على الإنترنت، دون لوم.\nإذا أخبركم بشيء، اشكروه وأبلغوا عن الحساب.',
					},
				],
			},
			{
				id: 'demo-m-002',
				resourceType: 'leaflet',
				audiences: ['parents-carers'],
				risks: ['sextortion', 'reporting-help'],
				licence: 'cc-by-4.0',
				accessibility: ['screen-reader-pdf', 'large-print'],
				originalLang: 'fr',
				publishedDaysAgo: 830,
				versions: [
					{
						lang: 'fr',
						title: 'Sextorsion : que faire si votre enfant est menacé ?',
						description:
							'Dépliant pour les parents : comment réagir quand un enfant est victime de chantage à partir d’images intimes.',
						body: 'Sextorsion : ne restez pas seuls\nSi quelqu’un menace de diffuser une image de votre enfant, ne payez pas et n’envoyez rien.\nGardez les preuves (captures d’écran, pseudo), puis bloquez le compte.\nSignalez les faits à la plateforme et à la police : votre enfant est une victime, jamais un coupable.',
					},
					{
						lang: 'ar',
						title: 'الابتزاز الجنسي: ماذا تفعلون إذا تعرّض طفلكم للتهديد؟',
						description: 'مطوية للآباء والأمهات: كيف تتصرفون عندما يتعرّض طفل للابتزاز بصور حميمة.',
						body: 'الابتزاز الجنسي: لستم وحدكم\nإذا هدّد أحدٌ بنشر صورة لطفلكم، لا تدفعوا المال ولا ترسلوا أي شيء.\nاحتفظوا بالأدلة (لقطات الشاشة، اسم الحساب) ثم احظروا الحساب.\nأبلغوا المنصة والشرطة: طفلكم ضحية، وليس مذنبًا أبدًا.',
					},
				],
			},
			{
				id: 'demo-m-003',
				resourceType: 'video',
				audiences: ['young-people'],
				risks: ['sextortion', 'reporting-help'],
				ageMin: 13,
				ageMax: 17,
				licence: 'cc-by-nc-nd-4.0',
				accessibility: ['captions', 'audio-description'],
				originalLang: 'fr',
				publishedDaysAgo: 800,
				versions: [
					{
						lang: 'fr',
						title: 'Ce n’est pas ta faute',
						description:
							'Script d’une vidéo de 90 secondes pour les adolescents : un garçon victime de sextorsion trouve le courage d’en parler.',
						body: 'SCÈNE 1 – Chambre, le soir. Yanis, 15 ans, fixe son téléphone. Un message s’affiche : « Envoie 200 € ou j’envoie ta photo à tous tes contacts. »\nVOIX OFF : Il croyait parler à une fille de son âge. Elle lui a envoyé une photo, il en a envoyé une en retour.\nSCÈNE 2 – Yanis tape « d’accord », puis efface. Il hésite.\nVOIX OFF : Les maîtres chanteurs comptent sur ta honte. Mais payer ne les arrête presque jamais.\nSCÈNE 3 – Cuisine. Yanis montre l’écran à sa grande sœur. Elle pose la main sur son épaule : « Tu as bien fait de me le dire. On garde les captures, on bloque et on signale. »\nTEXTE À L’ÉCRAN : Ne paie pas. Ne réponds plus. Garde les preuves. Parles-en à un adulte de confiance.\nVOIX OFF : La sextorsion est un délit. Ce n’est jamais la faute de la victime.',
					},
					{
						lang: 'ar',
						title: 'ليس ذنبك',
						description:
							'نص فيديو مدته 90 ثانية موجّه إلى المراهقين: فتى يتعرّض للابتزاز الجنسي يجد الشجاعة ليتحدث عمّا حدث.',
						body: 'المشهد 1 – غرفة نوم، في المساء. يانيس، 15 عامًا، يحدّق في هاتفه. تظهر رسالة: «أرسل 200 يورو وإلا سأرسل صورتك إلى كل جهات اتصالك.»\nصوت الراوي: ظنّ أنه يتحدث مع فتاة في مثل سنّه. أرسلت له صورة، فأرسل لها صورة بدوره.\nالمشهد 2 – يكتب يانيس «حسنًا» ثم يمسحها. يتردّد.\nصوت الراوي: المبتزّون يراهنون على خجلك. لكن الدفع لا يوقفهم في أغلب الأحيان.\nالمشهد 3 – المطبخ. يُري يانيس الشاشة لأخته الكبرى. تضع يدها على كتفه: «أحسنت حين أخبرتني. سنحتفظ بلقطات الشاشة، ونحظر الحساب ونبلغ عنه.»\nنص على الشاشة: لا تدفع. توقّف عن الرد. احتفظ بالأدلة. تحدّث مع شخص بالغ تثق به.\nصوت الراوي: الابتزاز الجنسي جريمة. والذنب ليس ذنب الضحية أبدًا.',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-02',
		countryCode: 'FR',
		originalLang: 'fr',
		startYear: 2019,
		endYear: 2024,
		reachCount: 420_000,
		reachUnit: 'students',
		evaluationMethod: 'pre-post-test',
		durationMonths: 24,
		channels: ['schools'],
		audiences: ['children', 'teachers-educators'],
		risks: ['grooming', 'self-generated', 'reporting-help'],
		translations: [
			{
				lang: 'fr',
				title: 'Je dis non, je bloque, j’en parle',
				summary:
					'Programme scolaire pour les élèves de 8 à 11 ans qui apprend trois réflexes face aux demandes inquiétantes en ligne. Il comprend une séance clé en main pour les enseignants, un quiz et une affiche pour la classe.',
				objectives:
					'Apprendre aux enfants à reconnaître une demande inappropriée, à dire non, à bloquer et à en parler à un adulte de confiance ; outiller les enseignants pour aborder le sujet sans faire peur.',
				reach:
					'Diffusé par les rectorats à 3 200 écoles élémentaires, avec des formations d’une demi-journée pour les enseignants volontaires.',
				results:
					'Environ 420 000 élèves ont suivi la séance ; au test réalisé après la séance, 84 % des élèves citaient au moins deux bons réflexes, contre 47 % avant.',
				lessonsLearned:
					'Les enfants retiennent mieux les trois verbes lorsqu’ils les jouent en saynètes. Il faut prévoir un temps d’échange individuel, car certains élèves se confient après la séance.',
			},
		],
		materials: [
			{
				id: 'demo-m-004',
				resourceType: 'lesson-plan',
				audiences: ['children', 'teachers-educators'],
				risks: ['grooming', 'self-generated', 'reporting-help'],
				ageMin: 8,
				ageMax: 11,
				licence: 'cc-by-sa-4.0',
				accessibility: ['easy-read', 'screen-reader-pdf'],
				originalLang: 'fr',
				publishedDaysAgo: 870,
				versions: [
					{
						lang: 'fr',
						title: 'Séance : les trois réflexes en ligne',
						description:
							'Séance de 45 minutes pour le cycle 3 : reconnaître une demande inquiétante en ligne et appliquer les réflexes « je dis non, je bloque, j’en parle ».',
						body: 'Objectif : à la fin de la séance, chaque élève sait dire non à une demande gênante en ligne, bloquer la personne et en parler à un adulte de confiance.\nDurée : 45 minutes. Matériel : affiche de la classe, cartes-situations.\n1. Mise en route (10 min). Demandez : « Sur quels jeux ou applis discutez-vous avec d’autres personnes ? » Notez les réponses au tableau sans porter de jugement.\n2. Cartes-situations (15 min). Par groupes, les élèves lisent une situation : un joueur inconnu propose des pièces du jeu en échange d’une photo ; quelqu’un demande de garder un secret ; un « ami » veut continuer à parler sur une autre appli. Chaque groupe décide : est-ce normal ou inquiétant ? Pourquoi ?\n3. Les trois réflexes (10 min). Présentez l’affiche. Les groupes jouent une courte saynète où le personnage dit non, bloque et en parle.\n4. Conclusion (10 min). Rappelez : « Si quelqu’un te demande des photos, tu as le droit de dire non, et ce n’est jamais ta faute. » Chaque élève écrit le nom de deux adultes à qui il peut parler.\nConseil : annoncez que vous restez disponible après la séance.',
					},
				],
			},
			{
				id: 'demo-m-005',
				resourceType: 'game-quiz',
				audiences: ['children'],
				risks: ['grooming', 'self-generated', 'reporting-help'],
				ageMin: 8,
				ageMax: 11,
				licence: 'cc-by-4.0',
				accessibility: ['easy-read', 'large-print'],
				originalLang: 'fr',
				publishedDaysAgo: 850,
				versions: [
					{
						lang: 'fr',
						title: 'Quiz : vrai ou faux sur Internet ?',
						description:
							'Quiz de six questions à faire en classe ou en famille pour vérifier les bons réflexes.',
						body: '1. Une personne rencontrée dans un jeu en ligne est forcément un enfant de ton âge. Vrai ou faux ? (Faux : on ne sait jamais vraiment qui est derrière l’écran.)\n2. Si quelqu’un te demande une photo de toi en pyjama, tu peux dire non. (Vrai : tu as toujours le droit de refuser.)\n3. Un secret qui te met mal à l’aise, il faut le garder. (Faux : parles-en à un adulte de confiance.)\n4. Bloquer une personne, c’est méchant. (Faux : c’est une façon de te protéger.)\n5. Si tu as déjà envoyé une photo, c’est trop tard pour demander de l’aide. (Faux : il n’est jamais trop tard, et ce n’est pas ta faute.)\n6. Un adulte de confiance peut être un parent, un enseignant ou l’infirmière scolaire. (Vrai.)',
					},
					{
						lang: 'ar',
						title: 'اختبار: صح أم خطأ على الإنترنت؟',
						description: 'اختبار من ستة أسئلة للقسم أو للعائلة، للتحقق من ردود الفعل الصحيحة.',
						body: '1. الشخص الذي تتعرّف عليه في لعبة على الإنترنت هو بالتأكيد طفل في مثل عمرك. صح أم خطأ؟ (خطأ: لا نعرف أبدًا من يجلس فعلًا خلف الشاشة.)\n2. إذا طلب منك أحد صورة لك بملابس النوم، يمكنك أن ترفض. (صح: من حقك دائمًا أن تقول لا.)\n3. السرّ الذي يزعجك يجب أن تحتفظ به. (خطأ: تحدّث عنه مع شخص بالغ تثق به.)\n4. حظر شخص ما تصرّف قاسٍ. (خطأ: إنه طريقة لحماية نفسك.)\n5. إذا كنت قد أرسلت صورة من قبل، فقد فات الأوان لطلب المساعدة. (خطأ: لم يفت الأوان أبدًا، والذنب ليس ذنبك.)\n6. الشخص البالغ الذي تثق به قد يكون أحد والديك أو معلّمك أو ممرضة المدرسة. (صح.)',
					},
				],
			},
			{
				id: 'demo-m-006',
				resourceType: 'poster',
				audiences: ['children'],
				risks: ['grooming', 'reporting-help'],
				ageMin: 6,
				ageMax: 10,
				licence: 'cc-by-4.0',
				accessibility: ['alt-text', 'easy-read'],
				originalLang: 'fr',
				publishedDaysAgo: 860,
				versions: [
					{
						lang: 'fr',
						title: 'Je dis non, je bloque, j’en parle',
						description:
							'Affiche de classe reprenant les trois réflexes, illustrée pour les 6-10 ans.',
						body: 'Je dis non, je bloque, j’en parle !\nQuelqu’un te demande une photo ou un secret ? Tu peux dire NON.\nBloque la personne, même si elle est gentille.\nParles-en à un adulte de confiance : ce n’est jamais ta faute.',
						helpline: '0 800 000 111',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-03',
		countryCode: 'BE',
		originalLang: 'nl',
		startYear: 2023,
		reachCount: 650_000,
		evaluationMethod: 'survey',
		channels: ['print', 'schools', 'events'],
		audiences: ['parents-carers', 'professionals', 'teachers-educators'],
		risks: ['grooming', 'sexual-exploitation', 'reporting-help'],
		translations: [
			{
				lang: 'nl',
				title: 'Samen waakzaam online',
				summary:
					'Gezamenlijke campagne van de Vlaamse en de Franstalige gemeenschap, gebaseerd op een Franse affiche voor ouders. De campagne richtte zich tot ouders, leerkrachten en professionals die met kinderen werken, in het Nederlands, het Frans en het Duits.',
				objectives:
					'Ouders leren de signalen van grooming herkennen en professionals wegwijs maken in het melden van vermoedens van seksuele uitbuiting van kinderen.',
				reach:
					'Affiches in consultatiebureaus, scholen en bibliotheken, een folder voor professionals en opleidingssessies in alle provincies.',
				results:
					'Zo’n 650 000 mensen bereikt; 1 900 professionals volgden een opleiding en 72 % van hen voelt zich nu zeker over hoe ze een vermoeden moeten melden.',
				lessonsLearned:
					'Een bestaande affiche aanpassen in plaats van een nieuwe te maken bespaarde maanden werk. Contactgegevens en wettelijke verwijzingen moeten wel per gemeenschap worden nagekeken.',
			},
			{
				lang: 'fr',
				title: 'Ensemble vigilants en ligne',
				summary:
					'Campagne commune des Communautés flamande et française, fondée sur une affiche française destinée aux parents. Elle s’adressait aux parents, aux enseignants et aux professionnels qui travaillent avec des enfants, en néerlandais, en français et en allemand.',
				objectives:
					'Aider les parents à reconnaître les signes du grooming et donner aux professionnels des repères pour signaler une suspicion d’exploitation sexuelle d’enfants.',
				reach:
					'Affiches dans les consultations pour nourrissons, les écoles et les bibliothèques, un dépliant pour les professionnels et des formations dans toutes les provinces.',
				results:
					'Environ 650 000 personnes touchées ; 1 900 professionnels formés, dont 72 % se disent désormais sûrs de la manière de signaler une suspicion.',
				lessonsLearned:
					'Adapter une affiche existante plutôt que d’en créer une nouvelle a fait gagner des mois. Les coordonnées et les références légales doivent toutefois être vérifiées pour chaque Communauté.',
			},
			{
				lang: 'en',
				title: 'Watchful together online',
				summary:
					'A joint campaign of the Flemish and French-speaking communities, based on a French poster for parents. It addressed parents, teachers and professionals working with children, in Dutch, French and German.',
				objectives:
					'To help parents recognise the signs of grooming and to give professionals clear guidance on reporting suspected sexual exploitation of children.',
				reach:
					'Posters in baby clinics, schools and libraries, a leaflet for professionals and training sessions in every province.',
				results:
					'About 650,000 people reached; 1,900 professionals trained, 72% of whom now feel confident about how to report a concern.',
				lessonsLearned:
					'Adapting an existing poster instead of creating a new one saved months of work. Contact details and legal references still had to be checked for each community.',
			},
		],
		materials: [
			{
				id: 'demo-m-007',
				resourceType: 'poster',
				audiences: ['parents-carers'],
				risks: ['grooming', 'reporting-help'],
				ageMin: 18,
				licence: 'cc-by-4.0',
				accessibility: ['alt-text'],
				originalLang: 'nl',
				derivedFrom: { materialId: 'demo-m-001', lang: 'fr', kind: 'adaptation' },
				publishedDaysAgo: 610,
				versions: [
					{
						lang: 'nl',
						title: 'Te lief om waar te zijn?',
						description:
							'Affiche voor ouders over de signalen van grooming, aangepast van een Franse affiche.',
						body: 'Te lief om waar te zijn?\nCadeautjes, complimenten, ‘dit blijft tussen ons’: dat zijn alarmsignalen.\nVraag je kind rustig met wie het online praat, zonder te oordelen.\nVertelt je kind iets? Bedank het en meld het account.',
					},
					{
						lang: 'fr',
						title: 'Trop gentil pour être honnête ?',
						description:
							'Affiche pour les parents sur les signes du grooming, adaptée d’une affiche française pour la Belgique.',
						body: 'Trop gentil pour être honnête ?\nCadeaux, compliments, « c’est notre secret » : ce sont des signaux d’alerte.\nDemandez calmement à votre enfant avec qui il parle en ligne.\nIl se confie ? Remerciez-le et signalez le compte à la plateforme et à la police.',
					},
				],
			},
			{
				id: 'demo-m-008',
				resourceType: 'leaflet',
				audiences: ['professionals'],
				risks: ['sexual-exploitation', 'reporting-help'],
				ageMin: 18,
				licence: 'cc-by-4.0',
				accessibility: ['screen-reader-pdf'],
				originalLang: 'nl',
				publishedDaysAgo: 590,
				versions: [
					{
						lang: 'nl',
						title: 'Een vermoeden? Zo meld je het',
						description:
							'Folder voor professionals die met kinderen werken: wat te doen bij een vermoeden van online seksuele uitbuiting of van seksueel kindermisbruikmateriaal.',
						body: 'Een vermoeden? Zo meld je het\nLuister naar het kind, stel open vragen en beloof geen geheimhouding.\nBekijk, bewaar of verstuur zelf nooit seksueel kindermisbruikmateriaal.\nNoteer wat je hoorde en zag, en meld het via de procedure van je organisatie.',
					},
					{
						lang: 'fr',
						title: 'Un doute ? Voici comment signaler',
						description:
							'Dépliant pour les professionnels qui travaillent avec des enfants : que faire en cas de suspicion d’exploitation sexuelle en ligne ou de matériel d’abus sexuel sur enfant.',
						body: 'Un doute ? Voici comment signaler\nÉcoutez l’enfant, posez des questions ouvertes et ne promettez pas le secret.\nNe regardez, ne conservez et ne transférez jamais vous-même de matériel d’abus sexuel sur enfant.\nNotez ce que vous avez vu et entendu, puis signalez selon la procédure de votre structure.',
					},
					{
						lang: 'de',
						title: 'Ein Verdacht? So melden Sie ihn',
						description:
							'Faltblatt für Fachkräfte, die mit Kindern arbeiten: was bei einem Verdacht auf sexuelle Ausbeutung im Internet oder auf Missbrauchsdarstellungen zu tun ist.',
						body: 'Ein Verdacht? So melden Sie ihn\nHören Sie dem Kind zu, stellen Sie offene Fragen und versprechen Sie keine Geheimhaltung.\nMissbrauchsdarstellungen von Kindern niemals selbst ansehen, speichern oder weiterleiten.\nNotieren Sie, was Sie gesehen und gehört haben, und melden Sie es nach dem Verfahren Ihrer Einrichtung.',
					},
				],
			},
			{
				id: 'demo-m-009',
				resourceType: 'presentation',
				audiences: ['teachers-educators'],
				risks: ['grooming', 'reporting-help'],
				ageMin: 18,
				licence: 'cc-by-nc-4.0',
				accessibility: ['screen-reader-pdf', 'alt-text'],
				originalLang: 'nl',
				publishedDaysAgo: 570,
				versions: [
					{
						lang: 'nl',
						title: 'Grooming herkennen in de klas',
						description:
							'Presentatie van vijf dia’s voor een teamvergadering of studiedag: wat grooming is, welke signalen leerlingen tonen en wat je als leerkracht doet.',
						body: 'Dia 1 – Wat is grooming? Een volwassene (of een oudere jongere) bouwt online een vertrouwensband op met een kind om het later seksueel te misbruiken of seksuele beelden te verkrijgen.\nDia 2 – Hoe verloopt het? Contact via games of sociale media, veel aandacht en complimenten, cadeautjes of spelmunten, het gesprek naar een privé-app verplaatsen, om geheimhouding vragen en ten slotte seksuele vragen of verzoeken om beelden.\nDia 3 – Signalen bij leerlingen: plots geheimzinnig met de telefoon, nieuwe ‘vrienden’ die niemand kent, onverklaarbare cadeaus, angst of terugtrekking.\nDia 4 – Wat doe je als leerkracht? Blijf rustig, luister, oordeel niet en zeg duidelijk dat het niet de schuld van het kind is. Vraag geen beelden op en bekijk ze niet.\nDia 5 – Volgende stappen: informeer de vertrouwenspersoon of de directie, volg het meldprotocol van de school en zorg voor nazorg in de klas.',
					},
					{
						lang: 'fr',
						title: 'Repérer le grooming en classe',
						description:
							'Présentation de cinq diapositives pour une réunion d’équipe ou une journée pédagogique : ce qu’est le grooming, les signes chez les élèves et le rôle de l’enseignant.',
						body: 'Diapositive 1 – Qu’est-ce que le grooming ? Un adulte (ou un jeune plus âgé) crée en ligne une relation de confiance avec un enfant pour ensuite l’abuser sexuellement ou obtenir des images sexuelles.\nDiapositive 2 – Comment cela se passe-t-il ? Contact via un jeu ou un réseau social, beaucoup d’attention et de compliments, des cadeaux ou de la monnaie virtuelle, passage vers une messagerie privée, demande de secret, puis questions sexuelles ou demandes d’images.\nDiapositive 3 – Signes chez les élèves : soudain très secret avec son téléphone, nouveaux « amis » que personne ne connaît, cadeaux inexpliqués, peur ou repli sur soi.\nDiapositive 4 – Que faire en tant qu’enseignant ? Restez calme, écoutez sans juger et dites clairement que ce n’est pas la faute de l’enfant. Ne demandez pas à voir les images et ne les regardez pas.\nDiapositive 5 – Étapes suivantes : informez la personne de référence ou la direction, suivez le protocole de signalement de l’école et prévoyez un accompagnement en classe.',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-04',
		countryCode: 'NL',
		originalLang: 'nl',
		startYear: 2024,
		reachCount: 900_000,
		evaluationMethod: 'reach-metrics',
		costAmount: 180_000,
		costCurrency: 'EUR',
		durationMonths: 2,
		channels: ['social-media', 'website', 'radio', 'print'],
		audiences: ['young-people', 'parents-carers', 'general-public'],
		risks: ['grooming', 'non-consensual-sharing', 'reporting-help'],
		translations: [
			{
				lang: 'nl',
				title: 'Praat erover',
				summary:
					'Landelijke campagne die jongeren en volwassenen aanmoedigt om over online seksueel misbruik te praten en het te melden. De ouderaffiche is overgenomen van de Belgische campagne; nieuw zijn een socialemediapakket voor jongeren en een radiospot.',
				objectives:
					'Jongeren laten weten dat het doorsturen van naaktbeelden van anderen strafbaar en schadelijk is, en iedereen laten weten waar je online misbruik kunt melden.',
				reach:
					'Posts en korte video’s op sociale media, banners op nieuwssites en een radiospot die zes weken lang werd uitgezonden.',
				results:
					'De posts werden 4,2 miljoen keer bekeken door ongeveer 900 000 unieke gebruikers; het aantal bezoekers van de meldpagina verdubbelde tijdens de campagneweken.',
				lessonsLearned:
					'Jongeren reageerden het best op posts die hen aanspreken als omstander die het verschil kan maken. De affiche werkte pas goed nadat de Belgische verwijzingen waren vervangen door Nederlandse.',
			},
		],
		materials: [
			{
				id: 'demo-m-010',
				resourceType: 'poster',
				audiences: ['parents-carers'],
				risks: ['grooming', 'reporting-help'],
				ageMin: 18,
				licence: 'cc-by-4.0',
				accessibility: ['alt-text', 'large-print'],
				originalLang: 'nl',
				derivedFrom: { materialId: 'demo-m-007', lang: 'nl', kind: 'adaptation' },
				publishedDaysAgo: 380,
				versions: [
					{
						lang: 'nl',
						title: 'Te aardig om waar te zijn?',
						description:
							'Nederlandse bewerking van de Belgische affiche voor ouders over grooming, met aangepaste meldinformatie.',
						body: 'Te aardig om waar te zijn?\nCadeautjes, complimentjes, ‘dit is ons geheimpje’: let op.\nVraag je kind zonder oordeel met wie het online chat.\nVertelt je kind iets? Blijf rustig, bedank het en meld het.',
					},
				],
			},
			{
				id: 'demo-m-011',
				resourceType: 'social-media-kit',
				audiences: ['young-people'],
				risks: ['non-consensual-sharing', 'reporting-help'],
				ageMin: 13,
				ageMax: 17,
				licence: 'cc-by-4.0',
				accessibility: ['alt-text', 'captions'],
				originalLang: 'nl',
				publishedDaysAgo: 360,
				versions: [
					{
						lang: 'nl',
						title: 'Stuur het niet door',
						description:
							'Vier posts en stories voor jongeren over het doorsturen van naaktbeelden van anderen.',
						body: 'Stuur het niet door.\nPost 1: Krijg je een naaktfoto van iemand anders? Stop ermee. Niet doorsturen, niet bewaren.\nPost 2: Doorsturen is geen grap: het is strafbaar en het doet iemand echt pijn.\nPost 3: Steun degene op de foto en meld het beeld op het platform.\nPost 4: Gaat het om jouw foto? Het is niet jouw schuld. Praat erover met iemand die je vertrouwt.',
						helpline: 'Chat 0800 000 0000',
					},
					{
						lang: 'en',
						title: 'Don’t pass it on',
						description:
							'Four posts and stories for young people about forwarding nude images of other people.',
						body: 'Don’t pass it on.\nPost 1: Got a nude of someone else? Stop there. Don’t forward it, don’t save it.\nPost 2: Sharing it is not a joke: it’s against the law and it really hurts someone.\nPost 3: Support the person in the picture and report the image on the platform.\nPost 4: Is it your picture? It’s not your fault. Talk to someone you trust.',
						helpline: 'Chat 0800 000 0000',
					},
				],
			},
			{
				id: 'demo-m-012',
				resourceType: 'audio-spot',
				audiences: ['general-public'],
				risks: ['grooming', 'reporting-help'],
				licence: 'cc0-1.0',
				accessibility: [],
				originalLang: 'nl',
				publishedDaysAgo: 340,
				versions: [
					{
						lang: 'nl',
						title: 'Radiospot: Zie je het, meld het',
						description:
							'Radiospot van 30 seconden die luisteraars oproept om online seksueel misbruik van kinderen te melden.',
						body: '[Geluid van een telefoon die trilt]\nVROUW: Mijn neefje van elf kreeg berichten van een volwassen man. Steeds vaker. Met vragen die je een kind niet stelt.\nMAN: Ik twijfelde. Moet ik me daar wel mee bemoeien?\nVERTELLER: Twijfel je? Praat erover. Met het kind, met de ouders of met de politie. Zie je online beelden van seksueel kindermisbruik? Kijk niet verder en stuur ze niet door, maar meld ze meteen.\nVROUW: Ik heb het gemeld. En ik ben blij dat ik het deed.\nVERTELLER: Online misbruik stopt pas als iemand iets zegt. Praat erover.',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-05',
		countryCode: 'DE',
		originalLang: 'de',
		startYear: 2021,
		reachCount: 310_000,
		reachUnit: 'copies',
		evaluationMethod: 'survey',
		channels: ['print', 'events', 'website'],
		audiences: ['parents-carers', 'teachers-educators', 'professionals'],
		risks: [
			'grooming',
			'self-generated',
			'non-consensual-sharing',
			'sexual-exploitation',
			'reporting-help',
		],
		translations: [
			{
				lang: 'de',
				title: 'Sicher online – Familien stärken',
				summary:
					'Bundesweite Kampagne für Eltern und Fachkräfte mit Materialien auf Deutsch, Arabisch, Türkisch und Russisch. Sie erklärt, wie Täter online Kontakt zu Kindern aufnehmen und was Familien und Schulen tun können.',
				objectives:
					'Eltern mit unterschiedlichen Familiensprachen erreichen, Lehrkräfte im Umgang mit selbst erstellten intimen Aufnahmen von Jugendlichen sicherer machen und Fachkräfte für Cybergrooming sensibilisieren.',
				reach:
					'Faltblätter über Kinderarztpraxen, Elternabende, Migrationsberatungsstellen und Moscheegemeinden, dazu eine Website und Fortbildungen für Fachkräfte.',
				results:
					'Rund 310 000 Faltblätter wurden verteilt; 78 % der befragten Eltern gaben an, danach mit ihrem Kind über Online-Kontakte gesprochen zu haben.',
				lessonsLearned:
					'Übersetzungen allein reichen nicht: Die Faltblätter wurden erst angenommen, als Multiplikatorinnen und Multiplikatoren aus den Gemeinschaften sie vorgestellt haben.',
			},
			{
				lang: 'en',
				title: 'Safe online – supporting families',
				summary:
					'A nationwide campaign for parents and professionals with materials in German, Arabic, Turkish and Russian. It explains how offenders contact children online and what families and schools can do.',
				objectives:
					'To reach parents who speak different languages at home, help teachers respond with confidence to self-generated intimate images of teenagers, and raise professionals’ awareness of online grooming.',
				reach:
					'Leaflets through paediatric practices, parents’ evenings, migrant advice centres and mosque communities, plus a website and training for professionals.',
				results:
					'Around 310,000 leaflets were distributed; 78% of parents surveyed said they had then talked with their child about online contacts.',
				lessonsLearned:
					'Translation alone is not enough: the leaflets were only taken up once community members presented them in person.',
			},
		],
		materials: [
			{
				id: 'demo-m-013',
				resourceType: 'leaflet',
				audiences: ['parents-carers'],
				risks: ['grooming', 'self-generated', 'reporting-help'],
				licence: 'cc-by-4.0',
				accessibility: ['large-print', 'screen-reader-pdf'],
				originalLang: 'de',
				publishedDaysAgo: 720,
				versions: [
					{
						lang: 'de',
						title: 'Mit wem chattet Ihr Kind?',
						description:
							'Faltblatt für Eltern über Cybergrooming und intime Bilder, in vier Sprachen.',
						body: 'Mit wem chattet Ihr Kind?\nFragen Sie nach Spielen und Apps – interessiert, nicht kontrollierend.\nErklären Sie: Niemand darf dich zu Nacktbildern drängen, auch keine Freunde.\nWenn etwas passiert ist: nicht schimpfen, Beweise sichern, Anzeige erstatten.',
					},
					{
						lang: 'ar',
						title: 'مع من يتحدث طفلكم على الإنترنت؟',
						description:
							'مطوية للآباء والأمهات حول الاستدراج عبر الإنترنت والصور الحميمة، بأربع لغات.',
						body: 'مع من يتحدث طفلكم؟\nاسألوا عن الألعاب والتطبيقات باهتمام، لا بهدف المراقبة.\nاشرحوا له: لا يحق لأحد أن يضغط عليك لإرسال صور عارية، ولا حتى الأصدقاء.\nإذا حدث شيء: لا توبّخوه، احتفظوا بالأدلة وقدّموا بلاغًا.',
					},
					{
						lang: 'tr',
						title: 'Çocuğunuz kiminle yazışıyor?',
						description:
							'Ebeveynler için çevrim içi kandırma (grooming) ve mahrem görüntüler hakkında, dört dilde hazırlanmış broşür.',
						body: 'Çocuğunuz kiminle yazışıyor?\nOyunlarını ve uygulamalarını denetlemek için değil, ilgiyle sorun.\nAnlatın: Hiç kimse seni çıplak fotoğraf göndermeye zorlayamaz, arkadaşların bile.\nBir şey olduysa: azarlamayın, kanıtları saklayın ve şikâyette bulunun.',
					},
					{
						lang: 'ru',
						title: 'С кем переписывается ваш ребёнок?',
						description:
							'Листовка для родителей о груминге в интернете и интимных снимках, на четырёх языках.',
						body: 'С кем переписывается ваш ребёнок?\nСпрашивайте об играх и приложениях с интересом, а не ради контроля.\nОбъясните: никто не вправе заставлять тебя присылать откровенные фото, даже друзья.\nЕсли что-то случилось: не ругайте, сохраните доказательства и обратитесь в полицию.',
					},
				],
			},
			{
				id: 'demo-m-014',
				resourceType: 'guide',
				audiences: ['teachers-educators'],
				risks: ['self-generated', 'non-consensual-sharing', 'reporting-help'],
				ageMin: 18,
				licence: 'cc-by-nc-4.0',
				accessibility: ['screen-reader-pdf'],
				originalLang: 'de',
				publishedDaysAgo: 700,
				versions: [
					{
						lang: 'de',
						title: 'Leitfaden: Wenn intime Bilder in der Klasse kursieren',
						description:
							'Handlungsleitfaden für Lehrkräfte, wenn selbst erstellte intime Aufnahmen von Jugendlichen ohne Zustimmung weitergeleitet werden.',
						body: 'Selbst erstellte intime Aufnahmen von Jugendlichen sind kein Randthema: Viele Schulen erleben, dass ein Bild ohne Zustimmung weitergeleitet wird. Dieser Leitfaden hilft Lehrkräften, ruhig und rechtssicher zu handeln.\n1. Schutz zuerst. Sprechen Sie mit der betroffenen Schülerin oder dem betroffenen Schüler an einem geschützten Ort. Machen Sie deutlich: Die Verantwortung liegt bei denen, die das Bild ohne Zustimmung weiterverbreiten.\n2. Bilder nicht sichern. Lassen Sie sich die Aufnahmen nicht zeigen, leiten Sie sie nicht weiter und machen Sie keine Screenshots. Auch der Besitz und die Weitergabe von Missbrauchsdarstellungen Minderjähriger sind strafbar. Dokumentieren Sie stattdessen schriftlich, wer wann was erzählt hat.\n3. Schulleitung und Eltern einbeziehen. Informieren Sie die Schulleitung und – in Absprache mit der betroffenen Person – die Eltern. Bei Druck, Drohungen oder Erpressung wird die Polizei eingeschaltet.\n4. Verbreitung stoppen. Bitten Sie die Plattformen, die Inhalte zu entfernen. Sprechen Sie mit der Klasse über Verantwortung, ohne Namen zu nennen oder die betroffene Person bloßzustellen.\n5. Nachsorge. Bieten Sie der betroffenen Person weiterhin Gespräche an und vermitteln Sie bei Bedarf eine psychologische Beratung.',
					},
				],
			},
			{
				id: 'demo-m-015',
				resourceType: 'presentation',
				audiences: ['professionals'],
				risks: ['grooming', 'sexual-exploitation'],
				ageMin: 18,
				licence: 'cc-by-nd-4.0',
				accessibility: ['alt-text'],
				originalLang: 'de',
				publishedDaysAgo: 680,
				versions: [
					{
						lang: 'de',
						title: 'Cybergrooming erkennen: Fortbildung für Fachkräfte',
						description:
							'Foliensatz für eine zweistündige Fortbildung in Jugendhilfe, Schulsozialarbeit und Beratung.',
						body: 'Folie 1 – Worum es geht: Cybergrooming bezeichnet das gezielte Ansprechen von Kindern im Internet mit dem Ziel, sexuelle Kontakte anzubahnen oder Missbrauchsdarstellungen zu erlangen.\nFolie 2 – Phasen: Kontaktaufnahme in Spielen und Netzwerken, Aufbau von Vertrauen und Abhängigkeit, Isolation („Erzähl das niemandem“), Sexualisierung des Gesprächs, Forderung nach Bildern oder Treffen, Drohungen.\nFolie 3 – Warnzeichen: Geschenke oder Guthaben von Unbekannten, Wechsel zu verschlüsselten Messengern, plötzliche Verschlossenheit, Schlafprobleme, Angst vor dem Handy.\nFolie 4 – Gesprächsführung: ruhig bleiben, zuhören, nicht bohren, keine Schuldzuweisung, keine Versprechen, die man nicht halten kann.\nFolie 5 – Handeln: Dokumentation, Rücksprache mit einer insoweit erfahrenen Fachkraft, Einbezug der Polizei, Schutzplan mit dem Kind und den Sorgeberechtigten.\nFolie 6 – Fallbeispiel zur Diskussion in Kleingruppen: Ein zwölfjähriges Mädchen erhält über ein Spiel Guthaben von einem „Freund“, der nun Fotos verlangt.',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-06',
		countryCode: 'CH',
		originalLang: 'fr',
		startYear: 2024,
		reachCount: 85_000,
		reachUnit: 'students',
		evaluationMethod: 'pre-post-test',
		costAmount: 240_000,
		costCurrency: 'CHF',
		durationMonths: 9,
		channels: ['schools'],
		audiences: ['children', 'teachers-educators'],
		risks: ['grooming', 'reporting-help'],
		translations: [
			{
				lang: 'fr',
				title: 'Net sans piège',
				summary:
					'Adaptation suisse du programme scolaire français « Je dis non, je bloque, j’en parle », proposée en français, en allemand et en italien dans les cantons participants. La séance a été raccourcie et complétée par une affiche trilingue.',
				objectives:
					'Offrir à toutes les régions linguistiques la même séance de prévention du grooming pour les 8-11 ans, adaptée aux plans d’études régionaux.',
				reach:
					'Diffusion par les départements cantonaux de l’instruction publique et les services de santé scolaire.',
				results:
					'85 000 élèves dans 11 cantons ; la proportion d’élèves capables de nommer les trois réflexes est passée de 41 % à 88 %.',
				lessonsLearned:
					'Traduire ne suffisait pas : les exemples de jeux et d’applications ont été adaptés à chaque région. Les enseignants ont apprécié de disposer des trois langues pour les classes bilingues.',
			},
			{
				lang: 'de',
				title: 'Netz ohne Falle',
				summary:
					'Schweizer Adaption des französischen Schulprogramms «Je dis non, je bloque, j’en parle», angeboten auf Französisch, Deutsch und Italienisch in den teilnehmenden Kantonen. Die Lektion wurde gekürzt und durch ein dreisprachiges Plakat ergänzt.',
				objectives:
					'Allen Sprachregionen dieselbe Präventionslektion zu Cybergrooming für 8- bis 11-Jährige anbieten, abgestimmt auf die regionalen Lehrpläne.',
				reach:
					'Verbreitung über die kantonalen Erziehungsdepartemente und die schulärztlichen Dienste.',
				results:
					'85 000 Schülerinnen und Schüler in 11 Kantonen; der Anteil der Kinder, die die drei Schritte nennen können, stieg von 41 % auf 88 %.',
				lessonsLearned:
					'Übersetzen allein genügte nicht: Die Beispiele für Spiele und Apps wurden für jede Region angepasst. Lehrpersonen schätzten es, alle drei Sprachen für zweisprachige Klassen zur Verfügung zu haben.',
			},
		],
		materials: [
			{
				id: 'demo-m-016',
				resourceType: 'lesson-plan',
				audiences: ['children', 'teachers-educators'],
				risks: ['grooming', 'reporting-help'],
				ageMin: 8,
				ageMax: 11,
				licence: 'cc-by-sa-4.0',
				accessibility: ['easy-read'],
				originalLang: 'fr',
				derivedFrom: { materialId: 'demo-m-004', lang: 'fr', kind: 'adaptation' },
				publishedDaysAgo: 420,
				versions: [
					{
						lang: 'fr',
						title: 'Net sans piège : séance de 40 minutes',
						description:
							'Adaptation suisse de la séance française sur les trois réflexes en ligne, raccourcie à 40 minutes.',
						body: 'Objectif : les élèves de 8 à 11 ans reconnaissent une demande inquiétante en ligne et savent dire non, bloquer et en parler.\n1. Échange (8 min). « Avec qui discutez-vous quand vous jouez en ligne ? » Accueillez toutes les réponses.\n2. Situations (15 min). En petits groupes, les élèves classent des cartes en « normal » ou « inquiétant » : un joueur inconnu offre des crédits contre une photo, une personne demande de garder un secret, un nouvel ami propose de continuer sur une autre application.\n3. Les trois réflexes (10 min). Les élèves jouent une saynète : dire non, bloquer, en parler à un adulte de confiance.\n4. Clôture (7 min). L’enseignant rappelle : « Tu as le droit de refuser, et ce n’est jamais ta faute. » Chaque élève note deux adultes à qui il peut s’adresser, à la maison et à l’école.\nAdapté du programme français « Je dis non, je bloque, j’en parle ».',
					},
					{
						lang: 'de',
						title: 'Netz ohne Falle: Lektion in 40 Minuten',
						description:
							'Schweizer Adaption der französischen Lektion zu den drei Schritten im Netz, gekürzt auf 40 Minuten.',
						body: 'Ziel: Schülerinnen und Schüler von 8 bis 11 Jahren erkennen eine beunruhigende Anfrage im Netz und wissen, wie sie Nein sagen, blockieren und darüber sprechen.\n1. Einstieg (8 Min.). «Mit wem chattet ihr, wenn ihr online spielt?» Alle Antworten werden wertfrei aufgenommen.\n2. Situationen (15 Min.). In Kleingruppen ordnen die Kinder Karten als «normal» oder «komisch» ein: Ein unbekannter Spieler bietet Spielguthaben gegen ein Foto an, jemand verlangt, ein Geheimnis zu bewahren, ein neuer Freund will in einer anderen App weiterschreiben.\n3. Die drei Schritte (10 Min.). Die Kinder spielen eine kurze Szene: Nein sagen, blockieren, einer Vertrauensperson davon erzählen.\n4. Abschluss (7 Min.). Die Lehrperson betont: «Du darfst immer Nein sagen, und es ist nie deine Schuld.» Jedes Kind schreibt zwei Erwachsene auf, an die es sich zu Hause und in der Schule wenden kann.\nAdaptiert nach dem französischen Programm «Je dis non, je bloque, j’en parle».',
					},
					{
						lang: 'it',
						title: 'Rete senza trappole: lezione di 40 minuti',
						description:
							'Adattamento svizzero della lezione francese sui tre riflessi in rete, ridotta a 40 minuti.',
						body: 'Obiettivo: gli allievi dagli 8 agli 11 anni riconoscono una richiesta inquietante online e sanno dire di no, bloccare e parlarne.\n1. Avvio (8 min). «Con chi chattate quando giocate online?» Accogliete tutte le risposte senza giudicare.\n2. Situazioni (15 min). In piccoli gruppi gli allievi classificano alcune carte come «normale» o «preoccupante»: un giocatore sconosciuto offre crediti in cambio di una foto, qualcuno chiede di mantenere un segreto, un nuovo amico propone di continuare su un’altra app.\n3. I tre riflessi (10 min). Gli allievi recitano una breve scenetta: dire di no, bloccare, parlarne con un adulto di fiducia.\n4. Conclusione (7 min). Il docente ricorda: «Hai sempre il diritto di dire di no, e non è mai colpa tua.» Ogni allievo scrive il nome di due adulti a cui può rivolgersi, a casa e a scuola.\nAdattato dal programma francese «Je dis non, je bloque, j’en parle».',
					},
				],
			},
			{
				id: 'demo-m-017',
				resourceType: 'poster',
				audiences: ['children'],
				risks: ['grooming', 'reporting-help'],
				ageMin: 8,
				ageMax: 11,
				licence: 'cc-by-4.0',
				accessibility: ['alt-text', 'large-print'],
				originalLang: 'fr',
				publishedDaysAgo: 410,
				versions: [
					{
						lang: 'fr',
						title: 'Un piège en ligne ? Dis non !',
						description:
							'Affiche trilingue pour les salles de classe, accompagnant la séance « Net sans piège ».',
						body: 'Un piège en ligne ? Dis non !\nOn te propose des crédits contre une photo ? Refuse.\nBloque et signale la personne.\nParles-en à un adulte de confiance.',
						helpline: '0800 00 00 00',
					},
					{
						lang: 'de',
						title: 'Falle im Netz? Sag Nein!',
						description:
							'Dreisprachiges Plakat für Klassenzimmer, passend zur Lektion «Netz ohne Falle».',
						body: 'Falle im Netz? Sag Nein!\nJemand bietet dir Spielguthaben für ein Foto an? Lehn ab.\nBlockiere und melde die Person.\nErzähl es einer erwachsenen Vertrauensperson.',
						helpline: '0800 00 00 00',
					},
					{
						lang: 'it',
						title: 'Trappola in rete? Di’ di no!',
						description:
							'Manifesto trilingue per le aule, da usare con la lezione «Rete senza trappole».',
						body: 'Trappola in rete? Di’ di no!\nTi offrono crediti in cambio di una foto? Rifiuta.\nBlocca e segnala la persona.\nParlane con un adulto di fiducia.',
						helpline: '0800 00 00 00',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-07',
		countryCode: 'ES',
		originalLang: 'es',
		startYear: 2022,
		reachCount: 2_400_000,
		reachUnit: 'views',
		evaluationMethod: 'reach-metrics',
		costAmount: 350_000,
		costCurrency: 'EUR',
		durationMonths: 2,
		channels: ['social-media', 'television', 'website', 'schools'],
		audiences: ['young-people', 'parents-carers'],
		risks: ['sextortion', 'self-generated', 'reporting-help'],
		translations: [
			{
				lang: 'es',
				title: 'No estás solo, no estás sola',
				summary:
					'Campaña nacional dirigida a adolescentes sobre la sextorsión, con un vídeo, carteles en centros educativos y una guía para familias. El mensaje central: si te chantajean con una imagen, no pagues, guarda las pruebas y pide ayuda.',
				objectives:
					'Que los adolescentes reconozcan la sextorsión como un delito del que no son culpables, y que sus familias sepan reaccionar sin culparlos.',
				reach:
					'Vídeo difundido en redes sociales y televisión, carteles en 6 000 institutos y una guía descargable para madres, padres y tutores.',
				results:
					'El vídeo alcanzó 2,4 millones de reproducciones; las consultas al servicio de ayuda de la campaña aumentaron un 35 % durante los dos meses de difusión.',
				lessonsLearned:
					'Los testimonios en primera persona funcionaron mejor que los mensajes de miedo. Conviene incluir a chicos como protagonistas, porque a menudo no se reconocen como posibles víctimas.',
			},
			{
				lang: 'en',
				title: 'You are not alone',
				summary:
					'A national campaign for teenagers on sextortion, with a video, posters in schools and a guide for families. The core message: if someone blackmails you with an image, don’t pay, keep the evidence and ask for help.',
				objectives:
					'For teenagers to recognise sextortion as a crime they are not to blame for, and for their families to know how to react without blaming them.',
				reach:
					'A video shown on social media and television, posters in 6,000 secondary schools and a downloadable guide for parents and guardians.',
				results:
					'The video reached 2.4 million views; contacts to the campaign’s support service rose by 35% during the two months it ran.',
				lessonsLearned:
					'First-person stories worked better than fear-based messages. Boys should be shown as protagonists too, because they often do not see themselves as possible victims.',
			},
		],
		materials: [
			{
				id: 'demo-m-018',
				resourceType: 'poster',
				audiences: ['young-people'],
				risks: ['sextortion', 'reporting-help'],
				ageMin: 13,
				ageMax: 17,
				licence: 'cc-by-sa-4.0',
				accessibility: ['alt-text'],
				originalLang: 'es',
				publishedDaysAgo: 760,
				versions: [
					{
						lang: 'es',
						title: 'Si te chantajean, pide ayuda',
						description: 'Cartel para institutos sobre qué hacer ante la sextorsión.',
						body: '¿Te chantajean con una foto?\nNo pagues y no envíes nada más.\nGuarda capturas de pantalla y bloquea la cuenta.\nPide ayuda: no es culpa tuya.',
						helpline: '900 000 000',
					},
				],
			},
			{
				id: 'demo-m-019',
				resourceType: 'video',
				audiences: ['young-people'],
				risks: ['sextortion', 'self-generated', 'reporting-help'],
				ageMin: 13,
				ageMax: 17,
				licence: 'cc-by-4.0',
				accessibility: ['captions', 'sign-language'],
				originalLang: 'es',
				publishedDaysAgo: 740,
				versions: [
					{
						lang: 'es',
						title: 'Tres mensajes',
						description:
							'Guion de un vídeo de 60 segundos: una chica recibe amenazas tras compartir una imagen y encuentra apoyo.',
						body: 'PLANO 1 – Lucía, 16 años, en el autobús. Suena una notificación: «Si no me pagas 100 euros, tu foto la verá todo tu instituto».\nNARRADORA: Lucía confió en alguien que conoció en una red social. Ahora esa persona la amenaza.\nPLANO 2 – Lucía escribe a su mejor amiga: «Tengo un problema». La amiga responde: «Voy para tu casa».\nNARRADORA: Quien te chantajea con una imagen quiere que te sientas sola y culpable. No lo estás, y no lo eres.\nPLANO 3 – Lucía y su madre, sentadas en la cocina, hacen capturas de pantalla y bloquean la cuenta. La madre dice: «Vamos a denunciarlo juntas».\nTEXTO EN PANTALLA: No pagues. Guarda las pruebas. Bloquea y denuncia. Habla con alguien de confianza.\nNARRADORA: La sextorsión es un delito. La culpa nunca es de la víctima. No estás sola.',
					},
					{
						lang: 'en',
						title: 'Three messages',
						description:
							'Script for a 60-second video: a girl is threatened after sharing an image and finds support.',
						body: 'SHOT 1 – Lucía, 16, on the bus. A notification: “If you don’t pay me 100 euros, your whole school will see your photo.”\nNARRATOR: Lucía trusted someone she met on social media. Now that person is threatening her.\nSHOT 2 – Lucía texts her best friend: “I’ve got a problem.” Her friend replies: “I’m coming over.”\nNARRATOR: Whoever blackmails you with an image wants you to feel alone and guilty. You’re not alone, and it’s not your fault.\nSHOT 3 – Lucía and her mother sit at the kitchen table, take screenshots and block the account. Her mother says: “We’ll report it together.”\nON SCREEN: Don’t pay. Keep the evidence. Block and report. Talk to someone you trust.\nNARRATOR: Sextortion is a crime. The victim is never to blame. You are not alone.',
					},
				],
			},
			{
				id: 'demo-m-020',
				resourceType: 'guide',
				audiences: ['parents-carers'],
				risks: ['sextortion', 'reporting-help'],
				licence: 'cc-by-4.0',
				accessibility: ['screen-reader-pdf'],
				originalLang: 'es',
				publishedDaysAgo: 730,
				versions: [
					{
						lang: 'es',
						title: 'Guía para familias: cómo actuar ante la sextorsión',
						description:
							'Guía breve para madres, padres y tutores sobre cómo prevenir la sextorsión y qué hacer si su hijo o hija la sufre.',
						body: 'La sextorsión es un chantaje: alguien amenaza con difundir imágenes íntimas de un menor si no le envía dinero o más imágenes. Puede pasarle a cualquier adolescente, también a los chicos.\nAntes de que ocurra\nHablad en casa, con naturalidad, de las relaciones en línea. Explicad que cualquier persona puede mentir sobre su identidad y que nadie tiene derecho a presionarles para enviar fotos.\nSi vuestro hijo o hija os lo cuenta\n1. Mantened la calma y agradecedle la confianza. La frase más importante es: «No es culpa tuya».\n2. No paguéis ni respondáis a la persona que chantajea. Pagar casi nunca detiene las amenazas.\n3. Guardad pruebas: capturas de pantalla de los mensajes, el nombre de usuario y la fecha. No guardéis ni reenviéis la imagen íntima: se trata de material de abuso sexual infantil.\n4. Bloquead la cuenta y denunciadla en la plataforma. Muchas plataformas ofrecen herramientas para retirar imágenes de menores.\n5. Presentad una denuncia ante la policía.\nDespués\nVuestro hijo o hija puede sentir vergüenza o miedo durante semanas. Mantened la conversación abierta y, si lo necesita, buscad apoyo psicológico.',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-08',
		countryCode: 'IT',
		originalLang: 'it',
		startYear: 2020,
		endYear: 2022,
		reachCount: 540_000,
		reachUnit: 'students',
		evaluationMethod: 'survey',
		channels: ['schools', 'radio', 'print'],
		audiences: ['young-people', 'teachers-educators', 'general-public', 'parents-carers'],
		risks: ['non-consensual-sharing', 'self-generated', 'reporting-help'],
		translations: [
			{
				lang: 'it',
				title: 'Pensaci prima di condividere',
				summary:
					'Campagna per le scuole secondarie sulla diffusione non consensuale di immagini intime tra adolescenti. Comprende un manifesto, una lezione per i docenti e uno spot radiofonico rivolto agli adulti.',
				objectives:
					'Far capire agli studenti che inoltrare immagini intime di altri è un reato che ferisce, e promuovere un atteggiamento di sostegno verso chi ne è vittima.',
				reach:
					'Manifesti in 2 500 scuole secondarie, formazione online per i docenti e uno spot trasmesso da emittenti radiofoniche locali.',
				results:
					'Circa 540 000 studenti coinvolti; nel questionario finale il 73 % dichiarava che non inoltrerebbe un’immagine ricevuta, contro il 52 % iniziale.',
				lessonsLearned:
					'Gli studenti chiedevano di parlare anche di cosa fare quando sono spettatori. I docenti hanno bisogno di indicazioni chiare su come gestire i casi senza esporre la vittima.',
			},
		],
		materials: [
			{
				id: 'demo-m-021',
				resourceType: 'poster',
				audiences: ['young-people'],
				risks: ['non-consensual-sharing', 'reporting-help'],
				ageMin: 13,
				ageMax: 17,
				licence: 'cc-by-4.0',
				accessibility: ['alt-text'],
				originalLang: 'it',
				publishedDaysAgo: 690,
				versions: [
					{
						lang: 'it',
						title: 'Non inoltrare. Proteggi.',
						description:
							'Manifesto per le scuole sulla diffusione non consensuale di immagini intime.',
						body: 'Ti arriva una foto intima di qualcuno?\nNon inoltrarla, non salvarla.\nSegnala l’immagine sulla piattaforma.\nStai vicino a chi è nella foto: non è colpa sua.',
						helpline: '800 000 000',
					},
				],
			},
			{
				id: 'demo-m-022',
				resourceType: 'lesson-plan',
				audiences: ['young-people', 'teachers-educators'],
				risks: ['non-consensual-sharing', 'self-generated'],
				ageMin: 14,
				ageMax: 17,
				licence: 'cc-by-nc-sa-4.0',
				accessibility: ['screen-reader-pdf'],
				originalLang: 'it',
				publishedDaysAgo: 670,
				versions: [
					{
						lang: 'it',
						title: 'Lezione: consenso e immagini intime',
						description:
							'Lezione di 50 minuti per la scuola secondaria di secondo grado su consenso, diffusione di immagini intime e ruolo di chi assiste.',
						body: 'Destinatari: studenti dai 14 ai 17 anni. Durata: 50 minuti.\nObiettivi: distinguere tra immagini condivise con consenso e diffusione non consensuale; sapere come aiutare chi ne è vittima; conoscere le conseguenze legali.\n1. Riscaldamento (10 min). Proponete alla classe l’affermazione: «Se una persona ha inviato una foto, allora se l’è cercata». Gli studenti si spostano nell’aula a seconda che siano d’accordo o no, poi motivano la scelta.\n2. Caso di studio (20 min). Leggete la storia di Marco, che riceve in una chat di gruppo una foto intima di una compagna. In gruppi, gli studenti scrivono tre possibili finali: se inoltra, se ignora, se interviene. Quale finale protegge la compagna?\n3. Cosa dice la legge (10 min). Spiegate che diffondere immagini intime senza consenso è un reato e che le immagini sessuali di minorenni possono costituire materiale di abuso sessuale su minori, anche se realizzate da loro stessi.\n4. Chiusura (10 min). Ogni studente scrive su un foglietto anonimo una cosa che farebbe per aiutare un amico o un’amica. Ricordate a chi rivolgersi a scuola.\nAttenzione: non mostrate mai immagini reali e preparatevi a sostenere chi potrebbe essere coinvolto.',
					},
				],
			},
			{
				id: 'demo-m-023',
				resourceType: 'audio-spot',
				audiences: ['general-public', 'parents-carers'],
				risks: ['non-consensual-sharing', 'reporting-help'],
				licence: 'cc-by-4.0',
				accessibility: [],
				originalLang: 'it',
				publishedDaysAgo: 650,
				versions: [
					{
						lang: 'it',
						title: 'Spot radio: Se lo vedi, segnalalo',
						description:
							'Spot radiofonico di 40 secondi che invita adulti e ragazzi a non restare in silenzio davanti alla diffusione di immagini intime.',
						body: '[Rumore di una chat di gruppo, notifiche a raffica]\nRAGAZZA: Quella foto di Giulia è finita in tutte le chat. Tutti ridevano.\nRAGAZZO: Io l’ho solo guardata. Mica l’ho inoltrata io.\nVOCE NARRANTE: Guardare e tacere non significa essere neutrali. Quando un’immagine intima di una ragazza o di un ragazzo circola senza il suo consenso, ogni condivisione fa di nuovo male.\nRAGAZZA: Alla fine l’ho segnalata sulla piattaforma e l’ho detto alla professoressa.\nVOCE NARRANTE: Se ti arriva, non inoltrarla. Segnalala e stai vicino a chi è nella foto. Genitori, insegnanti: ascoltate senza giudicare. Pensaci prima di condividere.',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-09',
		countryCode: 'PL',
		originalLang: 'pl',
		startYear: 2023,
		reachCount: 120_000,
		reachUnit: 'students',
		evaluationMethod: 'pre-post-test',
		costAmount: 600_000,
		costCurrency: 'PLN',
		durationMonths: 10,
		channels: ['schools', 'events'],
		audiences: ['children', 'teachers-educators'],
		risks: ['grooming', 'reporting-help'],
		translations: [
			{
				lang: 'pl',
				title: 'Bezpieczni w sieci – razem',
				summary:
					'Program dla szkół podstawowych przygotowany w języku polskim i ukraińskim, tak aby dzieci z Ukrainy uczące się w polskich szkołach mogły uczestniczyć w zajęciach razem z rówieśnikami. Obejmuje scenariusz lekcji i plakat do klasy.',
				objectives:
					'Nauczyć dzieci w wieku 9–12 lat rozpoznawać grooming i szukać pomocy u zaufanej osoby dorosłej, niezależnie od języka, którym mówią w domu.',
				reach:
					'Materiały trafiły do szkół za pośrednictwem kuratoriów oświaty, a zajęcia prowadzili nauczyciele i pedagodzy szkolni; odbyły się też spotkania dla rodziców w punktach pomocy dla uchodźców.',
				results:
					'W zajęciach wzięło udział około 120 tysięcy uczniów; w teście po lekcji 81 % z nich potrafiło wskazać zaufaną osobę dorosłą, do której zwróciłoby się o pomoc.',
				lessonsLearned:
					'Osobna ukraińska wersja scenariusza okazała się potrzebna w oddziałach przygotowawczych. Warto zapraszać ukraińskojęzycznych asystentów międzykulturowych do współprowadzenia zajęć.',
			},
		],
		materials: [
			{
				id: 'demo-m-024',
				resourceType: 'lesson-plan',
				audiences: ['children', 'teachers-educators'],
				risks: ['grooming', 'reporting-help'],
				ageMin: 9,
				ageMax: 12,
				licence: 'cc-by-4.0',
				accessibility: ['easy-read'],
				originalLang: 'pl',
				publishedDaysAgo: 640,
				versions: [
					{
						lang: 'pl',
						title: 'Scenariusz lekcji: Kto jest po drugiej stronie?',
						description:
							'45-minutowe zajęcia dla klas 4–6 o tym, jak rozpoznać grooming i komu o nim powiedzieć.',
						body: 'Cel: uczniowie wiedzą, że w sieci nie zawsze wiadomo, kim jest rozmówca, rozpoznają sygnały groomingu i wiedzą, komu o tym powiedzieć.\nCzas: 45 minut. Klasy 4–6.\n1. Wprowadzenie (10 min). Nauczyciel pyta: „Jak można sprawdzić, kim jest osoba, z którą piszesz w grze?”. Uczniowie zauważają, że zdjęcie i wiek w profilu mogą być nieprawdziwe.\n2. Historia Oli (15 min). Nauczyciel czyta opowiadanie: nowy „kolega” z gry daje Oli wirtualne monety, pisze, że jest wyjątkowa, prosi o zdjęcie i o to, żeby nikomu nie mówiła. Uczniowie w parach zaznaczają momenty, w których Ola powinna się zaniepokoić.\n3. Co może zrobić Ola? (10 min). Klasa tworzy listę: nie odpowiadać na prośbę o zdjęcie, zablokować, zrobić zrzut ekranu, powiedzieć rodzicowi lub nauczycielowi.\n4. Podsumowanie (10 min). Każdy uczeń rysuje „dłoń zaufania” i na palcach wpisuje pięć osób, do których może się zwrócić.\nWażne: podkreśl, że dziecko nigdy nie jest winne, nawet jeśli wcześniej wysłało zdjęcie.',
					},
				],
			},
			{
				id: 'demo-m-025',
				resourceType: 'poster',
				audiences: ['children'],
				risks: ['grooming', 'reporting-help'],
				ageMin: 9,
				ageMax: 12,
				licence: 'cc-by-4.0',
				accessibility: ['alt-text', 'easy-read'],
				originalLang: 'pl',
				publishedDaysAgo: 630,
				versions: [
					{
						lang: 'pl',
						title: 'Ktoś prosi cię o sekret?',
						description: 'Plakat do klasy towarzyszący lekcji „Kto jest po drugiej stronie?”.',
						body: 'Ktoś prosi cię o sekret?\nJeśli ktoś w sieci prosi o zdjęcia, możesz odmówić.\nZablokuj go i zrób zrzut ekranu.\nPowiedz o tym dorosłemu, któremu ufasz.',
						helpline: '800 000 000',
					},
					{
						lang: 'uk',
						title: 'Хтось просить тебе про таємницю?',
						description: 'Плакат для класу до уроку «Хто по той бік екрана?».',
						body: 'Хтось просить тебе про таємницю?\nЯкщо хтось в інтернеті просить фото, ти можеш відмовити.\nЗаблокуй його і зроби знімок екрана.\nРозкажи про це дорослому, якому довіряєш.',
						helpline: '800 000 000',
					},
				],
			},
			{
				id: 'demo-m-026',
				resourceType: 'lesson-plan',
				audiences: ['children', 'teachers-educators'],
				risks: ['grooming', 'reporting-help'],
				ageMin: 9,
				ageMax: 12,
				licence: 'cc-by-4.0',
				accessibility: ['easy-read'],
				originalLang: 'uk',
				derivedFrom: { materialId: 'demo-m-024', lang: 'pl', kind: 'translation' },
				publishedDaysAgo: 300,
				versions: [
					{
						lang: 'uk',
						title: 'Сценарій уроку: Хто по той бік екрана?',
						description:
							'Український переклад польського сценарію уроку для підготовчих класів, де навчаються діти з України.',
						body: 'Мета: учні знають, що в інтернеті не завжди відомо, хто співрозмовник, розпізнають ознаки грумінгу і знають, кому про це розповісти.\nТривалість: 45 хвилин. Для дітей 9–12 років, зокрема в підготовчих класах для учнів з України.\n1. Вступ (10 хв). Учитель запитує: «Як можна перевірити, хто пише тобі в грі?» Учні доходять висновку, що фото та вік у профілі можуть бути несправжніми.\n2. Історія Олі (15 хв). Учитель читає оповідання: новий «друг» із гри дарує Олі віртуальні монети, пише, що вона особлива, просить фото і просить нікому не розповідати. Учні в парах позначають моменти, коли Олі варто було насторожитися.\n3. Що може зробити Оля? (10 хв). Клас складає список: не відповідати на прохання про фото, заблокувати, зробити знімок екрана, розповісти батькам або вчителеві.\n4. Підсумок (10 хв). Кожен учень малює «долоню довіри» і на пальцях записує п’ятьох людей, до яких може звернутися.\nВажливо: наголосіть, що дитина ніколи не винна, навіть якщо вже надіслала фото.',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-10',
		countryCode: 'SE',
		originalLang: 'sv',
		startYear: 2021,
		reachCount: 190_000,
		reachUnit: 'copies',
		evaluationMethod: 'survey',
		channels: ['website', 'print', 'social-media'],
		audiences: ['parents-carers'],
		risks: ['grooming', 'self-generated', 'sextortion', 'reporting-help'],
		translations: [
			{
				lang: 'sv',
				title: 'Fråga, lyssna, agera',
				summary:
					'Kampanj för föräldrar och andra vuxna i barns närhet om hur man pratar med barn om nätet, grooming och nakenbilder. Guiden finns på svenska, arabiska och engelska, och ett material för sociala medier förklarar sexuell utpressning för föräldrar.',
				objectives:
					'Att fler föräldrar pratar med sina barn om nätet innan något händer, och att de vet hur de ska agera utan att skuldbelägga barnet.',
				reach:
					'Guiden delades ut via barnavårdscentraler, bibliotek och föräldramöten, och inlägg i sociala medier riktades till föräldrar med barn i åldern 9–15 år.',
				results:
					'Guiden laddades ner eller delades ut i cirka 190 000 exemplar; i uppföljningsenkäten svarade 69 % av föräldrarna att de hade tagit upp ämnet med sitt barn.',
				lessonsLearned:
					'Föräldrar uppskattade konkreta exempel på vad man kan säga. Den arabiska versionen nådde fler när den presenterades på föräldraträffar med tolk.',
			},
		],
		materials: [
			{
				id: 'demo-m-027',
				resourceType: 'guide',
				audiences: ['parents-carers'],
				risks: ['grooming', 'self-generated', 'reporting-help'],
				licence: 'cc-by-4.0',
				accessibility: ['easy-read', 'screen-reader-pdf'],
				originalLang: 'sv',
				publishedDaysAgo: 710,
				versions: [
					{
						lang: 'sv',
						title: 'Prata med ditt barn om nätet – en guide för föräldrar',
						description:
							'Guide för föräldrar om hur man börjar samtalet, pratar om gränser och agerar om barnet har skickat en bild.',
						body: 'Barn och unga lever en stor del av sitt sociala liv på nätet. Det mesta är positivt, men vissa vuxna använder spel och appar för att komma i kontakt med barn i sexuellt syfte. Det kallas grooming.\nBörja samtalet tidigt\nFråga vad ditt barn gillar att göra på nätet och låt barnet visa dig. Ett intresserat samtal öppnar fler dörrar än förbud.\nPrata om gränser\nSäg tydligt: ”Ingen har rätt att be dig om nakenbilder eller be dig hålla hemligheter med en vuxen. Du får alltid säga nej, blockera och berätta för mig.”\nOm ditt barn har skickat en bild\nBli inte arg. Barnet har inte gjort något fel genom att bli lurat eller pressat. Spara bevis, som skärmdumpar och användarnamn, men spara eller skicka aldrig vidare själva bilden. Anmäl kontot till plattformen och till polisen.\nVar uppmärksam på tecken\nHemlighetsfullhet kring mobilen, nya kontakter som ingen känner, presenter eller pengar från okända och plötslig oro kan vara tecken på att något är fel.\nDu behöver inte ha alla svar. Det viktigaste är att ditt barn vet att det kan komma till dig.',
					},
					{
						lang: 'ar',
						title: 'تحدّثوا مع أطفالكم عن الإنترنت – دليل للآباء والأمهات',
						description:
							'دليل للآباء والأمهات حول كيفية بدء الحديث، والتحدث عن الحدود، والتصرف إذا أرسل الطفل صورة.',
						body: 'يعيش الأطفال والشباب جزءًا كبيرًا من حياتهم الاجتماعية على الإنترنت. معظم ذلك إيجابي، لكن بعض البالغين يستخدمون الألعاب والتطبيقات للتواصل مع الأطفال بهدف جنسي. يُسمّى ذلك الاستدراج.\nابدؤوا الحديث مبكرًا\nاسألوا طفلكم عمّا يحب أن يفعله على الإنترنت ودعوه يريكم. الحديث المهتمّ يفتح أبوابًا أكثر من المنع.\nتحدّثوا عن الحدود\nقولوا بوضوح: «لا يحق لأحد أن يطلب منك صورًا عارية أو أن يطلب منك إخفاء أسرار مع شخص بالغ. يمكنك دائمًا أن ترفض وأن تحظره وأن تخبرني.»\nإذا أرسل طفلكم صورة\nلا تغضبوا. الطفل لم يرتكب أي خطأ لأنه خُدع أو تعرّض للضغط. احتفظوا بالأدلة مثل لقطات الشاشة واسم المستخدم، لكن لا تحتفظوا بالصورة نفسها ولا ترسلوها أبدًا. أبلغوا المنصة والشرطة عن الحساب.\nانتبهوا إلى العلامات\nالتكتّم حول الهاتف، وجهات اتصال جديدة لا يعرفها أحد، وهدايا أو أموال من غرباء، وقلق مفاجئ قد تكون علامات على وجود مشكلة.\nلستم بحاجة إلى معرفة كل الإجابات. الأهم أن يعرف طفلكم أنه يستطيع اللجوء إليكم.',
					},
					{
						lang: 'en',
						title: 'Talk to your child about the internet – a guide for parents',
						description:
							'A guide for parents on starting the conversation, talking about boundaries and what to do if a child has sent an image.',
						body: 'Children and young people live a large part of their social lives online. Most of it is positive, but some adults use games and apps to contact children for sexual purposes. This is called grooming.\nStart the conversation early\nAsk what your child likes doing online and let them show you. An interested conversation opens more doors than a ban.\nTalk about boundaries\nSay clearly: “Nobody has the right to ask you for nude pictures or to ask you to keep secrets with an adult. You can always say no, block them and tell me.”\nIf your child has sent an image\nDon’t get angry. Your child has done nothing wrong by being tricked or pressured. Keep evidence such as screenshots and usernames, but never save or forward the image itself. Report the account to the platform and to the police.\nWatch for signs\nSecrecy about their phone, new contacts nobody knows, gifts or money from strangers and sudden anxiety can be signs that something is wrong.\nYou don’t need to have all the answers. What matters most is that your child knows they can come to you.',
					},
				],
			},
			{
				id: 'demo-m-028',
				resourceType: 'social-media-kit',
				audiences: ['parents-carers'],
				risks: ['sextortion', 'reporting-help'],
				licence: 'cc0-1.0',
				accessibility: ['alt-text'],
				originalLang: 'sv',
				publishedDaysAgo: 480,
				versions: [
					{
						lang: 'sv',
						title: 'Sexuell utpressning – inlägg för föräldrar',
						description:
							'Fyra inlägg för sociala medier som förklarar sexuell utpressning för föräldrar.',
						body: 'Unga kan utpressas med bilder\nInlägg 1: Sexuell utpressning är när någon hotar att sprida en bild om barnet inte betalar eller skickar fler bilder.\nInlägg 2: Säg till ditt barn: ”Kom till mig, vad som än har hänt. Jag blir inte arg.”\nInlägg 3: Betala inte. Spara bevis, blockera och polisanmäl.\nInlägg 4: Dela gärna – fler föräldrar behöver veta.',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-11',
		countryCode: 'GR',
		originalLang: 'el',
		startYear: 2022,
		reachCount: 60_000,
		reachUnit: 'students',
		evaluationMethod: 'qualitative',
		channels: ['schools', 'events'],
		audiences: ['teachers-educators', 'young-people'],
		risks: ['self-generated', 'non-consensual-sharing', 'reporting-help'],
		translations: [
			{
				lang: 'el',
				title: 'Σκέψου πριν το στείλεις',
				summary:
					'Πρόγραμμα ευαισθητοποίησης για σχολεία δευτεροβάθμιας εκπαίδευσης σχετικά με τις αυτοπαραγόμενες εικόνες σεξουαλικού περιεχομένου και τη διάδοσή τους χωρίς συναίνεση. Περιλαμβάνει παρουσίαση για εκπαιδευτικούς και αφίσα για τους μαθητές.',
				objectives:
					'Να μπορούν οι εκπαιδευτικοί να συζητούν με τους μαθητές για τη συναίνεση και την ψηφιακή πίεση, και να γνωρίζουν τι πρέπει να κάνουν όταν μια εικόνα διαρρέει.',
				reach:
					'Σεμινάρια για εκπαιδευτικούς σε εννέα περιφέρειες και αφίσες σε γυμνάσια και λύκεια.',
				results:
					'Περίπου 60.000 μαθητές και 1.400 εκπαιδευτικοί· στις ομάδες εστίασης οι μαθητές ανέφεραν ότι γνωρίζουν πλέον πού να απευθυνθούν για βοήθεια.',
				lessonsLearned:
					'Οι εκπαιδευτικοί ζήτησαν έτοιμα σενάρια συζήτησης. Η συμμετοχή των ίδιων των μαθητών στον σχεδιασμό της αφίσας έκανε το μήνυμα πιο πειστικό.',
			},
		],
		materials: [
			{
				id: 'demo-m-029',
				resourceType: 'presentation',
				audiences: ['teachers-educators'],
				risks: ['self-generated', 'non-consensual-sharing', 'reporting-help'],
				ageMin: 18,
				licence: 'cc-by-4.0',
				accessibility: ['alt-text', 'screen-reader-pdf'],
				originalLang: 'el',
				publishedDaysAgo: 560,
				versions: [
					{
						lang: 'el',
						title: 'Όταν μια εικόνα διαρρέει: παρουσίαση για εκπαιδευτικούς',
						description:
							'Πέντε διαφάνειες για σεμινάριο εκπαιδευτικών σχετικά με τις αυτοπαραγόμενες εικόνες και τη διάδοσή τους χωρίς συναίνεση.',
						body: 'Διαφάνεια 1 – Τι είναι οι αυτοπαραγόμενες εικόνες; Φωτογραφίες ή βίντεο σεξουαλικού περιεχομένου που τραβάει ένας ανήλικος στον εαυτό του, συχνά ύστερα από πίεση ή μέσα σε μια σχέση.\nΔιαφάνεια 2 – Γιατί μας αφορά; Όταν μια τέτοια εικόνα διαδίδεται χωρίς συναίνεση, το παιδί βιώνει ντροπή, απομόνωση και εκφοβισμό. Οι σεξουαλικές εικόνες ανηλίκων θεωρούνται υλικό σεξουαλικής κακοποίησης παιδιών.\nΔιαφάνεια 3 – Τι κάνουμε: ακούμε τον μαθητή χωρίς να τον κατηγορούμε, δεν ζητάμε να δούμε την εικόνα, δεν την αποθηκεύουμε και δεν την προωθούμε.\nΔιαφάνεια 4 – Επόμενα βήματα: ενημερώνουμε τη διεύθυνση του σχολείου και τους γονείς, ζητάμε από την πλατφόρμα να αφαιρέσει το περιεχόμενο και, όταν υπάρχει εκβιασμός, απευθυνόμαστε στην αστυνομία.\nΔιαφάνεια 5 – Στην τάξη: συζητάμε για τη συναίνεση και για τον ρόλο όσων λαμβάνουν μια εικόνα. Το μήνυμα: «Μην την προωθείς. Στήριξε.»',
					},
				],
			},
			{
				id: 'demo-m-030',
				resourceType: 'poster',
				audiences: ['young-people'],
				risks: ['self-generated', 'non-consensual-sharing'],
				ageMin: 13,
				ageMax: 17,
				licence: 'cc-by-4.0',
				accessibility: ['alt-text'],
				originalLang: 'el',
				publishedDaysAgo: 550,
				versions: [
					{
						lang: 'el',
						title: 'Σκέψου πριν το στείλεις',
						description: 'Αφίσα για γυμνάσια και λύκεια, σχεδιασμένη μαζί με μαθητές.',
						body: 'Σκέψου πριν το στείλεις\nΚανείς δεν έχει δικαίωμα να σε πιέζει για φωτογραφίες.\nΑν σου έρθει εικόνα κάποιου άλλου, μην την προωθήσεις.\nΜίλησε σε έναν ενήλικα που εμπιστεύεσαι.',
						helpline: '800 000 0000',
					},
					{
						lang: 'en',
						title: 'Think before you send',
						description: 'Poster for secondary schools, designed together with students.',
						body: 'Think before you send\nNo one has the right to pressure you for photos.\nIf you get a picture of someone else, don’t forward it.\nTalk to an adult you trust.',
						helpline: '800 000 0000',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-12',
		countryCode: 'GB',
		originalLang: 'en',
		startYear: 2017,
		endYear: 2023,
		reachCount: 3_100_000,
		evaluationMethod: 'survey',
		costAmount: 1_200_000,
		costCurrency: 'GBP',
		durationMonths: 48,
		channels: ['television', 'social-media', 'print', 'schools'],
		audiences: ['parents-carers', 'children', 'young-people'],
		risks: ['grooming', 'self-generated', 'sextortion', 'non-consensual-sharing', 'reporting-help'],
		translations: [
			{
				lang: 'en',
				title: 'Talk, Check, Tell',
				summary:
					'A long-running national campaign encouraging families to talk about life online, check privacy settings together and tell a trusted adult when something feels wrong. It combined a leaflet for parents, a classroom quiz, a poster for teenagers and a short film about sextortion.',
				objectives:
					'To make conversations about online sexual risks routine in families, and to make sure children and young people know they can always tell someone, whatever has happened.',
				reach:
					'Leaflets distributed through schools and GP surgeries, a film shown on television and online, posters in secondary schools and a quiz used in primary classrooms.',
				results:
					'An estimated 3.1 million people reached; in the final survey, 66% of parents said they had talked to their child about people they meet online, up from 45% at baseline.',
				lessonsLearned:
					'Materials that gave parents the exact words to use were downloaded most. Teenagers asked for messages that did not blame them for sharing images.',
			},
		],
		materials: [
			{
				id: 'demo-m-031',
				resourceType: 'leaflet',
				audiences: ['parents-carers'],
				risks: ['grooming', 'self-generated', 'reporting-help'],
				licence: 'cc-by-4.0',
				accessibility: ['large-print', 'easy-read'],
				originalLang: 'en',
				publishedDaysAgo: 890,
				versions: [
					{
						lang: 'en',
						title: 'Talk, Check, Tell: a leaflet for parents and carers',
						description:
							'Three simple habits for parents and carers to help children stay safe from grooming and get help if something goes wrong.',
						body: 'Talk, Check, Tell\nTalk: ask your child about the games and apps they use, often and without judging.\nCheck: set up privacy settings together and agree who they can chat with.\nTell: make sure they know they can tell you anything – even if they have sent a picture.',
					},
				],
			},
			{
				id: 'demo-m-032',
				resourceType: 'game-quiz',
				audiences: ['children'],
				risks: ['grooming', 'reporting-help'],
				ageMin: 9,
				ageMax: 12,
				licence: 'cc-by-4.0',
				accessibility: ['easy-read', 'large-print'],
				originalLang: 'en',
				publishedDaysAgo: 880,
				versions: [
					{
						lang: 'en',
						title: 'Safe or not safe? A classroom quiz',
						description:
							'Five quick situations for pupils aged 9 to 12 to decide together whether they are safe or not, with answers for the teacher.',
						body: '1. A player you don’t know offers you free game coins if you send a photo. Safe or not safe? (Not safe. Say no, block them and tell an adult you trust.)\n2. Your friend from school sends you a funny video of a cat. Safe or not safe? (Safe – but if anything ever makes you feel uncomfortable, you can still tell someone.)\n3. Someone online says, “Let’s keep our chats a secret from your parents.” Safe or not safe? (Not safe. Secrets like this are a warning sign.)\n4. Someone you met in a game asks you to move to a different app to chat privately. Safe or not safe? (Not safe. Stay where you are, and tell an adult.)\n5. You already sent a photo and now you feel worried. Is it too late to get help? (No! It is never too late, and it is not your fault.)',
					},
				],
			},
			{
				id: 'demo-m-033',
				resourceType: 'video',
				audiences: ['young-people'],
				risks: ['sextortion', 'reporting-help'],
				ageMin: 13,
				ageMax: 17,
				licence: 'all-rights-reserved',
				accessibility: ['captions', 'sign-language', 'audio-description'],
				originalLang: 'en',
				publishedDaysAgo: 875,
				versions: [
					{
						lang: 'en',
						title: 'Just one photo',
						description:
							'Script for a two-minute film: a teenager is targeted with sextortion and gets help from his dad.',
						body: 'SCENE 1 – A bedroom at night. SAM, 16, is messaging someone called “Ella”. The messages are friendly and flirty.\nVOICE-OVER: Sam thought Ella went to a school nearby. They had been chatting for a week.\nSCENE 2 – Ella sends a photo and asks for one back. Sam hesitates, then sends one. Immediately a new message arrives: “Pay £300 or everyone on your friends list sees this.”\nVOICE-OVER: This is sextortion. The person behind the account was never who they said they were.\nSCENE 3 – Sam sits on the stairs, phone in hand. His dad walks past and stops. “You okay?” Sam shows him the screen.\nDAD: “Right. You haven’t done anything wrong. We don’t pay, we save the messages, we block and we report it. Together.”\nON SCREEN: Don’t pay. Stop replying. Save the evidence. Tell someone you trust.\nVOICE-OVER: If it happens to you, it’s not your fault – and you are not alone.',
					},
				],
			},
			{
				id: 'demo-m-034',
				resourceType: 'poster',
				audiences: ['young-people'],
				risks: ['non-consensual-sharing', 'reporting-help'],
				ageMin: 13,
				ageMax: 17,
				licence: 'cc-by-4.0',
				accessibility: ['alt-text'],
				originalLang: 'en',
				publishedDaysAgo: 865,
				versions: [
					{
						lang: 'en',
						title: 'If it’s not yours, don’t share it',
						description: 'Poster for secondary schools about forwarding nude images of others.',
						body: 'If it’s not yours, don’t share it\nGot a nude of someone else? Delete it, don’t forward it.\nReport it on the app.\nBe there for the person in the picture.',
						helpline: '0800 000 0000',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-13',
		countryCode: 'IE',
		originalLang: 'en',
		startYear: 2023,
		reachCount: 240_000,
		reachUnit: 'copies',
		evaluationMethod: 'survey',
		channels: ['schools', 'print', 'radio'],
		audiences: ['parents-carers', 'young-people', 'general-public'],
		risks: ['grooming', 'self-generated', 'sextortion', 'reporting-help'],
		translations: [
			{
				lang: 'en',
				title: 'Check In, Speak Up',
				summary:
					'An Irish campaign for families and teenagers that adapted the UK’s Talk, Check, Tell leaflet for Irish parents and added a poster and a radio spot on sextortion. It ran during the school year with the support of parents’ associations.',
				objectives:
					'To give parents in Ireland practical advice on online grooming and self-generated images, and to let teenagers know that sextortion is a crime and that help is available.',
				reach:
					'Leaflets through primary and secondary schools, posters in youth clubs and a radio spot on national and local stations.',
				results:
					'Around 240,000 leaflets distributed; 58% of parents surveyed remembered the campaign, and contacts to the campaign’s support line rose by a quarter while the radio spot was on air.',
				lessonsLearned:
					'Adapting an existing leaflet let the team launch within three months. Teenagers said the radio spot was more credible because it was voiced by young people.',
			},
		],
		materials: [
			{
				id: 'demo-m-035',
				resourceType: 'leaflet',
				audiences: ['parents-carers'],
				risks: ['grooming', 'self-generated', 'reporting-help'],
				licence: 'cc-by-4.0',
				accessibility: ['large-print'],
				originalLang: 'en',
				derivedFrom: { materialId: 'demo-m-031', lang: 'en', kind: 'adaptation' },
				publishedDaysAgo: 500,
				versions: [
					{
						lang: 'en',
						title: 'Check In, Speak Up: a leaflet for parents',
						description:
							'Irish adaptation of the UK Talk, Check, Tell leaflet, with advice for parents on grooming and self-generated images.',
						body: 'Check In, Speak Up\nCheck in: chat with your child about the apps and games they use – little and often.\nSet up privacy settings together and agree who they can talk to online.\nSpeak up: tell them they can come to you about anything, even if they’ve sent a photo.',
					},
				],
			},
			{
				id: 'demo-m-036',
				resourceType: 'poster',
				audiences: ['young-people'],
				risks: ['sextortion', 'reporting-help'],
				ageMin: 13,
				ageMax: 17,
				licence: 'cc-by-4.0',
				accessibility: ['alt-text'],
				originalLang: 'en',
				publishedDaysAgo: 490,
				versions: [
					{
						lang: 'en',
						title: 'Being threatened over a photo?',
						description:
							'Poster for youth clubs and secondary schools on what to do about sextortion.',
						body: 'Being threatened over a photo?\nDon’t pay and don’t send anything else.\nScreenshot the messages, then block.\nTell an adult you trust – it’s not your fault.',
						helpline: '1800 000 000',
					},
				],
			},
			{
				id: 'demo-m-037',
				resourceType: 'audio-spot',
				audiences: ['young-people', 'general-public'],
				risks: ['sextortion', 'reporting-help'],
				licence: 'cc-by-4.0',
				accessibility: [],
				originalLang: 'en',
				publishedDaysAgo: 470,
				versions: [
					{
						lang: 'en',
						title: 'Radio spot: It’s not your fault',
						description: 'A 40-second radio spot on sextortion, voiced by teenagers.',
						body: '[Phone buzzing, then silence]\nGIRL (16): It started with a message from someone I thought was my age. Then the threats came. Send money, or he’d post my photo.\nBOY (15): Same thing happened to my mate. He didn’t tell anyone for weeks.\nNARRATOR: Sextortion is a crime, and the person being threatened is never to blame. If it happens to you, don’t pay and don’t reply. Keep the messages, block the account and tell an adult you trust.\nGIRL: I told my mam. We reported it together. It stopped.\nNARRATOR: Check in. Speak up. You are not on your own.',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-14',
		countryCode: 'PT',
		originalLang: 'pt',
		startYear: 2024,
		reachCount: 400_000,
		evaluationMethod: 'reach-metrics',
		channels: ['social-media', 'schools'],
		audiences: ['young-people', 'children'],
		risks: ['non-consensual-sharing', 'grooming', 'reporting-help'],
		translations: [
			{
				lang: 'pt',
				title: 'Não partilhes, protege',
				summary:
					'Campanha digital dirigida a jovens sobre a partilha não consentida de imagens íntimas, complementada por um cartaz para crianças do 1.º e 2.º ciclos. O tom é positivo: cada pessoa pode travar a circulação de uma imagem.',
				objectives:
					'Reduzir a partilha de imagens íntimas sem consentimento entre adolescentes e ensinar às crianças mais novas que podem sempre dizer não e pedir ajuda.',
				reach:
					'Publicações patrocinadas nas redes sociais mais usadas por adolescentes e cartazes enviados a 1 800 escolas.',
				results:
					'As publicações alcançaram cerca de 400 mil jovens, com uma taxa de interação de 4,8 %, acima da média das campanhas públicas anteriores.',
				lessonsLearned:
					'Os jovens responderam melhor quando a mensagem mostrava o que fazer, e não apenas o que não fazer. O cartaz infantil foi pedido também por bibliotecas municipais.',
			},
		],
		materials: [
			{
				id: 'demo-m-038',
				resourceType: 'social-media-kit',
				audiences: ['young-people'],
				risks: ['non-consensual-sharing', 'reporting-help'],
				ageMin: 13,
				ageMax: 17,
				licence: 'cc-by-4.0',
				accessibility: ['alt-text', 'captions'],
				originalLang: 'pt',
				publishedDaysAgo: 260,
				versions: [
					{
						lang: 'pt',
						title: 'Não partilhes, protege – kit para redes sociais',
						description:
							'Quatro publicações para redes sociais sobre o que fazer quando se recebe uma imagem íntima de outra pessoa.',
						body: 'Recebeste uma foto íntima de alguém?\nPublicação 1: Para aqui. Não reencaminhes nem guardes.\nPublicação 2: Partilhar sem consentimento é crime e magoa de verdade.\nPublicação 3: Denuncia a imagem na aplicação e apoia quem está na foto.\nPublicação 4: Se a foto é tua, a culpa não é tua. Fala com alguém de confiança.',
						helpline: '800 000 000',
					},
				],
			},
			{
				id: 'demo-m-039',
				resourceType: 'poster',
				audiences: ['children'],
				risks: ['grooming', 'reporting-help'],
				ageMin: 6,
				ageMax: 10,
				licence: 'cc-by-4.0',
				accessibility: ['alt-text', 'easy-read'],
				originalLang: 'pt',
				publishedDaysAgo: 250,
				versions: [
					{
						lang: 'pt',
						title: 'Podes sempre dizer não',
						description: 'Cartaz para salas de aula do 1.º e 2.º ciclos.',
						body: 'Podes sempre dizer não!\nAlguém na internet te pede fotos ou segredos? Não respondas.\nBloqueia essa pessoa.\nConta a um adulto de confiança.',
						helpline: '800 000 000',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-15',
		countryCode: 'TR',
		originalLang: 'tr',
		startYear: 2022,
		reachCount: 1_200_000,
		evaluationMethod: 'survey',
		channels: ['television', 'schools', 'social-media'],
		audiences: ['young-people', 'parents-carers', 'children', 'teachers-educators'],
		risks: ['sextortion', 'grooming', 'reporting-help'],
		translations: [
			{
				lang: 'tr',
				title: 'Güvenli Bağlantı',
				summary:
					'Gençleri ve aileleri çevrim içi cinsel şantaj ve istismara karşı bilinçlendirmeyi amaçlayan ulusal kampanya. Kampanya, Türkçe ve Arapça afişler, öğretmenler için bir ders planı ve ebeveynlere yönelik kısa bir video içeriyordu.',
				objectives:
					'Gençlerin cinsel şantaj durumunda yardım istemesini kolaylaştırmak, ebeveynlerin çevrim içi kandırma (grooming) belirtilerini tanımasını sağlamak ve öğretmenlere sınıfta kullanabilecekleri hazır bir ders sunmak.',
				reach:
					'Televizyonda kamu spotu, sosyal medya paylaşımları ve 4 000 okula gönderilen afişler; Arapça afişler, geçici koruma altındaki ailelerin yoğun olarak yaşadığı illerde dağıtıldı.',
				results:
					'Yaklaşık 1,2 milyon kişiye ulaşıldı; ankete katılan gençlerin %64’ü şantaj durumunda para ödememek gerektiğini biliyordu (kampanya öncesinde %39).',
				lessonsLearned:
					'Arapça afişlerin etkisi, okul rehber öğretmenleri tarafından ailelere tanıtıldığında arttı. Ebeveyn videosu kısa tutulduğunda daha çok paylaşıldı.',
			},
		],
		materials: [
			{
				id: 'demo-m-040',
				resourceType: 'poster',
				audiences: ['young-people'],
				risks: ['sextortion', 'reporting-help'],
				ageMin: 13,
				ageMax: 17,
				licence: 'cc-by-4.0',
				accessibility: ['alt-text'],
				originalLang: 'tr',
				publishedDaysAgo: 600,
				versions: [
					{
						lang: 'tr',
						title: 'Şantaja boyun eğme',
						description: 'Okullar için cinsel şantaj karşısında ne yapılacağını anlatan afiş.',
						body: 'Şantaja boyun eğme!\nBiri fotoğrafınla seni tehdit ediyorsa para ödeme.\nMesajların ekran görüntüsünü al ve hesabı engelle.\nGüvendiğin bir yetişkine anlat: suçlu sen değilsin.',
						helpline: '0800 000 00 00',
					},
					{
						lang: 'ar',
						title: 'لا تخضع للابتزاز',
						description: 'ملصق للمدارس يشرح ما يجب فعله عند التعرّض للابتزاز الجنسي.',
						body: 'لا تخضع للابتزاز!\nإذا هدّدك أحد بصورتك، لا تدفع له المال.\nالتقط صورًا للرسائل واحظر الحساب.\nأخبر شخصًا بالغًا تثق به: أنت لست المذنب.',
						helpline: '0800 000 00 00',
					},
				],
			},
			{
				id: 'demo-m-041',
				resourceType: 'lesson-plan',
				audiences: ['children', 'teachers-educators'],
				risks: ['grooming', 'reporting-help'],
				ageMin: 10,
				ageMax: 13,
				licence: 'cc-by-nc-4.0',
				accessibility: ['screen-reader-pdf'],
				originalLang: 'tr',
				publishedDaysAgo: 580,
				versions: [
					{
						lang: 'tr',
						title: 'Ders planı: İnternetteki yeni arkadaşlar',
						description:
							'10–13 yaş öğrenciler için çevrim içi kandırmanın (grooming) belirtilerini ve yardım istemeyi öğreten 40 dakikalık ders.',
						body: 'Hedef kitle: 10–13 yaş öğrenciler. Süre: 40 dakika.\nKazanımlar: Öğrenciler çevrim içi kandırma (grooming) belirtilerini tanır, hayır demeyi ve yardım istemeyi öğrenir.\n1. Giriş (5 dk). Öğretmen sorar: “İnternette tanıştığınız biri gerçekte kim olabilir?” Yanıtlar tahtaya yazılır.\n2. Hikâye (15 dk). Öğretmen, oyunda tanıştığı “Deniz” adlı biriyle konuşan Elif’in hikâyesini okur. Deniz önce çok ilgili ve nazik davranır, hediye olarak oyun parası gönderir, sonra konuşmaların gizli kalmasını ister ve bir fotoğraf talep eder. Öğrenciler gruplar hâlinde uyarı işaretlerini bulur.\n3. Ne yapmalı? (10 dk). Sınıf birlikte bir liste hazırlar: fotoğraf göndermemek, kişiyi engellemek, ekran görüntüsü almak ve güvendiği bir yetişkine anlatmak.\n4. Kapanış (10 dk). Her öğrenci, yardım isteyebileceği üç yetişkinin adını bir karta yazar ve kartı saklar.\nÖğretmene not: Ders bittikten sonra da sizinle konuşabileceklerini öğrencilere söyleyin. Bir çocuk bir şey anlatırsa sakin kalın, onu suçlamayın ve okulun rehberlik servisine bildirin.',
					},
				],
			},
			{
				id: 'demo-m-042',
				resourceType: 'video',
				audiences: ['parents-carers'],
				risks: ['grooming'],
				licence: 'cc-by-4.0',
				accessibility: ['captions'],
				originalLang: 'tr',
				publishedDaysAgo: 565,
				versions: [
					{
						lang: 'tr',
						title: 'Ebeveynler için: Çocuğunuzla konuşun',
						description:
							'Ebeveynlere, çocuklarının çevrim içi ilişkileri hakkında suçlamadan nasıl konuşabileceklerini gösteren 60 saniyelik video senaryosu.',
						body: 'SAHNE 1 – Akşam yemeği. Anne ve 11 yaşındaki oğlu Can masada. Can gülümseyerek telefonuna bakıyor.\nANLATICI: Çocuğunuz internette kiminle konuşuyor? Çoğu zaman arkadaşlarıyla. Ama bazen, kendini çocuk gibi tanıtan bir yetişkinle.\nSAHNE 2 – Anne telefonu elinden almıyor; merakla soruyor: “Hangi oyunu oynuyorsun? Bana da gösterir misin?”\nANLATICI: Yasaklamak yerine ilgi gösterin. Hediyeler, sırlar ve fotoğraf istekleri birer uyarı işaretidir.\nSAHNE 3 – Can, oyunda birinin ona “Bu aramızda kalsın” yazdığını gösteriyor. Anne sakin: “Bunu bana söylediğin için teşekkür ederim. Birlikte engelleyelim ve bildirelim.”\nEKRAN YAZISI: Sorun. Dinleyin. Suçlamayın. Bildirin.\nANLATICI: Çocuğunuzun size her şeyi anlatabileceğini bilmesi, en güçlü korumadır.',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-16',
		countryCode: 'MD',
		originalLang: 'ro',
		startYear: 2021,
		reachCount: 350_000,
		evaluationMethod: 'survey',
		channels: ['schools', 'radio', 'print'],
		audiences: ['young-people', 'parents-carers', 'general-public'],
		risks: ['grooming', 'sextortion', 'self-generated', 'reporting-help'],
		translations: [
			{
				lang: 'ro',
				title: 'Sigur online',
				summary:
					'Campanie națională pentru adolescenți și părinți, realizată în limbile română și rusă, despre racolarea online (grooming) și șantajul sexual. Include un afiș pentru școli, un pliant pentru părinți și un spot radio.',
				objectives:
					'Ca adolescenții să recunoască semnele racolării online și să ceară ajutor, iar părinții să știe cum să reacționeze fără să-și învinovățească copiii.',
				reach:
					'Afișe în toate gimnaziile și liceele, pliante distribuite la ședințele cu părinții și un spot radio difuzat în română și rusă.',
				results:
					'Aproximativ 350 000 de persoane au fost informate; 71 % dintre elevii chestionați au spus că ar vorbi cu un adult de încredere dacă ar fi amenințați online.',
				lessonsLearned:
					'Versiunile în limba rusă au fost esențiale pentru a ajunge la familiile din nordul și sudul țării. În zonele rurale, spotul radio a fost mai eficient decât rețelele sociale.',
			},
			{
				lang: 'ru',
				title: 'Безопасно онлайн',
				summary:
					'Национальная кампания для подростков и родителей на румынском и русском языках о груминге и сексуальном шантаже. Включает плакат для школ, листовку для родителей и радиоролик.',
				objectives:
					'Научить подростков распознавать признаки груминга и обращаться за помощью, а родителей — реагировать, не обвиняя детей.',
				reach:
					'Плакаты во всех гимназиях и лицеях, листовки на родительских собраниях и радиоролик на румынском и русском языках.',
				results:
					'Информацию получили около 350 000 человек; 71 % опрошенных учеников ответили, что рассказали бы взрослому, которому доверяют, если бы им угрожали в интернете.',
				lessonsLearned:
					'Версии на русском языке оказались необходимы, чтобы охватить семьи на севере и юге страны. В сельской местности радиоролик сработал лучше, чем социальные сети.',
			},
			{
				lang: 'en',
				title: 'Safe online',
				summary:
					'A national campaign for teenagers and parents in Romanian and Russian on online grooming and sexual extortion. It includes a poster for schools, a leaflet for parents and a radio spot.',
				objectives:
					'For teenagers to recognise the signs of grooming and ask for help, and for parents to know how to react without blaming their children.',
				reach:
					'Posters in every lower and upper secondary school, leaflets handed out at parents’ meetings and a radio spot broadcast in Romanian and Russian.',
				results:
					'About 350,000 people reached; 71% of pupils surveyed said they would tell a trusted adult if they were threatened online.',
				lessonsLearned:
					'Russian versions were essential to reach families in the north and south of the country. In rural areas the radio spot worked better than social media.',
			},
		],
		materials: [
			{
				id: 'demo-m-043',
				resourceType: 'poster',
				audiences: ['young-people'],
				risks: ['grooming', 'reporting-help'],
				ageMin: 12,
				ageMax: 17,
				licence: 'cc-by-4.0',
				accessibility: ['alt-text'],
				originalLang: 'ro',
				publishedDaysAgo: 780,
				versions: [
					{
						lang: 'ro',
						title: 'Nu orice prieten online e prieten',
						description: 'Afiș pentru școli despre semnele racolării online.',
						body: 'Nu orice prieten online e prieten\nComplimente, cadouri, „să rămână între noi” – atenție!\nDacă îți cere poze, spune nu și blochează-l.\nVorbește cu un adult în care ai încredere.',
						helpline: '0 800 00 000',
					},
					{
						lang: 'ru',
						title: 'Не каждый друг в сети — друг',
						description: 'Плакат для школ о признаках груминга в интернете.',
						body: 'Не каждый друг в сети — друг\nКомплименты, подарки, «пусть это останется между нами» — осторожно!\nЕсли просят фото, скажи «нет» и заблокируй.\nРасскажи взрослому, которому доверяешь.',
						helpline: '0 800 00 000',
					},
				],
			},
			{
				id: 'demo-m-044',
				resourceType: 'leaflet',
				audiences: ['parents-carers'],
				risks: ['sextortion', 'self-generated', 'reporting-help'],
				ageMin: 18,
				licence: 'cc-by-nc-sa-4.0',
				accessibility: ['large-print'],
				originalLang: 'ro',
				publishedDaysAgo: 770,
				versions: [
					{
						lang: 'ro',
						title: 'Șantaj cu imagini: cum vă ajutați copilul',
						description:
							'Pliant pentru părinți despre ce trebuie făcut când un copil este șantajat cu imagini intime.',
						body: 'Șantaj cu imagini? Nu sunteți singuri\nNu plătiți și nu trimiteți alte imagini.\nPăstrați dovezile: capturi de ecran, numele contului, data.\nSpuneți-i copilului: „Nu e vina ta. Rezolvăm împreună.”\nSesizați poliția și platforma.',
					},
					{
						lang: 'ru',
						title: 'Шантаж снимками: как помочь ребёнку',
						description:
							'Листовка для родителей о том, что делать, если ребёнка шантажируют интимными снимками.',
						body: 'Шантаж снимками? Вы не одни\nНе платите и не отправляйте новых снимков.\nСохраните доказательства: скриншоты, имя аккаунта, дату.\nСкажите ребёнку: «Ты не виноват. Мы справимся вместе».\nОбратитесь в полицию и сообщите платформе.',
					},
				],
			},
			{
				id: 'demo-m-045',
				resourceType: 'audio-spot',
				audiences: ['general-public', 'parents-carers'],
				risks: ['grooming', 'sextortion', 'reporting-help'],
				licence: 'cc-by-4.0',
				accessibility: [],
				originalLang: 'ro',
				publishedDaysAgo: 750,
				versions: [
					{
						lang: 'ro',
						title: 'Spot radio: Spune cuiva',
						description:
							'Spot radio de 45 de secunde despre amenințările online și despre cum pot ajuta adulții.',
						body: '[Sunet de mesaje care sosesc unul după altul]\nFATĂ (15 ani): La început îmi scria frumos. Apoi a început să-mi ceară poze. Acum mă amenință.\nNARATOR: Mii de copii primesc astfel de mesaje. Mulți tac, de frică sau de rușine.\nMAMĂ: Când fiica mea mi-a spus, mi s-a tăiat respirația. Dar am ascultat-o și am mers împreună la poliție.\nNARATOR: Dacă un copil îți spune că este amenințat online, ascultă-l și nu-l învinovăți. Păstrați dovezile, blocați contul și sesizați poliția. Dacă vezi online materiale cu abuz sexual asupra copiilor, nu le distribui: raportează-le.\nFATĂ: Nu e vina mea. Și nu mai sunt singură.',
					},
					{
						lang: 'ru',
						title: 'Радиоролик: Расскажи кому-нибудь',
						description:
							'Радиоролик на 45 секунд об угрозах в интернете и о том, как взрослые могут помочь.',
						body: '[Звук сообщений, приходящих одно за другим]\nДЕВОЧКА (15 лет): Сначала он писал мне приятные вещи. Потом начал просить фото. Теперь он мне угрожает.\nДИКТОР: Тысячи детей получают такие сообщения. Многие молчат — от страха или стыда.\nМАМА: Когда дочь мне рассказала, у меня перехватило дыхание. Но я её выслушала, и мы вместе пошли в полицию.\nДИКТОР: Если ребёнок говорит, что ему угрожают в интернете, выслушайте его и не обвиняйте. Сохраните доказательства, заблокируйте аккаунт и обратитесь в полицию. Если вы видите в сети материалы сексуального насилия над детьми, не распространяйте их — сообщите о них.\nДЕВОЧКА: Я не виновата. И я больше не одна.',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-17',
		countryCode: 'GE',
		originalLang: 'ka',
		startYear: 2023,
		reachCount: 90_000,
		evaluationMethod: 'qualitative',
		channels: ['schools', 'print'],
		audiences: ['parents-carers', 'children'],
		risks: ['sextortion', 'grooming', 'reporting-help', 'self-generated'],
		translations: [
			{
				lang: 'ka',
				title: 'უსაფრთხო ინტერნეტი ოჯახისთვის',
				summary:
					'კამპანია მშობლებისა და ბავშვებისთვის, რომელიც მოლდოვურ მასალას ეფუძნება. ბროშურა მომზადდა ქართულ და რუსულ ენებზე, პლაკატი კი — დაწყებითი კლასების მოსწავლეებისთვის.',
				objectives:
					'მშობლების ინფორმირება იმის შესახებ, თუ როგორ მოიქცნენ სექსუალური შანტაჟის შემთხვევაში, და ბავშვებისთვის იმის სწავლება, რომ თქვან უარი და დახმარება სთხოვონ სანდო ზრდასრულს.',
				reach:
					'ბროშურები დარიგდა სკოლებში მშობელთა შეხვედრებზე, პლაკატები კი გაიკრა დაწყებით კლასებში.',
				results:
					'დაახლოებით 90 000 ადამიანი. ფოკუს-ჯგუფებში მშობლებმა აღნიშნეს, რომ ახლა იციან, სად მიმართონ დახმარებისთვის.',
				lessonsLearned:
					'რუსულენოვანი ვერსია რამდენიმე რეგიონში საჭირო აღმოჩნდა. მშობლებს მეტი პრაქტიკული მაგალითი სურდათ.',
			},
			{
				lang: 'en',
				title: 'A safe internet for the family',
				summary:
					'A campaign for parents and children based on a Moldovan material. The leaflet was produced in Georgian and Russian, and a poster was made for primary school pupils.',
				objectives:
					'To inform parents about what to do in case of sexual extortion, and to teach children to say no and ask a trusted adult for help.',
				reach:
					'Leaflets were handed out at parents’ meetings in schools, and posters were put up in primary classrooms.',
				results:
					'About 90,000 people reached. In focus groups, parents said they now know where to turn for help.',
				lessonsLearned:
					'A Russian-language version turned out to be necessary in several regions. Parents wanted more practical examples.',
			},
		],
		materials: [
			{
				id: 'demo-m-046',
				resourceType: 'leaflet',
				audiences: ['parents-carers'],
				risks: ['sextortion', 'self-generated', 'reporting-help'],
				ageMin: 18,
				licence: 'cc-by-nc-sa-4.0',
				accessibility: ['large-print'],
				originalLang: 'ka',
				derivedFrom: { materialId: 'demo-m-044', lang: 'ru', kind: 'adaptation' },
				publishedDaysAgo: 450,
				versions: [
					{
						lang: 'ka',
						title: 'შანტაჟი ფოტოებით: როგორ დავეხმაროთ ბავშვს',
						description:
							'ბროშურა მშობლებისთვის, მოლდოვური ბროშურის ადაპტაცია: რა უნდა გააკეთოთ, თუ ბავშვს ინტიმური ფოტოებით აშანტაჟებენ.',
						body: 'შანტაჟი ფოტოებით? მარტო არ ხართ\nნუ გადაიხდით ფულს და ნუ გაგზავნით სხვა ფოტოებს.\nშეინახეთ მტკიცებულებები: ეკრანის ანაბეჭდები, ანგარიშის სახელი, თარიღი.\nუთხარით ბავშვს: „შენ არ ხარ დამნაშავე. ერთად მოვაგვარებთ.“\nმიმართეთ პოლიციას და შეატყობინეთ პლატფორმას.',
					},
					{
						lang: 'ru',
						title: 'Шантаж снимками: как помочь ребёнку',
						description:
							'Листовка для родителей, адаптированная по молдавскому образцу для русскоязычных семей Грузии.',
						body: 'Шантаж снимками? Вы не одни\nНе платите и не отправляйте новых снимков.\nСохраните скриншоты, имя аккаунта и дату.\nСкажите ребёнку: «Ты не виноват, мы справимся вместе».\nОбратитесь в полицию и сообщите платформе.',
					},
				],
			},
			{
				id: 'demo-m-047',
				resourceType: 'poster',
				audiences: ['children'],
				risks: ['grooming', 'reporting-help'],
				ageMin: 7,
				ageMax: 11,
				licence: 'cc-by-4.0',
				accessibility: ['alt-text', 'easy-read'],
				originalLang: 'ka',
				publishedDaysAgo: 440,
				versions: [
					{
						lang: 'ka',
						title: 'შენ შეგიძლია თქვა „არა“',
						description:
							'პლაკატი დაწყებითი კლასებისთვის: როგორ მოიქცე, თუ ინტერნეტში ვინმე ფოტოს გთხოვს.',
						body: 'შენ შეგიძლია თქვა „არა“!\nთუ ვინმე ინტერნეტში ფოტოს გთხოვს, ნუ გაუგზავნი.\nდაბლოკე ის.\nუთხარი ზრდასრულს, რომელსაც ენდობი.',
						helpline: '0 800 000 000',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-18',
		countryCode: 'AM',
		originalLang: 'hy',
		startYear: 2024,
		reachCount: 45_000,
		evaluationMethod: 'none',
		costAmount: 9_000_000,
		costCurrency: 'AMD',
		durationMonths: 4,
		channels: ['schools', 'social-media'],
		audiences: ['young-people', 'parents-carers'],
		risks: ['grooming', 'self-generated', 'reporting-help'],
		translations: [
			{
				lang: 'hy',
				title: 'Անվտանգ համացանց',
				summary:
					'Դպրոցական արշավ դեռահասների և ծնողների համար՝ մոլդովական պաստառի հիման վրա։ Նյութերը պատրաստվել են հայերեն և ռուսերեն։',
				objectives:
					'Օգնել դեռահասներին ճանաչել առցանց գրումինգի նշանները և դիմել վստահելի մեծահասակին, իսկ ծնողներին՝ խոսել երեխաների հետ առանց մեղադրելու։',
				reach:
					'Պաստառները փակցվեցին դպրոցներում, իսկ թռուցիկները տարածվեցին ծնողական ժողովներում և սոցիալական ցանցերում։',
				results: 'Մոտ 45 000 մարդ։ Ազդեցության գնահատում չի իրականացվել։',
				lessonsLearned:
					'Ռուսերեն տարբերակը օգտակար էր ռուսախոս ընտանիքների համար։ Հաջորդ փուլում անհրաժեշտ է նախատեսել գնահատում։',
			},
			{
				lang: 'en',
				title: 'Safe internet',
				summary:
					'A school campaign for teenagers and parents, based on a Moldovan poster. The materials were produced in Armenian and Russian.',
				objectives:
					'To help teenagers recognise the signs of online grooming and turn to a trusted adult, and to help parents talk with their children without blaming them.',
				reach:
					'Posters were put up in schools, and leaflets were shared at parents’ meetings and on social media.',
				results: 'About 45,000 people reached. No impact evaluation was carried out.',
				lessonsLearned:
					'The Russian version was useful for Russian-speaking families. The next phase needs to plan an evaluation from the start.',
			},
		],
		materials: [
			{
				id: 'demo-m-048',
				resourceType: 'poster',
				audiences: ['young-people'],
				risks: ['grooming', 'reporting-help'],
				ageMin: 12,
				ageMax: 17,
				licence: 'cc-by-4.0',
				accessibility: ['alt-text'],
				originalLang: 'hy',
				derivedFrom: { materialId: 'demo-m-043', lang: 'ru', kind: 'adaptation' },
				publishedDaysAgo: 350,
				versions: [
					{
						lang: 'hy',
						title: 'Առցանց ամեն ընկեր ընկեր չէ',
						description:
							'Պաստառ դպրոցների համար՝ առցանց գրումինգի նշանների մասին, մոլդովական պաստառի հիման վրա։',
						body: 'Առցանց ամեն ընկեր ընկեր չէ\nՀաճոյախոսություններ, նվերներ, «թող մեր մեջ մնա» — զգույշ եղիր։\nԵթե լուսանկարներ են խնդրում, ասա «ոչ» և արգելափակիր։\nՊատմիր վստահելի մեծահասակին։',
						helpline: '0800 00 000',
					},
					{
						lang: 'ru',
						title: 'Не каждый друг в сети — друг',
						description:
							'Плакат для школ о признаках груминга, адаптированный по молдавскому образцу.',
						body: 'Не каждый друг в сети — друг\nКомплименты, подарки, «пусть это останется между нами» — будь осторожен!\nЕсли просят фото, скажи «нет» и заблокируй.\nРасскажи взрослому, которому доверяешь.',
						helpline: '0800 00 000',
					},
				],
			},
			{
				id: 'demo-m-049',
				resourceType: 'leaflet',
				audiences: ['parents-carers'],
				risks: ['self-generated', 'grooming'],
				licence: 'cc-by-4.0',
				accessibility: [],
				originalLang: 'hy',
				publishedDaysAgo: 345,
				versions: [
					{
						lang: 'hy',
						title: 'Խոսեք ձեր երեխայի հետ',
						description:
							'Թռուցիկ ծնողների համար՝ ինչպես խոսել երեխայի հետ համացանցի և լուսանկարների մասին։',
						body: 'Խոսեք ձեր երեխայի հետ\nՀետաքրքրվեք, թե ինչ խաղեր և հավելվածներ է նա օգտագործում։\nԲացատրեք, որ ոչ ոք իրավունք չունի լուսանկարներ պահանջել։\nԵթե ինչ-որ բան պատահել է, մի՛ մեղադրեք, այլ աջակցեք և դիմեք ոստիկանություն։',
					},
					{
						lang: 'ru',
						title: 'Поговорите с ребёнком',
						description:
							'Листовка для родителей о том, как говорить с ребёнком об интернете и фотографиях.',
						body: 'Поговорите с ребёнком\nИнтересуйтесь, в какие игры он играет и какими приложениями пользуется.\nОбъясните, что никто не вправе требовать у него фотографии.\nЕсли что-то случилось, не обвиняйте: поддержите и обратитесь в полицию.',
					},
				],
			},
		],
	},
	{
		id: 'demo-c-19',
		countryCode: 'UA',
		originalLang: 'uk',
		startYear: 2019,
		reachCount: 1_500_000,
		reachUnit: 'views',
		evaluationMethod: 'reach-metrics',
		channels: ['television', 'social-media', 'schools'],
		audiences: ['young-people', 'parents-carers'],
		risks: ['sextortion', 'self-generated', 'grooming', 'reporting-help', 'sexual-exploitation'],
		translations: [
			{
				lang: 'uk',
				title: 'Розкажи — і тобі допоможуть',
				summary:
					'Національна кампанія для підлітків про сексуальне вимагання та ризики надсилання інтимних фото. Відеоролик було створено українською та російською мовами, щоб охопити всіх підлітків країни; згодом кампанію доповнили посібником для батьків-переселенців.',
				objectives:
					'Пояснити підліткам, що шантаж інтимними фото — злочин, у якому винен кривдник, а не жертва, і заохотити їх звертатися по допомогу.',
				reach:
					'Відеоролик показували на телебаченні та в соціальних мережах, плакати розміщували в школах і молодіжних центрах.',
				results:
					'Ролик переглянули близько 1,5 мільйона разів; кількість звернень до консультаційної служби кампанії під час показу зросла на 40 %.',
				lessonsLearned:
					'Підлітки краще сприймали меседжі від однолітків, ніж від дорослих експертів. Родинам, які були змушені покинути свої домівки, потрібні окремі поради.',
			},
		],
		materials: [
			{
				id: 'demo-m-050',
				resourceType: 'video',
				audiences: ['young-people'],
				risks: ['sextortion', 'reporting-help'],
				ageMin: 13,
				ageMax: 17,
				licence: 'cc-by-4.0',
				accessibility: ['captions'],
				originalLang: 'uk',
				publishedDaysAgo: 895,
				versions: [
					{
						lang: 'uk',
						title: 'Один скриншот',
						description:
							'Сценарій 90-секундного відео: хлопця шантажують інтимним фото, і він наважується розповісти братові.',
						body: 'СЦЕНА 1 – Вечір. Максим, 15 років, переписується з «Дариною», з якою познайомився в соцмережі.\nГОЛОС ЗА КАДРОМ: Вона була весела, уважна і завжди на зв’язку. Через тиждень попросила фото.\nСЦЕНА 2 – Максим надсилає фото. Майже одразу приходить повідомлення: «Переведи 3 000 гривень, або фото побачать усі твої друзі».\nГОЛОС ЗА КАДРОМ: Це сексуальне вимагання. За акаунтом «Дарини» ховалася зовсім інша людина.\nСЦЕНА 3 – Максим вагається, потім показує телефон старшому братові. Брат: «Ти не винен. Не плати. Робимо скриншоти, блокуємо і звертаємося до поліції».\nТЕКСТ НА ЕКРАНІ: Не плати. Не відповідай. Збережи докази. Розкажи тому, кому довіряєш.\nГОЛОС ЗА КАДРОМ: Шантаж — це злочин. Винен завжди той, хто погрожує.',
					},
					{
						lang: 'ru',
						title: 'Один скриншот',
						description:
							'Сценарий 90-секундного видео: парня шантажируют интимным фото, и он решается рассказать брату.',
						body: 'СЦЕНА 1 – Вечер. Максим, 15 лет, переписывается с «Дариной», с которой познакомился в соцсети.\nГОЛОС ЗА КАДРОМ: Она была весёлой, внимательной и всегда на связи. Через неделю она попросила фото.\nСЦЕНА 2 – Максим отправляет фото. Почти сразу приходит сообщение: «Переведи 3 000 гривен, или фото увидят все твои друзья».\nГОЛОС ЗА КАДРОМ: Это сексуальное вымогательство. За аккаунтом «Дарины» скрывался совсем другой человек.\nСЦЕНА 3 – Максим колеблется, потом показывает телефон старшему брату. Брат: «Ты не виноват. Не плати. Делаем скриншоты, блокируем и идём в полицию».\nТЕКСТ НА ЭКРАНЕ: Не плати. Не отвечай. Сохрани доказательства. Расскажи тому, кому доверяешь.\nГОЛОС ЗА КАДРОМ: Шантаж — это преступление. Виноват всегда тот, кто угрожает.',
					},
				],
			},
			{
				id: 'demo-m-051',
				resourceType: 'poster',
				audiences: ['young-people'],
				risks: ['self-generated', 'sextortion'],
				ageMin: 13,
				ageMax: 17,
				licence: 'cc-by-4.0',
				accessibility: ['alt-text'],
				originalLang: 'uk',
				publishedDaysAgo: 885,
				versions: [
					{
						lang: 'uk',
						title: 'Твоє фото — твої правила',
						description:
							'Плакат для шкіл і молодіжних центрів про тиск і шантаж через інтимні фото.',
						body: 'Твоє фото — твої правила\nНіхто не має права змушувати тебе надсилати інтимні фото.\nТиснуть або погрожують? Заблокуй і збережи докази.\nРозкажи дорослому, якому довіряєш.',
						helpline: '0 800 000 000',
					},
				],
			},
			{
				id: 'demo-m-052',
				resourceType: 'guide',
				audiences: ['parents-carers'],
				risks: ['grooming', 'sexual-exploitation', 'reporting-help'],
				licence: 'cc-by-nc-4.0',
				accessibility: ['screen-reader-pdf', 'easy-read'],
				originalLang: 'uk',
				publishedDaysAgo: 290,
				versions: [
					{
						lang: 'uk',
						title: 'Посібник для батьків: безпека дітей онлайн під час переміщення',
						description:
							'Поради для батьків, які були змушені переїхати в іншу місцевість чи країну: як захистити дітей від грумінгу та експлуатації в інтернеті.',
						body: 'Коли родина змушена переїхати, телефон часто стає для дитини головним зв’язком із друзями. Водночас на новому місці діти почуваються самотніми, і цим можуть скористатися кривдники в інтернеті.\nНа що звернути увагу\nНові онлайн-знайомі, які обіцяють допомогу, подарунки, роботу чи житло; прохання тримати спілкування в таємниці; прохання надіслати фото чи перейти в інший месенджер.\nЯк говорити з дитиною\nЗапитуйте, з ким вона спілкується, без докорів. Скажіть прямо: «Якщо хтось просить у тебе фото або погрожує, ти можеш розповісти мені, і я не сваритиму».\nЯкщо щось сталося\nНе видаляйте листування: зробіть знімки екрана, запишіть ім’я акаунта й дату. Не пересилайте і не зберігайте інтимні зображення дитини — це матеріали сексуального насильства над дітьми, навіть якщо дитина зробила їх сама. Заблокуйте кривдника, повідомте платформу і зверніться до поліції країни, де ви зараз перебуваєте.\nПодбайте про себе\nСтрес переїзду впливає і на дорослих. Шукайте підтримки в місцевих службах допомоги біженцям.',
					},
				],
			},
		],
	},
]
