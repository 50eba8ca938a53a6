BEGIN TRANSACTION;
CREATE TABLE doc_states (
	doc_id TEXT NOT NULL, 
	annotator VARCHAR NOT NULL, 
	status VARCHAR NOT NULL, 
	seconds FLOAT NOT NULL, 
	last_opened VARCHAR NOT NULL, 
	updated VARCHAR NOT NULL, 
	PRIMARY KEY (doc_id, annotator), 
	FOREIGN KEY(doc_id) REFERENCES documents (id) ON DELETE CASCADE
);
INSERT INTO "doc_states" VALUES('anercorp-test-p001','ali','done',0.0,'','2026-12-01T14:43:09.414557Z');
CREATE TABLE documents (
	seq INTEGER NOT NULL, 
	id VARCHAR NOT NULL, 
	sha256 VARCHAR NOT NULL, 
	title VARCHAR NOT NULL, 
	text VARCHAR NOT NULL, 
	length INTEGER NOT NULL, 
	source VARCHAR NOT NULL, 
	meta VARCHAR NOT NULL, 
	added_at VARCHAR NOT NULL, 
	PRIMARY KEY (seq), 
	CONSTRAINT length_matches_text CHECK (length = length(text)), 
	UNIQUE (id), 
	UNIQUE (sha256)
);
INSERT INTO "documents" VALUES(1,'anercorp-test-p001','728eb0b0cda6e81e099d5406cb42777e963720cf68e3972ee48aada4f17f1bc9','','الصالحية المفرق - غيث الطراونة - أمر جلالة الملك عبدالله الثاني أمس بتنفيذ حزمة من المشاريع التعليمية والصحية والتنموية وأخرى مرتبطة بالأندية الشبابية و 27 وحدة سكنية في قضاء الصالحية ونايفة في البادية الشرقية خلال ستة اشهر بتمويل من الديوان الملكي الهاشمي .
وأكد جلالته خلال اللقاء الذي جمعه وأعضاء اللجنة المحورية المعنية في تحديد مطالب القضاء انه يقدر الظروف والتحديات التي يواجهها أبناء الصالحية ونايفة خصوصا فيما يتعلق بمشكلتي الفقر والبطالة .
وقال جلالته أريد ان استمع منكم عن المشاريع التي تقترحونها وأنا جاهز لتقديم كامل الدعم لكم .
وشدد جلالته على انه سوف يعود الى البادية الشمالية الشرقية خلال الأشهر القليلة القادمة لافتتاح مشاريع تم إنجازها بأمر من جلالته .
وكان جلالة الملك اطلق في ايار الماضي مبادرة شبكة الأمان الاجتماعي من الأغوار الجنوبية والتي ستشمل جميع جيوب الفقر التي حددتها دراسة اعدتها الحكومة عام 2003 .
ويعتبر قضاء الصالحية احد الوحدات الادارية التابعة للواء البادية الشمالية الشرقية ويبعد عن مدينة المفرق 35 كم باتجاه الشرق ويسكنه نحو 16 الف نسمة يتوزعون على 16 تجمعا سكانيا .
تعد موجة الهجمات الانتحارية التي هزت أفغانستان هذا الشهر ( منها ثلاث هجمات يوم الاثنين ، وهو ما رفع مجموع هذه الهجمات منذ 2005 إلى 69 ) تذكيراً محزناً بأن وزير الدفاع دونالد رامسفيلد ، الذي يتعرض حالياً لانتقادات لاذعة لدوره في العراق ، لم يكن مهندس حرب فاشلة واحدة ، بل حربين فاشلتين ، وصاحب رؤية خطيرة حول كيفية استعمال القوة الأميركية .
لقد كان أغسطس من عام 2002 لحظة إعلان " إنجاز المهمة " بالنسبة لأفغانستان؛ حيث وصف رامسفيلد الجهد العسكري ب ـ " الإنجاز الكبير " و " النموذج الناجح لما يمكن أن يحدث للعراق " .',1517,'','{}','2026-12-01T14:43:09.409720Z');
INSERT INTO "documents" VALUES(2,'anercorp-test-p002','819e4255544459143d94ccf1b30599eba020e56033aab1d8156826a54c29031b','','فأميركا من وجهة نظره هزمت " طالبان " ، وفككت " القاعدة " ، ووضعت أفغانستان على طريق الاستقرار والديمقراطية –وقد فعلت ذلك على طريقة رامسفيلد ، أي بتكلفة قليلة وحد أدنى من الخسائر البشرية .
غير أن المهمة لم تنجز أبداً في واقع الأمر؛ فبعد خمس سنوات على أحداث الحادي عشر من سبتمبر ، أخذت جهود الولايات المتحدة في أفغانستان ، مثلما في العراق ، تتبخر .
إذ ما تزال حكومة البلاد ضعيفة وفاسدة ، كما أنها تواجه عراقيل عدة مثل مؤشرات التنمية التي تبعث على القلق ، وازدهار زراعة الأفيون ، وانبعاث حركة التمرد من جديد .
وعليه ، لنا أن نتساءل : كيف ساءت الأمور إلى هذا الحد وبهذه السرعة ؟ مما لاشك فيه أن رامسفيلد وفريقه ارتكبا أخطاء تكتيكية ، إلا أن جذور هذه الأخطاء توجد في مشكلة أكبر تتمثل في مفهوم ساذج وخطير ، هو مفهوم القوة الأميركية ، الذي يلقى رواجاً متزايداً بواشنطن .
من الناحية العسكرية ، تشدد عقيدة رامسفيلد على الاعتماد على التكنولوجيا العالية والقوة الجوية ، وتقلل من أهمية قوات برية كبيرة .
أما عواقبها فتتمثل في أن أميركا تعمل على نحو أفضل عندما لا تعترض طريقها المؤسساتُ الدولية ، وأن القوة يمكنها أن تحقق الأهداف السياسية مع قليل فقط من التداعيات طويلة المدى .
وقد كانت أفغانستان المختبر الذي جُرب فيه هذا المفهوم الجديد للحرب والقوة الوطنية .
لقد سعى " البنتاغون " تحت رئاسة رامسفيلد إلى إثبات أنه يمكن للمجموعات الصغيرة من القوات البرية ، إذا ما تم دعمها بقوة جوية جبارة ، الانتصار في الحروب –وهو ما يُعد نظرياً مقاربة جيدة لأنها تحد من الإصابات الأميركية والنفقات .
والواقع أن حالات فشل هذه العقيدة في العراق موثقة جيداً ، غير أن قصورها في أفغانستان لم يستأثر باهتمام كبير لأن تدهور الأمور جرى ببطء وفي غياب اهتمام كبير من قبل وسائل الإعلام .',1549,'','{}','2026-12-01T14:43:09.409720Z');
INSERT INTO "documents" VALUES(3,'anercorp-test-p003','a67c301a3a570366574119fe01f195f61554807ef964e0703b5b8bdab8f6da10','','لقد تم التغلب على " طالبان " من قبل فرق صغيرة من القوات الخاصة ، التي نفذت ضربات جوية مدمرة وأرشدت حلفاءها الأفغان على الأرض ، غير أن النصر لم يتحقق أبداً .
ذلك أن وكلاء الولايات المتحدة الأفغان سمحوا ل ـ " القاعدة " وأسامة بن لادن بالفرار وإعادة تأسيس عملياتهم في باكستان .
فقد تم طرد حركة " طالبان " من أفغانستان ، غير أنه لم يتم أبداً تفكيكها أو استيعابها سياسياً .
فكان من نتائج ذلك أن جعلت قواتها ، استلهاماً من النموذج العراقي ، هذا العام الأكثر دموية حتى ا بطبيعة الحال لن نعرف أبداً ما الذي كان سيحدث في حال خيضت الحرب في أفغانستان بطريقة مختلفة ، في حال استندت الولايات المتحدة مثلاً إلى الفصل الخامس من إعلان " الناتو " ، الذي يقول " إن هجوماً على دولة عضو هو هجوم على الجميع " ، وقادت قوة متعددة الجنسيات حقيقية؛ أو في حال سخّر التحالف الموسع 200000 جندي ، بدلاً من 20000 جندي ، وأرسى الاستقرار في كامل تراب البلاد ، بدلاً من الاكتفاء بكابول؛ أو في حال شاركت قوات لحفظ السلام من دول مسلمة؛ أو في حال كانت ثمة قوات برية لمنع هروب بن لادن؛ أو في حال سُمح للمجموعة الخامسة من القوات الخاصة بمواصلة بحثها عن بن لادن ، بدلاً من أن تتم إعادة نشرها استعداداً للعراق .
لو أن الولايات المتحدة فرضت الأمن في أفغانستان ، لاستفادت الحكومة الأفغانية الجديدة من شعبيتها الأولى في تعزيز سلطتها ونزع سلاح أمراء الحرب والمخربين .
ولكانت مشاريع التنمية ، قد فازت بقلوب وعقول الأفغان ، بدلاً من الانزواء بسبب انعدام الأمن .
ولكان متشددو " طالبان " قد فُتتوا ، وأنصارها المعتدلون أدمجوا في العملية السياسية .
ولأمكنت مواجهة أمراء المخدرات ، الذين تزدهر تجارتهم في أجواء الفوضى وانعدام القانون ، وأمكنت مساعدة مزارعي المخدرات بوسائل العيش .',1530,'','{}','2026-12-01T14:43:09.409720Z');
CREATE TABLE meta (
	"key" VARCHAR NOT NULL, 
	value VARCHAR NOT NULL, 
	PRIMARY KEY ("key")
);
INSERT INTO "meta" VALUES('application','isnad-project');
INSERT INTO "meta" VALUES('schema','{"name": "news-attribution", "labels": [{"name": "PER", "kind": "entity", "colour": "#e6194b", "hotkey": "1", "description": "A person: ريبيكا فارمر، حفتر. Tag the name only, without titles such as الرئيس.", "attributes": {}}, {"name": "ORG", "kind": "entity", "colour": "#4363d8", "hotkey": "2", "description": "An organisation, company, party, armed group or outlet: واشنطن بوست، الأفريكوم.", "attributes": {}}, {"name": "LOC", "kind": "entity", "colour": "#3cb44b", "hotkey": "3", "description": "A place: سرت، طرابلس. Leave proclitics out: tag طرابلس in بطرابلس.", "attributes": {}}, {"name": "MISC", "kind": "entity", "colour": "#911eb4", "hotkey": "4", "description": "Any other named entity: events, nationalities used as names, titles of works.", "attributes": {}}, {"name": "SOURCE", "kind": "source", "colour": "#f58231", "hotkey": "s", "description": "Who is said to have said it: a named person, an organisation, a medium or an anonymous official (مسؤولون أمريكيون).", "attributes": {"type": ["named person", "organisation", "media", "anonymous official", "document"]}}, {"name": "CUE", "kind": "cue", "colour": "#808000", "hotkey": "q", "description": "The reporting verb or phrase: قال، أضاف، أكد، نقلت، أعلنت، حذّر، أشار، أوضح، حسب ما.", "attributes": {}}, {"name": "CLAIM", "kind": "claim", "colour": "#00a0a0", "hotkey": "c", "description": "What is reported: the content attributed to a source, without the cue.", "attributes": {}}], "relation_types": [{"name": "attributed_to", "from_kinds": ["claim"], "to_kinds": ["source"], "description": "This claim was made by that source."}, {"name": "cue_of", "from_kinds": ["cue"], "to_kinds": ["claim"], "description": "This cue introduces that claim."}]}');
INSERT INTO "meta" VALUES('created','2026-12-01T14:43:09.398143Z');
CREATE TABLE relations (
	id VARCHAR NOT NULL, 
	doc_id TEXT NOT NULL, 
	from_id TEXT NOT NULL, 
	to_id TEXT NOT NULL, 
	type VARCHAR NOT NULL, 
	annotator VARCHAR NOT NULL, 
	created VARCHAR NOT NULL, 
	updated VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(doc_id) REFERENCES documents (id) ON DELETE CASCADE, 
	FOREIGN KEY(from_id) REFERENCES spans (id) ON DELETE CASCADE, 
	FOREIGN KEY(to_id) REFERENCES spans (id) ON DELETE CASCADE
);
INSERT INTO "relations" VALUES('068b73b5-9f94-40d5-a6ce-c8ee9be798b0','anercorp-test-p001','42972a0c-8ef3-484d-94bc-d3da7045b7d8','1855c7f3-81de-44e7-862e-7ec7277d8653','attributed_to','ali','2026-12-01T14:43:09.413583Z','2026-12-01T14:43:09.413583Z');
CREATE TABLE schema_version (
	version INTEGER NOT NULL, 
	applied_at VARCHAR NOT NULL, 
	PRIMARY KEY (version)
);
INSERT INTO "schema_version" VALUES(1,'2026-12-01T14:43:09.398523Z');
CREATE TABLE spans (
	id VARCHAR NOT NULL, 
	doc_id TEXT NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	label VARCHAR NOT NULL, 
	annotator VARCHAR NOT NULL, 
	attrs VARCHAR NOT NULL, 
	note VARCHAR NOT NULL, 
	created VARCHAR NOT NULL, 
	updated VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT span_bounds CHECK (0 <= start AND start < "end"), 
	FOREIGN KEY(doc_id) REFERENCES documents (id) ON DELETE CASCADE
);
INSERT INTO "spans" VALUES('82f5655d-8009-536c-95f0-d64f60eee37d','anercorp-test-p001',0,8,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('4a786398-5504-5dec-8fa1-bfc7adff83d3','anercorp-test-p001',9,15,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('7450e674-c4a0-5826-a3f8-7b286f6039ca','anercorp-test-p001',18,30,'PER','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('d2abc7b8-989e-5504-8d86-eaaaf00b1583','anercorp-test-p001',49,63,'PER','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('ab37081f-685c-5179-b3a3-67756e10c99b','anercorp-test-p001',175,183,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('43948aa5-a788-500f-80b5-a0d92ea6fcb0','anercorp-test-p001',184,190,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('8e42b74e-968b-5708-aa05-02b0ea7917ce','anercorp-test-p001',391,399,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('19a58524-3bbb-5e93-9560-75765ff81816','anercorp-test-p001',400,406,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('021fd1e0-2c2d-59f9-bb63-9212dd0ef5b8','anercorp-test-p001',924,930,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('2c415cc2-0d2f-57d4-baa3-34040adac34d','anercorp-test-p001',1040,1049,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('5431dcb0-b339-507a-b248-e1f7a07b6ca3','anercorp-test-p001',1170,1185,'PER','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('0fccb34b-551f-554a-9085-65c381c9adff','anercorp-test-p001',1231,1237,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('36851d20-2b44-5cf0-aebb-b7dde59d57f5','anercorp-test-p001',1405,1416,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('444d2cdf-e766-5585-882d-e10c8b5cf4a3','anercorp-test-p001',1425,1433,'PER','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('e7935e2c-015e-53b1-97cf-58c07d083320','anercorp-test-p001',1507,1513,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('8ec5f45a-cf33-5e97-88fc-28a68e418d81','anercorp-test-p002',0,7,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('17d580d2-984e-53e3-abc1-f615da854fe6','anercorp-test-p002',28,34,'ORG','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('4b2c5aae-042a-575a-9b71-3e1eb94ba4a4','anercorp-test-p002',47,54,'ORG','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('65d7c059-3f0b-57b2-8503-b5744fa518cf','anercorp-test-p002',65,74,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('97cf41b4-dfe6-5b5d-b20a-dc2b19f25bd6','anercorp-test-p002',131,139,'PER','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('c42264e5-dd4f-5ed7-ba4a-71ae52b62068','anercorp-test-p002',289,305,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('78f8c0c5-3221-5124-822c-2c4d55962301','anercorp-test-p002',309,318,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('4af4d8d0-82c6-59ec-a51b-c2f0eac1353a','anercorp-test-p002',330,336,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('ad19fa53-d880-53f3-85d3-05f75f820ed4','anercorp-test-p002',591,599,'PER','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('83775deb-fb0f-5fdf-809d-01f257e2d898','anercorp-test-p002',754,761,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('b4fd7b2d-7921-5b27-a006-5221ebd03f20','anercorp-test-p002',797,805,'PER','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('c1e5ca86-35a4-5d87-abd4-83286541324d','anercorp-test-p002',917,923,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('19ae9c18-dd46-5fc0-9efb-1cfa0c3f08cd','anercorp-test-p002',1074,1083,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('da61075e-f3f3-5870-987b-c2217e870439','anercorp-test-p002',1158,1167,'ORG','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('d87e2cdb-1a12-5ebf-a798-5284c22d64cf','anercorp-test-p002',1180,1188,'PER','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('1418bac1-1cfa-5fdd-8967-873a23a8ab17','anercorp-test-p002',1409,1415,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('59f672fd-944d-585c-88f6-cc677a27cb0a','anercorp-test-p002',1447,1456,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('d8ef09af-6104-5653-9270-82ff0e936746','anercorp-test-p003',20,26,'ORG','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('3753d6d1-e4ac-5975-90ec-4d72d867b54a','anercorp-test-p003',170,186,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('7ce86f67-50b7-5dee-810f-3f458b50cdbf','anercorp-test-p003',207,214,'ORG','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('91e770fe-9764-5cce-a9fd-3a3af3d217cc','anercorp-test-p003',217,231,'PER','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('7381c98a-e297-56d4-a125-58a8a208c8ef','anercorp-test-p003',265,272,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('40fa123e-659a-5e06-8ff1-5cbb0d0ebeec','anercorp-test-p003',293,299,'ORG','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('7b4e7a90-f687-5575-96fd-d4329d234b8c','anercorp-test-p003',305,314,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('c2b67bd2-f6ce-528f-8dc9-fa023affa73b','anercorp-test-p003',530,539,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('f4f98f99-9fdd-5f96-b2ee-e5334ead523f','anercorp-test-p003',570,578,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('af5a99e4-6ba0-5b23-9bd2-646bd5ec7078','anercorp-test-p003',579,586,'ORG','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('c53538b0-699f-5c32-8597-0ff46a3a3d5b','anercorp-test-p003',621,627,'ORG','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('a83d0eb1-255e-5fca-a91d-a52851e6818b','anercorp-test-p003',814,818,'PER','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('04d4a13d-a667-5a59-9db8-cae9d3e24e64','anercorp-test-p003',846,853,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('b48837af-a731-5c1e-a958-9849c9069223','anercorp-test-p003',940,948,'PER','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('58b19335-aca7-5f90-a549-cd8da5c0f7a0','anercorp-test-p003',1015,1022,'PER','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('eaa42dfb-584e-5dec-b57d-cbb87e91a795','anercorp-test-p003',1063,1069,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('c9390a75-cb95-55de-9b67-3831f3c3cf39','anercorp-test-p003',1078,1094,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('dcf3a6de-3fe3-524b-9dc4-eba51934fc6c','anercorp-test-p003',1109,1118,'LOC','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('1c6febe2-9c8f-5a00-9c44-ff906e9a8c52','anercorp-test-p003',1331,1337,'ORG','ali','{}','','2026-12-01T14:43:09.409720Z','2026-12-01T14:43:09.409720Z');
INSERT INTO "spans" VALUES('42972a0c-8ef3-484d-94bc-d3da7045b7d8','anercorp-test-p001',461,538,'CLAIM','ali','{}','','2026-12-01T14:43:09.412808Z','2026-12-01T14:43:09.412808Z');
INSERT INTO "spans" VALUES('1855c7f3-81de-44e7-862e-7ec7277d8653','anercorp-test-p001',454,460,'SOURCE','ali','{}','','2026-12-01T14:43:09.412853Z','2026-12-01T14:43:09.412853Z');
CREATE INDEX spans_by_doc ON spans (doc_id, start);
CREATE INDEX relations_from ON relations (from_id);
CREATE INDEX relations_by_doc ON relations (doc_id);
CREATE INDEX relations_to ON relations (to_id);
CREATE TRIGGER span_end_within_text_insert BEFORE INSERT ON spans
        WHEN NEW."end" > (SELECT length FROM documents WHERE id = NEW.doc_id)
        BEGIN SELECT RAISE(ABORT, 'span end beyond document text'); END;
CREATE TRIGGER span_end_within_text_update BEFORE UPDATE ON spans
        WHEN NEW."end" > (SELECT length FROM documents WHERE id = NEW.doc_id)
        BEGIN SELECT RAISE(ABORT, 'span end beyond document text'); END;
COMMIT;
