"""Who is hiring for what: title, team, company, seniority, experience, employment type, posted date."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import _job_nouns as job_nouns
from ._employer_evidence import ENDS_WITH_LEGAL_FORM
from ._geonames import city
from ._labels import key_of
from .similarity import GENDER_TAG, ascii_lower
from .terms import employment_type


@dataclass(frozen=True)
class TitleInfo:
    """The role's title as written (team kept), its team and the hiring company, each None when unknown."""

    title: str | None = None
    team: str | None = None
    company: str | None = None


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_ROLE_NOUNS = job_nouns.ENGLISH
# Every language's job nouns, for a word or its plural in "-s" or "-es" ("dossierbehandelaars", "cocineros").
_ALL_NOUNS = _ROLE_NOUNS | job_nouns.NOUNS
# (?<!\s): a match starts at a blank run's first blank, so a long run is scanned once, not once per blank.
_BREADCRUMB = re.compile(r"(?<!\s)\s++(?:[>›»]|::)\s+")
_NAV_WORDS = _wordset(
    "jobs courses companies salaries recruiters employers resources messages discover browse advice login "
    "signup sign log home"
)
_LEVEL_WORDS = _wordset("sr sr. senior jr jr. junior lead staff principal associate mid entry-level")
_TITLE_LABELS, _COMPANY_LABELS = job_nouns.TITLE_LABELS, job_nouns.COMPANY_LABELS
# First words of sentences and headings, never of a title or a company name.
# Labels a form puts on a line of their own, above the answer.
_PAIR_LABELS = frozenset(
    [*_TITLE_LABELS, *_COMPANY_LABELS, "título del trabajo", "título da vaga", "job position"]
)
_NOT_NAMES = _wordset(
    """a an the this that these those we our you your it its they their he she as at in on if join about
    what who why how here there each every all our applicants candidates job position role team
    company today now location remote hybrid category salary responsibilities requirements benefits
    overview summary"""
)
_TEAM_FILLER = _wordset(
    """growing small talented world-class amazing awesome dynamic fast-growing global new high-performing
    collaborative passionate friendly dedicated innovative close-knit tight-knit brilliant great
    expanding rapidly incredible exceptional fantastic diverse vibrant"""
)
# Groups every company has: naming one says nothing about which team the role is in.
_TEAM_SIZE = re.compile(
    r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[-‐](?:person|people|strong)$", re.I
)
_GENERIC_TEAMS = frozenset(
    {"executive", "leadership", "senior leadership", "management", "hiring", "recruiting"}
)
_TEAM_REJECT = _wordset("this that these those a an your my their its best whole entire other same")

_NAME = r"[A-Z0-9Α-ΩА-Я][\w&.+-]*(?:[ \t](?:(?:of|and|de|for|&)[ \t])?[A-Z0-9Α-ΩА-Я][\w&.+-]*){0,4}"
# _NAME with words of at most 64 characters, for patterns tried at every capital: each try then reads a
# bounded stretch instead of the rest of a long run such as "A.A.A.…".
_NAME_ANYWHERE = r"[A-Z0-9][\w&.+-]{0,63}+(?:[ \t](?:(?:of|and|de|for|&)[ \t])?[A-Z0-9][\w&.+-]{0,63}+){0,6}"
_TEAM_NOUN = r"(?:teams?|organi[sz]ation|org|group|department|division|squad|unit|practice|function)"
# A middle dot inside a word is gender-inclusive spelling ("Ingénieur·e"), not a separator.
# (?!…): no match starts inside a run of blanks or of dashes, so a long run is scanned once.
_SPLIT = re.compile(
    r"(?!(?<=\s)\s|(?<=[-–—])[-–—])"
    # a word's suspended hyphen is no separator: "Gesundheits- und Krankenpfleger", "Social- og …"
    r"(?!(?<=[^\W\d_])-[ \t]+(?:und|oder|bzw|og|eller|en|of|och|ou|et|y|e|i|and|or)[ \t])"
    r"(?:\s*+\|\s*|\s++[•·]\s*|\s*+[•·]\s+|\s++[-–—]+\s*|\s*+[-–—]++\s+|\s*+,\s*)"
    r"(?![^()\n]{0,80}\))"  # never inside brackets: "Technician (MNC, WEST)", "Engineer (Backend - Go)"
)
_GENDER = GENDER_TAG  # "(m/w/d)", "(H/F)", "(all genders)": one pattern with the matching key's
# "Job title: …", "Vaga: …", "職種：…": a label of a few words in any script, a colon of any width.
_LABEL = re.compile(
    r"^\W*(?P<key>[^\W\d_][^\W\d_ ]{0,30}(?: [^\W\d_]{1,30}){0,3}?)\s*[:：]\s*(?P<value>\S.*)$"
)
_AT_LINE = re.compile(rf"^at\s+(?P<company>{_NAME})\W*$")
# (?<=\S|^.): the title ends at a blank run's start (as the shortest title does), so runs are read once.
# "Engineer at Acme", "Frontend Developer bij de Nederlandse Transplantatie Stichting", "Koch bei Adler".
# Portuguese "na"/"no"/"em" also say where ("Engenheiro em São Paulo"): a city after them is no employer.
_TITLE_AT = re.compile(
    rf"^(?P<title>.+?)(?<=\S|^.)\s++(?P<at>at|@|bij|bei|chez|presso|na|no|em|για(?:\s+την|\s+τον|\s+το)?)\s+"
    rf"(?:(?:de|het|der|die|das|la|le|l')\s+)?(?P<company>(?:[a-z](?=[A-Z]))?{_NAME})\W*$"
)


def employer_after_title(text: str, title: str | None) -> str | None:
    """The employer a line names after the title itself, anywhere in the posting's first lines:
    "Woordvoerder bij Stadsdeel West, Gemeente Amsterdam" under a page headed "Woordvoerder"."""
    if not title or not isinstance(text, str):
        return None
    key = title.strip().casefold()
    for line in text[:20_000].splitlines()[:80]:
        line = line.strip(" -*•#")
        if not line.casefold().startswith(key) or len(line) > len(key) + 90:
            continue
        found = _EMPLOYER_AFTER.match(line, len(key))
        if found:  # "Stadsdeel West, Gemeente Amsterdam": the unit first, then what it belongs to
            return found["company"].split(",")[0].strip()
    return None


_EMPLOYER_AFTER = re.compile(
    r"(?<![ \t])[ \t]++(?:at|@|bij|bei|chez|presso)[ \t]++(?:(?:de|het|der|die|das|la|le)[ \t]++|l['’])?"
    r"(?P<company>[A-ZÀ-ÞĀ-Ž][^\n!?]{1,80}?)[ \t.!]*$"
)


# "Android Developer na [Solvis]", "Estágio … na [Secretaria de Educação]": the tag after the preposition.
_TAG_COMPANY = re.compile(
    r"\s(?:at|@|na|no|em|bei|chez|en|presso|bij|w|for)\s+\[(?P<company>[^\[\]\n]{2,80})\]"
)
_IN_PLACE = r"[ \t]in[ \t](?:[Tt]he[ \t])?[A-Z][\w.-]*+(?:[ \t][A-Z][\w.-]*+)?"
_HIRING = re.compile(
    # "The U.S. Embassy in The Hague is seeking": the place the name holds is part of it
    # "Starbucks in Seattle is hiring": the firm, its town left out
    rf"(?:(?P<company>{_NAME_ANYWHERE}(?<=Embassy|Mission){_IN_PLACE}|{_NAME_ANYWHERE})(?:{_IN_PLACE})?"
    r"\s+(?:is|are|will\s+be)|\b[Ww]e(?:'re|’re|\s+are)|\b(?:is|are))\s+"
    r"(?:currently\s+|actively\s+|now\s+)?"
    r"(?:looking\s+for|hiring(?:\s+for)?|seeking|searching\s+for|recruiting)\s+(?:an?\s+|the\s+|our\s+(?:next|first|new)\s+)?"
    r"(?P<title>[^.,;:!?()\n]{3,80}?)(?=\s+(?:to|who|that|with|for|in|on|at|based|from|join|and\s+we)\b|[.,;:!?(]|$)"
)
# A sentence that seeks someone, in the languages postings come in; the title runs to the next function word.
_SEEKS = re.compile(
    # "The School is seeking to appoint a Head of Junior School English", "wishes to appoint a Lecturer"
    r"\b(?:(?:(?:is|are)\s+(?:seeking|looking)|seeks|wish(?:es)?)\s+to\s+appoint|seeks|is\s+seeking|is\s+hiring|hires|(?:are|we're|we’re)\s+(?:currently\s+)?hiring|(?<!Individual\s)(?<!Special\s)(?<!Additional\s)needs|is\s+in\s+need\s+of|sucht|suchen(?:\s+wir)?|busca|buscamos|procura|"
    r"solicitamos|se\s+solicita|se\s+busca|contratamos|precisamos|precisa-se|necesitamos|se\s+necesita|"
    r"procuramos|recherche|recherchons|cerca|cerchiamo|zoekt|zoeken|(?:is|zijn)\s+op\s+zoek\s+naar|szuka|szukamy|"
    r"cercasi|embauche|embauchons|söker|søger|søker|hledá|hledáme|ищет|ищем|нужен|нужна|нужны|требуется|требуются|шукаємо|потрібен|потрібна|arıyor|"
    r"mencari|tuyển(?:\s+dụng)?(?:\s+gấp)?|(?:are|is|we're|we’re)\s+(?:currently\s+)?looking\s+for|(?-i:^Seeking)|"
    r"(?-i:^(?:Now[ \t]+[Hh]iring|NOW[ \t]+HIRING))(?:[ \t]*+[:–—-])?|(?-i:^(?:Hiring|HIRING):)|"
    # "en la búsqueda de un/a C# Developer", "à la recherche d'un(e)", "auf der Suche nach einer"
    r"en\s+(?:la\s+)?b[uú]squeda\s+de|à\s+la\s+recherche\s+d['’]|alla\s+ricerca\s+di|à\s+procura\s+de|"
    r"auf\s+der\s+Suche\s+nach|in\s+search\s+of)(?:\s+|(?<=['’]))"
    # "vi söker därför nu en …", "we are now seeking": the sentence's adverbs before the one it seeks
    r"(?:(?:därför|derfor|daher|dus|therefore|thus|nu|nå|now|jetzt|nun|ahora|maintenant|agora|ora|still|toujours"
    r"|encore|noch|nog|todavía|aún|ainda|ancora|currently|actuellement|actualmente|attualmente|derzeit|aktuell"
    r"|momenteel)\s+){0,2}"
    # "is seeking qualified candidates for a Part-Time Road Maintenance Worker"
    r"(?:(?:(?:qualified|interested|experienced|suitable)\s+)?(?:candidates|applicants|individuals)\s+for\s+)?"
    r"(?:(?:ab\s+sofort|zum\s+nächstmöglichen\s+Zeitpunkt|per\s+direct|de\s+suite|dringend|immédiatement"
    r"|immediately|urgently|inmediatamente|immediatamente)\s+)?"
    # "embauche plus de 150 commis d’entrepôt": a count before the title
    r"(?:(?:(?:plus\s+|más\s+|mais\s+)?de|more\s+than|over|über)\s+\d{1,5}\s+|\d{1,5}\s+)?"
    r"(?:(?:an?|the|einen|eine|einer|einem|ein|eine/n|eine\*n|un|una|um|uma|une|uno|een|des|dla|un[·.-]e|un\(e\)"
    r"|un/a|un/una|un\(a\)|um\(a\)|um/uma)\s+)?"
    r"(?:(?:full|part)[- ]time\s+|(?:engagierte|motivierte|erfahrene)[nr]?\s+)?"
    # "is seeking dynamic, experienced, professionally certified teachers": the adjectives listed before it
    r"(?:(?-i:[a-zà-ÿ][\w-]*+),\s++){0,4}"
    r"(?P<title>[^.,;:!?()\n]{3,80}?)(?=\s+(?:to|who|that|with|for|in|on|at|based|from|join|für|zur|zum|mit|"
    r"pour|para|per|voor|dla|que|qui|che|die|der|à|en|em|na|no|om|som|ab|und|and|e|et|y)\b|[.,;:!?(]|$)",
    re.I,
)
# A line that ends with the verb, the sought title on the next line ("Stadtwerke Kiel suchen" / "Elektriker");
# company.py cuts it from an employer's name ("Wonen in Vlaanderen zoekt").
SEEKS_AT_END = re.compile(
    r"(?<!\S)(?:zoekt|zoeken|sucht|suchen|søger|søker|söker|cerca|cerchiamo|busca|buscamos|recherche|"
    r"recherchons|seeks|is\s+hiring|are\s+hiring|szuka|szukamy)[ \t]*+:?$",
    re.I,
)
# "Applications are invited for a research associate post within …": a university's or a council's notice
_INVITED = re.compile(
    r"\b(?i:applications|nominations|expressions\s+of\s+interest)\s+are\s+(?i:invited|sought|welcomed?)"
    r"\s+for\s+(?:an?|the)\s+(?:(?:full|part)[- ]time\s+)?(?P<title>[^.,;:!?()\n]{3,80}?)"
    r"(?=\s+(?:post|position|role|vacancy|within|in|at|with|to|on|for|based)\b|[.,;:!?(]|$)"
    # "… invites suitable graduates to apply for their Chartered Accountancy Trainee vacancies", "invites
    # suitably qualified candidates to apply for the position of Senior Secretary within …"
    r"|\binvites?[ \t]++(?:[a-z]++[ \t]++){0,3}?"
    r"(?:candidates|applicants|graduates|persons|individuals)[ \t]++to[ \t]++apply[ \t]++for[ \t]++"
    r"(?:(?:the|their|its|our|an?|following)[ \t]++)*+(?:position[ \t]++of[ \t]++)?"
    r"(?:(?i:permanent|temporary|full[- ]time|part[- ]time)[ \t]++)?(?P<invited>[A-Z][^.,;:!?()\n]{2,80}?)"
    r"(?=[ \t]++(?:posts?|positions?|roles?|vacanc(?:y|ies)|within|in|at|with|on|for|based)\b|[.,;:!?(]|$)"
)
_AS_A = re.compile(
    r"\b(?:[Aa]s|[Aa]re\s+you|[Yy]ou\s+are|[Bb]ecome)\s+(?:an?|the|our)\s+(?P<title>[^.,;:!?()\n]{3,80}?)"
    # "As an Intern Data & GenAI (m/f/d), you'll …": the title's gender tag after it
    r"(?:[ \t]*+\((?i:[ \t]*+(?:[mwfdxh][ \t]*+/[ \t]*+){1,3}[mwfdxh][ \t]*+|all[ \t]genders)\)[ \t]*+)?"
    r"(?=\s+(?:in|on|at|within|for|with|you|we|your|here|based|joining)\b|[,.;:?!]|$)"
)
# A title quoted after the word for a vacancy or a post, in the languages postings come in.
_QUOTED_ROLE = re.compile(
    r"(?i:\b(?:vacancy|position|role|post|вакансию|вакансия|вакансии|должность|должности|poste|puesto|vaga"
    r"|stanowisko|stelle|functie|posizione))(?:[ \t]+(?i:of|de|di|als|as))?[ \t]*+[«\"“„]"
    r"(?P<title>[^«»\"“”„\n]{3,80})[»\"”“]"
)
# A news item or a public call that names the vacancies it relays: "110 ofertas de empleo para conductores de
# reparto", "un llamado para ingresar como chofer", "la categoría profesional de Oficial Jardineros".
_VACANCIES_FOR = re.compile(
    r"\b(?:ofertas?[ \t]+de[ \t]+(?:empleo|trabajo)|vacantes?|plazas?|puestos?[ \t]+de[ \t]+trabajo|llamado"
    r"|categor[ií]a[ \t]+profesional|bolsa[ \t]+de[ \t]+(?:empleo|trabajo)|vagas?|posti[ \t]+di[ \t]+lavoro"
    r"|offres?[ \t]+d['’]emploi)[ \t]+(?:de|para|per|pour)[ \t]+"
    r"(?:(?:ingresar|trabajar|cubrir|desempe[ñn]arse|trabalhar)[ \t]+como[ \t]+)?"
    r"(?:(?:el|la|los|las|un|una|o|a|os|as|il|lo|gli|le|des|du)[ \t]+)?"
    r"(?P<title>[^.,;:!?()\n]{3,80}?)(?=[ \t]+(?:con|en|para|que|y|e|et|com|em|na|no|in|per|pour|dans|avec)\b"
    r"|[.,;:!?(]|$)",
    re.I,
)
# "The Senior Sales Insights Manager will be responsible for …": a description that opens with the role
# ("The part-time Laborer will be …": the hours are no part of the title).
_THE_TITLE_WILL = re.compile(
    r"(?:^|(?<=[.!?])[ \t]+)The[ \t]+(?:(?:full|part)[- ]time[ \t]+)?"
    # "The Chef de Partie is responsible …": a small word may join two of the title's words
    r"(?P<title>[A-Z][\w&/'’-]*+(?:[ \t]+(?:(?:de|du|des|of|la|le)[ \t]+)?[A-Z][\w&/'’-]*+){0,6})[ \t]+"
    r"(?:will|is[ \t]+responsible|is[ \t]+accountable|reports[ \t]+to|is[ \t]+a[ \t]+key|plays"
    r"|serves[ \t]+as|acts[ \t]+as"
    # "The General Laborer is essential to …", "The Cashier provides …": the post, then what it does
    r"|is[ \t]+(?:an?[ \t]+)?(?:essential|vital|integral|critical|important)|provides|performs|ensures"
    r"|assists|supports)\b"
)
# "… serves as an operator of …": what the post does, after the sentence has named the post.
_SERVES_AS = re.compile(r"\b(?:serves|acts|serving|acting)[ \t]++\Z")
_TEAM_AT = re.compile(
    rf"\b(?:[Tt]eam|us|[Cc]areers?|[Ww]ork(?:ing)?|[Ll]ife)\s+(?:at|@)\s+(?P<company>{_NAME})"
)
_ABOUT = re.compile(rf"^About\s+(?P<company>{_NAME})\W*$")
_AT_COMPANY = re.compile(
    # "At mPharma, our vision …": a name may open with a small letter before a capital (eBay, iCIMS)
    rf"(?:^|[.!?]\s+)(?:At|Join)\s+(?P<company>(?:[a-z](?=[A-Z]))?{_NAME}),?\s+(?:we|our|you)\b"
    # "Join Acme in Pune, Maharashtra as our next Accountant"
    rf"|(?:^|[.!?]\s+|:[ \t]*+[\"“])Join\s+(?P<joined>{_NAME})"
    r"(?:[ \t]+in[ \t]+[A-Z][^\n.;:!?]{0,60}?)?,?[ \t]+as[ \t]+(?:our|a|an|the)[ \t]"
)
# "Durgapur Steel Plant (DSP), a unit of Steel Authority of India Limited (SAIL), has invited applications …",
# "The Ministry of Health hereby invites applications": who invites applications is the employer.
_INVITES = re.compile(
    rf"(?:^|(?<=\s))(?=[A-Z])(?P<company>{_NAME})(?:[ \t]*+\([A-Z][A-Za-z]{{1,9}}\))?"
    r"(?:,[ \t]+an?[ \t][^,\n]{3,80},)?"
    r"[ \t]+(?:has[ \t]+invited|invites|is[ \t]+inviting|hereby[ \t]+invites|wishes[ \t]+to[ \t]+invite)"
    r"[ \t]+(?:online[ \t]+)?applications\b"
)
# "A Bachelor's degree", "Master's in …": a degree, not a name's possessive
_NAME_IS = re.compile(
    r"^(?!(?:An?[ \t]+)?(?:Bachelor|Master|Associate|Doctor)['’]s\b)"
    rf"(?P<company>{_NAME})(?:['’]s\s+\w|\s+(?:is|are|was|has|helps|builds|makes|offers|provides|invites|seeks)\s)"
)
_TEAM_PATTERNS = (
    re.compile(rf"\bjoin\s+(?:our|the)\s+(?P<team>[^.,;:!?()\n]{{2,60}}?)\s+{_TEAM_NOUN}\b", re.I),
    re.compile(rf"\b(?:on|in|within)\s+(?:the|our)\s+(?P<team>[^.,;:!?()\n]{{2,60}}?)\s+{_TEAM_NOUN}\b"),
    re.compile(
        rf"(?:^|[.!?]\s+)(?:The|Our)\s+(?P<team>[^.,;:!?()\n]{{2,60}}?)\s+{_TEAM_NOUN}\s+(?:is|are|was|[a-z]+s)\b"
    ),
    re.compile(rf"\bfor\s+(?:our|the|its|their)\s+(?P<team>[^.,;:!?()\n]{{2,60}}?)\s+{_TEAM_NOUN}\b"),
    re.compile(
        rf"\b(?:build|building|grow|growing|expand|expanding|scale|scaling)(?:\s+out)?\s+(?:our|the)\s+"
        rf"(?P<team>[^.,;:!?()\n]{{2,60}}?)\s+{_TEAM_NOUN}\b"
    ),
    re.compile(rf"\b{_NAME_ANYWHERE}['’]s\s+(?P<team>[^.,;:!?()\n]{{2,60}}?)\s+{_TEAM_NOUN}\b"),
    # a unit named as such: "in the School of Computer Science at …", "within the Department of Public Works",
    # "in the Research Computing Department" (not "to the …": where applications go)
    re.compile(
        r"\b(?:in|within|at|for|join)[ \t]+(?:the|our)[ \t]+(?P<team>(?:Department|School|Faculty|Division"
        r"|Office|Section|Unit)[ \t]+of[ \t]+[A-Z][\w'’&-]*+"
        r"(?:[ \t]+(?:(?:and|&|of|for|the)[ \t]+)?[A-Z][\w'’&-]*+){0,3})"
    ),
    # (not "the State Department of Health": an agency, named by what follows)
    re.compile(
        r"\b(?:in|within|at|for|join)[ \t]+(?:the|our)[ \t]+"
        r"(?P<team>[A-Z][\w'’&-]*+(?:[ \t]+[A-Z][\w'’&-]*+){0,3}[ \t]+(?:Department|Section|Unit|Team))\b"
        r"(?![ \t]+of\b)"
    ),
)
# Parts of a title line that are places, work modes, contract terms or page chrome rather than the role.
_PLACE_PART = re.compile(
    r"^\(?(?:(?-i:[A-Z]{2}|USA|UK|EU|EMEA|APAC|LATAM)|remote|hybrid|on-?site|in[- ]office|anywhere|worldwide|"
    r"full[- ]?time|part[- ]?time|contract|temporary|permanent|freelance|days|nights|evenings|weekends|"
    r"(?:day|night|evening|weekend|rotating)s?(?:\s+shift)?|prn|per diem|\d+\s*(?:hrs|hours)(?:/week)?|"
    r"careers?|jobs?|job (?:description|opening|posting)|apply now|(?:now |urgently )?hiring|urgent|new|"
    r"europe|asia|africa|north america|south america|americas|middle east|"
    r"(?:united states|united kingdom|canada|germany|france|spain|india|australia|ireland|netherlands|"
    r"poland|portugal|brazil|mexico|singapore|japan|israel|sweden|remote)(?:\s+only)?|"
    r"new york(?: city)?|nyc|london|berlin|paris|toronto|vancouver|amsterdam|dublin|sydney|bangalore|"
    r"san francisco(?: bay area)?|bay area|seattle|austin|boston|chicago|los angeles|denver|atlanta)\)?$|"
    # (?<!.): ".*…$" tried from inside a line would rescan the rest of it from every character.
    r"\((?:US|USA|UK|remote|hybrid)\)$|^remote\b.*|(?<!.).*\bremote$",
    re.I,
)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_STATE = re.compile(r"^[A-Z]{2}$")
_TRAILING_LEVEL = re.compile(r"^(?:I{1,3}|IV|V|[1-5])$")


def _words(text: str) -> list[str]:
    return [w.strip(".'’-").lower() for w in _WORD.findall(text)]


def _noun_or_plural(word: str) -> bool:
    """A lower-case word that is a job noun of some language or its plural in "-s"; hyphenated, its
    last part or the word without its hyphens ("sous-chef", "co-ordinator")."""
    if word in _ALL_NOUNS or word.rstrip("s") in _ALL_NOUNS:
        return True
    if word.endswith("innen") and word[:-3] in _ALL_NOUNS:  # German's plural of women: "Betreuerinnen"
        return True
    if word.strip("-").count("-") != 1:  # "linux-kernel-owner" of an address is no "owner"
        return False
    joined, last = word.replace("-", ""), word.rsplit("-", 1)[1]
    return any(w in _ALL_NOUNS or w.rstrip("s") in _ALL_NOUNS for w in (joined, last) if len(w) >= 3)


def is_job_noun(word: str) -> bool:
    """Whether one word is a job noun of some language, or its plural ("Cook", "Kassierer", "camareros")."""
    return _noun_or_plural(word.strip(".'’-").lower())


# A gender-inclusive ending glued to a job noun's stem: "Addett*" (addetto, addetta), "Camarer@",
# "Lehrer*in", "Lehrer:in", "Mitarbeiter_in", "vendeur·euse". The lookbehind: a match starts at a word's
# start, so a long word is read once.
_INCLUSIVE = re.compile(
    r"(?<![^\W\d_])(?P<stem>[^\W\d_]{3,30}+)"
    r"(?:\*(?:innen|in|a|e|o|r)?|@|[:_](?:innen|in)|·(?:euse|rice|ère|es|e|se|ne|fe))(?![\w.@/-])"
)


def _inclusive_noun(text: str) -> bool:
    """Whether a job noun is written with a gender-inclusive ending ("Addett* reparto", "Camarer@")."""
    if not any(mark in text for mark in "*@:_·"):
        return False
    stems = (match["stem"].lower() for match in _INCLUSIVE.finditer(text))
    return any(_noun_or_plural(stem + end) for stem in stems for end in ("", "o", "a", "e"))


# Vietnamese jobs named by two syllables, neither a job alone ("bếp" is a kitchen, "sĩ" ends "thạc sĩ", a
# master's degree): "bảo vệ" (guard), "tài xế" (driver), "đầu bếp" (cook), "y tá" (nurse), "bác sĩ" (doctor)
_VIETNAMESE_JOBS = re.compile(
    r"(?<!\w)(?:bảo vệ|vệ sĩ|tài xế|đầu bếp|phụ bếp|bếp (?:trưởng|phó|chính)|y tá|bác sĩ|nha sĩ|dược sĩ"
    r"|thu ngân|lễ tân|tạp vụ)(?!\w)"
)


def _has_role_noun(text: str) -> bool:
    written = [w.strip(".'’-") for w in _WORD.findall(text)]
    words = [w.lower() for w in written]
    if any(_noun_or_plural(w) for w in words) or _inclusive_noun(text):
        return True
    if _VIETNAMESE.search(text) and _VIETNAMESE_JOBS.search(text.lower()):
        return True
    # "-es" plurals of Romance nouns in running text ("conductores de reparto"); a capitalised one is more
    # likely a firm's name ("Abalt Auditores Y Consultores")
    if any(w[-2:] == "es" and w[:-2] in _ALL_NOUNS for w in written if w.islower()):
        return True
    if any(
        part in job_nouns.NOUNS for w in words if "-" in w for part in w.split("-")
    ):  # "уборщица-посудомойщица"
        return True
    if any(len(w) >= 8 and w.endswith(job_nouns.SUFFIXES) for w in words):  # "Elektromonteur"
        return True
    # "2021년 … 경력사원 모집", "…スタッフ募集": a recruiting word after the job;
    # "…託児スタッフ（無資格者勤務可）": a note in brackets after it
    stripped = re.sub(r"[（(][^（）()]{1,40}[）)]$", "", _GENDER.sub("", text).strip(" []"))
    stripped = stripped.strip(" ()[]（）")
    # "…대졸신입사원채용"; "웹디자이너 경력 채용": "experienced" or "new graduates" before the recruiting word
    readings = (
        re.sub(r"\s*(?:모집|채용|募集|急募|招聘)$", "", stripped),
        re.sub(r"(?:\s*(?:경력|신입|경력직|정규직|계약직|正社員|中途))+\s*(?:모집|채용|募集)$", "", stripped),
    )
    return any(job_nouns.is_cjk_job(word) and len(word) <= 30 for word in readings)


_CODE = re.compile(r"=\s*['\"]|['\"];|\?>|<\?|\$\w+->|(?<!\w)[A-Za-z]++_\w*+\s*=")
_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:[^\W\d_]\.){2,}$|\b(?:Inc|Ltd|Co|Corp|Bros)\.$")


def is_duty_verb(word: str) -> bool:
    """Whether a word is a verb a duty opens with ("Cleans", "Prepares", "Assist")."""
    return word.lower() in _DUTY_VERBS


def looks_like_title(line: str) -> bool:
    """Whether a line reads as a job title: a short noun phrase with a job noun (public for the fallbacks)."""
    return _looks_like_title(line)


_SENTENCE_INSIDE = re.compile(r"[^\W\d_]{4}\.[ \t]+[A-ZÀ-ÞÅÄÖ]")
_CJK_QUALIFICATION = re.compile(r"^[^\s:：]*(?:資格|免許|種別|条件|要件)[\s:：]")
_LEAD_MODE = re.compile(r"^(?:100\s*%\s*|fully\s+)?(?:remote|hybrid)\s+(?=\w)", re.I)


# The verbs a duty in a list of duties opens with ("Prepares …", "Assists in the planning of menus").
_DUTY_VERBS = _wordset(
    """assists prepares manages monitors ensures maintains performs provides develops coordinates supports
    oversees conducts operates handles cleans serves orders collaborates keeps stores reviews processes
    responds communicates trains supervises greets answers delivers loads participates organizes organises
    creates implements analyzes analyses tracks schedules follows completes identifies prepare assist manage
    ensure maintain perform provide develop coordinate support oversee conduct operate handle collaborate"""
)


_WANTED_END = re.compile(r"(?<=\w)[ \t]+(?i:urgently[ \t]+)?(?i:wanted|needed)[ \t]*+!++$")


def _looks_like_title(line: str) -> bool:
    """A short noun phrase with a role noun, not a sentence, heading or label."""
    words = _words(_LEAD_MODE.sub("", line))  # "100% Remote Senior Software Consultant"
    if not words or len(words) > 12 or len(line) > 100 or ": " in line or job_nouns.is_site_word(line):
        return False
    if _CODE.search(line):  # "meta_title = 'Вакансия …';?>": a template's code, not its text
        return False
    if "://" in line or line.lstrip().startswith("www."):  # a link to the job ("…/desenvolvedor-java/76627")
        return False
    # a wrapped paragraph's next line: "verksamhetsutvecklare som vill bidra … och utveckling. Jobbet"
    if line[:1].islower() and len(words) >= 6 and _SENTENCE_INSIDE.search(line):
        return False
    if _CJK_QUALIFICATION.match(line):  # "募集資格 社会福祉士": the licence asked for, not the job
        return False
    ends = line.rstrip()
    # A sentence's end, not "… για την Καρβελάς Α.Ε." or "… at Acme Inc."
    if (
        ends.endswith((".", "!", "?", ":"))
        and not ends.endswith(("Sr.", "Jr."))
        and not _ABBREVIATION_END.search(ends)
        and not _WANTED_END.search(ends)  # "RINK ATTENDANTS WANTED!": a headline, not a sentence
    ):
        return False
    verbs = {"is", "are", "was", "will", "we", "you", "our", "your", "you'll", "we're", "has", "have"}
    if words[0] in _NOT_NAMES - {"head", "lead"} or verbs & set(words):
        return False
    if len(_NAV_WORDS & set(words)) >= 2:  # "Jobs Courses Career advice Recruiters": a site's menu
        return False
    if len(words) >= 5 and words[0] in _DUTY_VERBS:  # "Prepares and cooks food according to recipes": a duty
        return False
    return _has_role_noun(line) or bool(_GENDER.search(line))


def _tidy_name(name: str | None) -> str | None:
    """Drop leading sentence words and possessives from a captured company name."""
    if not name:
        return None
    # across a sentence end ("…in Southeast Asia. We are hiring", "…in Washington, D.C. We are"); the initials
    # opening a name are none ("U.S. Embassy")
    initials = re.match(r"(?:The\s+)?(?:[A-Z]\.){2,}\s+(?=\S)", name)
    rest = name[initials.end() :] if initials else name
    if re.search(r"[.!?]\s+\S", rest) or initials and rest.split()[0].lower() in _NOT_NAMES:
        return None
    tokens = re.sub(r"['’]s$", "", name.strip().rstrip(".,")).split()
    while tokens and tokens[0].lower() in _NOT_NAMES:
        tokens.pop(0)
    if not tokens or tokens[0].lower() in _NOT_NAMES or _has_role_noun(" ".join(tokens)):
        return None
    return " ".join(tokens)


def _tidy_team(team: str | None) -> str | None:
    """Strip praise and filler from a captured team phrase; None when it is not a name."""
    if not team:
        return None
    tokens = team.split()
    while tokens and (
        tokens[0].lower() in _TEAM_FILLER | {"and", "very", "highly"} or _TEAM_SIZE.match(tokens[0])
    ):
        tokens.pop(0)
    if not tokens or len(tokens) > 5 or {t.lower() for t in tokens} & _TEAM_REJECT:
        return None
    name = " ".join(tokens)
    # A lower-case phrase ("the product engineering group") describes work, it does not name a team.
    if any(ch.isdigit() for ch in name) or name.lower() in _GENERIC_TEAMS or not name[:1].isupper():
        return None
    if tokens[-1].lower() in {"team", "teams", "organization", "organisation", "org"}:
        tokens.pop()
    return " ".join(tokens) or None


_OF_WORDS = frozenset({"de", "di", "da", "do", "del", "della", "des", "du", "d'", "alle", "al", "en", "für"})


# "om du vill jobba som sjuksköterska inom …", "Arbeiten als Erzieher bei …": the job one would work as.
_WORK_AS = re.compile(
    r"\b(?:jobba|arbeta|arbeiten|travailler|trabajar|trabalhar|lavorare|werken|pracować|jobbe|arbejde)[ \t]+"
    r"(?:som|als|comme|como|come|jako)[ \t]+(?P<title>[^.,;:!?()\n]{3,60}?)"
    r"(?=[ \t]+(?:inom|i|på|hos|bei|in|im|à|au|en|em|na|no|bij|w|at|for|für|pour|para|per|voor)\b"
    r"|[.,;:!?(]|$)",
    re.I,
)


def _sought(line: str) -> str | None:
    """The title a line seeks ("X tuyển nhân viên phục vụ", "Acme sucht Elektriker"), if it seeks one."""
    found = _SEEKS.search(line) or _WORK_AS.search(line)
    if not found:
        return None
    return _trim_title(_sought_phrase(found))


def _sought_phrase(found: re.Match[str]) -> str:
    """The title a seeking sentence names, unquoted; "TUYỂN GẤP 200 BẢO VỆ NAM/NỮ -7.2TR/THÁNG": without the
    pay after it, cut at its decimal point."""
    return _FIGURE_CUT.sub("", found["title"]).strip(" \"'“”«»„")


_FIGURE_CUT = re.compile(r"(?<=\S)[ \t]+[-–—][ \t]*+\d++$")


# "Siamo alla ricerca di …", "Applications are invited …": a verb or the applications, not who seeks.
_NOT_SEEKERS = _wordset("siamo somos estamos sommes nous wir applications")


_COPULA_END = re.compile(r"(?<=\S)[ \t]++(?:est|sont|ist|sind|está|están|è|é|is|are)[ \t]*+$")


_LINKING_WORDS = frozenset(
    ["of", "for", "and", "de", "du", "des", "der", "di", "da", "do", "del", "van", "von"]
)


def _seeker(line: str) -> str | None:
    """Who a line says seeks someone, when it opens with their name ("Cinema Coffee tuyển …")."""
    found = _SEEKS.search(line)
    subject = line[: found.start()] if found else ""
    # "Job Duties: Black Pearl Oyster Company, LLC is in need of …": the name after a label
    labelled = _LABEL.match(subject)
    subject = labelled["value"] if labelled else subject
    # "Groupe Tonic est à la recherche d'un(e) …", "Acme ist auf der Suche nach …": the verb is no name
    subject = _COPULA_END.sub("", subject)
    words = subject.split()
    if len(words) >= 3 and words[0].lower() == "the":  # "THE PRIAULX LIBRARY IS LOOKING FOR …"
        words = words[1:]
    most = 6 if ENDS_WITH_LEGAL_FORM.search(" " + subject.strip()) else 4
    # "The U.S. Embassy in The Hague is seeking": a name's linking words inside it
    named = [w for w in words if w not in _LINKING_WORDS] if len(words) >= 3 else words
    if not 1 <= len(named) <= most or not all(w[:1].isupper() or w == "&" for w in named):
        return None
    if words[-1] in _LINKING_WORDS:
        return None
    name = " ".join(words)
    if words[0].lower() in _NOT_NAMES | _NOT_SEEKERS or _has_role_noun(name):
        return None
    return name


# Letters only Vietnamese writes: its titles put the words that qualify the job after it
# ("nhân viên phục vụ").
_VIETNAMESE = re.compile(r"[ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)


# A capitalised word after the noun that qualifies it ("Fullstack", "Backend", "Sênior"), not a name's start.
_QUALIFIER = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-Za-z]+)?$|^(?:QA|UX|UI|IT|BI|ML|AI|PHP|Java|\.NET)$")


def _trim_title(phrase: str) -> str | None:
    """Cut a sentence fragment down to the title: adjectives before, clauses after the role noun."""
    tokens = phrase.split()
    if _VIETNAMESE.search(phrase) and len(tokens) <= 8 and _has_role_noun(phrase):
        return phrase
    nouns = [i for i, t in enumerate(tokens) if _has_role_noun(t)]
    if not nouns:
        return None
    end = nouns[-1] + 1
    if end < len(tokens) and _TRAILING_LEVEL.match(tokens[end]):
        end += 1
    # "Head of Engineering", "VP of Sales": the field after "of" is part of the title.
    if end + 1 < len(tokens) and tokens[end] == "of" and tokens[end + 1][:1].isupper():
        end += 2
        while end < len(tokens) and tokens[end][:1].isupper():
            end += 1
    # "Chef de projet", "Jefe de ventas", "Addetto alle vendite": the field after the noun is the title's.
    elif end + 1 < len(tokens) and tokens[end].lower() in _OF_WORDS and len(tokens) - end <= 4:
        end = len(tokens)
    # "commis d’entrepôt", "chargé d'affaires": the elided "de" holds its field in the same word
    elif end < len(tokens) and tokens[end][:2].lower() in ("d'", "d’") and len(tokens[end]) > 2:
        end += 1
    # "Desarrollador Fullstack", "Engenheiro Backend Sênior": Romance titles qualify the noun after it, in
    # capitals; a place ("Developer Berlin") is no part of the title.
    else:
        while (
            end < len(tokens)
            and end - nouns[-1] <= 2
            and _QUALIFIER.match(tokens[end])
            and not city(tokens[end])
        ):
            end += 1
    tokens = tokens[:end]
    if any(t[:1].isupper() for t in tokens):
        while tokens and not tokens[0][:1].isupper():
            tokens.pop(0)
    while len(tokens) > 1 and tokens[0] in _LEADING_ARTICLES:  # "en engagerad verksamhetsutvecklare"
        tokens.pop(0)
    # "a skilled and passionate chef", "a dedicated, hardworking kitchen hand": praise, not the title
    while len(tokens) > 1 and (tokens[0].rstrip(",") in _PRAISE or tokens[0] in ("and", "&")):
        tokens.pop(0)
    return " ".join(tokens) or None


_PRAISE = _wordset(
    # (not "creative", "professional", "qualified", "responsible", "competent": parts of real titles, as in
    # "Creative Director", "Professional Engineer", "Responsible Gambling Specialist", "Competent Person")
    """skilled passionate experienced motivated self-motivated highly friendly dedicated hardworking
    hard-working enthusiastic talented reliable energetic driven committed organised organized proactive
    confident caring compassionate results-driven detail-oriented outgoing ambitious keen exceptional
    outstanding awesome amazing flexible punctual trustworthy efficient fantastic conscientious personable
    versatile"""
)


_LEADING_ARTICLES = frozenset(
    {"a", "an", "the", "en", "ett", "et", "ei", "ein", "eine", "einen", "un", "une", "una"}
)


# "ASBL : Full-Stack Engineers": a spaced colon after a name (a label before it is French typography).
_NAME_COLON = re.compile(r"^(?P<name>[^:|\n]{2,40}?)\s+:\s+(?P<title>[^:|\n]{3,100})$")


def _pipe_company(lines: list[str], title_part: str) -> str | None:
    """In "Company | Role | Remote", the part before the role names the employer; so it does in "Company -
    Role - Hanoi" when a place or the terms end the line (else "Engineering - Role - …" may be a team)."""
    for line in lines:
        parts = [part.strip() for part in line.split("|")[:8]]
        if not (line.count("|") >= 2 and title_part in parts and parts.index(title_part) == 1):
            dashed = [part.strip() for part in _DASH.split(line)[:8]]
            parts = dashed if len(dashed) >= 3 and _split_title(dashed[1], None)[0] else []
            if not parts or not (_PLACE_PART.match(parts[-1]) or _big_city(parts[-1]) or city(parts[-1])):
                continue
        if parts[0].lower() in _DEPARTMENTS or _TEAM_NAME.search(parts[0]):
            continue
        first = parts[0]
        if 1 <= len(first.split()) <= 6 and not _has_role_noun(first) and not _PLACE_PART.match(first):
            return _tidy_name(first)
    return None


_DASH = re.compile(r"(?<!\s)\s+[-–—]\s+")
_TEAM_NAME = re.compile(r"(?i)\b(?:team|department|dept|division|group|squad)$")
_DEPARTMENTS = frozenset({
    "engineering", "marketing", "sales", "product", "design", "finance", "operations", "it", "data",
    "support", "legal", "research", "hr", "people", "technology", "tech", "development", "security",
    "infrastructure", "growth", "payments", "data science", "customer success", "platform", "trust & safety",
    "trust and safety", "analytics", "devops", "qa", "quality", "customer support", "customer experience",
    "partnerships", "business development", "communications", "content", "editorial", "r&d", "it support",
    "facilities", "procurement", "logistics", "supply chain", "manufacturing", "clinical", "medical",
    "nursing", "education", "administration", "accounting", "risk", "compliance", "audit", "treasury",
    "strategy", "brand", "creative", "ux", "mobile", "web", "backend", "frontend", "machine learning", "ai",
    "ml", "cloud", "developer relations", "solutions", "professional services", "consulting", "recruiting",
    "talent", "people operations", "marketing & growth", "core", "billing", "identity", "search", "ads",
    "integrations", "enterprise", "consumer", "commerce", "fintech", "research & development",
})  # fmt: skip


# A tag in brackets ("[REMOTE WORK]", "【徵才】", "(遠端工作)"), a label before a colon ("Remote-Jobs:"),
# and the separators between a title line's parts, including "at"/"na"/"bei" before an employer.
_TAG = re.compile(r"[\[【〔［][^\]】〕］\n]{1,80}[\]】〕］]|^\s*[(（][^)）\n]{1,80}[)）]")
_LEAD_LABEL = re.compile(r"^[^:：\s][^:：]{0,24}[:：]\s+")
_PARTS = re.compile(
    r"(?<!\s)\s+[-–—|·•/]\s+|(?:(?<!\s)\s+)?\|\s*|(?<!\s)\s+(?:at|@|na|no|em|bei|chez|en|presso|bij|w)"
    r"(?=\s*+\||\s*+$)",  # (?<!\s): a match starts at a blank run's first blank, so a run is read once
    re.I,
)


def _tagged_parts(line: str) -> list[str]:
    """The parts of a title line around its tags and separators that read as a title."""
    if len(line) > 200 or not (_TAG.search(line) or _PARTS.search(line) or _LEAD_LABEL.match(line)):
        return []
    bare = _TAG.sub(" | ", _LEAD_LABEL.sub("", line))
    tags = [tag.group()[1:-1] for tag in _TAG.finditer(line)]  # "[Desenvolvedor Back end Java] - CLT"
    parts = [part.strip(" -–—|/·•") for part in [*_PARTS.split(bare), *tags]]
    return [part for part in parts if part and part != line and _looks_like_title(part)]


def _pipe_parts(line: str) -> list[str]:
    parts = [part.strip() for part in line.split("|")[:8]]
    return [part for part in parts if _looks_like_title(part)]


def _big_city(part: str) -> bool:
    """A city of half a million people or more ("Ha Noi", "Wrocław"): a place, never a team."""
    hit = city(part.strip(" ()")) if len(part) <= 40 else None
    return bool(hit and hit[1] >= 500_000)


_SEEK_WORD = re.compile(
    r"^\s*(?:誠徵|诚聘|急徵|急聘|徵求|徵|招聘|招募|招|is\s+hiring|hiring|sucht|busca|recrute|tuyển)\s*", re.I
)


# "Individual Needs Assistant (Level B) x 2": the number of posts after the title.
_POSTS_AFTER = re.compile(r"(?<=[\w)])[ \t]++[xX×][ \t]?(?!86|64|32)\d{1,2}(?:[ \t]++posts?)?$")
# Words that join two things where a title names one: "Apprentice and later a Specialist".
_JOINED = re.compile(r"\b(?:and|or|of[ \t]+our|later)\b")
# "3 dossierbehandelaars": the number of posts before the title.
_POST_COUNT = re.compile(r"^\d{1,3}[ \t]+(?=[^\W\d_])")
# "Вакансия машинист автокрана", "Vacature: Monteur": the word for a vacancy before the title.
_VACANCY_WORD = re.compile(
    r"^(?:вакансия|ваканс[іi]я|vacancy|vacature|vaga|vacante|stellenangebot|stellenausschreibung|job\s+offer|offre\s+d['’]emploi"
    # an application form's heading: "Application for Care Worker - Part Time", "Bewerbung als Koch"
    r"|application\s+for(?:\s+the\s+(?:post|position|role)\s+of)?|bewerbung\s+als)"
    r"\s*[:–—-]?\s+(?=\S)",
    re.I,
)


# A lowercase word that opens a clause of a sentence, never a part of a title.
_CLAUSE_START = re.compile(
    r"(?:on|in|at|with|for|of|to|or|and|as|by|from|who|which|that|where|when|including|such)[ \t]"
)


def _split_title(line: str, company: str | None) -> tuple[str | None, str | None, str | None]:
    """Split a title line into (title, team, company): places dropped, separators normalised to ", "."""
    line = _GENDER.sub("", line).strip(" -–—|•")
    line = _POST_COUNT.sub("", _POSTS_AFTER.sub("", line))
    vacancy = _VACANCY_WORD.match(line)
    if vacancy:
        line = line[vacancy.end() :][:1].upper() + line[vacancy.end() + 1 :]
    found = _TITLE_AT.match(line)
    if found and found["at"] in ("na", "no", "em") and city(found["company"]):
        found = None
    if found and _has_role_noun(found["title"]) and not _has_role_noun(found["company"]):
        line, company = found["title"], company or found["company"]
    parts = [p.strip() for p in _SPLIT.split(line) if p and p.strip(" ()")]
    kept: list[str] = []
    after_place = False
    for i, part in enumerate(parts):
        nxt = parts[i + 1] if i + 1 < len(parts) else ""
        # After a place or terms ("Remote, Europe", "Pleasanton, CA", "Full Time, Days"), the rest is too.
        if (
            _PLACE_PART.match(part)
            or (_STATE.match(nxt) or after_place or _big_city(part))
            and not _has_role_noun(part)
        ):
            after_place = True
            continue
        if company and company_key(part) and company_key(part) == company_key(company):
            continue
        seeks = company and part.startswith(company) and _SEEK_WORD.match(part[len(company) :])
        if seeks:  # "邁思擘國際股份有限公司徵 後端開發工程師", "Acme is hiring Data Engineer"
            part = part[len(company) + seeks.end() :].strip(" -–—:：") or part
        if not company and i and _LEGAL_SUFFIX.search(part):
            company = part
            continue
        kept.append(part)
    # "Sr | Software Engineer": a level word alone belongs to the next part.
    merged: list[str] = []
    for part in kept:
        if merged and merged[-1].lower() in _LEVEL_WORDS:
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    # "Software development experience, on open-source software or in a professional setting": a clause of a
    # sentence, not a title's part
    first = next((i for i, p in enumerate(merged) if _has_role_noun(p) and not _CLAUSE_START.match(p)), None)
    if first is None:
        return None, None, company
    title_parts = merged[first:]
    team_parts = [p for p in title_parts[1:] if not _has_role_noun(p) and p.lower() not in _LEVEL_WORDS]
    team = ", ".join(team_parts) if team_parts else (", ".join(merged[:first]) or None)
    return ", ".join(title_parts), team, company


def _company_from_lines(lines: list[str], facts: dict[str, str]) -> str | None:
    """The hiring company from labels first, then from phrases that name the employer."""
    for key in _COMPANY_LABELS:
        value = facts.get(key, "").strip()
        # "Company: We're building geologic software…" introduces a paragraph, not a name.
        if value and len(value.split()) <= 8 and not re.search(r"[.!?]\s", value):
            return value
    for i, line in enumerate(lines):
        found = _AT_LINE.match(line)
        if found and i and _looks_like_title(lines[i - 1]):
            return _tidy_name(found["company"])
    for pattern in (_HIRING, _ABOUT, _AT_COMPANY, _INVITES, _TEAM_AT, _NAME_IS):
        for line in lines:
            found = pattern.search(line)
            named = found and (found["company"] or found.groupdict().get("joined"))
            name = _tidy_name(named) if named else None
            if name:
                return name
    return None


def _team_from_lines(lines: list[str], title_team: str | None) -> str | None:
    """The team from "join our X organization" first, then the title line, then other team phrases."""
    for index, pattern in enumerate(_TEAM_PATTERNS):
        if index == 1 and title_team:
            return title_team
        for line in lines:
            for found in pattern.finditer(line):
                team = _tidy_team(found["team"])
                if team:
                    return team
    return title_team


def find_team(lines: list[str]) -> str | None:
    """The team named in the posting's prose ("join our X team", "The X team builds …"), or None."""
    return _team_from_lines(lines, None)


def _facts_from_lines(lines: list[str], facts: dict[str, str] | None) -> dict[str, str]:
    """Labelled "Key: value" lines, overridden by the facts the caller already extracted."""
    merged: dict[str, str] = {}
    for index, line in enumerate(lines):
        found = _LABEL.match(line)
        if found:
            merged.setdefault(found["key"].strip().lower(), found["value"].strip())
        elif (
            line.lower().rstrip(" :：") in _PAIR_LABELS
            and index + 1 < len(lines)
            # unless the next line is a fact of its own ("Job Title" left empty over "Recruiter: USAID")
            and not _LABEL.match(lines[index + 1])
        ):
            # A form's label on its own line, the answer on the next ("Título del trabajo" / "Engineer").
            merged.setdefault(line.lower().rstrip(" :："), lines[index + 1].strip())
    merged.update({k.lower(): v for k, v in (facts or {}).items() if isinstance(v, str)})
    return merged


def _with_gender_tag(title: str, line: str) -> str:
    """The title with the "(m/w/d)" its line gives it where the line gives it ("Erzieher (m/w/d)",
    "Mitarbeiter:in (d/w/m) Dokumentation"): part of how the posting names the job."""
    tag = _GENDER.search(line)
    if not tag or tag.group() in title:
        return title
    before, after = line[: tag.start()].rstrip(), line[tag.end() :].lstrip()
    for cut in range(len(title), -1, -1):
        head, tail = title[:cut].rstrip(), title[cut:].lstrip()
        if head and before.endswith(head) and after.startswith(tail):
            return " ".join(part for part in (head, tag.group(), tail) if part)
    return title


def _without_trailing_fact(line: str) -> str:
    """A title line with a labelled fact run on after it ("Stores Person Date posted: 21/12/2020", a heading
    whose date sat in an element of its own) without that fact."""
    tail = _PAY_TAIL.search(line)
    # "…研发工程师 薪资80W+", "Developer - $500 to $800"; a bare figure only after a short title, not after a
    # sentence ("According to store representatives a warehouse associate makes about $14 an hour")
    if (
        tail
        and (not tail["bare"] or len(line[: tail.start()].split()) <= 6)
        and _has_role_noun(line[: tail.start()])
    ):
        line = line[: tail.start()]
    left, colon, right = line.replace("：", ":").partition(":")
    words = left.split()
    # A forum's "A | B | Salary: …" stays as it is: its parts are read one by one.
    if colon and right.strip() and "|" not in left and len(words) <= 10:
        for size in (3, 2, 1):  # the longest label: "Date posted", not "posted"
            if len(words) > size and key_of(" ".join(words[-size:])):
                rest = " ".join(words[:-size])
                # "Job Sector: Banking", "Job Location: Leeds": one label, not a title ("Job") before one
                return line if rest.casefold() in _TITLE_LABELS or key_of(rest) else rest
        if _PAY_AFTER.match(right) and _has_role_noun(left):  # "Line Cook/Prep Cook: Up to $18/hr"
            return left.strip()
    return line


# Pay run on after a title: "薪资80W+", "月給30万円～", " - $500 to $800".
_PAY_TAIL = re.compile(
    r"(?:(?<![ \t])[ \t]++|(?<=[\u4e00-\u9fff]))"
    r"(?:(?:薪资|薪酬|月薪|年薪|待遇|工资|时薪|給与|月給|年収|時給)[ \t:：]*+\d"
    r"|[-–—|][ \t]*+(?:up[ \t]+to[ \t]+|from[ \t]+)?[$€£¥₹][ \t]?\d"
    # "全端工程師 200-280萬/年": a Chinese figure in ten-thousands after the title
    r"|\d[\d,.]*+(?:[ \t]*+[-~～–][ \t]*+\d[\d,.]*+)?[ \t]*+[萬万](?:[ \t]*+/[ \t]*+[年月])?"
    # "Per Diem LPNs $28 per hour": a figure with its period straight after the title
    r"|(?P<bare>(?<![:：][ \t])(?<!\bto[ \t])(?<!from[ \t])[$€£¥₹]\d[\d,.]*+[kK]?"
    r"(?:[ \t]*+(?:-|–|to)[ \t]*+[$€£¥₹]?\d[\d,.]*+[kK]?)?[ \t]*+"
    r"(?:per|an|a|/)[ \t]*+(?:hour|hr|year|yr|annum|month|week|day)\b))[^\n]*$",
    re.I,
)
# (?<![ \t]): a match starts at a blank run's first blank, so a long run is scanned once.
_PAY_AFTER = re.compile(
    r"(?<![ \t])[ \t]*+"
    r"(?:(?:up[ \t]+to|from|starting[ \t]+at|ab|bis|hasta|desde|jusqu['’]à|à[ \t]+partir[ \t]+de)"
    r"[ \t]+)?"
    r"[$€£¥₹][ \t]?\d",
    re.I,
)


# "我们想要招聘一位…的技术总监": a Chinese or Japanese sentence that recruits, up to its clause's end.
# Japanese puts the one it seeks first: "X を募集します", "X になりませんか?" (won't you become X?), "X求人".
_JA_SOUGHT = re.compile(
    r"(?P<clause>[^\s\x00-\x27\x2a-\x7f、。！!?？「」]{2,60}?)"
    r"(?:を募集(?:します|しています|中|いたします)|になりませんか|として(?:働|勤務)|求人)"
)
_JA_BRACKETED = re.compile(r"[(（]([^()（）]{2,15})[)）]")
_SEEKS_CJK = re.compile(r"(?:招聘|诚聘|誠聘|急聘|招募|募集|求人|採用)(?P<clause>[^，。；！,.;!\n]{2,60})")


# "病院での医療ソーシャルワーカー(MSW)のお仕事です": a Japanese board's "it is the work of a …".
_CJK_WORK_OF = re.compile(r"(?:^|[♪！!。】\]])(?P<clause>[^♪！!。【\[\n@]{2,40}?)のお仕事")


def _cjk_sought(line: str) -> str | None:
    for found in _JA_SOUGHT.finditer(
        line
    ):  # "…支援する正社員(児童指導員)を募集します", "学童保育の先生になりませんか"
        clause = found["clause"]
        bracketed = [b for b in _JA_BRACKETED.findall(clause) if job_nouns.is_cjk_job(b)]
        # "羽津地区学童保育所で学童保育所指導員として働く": the job after where it is done
        job = bracketed[-1] if bracketed else clause.split("で")[-1]
        if job_nouns.is_cjk_job(job) and len(job) <= 20:
            return job
    for found in _CJK_WORK_OF.finditer(line):
        if _has_role_noun(found["clause"].split("での")[-1]):
            return found["clause"].strip()
    for found in _SEEKS_CJK.finditer(line):
        clause = re.sub(r"^(?:一|两|兩|若干|多)?[位名个個人]", "", found["clause"]).split("的")[-1].strip()
        if 2 <= len(clause) <= 15 and job_nouns.is_cjk_job(clause):
            return clause
    return None


_POSITION_OF = re.compile(
    r"\b(?:(?:for|to)\s+the\s+(?:position|role|post)\s+of|(?:untuk\s+)?posisi(?:\s+sebagai)?|para\s+(?:el\s+)?"
    r"(?:puesto|cargo)\s+de|pour\s+le\s+poste\s+d(?:e\s+|['’])|für\s+die\s+Stelle\s+(?:als|eines|einer)"
    r"|voor\s+de\s+functie\s+van|para\s+a\s+vaga\s+de|per\s+la\s+posizione\s+di"
    # "konkursu na stanowisko Dyrektora Szkoły", "na pozici", "на должность"
    r"|na\s+stanowisko|na\s+poz[ií]ci[iu]|на\s+должность|на\s+посаду)\s+"
    r"(?P<title>[^\W\d][^.,;:!?()\n\"“”]{2,50}?)"
    r"(?=\s*[.,;:!?()\n\"“”]|\s*$|\s+(?:di|in|at|en|em|à|bei|im|with|for|w|we|v|ve|в)\b)",
    re.I,
)


def title_from_sentences(lines: list[str]) -> str | None:
    """A title named in "X is looking for a <title>" or "As a <title> on the team" sentences, or in a
    sentence that seeks one in another language ("Wir suchen eine Pflegefachkraft", "Buscamos camarero")."""
    for line in lines:  # "на вакансию «Младшая медицинская сестра»", "for the position of “Site Manager”"
        for found in _QUOTED_ROLE.finditer(line):
            if _has_role_noun(found["title"]):
                return found["title"].strip()
    # "Wonen in Vlaanderen zoekt" / "3 dossierbehandelaars …"
    for line, following in zip(lines, lines[1:], strict=False):
        if SEEKS_AT_END.search(line) and len(following.split()) <= 8:
            title = _trim_title(_POST_COUNT.sub("", following))
            if title:
                return title
    bare = None  # "We're looking for an engineer who …": a bare job noun, if nothing names the post better
    for line in lines:
        cjk = _cjk_sought(line)
        if cjk:
            return cjk
        for found in _SEEKS.finditer(line):
            phrase = _sought_phrase(found)
            title = _trim_title(phrase)
            if (
                not title
                and len(phrase.split()) <= 3
                and phrase[:1].isupper()
                and not _REINFORCEMENT.fullmatch(phrase)
            ):
                title = phrase  # "seeks a full-time Custodian": a capitalised noun we do not know
            if title and title.islower() and " " not in title:
                bare = bare or title
            elif title:
                return title
    for line in lines:
        for found in _VACANCIES_FOR.finditer(line):
            title = _trim_title(found["title"])
            if title:
                return title
    for line in lines:  # "untuk posisi Administrasi perkantoran": named as the post, known noun or not
        for found in _POSITION_OF.finditer(line):
            phrase = found["title"].strip()
            if len(phrase.split()) <= 5 and not phrase[:1].isdigit():
                return _trim_title(phrase) or phrase
    for pattern in (_INVITED, _HIRING, _AS_A, _THE_TITLE_WILL):
        for line in lines:
            for found in pattern.finditer(line):
                if pattern is _AS_A and _SERVES_AS.search(line, max(0, found.start() - 12), found.start()):
                    continue  # "The Maintenance Worker I serves as an operator of …": a duty, not the post
                tagged = found["title"].strip() if pattern is _AS_A and _GENDER.search(found.group()) else ""
                if (
                    tagged
                    and len(tagged.split()) <= 8
                    and _has_role_noun(tagged)
                    and not _JOINED.search(tagged)
                ):
                    return tagged  # "As an Intern Data & GenAI / M&A Analytics (m/f/d), …": the tag ends it
                title = _trim_title(found["title"] or found.groupdict().get("invited") or "")
                if title:
                    return title
    return bare


# Around a labelled title, a list's number and a status note: "01_바리스타팀 [채용시 마감]" (until filled).
_LABELLED_EXTRAS = re.compile(r"^\d{1,2}[_.)]\s*+|(?<!\s)\s*+[\[【［][^\]】］\n]{1,30}[\]】］]$")


# "業務内容 : 営業": a CJK page's duties given as one job word, where no title is named.
_DUTY_WORD = re.compile(
    r"^(?:業務内容|仕事内容|職務内容|工作内容|담당업무)\s*[:：]\s*(?P<word>[^\s:：、。,]{1,10})$"
)


def _duty_word(lines: list[str]) -> str | None:
    for line in lines[:30]:
        found = _DUTY_WORD.match(line)
        if found and job_nouns.is_cjk_job(found["word"]):
            return found["word"]
    return None


def _job_heading(lines: list[str]) -> str | None:
    """A page listing jobs under headings of their own ("Szakács:", "Cook:"): the first short heading that
    names a job and no field, when nothing else names the title."""
    for index, line in enumerate(lines[:12]):
        stem = line.rstrip()
        if not stem.endswith(":") or len(stem.split()) > 4 or key_of(stem[:-1]):
            continue
        # The job's own text follows; a contact's name after "Hiring manager:" is no description.
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if len(following.split()) >= 5 and _looks_like_title(stem[:-1].strip()):
            return stem[:-1].strip()
    return None


def _fuller_title(line: str, labelled: str) -> str | None:
    """The labelled title with the level words a heading puts before it ("Senior Backend Engineer, Spend
    Team (FinOS)" over "Role: Backend Engineer": "Senior Backend Engineer"), or None. What the heading adds
    after it (a team, an employer, a place, "URGENT") stays out, and a page's headline around it ("Project
    Officer Job at Fairtrade Africa …", "Care Assistant Jobs") is no heading of the title."""
    at = line.casefold().find(labelled.casefold())
    if at <= 0 or not _looks_like_title(line):
        return None
    before, after = line[:at].split(), line[at + len(labelled) :].strip()
    if not all(word.lower() in _LEVEL_WORDS for word in before) or after[:1] not in _TITLE_ENDS:
        return None
    return f"{line[:at]}{labelled}".strip()


_TITLE_ENDS = frozenset(("", ",", "(", "-", "–", "—", "|"))


# "Wir suchen Verstärkung", "buscamos refuerzo": help for the team sought, the job named elsewhere.
_REINFORCEMENT = re.compile(
    r"(?i:verstärkung|unterstützung|nachwuchs|zuwachs|versterking|refuerzos?|renforts?|rinforzi|rinforzo"
    r"|reinforcements?|help|support)(?i:[ \t]++(?:für|for|para|pour|per|voor)[ \t][^\n]*+)?"
)
_BRACKETED = re.compile(r"[(（][^()（）\n]{0,80}[)）]")


def find_title(lines: list[str], *, facts: dict[str, str] | None = None) -> TitleInfo:
    """Title, team and company from a posting's opening lines and labelled facts."""
    lines = [str(line).strip().lstrip("-•*· ").strip() for line in lines if str(line).strip()]
    # "Open roles > Engineering > Senior Data Engineer": a breadcrumb ends with the page's own name.
    lines = [_without_trailing_fact(_BREADCRUMB.split(line)[-1]) for line in lines]
    # "Reports To: Seasonal Supervisors, Managers": the jobs of the people above this one.
    lines = [line for line in lines if not _REPORTS_TO.match(line)]
    facts = _facts_from_lines(lines, facts)
    company = _company_from_lines(lines, facts)
    title = title_team = None
    labelled = next((facts[k] for k in _TITLE_LABELS if facts.get(k, "").strip()), None)
    labelled = _LABELLED_EXTRAS.sub("", labelled.strip(" \"'`,;")) or labelled if labelled else None
    if job_nouns.is_site_word(labelled):
        labelled = None  # "title: Jobs at Lattin's": the page's name; its job is named below
    elif labelled and key_of(labelled):
        labelled = None  # a template's empty fields: "Job Title" over "Posted", the next one's label
    elif (
        labelled
        # "Role: Part-time (20 hours per week)": its note in brackets aside
        and len(_BRACKETED.sub("", labelled).split()) <= 3
        and employment_type(labelled)
        and not _has_role_noun(labelled)
        and not _has_role_noun(re.split(r"[:：]", labelled)[0])  # "看護師：非常勤2名": a nurse, part-time
    ):
        labelled = None  # a card's "Job" chip over "Full-time": the contract, not the job
    if labelled:  # a board's "Role: Backend Engineer" under the heading "Senior Backend Engineer, Spend Team"
        labelled = next(filter(None, (_fuller_title(line, labelled) for line in lines[:4])), labelled)
    # A value under a title label is a title even when no job noun we know names it.
    candidates = [labelled] if labelled and len(labelled) <= 100 and not labelled.endswith(".") else []
    tagged = [(line, _tagged_parts(line)) for line in lines[:4]]
    # "[REMOTE] Android Developer na [Solvis]", "Remote-Jobs: Engineer": the title between tags and labels.
    candidates += [part for line, parts in tagged if _TAG.search(line) or _LEAD_LABEL.match(line)
                   for part in parts]  # fmt: skip
    # "Cinema Coffee tuyển nhân viên phục vụ": a line that seeks someone names the title after its verb.
    candidates += [_sought(line) or line for line in lines[:10] if _looks_like_title(line)]
    # "ASBL : Full-Stack Engineers (All Levels)": a forum post's employer before a spaced colon.
    for line in lines[:4]:
        named = _NAME_COLON.match(line)
        if (
            named
            and not key_of(named["name"])
            and _looks_like_title(named["title"])
            and not _has_role_noun(named["name"])
            and not _PLACE_PART.match(named["name"])
        ):
            candidates.append(named["title"])
            company = company or _tidy_name(named["name"])
    # "Company | Role | Remote | Full-time …": a forum post's opening line, read part by part.
    candidates += [part for line in lines[:4] if line.count("|") >= 2 for part in _pipe_parts(line)]
    # "墨奇科技 - 北京 - 中级前端": separators around the title.
    candidates += [part for _line, parts in tagged for part in parts]
    for line in candidates:
        line = _sought(line) or line  # "Seeking senior web/frontend developer (html5, …)"
        title, title_team, company = _split_title(line, company)
        if not title and (line is labelled or _GENDER.search(line)):
            # Only job titles carry "(m/w/d)"; a labelled value is a title by its label.
            title = _GENDER.sub("", line).strip(" -–—|•") or None
        if title:
            # "Acme | Backend Engineer | Remote": the part before the title is the employer, not a team
            piped = None if company else _pipe_company(lines[:4], line) or _pipe_company(lines[:4], title)
            company = company or piped
            if piped and title_team and company_key(title_team) == company_key(piped):
                title_team = None
            title = _with_gender_tag(title, line)
            break
    if not title:
        # "Employment Type: Food Service Worker": a board that files the job under the contract's label.
        title = next((v for k, v in facts.items() if _job_under_type(k, v)), None)
    if not title:
        title = title_from_sentences(lines) or _job_heading(lines) or _duty_word(lines)
    company = company or next((name for line in lines[:10] if (name := _seeker(line))), None)
    if title and not company:
        tagged = (_TAG_COMPANY.search(line) for line in lines[:4])
        company = next((found["company"].strip() for found in tagged if found), None)
    return TitleInfo(title=title, team=_team_from_lines(lines, title_team), company=company)


def _job_under_type(label: str, value: str) -> bool:
    return key_of(label) == "employment type" and not employment_type(value) and _has_role_noun(value)


_REPORTS_TO = re.compile(
    r"(?:reports?|reporting|responsible|accountable)\s+(?:directly\s+)?to\b"
    r"|(?:(?:position|direct|immediate)\s+)?(?:supervisor|line\s+manager|manager)\s*:"
    r"|berichtet\s+an\b"
    r"|rattach[ée]e?\s+(?:à|au)\b|reporta(?:r[áa])?\s+a\b",
    re.I,
)
# Managers of products, programs or accounts are individual contributors, not people managers.
_IC_MANAGER = re.compile(
    r"\b(?:product|program|programme|project|account|accounts|content|community|case|campaign|partner|territory"
    r"|relationship|release|success|media|brand|category|property)\s+manager\b",
    re.I,
)
# Checked in order: the first that matches wins, so the higher or more specific levels come first.
_SENIORITY = tuple(
    (level, re.compile(pattern, re.I))
    for level, pattern in (
        (
            "intern",
            r"\bintern(?:ship)?s?\b|\bco-?op\b|\bworking student\b|\bpraktikant(?:in)?\b|\bpraktikum\b"
            r"|\bwerkstudent(?:in)?\b|\bstagiaire\b|\bstagista\b|\btirocin|\bpasant[eií]|\bbecari[oa]\b"
            r"|\bestagi[áa]ri|\bsta[żz]yst|^stage\b(?!\s+(?:manager|hand|crew|technician|director|door|carpenter"
            r"|electrician|supervisor|rigger|assistant|lighting|sound))|实习|インターン|인턴"
            # "Vaga de estágio", "Práctica profesional", "Prácticas en marketing", "Stage en alternance"
            r"|(?:^|\bvaga\s+de\s+)est[áa]gio\b|^pr[áa]cticas?\s+(?:profesional(?:es)?|en|de)\b"
            r"|^stage\s+(?:en|de|d['’])|\bstagiair\b"
            # a German apprenticeship: "Ausbildung zur Kauffrau …", "Ausbildungsstelle zum …", "Azubi"
            r"|^ausbildung(?:sstelle|splatz)?\s+(?:zur|zum|als)\b|\bazubi\b",
        ),
        # "Chief of Staff to the CEO" reports to an executive; it is not one.
        ("vp", r"\b(?:s|e)?vp\b|\bvice[- ]president\b|\bchief\b(?!\s+of\s+staff)|(?<!to the )\bc[tefoi]o\b"),
        ("director", r"\bdirector\b|\bhead\s+of\b|\bhead,"),
        ("manager", r"\bmanager\b"),
        ("principal", r"\bprincipal\b"),
        (
            "staff",
            # "Member of (the) Technical Staff" names the job, not a level, and so do "Bar Staff" and "Kitchen
            # Staff Wanted": the level stands before the job it grades
            r"(?<!of )(?<!technical )(?<!support )\bstaff\b(?=\s+\w)"
            r"(?!\s+(?:nurses?|accountants?|auditor|pharmacist|physician|writer|attorney|members?|wanted|needed"
            r"|required|for|in|at"
            # Indonesian and Malay name a post "Staff" + its field, ending the title: "Staff Desain", "Staff
            # Gudang" (not "Staff Admin Engineer")
            r"|(?:desain|gudang|administrasi|admin|keuangan|produksi|pemasaran|penjualan|toko|dapur|operasional"
            r"|akuntansi|lapangan)(?![ \t]*+[^\W\d_]))\b)",
        ),
        ("lead", r"\b(?:tech(?:nical)?\s+)?lead\b(?!\s+generation)|\bteam\s+leader\b|ведущ(?:ий|ая)"),
        # Latin America's "Semi Senior" (SSr) is the level between junior and senior
        ("mid", r"\bsemi[- ]?s[eê]nior\b"),
        (
            "senior",
            r"\bs[eê]nior\b|\bsr\b\.?|\b(?:III|IV)\b|高级|高級|资深|資深|シニア|시니어|старш(?:ий|ая)"
            r"|\bstarsz[ya]\b",
        ),
        (
            "mid",
            r"\bmid[- ]?level\b|\bintermediate\b|\bII\b|\b(?:engineer|developer)\s+2\b|\bpleno\b|\bmedior\b"
            r"|中级|中級"
            # Eastern Europe's "Middle Python Developer", "Regular Java Developer": before a developer's job
            r"|\b(?:middle|regular)\+?(?!\s+(?:office|back|front|full|part|time|season)\b)\s+(?:[\w#+./-]+\s+){0,2}?"
            r"(?:developer|engineer|programmer|programista"
            r"|designer|analyst|tester|qa|devops|specialist|specjalista|разработчик)\b",
        ),
        (
            "junior",
            r"\bj[uú]nior\b|\bjr\b\.?|\bentry[- ]level\b|\b(?:new\s+)?grad(?:uate)?\b|\bapprentice\b"
            r"|初级|初級|ジュニア|주니어|신입|新卒|校园招聘|校招|应届|младш(?:ий|ая)|\bmłodsz[ya]\b",
        ),
        (
            "junior",
            r"\btrainee\b|\bassociate\s+(?!director|partner|vice|vp\b|principal)[a-z]|\b(?:engineer|developer|analyst)\s+I$",
        ),
    )
)


def seniority(title: str | None) -> str | None:
    """The level a title names (intern … vp), or None when the title does not say."""
    if not title or not isinstance(title, str):
        return None
    # "前端工程師/高級前端工程師", "Engineer / Senior Engineer": one job at its plain level and a higher one
    # states neither
    first, _, rest = title.partition("/")
    if rest and first.strip() and first.strip().lower() in rest.lower() and _level(first) is None:
        return None
    return _level(title)


def _level(title: str) -> str | None:
    without_ic = _IC_MANAGER.sub("", title)
    for level, pattern in _SENIORITY:
        if pattern.search(without_ic if level == "manager" else title):
            return level
    return None


# (?!…): no match starts inside a run of blanks, so a long run is scanned once, not once per blank.
_LEGAL_SUFFIX = re.compile(
    r"(?!(?<=\s)\s)(?:,?\s++|\s*+,\s*+)"
    r"(?:inc|incorporated|llc|l\.l\.c|ltd|limited|plc|corp|corporation|co|gmbh|ag|s\.?a|sas|"
    r"s\.?a\.?r\.?l|b\.?v|n\.?v|oy|ab|asa|a/s|aps|k\.?k|pty|pte|s\.?r\.?l|s\.?p\.?a|l\.?l\.?p|l\.?p|se)\.?\s*$",
    re.I,
)


def clean_company(name: str) -> str:
    """The company's display name without legal suffixes: "Discord Inc." -> "Discord"."""
    if not isinstance(name, str):
        return ""
    cleaned = name.strip()
    while True:
        shorter = _LEGAL_SUFFIX.sub("", cleaned).rstrip(" ,&")
        if shorter == cleaned or not shorter:
            return cleaned.strip(" ,")
        cleaned = shorter


def company_key(name: str) -> str:
    """A matching key: accents, case, punctuation, a leading "The" and legal suffixes removed."""
    if not isinstance(name, str):
        return ""
    words = re.sub(r"[^a-z0-9]+", " ", ascii_lower(clean_company(name)).replace("&", " and ")).split()
    if len(words) > 1 and words[0] == "the":
        words.pop(0)
    # A name in another script has no ASCII letters: its own letters are its key ("株式会社CHANGE" keeps
    # "change", "北京天成创想科技有限公司" its characters); an empty key would make every such employer one.
    return " ".join(words) if words and not _OTHER_SCRIPT.search(name) else _script_key(name, words)


_OTHER_SCRIPT = re.compile(r"[^\W\d_a-zA-Z\u00C0-\u024F]")


def _script_key(name: str, words: list[str]) -> str:
    own = " ".join(re.sub(r"[\W_]+", " ", clean_company(name).casefold()).split())
    return own or " ".join(words)
