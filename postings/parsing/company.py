"""Which company is hiring: every place a posting names its employer, weighed together.

Careers pages name the employer in many ways ("Northwind Logistics | Careers", "About Pinecrest Labs",
"We're Saltmarsh Energy, a …", "**Brightpath Health** · Portland, OR"). Each pattern proposes a candidate
with a weight; candidates that are the same company (one name a prefix of the other, or differing in case)
are pooled, the name is counted in the text, and the best-supported candidate wins.
"""

import re
from collections import Counter, defaultdict
from functools import lru_cache
from itertools import islice

from ._employer_evidence import (
    ats_slugs,
    domain_labels,
    home_page_name,
    mail_domain_name,
    names_for_domain,
    reads_as_sentence,
    stated_in_other_languages,
)
from ._job_nouns import is_site_word
from ._labels import key_of
from .people import SEEKS_AT_END, is_duty_verb, is_job_noun, seniority
from .places import parse_place, work_mode
from .sections import classify_heading
from .terms import employment_type

_NAME = r"[A-Z0-9][\w&.'’+-]*(?:[ \t]+(?:(?:of|and|de|&|the)[ \t]+)?[A-Z0-9][\w&.'’+-]*){0,4}"
_CAREERS_WORDS = (
    r"careers?|jobs|open (?:positions|roles)|job openings|karriere|empleo|carri[eè]res?|stellenangebote|"
    r"now hiring|we(?:'re|’re| are) hiring|join (?:us|our team)|work with us"
)
# The separators as one possessive run: nested "(?:[-|]+\s*)+" tried every split of "----" (exponential).
_CAREERS_AFTER = re.compile(
    rf"^(?P<name>[^|·•—–:/]{{2,60}}?)\s*+[|·•—–:/-][|·•—–:/\s-]*+(?:{_CAREERS_WORDS})\b", re.I
)
_CAREERS_PLAIN = re.compile(rf"^(?P<name>[^|·•—–:/]{{2,60}}?)\s++(?:{_CAREERS_WORDS})\s*$", re.I)
_CAREERS_AT = re.compile(rf"^(?:careers?|jobs|work|life)\s+(?:at|@)\s+(?P<name>{_NAME})\s*$", re.I)
_ABOUT = re.compile(rf"^(?:About|Who is|Why(?: work at| join)?)\s+(?P<name>{_NAME})\s*[?:!.]*$")
_ANNOUNCED_BY = re.compile(
    rf"\b(?:vacanc(?:y|ies)|positions?|posts?|jobs?|openings?)\b[^.\n]{{0,60}}?"
    rf"\b(?:announced|advertised|published|issued)\b[^.\n]{{0,40}}?\bby[ \t]+(?:the[ \t]+)?(?P<name>{_NAME})"
)
# "Join San Diego Metropolitan Transit System (MTS) as one of our newest Bus Drivers!"
_JOIN_AS = re.compile(
    rf"\b[Jj]oin[ \t]+(?:the[ \t]+)?(?P<name>{_NAME})(?:[ \t]+\([A-Z]{{2,8}}\))?"
    r"[ \t]+as[ \t]+(?:an?|one|our)\b"
)
# The full stop after a sentence's last word ("… by the Ministry of Health Zanzibar."), not an abbreviation's.
_SENTENCE_END = re.compile(r"(?<=[a-z]{4})\.$")
# "We're Acme, a …", "We’re CarOnSale—a Berlin-based startup" (a dash glued to both: "We are Growing - the
# team doubled" or "We're Remote-First — a distributed team" name nobody)
_WE_ARE = re.compile(rf"\b[Ww]e(?:'re|’re| are)\s+(?P<name>{_NAME})(?:,\s+|(?<=\w)[—–](?=\w))(?:an?|the)\b")
_SUBJECT = re.compile(
    rf"^(?P<name>{_NAME})(?:,\s+(?:Inc|LLC|Ltd)\.?)?\s+(?:is|are|was|has|have|helps|builds|makes|offers|provides|"
    r"runs|moves|discovers|develops|designs|creates|operates|places|protects|powers|started|began|processes|"
    r"serves|sells|connects|brings|delivers|gives|lets|supports|manages|replaces|hires|employs)\s"
)
# The subject of a long opening sentence in any language ("Rhodanie Assurances protège …"), when the
# name recurs in the text.
_ANY_SUBJECT = re.compile(rf"^(?P<name>{_NAME})\s+[a-zà-ÿ][\w’'-]*\s(?=(?:\S+\s+){{6}})")
# The employer's equal-opportunity statement names it, wherever it stands in a line.
_EQUAL_OPPORTUNITY = re.compile(
    rf"(?<![\w&.'’+-])(?P<name>{_NAME})[ \t]+(?:is|are)[ \t]+(?:proud[ \t]+to[ \t]+be[ \t]+)?(?:an?[ \t]+)?"
    r"(?:(?i:equal[ \t]+(?:opportunity|employment)|affirmative[ \t]+action)|EEO\b|E-Verify)"
)
# German postings name the employer where the post is: "Bei der Stadt Eckernförde ist … zu besetzen".
_BEI = re.compile(
    rf"\b[Bb]ei[ \t]+(?:der|dem)[ \t]+(?P<name>{_NAME})[ \t]+(?:ist|sind|wird|werden|suchen|sucht)\b"
)
# News relaying a vacancy names the employer after the word for a company: "La empresa de distribución
# Mercadona ha ofertado …", "l'entreprise Vinci recrute", "das Unternehmen Bosch sucht".
_THE_COMPANY = re.compile(
    r"\b(?:(?:[Ll]a|[Uu]na|[Aa]|[Tt]he|[Dd]as|[Ll]e|[Ii]l)[ \t]+|[Ll]['’])"
    r"(?:empresa|compañía|companhia|entreprise|société|company|firm|Unternehmen|azienda|società)"
    r"(?:[ \t]+(?:de|of|di|du|de[ \t]+la)(?:[ \t]+[a-zà-ÿ]{2,}){1,2})?"
    rf"[ \t]+(?P<name>{_NAME})(?=[ \t,.]|$)"
)
# The words for a town's own administration before the town's name ("Stadtverwaltung Arnstadt", "Mairie de
# Metz", "City of Austin"), and the Nordic ones after it ("Örebro kommun", "Espoon kaupunki").
_TOWN_OFFICE = (
    r"(?:Landeshauptstadt|Hansestadt|Universitätsstadt|Kreisstadt|Stadt|Gemeinde|Marktgemeinde|Stadtverwaltung"
    r"|Gemeente|Kommune|Lokaal[ \t]+Bestuur|Stad|Ville[ \t]+de|Mairie[ \t]+de|Commune[ \t]+de|Comune[ \t]+di"
    r"|Citt[àa][ \t]+di|Municipio[ \t]+de|Ayuntamiento[ \t]+de|Prefeitura(?:[ \t]+Municipal)?[ \t]+de"
    r"|City[ \t]+of|Town[ \t]+of|Village[ \t]+of|Shire[ \t]+of|Municipality[ \t]+of)"
)
_TOWN_OFFICE_AFTER = r"(?:[Kk]ommune?|[Kk]unta|[Kk]aupunki)"
# A county's administration is a public employer too, but no town.
_PUBLIC_OFFICE = rf"(?:{_TOWN_OFFICE}|Landkreis|County[ \t]+(?:Government[ \t]+)?of)"  # Kenya's counties too
# A town, a county or a city is the employer its name says: "Die Stadt Norderstedt ist Trägerin …", "Ein
# Stellenangebot der Landeshauptstadt Saarbrücken", "Mairie de Metz", "City of Austin".
# The town's name may have several words ("Prefeitura de Sete Lagoas", "City of New York", "Stadt Frankfurt
# am Main"); lower-case words other than those joining a name end it.
_PUBLIC_BODY = re.compile(
    rf"(?<![\w-]){_PUBLIC_OFFICE}[ \t]+"
    r"[A-ZÀ-Þ][\w'’-]++(?:[ \t]+(?:(?:am|an|im|in|upon|on|de|do|da|del|di|sur)[ \t]+)?[A-ZÀ-Þ][\w'’-]++){0,2}"
)
_MUNICIPALITY = re.compile(rf"(?<![\w-])[A-ZÀ-ÞÅÄÖ][\w'’-]++[ \t]+{_TOWN_OFFICE_AFTER}(?![\w-])")
# An employer that is a town's administration, and the town ("Stadtverwaltung Arnstadt": Arnstadt).
_TOWN_ADMINISTRATION = re.compile(
    rf"^{_TOWN_OFFICE}[ \t]+(?P<town>[^\n]{{2,40}})$|^(?P<nordic>[^\n]{{2,40}}?)[ \t]+{_TOWN_OFFICE_AFTER}$"
    # "Lewes Town Council", "Meath County Council", "Wyndham City Council", "Wealden District Council"
    r"|^(?:The[ \t]+)?(?P<council>[A-Z][^\n]{1,40}?)[ \t]+(?:Town|City|Borough|District|County|Shire|Parish"
    r"|Municipal|Regional|Metropolitan[ \t]+Borough)[ \t]+Council$"
)
# "Ein Stellenangebot der Landeshauptstadt Saarbrücken", "Offre d'emploi de la Mairie de Vannes": the offer's
# own words name whose offer it is.
# "La ville de MAISONS-ALFORT recrute", "The City of Ryde is hiring": a town's administration that recruits,
# its office word written in lower case in a sentence.
# The office word before the town's name, in a sentence's lower case too: "la mairie d’Ajaccio".
_TOWN_OFFICE_WORD = (
    r"(?i:\b(?P<office>ville|commune|mairie|city|town|village|stadt|gemeinde|gemeente|comune|ayuntamiento"
    r"|ajuntament|concello|prefeitura|c[âa]mara[ \t]+municipal|municipality|municipalidad)"
    r"[ \t]+(?:de|d['’]|of|di|van)?[ \t]*+)"
)
_TOWN_RECRUITS = re.compile(
    _TOWN_OFFICE_WORD + r"(?P<name>[A-ZÀ-Þ][\w'’-]++(?:[ \t]+[A-ZÀ-Þ][\w'’-]++){0,2})"
    r"[ \t]+(?i:recrute|recrutent|recruits|is[ \t]+recruiting|is[ \t]+hiring|sucht|zoekt|cerca|busca)\b"
)
_OFFER_OF = re.compile(
    r"\b(?:[Ss]tellen(?:angebot|ausschreibung|anzeige)|[Oo]ffre[ \t]+d['’]emploi|[Oo]ferta[ \t]+de[ \t]+"
    r"(?:empleo|trabajo|emprego)|[Vv]acature)[ \t]+(?:der|des|von|de[ \t]+la|du|de|van[ \t]+de|van)[ \t]+"
    rf"(?P<name>{_NAME})"
)
_LATIN_NAME = re.compile(
    r"\((?P<name>[A-Z][\w&.'’ -]{1,40}?\s(?:Inc|Ltd|GmbH|K\.K|Co\.,? Ltd|Corp|LLC|S\.A|AG)\.?)\)"
)
# (?!…): no match starts inside a run of blanks, so a long run is scanned once, not once per blank.
_SEPARATED = re.compile(r"(?!(?<=\s)\s)(?:\s*+\|\s*|\s++[·•]\s*|\s*+[·•]\s+|\s++[—–/-]\s+)")
_STOP_NAMES = frozenset(
    [
        "applications",
        # a news page's photo credit on a line of its own
        "source",
        "photo",
        "image source",
        # a job board's field labels on lines of their own
        "min experience",
        "minimum experience",
        "experience",
        "jobtype",
        "we",
        "our",
        "you",
        "your",
        "the",
        "a",
        "an",
        "this",
        "that",
        "it",
        "they",
        "about",
        "poste",
        "mitarbeit",
        "us",
        "job",
        "jobs",
        "careers",
        "career",
        "role",
        "the",
        "role",
        "the",
        "team",
        "team",
        "overview",
        "summary",
        "description",
        "job",
        "description",
        "position",
        "company",
        "who",
        "what",
        "why",
        "how",
        "remote",
        "hybrid",
        "onsite",
        "on-site",
        "full-time",
        "part-time",
        "contract",
        "permanent",
        "engineering",
        "home",
        "apply",
        "resume",
        "keywords",
        "open",
        "roles",
        "location",
        "department",
        "benefits",
        "requirements",
        "responsibilities",
        # "Recruitment" in other languages: a page's heading, never an employer
        "tuyển dụng",
        "recrutement",
        "reclutamiento",
        "recrutamento",
        "rekrutacja",
        "stellenangebote",
        "vacatures",
        "ledig stilling",
        "stillingen",
        "stillingene",
        "offene stellen",
        "aktuelle stellenangebote",
        # what an organisation calls itself in its own text ("The School is seeking"): no name
        "school",
        "college",
        "university",
        "hospital",
        "employer",
        "organisation",
        "organization",
        "business",
        "firm",
        "agency",
        "candidates",
        "applicants",
        "招聘",
        "採用情報",
        "채용",
    ]
    # what a requirement's bullet opens with ("Experiencia en el desarmado …", "Knowledge of …")
    + str.split(
        "experience experiencia experiência expérience esperienza erfahrung ervaring doświadczenie "
        "knowledge conocimiento conocimientos conhecimento conhecimentos connaissance connaissances "
        "conoscenza conoscenze kenntnisse kennis znajomość ability abilities habilidad habilidades "
        "habilidade capacidad capacidade capacité capacità fähigkeit skills competencias competências "
        "compétences competenze disponibilidad disponibilidade disponibilité formación formação formation "
        "must should familiarity proficiency strong excellent proven solid good great demonstrated advanced "
        "basic working outstanding exceptional"
    )
)
_ROLE_NOUN = re.compile(
    r"\b(?:engineer|developer|manager|designer|scientist|analyst|architect|specialist|consultant|director|"
    r"nurse|accountant|representative|intern|coordinator|technician|officer|associate|executive|recruiter|"
    r"therapist|assistant|administrator|bookkeeper|programmer|operator|teacher|driver|chef|lead|head of"
    r"|lecturer|professor|researcher|postdoc)s?\b",
    re.I,
)
# Labels, figures and punctuation that never stand in an employer's name.
_NOT_A_NAME = re.compile(
    r"[:()$€£₹@/?!]|\b\d{2,}\b|^(?:salary|pay|posted|apply|save|share|job type|schedule)\b"
    r"|\b(?:is|are|was|hiring|looking|seeking|join|we|you|etc)\b"
    # a page's own headings: "Job description and apply", "Job Descriptions"
    r"|\bjob\s+descriptions?\b|\band\s+apply\b"
    # a legal form that a name ends with, never opens ("LLC- Waco Texas" cut from "United Clearing
    # Services, LLC- Waco Texas")
    r"|^(?:LLC|Inc|Ltd|GmbH|Corp|plc|Pty|Pte)\b"
    # a public exam ("Concurso Público")
    r"|^concurso\s+p[úu]blico$"
    # an offer's number: "Offre n° O0332512", "Vacancy no. 9557"
    r"|^(?:offre|offer|job|vacancy|vacature|annonce|ref(?:erence)?)\s+(?:n[°ºo]\.?|nr\.?|#|number)"
    # an image's alternative text: "Default job background", "Company banner"
    r"|\b(?:background|banner|thumbnail|placeholder)$"
    # a count of posts or hours: "2 posts – 19 hours per week"
    r"|^\d+\s+(?:posts?|positions?|vacanc\w*|places?|openings?|hours?|days?|weeks?|months?|years?)\b",
    re.I,
)
# (?!…): a match starts at a comma or at the first blank after a word, so long runs stay linear; and at
# most 8 legal forms in a row, so "Inc Inc Inc …" is not read to its end from every blank.
_LEGAL_TAIL = re.compile(
    r"(?!(?<=[\s,])\s)(?:,?\s++(?:Inc|LLC|Ltd|Limited|Lda|GmbH|AG|S\.?A|plc|Corp|B\.?V|N\.?V|SAS|Pty|Pte|Pvt"
    r"|Sdn\.? Bhd)\.?){1,8}$",
    re.I,
)


def find_company(lines: list[str], text: str, **evidence) -> str | None:
    """The employer's name as the posting writes it, or None when no candidate is supported."""
    return scored_company(lines, text, **evidence)[0]


def scored_company(
    lines: list[str],
    text: str,
    *,
    header: list[str] = (),
    page_title: str | None = None,
    stated: str | None = None,
    title: str | None = None,
    raw: str = "",
) -> tuple[str | None, float]:
    """(the employer's name, how sure: 0 to 1), or (None, 0) when no candidate is supported.

    `lines` are the cleaned posting's opening lines, `header` the raw page's first lines (a careers
    header such as "Acme | Careers" may have been cut as page furniture), `page_title` an HTML page's
    <title>, `stated` a name another reader found ("Company: Acme", "Acme is looking for"), `raw` the
    file as it came: its addresses and links (a record's "applyEmail", a page's mailto) name the employer's
    domain even where the posting's text leaves them out.
    """
    votes: dict[str, float] = defaultdict(float)
    lowered = text.lower()
    if stated:
        stated = _without_region(_without_address(stated))
        votes[_tidy(stated)] += 6
    for name, weight in _careers_header(header):
        votes[name] += weight
    for part in _SEPARATED.split(page_title or ""):
        # "Role – Careers – Acme Insurance": a part of the page's title that the posting names too.
        if _plausible(part) and part.lower() in lowered and not _is_title_line(part, title):
            votes[_tidy(part)] += 3
    # A company named with its legal form in the page's title only ("招聘信息-上海大众运行物流股份有限公司").
    for name, weight in stated_in_other_languages(page_title or ""):
        if name.lower() not in lowered:
            votes[name] += weight
    for name, weight in _candidates(lines, text, title):
        votes[name] += weight
    labels = domain_labels(text)[:3]
    labels += [label for label in domain_labels(raw)[:3] if label not in labels]
    # One address is one piece of evidence, shared by the spellings it finds: greensoftware.foundation's
    # "Green Software", "Green Software Foundation" and "Green Software Foundation SCI" count once together.
    for label in labels:  # "jobs@necoh.fr" and the "Necoh" the text names
        names = names_for_domain(label, text)
        for name in names:
            votes[name] += 4 / len(names)
    slugs = ats_slugs(raw or text)[:2]
    for slug in slugs:  # jobs.lever.co/nisum and the "Nisum" the text names
        names = names_for_domain(slug, text)
        for name in names:
            votes[name] += 5 / len(names)
    for name, weight in stated_in_other_languages(text):
        votes[name] += weight
    # The title itself ("Assistente Amministrativo") is never the employer.
    # Nor is a word the posting uses as a label ("Zeitraum: ab sofort" under "Zeitraum / Stunden").
    label_heads = _label_heads(text, title)
    stated_name = _tidy(stated) if stated else None
    pooled = {
        name: score
        for name, score in _pool(votes, text, stated_name).items()
        # nor a label standing alone ("Job Title" over an empty value)
        if not _of_title(name, title)
        and name.lower() not in label_heads
        and not key_of(name)
        and not _label_led(name)
    }
    if not pooled:  # no other evidence: the organisation the posting describes ("WEX is a company …")
        described = _described(text, title)
        pooled = {described: 3.0} if described else pooled
    # "The Department of Law invites …" at Rhodes University: the department is a team, not the employer
    if _UNIVERSITY.search(text):
        pooled = {n: score for n, score in pooled.items() if not _ACADEMIC_UNIT.match(n)}
    # "Provide", "Customer", "Apoyar": a word of the language gives way to any other evidence of the employer
    # (another candidate, the tracking system's or the mail's domain); alone it stands ("Square", "Buffer")
    common = {n for n in pooled if n != stated_name and _common_word(n, text)}
    if common and (set(pooled) - common or slugs or mail_domain_name(text) or mail_domain_name(raw)):
        pooled = {n: score for n, score in pooled.items() if n not in common}
    prose = _prose_words(text)
    trusted = {n: score for n, score in pooled.items() if score >= 3 and not _refuted(n, prose, title)}
    if trusted:
        name, score = max(trusted.items(), key=lambda item: (item[1], len(item[0])))
        return name, min(1.0, score / 8)
    name, score = max(pooled.items(), key=lambda item: (item[1], len(item[0]))) if pooled else (None, 0.0)
    if name and score >= 3:  # only doubtful candidates: the best of them, marked for a person to check
        return name, min(0.3, score / 8)
    if slugs:  # the tracking system's address is the employer's own page there: a name a person should check
        return slugs[0].replace("-", " ").title(), 0.4
    # a name made from a mail domain is a guess a person should check
    fallback = mail_domain_name(text) or mail_domain_name(raw)
    if fallback:
        return fallback, 0.4
    site = home_page_name(text)  # a link to the employer's own home page: the weakest guess of all
    return (site, 0.3) if site else (None, 0.0)


def _careers_header(header: list[str]):
    for line in header:
        for pattern, weight in ((_CAREERS_AFTER, 6), (_CAREERS_PLAIN, 5), (_CAREERS_AT, 6)):
            match = pattern.match(line.strip())
            # "Join Acme Co. - Career opportunities" names Acme Co.; "Aktuelle Stellenangebote", "Open Jobs"
            # name no one
            name = _JOIN.sub("", _tidy(match["name"])) if match else ""
            if name and not _NOT_A_CAREERS_NAME.match(name):
                yield name, weight


_JOIN = re.compile(
    r"^(?i:join|work[ \t]+(?:at|for|with)|werde[ \t]+teil[ \t]+(?:von|der|des)|rejoignez|únete[ \t]+a)[ \t]+"
)
_NOT_A_CAREERS_NAME = re.compile(
    r"(?i:aktuelle|offene|unsere|alle|neue|current|open|our|all|latest|new|available|nos|nuestras?|nuestros"
    r"|nossas?|le[ \t]+nostre|onze)$"
)


def _candidates(lines: list[str], text: str, title: str | None):
    # A line repeated as it stands (a carousel's caption, "Mädchen im Kindergarten - LHS" three times)
    # counts once.
    # A site's navigation ("• Post a Job", "• Log in") is no part of it: the next lines are read instead.
    navigation = sum(1 for line in lines[:12] if is_site_word(line.strip(" \t•·*-–")))
    navigation = navigation if navigation >= 3 else 0
    head = list(dict.fromkeys(line.strip() for line in lines[: 12 + navigation] if line.strip()))
    head = [line for line in head if not is_site_word(line.strip(" \t•·*-–"))] if navigation else head
    yield from _careers_header(head)
    for line in head:
        for match in _LATIN_NAME.finditer(line):  # "株式会社サクラベイ (Sakurabay Inc.)"
            yield _tidy(match["name"]), 4
        if _CJK_CORPORATION.fullmatch(line):  # "社会福祉法人東京聖労院" heading a Japanese recruiting page
            yield line, 4
        bracketed = _BRACKETED.match(line)
        if bracketed and _bracketed_name(bracketed["name"]):  # a forum post's "[Talkdesk] 武汉｜工程师"
            yield _tidy(bracketed["name"]), 4
    for index, line in enumerate(head):
        if not _is_title_line(line, title) and index <= 4:
            first = _SEPARATED.split(line)[0]
            if first != line and _plausible(first):
                yield _tidy(first), 3
        elif index <= 4:  # "The Whitianga Hotel – CHEFS/COOKS": the half beside the title
            halves = _SEPARATED.split(line)
            other = [half for half in halves if not _is_title_line(half, title)] if len(halves) == 2 else []
            name = re.sub(r"^The[ \t]+(?=[A-Z])", "", other[0]) if len(other) == 1 else ""
            if name and _plausible(name) and not (parse_place(name) or work_mode(name)):
                yield _tidy(name), 3
        short_name = len(line.split()) <= 5 and _plausible(line)
        if short_name and index and _is_title_line(head[index - 1], title):
            yield _tidy(line), 3  # the employer's name on its own line under the title
        if short_name and index + 1 < len(head) and _is_title_line(head[index + 1], title):
            yield _tidy(line), 2  # or right above it
        if short_name and index == 0:
            yield _tidy(line), 2
        elif len(line.split()) <= 3 and _plausible(line) and _named_in_prose(line, text):
            yield _tidy(line), 2  # a brand line in the header that the posting keeps naming
    for line in head:
        named = line.lstrip(" •·*-–")
        if _ORGANISATION_LINE.match(named) and not _is_title_line(named, title):
            yield named, 3  # "• Magdalen College School" among the facts under the title
        elif _INSTITUTION_LINE.match(named) and not _is_title_line(named, title):
            # "Spitalul Municipal Aiud, Județul Alba" heading a public notice, without its street
            yield _STREET_AFTER.split(named)[0], 3
        match = _GOVERNMENT_LINE.match(line)
        if match:  # "DEPARTMENT OF HEALTH: KWAZULU-NATAL" heading a public service's circular
            yield re.sub(r"\s*:\s*", ", ", match.group().strip(" .:")), 4
    head_text = text[:20_000]
    # "Rhodes University", "University of Jaffna" named twice or more: the university hiring
    universities = _UNIVERSITY_NAME.finditer(head_text) if "University" in head_text else ()
    for name, times in Counter(m.group() for m in universities).most_common(2):
        if times >= 2:
            yield name, 3
    # "NHS Borders", "NHS Greater Glasgow and Clyde": a health board named twice or more (a UK health
    # service's own pages and schemes, "NHS Jobs", "NHS Pension Scheme", are none)
    boards = _NHS_BOARD.finditer(head_text) if "NHS " in head_text else ()
    for name, times in Counter(m.group() for m in boards).most_common(1):
        if times >= 2:
            yield name, 3
    # "Royston Town Council", "Niyot Medical Center", "The Fitzwilliam Museum" named twice or more: an
    # organisation's own name by its last word; "High School", "Job Group" or "Map Center" are words the
    # posting also writes in lower case, and "South African Council for …" is a longer name cut short
    prose = _prose_words(text)
    named = Counter(
        m["name"]
        for m in _ORGANISATION_NAME.finditer(head_text)
        if not _ORGANISATION_GOES_ON.match(head_text, m.end())
        and not _REGISTERED_WITH.search(head_text, max(0, m.start() - 40), m.start())
        and not _REGISTRATION_AFTER.match(head_text, m.end())
    )
    for name, times in named.most_common(2):
        words = _PROSE_WORD.findall(name.lower().rsplit(" ", 1)[0])
        if times >= 2 and not all(word in prose or word in _KIND_OF_ORGANISATION for word in words):
            yield name, 3
    embassies = _EMBASSY.finditer(head_text) if _EMBASSY_WORD.search(head_text) else ()
    for name in dict.fromkeys(m.group() for m in embassies):
        yield name, 3  # "The Embassy of Canada to the Philippines", "(located in the Embassy of Canada)"
    cjk = Counter(match.group() for match in _CJK_NAMED.finditer(text[:20_000]))
    for name, times in cjk.most_common(2):
        if times >= 2 and not _CJK_COMPANY.fullmatch(name):
            yield name, 3
    # "UNHCR’s Programme Manual", "UNHCR’s corporate priorities": an organisation's initials the posting
    # keeps using as its own (three times or more); a country's ("Canada's largest") is no employer
    owners = Counter(_POSSESSIVE_INITIALS.findall(head_text)) if "s " in head_text else Counter()
    for name, times in owners.most_common(1):
        if times >= 3 and not parse_place(name):
            yield name, 3
    counts: dict[str, int] = {}  # a name repeated on every line is counted once, not once per line
    public: set[str] = set()
    for line in text.splitlines():
        line = line.strip()
        match = _ABOUT.match(line)
        if match:
            yield _tidy(match["name"]), 4
        match = _SUBJECT.match(line) or _ANY_SUBJECT.match(line)
        if match and match.re is not _SUBJECT:
            # once per name: a word that opens many lines ("Degree obtained …", "Degree older …") heads a
            # table's rows, where a company opens one sentence
            if match["name"] not in counts:
                counts[match["name"]] = text.count(match["name"])
                if counts[match["name"]] >= 2:
                    yield _tidy(match["name"]), 2
        elif match:
            yield _tidy(match["name"]), 2
        for match in _WE_ARE.finditer(line):
            yield _tidy(match["name"]), 5
        # "Join San Diego Metropolitan Transit System (MTS) as one of …"
        for match in _JOIN_AS.finditer(line):
            if _plausible(match["name"]):
                yield _tidy(match["name"]), 4
        # a job blog's "vacancies announced today by the Ministry …"
        for match in _ANNOUNCED_BY.finditer(line):
            yield _tidy(_SENTENCE_END.sub("", match["name"])), 4
        for match in _EQUAL_OPPORTUNITY.finditer(line):  # "Harvest Group is an equal opportunity employer"
            yield _tidy(match["name"]), 4
        for match in _BEI.finditer(line):  # "Bei der Stadt Eckernförde ist … eine Stelle zu besetzen"
            yield _tidy(match["name"]), 4
        # "Die Stadt Norderstedt ist …", "Örebro kommun erbjuder …"; once: a town the text keeps naming ("no
        # City of Boston residency requirement") is no employer by that alone
        for match in (*_PUBLIC_BODY.finditer(line), *_MUNICIPALITY.finditer(line)):
            if _ANOTHERS_BODY.search(line, max(0, match.start() - 40), match.start()):
                continue  # "Our client, the Municipality of Skagway", "minutes from the Shire of Esperance"
            body = _vacancies_after(match.group())  # "City of Johannesburg Vacancies: Apply by …"
            name = body["name"] if body else match.group()
            yield name, 3 if name not in public else 0
            public.add(name)
        for match in _OFFER_OF.finditer(line):
            if _plausible(match["name"]):
                yield _tidy(match["name"]), 4
        for match in _TOWN_RECRUITS.finditer(line):  # the town's name: "Ville de …" reads as a sentence
            yield match["name"], 4
        for match in _THE_COMPANY.finditer(line):  # "La empresa de distribución Mercadona ha ofertado"
            if _plausible(match["name"]):
                yield _tidy(match["name"]), 3


def _label_led(name: str) -> bool:
    """Whether a label in capitals opens the name, its value after it: "DUTY STATION Abuja", a table's row."""
    words = name.split()
    for n in range(1, min(3, len(words) - 1) + 1):
        label, rest = " ".join(words[:n]), " ".join(words[n:])
        if label.isupper() and not rest.isupper() and key_of(label):
            return True
    return False


_POSSESSIVE_INITIALS = re.compile(r"(?<![\w&.-])([A-Z][A-Z&]{1,7})['’]s\b")


def _named_in_prose(name: str, text: str) -> bool:
    """Whether the text names `name` again, once at least inside a longer line: a brand the posting keeps
    naming ("Acme" over "At Acme we …"), not a label that a page repeats over its values ("Family Type" over
    "Non Family with Residential Location", twice)."""
    if text.count(name) < 2:
        return False
    return any(name in line and line.strip() != name for line in text.splitlines())


# A public service's own heading line: a ministry, an embassy, a government, or a department of state
# ("DEPARTMENT OF HEALTH: KWAZULU-NATAL"); a university's "Department of Physics" is a team, not this.
_STATE_DEPARTMENTS = (
    r"health|education|basic[ \t]+education|higher[ \t]+education|justice|labou?r|employment|transport"
    r"|agriculture\w*|finance|treasury|home[ \t]+affairs|public[ \t]+works|social[ \t]+development"
    r"|correctional[ \t]+services|human[ \t]+settlements|defen[cs]e|energy|environment\w*|water"
    r"|veterans[ \t]+affairs|corrections|revenue|roads|police|community[ \t]+safety"
    r"|co-?operative[ \t]+governance|rural[ \t]+development|public[ \t]+service|sport|tourism"
    r"|economic[ \t]+development|fisheries|forestry"
)
_GOVERNMENT_LINE = re.compile(
    r"^(?i:the[ \t]+)?(?:"
    r"(?i:ministry|embassy|high[ \t]+commission|consulate(?:[ \t]+general)?|government)"
    r"[ \t]+(?i:of|for)[ \t]+"
    r"(?:the[ \t]+)?[A-ZÀ-Þ][^\n]{1,50}"
    rf"|(?i:department[ \t]+of[ \t]+(?:the[ \t]+)?(?:{_STATE_DEPARTMENTS}))\b"
    r"(?:[ \t]+(?i:and|&)[ \t]+[A-ZÀ-Þ][\w' \t-]{1,40})?(?:[ \t]*+[:,][ \t]*+[A-ZÀ-Þ][^\n]{1,40})?"
    r")$"
)
# A line that is an institution's name by its first word, as Romance languages name them ("Spitalul
# Municipal Aiud", "Azienda Pubblica di Servizi alla Persona ITIS", "Universidade do Porto").
_INSTITUTION_LINE = re.compile(
    r"^(?i:Spitalul|Ospedale|H[ôo]pital|Hospital[ \t]+(?:de|do|da|del|General|Universit)|Universidade"
    r"|Universit[àa]|Universit[ée]|Universidad|Ministerul|Minist[eè]r[eo]|Ministerio|Agen[țţt]ia|Direc[țţt]ia|Azienda"
    r"|Istituto|Instituto|Primăria|Consiliul|Agenzia|Regione|Provincia|Fondazione|Fundação|Fundación)"
    r"(?:[ \t]+(?:[A-ZÀ-ÞĂÂÎȘŞȚŢ„\"'’,.(][^ \t\n]*"
    r"|d[aeiou]|del|della|degli|des|du|de[ \t]+la|alla|per|pentru|și|e|et|y|i)){1,9}"
    r"[ \t]*$"
)
_STREET_AFTER = re.compile(
    r"(?<![ \t,])[ \t,]++(?=(?i:Via|Viale|Piazza|Str\.|Strada|Rua|Calle|Rue|Avenida|Avenue)[ \t])"
)
_NHS_BOARD = re.compile(
    r"\bNHS(?:[ \t]+(?:and|&)[ \t]+[A-Z][\w'’-]++(?![ \t]+[A-Z])"
    r"|[ \t]+(?!(?:Jobs|Pensions?|Scotland|England|Wales|Band|Agenda|Terms|Employers|Constitution"
    r"|Staff|App|Digital|Trust|Foundation|Scheme|Professionals|Direct|Number"
    r"|Discounts?|Card|Login|Account|Education|National|Business|Health|Job|Careers?|Values?)\b)"
    r"[A-Z][\w'’-]+)++"
)
# A university's own units, never its employer when the posting names the university.
_ACADEMIC_UNIT = re.compile(
    r"^(?:The[ \t]+)?(?:Department|Faculty|School|Division|Centre|Center)[ \t]+of[ \t]", re.I
)
_UNIVERSITY = re.compile(
    r"\bUniversity\b|\bCollege\b|\bPolytechnic\b|\bUniversität\b|\bUniversité\b|\bUniversidad\b"
)
# The words an organisation's name ends with, saying what it is.
_ORGANISATION_KINDS = (
    r"School|College|Hospital|Trust|Council|Museum|Academy|Institute|Foundation|Society|Association|Clinic"
    r"|Library|Church|Centre|Center|Bank"
)
# A line that is an organisation's name by its last word: "Magdalen College School", "St Mary's Hospital".
_ORGANISATION_LINE = re.compile(
    rf"^(?:The[ \t]+)?(?:[A-Z][\w'’.&-]*+[ \t]+){{1,5}}(?:{_ORGANISATION_KINDS}|University)$"
)
# named twice in the text (a university has a rule of its own, `_UNIVERSITY_NAME`)
_ORGANISATION_NAME = re.compile(
    r"(?<![\w&'’.-])(?:The[ \t]+)?(?P<name>(?:[A-Z][\w'’&.-]*+[ \t]+(?:(?:of|and|&|for|de)[ \t]+)?){1,4}"
    rf"(?:{_ORGANISATION_KINDS}|Restaurant|Hotel|Group|Authority|Agency))(?![\w'’-])"
)
_ORGANISATION_GOES_ON = re.compile(r"(?<![ \t])[ \t]++(?i:of|for|de)[ \t]++[A-Z]")
# "registration with the Health and Care Professions Council", "… Council registration": the body that
# registers the staff, not the employer
_REGISTERED_WITH = re.compile(
    r"(?i:regist(?:ered|ration)|accredit\w*+|licen[cs]\w*+|approved)[ \t]++(?i:with|of|by)"
    r"[ \t]++(?:(?i:the)[ \t]++)?$"
)
_REGISTRATION_AFTER = re.compile(
    r"(?<![ \t])[ \t]++(?i:registration|registered|accredit\w*+|licen[cs]\w*+)\b"
)
# A kind of school, hospital or centre, not one by its name: "Junior School", "National Institute"
_KIND_OF_ORGANISATION = frozenset(
    str.split(
        "junior senior high middle primary secondary grammar sixth prep preparatory nursery infant national"
        " international public private local general central regional main medical research community"
        " state federal county city town district after day summer language training call contact data"
    )
)
_UNIVERSITY_NAME = re.compile(
    r"(?<![\w-])(?:[A-Z][\w'’-]++[ \t]+){1,3}University\b(?![ \t]+of\b)"
    r"|(?<![\w-])University[ \t]+of[ \t]+[A-Z][\w'’-]++(?:[ \t]+[A-Z][\w'’-]++)?"
)
_EMBASSY_WORD = re.compile(r"Embassy|Commission|Consulate")
_EMBASSY = re.compile(
    r"(?<![\w-])(?:Embassy|High[ \t]+Commission|Consulate(?:[ \t]+General)?)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"[A-Z][\w'’-]++(?:[ \t]+[A-Z][\w'’-]++)?"
)


# A forum post's heading that opens with its employer in brackets: "[Talkdesk] 武汉｜音视频全栈工程师",
# "【字节跳动】前端开发"; "[Remote]", "[Hiring]", "[招聘]" or a place in brackets name none.
_BRACKETED = re.compile(r"^[#*\s]*+[\[【［]\s*+(?P<name>[^\]】］\n]{2,40}?)\s*+[\]】］]\s*+\S")
_NOT_BRACKETED_NAME = re.compile(
    r"^(?:hiring|we'?re hiring|urgent|job|jobs|vacancy|new|closed|filled|full[- ]?time|part[- ]?time|contract"
    r"|intern(?:ship)?|freelance|招聘|急招|急聘|内推|內推|社招|校招|实习|實習|全职|兼职|远程|遠端|求职|求職|募集|채용)$",
    re.I,
)


def _bracketed_name(name: str) -> bool:
    name = name.strip()
    if _NOT_BRACKETED_NAME.match(name) or is_site_word(name) or work_mode(name) or parse_place(name):
        return False
    if _ROLE_NOUN.search(name) or _CJK_CLAUSE.search(name) or seniority(name):
        return False
    return _plausible(name)


def _of_title(name: str, title: str | None) -> bool:
    """The title itself, or its first words ("Assistente Amministrativo" of "Assistente Amministrativo e di
    Segreteria")."""
    key, whole = _key(name), _key(title or "")
    # "Acme Talent Partners, Technology Staffing" is a header read as the title: a name before a separator.
    opening = len(name.split()) >= 2 and (title or "").lower().startswith(name.lower() + " ")
    # or the title with more words: its page heading ("Вакансия машинист автокрана" of "машинист автокрана")
    return bool(whole) and (key == whole or opening or len(whole) >= 8 and whole in key)


def _refuted(name: str, prose: frozenset[str], title: str | None) -> bool:
    """A candidate the posting shows is no name: the title itself ("Assistente Amministrativo"), a heading
    ("Required Behaviors"), contract terms ("Full Time"), a numbered item ("5+ years", "3、参与…"), or
    words the posting also writes in lower case, as ordinary words ("Strong", "Develop", "Map Center")."""
    if title and _key(title) and _key(title) in _key(name):  # the title, maybe with more words
        return True
    words = name.split()
    if name[:1].isdigit() and not _LEGAL_TAIL.search(name) or "、" in name or "。" in name:
        return True
    if classify_heading(name) or classify_heading(words[-1]) or len(words) <= 3 and employment_type(name):
        return True
    plain = [w.lower() for w in words if w.isalpha() and not w.isupper()]
    return len(words) <= 2 and len(plain) == len(words) and all(w in prose for w in plain)


# A label that opens a line ("Zeitraum: ab sofort", "**Standort:** Linz"): the posting's own heading words.
_LABEL_HEAD = re.compile(r"^[ \t*#>•-]*+([^\W\d][^:\n]{0,38}?)[ \t*]*+:(?!//)([^\n]*)", re.M)


def _label_heads(text: str, title: str | None) -> frozenset[str]:
    """The words the posting uses as labels at a line's start: no employer's name ("Zeitraum / Stunden");
    but "ASBL : Full-Stack Engineers" is a forum's "Company : Title" line."""
    key = _key(title) if title else ""
    return frozenset(
        m.group(1).strip(" *").lower()
        for m in _LABEL_HEAD.finditer(text[:20_000])
        if not (key and _overlap(key, _key(m.group(2)))) and not _heads_about(m, text)
    )


def _heads_about(label: re.Match[str], text: str) -> bool:
    """ "Gradient AI:" over "Gradient AI is revolutionizing …": a heading with nothing after it, naming what
    the text below is about, not a label."""
    head = label.group(1).strip(" *")
    if label.group(2).strip(" *") or not head[:1].isupper():
        return False
    return re.search(rf"(?<![\w-]){re.escape(head)}[ \t]++(?:is|has|was|are)[ \t]", text) is not None


def _overlap(title_key: str, value_key: str) -> bool:
    return bool(value_key) and (title_key in value_key or value_key in title_key)


@lru_cache(maxsize=8)  # the candidates and the pool both ask it of one posting
def _prose_words(text: str) -> frozenset[str]:
    """The lower-case words of the posting's prose (links and addresses left out)."""
    # A link holds ":", "." or "@"; the words of the kept tokens are read in one pass (no word spans a blank).
    kept = [t for t in text[:20_000].split() if len(t) <= 60 and not (_MAY_LINK(t) and _LINK.search(t))]
    return frozenset(w for w in _PROSE_WORD.findall(" ".join(kept)) if w.islower())


_LINK = re.compile(r"://|www\.|@|\w\.[a-z]{2,}\b")
_MAY_LINK = re.compile(r"[:.@]").search
_PROSE_WORD = re.compile(r"[^\W\d_]{3,}")


def _is_title_line(line: str, title: str | None) -> bool:
    """Whether the line is the title ("Nurse (m/w/d)" for "Nurse"; "Nurse" for "Nurse - ICU")."""
    if not title or not _key(line):
        return False
    return _key(title) in _key(line) or _key(line) in _key(title)


# Articles and prepositions that end a label or a broken phrase; no name ends with one.
# The nouns that terms of employment qualify: "Permanent Position", "Full-time role".
_TERMS_NOUNS = frozenset(["position", "post", "role", "job", "contract", "basis", "employment", "vacancy"])
_DANGLING = frozenset(
    {"the", "a", "an", "of", "to", "for", "by", "with", "from", "at", "le", "la", "les", "de", "du",
     "des", "au", "aux", "à", "el", "los", "las", "del", "der", "die", "das", "den", "dem", "zu",
     "zum", "zur", "für", "von", "vom", "da", "do", "di", "della", "per", "van", "het", "een", "voor",
     "na", "em", "um", "uma", "and", "or", "&", "und", "oder", "et", "og", "och"}
)  # fmt: skip


_CAMEL = re.compile(r"[a-z][A-Z]")  # "iCourier", "eBay"
_CJK_COMPANY = re.compile(
    r"株式会社|有限会社|合同会社|会社|法人|公司|集团|集團|科技|企業|企业|工作室|事務所|事务所|银行|銀行|医院|病院|大学|大學|"
    r"学校|學校|協会|协会|商店|製作所|商事|㈜|\(주\)|주식회사|회사|그룹|재단|병원|학교"
)
# A name in Chinese or Japanese script that ends with a company's word ("川久保製作所", "腾讯科技有限公司");
# read as an employer when the posting names it more than once.
_CJK_NAMED = re.compile(
    r"(?<![\u3040-\u30ff\u4e00-\u9fff])(?:株式会社|有限会社)?[\u30a0-\u30ff\u4e00-\u9fff]{1,12}?"
    r"(?:株式会社|有限会社|合同会社|製作所|有限公司|集团|集團|工業|商事|银行|銀行)(?:株式会社)?"
)
# A Japanese corporation of a kind named before its name: a social-welfare, medical, school or non-profit one.
_CJK_CORPORATION = re.compile(
    r"(?:社会福祉法人|医療法人(?:社団|財団)?|学校法人|一般社団法人|一般財団法人|公益社団法人|公益財団法人"
    r"|特定非営利活動法人|NPO法人)[ \t　]?[\u30a0-\u30ff\u4e00-\u9fff]{2,12}"
)
# Punctuation of a CJK sentence or list ("2.在校生，计算机、软件等相关专业；"): a clause, never a name.
_CJK_CLAUSE = re.compile(
    r"[，、；。！？：]|^\d+[.、]|(?:ビル|大厦|大廈|빌딩)\s*\d*[FＦ階层]?$|(?<!\d)\d++[FＦ階]$"
)


# A work mode as a part of a line, after a separator: "California - Remote", "Paris (hybride)".
_MODE_PART = re.compile(
    r"(?:[-–—,|/(·][ \t]*+)(?:remote|hybrid|hybride|h[íi]brido|on-?site|in[- ]office|telework|home[- ]?office"
    r"|remoto|t[ée]l[ée]travail)\b",
    re.I,
)


_NAME_LINKS = frozenset(
    str.split(
        "of de du des der die das den la le les et and y e the für und sans van von da do di del della "
        "zu am an im in on for at to"
    )
)


def _without_address(name: str) -> str:
    """A labelled employer without the address after it ("School Name and Address: St Robert's School,
    Biddick Lane, Washington, NE38 8AF"): the name where the rest holds a street's number or a postcode."""
    head, _, rest = name.partition(",")
    rest = rest.strip()
    if (
        len(rest.split(",")) < 2
        or not head[:1].isupper()
        or _LEGAL_TAIL.search(f"{head}, {rest.split(',')[0]}")
    ):
        return name
    return head if re.search(r"\d", rest) else name  # a street's number or a postcode, not "Polk & Wardwell"


# A public body named for its place: "Citrus County", "Lee Township", "City of Austin", "Mareeba Shire".
_PLACE_BODY = re.compile(
    r"[^,\n]{2,60}?[ \t](?:County|Township|Parish|Borough|Shire|City|Town|Village)"
    r"|(?:City|Town|Village|County|Township|Borough)[ \t]+of[ \t]+[^,\n]{2,40}"
)


def _without_region(name: str) -> str:
    """A labelled public body without its state after it ("Company: Citrus County, FL"): the body's name,
    which read with its region is only a place."""
    head, comma, _region = name.rpartition(",")
    place = parse_place(name) if comma and _PLACE_BODY.fullmatch(head.strip()) else None
    return head.strip() if place and place.region and place.region != place.name else name


@lru_cache(maxsize=4096)  # the same candidates are judged again for the header, the lines and the pool
def _plausible(name: str, labelled: bool = False) -> bool:
    """A short capitalised phrase that is not a place, a job title, a heading or a page label. A name in a
    caseless script has no capital to show it: it shows a company's word (公司, 株式会社, ㈜), or the
    posting gives it under an employer's label (`labelled`: "시설명" over "꿈빛")."""
    name = name.strip()
    words = name.split()
    first = name.removeprefix("(주)").removeprefix("㈜").lstrip()[:1]  # "(주)메이크스타": Korea's "Co., Ltd."
    caseless = (
        first.isalpha()
        and not first.islower()
        and not first.isupper()
        and (labelled or bool(_CJK_COMPANY.search(name)))
    )
    if not 1 <= len(words) <= (12 if labelled else 8) or not (
        first.isupper() or first.isdigit() or caseless or _CAMEL.match(name)
    ):
        return False

    if name.lower() in _STOP_NAMES or words[0].lower() in {"the", "a", "an", "our", "we", "your", "this"}:
        return False
    if is_site_word(name):  # "Karriere", "Вакансии": the careers page's name
        return False
    if len(words) <= 2 and employment_type(name):  # "Teilzeit" under "Art:": the contract, not the employer
        return False
    terms = [w for w in words if w.strip(",.;:()").lower() not in _TERMS_NOUNS]
    if len(terms) < len(words) and len(terms) <= 2 and employment_type(" ".join(terms)):
        return False  # "Fulltime, Permanent Position", "Full-time role"
    # a clause, not a name: "Modash helps brands find, manage, and pay creators" ("Bank of America" and
    # "Médecins sans Frontières" hold one small word)
    small = sum(1 for w in words[1:] if w.islower() and w.strip(",.;:") not in _NAME_LINKS)
    verb = len(words) >= 3 and words[1].islower() and words[1].endswith("s") and words[1] not in _NAME_LINKS
    if small >= 2 and ("," in name or verb):
        return False
    if any(mark in name for mark in ("»", "›", " > ")):  # a breadcrumb: "Contact Us » Careers »"
        return False
    if len(words) > 1 and _MODE_PART.search(name):  # a place line: "California - Remote", "Berlin (Hybrid)"
        return False
    if reads_as_sentence(name):  # "Wir", "Pour", "As", "Dabei bieten wir …"
        return False
    if len(words) > 1 and words[-1].lower() in _DANGLING:  # "Offre à pourvoir le": a label, not a name
        return False
    bare = name.replace("(Pty)", "Pty").replace("(주)", "주")  # "Ensersa (Pty) Ltd", "(주)메이크스타"
    if _ROLE_NOUN.search(name) or _NOT_A_NAME.search(bare) or name.isdigit() or _CJK_CLAUSE.search(name):
        return False
    if len(words) == 1 and is_job_noun(name):  # "Cook and prepare …": the job's first duty, not a name
        return False
    if is_duty_verb(words[0]) and (words[1][:1].islower() if len(words) >= 2 else not labelled):
        return False  # "Cleans kitchenette area – daily duties include …": a duty, not a name
    place = parse_place(name)
    return not (place and ("," in name or place.name.lower() == _LEGAL_TAIL.sub("", name).lower()))


# A sentence describing the organisation: "<Name> is a global development organization", "<Name> is an
# international, independent, medical humanitarian organisation".
_DESCRIBED = re.compile(
    rf"(?<![\w&.'’+-])(?P<name>{_NAME}?)(?:[ \t]+\([A-Z]{{2,6}}\))?[ \t]+is[ \t]+(?:a|an)[ \t]+"
    r"(?:[\w,'’-]++[ \t]+){0,5}?"
    r"(?:organi[sz]ation|company|charity|non-?profit|NGO|employer|firm|business|agency|foundation"
    r"|association|institution|start-?up|social[ \t]+enterprise|cooperative|co-operative)\b"
)


# Words before an organisation that make it someone else's than the employer's.
_ANOTHERS = (
    r"(?i:funded[ \t]+by|partnership[ \t]+with|with|part[ \t]+of|sister[ \t]+company|on[ \t]+behalf[ \t]+of"
    r"|clients?|partners?|for)[ \t,]+(?i:the[ \t]+)?"
)
_AGENCY = re.compile(r"(?i:recruit\w*|staffing|employment[ \t]+agency|headhunt\w*)")
# A one-word name shaped as a brand's: capitals, an inner capital or a digit ("WEX", "GitLab", "3M").
_BRAND_SHAPE = re.compile(r"^[A-Z0-9]{2,}$|\w[A-Z]|\d")


def _once_or_lower(name: str, text: str) -> bool:
    """Whether a capitalised word is named only once, or also written in lower case: a word of the language
    opening a sentence ("Education is a foundation of …"), not a name the posting keeps using."""
    lower = re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text)
    return bool(lower) or len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)) < 2


def _described(text: str, title: str | None) -> str | None:
    """The organisation a sentence describes ("WEX is a company focused on …"), the last reading of the
    employer; not a recruiting agency, a funder, a partner, a parent or a client the text names as such, nor a
    word the posting also writes in lower case ("Education is a foundation of …")."""
    for match in islice(_DESCRIBED.finditer(text[:20_000]), 5):
        # the name starts after a sentence's end: "… open to candidates in USA. WEX is a company …"
        name = _tidy(re.split(r"(?<=[.!?])[ \t]+", match["name"])[-1])
        if (
            not _plausible(name)
            or _of_title(name, title)
            or _AGENCY.search(match.group())
            or re.search(_ANOTHERS + re.escape(name), text)
            or (" " not in name and not _BRAND_SHAPE.search(name) and _once_or_lower(name, text))
        ):
            continue
        return name
    return None


# Words before a public body that make it someone else's: a client, a partner, a neighbour.
_ANOTHERS_BODY = re.compile(
    r"\b(?i:client|clients|partner|partners|partnership|with|from|near|boundary|alongside)[ \t,]*+"
    r"(?i:the[ \t]+)?$"
)


# An image's alternative text names the company after its word: "Logo van Gemeente Westerveld".
_IMAGE_OF = re.compile(r"^(?:logo|image|photo|banner)\s+(?:(?:van|of|de|der|du|des|von|da)\s+)?(?=\S)", re.I)


_ARTICLE_BEFORE_BODY = re.compile(rf"^(?:Die|Der|De|Het|La|Le|The|El|Il)[ \t]+(?={_PUBLIC_OFFICE}\b)")
_IMAGE_JA = re.compile(r"(?P<name>[^\sの]{2,30}?)[ \t]*+の[^\n]{0,40}?(?:イメージ画像|画像|写真)$")


def town_of(employer: str | None, text: str = "") -> str | None:
    """The town whose own administration the employer is ("Stadtverwaltung Arnstadt", "Örebro kommun"), or
    the town the employer is named as where the text calls it the town's office ("Ajaccio" where "la mairie
    d’Ajaccio recrute")."""
    found = _TOWN_ADMINISTRATION.match(employer or "")
    if found:
        return (found["town"] or found["nordic"] or found["council"]).strip()
    if employer and text and len(employer) <= 40:
        office = re.search(_TOWN_OFFICE_WORD + re.escape(employer) + r"(?![\w'’-])", text[:20_000])
        return employer if office else None
    return None


def _tidy(name: str) -> str:
    name = re.sub(r"[*_`#>]+", "", name)
    verb = SEEKS_AT_END.search(name)
    if verb and verb.start():  # "Wonen in Vlaanderen zoekt" above the title: the name without its verb
        name = name[: verb.start()]
    name = _IMAGE_OF.sub("", name)
    name = _ARTICLE_BEFORE_BODY.sub("", name.strip())  # "Die Stadtverwaltung Arnstadt"
    image = _IMAGE_JA.match(name.strip())
    if image:  # "松井田病院 の社会福祉士 求人_イメージ画像": an image's alternative text opens with the name
        name = image["name"]
    # "…in Southeast Asia. We are" ends at the sentence; "Merlion Pay Pte. Ltd." goes on.
    name = re.split(r"[.!?]\s+(?=(?:We|Our|You|Your|The|This|It|They|At|In|As|Join)\b)", name)[0]
    header = _CAREERS_AFTER.match(name.strip()) or _vacancies_after(name.strip())
    if header:  # "Acme | Careers" and "City of Johannesburg Vacancies" name Acme and the city
        name = header["name"]
    return " ".join(name.split()).strip(" ,;:-–—|·")


def _vacancies_after(name: str) -> re.Match[str] | None:
    """The name before "Vacancies" or "Careers" ("City of Johannesburg Vacancies" names the city), unless
    it is a word such pages use alone ("Current Vacancies", "Job Vacancies" name nobody)."""
    found = _VACANCIES_AFTER.match(name)
    if found and (_NOT_A_CAREERS_NAME.match(found["name"]) or found["name"].lower() in ("job", "jobs")):
        return None
    return found


_VACANCIES_AFTER = re.compile(r"^(?P<name>\S.{1,60}?)[ \t]++(?:job[ \t]++)?(?:vacancies|careers)$", re.I)


@lru_cache(maxsize=4096)  # each candidate name is keyed again by every comparison it takes part in
def _key(name: str) -> str:
    """Lower-case ASCII words without a legal form; a name in a caseless script keys on its letters."""
    bare = _LEGAL_TAIL.sub("", name)
    return " ".join(re.findall(r"[a-z0-9]+", bare.lower())) or re.sub(r"[\W_]+", "", bare.casefold())


def _common_word(name: str, text: str) -> bool:
    """A single word the text also writes in lower case inside a sentence ("Provide" beside "… to provide
    …", "Customer" beside "customer support") or that opens an item of a list followed by a lower-case word
    ("- Apoyar en otras tareas"): a word of the language opening a sentence or a duty, not a company's
    name."""
    if " " in name or not name[:1].isupper() or not name[1:].islower():
        return False
    return (
        # not an address: "at anthropic.com", "jobs@acme"
        re.search(rf"(?<=[a-zà-ÿ,] ){re.escape(name.lower())}(?![\w@]|[./-]\w)", text) is not None
        or re.search(rf"^[ \t]*+[-•*·▪◦–][ \t]*+{re.escape(name)}[ \t]++[a-zà-ÿ]", text, re.M) is not None
    )


def _pool(votes: dict[str, float], text: str, stated: str | None = None) -> dict[str, float]:
    """Merge candidates naming one company, prefer the fullest form, and add how often it appears."""
    lowered = text.lower()
    pooled: dict[str, float] = {}
    names = sorted(
        (n for n in votes if n and (_plausible(n, n == stated) or _PUBLIC_BODY.fullmatch(n))),
        key=lambda n: -len(_key(n)),
    )
    for name in names:
        key = _key(name)
        if not key:
            continue
        # "NRC" beside "NRC Media" and "NRC Handelsblad": the short form counts for the stronger of them.
        homes = [kept for kept in pooled if _key(kept) == key or _key(kept).startswith(key + " ")]
        home = max(homes, key=pooled.__getitem__) if homes else None
        if home is None:
            home = _cased(name, text)
            # how often its first word recurs, as a word or its plural ("Manage" is not counted in "Manager")
            first = re.escape(name.lower().split()[0].strip(",.;:()[]\"'") or key.split()[0])
            pooled[home] = min(len(re.findall(rf"(?<!\w){first}(?:s|['’]s)?(?!\w)", lowered)), 5) * 0.5
        pooled[home] += votes[name]
    return pooled


_LEGAL_CASE = {
    "Sa": "SA", "Ag": "AG", "Ab": "AB", "Bv": "BV", "Nv": "NV", "Se": "SE", "Llc": "LLC", "Plc": "PLC",
    "Sas": "SAS", "Sarl": "SARL", "Gmbh": "GmbH", "Spa": "SpA", "Kg": "KG",
}  # fmt: skip
_JOINING_WORD = re.compile(r"(?<=\s)(?:Of|And|The|For|To|In|De|Du|Des|Del|Da|Do|Van|Von|Der|Und)(?=\s)")
_TITLED_LEGAL = re.compile(rf"(?<=\s)(?:{'|'.join(_LEGAL_CASE)})$")


def _cased(name: str, text: str) -> str:
    """Prefer the text's own mixed-case spelling over a SHOUTED header ("FERNHILL" → "Fernhill")."""
    if not name.isupper() or len(name) <= 5 and name.isalnum():  # "IBM", "TOTS": an acronym keeps its case
        return name
    match = re.search(re.escape(name), text, re.I)
    # A whole word in mixed case: not a link's or an address's lower-case "javisenterprise", "@fernhill"
    for found in re.finditer(rf"(?<![\w@/.]){re.escape(name)}(?!\w)", text, re.I):
        if not found.group(0).isupper() and not found.group(0).islower():
            return found.group(0)
    # "DEPARTMENT OF HEALTH" → "Department of Health": the small words that join a name stay small
    titled = _JOINING_WORD.sub(lambda m: m.group().lower(), (match.group(0) if match else name).title())
    # A legal form keeps its capitals: "LES BOUTIQUES ANGÉLOZ SA" → "Les Boutiques Angéloz SA".
    return _TITLED_LEGAL.sub(lambda m: _LEGAL_CASE[m.group()], titled)
