import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from postings.parsing.places import (
    Place,
    find_places,
    parse_place,
    relocation_assistance,
    remote_restriction,
    work_mode,
)

SF = Place("San Francisco", "California", "US")
BAY_AREA = Place("San Francisco Bay Area", "California", "US")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("San Francisco, California", SF),
        ("San Francisco, CA", SF),
        ("SF", SF),
        ("NYC", Place("New York", "New York", "US")),
        ("New York, NY", Place("New York", "New York", "US")),
        ("London, UK", Place("London", "England", "GB")),
        ("London, ON", Place("London", "Ontario", "CA")),
        ("Berlin, Germany", Place("Berlin", "Berlin", "DE")),
        ("Bengaluru, India", Place("Bengaluru", "Karnataka", "IN")),
        ("Bangalore", Place("Bengaluru", "Karnataka", "IN")),
        ("Pune, IN", Place("Pune", "Maharashtra", "IN")),
        ("Bloomington, IN", Place("Bloomington", "Indiana", "US")),
        ("Toronto, ON, Canada", Place("Toronto", "Ontario", "CA")),
        ("Austin, TX, USA", Place("Austin", "Texas", "US")),
        ("San Francisco Bay Area (US)", BAY_AREA),
        ("Bay Area", BAY_AREA),
        ("Greater Toronto Area", Place("Greater Toronto Area", "Ontario", "CA")),
        ("Paris", Place("Paris", "Île-de-France", "FR")),
        ("Paris, TX", Place("Paris", "Texas", "US")),
        ("Portland", Place("Portland", "Oregon", "US")),
        ("Portland, ME", Place("Portland", "Maine", "US")),
        ("Cambridge, MA", Place("Cambridge", "Massachusetts", "US")),
        ("Cambridge, UK", Place("Cambridge", "England", "GB")),
        ("Dublin, Ireland", Place("Dublin", None, "IE")),
        ("Perth, WA", Place("Perth", "Western Australia", "AU")),
        ("Washington, D.C.", Place("Washington DC", "District of Columbia", "US")),
        ("Boise, ID", Place("Boise", "Idaho", "US")),
        ("Germany", Place("Germany", None, "DE")),
        ("Remote, Canada", Place("Canada", None, "CA")),
        ("Remote - US", Place("United States", None, "US")),
        ("England", Place("England", "England", "GB")),
        ("Tbilisi, Georgia", Place("Tbilisi", None, "GE")),
        ("São Paulo, Brazil", Place("São Paulo", None, "BR")),
        ("Remote", None),
        ("Remote - EU", None),
        ("Latin America", None),
        ("New England", None),
        ("", None),
        ("us", None),
        ("Senior Software Engineer", None),
    ],
)
def test_parse_place(text, expected):
    assert parse_place(text) == expected


def test_cambridge_without_context_has_no_country():
    assert parse_place("Cambridge") == Place("Cambridge")


@pytest.mark.parametrize(
    ("text", "labelled", "expected"),
    [
        (
            "This is a hybrid role for candidates located in the San Francisco Bay Area (Alameda, "
            "San Francisco, San Mateo, and Santa Clara counties).",
            (),
            [BAY_AREA],
        ),
        ("Senior Engineer\nat Acme\nSan Francisco Bay Area (US)\nAcme builds tools.", (), [BAY_AREA]),
        ("Job description. Nothing about places.", ["San Francisco, California"], [SF]),
        ("We are based in San Francisco.", ["San Francisco Bay Area"], [BAY_AREA]),
        (
            "x",
            ["San Francisco, CA, New York, NY"],
            [SF, Place("New York", "New York", "US")],
        ),
        (
            "Location: London, UK; Berlin, Germany",
            (),
            [Place("London", "England", "GB"), Place("Berlin", "Berlin", "DE")],
        ),
        ("You will work from our NYC office.", (), [Place("New York", "New York", "US")]),
        (
            "Candidates must reside in Canada or the US.",
            (),
            [Place("Canada", None, "CA"), Place("United States", None, "US")],
        ),
        ("Location: Austin, TX, USA", (), [Place("Austin", "Texas", "US")]),
        ("Remote (US)\nWe build things.", (), [Place("United States", None, "US")]),
        ("Acme is headquartered in Austin, TX. You will build APIs.", (), [Place("Austin", "Texas", "US")]),
        (
            "Acme is headquartered in Austin, TX. This role is based in Denver, CO.",
            (),
            [Place("Denver", "Colorado", "US")],
        ),
        (
            "Our office is in Cambridge, near Boston, MA.",
            ["Cambridge"],
            [Place("Cambridge", "Massachusetts", "US")],
        ),
        ("Experience with Python, Go and Rust. Reading and Nice-to-haves.", (), []),
        ("We work with remote teams across the world.", (), []),
    ],
)
def test_find_places(text, labelled, expected):
    assert find_places(text, labelled=labelled) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This is a hybrid role for candidates in the Bay Area.", "hybrid"),
        ("Hybrid (3 days in office)", "hybrid"),
        ("You will be in the office three days a week.", "hybrid"),
        ("This role is fully remote.", "remote"),
        ("We are a remote-first company.", "remote"),
        ("Remote (US)", "remote"),
        ("Location: Remote", "remote"),
        ("You can work from anywhere.", "remote"),
        ("This position is on-site in Chicago.", "onsite"),
        ("In-office 5 days a week.", "onsite"),
        ("Join the team in our NYC office.", "onsite"),
        ("This role is not remote.", "onsite"),
        ("Remote work is not an option for this role.", "onsite"),
        ("Candidates must reside in or be willing to relocate to the Bay Area.", None),
        ("Experience supporting remote teams.", None),
        ("Remote control of devices.", None),
        ("Design hybrid cloud infrastructure.", None),
        ("We offer an onsite gym and onsite interviews.", None),
        ("Customer Service Lead - Bond Home - ONSITE Cresskill, NJ", "onsite"),
        ("workMode: Work from office", "onsite"),
        ("Location type: On-site", "onsite"),
        ("* On-site parking and on-site training", None),
        ("We build great software.", None),
    ],
)
def test_work_mode(text, expected):
    assert work_mode(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This position is US based only.", ("US",)),
        ("Remote (US only)", ("US",)),
        ("Remote - US", ("US",)),
        ("US Remote", ("US",)),
        ("Remote (US/Canada)", ("US", "CA")),
        ("Candidates must be based in Canada.", ("CA",)),
        ("This role is open to candidates in the UK or Ireland.", ("GB", "IE")),
        ("Open to candidates located in Germany, Austria or Switzerland.", ("DE", "AT", "CH")),
        ("You can work remotely from anywhere in the United States.", ("US",)),
        ("This is a US-based role.", ("US",)),
        # World regions are kept as the posting names them.
        ("Remote - EU", ("EU",)),
        ("Remote - Europe", ("Europe",)),
        ("Remote (EMEA, APAC)", ("EMEA", "APAC")),
        ("This role is open to candidates in Latin America.", ("Latin America",)),
        ("Remote in the Americas", ("Americas",)),
        ("EMEA - Remote", ("EMEA",)),
        ("Candidates must be based in Europe or the UK.", ("Europe", "GB")),
        ("We are a European company.", ()),
        ("Our office in Europe is remote-friendly.", ()),
        ("Experience selling into EMEA markets.", ()),
        ("Candidates must reside in the Bay Area.", ()),
        ("Must be located in Toronto, Canada.", ()),
        ("Must live in California.", ()),
        ("We are a US-based company.", ()),
        ("The US base salary range is $100,000 to $120,000.", ()),
        ("Experience with remote teams in the US.", ()),
    ],
)
def test_remote_restriction(text, expected):
    assert remote_restriction(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Remote (EMEA)", ("EMEA",)),
        ("US - Remote", ("US",)),
        ("Remote - Germany or Austria", ("DE", "AT")),
        ("100% Remote in Deutschland", ("DE",)),
        ("Austin, TX, US / Remote (US)", ("US",)),
        # the town of the office, and remote work from it
        ("Villanova d'Asti, Italia - Remote", ()),
        ("Berlin, Germany (Remote)", ()),
    ],
)
def test_a_location_label_states_a_restriction_unless_a_town_comes_first(value, expected):
    assert remote_restriction(value, label=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Relocation assistance may be available.", True),
        ("We offer relocation.", True),
        ("A generous relocation package.", True),
        ("Relocation support provided.", True),
        ("Relocation is not available for this role.", False),
        ("No relocation.", False),
        ("We cannot offer visa sponsorship or relocation assistance.", False),
        ("Must be willing to relocate to Austin.", None),
        ("Nothing about moving.", None),
    ],
)
def test_relocation_assistance(text, expected):
    assert relocation_assistance(text) is expected


@settings(max_examples=200, deadline=None)
@given(st.text(), st.lists(st.text(max_size=40), max_size=3))
def test_never_raises(text, labelled):
    assert parse_place(text) is None or isinstance(parse_place(text), Place)
    assert isinstance(find_places(text, labelled=labelled), list)
    assert work_mode(text) in (None, "remote", "hybrid", "onsite")
    assert all(len(code) == 2 for code in remote_restriction(text))
    assert relocation_assistance(text) in (None, True, False)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["San Francisco", ",", " ", "CA", "(", ")", "Remote", "-", "US", "Bay Area"]))
)
def test_never_raises_on_place_like_text(parts):
    text = "".join(parts)
    assert isinstance(find_places(text, labelled=[text]), list)
    assert isinstance(remote_restriction(text), tuple)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Applicants must be authorised to work in the UK.", ("GB",)),
        ("You must have full working rights in Australia (citizen or resident).", ("AU",)),
        ("Hires remotely in United States", ("US",)),
        ("100% remoto, para residentes no Brasil", ("BR",)),
        ("We sponsor visas for candidates from anywhere.", ()),
    ],
)
def test_work_authorisation_restricts_to_a_country(text, expected):
    assert remote_restriction(text) == expected


@pytest.mark.parametrize(
    ("label", "name", "country"),
    [("Neuwied", "Neuwied", "DE"), ("Maidstone, Kent", "Maidstone", "GB"), ("Zaandam", "Zaandam", "NL"),
     ("上海", "上海", "CN"), ("Екатеринбург", "Екатеринбург", "RU"), ("Verona / Padova", "Verona", "IT")],
)  # fmt: skip
def test_a_labelled_city_the_curated_table_lacks_comes_from_geonames(label, name, country):
    places = find_places("We are hiring.", labelled=[label])
    assert (name, country) in {(p.name, p.country) for p in places}


def test_a_city_named_only_in_prose_is_not_looked_up_in_geonames():
    assert find_places("Our founders met at Neuwied Hospital years ago.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Work mostly in Riga with occasional business trips.", ("Riga", "LV")),
        ("Ufficio in centro a Milano (MM3 Missori) con sala relax.", ("Milano", "IT")),
        ("Télétravail avec quelques réunions présentielles à Paris.", ("Paris", "FR")),
        ("Eine familiäre Arbeitsatmosphäre im Herzen von München", ("München", "DE")),
        ("40 Stunden am Standort Magdeburg. Arbeitsbeginn ist der 1.4.", ("Magdeburg", "DE")),
        ("Our team works in São Paulo e no Rio.", ("São Paulo", "BR")),
    ],
)
def test_a_city_named_after_a_preposition_in_prose_is_the_place(text, expected):
    assert [(p.name, p.country) for p in find_places(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Nurses at Providence Hospital care for patients.",  # the city begins a longer name
        "Experience in Mobile development is a plus.",  # a common word that is also a city
        "Have a Nice day and apply.",
        "We work in Python and Go.",
    ],
)
def test_a_city_name_inside_another_name_or_word_is_no_place(text):
    assert find_places(text) == []


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Este é um cargo remoto.", "remote"),
        ("工作性质：全职，远程工作", "remote"),
        ("Praca zdalna, elastyczne godziny.", "remote"),
        ("Modalidad: Híbrido (3 días en oficina)", "hybrid"),
        ("Trabajo presencial en nuestra sede de Santiago.", "onsite"),
    ],
)
def test_work_mode_stated_in_other_languages(text, mode):
    assert work_mode(text) == mode


def test_a_city_ending_its_line_ends_its_phrase():
    text = "Arbeitsatmosphäre im Herzen von München\n\nSie bringen mit\n- Erfahrung"
    assert [p.name for p in find_places(text)] == ["München"]


def test_a_city_named_as_the_employers_site():
    text = "We are looking for care workers at our Bradford Branch. Full and part time hours."
    assert [(p.name, p.country) for p in find_places(text)] == [("Bradford", "GB")]
    assert find_places("Our Support office is friendly.") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Bolton, ENG, GB", ("Bolton", "England", "GB")),  # a scraper's City, REGION, CC
        ("MH, IN", ("Maharashtra", "Maharashtra", "IN")),  # India's Maharashtra, not Indiana
        ("Springfield, IN", ("Springfield", "Indiana", "US")),
        ("Austin, TX, US", ("Austin", "Texas", "US")),
    ],
)
def test_a_location_that_ends_with_its_countrys_code(text, place):
    found = parse_place(text)
    assert (found.name, found.region, found.country) == place


def test_a_labelled_location_ending_with_its_countrys_code():
    assert [(p.name, p.country) for p in find_places("Staff nurse wanted.", labelled=["MH, IN"])] == [
        ("Maharashtra", "IN")
    ]


def test_a_french_departments_number_and_capitals_do_not_make_los_angeles():
    assert [(p.name, p.country) for p in find_places("x", labelled=["17 - LA ROCHELLE"])] == [
        ("La Rochelle", "FR")
    ]


@pytest.mark.parametrize(
    "text, place",
    [
        ("Contact\nRue de Romont 33 • CP 6 • 1701 Fribourg\nrh@example.ch", ("Fribourg", "CH")),
        ("Hauptstr. 5, D-80331 München", ("Munich", "DE")),
        ("Keizersgracht 1, 1012 AB Amsterdam", ("Amsterdam", "NL")),
        ("Address: 2455 VASSAR RD Reese MI USA 48757-9340", ("Reese", "US")),
    ],
)
def test_a_postal_address_names_the_town_when_nothing_else_does(text, place):
    assert [(p.name, p.country) for p in find_places(text)] == [place]


@pytest.mark.parametrize("text", ["We have 2455 Employees in total.", "In 2020 Berlin was the place to be."])
def test_a_number_before_a_word_is_no_postcode(text):
    assert find_places(text) == []


@pytest.mark.parametrize(
    "value, expected",
    [
        ("Choisy-le-Roi, IDF, FR", [("Choisy-le-Roi", "FR")]),
        ("Choisy-le-Roi, France", [("Choisy-le-Roi", "FR")]),
        ("Warszawa, Kraków", [("Warsaw", "PL"), ("Kraków", "PL")]),
    ],
)
def test_a_labelled_town_is_not_lost_to_a_region_code_or_a_part_of_its_name(value, expected):
    assert [(p.name, p.country) for p in find_places("", labelled=[value])] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Konum: İstanbul. Bu ilan için uzaktan çalışma opsiyonu yok.",
        "Arbeitsort München, kein Homeoffice möglich.",
        "Trabajo presencial, sin teletrabajo.",
        "Pas de télétravail pour ce poste.",
        "Brak możliwości pracy zdalnej.",
    ],
)
def test_no_remote_work_stated_in_other_languages_is_on_site(text):
    assert work_mode(text) == "onsite"


def test_a_french_department_number_places_the_town_in_france():
    assert [(p.name, p.country) for p in find_places("", labelled=["64 - BAYONNE"])] == [("Bayonne", "FR")]
    assert [(p.name, p.country) for p in find_places("", labelled=["Bayonne, NJ"])] == [("Bayonne", "US")]


@pytest.mark.parametrize(
    "text, name",
    [("St. George, UT", "St. George"), ("Ft. Worth, TX", "Ft. Worth"), ("Mt. Pleasant, SC", "Mt. Pleasant")],
)
def test_an_abbreviated_saint_fort_or_mount_stays_in_the_name(text, name):
    assert parse_place(text).name == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A country whose name holds a region's is the country.
        ("Remote (South Africa only)", ("ZA",)),
        ("Candidates must be based in South Africa or Kenya", ("ZA", "KE")),
        # Regions in prose before "remote" and a lower-case word are no restriction.
        ("Growth in Asia Pacific remote markets", ()),
        ("Travel across Africa (remote villages)", ()),
    ],
)
def test_regions_never_swallow_countries_or_prose(text, expected):
    assert remote_restriction(text) == expected
