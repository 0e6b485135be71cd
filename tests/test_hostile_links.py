"""Script links never reach a page: every place a posting can carry a URL, every way to disguise one."""

import json
import re
from html.parser import HTMLParser

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from postings.importing import file_import
from postings.models import Company, Role, Source
from postings.parsing.links import safe_url
from postings.parsing.posting import parse_all
from postings.validators import validate_link
from tests.factories import approve_pending

from .factories import make_role

# Each is script (or a document that runs script) when a browser follows it as an href.
HOSTILE = [
    "javascript:alert(document.cookie)",
    "JaVaScRiPt:alert(1)",
    " \t javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\x01javascript:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript&#x3A;alert(1)",
    "&amp;#106;avascript:alert(1)",
    "javascript&colon;alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
]
BODY = "Build payment services in Python.\n\nRequirements:\n- 3 years of Python\n"


def _html_attr(url: str) -> str:
    return url.replace("&", "&amp;").replace('"', "&quot;") if "&#" not in url else url.replace('"', "&quot;")


def _carriers(url: str) -> dict[str, str]:
    """File name → a posting that carries `url` in one of the places a link is read from."""
    attr = _html_attr(url)
    jsonld = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": "Backend Engineer",
        "hiringOrganization": {"name": "Acme Payments"},
        "description": "<p>Build payment services in Python.</p>",
        "url": url,
        "directApply": True,
    }
    page = "<html><head><title>Backend Engineer</title>{head}</head><body><h1>Backend Engineer</h1>"
    page += "<p>Acme Payments</p><p>Build payment services in Python.</p>{body}</body></html>"
    return {
        "canonical.html": page.format(head=f'<link rel="canonical" href="{attr}">', body=""),
        "og.html": page.format(head=f'<meta property="og:url" content="{attr}">', body=""),
        "apply-link.html": page.format(head="", body=f'<p><a href="{attr}">Apply now</a></p>'),
        "jsonld.html": page.format(
            head=f'<script type="application/ld+json">{json.dumps(jsonld)}</script>', body=""
        ),
        "schema.json": json.dumps(jsonld),
        "lever.json": json.dumps(
            {
                "text": "Backend Engineer",
                "descriptionPlain": BODY,
                "company": "Acme Payments",
                "hostedUrl": url,
                "applyUrl": url,
            }
        ),
        "apply.md": f"# Backend Engineer\n\n**Acme Payments**\n\n{BODY}\n[Apply here]({url})\n",
    }


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.links += [v or "" for k, v in attrs if k in ("href", "src", "action", "formaction", "content")]


def _script_links(html: str) -> list[str]:
    """Links a browser would run as script, after undoing what browsers ignore."""
    parser = _Links()
    parser.feed(html)
    bad = []
    for link in parser.links:
        seen = re.sub(r"[\t\n\r]", "", link).strip("".join(chr(c) for c in range(0x21))).lower()
        if seen.startswith(("javascript:", "data:", "vbscript:")):
            bad.append(link)
    return bad


def _pages(client) -> list[str]:
    names = ("role_list", "api_roles", "role_feed", "role_feed_atom", "sitemap")
    urls = [reverse(f"postings:{name}") for name in names]
    for role in Role.objects.all():
        urls += [role.get_absolute_url(), role.company.get_absolute_url()]
        urls += [source.get_absolute_url() for source in role.sources.all()]
    pages = []
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        pages.append(response.content.decode())
    return pages


@pytest.mark.django_db
@pytest.mark.parametrize("url", HOSTILE)
def test_no_imported_script_link_is_rendered(client, url):
    warnings = []
    for name, text in _carriers(url).items():
        outcomes = file_import(data=text.encode(), file_name=name)
        warnings += [w for outcome in outcomes for w in outcome.warnings]
    approve_pending()  # a role the parser doubted must be safe once a moderator opens it, too
    assert Role.objects.exists()
    for html in _pages(client):
        assert _script_links(html) == []
    assert not Source.objects.exclude(url="").exists()
    assert set(Role.objects.values_list("apply_url", flat=True)) == {""}
    # The drop is reported (a disguise too mangled to read as a link at all is simply not one).
    assert any("only http, https and mailto links are kept" in w for w in warnings)


@pytest.mark.django_db
def test_url_given_by_the_importer_is_checked_too():
    file_import(
        data=b"Backend Engineer\nat Acme Payments\n\n" + BODY.encode(), file_name="a.txt", url=HOSTILE[0]
    )
    assert Source.objects.get().url == ""


@pytest.mark.django_db
def test_a_safe_apply_link_reaches_the_apply_button(client):
    markdown = f"# Backend Engineer\n\n**Acme Payments**\n\n{BODY}\n[Apply here](https://jobs.acme.example/42?src=a&b=1)\n"
    file_import(data=markdown.encode(), file_name="apply.md")
    role = Role.objects.get()
    assert role.apply_url == "https://jobs.acme.example/42?src=a&b=1"
    page = client.get(role.get_absolute_url()).content.decode()
    assert 'href="https://jobs.acme.example/42?src=a&amp;b=1"' in page


@pytest.mark.parametrize(
    ("carrier", "expected"),
    [
        ('<a href="mailto:jobs@acme.example">Apply by e-mail</a>', "mailto:jobs@acme.example"),
        (
            '<a class="btn" href="https://acme.example/apply/7"><span>Apply</span> now</a>',
            "https://acme.example/apply/7",
        ),
        ('<a href="https://acme.example/about">About us</a>', None),
    ],
)
def test_apply_links_are_read_from_labelled_anchors(carrier, expected):
    html = f"<html><body><h1>Backend Engineer</h1><p>Acme Payments</p><p>{BODY}</p>{carrier}</body></html>"
    assert parse_all(html, filename="p.html")[0].apply_url == expected


@pytest.mark.parametrize(
    "url", HOSTILE + ["//evil.example/x", "/jobs/1", "http://", "mailto:nobody", "ftp://a.b/c"]
)
def test_safe_url_refuses(url):
    assert safe_url(url) is None


@pytest.mark.parametrize(
    "url", ["https://acme.example/jobs/1", "HTTP://acme.example", "mailto:jobs@acme.example?subject=Hi"]
)
def test_safe_url_keeps(url):
    assert safe_url(url) == url


@pytest.mark.parametrize("url", HOSTILE[:3] + ["/relative"])
def test_admin_validator_refuses_what_the_importer_refuses(url):
    with pytest.raises(ValidationError):
        validate_link(url)


@pytest.mark.django_db
def test_admin_form_refuses_a_script_apply_link(admin_client):
    role = make_role()
    url = reverse("admin:postings_role_change", args=[role.pk])
    form = admin_client.get(url).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and not isinstance(v, list | dict)}
    data.update({"apply_url": "javascript:alert(1)", "company": role.company.pk})
    response = admin_client.post(url, data)
    assert response.status_code == 200  # the form comes back with an error, nothing saved
    assert "http://, https:// or mailto:" in response.content.decode()
    role.refresh_from_db()
    assert role.apply_url == ""


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("model", "field"), [(Role, "apply_url"), (Source, "url"), (Company, "website")], ids=lambda v: str(v)
)
def test_database_refuses_script_links_from_any_writer(model, field):
    role = make_role()
    Source.objects.create(role=role, raw_text="x", content_hash="a" * 64, parser_version="1")
    with pytest.raises(IntegrityError), transaction.atomic():
        model.objects.update(**{field: "javascript:alert(1)"})


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Apply at https://jobs.acme.example/42 today.", "https://jobs.acme.example/42"),
        ("Send your CV to jobs@acme.example.", "mailto:jobs@acme.example"),
        ("Bewerbung bitte an karriere@acme.example", "mailto:karriere@acme.example"),
        ("We apply our skills daily.", None),
    ],
)
def test_the_apply_link_a_posting_writes_in_its_text(sentence, expected):
    text = f"Backend Engineer\nat Acme Payments\n\n{BODY}\n{sentence}\n"
    assert parse_all(text, filename="p.txt")[0].apply_url == expected


@pytest.mark.django_db
def test_an_application_address_becomes_a_mailto_apply_button(client):
    text = f"Backend Engineer\nat Acme Payments\n\n{BODY}\nSend your CV to jobs@acme.example.\n"
    file_import(data=text.encode(), file_name="p.txt")
    role = Role.objects.get()
    assert role.apply_url == "mailto:jobs@acme.example"
    assert 'href="mailto:jobs@acme.example"' in client.get(role.get_absolute_url()).content.decode()
