"""Split a posting's text at its headings into canonical sections (responsibilities, requirements, …)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Sections:
    """A posting's text grouped under canonical headings."""

    intro: tuple[str, ...] = ()
    summary: str = ""
    responsibilities: tuple[str, ...] = ()
    requirements: tuple[str, ...] = ()
    nice_to_have: tuple[str, ...] = ()
    benefits: tuple[str, ...] = ()
    about_company: str = ""
    other: tuple[tuple[str, tuple[str, ...]], ...] = ()


_ITEM = re.compile(r"^\s*(?:[-•●▪◦‣∙·*–—+]\s+|[•●▪◦‣∙·]|\d{1,2}[.)]\s+|\(?[a-z]\)\s+)")
_MARKUP = re.compile(r"^[#*_\s¿¡]+|[*_\s]+$")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "—": "-"})
_YOU_WILL = r"you(?:'ll| will)(?: be)?"

# The same headings in the other languages postings come in, by the section they open.
_HEADINGS_ELSEWHERE = {
    "nice_to_have": """
        wünschenswert|von vorteil|ein plus|un plus|atouts|serait un plus|deseable|valorable|se valorará|
        diferenciais|desejável|será um diferencial|preferibile|titolo preferenziale|pluspunten|mile widziane|
        meriterande|加分项|加分項|歓迎スキル|歓迎要件|우대사항|ưu tiên""",
    "responsibilities": """
        aufgaben|deine aufgaben|ihre aufgaben|ihr aufgabengebiet|dein aufgabengebiet|aufgabengebiet|
        tätigkeiten|deine tätigkeiten|ihre tätigkeiten|was dich erwartet|das erwartet dich|das erwartet sie|
        missions|vos missions|tes missions|votre mission|ta mission|missions principales|vos responsabilités|
        responsabilités|responsabilidades|funciones|tus funciones|sus funciones|tareas|qué harás|
        principales funciones|actividades|atividades|suas atividades|atribuições|o que você vai fazer|
        responsabilidades e atribuições|responsabilità|mansioni|attività|cosa farai|di cosa ti occuperai|
        taken|jouw taken|wat ga je doen|verantwoordelijkheden|obowiązki|zakres obowiązków|twoje zadania|
        zadania|arbetsuppgifter|dina arbetsuppgifter|обязанности|задачи|обов'язки|岗位职责|工作职责|职位职责|
        工作内容|職務內容|仕事内容|業務内容|職務内容|담당업무|주요업무|업무 내용|mô tả công việc|görevler|
        iş tanımı|tugas|tanggung jawab|feladatok|feladatkör|főbb feladatok""",
    "requirements": """
        anforderungen|dein profil|ihr profil|profil|das bringst du mit|das bringen sie mit|was du mitbringst|
        was sie mitbringen|qualifikationen|voraussetzungen|profil recherché|votre profil|ton profil|
        compétences|compétences requises|prérequis|requisitos|perfil|requerimientos|perfil buscado|
        requisitos e qualificações|qualificações|o que buscamos|o que esperamos de você|requisiti|profilo|
        profilo ricercato|competenze richieste|functie-eisen|wat vragen wij|wat wij vragen|jouw profiel|
        profiel|wie ben jij|wymagania|nasze wymagania|oczekujemy|czego oczekujemy|kvalifikationer|krav|
        требования|вимоги|任职要求|岗位要求|职位要求|任职资格|應徵條件|応募資格|必須スキル|求める人材|
        자격요건|자격 요건|지원자격|yêu cầu|yêu cầu công việc|aranan nitelikler|nitelikler|kualifikasi|
        persyaratan|bilgi ve yetenekler|aranan özellikler|genel nitelikler|iş gereksinimleri|elvárások|
        amit elvárunk|követelmények""",
    "benefits": """
        wir bieten|was wir bieten|unser angebot|deine vorteile|das bieten wir|ce que nous offrons|avantages|
        nous offrons|pourquoi nous rejoindre|ofrecemos|qué ofrecemos|beneficios|benefícios|oferecemos|
        o que oferecemos|offriamo|cosa offriamo|wat bieden wij|wij bieden|arbeidsvoorwaarden|oferujemy|
        co oferujemy|benefity|vi erbjuder|условия|мы предлагаем|福利待遇|薪资福利|福利|待遇|福利厚生|
        복리후생|quyền lợi|yan haklar|fasilitas|amit kínálunk|juttatások|ajánlatunk""",
    "summary": """
        descrição da vaga|sobre a vaga|descrizione e responsabilità|descripción y responsabilidades|
        descripción del puesto|descripción de la vacante|résumé de l'offre|résumé du poste|descripción|
        objetivo del puesto|objetivo del cargo|
        propósito del puesto|misión del puesto|objectif du poste|finalité du poste|objetivo da vaga|
        description du poste|descriptif du poste|le poste|descrizione|descrizione del ruolo|la posizione|
        stellenbeschreibung|beschreibung|über die stelle|die stelle|functieomschrijving|de functie|
        opis stanowiska|tjänstebeskrivning|описание вакансии|职位描述|岗位描述|職缺描述|募集要項|
        모집요강|chi tiết công việc""",
    "about_company": """
        über uns|wer wir sind|à propos de nous|qui sommes-nous|qui sommes nous|sobre nós|quem somos|
        sobre nosotros|quiénes somos|chi siamo|over ons|wie zijn wij|o nas|om oss|о компании|о нас|
        公司介绍|公司簡介|会社概要|会社紹介|회사소개|về chúng tôi""",
}


# "Essential Duties", "Duties and Responsibilities", "Roles & Responsibilities", "Essential Job Functions".
_DUTIES = (
    # two words may qualify them: "Primary Job Duties", "Key Job Responsibilities"
    r"(?:(?:key|main|core|primary|essential|principal|major|general|specific|your|role|job) ){0,2}"
    r"(?:responsibilities|duties|tasks|accountabilities)"
    r"|(?:key |main |core |primary |essential |principal )(?:job )?functions"
)


def _elsewhere(kind: str) -> str:
    names = (name.strip() for name in _HEADINGS_ELSEWHERE.get(kind, "").split("|"))
    return "|".join(re.escape(name) for name in names if name)


# Patterns match a whole normalised heading (lowercase, no trailing ":" or "?"); first match wins.
_KINDS = tuple(
    (kind, re.compile(f"{pattern}|{_elsewhere(kind)}"))
    for kind, pattern in (
        ("nice_to_have",
         r"nice[- ]to[- ]haves?|(?:bonus|extra) (?:points?|credit)|bonus(?: if.*)?|pluses|plus(?:ses)?"
         r"|preferred(?: (?:qualifications|skills|experience|requirements))?"
         r"|(?:it )?would be (?:great|nice) if.*"
         r"|(?:it'?s|it is) a plus if.*|(?:it'?d be |it would be )?(?:great|nice|ideal|a plus) if(?: you)?.*"
         r"|even better if.*|desirable(?: (?:skills|qualifications|experience))?|good to have|optional"
         r"|(?:what|things that) (?:would|will|could) make you stand out"
         r"|ways to stand out|we'?d love (?:it )?if.*"
         r"|additional (?:qualifications|skills)|not required,? but .*|bonus qualifications"),
        ("responsibilities",
         rf"(?:(?:the )?roles? (?:and|&) |some )?(?:{_DUTIES})"
         rf"(?:(?: (?:and|&) |/)(?:{_DUTIES}))?(?: include)?"
         r"|key (?:result|performance) areas"
         rf"|what {_YOU_WILL} (?:do|doing|work on|working on|own|build|achieve|focus on)|what you'?ll do"
         rf"|{_YOU_WILL}|(?:in this role|as an? .{{1,50}}|on this team|on the job),? {_YOU_WILL}"
         rf"|{_YOU_WILL} (?:get to|be responsible for)|your (?:impact|mission|day[- ]to[- ]day|role)"
         rf"|the impact {_YOU_WILL} (?:have|make)|the job|(?:a )?day in the life|day[- ]to[- ]day"
         rf"|what the (?:job|role) (?:involves|entails)|how {_YOU_WILL} contribute|role responsibilities"),
        ("requirements",
         r"what (?:we(?:'re| are) looking for|we look for"
         r"|you(?:'ll| will)? (?:need|bring)(?: to the (?:table|role))?"
         r"|you (?:have|bring|should have|must have|need)|it takes)|who we(?:'re| are) looking for"
         r"|(?:we(?:'re| are) )?looking for.*|you (?:have|are|bring|should have|might be|need)|you'?re"
         r"|(?:job |minimum |basic |key |essential |required |your )?(?:requirements|qualifications)"
         r"|(?:required |essential |key |your |relevant )?"
         r"(?:skills|experience|background|profile|qualifications)"
         r"(?: (?:&|and) (?:experience|qualifications|skills|education))?"
         r"|who you are|about you|must[- ]haves?|person specification|essential criteria|selection criteria"
         r"|(?:the )?ideal candidate.*|is this you|are you|what we need|to be successful.*|education"),
        # (?<!.): ".*" tried from inside a line would rescan the rest of it from every character.
        ("benefits",
         r"(?<!.).*\b(?:benefits|perks)\b.*"
         r"|what we offer|we offer|what we(?:'ll)? (?:provide|give you|offer you)"
         r"|what you(?:'ll| will)? get(?: from us| in return)?|what'?s in it for you|(?:total )?rewards"
         r"|compensation|(?:salary|pay)(?: range)?|(?:salary|pay|compensation) (?:&|and) .*|our offer"
         r"|why (?:join|work (?:at|for|with)) .{1,40}|why .{1,40}|what you can expect(?: from us)?"
         r"|why you'?ll love (?:it|working) (?:here|with us)"),
        ("summary",
         r"about (?:the |this )?(?:role|job|position|opportunity|team)|the (?:role|opportunity|position|team)"
         r"|(?:role|position|job|opportunity) (?:overview|summary|description)"
         r"|overview|(?:job |role )?summary"
         r"|(?:full )?job description|description|job details|your team|introduction|the opportunity"
         r"|purpose of (?:the |this )?(?:role|job|position)|(?:role|job|position) purpose|advert details"),
        ("about_company",
         r"about us|who we are|who are we|about (?!you\b).{2,40}|(?:our|the) company|company (?:overview"
         r"|description|profile|info(?:rmation)?)|our (?:mission|story|culture|values|team)|life at .{2,40}"),
    )
)  # fmt: skip
# A colon-ended lead-in sentence ("As a member of the team, you will:") names its list by its last words.
_LEAD_INS = (
    ("responsibilities",
     re.compile(rf"\b(?:{_YOU_WILL}|responsibilities (?:will )?include|you will be responsible for)$")),
    ("requirements",
     re.compile(r"\b(?:looking for(?: someone who)?.*|you (?:have|bring|should have)"
                r"|the following (?:skills|qualifications|experience))$")),
)  # fmt: skip
# "You might be a great fit if you have": longer than other headings, but never prose.
_FIT_IF = re.compile(
    r"(?:you(?:'d| would|'ll| will| may| might) be an? (?:good |great |strong )?(?:fit|match)"
    r"|you(?:'ll| will) thrive|we(?:'d| would) love to hear from you) if .{0,40}"
)
_LIST_KINDS = frozenset({"responsibilities", "requirements", "nice_to_have", "benefits"})
_MINOR_WORDS = frozenset({"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or",
                          "the", "to", "via", "vs", "with", "&"})  # fmt: skip


def _normalise_heading(line: str) -> str:
    """A heading's words for matching: lowercase, plain apostrophes, no markup or final ":"/"?"."""
    text = _MARKUP.sub("", line.strip()).translate(_APOSTROPHES)
    return " ".join(text.rstrip(":?!：？！ ").lower().split())


def classify_heading(line: str) -> str | None:
    """The canonical section a heading line opens, or None when the line is no recognised heading."""
    return _classify_heading(line) if isinstance(line, str) else None


# The same lines are classified again by each pass over a posting (furniture, facts, sections, title).
@lru_cache(maxsize=8192)
def _classify_heading(line: str) -> str | None:
    text = _MARKUP.sub("", line.strip())
    if not text or _ITEM.match(line) or len(text) > 100 or text.endswith((".", ",", ";")):
        return None
    key = _normalise_heading(text)
    words = len(key.split())
    if words <= 8:
        for kind, pattern in _KINDS:
            if pattern.fullmatch(key):
                return kind
    if words <= 12 and _FIT_IF.fullmatch(key):
        return "requirements"
    if text.endswith(":") and words <= 16:
        for kind, pattern in _LEAD_INS:
            if pattern.search(key):
                return kind
    return None


def _is_item(line: str) -> bool:
    return bool(_ITEM.match(line))


def _strip_item(line: str) -> str:
    return _ITEM.sub("", line, count=1).strip()


def _is_prose(line: str) -> bool:
    """A line that reads as a sentence rather than a title, label or name."""
    return len(line.split()) >= 12 or line.rstrip().endswith((".", "!", "?", ".)"))


def _is_generic_heading(line: str, following: str) -> bool:
    """An unrecognised heading: a short label ending in ":" or a title-cased line that opens a block."""
    text = _MARKUP.sub("", line.strip())
    if not text or _is_item(line) or text.endswith((".", ",", ";", "!")):
        return False
    words = text.rstrip(":").split()
    if not 1 <= len(words) <= 6 or ": " in text:
        # "Databases: PostgreSQL, MySQL" is a labelled item with its value, no heading over the next lines.
        return False
    if text.endswith(":"):
        return True
    significant = [w for w in words if w.lower() not in _MINOR_WORDS and w[0].isalpha()]
    titled = len(words) >= 2 and bool(significant) and all(w[0].isupper() for w in significant)
    return titled and (_is_item(following) or len(following.split()) >= 8)


class _Builder:
    """Accumulates lines section by section while split_sections walks the text."""

    def __init__(self) -> None:
        self.intro: list[str] = []
        self.blocks: list[tuple[str | None, str, list[str], bool]] = []  # kind, heading, lines, had items

    def open(self, kind: str | None, heading: str) -> None:
        self.blocks.append((kind, heading, [], False))

    def add(self, line: str) -> None:
        if not self.blocks:
            self.intro.append(line)
            return
        kind, heading, lines, had_items = self.blocks[-1]
        item = _is_item(line)
        text = _strip_item(line) if kind in _LIST_KINDS or kind is None else line
        if kind in _LIST_KINDS and not item and lines:
            if had_items and len(line.split()) >= 12:
                # A paragraph after a finished list is closing text (pay, EEO), not one more list item.
                self.open(None, "")
                self.add(line)
                return
            if line[:1].islower() and not _is_prose(lines[-1]):
                lines[-1] = f"{lines[-1]} {line}"  # a hard-wrapped item continues on the next line
                return
        lines.append(text)
        self.blocks[-1] = (kind, heading, lines, had_items or item)

    def build(self) -> Sections:
        lists: dict[str, list[str]] = {kind: [] for kind in _LIST_KINDS}
        summary = [line for line in self.intro if not _is_item(line) and _is_prose(line)]
        about: list[str] = []
        other: list[tuple[str, tuple[str, ...]]] = []
        for kind, heading, lines, had_items in self.blocks:
            # "Why <Company>?" over prose only is a pitch about the company, not a list of perks.
            if kind == "benefits" and not had_items and _normalise_heading(heading).startswith("why "):
                kind = "about_company"
            if kind in _LIST_KINDS:
                lists[kind] += lines
            elif kind == "summary":
                summary += [line for line in lines if _is_item(line) or _is_prose(line)]
            elif kind == "about_company":
                about += lines
            elif lines or heading:
                other.append((heading, tuple(lines)))
        return Sections(
            intro=tuple(self.intro),
            summary="\n\n".join(summary),
            responsibilities=tuple(lists["responsibilities"]),
            requirements=tuple(lists["requirements"]),
            nice_to_have=tuple(lists["nice_to_have"]),
            benefits=tuple(lists["benefits"]),
            about_company="\n\n".join(about),
            other=tuple(other),
        )


def split_sections(text: str) -> Sections:
    """Group a posting's lines under canonical headings; unrecognised headings go to ``other``."""
    if not isinstance(text, str):
        return Sections()
    lines = [line.strip() for line in text.replace("\r", "\n").split("\n")]
    lines = [line for line in lines if line]
    builder = _Builder()
    for i, line in enumerate(lines):
        kind = classify_heading(line)
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if kind:
            builder.open(kind, _heading_text(line))
        elif builder.blocks and _is_generic_heading(line, following):
            builder.open(None, _heading_text(line))
        else:
            builder.add(line)
    return builder.build()


def _heading_text(line: str) -> str:
    """A heading as written, without markup and final colon."""
    return _MARKUP.sub("", line.strip()).rstrip(":").strip()
