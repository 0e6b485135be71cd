"""Labels in other languages and forms: the facts a posting labels, whatever its language or layout."""

import json

import pytest

from postings.parsing import _labels as labels
from postings.parsing.clean import clean
from postings.parsing.places import find_places
from postings.parsing.posting import parse


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("Arbeitsort", "location"),
        ("**Ubicación:**", "location"),
        ("勤務地", "location"),
        ("Nombre de la empresa", "company"),
        ("### Título del trabajo", "job title"),
        ("Wynagrodzenie", "salary"),
        ("Tipo de contrato", "employment type"),
        ("Date de publication", "posted on"),
        ("Email asociado a tu cuenta (opcional)", None),
        ("Responsibilities", None),
    ],
)
def test_a_label_in_any_language_has_its_english_key(label, key):
    assert labels.key_of(label) == key


def test_colon_labels_in_other_languages_and_scripts_become_facts():
    facts = clean(
        "Entwickler (m/w/d)\nArbeitsort: Köln\n勤務地：東京都品川区\n\nWir suchen Verstärkung."
    ).facts
    assert facts["arbeitsort"] == "Köln"
    assert facts["location"] == "Köln"  # the first one labelled wins
    assert facts["勤務地"] == "東京都品川区"


def test_a_form_label_on_its_own_line_takes_the_next_line_as_its_value():
    text = "Nueva vacante\n\nNombre de la compañía\n\nAcme Logística\n\n"
    text += "Título del trabajo\n\nChofer de reparto\n\n"
    text += "Lugar\n\nMonterrey, Nuevo León\n\nDescripción\n\nRepartir pedidos en la zona metropolitana."
    posting = parse(text)
    assert (posting.title, posting.company) == ("Chofer de reparto", "Acme Logística")
    assert [p.name for p in posting.locations] == ["Monterrey"]


def test_a_heading_followed_by_prose_is_no_fact():
    # "Company" over a paragraph is the about section; "Lugar" over a sentence ending in a period is prose.
    facts = clean(
        "Company\n\nWe build tools for farmers.\n\nLugar\n\nTrabajarás en nuestra oficina central."
    ).facts
    assert "company" not in facts and "location" not in facts


def test_new_job_over_a_form_is_not_a_list_of_other_jobs():
    cleaned = clean("New Job\n\nJob title\n\nWelder\n\nCompany name\n\nNordstahl GmbH")
    assert cleaned.facts["job title"] == "Welder"
    assert cleaned.facts["company"] == "Nordstahl GmbH"


def test_record_field_names_in_other_languages_and_scripts_are_read():
    csv_text = "url,기업명,공고명,근무지역\nhttps://example.kr/1,한빛병원,연구간호사 모집,서울 종로구\n"
    posting = parse(csv_text, filename="jobs.csv")
    assert (posting.title, posting.company) == ("연구간호사 모집", "한빛병원")


def test_a_csv_the_sniffer_cannot_read_is_read_by_its_header_delimiter():
    text = 'Pozisyon;IlanMetni\n"Depo Sorumlusu\n\n   Kuzey Lojistik";'
    text += '"Depo operasyonlarını yönetmek;\nStok takibi"\n'
    posting = parse(text, filename="ilanlar.csv")
    assert posting.problem is None
    # A card's title cell: the title on its first line, the employer under it.
    assert (posting.title, posting.company) == ("Depo Sorumlusu", "Kuzey Lojistik")


def test_a_two_cell_table_row_is_a_labelled_fact():
    html = (
        "<table><tr><td>Intitulé du poste</td><td>agent de service</td></tr>"
        "<tr><td>Offre à pourvoir le</td><td>23/03/2015</td></tr>"
        "<tr><td>Lieu de travail</td><td>NANTES</td></tr></table>"
        "<p>Entretien des bureaux et des sanitaires pour notre client, la société Nettoyage Ouest SARL.</p>"
    )
    posting = parse(html, filename="offre.html")
    assert posting.title == "agent de service"
    assert [(p.name, p.country) for p in posting.locations] == [("Nantes", "FR")]
    assert posting.company != "Offre à pourvoir le"  # a label that ends with an article names nobody


def test_a_hash_prefixed_label_is_a_fact():
    assert clean("Go Developer\n#Location: Ha Noi\n\nBuild services.").facts["location"] == "Ha Noi"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("fecha_publicacion_iso", "2025-11-10"),
        ("listingDate", "2025-11-10T08:00:00Z"),
        ("issueDate", "10/11/2025"),
    ],
)
def test_a_records_posting_date_under_other_field_names(field, value):
    record = {
        "titulo": "Analista de Impuestos",
        "empresa": "Bianchi SRL",
        "descripcion": "Buscamos analista. " * 5,
    }
    posting = parse(json.dumps({**record, field: value}), filename="oferta.json")
    assert posting.posted_at.isoformat() == "2025-11-10"


def test_a_title_written_over_several_front_matter_lines_is_one_title():
    text = (
        '---\ntitle:\n  - "Nous recherchons"\n  - "un·e Office Manager en alternance"\nplace: "Lyon"\n---\n\n'
    )
    text += "Rattaché·e à la direction, vous organisez le quotidien de l'agence. Elao est un atelier web."
    posting = parse(text, filename="office-manager.md")
    assert posting.title.startswith("Office Manager")
    assert [p.name for p in posting.locations] == ["Lyon"]


def test_a_city_followed_by_an_elision_is_part_of_a_longer_name():
    assert find_places("Apéros et pique-nique à la Tête d'Or, ciné-club.") == []
