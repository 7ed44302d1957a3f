/**
 * The reporting structure of the founding texts: the four shared policy
 * targets, their operational goals and the potential actions listed for
 * each, from the Annex to the Declaration on Launching the Global Alliance
 * (Brussels, 5 December 2012; ../shared/seeds/2012-guiding-principles-annex.txt).
 * English is the text of the annex; French and Arabic are working
 * translations for the interface (the annex lists the actions as examples:
 * "a catalogue of possible specific actions"). Where the annex says "child
 * pornography", these texts say "child sexual abuse material", as the
 * Luxembourg Terminology Guidelines advise; the meaning is the same.
 *
 * Keys are stable across rounds: a round copies the structure of the round
 * before it, and measures announced under a goal are carried forward to the
 * goal with the same key.
 */
export type Texts = { en: string; fr: string; ar: string }

export interface StructureGoal {
	key: string
	texts: Texts
	actions: Texts[]
}

export interface StructureTarget {
	key: string
	texts: Texts
	goals: StructureGoal[]
}

export const FOUNDING_STRUCTURE: StructureTarget[] = [
	{
		key: 't1',
		texts: {
			en: 'Enhancing efforts to identify victims and ensuring that they receive the necessary assistance, support and protection',
			fr: 'Renforcer les efforts d’identification des victimes et veiller à ce qu’elles reçoivent l’assistance, le soutien et la protection nécessaires',
			ar: 'تعزيز الجهود الرامية إلى التعرّف على الضحايا وضمان حصولهم على ما يلزم من مساعدة ودعم وحماية',
		},
		goals: [
			{
				key: 't1-g1',
				texts: {
					en: 'Increase the number of identified victims in the International Child Sexual Exploitation images database (ICSE database) managed by INTERPOL by at least 10% yearly',
					fr: 'Augmenter d’au moins 10 % par an le nombre de victimes identifiées dans la base de données internationale sur l’exploitation sexuelle des enfants (ICSE) gérée par INTERPOL',
					ar: 'زيادة عدد الضحايا الذين يُتعرّف عليهم في قاعدة البيانات الدولية لصور الاستغلال الجنسي للأطفال (ICSE) التي يديرها الإنتربول بنسبة 10% سنويًا على الأقل',
				},
				actions: [
					{
						en: 'Develop, improve, or support protocols and standard procedures to identify victims, and dedicate resources to the identification of victims.',
						fr: 'Élaborer, améliorer ou soutenir des protocoles et procédures types d’identification des victimes, et consacrer des moyens à cette identification.',
						ar: 'وضع بروتوكولات وإجراءات موحّدة للتعرّف على الضحايا أو تحسينها أو دعمها، وتخصيص الموارد اللازمة لذلك.',
					},
					{
						en: 'Ensure cooperation and coordination between law enforcement authorities of different States on victim identification.',
						fr: 'Assurer la coopération et la coordination entre les services répressifs des différents États en matière d’identification des victimes.',
						ar: 'ضمان التعاون والتنسيق بين سلطات إنفاذ القانون في مختلف الدول في مجال التعرّف على الضحايا.',
					},
					{
						en: 'Participate in INTERPOL’s victim identification efforts, including by contributing with images to the ICSE database.',
						fr: 'Participer aux efforts d’identification des victimes d’INTERPOL, notamment en versant des images à la base ICSE.',
						ar: 'المشاركة في جهود الإنتربول للتعرّف على الضحايا، بما في ذلك المساهمة بالصور في قاعدة بيانات ICSE.',
					},
					{
						en: 'Develop, improve, or support policy and procedures regarding the provision of services to identified victims.',
						fr: 'Élaborer, améliorer ou soutenir les politiques et procédures de prise en charge des victimes identifiées.',
						ar: 'وضع سياسات وإجراءات لتقديم الخدمات للضحايا الذين تم التعرّف عليهم أو تحسينها أو دعمها.',
					},
					{
						en: 'Ensure that law enforcement authorities have access to the ICSE database.',
						fr: 'Veiller à ce que les services répressifs aient accès à la base ICSE.',
						ar: 'ضمان وصول سلطات إنفاذ القانون إلى قاعدة بيانات ICSE.',
					},
				],
			},
		],
	},
	{
		key: 't2',
		texts: {
			en: 'Enhancing efforts to investigate cases of child sexual abuse online and to identify and prosecute offenders',
			fr: 'Renforcer les efforts d’enquête sur les abus sexuels commis en ligne sur des enfants, ainsi que d’identification et de poursuite des auteurs',
			ar: 'تعزيز الجهود الرامية إلى التحقيق في قضايا الاعتداء الجنسي على الأطفال عبر الإنترنت وتحديد هوية الجناة وملاحقتهم قضائيًا',
		},
		goals: [
			{
				key: 't2-g1',
				texts: {
					en: 'Establish the necessary framework for the criminalization of child sexual abuse online and the effective prosecution of offenders, with the objective of enhancing efforts to investigate and prosecute offenders',
					fr: 'Établir le cadre nécessaire à l’incrimination des abus sexuels commis en ligne sur des enfants et à la poursuite effective des auteurs, afin de renforcer les enquêtes et les poursuites',
					ar: 'إرساء الإطار اللازم لتجريم الاعتداء الجنسي على الأطفال عبر الإنترنت وملاحقة الجناة ملاحقة فعّالة، بهدف تعزيز جهود التحقيق والملاحقة',
				},
				actions: [
					{
						en: 'Identify shortcomings in legislation and adopt the necessary legislative amendments, including criminalization of all forms of online child sexual abuse offences in line with international standards, for instance the possession of child sexual abuse material and the disqualification of offenders from working with children.',
						fr: 'Repérer les lacunes de la législation et adopter les modifications nécessaires, notamment l’incrimination de toutes les formes d’infractions d’abus sexuels sur enfants en ligne conformément aux normes internationales, par exemple la détention de matériel d’abus sexuels sur enfants et l’interdiction pour les auteurs de travailler avec des enfants.',
						ar: 'تحديد أوجه القصور في التشريعات واعتماد التعديلات التشريعية اللازمة، بما في ذلك تجريم جميع أشكال جرائم الاعتداء الجنسي على الأطفال عبر الإنترنت وفقًا للمعايير الدولية، ومنها حيازة مواد الاعتداء الجنسي على الأطفال ومنع الجناة من العمل مع الأطفال.',
					},
					{
						en: 'Set up, where appropriate, specialised police units, prosecutors and judges.',
						fr: 'Mettre en place, le cas échéant, des unités de police, des procureurs et des juges spécialisés.',
						ar: 'إنشاء وحدات شرطة ونيابات ومحاكم متخصصة، حيثما كان ذلك مناسبًا.',
					},
					{
						en: 'Support law enforcement by establishing or enhancing means of cooperation among domestic and international law enforcement agencies, and by ensuring adequate training and funding.',
						fr: 'Soutenir les services répressifs en créant ou en renforçant les moyens de coopération entre services nationaux et internationaux, et en assurant une formation et un financement suffisants.',
						ar: 'دعم سلطات إنفاذ القانون عبر إنشاء وسائل التعاون بين الأجهزة الوطنية والدولية أو تعزيزها، وضمان التدريب والتمويل الكافيين.',
					},
					{
						en: 'Ensure that effective investigatory tools are made available to those responsible for the investigation and prosecution of cases of child sexual abuse online, including, where appropriate, covert operations under circumstances and procedural guarantees defined by national legislation.',
						fr: 'Mettre des outils d’enquête efficaces à la disposition des responsables des enquêtes et des poursuites, y compris, le cas échéant, des opérations d’infiltration dans les conditions et avec les garanties prévues par la loi nationale.',
						ar: 'توفير أدوات تحقيق فعّالة للمسؤولين عن التحقيق في قضايا الاعتداء الجنسي على الأطفال عبر الإنترنت وملاحقتها، بما في ذلك العمليات السرّية عند الاقتضاء وفق الشروط والضمانات الإجرائية التي يحددها القانون الوطني.',
					},
					{
						en: 'Facilitate and support close cooperation between investigators and prosecutors in cases of child sexual abuse online, both domestically and internationally.',
						fr: 'Faciliter et soutenir une coopération étroite entre enquêteurs et procureurs, au niveau national comme international.',
						ar: 'تيسير التعاون الوثيق بين المحققين والمدعين العامين ودعمه، على الصعيدين الوطني والدولي.',
					},
					{
						en: 'Improve cooperation between law enforcement authorities and private sector actors, whose infrastructure and services may be used for the trade in child sexual abuse material, to facilitate effective investigations into these crimes, including all financial aspects.',
						fr: 'Améliorer la coopération entre les services répressifs et les acteurs privés dont les infrastructures et services peuvent servir au commerce de matériel d’abus sexuels sur enfants, y compris pour les aspects financiers.',
						ar: 'تحسين التعاون بين سلطات إنفاذ القانون وجهات القطاع الخاص التي قد تُستخدم بنيتها وخدماتها في الاتجار بمواد الاعتداء الجنسي على الأطفال، بما في ذلك الجوانب المالية.',
					},
				],
			},
			{
				key: 't2-g2',
				texts: {
					en: 'Improve the joint efforts of law enforcement authorities across Global Alliance countries to investigate and prosecute child sexual abuse online',
					fr: 'Améliorer les efforts conjoints des services répressifs des pays de l’Alliance mondiale pour enquêter sur les abus sexuels commis en ligne sur des enfants et en poursuivre les auteurs',
					ar: 'تحسين الجهود المشتركة لسلطات إنفاذ القانون في بلدان التحالف العالمي للتحقيق في الاعتداء الجنسي على الأطفال عبر الإنترنت وملاحقة مرتكبيه',
				},
				actions: [
					{
						en: 'Identify issues in international investigations that hinder the effective and quick sharing of key investigative information among law enforcement authorities in Global Alliance countries, and propose solutions.',
						fr: 'Repérer ce qui, dans les enquêtes internationales, freine le partage rapide et efficace des informations essentielles entre services répressifs des pays de l’Alliance, et proposer des solutions.',
						ar: 'تحديد العقبات في التحقيقات الدولية التي تعيق التبادل السريع والفعّال للمعلومات الأساسية بين سلطات إنفاذ القانون في بلدان التحالف، واقتراح حلول لها.',
					},
					{
						en: 'Identify legal or practical issues, such as the requirements of domestic law or of formal mutual legal assistance, which hinder the sharing of key investigative information, and propose solutions.',
						fr: 'Repérer les obstacles juridiques ou pratiques, comme les exigences du droit national ou de l’entraide judiciaire formelle, qui freinent ce partage, et proposer des solutions.',
						ar: 'تحديد العقبات القانونية أو العملية، مثل متطلبات القانون الوطني أو المساعدة القانونية المتبادلة الرسمية، التي تعيق تبادل المعلومات، واقتراح حلول لها.',
					},
					{
						en: 'Identify technological issues that make it difficult to investigate child sexual abuse online, and propose solutions.',
						fr: 'Repérer les obstacles technologiques aux enquêtes et proposer des solutions.',
						ar: 'تحديد العقبات التقنية التي تصعّب التحقيق في الاعتداء الجنسي على الأطفال عبر الإنترنت، واقتراح حلول لها.',
					},
					{
						en: 'Promote, facilitate and support international investigations among Global Alliance countries that dismantle networks of child sex offenders online, including, where appropriate, Joint Investigation Teams.',
						fr: 'Promouvoir, faciliter et soutenir les enquêtes internationales entre pays de l’Alliance visant à démanteler les réseaux d’auteurs en ligne, y compris, le cas échéant, par des équipes communes d’enquête.',
						ar: 'تشجيع التحقيقات الدولية بين بلدان التحالف لتفكيك شبكات الجناة عبر الإنترنت وتيسيرها ودعمها، بما في ذلك فرق التحقيق المشتركة عند الاقتضاء.',
					},
					{
						en: 'Increase training, within and jointly among Global Alliance countries, of investigators and prosecutors handling child sexual abuse online cases.',
						fr: 'Renforcer la formation des enquêteurs et des procureurs, dans chaque pays et conjointement entre pays de l’Alliance.',
						ar: 'زيادة تدريب المحققين والمدعين العامين داخل بلدان التحالف وبشكل مشترك فيما بينها.',
					},
					{
						en: 'Participate in and support existing international law enforcement efforts such as the Virtual Global Task Force.',
						fr: 'Participer aux efforts internationaux existants des services répressifs, comme la Virtual Global Task Force, et les soutenir.',
						ar: 'المشاركة في الجهود الدولية القائمة لإنفاذ القانون، مثل فرقة العمل العالمية الافتراضية، ودعمها.',
					},
				],
			},
		],
	},
	{
		key: 't3',
		texts: {
			en: 'Enhancing efforts to increase public awareness of the risks posed by children’s activities online, including grooming and self-production of images that results in the production of new child sexual abuse material that may be distributed online',
			fr: 'Renforcer la sensibilisation du public aux risques liés aux activités des enfants en ligne, notamment la sollicitation (grooming) et l’autoproduction d’images qui aboutit à de nouveaux contenus d’abus sexuels sur enfants pouvant circuler en ligne',
			ar: 'تعزيز الجهود الرامية إلى زيادة الوعي العام بالمخاطر التي تنطوي عليها أنشطة الأطفال على الإنترنت، بما في ذلك الاستدراج والإنتاج الذاتي للصور الذي يؤدي إلى إنتاج مواد جديدة للاعتداء الجنسي على الأطفال قد تُنشر عبر الإنترنت',
		},
		goals: [
			{
				key: 't3-g1',
				texts: {
					en: 'Develop, improve, or support appropriate public awareness campaigns or other measures which educate parents, children, and others responsible for children regarding the risks that children’s online conduct poses and the steps they can take to minimize those risks',
					fr: 'Élaborer, améliorer ou soutenir des campagnes de sensibilisation ou d’autres mesures qui informent les parents, les enfants et les autres personnes responsables d’enfants des risques liés au comportement des enfants en ligne et des moyens de les réduire',
					ar: 'وضع حملات توعية عامة مناسبة أو تدابير أخرى أو تحسينها أو دعمها، لتثقيف الآباء والأطفال وغيرهم من المسؤولين عن الأطفال بشأن المخاطر التي يطرحها سلوك الأطفال على الإنترنت والخطوات التي يمكنهم اتخاذها للحدّ منها',
				},
				actions: [
					{
						en: 'Develop, improve, or support age-appropriate public awareness campaigns or other measures to educate children on how to be safe online.',
						fr: 'Élaborer, améliorer ou soutenir des campagnes adaptées à l’âge, ou d’autres mesures, pour apprendre aux enfants à se protéger en ligne.',
						ar: 'وضع حملات توعية مناسبة للعمر أو تدابير أخرى أو تحسينها أو دعمها، لتعليم الأطفال كيف يبقون آمنين على الإنترنت.',
					},
					{
						en: 'Develop, improve, or support public awareness campaigns or other measures to educate parents, teachers, and others responsible for children regarding the problems of grooming and of online, self-exploitative conduct and methods to prevent such conduct.',
						fr: 'Élaborer, améliorer ou soutenir des campagnes ou d’autres mesures pour informer les parents, les enseignants et les autres personnes responsables d’enfants sur la sollicitation et l’autoexploitation en ligne, et sur les moyens de les prévenir.',
						ar: 'وضع حملات توعية أو تدابير أخرى أو تحسينها أو دعمها، لتثقيف الآباء والمعلمين وغيرهم من المسؤولين عن الأطفال بمشكلات الاستدراج والاستغلال الذاتي عبر الإنترنت وسبل الوقاية منها.',
					},
				],
			},
			{
				key: 't3-g2',
				texts: {
					en: 'Share best practices among Global Alliance countries for effective strategies to inform the public about the risks posed by online, self-exploitative conduct in order to reduce the production of new child sexual abuse material',
					fr: 'Partager entre pays de l’Alliance mondiale les bonnes pratiques et les stratégies efficaces pour informer le public des risques de l’autoexploitation en ligne, afin de réduire la production de nouveaux contenus d’abus sexuels sur enfants',
					ar: 'تبادل أفضل الممارسات بين بلدان التحالف العالمي بشأن الاستراتيجيات الفعّالة لإعلام الجمهور بمخاطر الاستغلال الذاتي عبر الإنترنت، من أجل الحدّ من إنتاج مواد جديدة للاعتداء الجنسي على الأطفال',
				},
				actions: [
					{
						en: 'Develop public awareness material in commonly-used languages that can be tailored for use in Global Alliance countries, thereby reducing costs.',
						fr: 'Élaborer des supports de sensibilisation dans des langues courantes, adaptables aux pays de l’Alliance, afin d’en réduire le coût.',
						ar: 'إعداد مواد توعية عامة باللغات الشائعة الاستخدام يمكن تكييفها لاستخدامها في بلدان التحالف، بما يخفّض التكاليف.',
					},
				],
			},
		],
	},
	{
		key: 't4',
		texts: {
			en: 'Reducing as much as possible the availability of child sexual abuse material online and reducing as much as possible the re-victimization of children whose sexual abuse is depicted',
			fr: 'Réduire autant que possible la disponibilité en ligne de contenus d’abus sexuels sur enfants et la revictimisation des enfants dont les abus sont représentés',
			ar: 'الحدّ قدر الإمكان من توافر مواد الاعتداء الجنسي على الأطفال عبر الإنترنت ومن إعادة إيذاء الأطفال الذين تُصوَّر الاعتداءات عليهم',
		},
		goals: [
			{
				key: 't4-g1',
				texts: {
					en: 'Encourage participation by the private sector in identifying and removing known child sexual abuse material located in the relevant State, including increasing as much as possible the volume of system data examined for such images',
					fr: 'Encourager le secteur privé à participer au repérage et au retrait des contenus d’abus sexuels sur enfants connus hébergés dans l’État concerné, notamment en augmentant autant que possible le volume de données examinées',
					ar: 'تشجيع مشاركة القطاع الخاص في تحديد مواد الاعتداء الجنسي على الأطفال المعروفة والموجودة في الدولة المعنية وإزالتها، بما في ذلك زيادة حجم بيانات الأنظمة التي تُفحص قدر الإمكان',
				},
				actions: [
					{
						en: 'Facilitate the setting up of public-private partnerships focused on identifying and eliminating child sexual abuse material.',
						fr: 'Faciliter la création de partenariats public-privé consacrés au repérage et à l’élimination de ces contenus.',
						ar: 'تيسير إنشاء شراكات بين القطاعين العام والخاص تركّز على تحديد مواد الاعتداء الجنسي على الأطفال وإزالتها.',
					},
					{
						en: 'Evaluate whether, according to domestic law, there are any impediments to the participation of the private sector in identifying and eliminating known images, and adopt the necessary legislative amendments.',
						fr: 'Examiner si le droit national empêche le secteur privé d’y participer et adopter les modifications législatives nécessaires.',
						ar: 'تقييم ما إذا كان القانون الوطني يتضمن عوائق أمام مشاركة القطاع الخاص، واعتماد التعديلات التشريعية اللازمة.',
					},
					{
						en: 'Set out guidelines for cooperation between the private sector and law enforcement authorities on such strategies.',
						fr: 'Établir des lignes directrices pour la coopération entre le secteur privé et les services répressifs.',
						ar: 'وضع مبادئ توجيهية للتعاون بين القطاع الخاص وسلطات إنفاذ القانون بشأن هذه الاستراتيجيات.',
					},
					{
						en: 'Facilitate the development and use of technologies to identify and remove known images uploaded into, downloaded from or hosted in servers under each country’s jurisdiction.',
						fr: 'Faciliter le développement et l’usage de technologies pour repérer et retirer les images connues transitant par des serveurs relevant de chaque pays ou hébergées sur ceux-ci.',
						ar: 'تيسير تطوير واستخدام التقنيات اللازمة لتحديد الصور المعروفة وإزالتها من الخوادم الخاضعة لولاية كل بلد.',
					},
					{
						en: 'Improve international cooperation on elimination strategies, with a view to consistent approaches and information exchange between countries.',
						fr: 'Améliorer la coopération internationale sur les stratégies d’élimination, en vue d’approches cohérentes et d’échanges d’informations.',
						ar: 'تحسين التعاون الدولي في استراتيجيات الإزالة، بهدف اتباع نُهج متّسقة وتبادل المعلومات بين البلدان.',
					},
				],
			},
			{
				key: 't4-g2',
				texts: {
					en: 'Increase the speed of notice and takedown procedures as much as possible without jeopardizing criminal investigation',
					fr: 'Accélérer autant que possible les procédures de notification et de retrait sans compromettre les enquêtes pénales',
					ar: 'تسريع إجراءات الإخطار والإزالة قدر الإمكان دون الإضرار بالتحقيقات الجنائية',
				},
				actions: [
					{
						en: 'Facilitate the setting up of public-private partnerships in this field.',
						fr: 'Faciliter la création de partenariats public-privé dans ce domaine.',
						ar: 'تيسير إنشاء شراكات بين القطاعين العام والخاص في هذا المجال.',
					},
					{
						en: 'Set up standardized interfaces between hotlines and internet and e-mail service providers.',
						fr: 'Mettre en place des interfaces normalisées entre les lignes de signalement et les fournisseurs de services.',
						ar: 'إنشاء واجهات موحّدة بين خطوط الإبلاغ ومقدّمي خدمات الإنترنت والبريد الإلكتروني.',
					},
					{
						en: 'Provide model memoranda of understanding between law enforcement authorities and hotlines, and with service providers, avoiding gaps and bottlenecks and ensuring effective investigations and the preservation of evidence.',
						fr: 'Proposer des protocoles d’accord types entre services répressifs, lignes de signalement et fournisseurs, pour éviter lacunes et goulets d’étranglement et assurer l’efficacité des enquêtes et la conservation des preuves.',
						ar: 'توفير نماذج لمذكرات تفاهم بين سلطات إنفاذ القانون وخطوط الإبلاغ ومقدّمي الخدمات، تتفادى الثغرات والاختناقات وتضمن فعالية التحقيقات وحفظ الأدلة.',
					},
					{
						en: 'Ensure and support the trust of law enforcement authorities in hotlines (for example requirements on personnel, procedures or vetting of staff).',
						fr: 'Assurer et soutenir la confiance des services répressifs envers les lignes de signalement (exigences sur le personnel, les procédures ou les vérifications).',
						ar: 'ضمان ثقة سلطات إنفاذ القانون في خطوط الإبلاغ ودعمها (مثل متطلبات الموظفين أو الإجراءات أو التدقيق في العاملين).',
					},
					{
						en: 'Ensure that the necessary conditions are in place for hotlines and service providers to play an effective role in notice and takedown procedures, including by removing legal or administrative obstacles for hotline staff to analyse images and take appropriate action.',
						fr: 'Réunir les conditions pour que lignes de signalement et fournisseurs jouent un rôle efficace, notamment en levant les obstacles juridiques ou administratifs à l’analyse des images par le personnel des lignes de signalement.',
						ar: 'توفير الشروط اللازمة لكي تؤدي خطوط الإبلاغ ومقدّمو الخدمات دورًا فعّالًا، بما في ذلك إزالة العقبات القانونية أو الإدارية أمام تحليل العاملين في خطوط الإبلاغ للصور.',
					},
					{
						en: 'Develop, improve or support easier reporting mechanisms.',
						fr: 'Élaborer, améliorer ou soutenir des mécanismes de signalement plus simples.',
						ar: 'وضع آليات إبلاغ أيسر أو تحسينها أو دعمها.',
					},
					{
						en: 'Ensure follow-up by law enforcement authorities to reports on child sexual abuse online.',
						fr: 'Veiller à ce que les services répressifs donnent suite aux signalements.',
						ar: 'ضمان متابعة سلطات إنفاذ القانون للبلاغات المتعلقة بالاعتداء الجنسي على الأطفال عبر الإنترنت.',
					},
				],
			},
		],
	},
]
