import pytest

from postings.parsing.company import find_company, scored_company


@pytest.mark.parametrize(
    "lines, text, expected",
    [
        (["Acme Rockets | Careers", "Rocket Engineer"], "Acme Rockets builds rockets.", "Acme Rockets"),
        (
            ["Rocket Engineer", "Acme Rockets", "Denver, CO"],
            "We build rockets at Acme Rockets.",
            "Acme Rockets",
        ),
        (["Rocket Engineer", "Acme Rockets · Denver, CO · Hybrid"], "Acme Rockets builds.", "Acme Rockets"),
        (["Rocket Engineer"], "About Zephyr Labs\nZephyr Labs makes kites.", "Zephyr Labs"),
        (["Rocket Engineer"], "We're Saltwater Power, a renewable supplier.", "Saltwater Power"),
        (
            ["BRIGHTFORGE — CAREERS", "Welder"],
            "Brightforge has 40 shops. Brightforge pays well.",
            "Brightforge",
        ),
        # The fuller form wins over the short one the prose uses.
        (
            ["Tallow Candle Co. | Jobs", "Chandler"],
            "About Tallow\nTallow makes candles.",
            "Tallow Candle Co.",
        ),
    ],
)
def test_find_company(lines, text, expected):
    title = next(line for line in lines if "Engineer" in line or line in {"Chandler", "Welder"})
    assert find_company(lines, text, title=title) == expected


@pytest.mark.parametrize(
    "lines, text",
    [
        (["Data Analyst", "Tucson, AZ"], "Analyse data."),
        (["Data Analyst", "Salary (from employer): EUR 60k – 75k"], "Analyse data."),
        (["Data Analyst", "Apply now"], "Analyse data."),
        ([], ""),
    ],
)
def test_no_company_from_places_labels_or_buttons(lines, text):
    assert find_company(lines, text, title="Data Analyst") is None


def test_job_reference_line_is_not_a_careers_header():
    lines = ["Summit Staffing", "Travel Allied Health · Job #SR-1", "Travel Nurse"]
    text = "About Summit Staffing\nSummit Staffing places nurses."
    assert find_company(lines, text, title="Travel Nurse") == "Summit Staffing"


@pytest.mark.parametrize(
    ("lines", "text", "expected"),
    [
        # A sentence's first word in another language is no employer; the name the sentence gives is.
        (
            ["Pädagogische Fachkraft (w/m/d)"],
            "Wir sind Konfetti e.V., eine Eltern-Kind-Initiative.",
            "Konfetti e.V.",
        ),
        (["Comptable"], "Vous rejoignez une équipe.\nÉcrivez à emplois@necoh.fr.\nNecoh recrute.", "Necoh"),
        (
            ["Agent de recherche"],
            "## À propos du Service numérique canadien\nLe Service numérique canadien aide.",
            "Service numérique canadien",
        ),
        (
            ["Administrative Assistant"],
            "The Leventhal Map & Education Center at the library.\nWrite to info@leventhalmap.org.",
            "Leventhal Map & Education Center",
        ),
    ],
)
def test_employer_in_other_languages_and_from_the_mail_domain(lines, text, expected):
    assert find_company(lines, text) == expected


@pytest.mark.parametrize("word", ["Wir", "Pour", "As", "En", "Dabei bieten wir verschiedene Modelle"])
def test_function_words_and_sentences_are_never_the_employer(word):
    assert find_company(["Nurse"], f"{word} wir suchen Verstärkung.\n{word} sind da.") != word


def test_the_application_address_names_the_employer_when_the_text_does_not():
    text = "We build logistics software.\nSend your CV to careers@improwised.com before June."
    assert find_company(["Software Engineer"], text) == "Improwised"


def test_a_shared_mail_host_names_nobody():
    assert find_company(["Software Engineer"], "Send your CV to someone@gmail.com.") is None


@pytest.mark.parametrize("heading", ["Votre Poste", "Unser Team", "Your Role", "Nuestro Equipo"])
def test_a_possessive_heading_is_never_the_employer(heading):
    assert find_company(["Comptable"], f"{heading}\nWe keep the books.\n{heading}") != heading


def test_the_employer_a_french_sentence_places_you_in():
    text = "Votre Poste\nAu sein de Necoh, vous intégrez une équipe conviviale."
    assert find_company(["Comptable Confirmé(e)"], text) == "Necoh"


def test_a_capitalised_ordinary_word_loses_to_a_name_the_posting_supports():
    text = (
        "Strong\n\nData Engineer\n\nWe need strong skills in SQL and a strong sense of ownership.\n"
        "Send your CV to jobs@northwind.example, the Northwind Analytics team reads every one.\n"
        "Northwind Analytics builds reporting tools for hospitals."
    )
    name, sure = scored_company(text.splitlines()[:4], text, title="Data Engineer")
    assert name == "Northwind Analytics"


def test_when_every_candidate_is_doubtful_the_best_is_kept_but_marked_unsure():
    text = "Full Time\n\nWarehouse Operative\n\nPick and pack orders on the night shift."
    name, sure = scored_company(text.splitlines()[:3], text, title="Warehouse Operative")
    assert name is None or sure <= 0.3


def test_the_employer_an_english_sentence_invites_you_to_join():
    text = "CDL Driver\nJoin SD Freight Corp, a leading transportation company.\nApply today."
    assert find_company(["CDL Driver"], text) == "SD Freight Corp"
    text = "Barista\nIf you are interested in joining the Nicoletta Italian Kitchen team, send your resume."
    assert find_company(["Barista"], text) == "Nicoletta Italian Kitchen"
    assert find_company(["Barista"], "Barista\nJoin Our Team, we bake every day.") is None


def test_a_tracking_systems_address_names_the_employer():
    text = "Category Manager\nManage sourcing strategies for Nisum's retail clients.\n"
    raw = text + '"hostedUrl": "https://jobs.lever.co/nisum/73eada17-a4d9"'
    name, sure = scored_company(["Category Manager"], text, title="Category Manager", raw=raw)
    assert name == "Nisum"
    # Not named in the text: the address's slug, marked for a person to check.
    name, sure = scored_company(
        ["Buyer"], "Buyer\nBuy things.", title="Buyer", raw="https://acme-foods.workable.com/j/1"
    )
    assert (name, sure) == ("Acme Foods", 0.4)


def test_an_address_only_the_file_holds_names_the_employer_its_text_spells():
    # A CMS record keeps the contact's mailto in a field the posting's text leaves out.
    text = "Mitarbeiterin Reinigung\nDer Landenhof unterstützt hör- und sehbeeinträchtigte Kinder."
    raw = text + "\nhref: 'mailto:rahel.nufer@landenhof.ch'"
    name, _ = scored_company(["Mitarbeiterin Reinigung"], text, title="Mitarbeiterin Reinigung", raw=raw)
    assert name == "Landenhof"


def test_a_clause_or_the_titles_first_words_is_no_employer():
    text = "前端开发实习生\n岗位要求：\n2.在校生，计算机、软件等相关专业；\n"
    assert find_company(text.splitlines(), text, title="前端开发实习生") is None
    text = "Assistente Amministrativo e di Segreteria\nAssistente Amministrativo\nSi occupa di pratiche."
    name, _ = scored_company(text.splitlines(), text, title="Assistente Amministrativo e di Segreteria")
    assert name is None


def test_a_name_in_camel_case_is_a_name():
    text = "Developer\nA iCourier está no mercado de distribuição de encomendas."
    assert find_company(["Developer"], text, stated="iCourier") == "iCourier"


def test_names_in_caseless_scripts_show_a_companys_word():
    text = "後端開發工程師\n公司名稱：邁思擘國際股份有限公司\n基础信息\n目黒東急ビル2F\n"
    assert find_company(text.splitlines(), text, stated="邁思擘國際股份有限公司") == "邁思擘國際股份有限公司"
    assert find_company(["基础信息", "目黒東急ビル2F"], "基础信息\n目黒東急ビル2F\n") is None


def test_a_forum_comments_first_line_names_the_employer_before_a_spaced_slash():
    text = "Canonical / Ubuntu\nSeeking senior web/frontend developer [fulltime remote work]."
    assert find_company(text.splitlines(), text, title="senior web/frontend developer") == "Canonical"


def test_a_job_boards_company_page_address_names_the_employer():
    raw = '{"employer": {"companyPageUrl": "https://ca.indeed.com/cmp/Canada-Resin-Supply-1"}}'
    text = "General Manager\nLead our epoxy team in Nisku."
    name, sure = scored_company(["General Manager"], text, title="General Manager", raw=raw)
    assert (name, sure) == ("Canada Resin Supply", 0.4)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chef Manager\nHelp you progress your career with Compass. This is a weekday role.", "Compass"),
        (
            "SHEQ Administrator\nEnsersa (Pty) Ltd is looking for an administrator in Rustenburg.",
            "Ensersa (Pty) Ltd",
        ),
        (
            "Healthcare Assistant\nConsider a career at Doodles Stick Limited. We have shifts.",
            "Doodles Stick Limited",
        ),
    ],
)
def test_employers_a_sentence_names_with_a_full_stop_or_an_english_legal_form(text, name):
    assert find_company(text.splitlines()[:1], text, title=text.splitlines()[0]) == name


@pytest.mark.parametrize(
    "heading, company",
    [
        ("# [Talkdesk] 武汉｜音视频全栈工程师", "Talkdesk"),
        ("【字节跳动科技有限公司】前端开发工程师", "字节跳动科技有限公司"),
        ("[Acme Corp] Senior Data Engineer", "Acme Corp"),
    ],
)
def test_a_forum_heading_opening_with_its_employer_in_brackets(heading, company):
    text = f"{heading}\n\n负责产品的前端开发与维护。\nBuild and maintain the product's front end.\n"
    assert find_company(text.splitlines(), text) == company


@pytest.mark.parametrize(
    "heading",
    ["[Remote] Senior Engineer", "[Hiring] Barista", "[Berlin] Cook", "[招聘] 前端开发", "[上海] 前端开发"],
)
def test_brackets_holding_a_mode_a_place_or_a_hiring_word_name_no_employer(heading):
    text = f"{heading}\n\nBuild and maintain the product.\n"
    assert find_company(text.splitlines(), text) is None


def test_a_phrase_opening_with_a_preposition_is_no_employer():
    text = (
        "Pflegehilfskraft (w/m/d)\n\nZur Erweiterung unseres Pflegeteams suchen wir eine Pflegehilfskraft.\n"
        "Zur Erweiterung unseres Teams bieten wir viel.\n"
    )
    assert find_company(text.splitlines(), text) != "Zur Erweiterung"


def test_the_mail_domain_s_first_part_and_a_swiss_legal_form_name_the_employer():
    text = (
        "Conseiller de vente (m/w) 60-100%\n\nNotre offre\n- Un environnement stimulant\n\n"
        "Rue de Romont 12\nLES BOUTIQUES ANGÉLOZ SA\n1700 Fribourg\nrh@angeloz-mode.ch\n"
    )
    assert find_company(text.splitlines(), text) == "Les Boutiques Angéloz SA"


def test_an_employer_named_only_by_a_link_to_its_home_page():
    text = "Önyüz Geliştirici İlanı (İstanbul, Türkiye)\n\n* Angular bilen,\n\n* https://volosoft.com/ a\n"
    assert find_company(text.splitlines(), text) == "Volosoft"
    two_sites = text + "Ayrıca https://abp.io/ bakın.\n"
    assert find_company(two_sites.splitlines(), two_sites) is None


@pytest.mark.parametrize(
    "text, name",
    [
        ("<dt>お問い合わせ</dt>\n<dd>株式会社丸山珈琲　小諸オフィス・人事部</dd>", "株式会社丸山珈琲"),
        ("(주)메이크스타는 글로벌 팬 플랫폼입니다.", "(주)메이크스타"),
        ("公司：北京贝聚科技有限公司，地址…", "北京贝聚科技有限公司"),
        ("Wir bei Nordmarkt sind stolz auf unsere Teams.", "Nordmarkt"),
        ("Sobre TOTS (Turn On The Spark):\nSomos una agencia de software.", "TOTS"),
    ],
)
def test_employers_named_the_way_other_languages_name_them(text, name):
    assert scored_company([], text)[0] == name


def test_a_pages_heading_that_holds_the_title_is_no_employer():
    text = "Вакансия машинист автокрана\nМашинист автокрана\nот 150 000 ₽"
    assert scored_company(text.splitlines(), text, title="Машинист автокрана")[0] is None


def test_a_link_s_lower_case_spelling_does_not_case_a_shouted_name():
    text = "JAVIS - Developer - Hanoi\nHomepage: https://www.facebook.com/javisenterprise/"
    assert scored_company(["JAVIS - Developer - Hanoi"], text, stated="JAVIS")[0] == "JAVIS"
