"""Job nouns of the languages postings come in, beyond the English core kept in people.py.

A short line names a job when it holds one of these nouns; German and Dutch build job names by compounding
("Elektromonteur", "Empfangsmitarbeiter", "Pflegefachkraft", "magazijnmedewerker"), so a long word ending
in a job noun counts too. CJK titles have no spaces: a line that ends in a job word of those scripts does.
"""

import re

# Nouns that make a short line read as a job title rather than a heading or a company name.
ENGLISH = frozenset(
    str.split(
        """engineer developer programmer manager designer scientist analyst architect specialist consultant
    director lead leader head nurse accountant representative rep intern internship administrator
    coordinator technician technologist officer associate assistant executive recruiter writer
    editor copywriter researcher teacher tutor instructor professor lecturer therapist pharmacist
    physician doctor surgeon dentist hygienist practitioner midwife paramedic psychologist counselor
    counsellor caregiver aide driver operator mechanic electrician machinist welder carpenter
    plumber clerk cashier agent advisor adviser strategist marketer owner planner buyer supervisor
    attendant chef cook receptionist paralegal lawyer attorney counsel auditor controller bookkeeper
    fellow fellowship postdoc post-doc postdoctoral post-doctoral apprentice trainee generalist producer
    artist animator photographer illustrator
    translator interpreter worker courier coach investigator inspector estimator surveyor
    statistician economist actuary underwriter banker trader broker president vp cto ceo cfo coo
    ciso cmo sre sdet tester librarian expert partner steward secretary spokesperson spokesman spokeswoman
    desenvolvedor desenvolvedora engenheiro engenheira analista gerente coordenador coordenadora
    ingeniero ingeniera desarrollador desarrolladora programador programadora jefe jefa cocinero cocinera
    entwickler entwicklerin ingenieur ingenieurin berater beraterin leiter leiterin
    développeur développeuse developpeur ingénieur ingénieure ingenieur·e ingénieur·e chargé chargée
    ontwikkelaar programista programistka inżynier sviluppatore ingegnere
    barista bartender server waiter waitress host hostess baker butcher dishwasher sommelier concierge
    dev devs custodian janitor housekeeper cleaner caretaker groundskeeper handyman laborer labourer packer
    picker stocker loader merchandiser shelver guard lifeguard nanny cna lpn rn emt phlebotomist teller
    cleaner housekeeper janitor custodian guard picker packer stocker loader handler merchandiser
    salesperson stylist hairdresser barber beautician esthetician groomer dietitian nutritionist
    optometrist veterinarian vet nanny carer babysitter landscaper gardener farmer painter roofer mason
    fitter installer repairer porter mover valet lifeguard dispatcher scheduler bookseller florist
    person professional staff crew helper operative qa educator rockstar ninja contractor freelancer"""
    )
)

# Labels whose value is the job title, or the employer, in the languages postings come in.
TITLE_LABELS = (
    "job title", "title", "position", "position title", "role", "job", "job name", "vacancy", "vaga", "cargo",
    "puesto", "poste", "intitulé du poste", "intitule", "intitulé", "stelle", "stellenbezeichnung",
    "posizione", "ruolo", "functie", "vacature", "stanowisko", "职位", "职位名称", "岗位", "岗位名称",
    "募集職種", "職種", "ポジション", "직무", "должность", "вакансия",
)  # fmt: skip
COMPANY_LABELS = (
    "company name",
    "company",
    "employer",
    "hiring company",
    "organization",
    "organisation",
    "nombre de la compañía",
    "nombre de la empresa",
    "empresa",
    "nome da empresa",
    "unternehmen",
    "arbeitgeber",
    "entreprise",
    "société",
    "azienda",
    "bedrijf",
    "firma",
    "公司",
    "公司名称",
    "会社名",
)

NOUNS = frozenset(
    str.split(
        """
    mitarbeiter mitarbeiterin fachkraft kraft monteur monteurin techniker technikerin kaufmann kauffrau
    verkäufer verkäuferin fahrer fahrerin koch köchin pfleger pflegerin erzieher erzieherin lehrer lehrerin
    arzt ärztin apotheker apothekerin helfer helferin assistent assistentin referent referentin
    sachbearbeiter sachbearbeiterin meister meisterin elektriker elektrikerin mechatroniker dachdecker
    schreiner tischler maler hauswirtschafter hauswirtschafterin reinigungskraft werkstudent praktikant
    praktikantin auszubildende azubi fachkräfte kräfte hebamme hebammen entbindungspfleger betreuer
    betreuerin
    medewerker medewerkster monteur adviseur ontwikkelaar beheerder verkoper chauffeur verpleegkundige
    docent leraar kok schoonmaker stagiair magazijnmedewerker woordvoerder beleidsadviseur coördinator
    coordinator projectleider teamleider manager jurist secretaresse receptionist begeleider
    électricien électricienne technicien technicienne comptable vendeur vendeuse chauffeur cuisinier
    cuisinière serveur serveuse infirmier infirmière professeur enseignant enseignante éducateur éducatrice
    médecin pharmacien pharmacienne avocat avocate assistante stagiaire alternant alternante responsable
    directeur directrice coordinateur coordonnateur coordinatrice gestionnaire agent agente employé employée
    opérateur opératrice magasinier conseiller conseillère commercial commerciale
    técnico técnica vendedor vendedora conductor conductora camarero camarera mesero mesera garzón garzona
    enfermero enfermera profesor profesora maestro maestra educador educadora médico médica farmacéutico
    abogado abogada contador contadora auxiliar asistente becario becaria pasante operario operaria
    electricista mecánico mecánica recepcionista cajero cajera repartidor repartidora encargado encargada
    director directora coordinador coordinadora asesor asesora consultor consultora ejecutivo ejecutiva
    administrativo administrativa empleado empleada peón peon peones
    desenvolvedor engenheiro motorista enfermeiro enfermeira professora estagiário estagiária
    atendente vendedora auxiliar assistente técnico consultora
    sviluppatore sviluppatrice tecnico tecnica commesso commessa autista cuoco cuoca cameriere cameriera
    infermiere infermiera insegnante medico farmacista avvocato contabile assistente stagista tirocinante
    impiegato impiegata operaio operaia magazziniere addetto addetta responsabile consulente
    programista programistka inżynier tester testerka kierowca sprzedawca księgowa księgowy stażysta
    stażystka specjalista specjalistka asystent asystentka kierownik technik
    utvecklare ingenjör säljare sjuksköterska lärare kock chaufför
    разработчик программист инженер менеджер аналитик дизайнер водитель продавец бухгалтер курьер
    экспедитор менеджер специалист оператор администратор тестировщик уборщица уборщик посудомойщица
    посудомойщик повар официант официантка бармен кассир грузчик кладовщик охранник сварщик слесарь
    электрик водитель-экспедитор медсестра врач учитель воспитатель няня продавец-консультант
    машинист крановщик монтажник механик мастер маляр плотник столяр штукатур каменщик разнорабочий
    сборщик упаковщик комплектовщик фасовщик дворник сторож сантехник токарь фрезеровщик прораб
    бригадир юрист экономист логист маркетолог рекрутер парикмахер фармацевт провизор медбрат сестра
    санитарка санитар сиделка пекарь кондитер мойщик рабочий грузчик-комплектовщик
    viên sư thợ
    estágio estagio pasantía pasantia prácticas praktikum tirocinio staż stage
    analytik analytika analytičku vývojář vývojáře programátor programátora technik technika řidič řidiče
    prodavač prodavače účetní asistent asistentku manažer manažera konzultant konzultanta specialista
    specialistu referent referentku koordinátor koordinátora učitel učitele
    montør tekniker servicetekniker selger sykepleier lærer kokk sjåfør ingeniør utvikler konsulent
    rådgiver medarbeider lagermedarbeider
    munkatárs asszisztens fejlesztő mérnök ügyintéző eladó sofőr ápoló tanár szakács pincér felszolgáló
    értékesítő vezető hygiéniste hygiénistes
    mosogató recepciós takarító raktáros operátor gépkezelő karbantartó könyvelő vezető összeszerelő
    geliştirici geliştiricisi mühendis mühendisi uzman uzmanı müdür müdürü sorumlu sorumlusu eleman elemanı
    personel personeli garson aşçı şoför hemşire öğretmen danışman danışmanı muhasebeci teknisyen
    cientista pesquisador pesquisadora investigador investigadora supervisora
    instrutor instrutora instructora formador formadora docente ricercatore ricercatrice chercheur chercheuse
    analyste cheffe consultante juriste architetta arquiteto arquiteta
    encanador limpador odontóloga intérprete redactor redactora
    wissenschaftler wissenschaftlerin kassierer kassiererin lagerist lageristin disponent disponentin
    buchhalter buchhalterin steuerberater sekretärin kinderpfleger kinderpflegerin gärtner gärtnerin bäcker
    bäckerin friseur friseurin zahnarzt tierarzt hausmeister bauleiter architekt architektin redakteur
    redakteurin übersetzer projektleiter onderzoeker analist verpleger
    badacz analityk projektant sprzątaczka ślusarz spawacz elektryk lekarz kelner kelnerka barman kasjer
    kasjerka recepcjonista doradca konsultant handlowiec
    teknisyeni operatörü stajyer tasarımcı temsilci temsilcisi yönetici asistan asistanı kasiyer görevli
    görevlisi
    fyzioterapeut fyzioterapeutka terapeut terapeutka lékař lékařka ošetřovatel ošetřovatelka kuchař
    kuchařka číšník servírka skladník uklízečka elektrikář svářeč zedník truhlář recepční pokladní
    prodavačka psycholog psycholožka lektor lektorka vedoucí
    psykolog psykoterapeut fysioterapeut sygeplejerske pædagog tjener bogholder revisor udvikler
    tømrer chauffør rengøringsassistent lagerarbejder sælger medarbejder leder samordnare dossierbehandelaar
    undersköterska förskollärare föreståndare
    barnskötare ekonom redovisningsekonom snickare lagerarbetare städare
    opettaja lastentarhanopettaja sairaanhoitaja lähihoitaja kehittäjä ohjelmistokehittäjä insinööri
    myyjä kokki tarjoilija siivooja kuljettaja asiantuntija suunnittelija päällikkö johtaja harjoittelija
    sihteeri kirjanpitäjä
    contabil contabilă inginer programator dezvoltator vânzător vânzătoare șofer bucătar ospătar
    asistentă tehnician sudor profesor educatoare jurist
    розробник програміст інженер аналітик водій продавець бухгалтер представник спеціаліст кухар
    офіціант касир вантажник комірник охоронець зварювальник слюсар лікар вчитель вихователь
    staf petugas karyawan karyawati pegawai perawat apoteker guru pengemudi sopir kasir koki pelayan
    akuntan insinyur pengembang desainer teknisi
    μηχανικός προγραμματιστής λογιστής πωλητής πωλήτρια οδηγός μάγειρας σερβιτόρος νοσηλευτής
    νοσηλεύτρια γιατρός καθηγητής υπάλληλος
    مهندس محاسب مطور مبرمج مدير مندوب سائق ممرض ممرضة طبيب معلم فني موظف أخصائي مسؤول
    psicólogo psicóloga fisioterapeuta terapeuta contable fisioterapista psicologo psicologa kinesiólogo
    dentista odontólogo veterinario veterinaria nutricionista
    psychologue kinésithérapeute physiothérapeute ergothérapeute orthophoniste aide-soignant aide-soignante
    psychologe psychologin physiotherapeut physiotherapeutin therapeut therapeutin ergotherapeut logopäde
    psycholoog fysiotherapeut fizjoterapeuta terapeuta przedstawiciel
    livreur livreuse cariste manutentionnaire préparateur préparatrice boulanger boulangère pâtissier
    pâtissière boucher bouchère caissier caissière plombier menuisier maçon soudeur soudeuse peintre couvreur
    commis jardinier jardinière puériculteur puéricultrice animateur animatrice ambulancier ambulancière
    distriktssköterska mottagningssköterska barnmorska kassabiträde butikssäljare lastbilschaufför
    chofer chófer jardinero jardinera limpiador limpiadora peón albañil fontanero fontanera carpintero
    carpintera pintor pintora soldador soldadora panadero panadera carnicero carnicera pescadero pescadera
    dependiente dependienta reponedor reponedora conserje vigilante celador celadora cuidador cuidadora
    gerocultor gerocultora socorrista teleoperador teleoperadora administrador administradora ayudante
    diseñador diseñadora periodista traductor traductora arquitecto arquitecta peluquero peluquera
    esteticista barrendero guardia guardias mucama mucamo bodeguero bodeguera auxiliares
    pedreiro eletricista cozinheiro cozinheira garçom garçonete faxineiro faxineira porteiro porteira
    jardineiro jardineira operador operadora repositor repositora estoquista secretário secretária
    servente zelador zeladora
    giardiniere muratore idraulico saldatore operatore operatrice educatore educatrice bidello manutentore
    geometra architetto programmatore progettista venditore venditrice commercialista ragioniere segretario
    segretaria pizzaiolo cassiere cassiera parrucchiere estetista badante elettricista
    secrétaire gardien gardienne ouvrier ouvrière conducteur conductrice administrateur administratrice
    concepteur conceptrice rédacteur rédactrice auditeur auditrice contrôleur contrôleuse mécanicien
    mécanicienne charpentier carreleur surveillant surveillante moniteur monitrice formateur formatrice
    sage-femme vétérinaire plongeur plongeuse réceptionniste coiffeur coiffeuse esthéticienne vigile
    administratör handläggare montör svetsare förare truckförare vårdbiträde konsult servitör servitris
    diskare
    administrateur timmerman loodgieter elektricien kapper slager afwasser leidinggevende ontwerper
    programmeur boekhouder verzorgende vormgever redacteur verkoopmedewerker
    leerkracht invalkracht hulpkracht zorgmedewerker bezorger groepsleider leidster huisarts tandarts
    pflegekraft hilfskraft aushilfe servicekraft küchenhilfe sozialarbeiter sozialarbeiterin
    promotor promotora almacenista bagnino
    pracownik pracowniczka magazynier kucharz pielęgniarka nauczyciel nauczycielka ochroniarz
    učiteľ učiteľka učitel učitelka vodič řidič predavač predavačka prodavač prodavačka kuchár kuchař čašník
    číšník servírka
    продавач консултант шофьор готвач
    sürücü şoför garson aşçı öğretmen hemşire
    """
    )
)
# German and Dutch compounds end in these ("Empfangs|mitarbeiter", "Pflegefach|kraft", "magazijn|medewerker").
SUFFIXES = (
    "mitarbeiter", "mitarbeiterin", "fachkraft", "kraft", "monteur", "monteurin", "techniker", "kaufmann",
    "kauffrau", "leiter", "leiterin", "berater", "beraterin", "entwickler", "entwicklerin", "ingenieur",
    "fahrer", "pfleger", "pflegerin", "helfer", "helferin", "erzieher", "lehrer", "referent", "assistent",
    "assistentin", "verkäufer", "koch", "wirtschafter", "wirtschafterin", "arbeiter", "medewerker",
    "adviseur", "ontwikkelaar", "beheerder", "verkoper", "reiniger", "schoonmaker", "manager", "engineer",
    "tekniker", "medarbeider", "montør", "terapeut", "therapeut", "terapeuta", "medarbejder", "sköterska",
    "chaufför", "säljare", "administrateur", "medarbetare", "förare", "ledare", "handläggare", "utvecklare",
    "vårdare", "arbetare", "montör", "svetsare", "kräfte", "föreståndare",
    "developer", "designer",
)  # fmt: skip
# Job words that end a CJK title: 工程师 (engineer), 开发 (developer), 经理 (manager), 专员, 老师, 設計師,
# スタッフ (staff), 職人 (craftsman), 営業 (sales), 개발자 (developer) …
CJK_ENDINGS = (
    "工程师",
    "工程師",
    "开发",
    "開發",
    "经理",
    "經理",
    "专员",
    "專員",
    "老师",
    "老師",
    "设计师",
    "設計師",
    "主管",
    "助理",
    "顾问",
    "顧問",
    "分析师",
    "架构师",
    "运营",
    "销售",
    "教师",
    "司机",
    "护士",
    "会计",
    "前端",
    "后端",
    "スタッフ",
    "職人",
    "営業",
    "エンジニア",
    "コンサルタント",
    "デザイナー",
    "マネージャー",
    "事務",
    "看護師",
    "개발자",
    "디자이너",
    "매니저",
    "엔지니어",
    "상담원",
    "사원",
    "实习生",
    "實習生",
    "总监",
    "總監",
    "業務",
    "服务员",
    "服務員",
    "店员",
    "店員",
    "厨师",
    "廚師",
    "客服",
    "ヘルパー",
    "保育士",
    "介護職",
    "介護士",
    "ドライバー",
    "販売員",
    "인턴",
    "간호사",
    "직원",
    # Korean lecturer, teacher, surveyor, researcher, clerk, cleaner, guard, care worker, counsellor, cook
    "강사",
    "교사",
    "조사원",
    "연구원",
    "사무원",
    "미화원",
    "경비원",
    "요양보호사",
    "사회복지사",
    "상담사",
    "조리사",
    "영양사",
    # Chinese trades ending in 工 (worker): general, electrician, welder, odd-job, carpenter, fitter
    "普工",
    "电工",
    "焊工",
    "杂工",
    "木工",
    "钳工",
    "ワーカー",
    # Licensed trades of Japanese and Chinese: pharmacist, doctor, technician, lecturer, hairdresser, cook
    # (not the care and health licences ending in 士, which postings list as requirements).
    "薬剤師",
    "医師",
    "技師",
    "講師",
    "美容師",
    "調理師",
    "药剂师",
    "药师",
    "医生",
    "会计师",
    "律师",
    # The personnel suffix of Chinese job names: 销售员 (salesperson), 驾驶员 (driver), 仓管员, 收银员, 文员
    "员",
    "員",
)
# Words ending in 员 that name no job: members, all staff, mobilisation.
CJK_NOT_JOBS = (
    "会员",
    "會員",
    "成员",
    "成員",
    "全员",
    "全員",
    "动员",
    "動員",
    "满员",
    "滿員",
    "正社員",
    "契約社員",
    "派遣社員",
)


def is_cjk_job(word: str) -> bool:
    """Whether a CJK word (no spaces) ends in a job word: "销售工程师", "液化气配送驾驶员", not "会员"."""
    return word.endswith(CJK_ENDINGS) and not word.endswith(CJK_NOT_JOBS)


# The names of a site's careers section and of page parts: a page's title, never a job's ("Careers", "Jobs",
# "Praca", "Stellenangebote", "採用情報", "Intro").
SITE_WORDS = frozenset(
    " ".join(word.split())  # the table's line breaks and indents are no part of a name
    for word in str.split(
        """careers|career|jobs|job|jobs & careers|jobs and careers|work with us|join us|join our team|
    vacancies|vacancy|open positions|open roles|openings|job openings|current openings|hiring|
    job postings|job posting|job post|postings|job listings|job board|current vacancies|emploi|karrier|
    breaking news|latest news|news|thông báo tuyển dụng|recruitment notice|job announcement|
    vacancy announcement|
    we're hiring|now hiring|
    karriere|jobs & karriere|jobs und karriere|stellenangebote|stellenausschreibung|stellenausschreibungen|
    offene stellen|empleo|empleos|trabaja con nosotros|ofertas de empleo|vagas|trabalhe conosco|carreiras|
    carrières|carrieres|carrière|emplois|offres d'emploi|recrutement|nous rejoindre|lavora con noi|
    posizioni aperte|offerte di lavoro|vacatures|werken bij|praca|kariera|oferty pracy|lediga jobb|jobb|
    lediga tjänster|työpaikat|вакансии|карьера|вакансії|кар'єра|кар’єра|
    採用情報|求人|求人情報|招聘|加入我们|채용|채용정보|intro|
    álláshirdetés|állásajánlat|állások|
    introduction|home|index|tuyển dụng|lowongan|lowongan kerja|karir|iş ilanları|kariyer|positions|
    open jobs|job opportunities|career opportunities|employment|employment opportunities|opportunities|
    job information|job info|job details|job summary|job overview|position details|position information|
    vacancy details|vacantes|vacante|bolsa de trabajo|ofertas laborales|oportunidades laborales|
    vacature|jobbörse|stellenmarkt|jobangebote|volná místa|pracovné ponuky|ponuky práce|kariéra|
    offerte di lavoro|opportunità di lavoro|iş ilanı|vagas de emprego|oportunidades|job vacancy|
    job vacancies|job advert|job advertisement|job adverts|vacancy advert|
    menu|main menu|navigation|skip to content|skip to main content|post a job|post jobs|log in|login|sign in|
    sign up|register|go premium|job alerts|get free job alerts|
    come and work with us|come work with us|work for us|angajari|angajări|locuri de muncă|cariere|
    recruit|recruitment|採用|新卒採用|中途採用|recruit採用|채용공고|reclutamiento|werving|
    ofertas de trabajo|stellen|jobs bei uns|rekrytointi|rekrutacja|rekrutteringer|ledige stillinger|
    募集要項|募集要項・詳細|求人詳細|仕事詳細|
    apply|apply now|apply here|apply for this job|share|share this job""",
        "|",
    )
)


_MARKUP = re.compile(r"<[^<>]*+>")


def is_site_word(text: str | None) -> bool:
    """Whether a title is only the name of a careers page or a page part, alone or with its owner's name
    ("Jobs at Lattin's", "Karriere bei Example", "Lattin's Job Opportunities")."""
    if not text:
        return False
    # a record's title written in markup ("<p>Karriere</p>") reads as its words
    key = " ".join(_MARKUP.sub(" ", text).casefold().strip(" #*:!.-–—|").split())
    if key in SITE_WORDS:
        return True
    for link in (" at ", " @ ", " bei ", " chez "):
        page, found, _owner = key.partition(link)
        if found and page in SITE_WORDS:
            return True
    _owner, found, page = key.replace("’", "'").partition("'s ")
    return bool(found) and page in SITE_WORDS
