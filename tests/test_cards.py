"""Result cards: the values one search result shows, worked out once in Python."""

from datetime import date

import pytest
from django.urls import reverse

from postings.cards import role_card
from postings.models import Role
from tests.factories import make_company, make_role, make_source

pytestmark = pytest.mark.django_db


def card_of(role: Role):
    return role_card(Role.objects.with_cards().get(pk=role.pk))


def test_card_states_level_type_places_pay_and_sources():
    role = make_role(
        title="Staff Engineer",
        company=make_company(name="Acme", slug="acme"),
        seniority="staff",
        employment_type="contract",
        work_mode="hybrid",
        posted_at=date(2026, 3, 5),
        pay=(100000, 120000),
        skills=["Rust", "Go", "Python", "SQL", "Linux", "AWS", "Terraform"],
        locations=[("Berlin", "DE"), ("London", "GB")],
    )
    make_source(role=role, raw_text="one")
    make_source(role=role, raw_text="two")
    card = card_of(role)
    assert (card.title, card.company, card.url) == ("Staff Engineer", "Acme", role.get_absolute_url())
    assert card.facts == " · Staff · Contract"
    assert card.places == "Berlin, Germany; London, United Kingdom"
    assert card.work_mode == "Hybrid"
    assert card.pay == "$100,000 – $120,000 per year"
    assert len(card.skills) == 6
    assert (card.date_label, card.date_iso, card.date_text) == ("Posted", "2026-03-05", "5 Mar 2026")
    assert card.sources == 2 and card.is_open


def test_card_of_a_remote_closed_role_without_pay_or_places():
    role = make_role(
        work_mode="remote", remote_restriction="US,CA", status="closed", employment_type="full_time"
    )
    card = card_of(role)
    assert card.places == "" and card.work_mode == "Remote (US, CA only)"
    assert card.facts == "" and card.pay == "" and not card.is_open
    assert card.date_label == "Listed" and card.date_iso == role.listed_at.date().isoformat()
    assert card_of(make_role(work_mode="onsite")).places == "Location not stated"


def test_cards_on_the_page_are_escaped(client):
    make_role(title="<script>alert(1)</script> Engineer", company=make_company(name="A & <B>", slug="ab"))
    html = client.get(reverse("postings:role_list")).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Engineer" in html and "<script>alert" not in html
    assert "A &amp; &lt;B&gt;" in html
    assert "Location not stated" in html and "Pay not stated" in html and "0 sources" in html
