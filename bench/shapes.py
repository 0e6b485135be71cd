"""Render a synthetic role as a posting file of one of several shapes, like the ones people paste in.

Shapes: a careers page as plain text, Markdown, an HTML careers page with a JSON-LD JobPosting, an HTML
aggregator page without one, an ATS copy wrapped in resume-keyword junk, an aggregator text page with
an estimated salary, and a bare JSON-LD file.
"""

import html
import json
import random
from decimal import Decimal

from . import corpus, prose
from .generate import Role, companies, locations

SHAPES = (
    ("text", 24, "txt"),
    ("markdown", 20, "md"),
    ("html_jsonld", 16, "html"),
    ("html", 14, "html"),
    ("ats", 10, "txt"),
    ("aggregator", 12, "txt"),
    ("json", 4, "json"),
)
EMPLOYMENT = {
    "full_time": "Full-time",
    "part_time": "Part-time",
    "contract": "Contract",
    "temporary": "Temporary",
    "internship": "Internship",
}
SCHEMA_EMPLOYMENT = {"full_time": "FULL_TIME", "part_time": "PART_TIME", "contract": "CONTRACTOR"}
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "INR": "₹", "JPY": "¥"}
PERIOD_WORDS = {"year": (" per year", "/year", " a year", " annually"), "month": (" per month", "/month")}
PERIOD_WORDS |= {"week": (" per week",), "day": (" per day", "/day", " a day"), "hour": (" per hour", "/hr")}


def render(role: Role, k: int, rng: random.Random) -> tuple[str, str]:
    """(file name, text) for posting k, which is a copy of `role` in a shape chosen by `rng`."""
    shape, _, ext = rng.choices(SHAPES, weights=[s[1] for s in SHAPES])[0]
    text = globals()[f"_{shape}"](role, rng)
    return f"{k:06d}_{role.company.slug}-{role.id}-{shape}.{ext}", text


def _place_line(role: Role) -> str:
    rows = {row[0]: row for row in locations()}
    parts = []
    for location_id in role.location_ids:
        _, name, region, country = rows[location_id]
        if role.work_mode == "remote":
            parts.append(f"Remote ({country})" if country else "Remote")
        else:
            parts.append(", ".join(p for p in (name, region, corpus.COUNTRY_NAMES.get(country)) if p))
    return " / ".join(parts)


def _work_sentence(role: Role) -> str:
    place = _place_line(role)
    if role.work_mode == "remote":
        where = corpus.COUNTRY_NAMES.get(role.remote_restriction)
        return f"This is a fully remote role; you must be based in {where}." if where else "Fully remote."
    if role.work_mode == "hybrid":
        return f"This is a hybrid role, three days a week in our office in {place}."
    return f"This role is on-site in {place}."


def _money(amount: Decimal, currency: str) -> str:
    digits = f"{amount:,.2f}".removesuffix(".00")
    symbol = SYMBOLS.get(currency)
    return f"{symbol}{digits}" if symbol else f"{currency} {digits}"


def pay_text(pay, rng: random.Random) -> str:
    """The pay as a posting writes it: "$120,000 – $150,000 per year", "$120k–150k", "€45/hour"."""
    low, high, cur = pay.min_amount, pay.max_amount, pay.currency
    per = rng.choice(PERIOD_WORDS[pay.period])
    if low is None:
        return f"up to {_money(high, cur)}{per}"
    if high is None:
        return f"from {_money(low, cur)}{per}"
    if pay.period == "year" and cur in SYMBOLS and low >= 10_000 and rng.random() < 0.3:
        sym = SYMBOLS[cur]
        return f"{sym}{low / 1000:.0f}k–{high / 1000:.0f}k"
    sep = rng.choice((" – ", " - ", " to "))
    text = f"{_money(low, cur)}{sep}{_money(high, cur)}{per}"
    if pay.kind == "ote":
        text += " OTE"
    return text + (" + equity" if pay.equity else "")


def _sections(role: Role, rng: random.Random) -> list[tuple[str, list[str]]]:
    return [
        (rng.choice(("What You'll Do", "Responsibilities", "What you will do")), list(role.responsibilities)),
        (rng.choice(("What We're Looking For", "Requirements", "About you")), list(role.requirements)),
        (rng.choice(("Nice to Have", "Bonus Points", "Preferred qualifications")), list(role.nice_to_have)),
        (rng.choice(("Benefits", "What we offer", "Perks")), list(role.benefits)),
    ]


def _pay_line(role: Role, rng: random.Random) -> list[str]:
    return (
        [f"{rng.choice(('Salary', 'Compensation range', 'Pay'))}: {pay_text(role.pay, rng)}"]
        if role.pay
        else []
    )


def _text(role: Role, rng: random.Random) -> str:
    lines = [role.title, f"at {role.company.name}", _place_line(role), "", role.summary, ""]
    for heading, bullets in _sections(role, rng):
        lines += [heading, *(f"- {b}" for b in bullets), ""]
    lines += _pay_line(role, rng) + [
        _work_sentence(role),
        "",
        f"About {role.company.name}",
        role.about_company,
    ]
    if role.posted_at:
        lines.append(f"Posted {role.posted_at:%B} {role.posted_at.day}, {role.posted_at.year}")
    return "\n".join(lines) + "\n"


def _markdown(role: Role, rng: random.Random) -> str:
    facts = [f"**{role.company.name}**", _place_line(role), EMPLOYMENT.get(role.employment_type, "")]
    if role.pay:
        facts.append(pay_text(role.pay, rng))
    lines = [f"# {role.title}", "", " | ".join(f for f in facts if f), "", role.summary, ""]
    for heading, bullets in _sections(role, rng):
        lines += [f"## {heading}", "", *(f"* {b}" for b in bullets), ""]
    lines += [_work_sentence(role), "", "## About us", "", role.about_company, ""]
    return "\n".join(lines)


def _html_body(role: Role, rng: random.Random) -> str:
    parts = [f"<p>{html.escape(p)}</p>" for p in role.summary.split("\n\n")]
    for heading, bullets in _sections(role, rng):
        items = "".join(f"<li>{html.escape(b)}</li>" for b in bullets)
        parts.append(f"<h3>{html.escape(heading)}</h3><ul>{items}</ul>")
    parts.append(f"<p>{html.escape(_work_sentence(role))}</p>")
    if role.pay:
        parts.append(f"<p>Salary: {html.escape(pay_text(role.pay, rng))}</p>")
    parts.append(f"<h3>About {html.escape(role.company.name)}</h3><p>{html.escape(role.about_company)}</p>")
    return "\n".join(parts)


def _jsonld(role: Role, rng: random.Random) -> dict:
    rows = {row[0]: row for row in locations()}
    places = []
    for location_id in role.location_ids:
        _, name, region, country = rows[location_id]
        if role.work_mode != "remote":
            address = {"addressLocality": name, "addressRegion": region, "addressCountry": country}
            places.append({"@type": "Place", "address": {"@type": "PostalAddress", **address}})
    data = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": role.title,
        "description": _html_body(role, rng),
        "hiringOrganization": {"@type": "Organization", "name": role.company.name},
        "employmentType": SCHEMA_EMPLOYMENT.get(role.employment_type, "OTHER"),
    }
    if role.posted_at:
        data["datePosted"] = role.posted_at.isoformat()
    if places:
        data["jobLocation"] = places if len(places) > 1 else places[0]
    if role.work_mode == "remote":
        data["jobLocationType"] = "TELECOMMUTE"
        if role.remote_restriction:
            data["applicantLocationRequirements"] = {"@type": "Country", "name": role.remote_restriction}
    if role.pay and role.pay.min_amount is not None and role.pay.max_amount is not None:
        value = {"minValue": float(role.pay.min_amount), "maxValue": float(role.pay.max_amount)}
        value |= {"@type": "QuantitativeValue", "unitText": role.pay.period.upper()}
        data["baseSalary"] = {"@type": "MonetaryAmount", "currency": role.pay.currency, "value": value}
    return data


PAGE_TOP = (
    '<div class="cookie-banner"><p>We use cookies to give you the best experience.</p>'
    "<button>Accept all</button></div>\n<header><nav>"
    '<a href="/">Home</a> | <a href="/jobs">Jobs</a> | <a href="/login">Log in</a></nav></header>\n'
)
PAGE_BOTTOM = "<footer><p>&copy; 2026. All rights reserved. Privacy | Terms</p></footer>\n</body>\n</html>\n"


def _page(title: str, head: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n{head}</head>\n<body>\n{PAGE_TOP}{body}\n{PAGE_BOTTOM}"
    )


def _html_jsonld(role: Role, rng: random.Random) -> str:
    data = json.dumps(_jsonld(role, rng), ensure_ascii=False, indent=1)
    head = f'<script type="application/ld+json">\n{data}\n</script>\n'
    body = f"<main><h1>{html.escape(role.title)}</h1>\n{_html_body(role, rng)}</main>"
    return _page(f"{role.title} | Careers | {role.company.name}", head, body)


def _html(role: Role, rng: random.Random) -> str:
    facts = [f'<span class="loc">{html.escape(_place_line(role))}</span>']
    facts.append(f'<span class="type">{EMPLOYMENT.get(role.employment_type, "")}</span>')
    body = (
        f'<article class="job"><h1>{html.escape(role.title)}</h1>\n'
        f'<div class="company">{html.escape(role.company.name)}</div>\n'
        f'<div class="facts">{" ".join(facts)}</div>\n{_html_body(role, rng)}</article>\n'
        '<aside class="related"><h3>Related jobs</h3>'
        f"<ul><li>{html.escape(_other_title(rng))}</li></ul></aside>"
    )
    return _page(f"{role.title} at {role.company.name} | JobRadar", "", body)


def _ats(role: Role, rng: random.Random) -> str:
    return prose.ATS_JUNK + "Job Description\n" + _text(role, rng)


def _aggregator(role: Role, rng: random.Random) -> str:
    facts = [
        f"  • Company: {role.company.name}",
        f"  • Location: {_place_line(role)}",
        f"  • Job Type: {EMPLOYMENT.get(role.employment_type, 'Full-time')}",
    ]
    if role.pay:
        facts.append(f"  • Salary: {pay_text(role.pay, rng)}")
    elif role.estimate:
        low, high = role.estimate.min_amount, role.estimate.max_amount
        facts.append(f"  • Salary: Estimated: $ {low / 1000:.0f}K to {high / 1000:.0f}K")
    if role.posted_at:
        facts.append(f"  • Published on: {role.posted_at:%Y/%m/%d}")
    lines = [role.title, "", *facts, "", "Job description", _work_sentence(role), "", role.summary, ""]
    for heading, bullets in _sections(role, rng)[:3]:
        lines += [f"{heading}:", *(f"• {b}" for b in bullets), ""]
    others = rng.sample(companies(), 2)
    tail = prose.AGGREGATOR_TAIL.format(
        title2=_other_title(rng),
        company2=others[0].name,
        title3=_other_title(rng),
        company3=others[1].name,
        company=role.company.name,
    )
    return "\n".join(lines) + tail


def _json(role: Role, rng: random.Random) -> str:
    return json.dumps(_jsonld(role, rng), ensure_ascii=False, indent=2)


def _other_title(rng: random.Random) -> str:
    return rng.choice(rng.choice(corpus.OTHER_FAMILIES).titles)
