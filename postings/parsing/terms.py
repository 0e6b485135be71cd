"""Terms of the job: minimum years of experience, employment type and the date it was posted."""

import re
from datetime import date
from functools import lru_cache

from ._labels import key_of

_NUMBER_WORDS = {
    word: n
    for n, word in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
        + ("eleven", "twelve", "thirteen", "fourteen", "fifteen"),
        start=1,
    )
}
# two to six in the languages postings come in: "mindestens zwei Jahre", "cinco años", "deux ans", "três anos"
_NUMBER_WORDS |= {
    word: n
    for words in (
        ("zwei", "drei", "vier", "fünf", "sechs"),
        ("dos", "tres", "cuatro", "cinco", "seis"),
        ("deux", "trois", "quatre", "cinq", "six"),
        ("dois", "três", "quatro", "cinco", "seis"),
        ("due", "tre", "quattro", "cinque", "sei"),
        ("twee", "drie", "vier", "vijf", "zes"),
    )
    for n, word in enumerate(words, start=2)
}
_NUM = r"(?:\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")"
_YEARS = re.compile(
    # (not English "due to 5 years …": Italian "due" is two)
    rf"\b(?!due\s+to\b)(?P<n>{_NUM})(?:\s*\(\d{{1,2}}\))?\s*(?P<plus>\+|plus\b)?"
    # "3-5", "3 to 5", "от 3 до 6", "3 bis 5", "de 3 à 5", "3 a 5", "3 tot 5", "3 do 5"; "between":
    # "entre 2 et 5", "zwischen 2 und 5", "tra 2 e 5", "tussen 2 en 5", "mellan 2 och 5"; the unit may come
    # twice ("entre 2 ans et 5 ans")
    rf"(?P<upto>(?:\s*(?:years?|ans|años|anos|anni|jahren?|jaar))?"
    rf"\s*(?:-|–|—|to|or|and|до|bis|à|a|tot|do|till|~|et|y|und|e|en|och|og|i)\s*{_NUM}(?:\s*\(\d{{1,2}}\))?)?\s*\+?"
    r"(?P<more>\s+or\s+more)?"
    r"(?:-(?:х|ти|ми|ух|ех)\b)?"  # "не менее 3-х лет": a Russian number's case ending
    r"[\s-]*(?:years?|yrs?|jahre?n?|ans|ann[ée]es?|años|anos|jaar|anni|lat|lata|roku|år|års|yıl|tahun"
    r"|года|год|лет|років|роки|рік|năm|let|roky|rok)\b['’]?(?=(?P<after>[^.;!?\n]{0,80}))",
    re.I,
)
_YEARS_REJECT_AFTER = re.compile(
    r"^\s*(?:old|of\s+age|of\s+the|ago|degree|college|university|bachelor|program|course|warranty|in\s+business|"
    r"history|later|from\s+now|running|in\s+a\s+row"
    # an age in other languages: "18 anos de idade", "18 años de edad", "18 Jahre alt", "18 ans révolus"
    r"|de\s+idade|de\s+edad|alt|r[ée]volus|d['’][âa]ge|di\s+et[àa]|oud|de\s+vida"
    r"|(?:cumplid[oa]s|completos)(?!\s+(?:de\s+)?(?:experiencia|experiência|en\s+el\s+puesto|na\s+fun[çc][ãa]o)))\b",
    re.I,
)
_YEARS_REJECT_BEFORE = re.compile(
    r"\b(?:within|after|in\s+the\s+(?:next|first|last|past)|the\s+(?:next|first|last|past)|founded|since|"
    r"for\s+(?:over|more\s+than|the\s+past)|over\s+the(?:\s+(?:past|last))?|first|aged?|for"
    # an age: "Edad entre 25 y 35 años", "Idade entre 20 e 35 anos", "Âgé(e) entre 20 et 30 ans"
    r"|(?:edad|idade|âge|âgée?|âgé\(e\)|alter|età|leeftijd|ålder|age)(?:\s*:)?(?:\s+(?:entre|zwischen|tra|tussen"
    r"|mellan|between|von|de))?"
    # a commitment's length: "weekend shifts required for a minimum of one year"
    r"|(?:shifts?|commit\w*|contract|stay|available|availability)\b[^.\n]{0,30}for\s+(?:a\s+)?"
    r"(?:minimum|period|term)\s+of)\s*$",
    re.I,
)
_EXPERIENCE_AFTER = re.compile(
    r"\b(?:experience|exp|expertise|background|track\s+record|professional|industry|relevant|hands-on|"
    r"practical|proven|working|work|employment|practi[cs]ing|in\s+(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:role|position)|"
    r"\w*erfahrung|d['’]exp(?:[ée]rience)?\b|de\s+experi[eê]ncia|de\s+experiencia|\w*ervaring|di\s+esperienza|"
    r"do[śs]wiadczeni\w*|erfarenhet|deneyim\w*|pengalaman|опыт\w*|досвід\w*|kinh\s+nghiệm|praxe|zku[šs]enost\w*)",
    re.I,
)
_EXPERIENCE_BEFORE = re.compile(
    r"(?:experience|at\s+least|minimum(?:\s+of)?|min\.?|no\s+less\s+than|require[sd]?|requiring|must\s+have|"
    r"needs?|bring|possess|you\s+have|mindestens|au\s+moins|al\s+menos|pelo\s+menos|minimaal|m[ií]nimo|"
    r"almeno|co\s+najmniej|minst|en\s+az|minimal|опыт(?:\s+работы)?\s+от|от|не\s+мен[еь]е|минимум|досвід(?:\s+роботи)?\s+від|"
    r"від|ít\s+nhất|tối\s+thiểu|kinh\s+nghiệm"
    # the word for experience in other languages, as a label or before "of"/"from" and a minimum:
    # "Expérience : > 3 ans", "experiencia mínima de 2 años", "Berufserfahrung (1 bis 3 Jahre)",
    # "experience from 4 years", "Опыт работы: 1–3 года"
    r"|(?:exp[ée]rience|experi[eê]ncia|experiencia|esperienza|(?<!\w)\w*?erfahrung|do[śs]wiadczenie|(?<!\w)\w*?ervaring"
    r"|erfarenhet|deneyim|pengalaman|опыт(?:\s+работы)?|досвід(?:\s+роботи)?)"
    r"(?:\s+(?:m[íi]nim[ao]|minimale|requise?|requerida|exigida|from|of|von|de|da))*)\W*$",
    re.I,
)


def _years_value(raw: str) -> int:
    return int(raw) if raw.isdigit() else _NUMBER_WORDS[raw.lower()]


# CJK: the number of years beside the word for experience, with no spaces to mark words.
_YEARS_CJK = re.compile(
    r"(?:経験|經驗|经验|경력)[^\n。,，\d]{0,10}?(?P<n>\d{1,2})(?:\s*[-–~〜～至到]\s*\d{1,2})?\s*(?:年|년)|"
    r"(?P<m>\d{1,2})(?:\s*[-–~〜～至到]\s*\d{1,2})?\s*(?:年|년)\s*(?:以上|이상)?[^\n。,，]{0,6}?(?:の)?(?:経験|經驗|经验|경력)"
)


_NO_EXPERIENCE = re.compile(
    r"\bno\s+(?:prior\s+|previous\s+|work\s+)?experience\s+(?:is\s+)?(?:required|needed|necessary)\b"
    r"|\bkeine\s+(?:Berufs)?erfahrung\s+(?:erforderlich|nötig|notwendig)|\bsin\s+experiencia\s+previa"
    r"|\bsans\s+expérience\s+(?:requise|préalable)|\bsem\s+experiência\s+(?:prévia|necessária)",
    re.I,
)


def min_years_experience(text: str) -> int | None:
    """The first experience requirement in years ("5+ years", "at least three years"), else None."""
    return _min_years(text) if text and isinstance(text, str) else None


@lru_cache(maxsize=64)  # a posting asks it of its requirements, its body and its whole text: often one text
def _min_years(text: str) -> int | None:
    found = _YEARS_CJK.search(text)
    if found:  # "経験3年以上", "경력 3년 이상", "3年以上工作经验"
        value = int(found["n"] or found["m"])
        if 0 < value <= 30:
            return value
    # "Grade 1: No experience required. Grade 2: A minimum of 10 years": the least asked is none
    none_asked = _NO_EXPERIENCE.search(text)
    for found in _YEARS.finditer(text):
        if none_asked and none_asked.start() < found.start():
            return None
        # the sentence so far: "min. 2 lata" keeps its abbreviation, a full stop before a figure ends none
        before = re.split(r"[!?\n]|\.(?!\s*(?:\d|$))", text[max(0, found.start() - 40) : found.start()])[-1]
        after = found["after"].split(",")[0]
        if _YEARS_REJECT_AFTER.match(after) or _YEARS_REJECT_BEFORE.search(before):
            continue
        strong = bool(found["plus"] or found["more"] or _EXPERIENCE_BEFORE.search(before))
        if _EXPERIENCE_AFTER.search(after) or strong:
            value = _years_value(found["n"])
            # "0-3 years", "0+ years of relevant experience": none needed, some welcome
            if 0 < value <= 30 or value == 0 and (found["plus"] or found["upto"]):
                return value
    return None


# Latin, Cyrillic and Greek words stand between word boundaries; CJK words sit between other letters of
# their script, where nothing separates them, so they are matched as they are.
_KINDS = {
    "full_time": (
        r"full[- ]?time|vollzeit\w*|temps\s+plein|temps\s+complet|tiempo\s+completo|jornada\s+completa|"
        r"tempo\s+integral|tempo\s+pieno|voltijd|pe[łl]ny\s+etat|pe[łl]en\s+etat|heltid|tam\s+zamanl[ıi]|pln[ýy]\s+[úu]vazek|"
        r"fulltid(?:sstilling|sjobb)?|heltidsstilling|fuldtid|kokoaikainen|täysiaikainen|"
        r"полная\s+занятость|полный\s+(?:рабочий\s+)?день|повна\s+зайнятість|(?-i:CDI|CLT)|"
        r"πλήρ(?:ης|ους)\s+απασχόλησ(?:η|ης)|to[àa]n\s+th[ờo]i\s+gian|pln[ýy]\s+(?:pracovn[ýy]\s+)?[úu]v[äa]zok|"
        r"puno\s+radno\s+vrijeme|teljes\s+munkaid\w*|norm[ăa]\s+[îi]ntreag[ăa]|пълно\s+работно\s+време",
        "正社員|常勤|全职|全職|정규직|풀타임",
    ),
    "part_time": (
        r"part[- ]?time|teilzeit\w*|minijob|geringf[üu]gig\w*|temps\s+partiel|temps\s+non\s+complet|"
        r"medio\s+tiempo|"
        r"media\s+jornada|tiempo\s+parcial|jornada\s+parcial|tempo\s+parcial|meio\s+per[ií]odo|"
        r"meia\s+jornada|tempo\s+parziale|deeltijd|deltid(?:sstilling)?|deltidsjobb|yar[ıi]\s+zamanl[ıi]|"
        r"niepe[łl]ny\s+etat|osa-aikainen|"
        r"[čc][áa]ste[čc]n[ýy]\s+[úu]vazek|частичная\s+занятость|неполный\s+(?:рабочий\s+)?день|"
        r"часткова\s+зайнятість|μερικ(?:ή|ής)\s+απασχόλησ(?:η|ης)|b[áa]n\s+th[ờo]i\s+gian|"
        r"(?:skr[áa]ten[ýy]|[čc]iasto[čc]n[ýy]|polovi[čc]n[ýy]|zkr[áa]cen[ýy])\s+(?:pracovn[ýy]\s+)?[úu]v[äa]z[eo]k|"
        r"nepuno\s+radno\s+vrijeme|r[ée]szmunkaid\w*|jum[ăa]tate\s+de\s+norm[ăa]|непълно\s+работно\s+време",
        "パート|アルバイト|非常勤|兼职|兼職|파트타임|아르바이트",
    ),
    "internship": (
        r"internships?|praktikum|praktikant(?:in)?|est[áa]gio|estagi[áa]rio|pasant[íi]a|tirocinio|"
        # "prácticas" are an internship, "buenas prácticas" and "prácticas ágiles" a way of working
        r"(?<!buenas )(?<!mejores )(?<!las )(?<!sus )pr[áa]cticas"
        r"(?![ \t]+(?:[áa]giles|de[ \t]+(?:desarrollo|programaci|c[óo]digo|seguridad|calidad|ingenier)))|"
        r"stage\s+curriculare|stagiaire|sta[żz]\s+p[łl]atny|sta[żz]ysta|werkstudent(?:in)?|stajyer|magang|"
        r"стажировка|стажер|стажёр|alternance(?!\s+entre)",
        "インターン|实习|實習|인턴",
    ),
    "temporary": (
        r"fixed[- ]term(?:\s+contract)?|temporary(?:\s+contract)?|temp(?=\s+(?:role|position|job))|seasonal|"
        r"locum|befristet\w*|(?-i:CDD)|int[ée]rim(?:aire)?|saisonnier|temporal|tempor[áa]rio|"
        # standing in for someone on leave, or for a stated time: "one year maternity cover",
        # "Elternzeitvertretung", "Duration: six (6) months", "Contractduur 1 jaar", "pour la saison estivale"
        r"(?:maternity|paternity|parental)(?:\s+leave)?\s+(?:cover|replacement)|"
        r"(?:elternzeit|mutterschutz|krankheits)vertretung|remplacement\s+(?:d['’]un\s+)?cong[ée]\s+maternit[ée]|"
        r"duration\s*+:\s*+\(?(?:\d++|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|"
        r"contractduur|saison\s+estivale|emploi\s+d['’][ée]t[ée]|"
        r"tempo\s+determinato|tijdelijk(?:\s+contract)?|na\s+czas\s+okre[śs]lony|visstidsanst[äa]llning|behovsanst[äa]llning|"
        r"vikariat|срочный\s+договор|временная\s+работа|määräaikai\w*|na\s+dobu\s+ur[čc]it(?:ú|ou)|"
        r"seizoens\w*|saison(?:kraft|kr[äa]fte|arbeit\w*|stelle|job|besch[äa]ftigung)\w*|stagional[ei]|"
        r"de\s+temporada|hat[áa]rozott\s+idej[űu]|na\s+odre[đd]eno|"
        # a term fixed in other words: "Plazo Fijo", "bepaalde duur", "perioadă determinată"
        r"plazo\s+fijo|(?:contrato\s+a\s+)?tiempo\s+determinado|prazo\s+determinado|bepaalde\s+duur|"
        r"perioad[ăa]\s+determinat[ăa]|dur[ée]e\s+d[ée]termin[ée]e|durata\s+determinata|"
        # an Australian or New Zealand casual post: paid by the hour worked, no hours guaranteed
        r"(?<!business\s)(?<!smart\s)casual(?!\s+(?:dress|attire|atmosphere|environment|fridays?|wear|clothing"
        r"|vibes?|culture|office|workplace|setting|conversations?|games?|dining|lunch|chats?|meet))",
        "派遣社員|派遣|臨時|계약직",
    ),
    "contract": (
        r"contract(?:or)?(?:[- ]to[- ]hire)?|freelance(?:rs?)?|c2c|freiberuflich\w*|(?-i:PJ)|aut[ôo]nomo|"
        r"umowa\s+zlecenie|umowa\s+o\s+dzie[łl]o|zzp(?:['’]er)?|s[öo]zle[şs]meli",
        "契約社員|契約職員|外包",
    ),
    "permanent": (
        r"permanent|unbefristet\w*|festanstellung|contrato\s+indefinido|vaste\s+aanstelling|"
        r"tillsvidareanst[äa]llning|fast\s+anst[äa]llning|umowa\s+o\s+prac[ęe]|бессрочный",
        "",
    ),
}
# A mention opens at a word's start or with a CJK word's first character (_CJK_FIRSTS follows _KINDS): the
# lookahead in front passes over every other place at once instead of trying each kind there (same matches,
# about twice as fast).
_CJK_FIRSTS = "".join(sorted({word[0] for _words, cjk in _KINDS.values() for word in cjk.split("|") if word}))
_EMPLOYMENT = re.compile(
    rf"(?=(?<!\w)|(?<=(?-i:[a-z]))(?-i:[A-Z])|[{_CJK_FIRSTS}])(?:"
    + "|".join(
        # a word glued to the next one on a scraped page ("Full-timePermanent", "Full TimeEntry Level")
        rf"(?P<{kind}>(?:(?<!\w)|(?<=(?-i:[a-z]))(?=(?-i:[A-Z])))(?:{words})(?:(?!\w)|(?=(?-i:[A-Z][a-z])))"
        rf"{'|' + cjk if cjk else ''})"
        for kind, (words, cjk) in _KINDS.items()
    )
    + ")",
    re.I,
)
# Kinds whose words also appear in other senses ("temporary housing", "contract negotiations"), and their
# words that do: "befristet", "seizoenswerk", "sözleşmeli" or a freelancer say what they say wherever they
# stand; every word for a permanent post needs its context.
_WEAK_KINDS = frozenset({"temporary", "contract", "permanent"})
_AMBIGUOUS_TERM = re.compile(
    r"temporary(?:\s+contract)?|temp|seasonal|casual|temporal|tempor[áa]rio|int[ée]rim(?:aire)?"
    r"|fixed[- ]term(?:\s+contract)?|tijdelijk(?:\s+contract)?|contract(?:or)?(?:[- ]to[- ]hire)?|c2c"
)
_WEAK_CONTEXT_AFTER = re.compile(
    r"^\s*(?:\(|role|position|job|basis|assignment|opportunity|work|employment|engagement|hire|worker|staff|"
    r"contract|post|vacancy|(?:is\s+|will\s+be\s+)?for\s+(?:a\s+(?:period\s+of\s+)?)?(?:\d|one|two|three|six|twelve))",
    re.I,
)
# A title's part ending with it: "Immunisation Nurse Casual - Alpine", "Barista | Seasonal" (every word
# capitalised: a title, not "our office culture is relaxed and casual").
_TITLE_PART_END = re.compile(r"^[ \t]*$|^[ \t]+[-–—|][ \t]")
_TITLE_CASED_LINE = re.compile(r"^(?:[ \t]*+(?:[A-Z0-9(][^\s]*+|[-–—|/&]|of|and|for|the|in|de))++[ \t]*$")
# (?<!\d): a count is read from its first digit only, so a long run of digits is scanned once. "seeking to
# fill 5 temporary, full-time … positions": a count of posts.
_WEAK_CONTEXT_BEFORE = re.compile(
    r"(?:(?:(?<!\d)\d++|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen))"
    r"[- ]?(?:months?|weeks?|years?)(?:\s+(?:initial|travel|rolling|fixed|renewable))?"
    r"|\bcontrata(?:ci[óo]n|[çc][ãa]o)"
    r"|w-?2|1099|this\s+is\s+an?|\(|\bshort[- ]term"
    r"|\b(?:fill|hire|hiring|seeks|seeking|needs|need\s+of)\s+\d{1,4})\s*$",
    re.I,
)
# "\W*" and "\s*" used to share out a run of blanks every way. Now: all the leading punctuation, then the
# label; or else up to the last colon in that punctuation (what "\W*" found by backtracking).
_TYPE_LABEL = re.compile(
    r"^(?:\W*+(?:employment|job|position|work|contract|engagement|role|schedule)?\s*+"
    r"(?:type|status|schedule|basis)?\s*+:|\W*:)\s*",
    re.I,
)
_LABEL_COLON = re.compile(r"^[\W_]*+([^:：\n]{2,40}?)[\s*_]*+[:：]\s*")
_HOURS = frozenset({"full_time", "part_time"})
_CONTRACTS_WORK_AFTER = re.compile(
    r"(?<![ \t])s?[ \t]++(?i:specialist|manager|management|officer|administrator|administration|analyst"
    r"|lawyer|attorney|negotiator|coordinator|law|review|drafting)\b"
)
_STUDIES_AFTER = re.compile(
    r"(?<![ \t])[ \t]*+(?i:students?|studies|study|studying|pupils?|enrol(?:l?ment|led)|degree|course"
    r"|programme|MBA|Studierende|Studium|[ée]tudiants?|[ée]tudes|estudiantes?|estudos|studenti)\b"
)
# "Full Time / Part Time", "Vollzeit oder Teilzeit", "temps plein ou partiel": options, in the languages too
_TYPE_LIST_GAP = re.compile(
    r"^\s*(?:/|,|\||&|or|and|-|–|oder|und|ou|et|o|y|e|of|en|eller|og|och|lub|albo|i|или|и|veya|ve|hoặc|và)?\s*$",
    re.I,
)


def _mentions(line: str) -> list[tuple[str, bool]]:
    """(kind, labelled) for each employment-type mention in one line, lists of options left out."""
    return list(_line_mentions(line))


@lru_cache(maxsize=8192)  # the same lines are read again for the labels, the body and the next posting
def _line_mentions(line: str) -> tuple[tuple[str, bool], ...]:
    found = [(m.lastgroup or "", m.start(), m.end()) for m in _EMPLOYMENT.finditer(line)]
    label = _TYPE_LABEL.match(line)
    label_end = label.end() if label else 0
    # "Type de contrat : CDD", "Тип занятости: полная": the label of another language that `_labels` knows
    other = _LABEL_COLON.match(line) if label_end <= 1 else None
    if other and key_of(other.group(1)) == "employment type":
        label_end = other.end()
    labelled = label_end > 1 or len(line.strip(" -•*()")) <= 30
    out: list[tuple[str, bool]] = []
    for i, (kind, start, end) in enumerate(found):
        if label_end and start < label_end - 1:
            continue  # the label's own word ("Contract: Permanent, full-time") is not a statement
        if _STUDIES_AFTER.match(line, end):
            continue  # "full-time students in the previous year": the applicant's studies, not the job
        if kind == "contract" and _CONTRACTS_WORK_AFTER.match(line, end):
            continue  # "Contract Specialist", "contracts manager": the job's field, not its terms
        near = found[max(0, i - 1) : i] + found[i + 1 : i + 2]
        # "Full Time / Part Time" offers options: evidence of neither. "temporary, full-time" states the
        # term and the hours, each of its own.
        listed = [
            k
            for k, s, e in near
            if _TYPE_LIST_GAP.match(line[min(end, e) : max(start, s)])
            and k not in (kind, "permanent")
            and (k in _HOURS) == (kind in _HOURS)
        ]
        if listed and kind != "permanent":
            continue
        # only an English word of a weak kind needs its context: a freelancer, "befristet" or "sözleşmeli"
        # state the contract whatever the sentence around them says
        weak = (
            kind in _WEAK_KINDS
            and not labelled
            and (kind == "permanent" or _AMBIGUOUS_TERM.fullmatch(line[start:end].lower()))
        )
        if weak and not (
            _WEAK_CONTEXT_AFTER.match(line[end:])
            or _WEAK_CONTEXT_BEFORE.search(line[max(0, start - 30) : start])
            or start
            and _TITLE_PART_END.match(line[end:])
            and _TITLE_CASED_LINE.match(line[:200])
        ):
            continue
        out.append((kind, labelled))
    return tuple(out)


def employment_type(text: str) -> str | None:
    """full_time, part_time, contract, temporary or internship when the posting states one, else None."""
    return _employment_type(text) if text and isinstance(text, str) else None


@lru_cache(maxsize=64)  # a posting asks it of its labels, its title area and its whole text: often one text
def _employment_type(text: str) -> str | None:
    mentions = [m for line in text.splitlines() for m in _mentions(line)]
    for wanted in (True, False):
        kinds = [kind for kind, labelled in mentions if labelled == wanted and kind != "permanent"]
        if kinds:
            return kinds[0]
    return None  # "permanent" alone says the contract, not its hours


# "20 hours per week", "18 heures par semaine", "20h týždenne", "16 Stunden/Woche": the hours of a week.
_WEEKLY_HOURS = re.compile(
    r"(?<![\d.,])(?P<n>\d{1,2}(?:[.,]\d{1,2})?)"
    r"(?:[ \t]*+(?:[-–]|to|bis|à|a)[ \t]*+(?P<m>\d{1,2}(?:[.,]\d{1,2})?))?"
    r"[ \t]*+(?:hours?|hrs?|h|stunden|std|heures|horas|uur|ore|timmar|godzin|hodin|часов)\.?[ \t]*+"
    r"(?:(?:per|a|an|/|pro|par|por|in[ \t]+de|each|every|la|w|i|à[ \t]+la|alla|em|na|в)[ \t]*+)?"
    r"(?:week|wk|woche|semaine|semana|settimana|vecka|veckan|tydzień|týždenne|týdně|неделю)\b",
    re.I,
)


def hours_kind(text: str) -> str | None:
    """part_time when the posting's first weekly hours stay under 30 ("20 hours per week"), else None: a
    working week of fewer hours is part-time in the countries postings come from."""
    found = _WEEKLY_HOURS.search(text[:50_000]) if isinstance(text, str) else None
    if not found:
        return None
    most = float((found["m"] or found["n"]).replace(",", "."))
    return "part_time" if 4 <= most < 30 else None


_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
# Month names (and their genitive and short forms) in the languages postings come in, after the English
# three-letter prefixes above.
_MONTH_NAMES = {
    1: "januar janvier enero janeiro gennaio januari stycznia styczeń ocak января январь січня",
    2: "februar février fevrier febrero fevereiro febbraio februari lutego luty şubat subat февраля лютого",
    3: "märz maerz mars marzo março marco maart marca marzec mart марта березня",
    4: "april avril abril aprile kwietnia kwiecień nisan апреля квітня",
    5: "mai maggio mayo maio mei maja maj mayıs mayis мая травня",
    6: "juni juin junio junho giugno czerwca czerwiec haziran июня червня",
    7: "juli juillet julio julho luglio lipca lipiec temmuz июля липня",
    8: "august août aout agosto augustus sierpnia sierpień ağustos agustus августа серпня",
    9: "september septembre septiembre setiembre setembro settembre września wrzesień eylül eylul "
    "сентября вересня",
    10: "oktober octobre octubre outubro ottobre oktober października październik ekim октября жовтня",
    11: "november novembre noviembre novembro listopada listopad kasım kasim ноября листопада",
    12: "dezember décembre decembre diciembre dezembro dicembre december grudnia grudzień aralık aralik "
    "desember декабря грудня",
}
_MONTH_WORDS = {name: number for number, names in _MONTH_NAMES.items() for name in names.split()}


def _month(name: str) -> int:
    """The month a name gives (0 for none): its full name in a known language, else an English prefix."""
    name = name.casefold().rstrip(".")
    if name in _MONTH_WORDS:
        return _MONTH_WORDS[name]
    return _MONTHS.get(name[:3], 0) if name.isascii() else 0


_DATE_FORMS = (
    ("ymd", re.compile(r"(?P<y>\d{4})(?:[-/.]|年)(?P<m>\d{1,2})(?:[-/.]|月)(?P<d>\d{1,2})(?:\b|日)")),
    ("num", re.compile(r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})\b")),
    # a database's or feed's month written as a word between the numbers: "2015-Nov-13", "13-Nov-2015"
    ("ybd", re.compile(r"(?P<y>\d{4})(?P<sep>[-/ ])(?P<m>[^\W\d_]{3,9})\.?(?P=sep)(?P<d>\d{1,2})\b")),
    ("dby", re.compile(r"(?P<d>\d{1,2})(?P<sep>[-/])(?P<m>[^\W\d_]{3,9})\.?(?P=sep)(?P<y>\d{4}|\d{2})\b")),
    ("mdy", re.compile(r"(?P<m>[^\W\d_]{3,12})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b")),
    (
        "dmy",
        re.compile(
            r"(?P<d>\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:of\s+|de\s+)?(?P<m>[^\W\d_]{3,12})\.?,?\s+(?:de\s+)?"
            r"(?P<y>\d{4})\b"
        ),
    ),
)
_POSTED = re.compile(
    r"\b(?:date\s+posted|posted\s+date|posting\s+date|date\s+published|publication\s+date|job\s+posted|"
    # when the advert opened, a label opening its line: "Opening Date: Friday, June 16, 2017" (not a store's
    # "Grand Opening Date")
    r"(?m:^)(?:opening|open)\s+date|(?m:^)date\s+opened|posting\s+dates?|"
    r"(?:originally\s+)?(?:posted|published|listed)(?:\s+on)?"
    r"|(?P<dayfirst>publi[ée]e?\s+le|publicad[ao]\s+(?:em|el|en)|ver[öo]ffentlicht\s+am|geplaatst\s+op|"
    r"opublikowano|(?:fecha|data)\s+de\s+publicaci[óo]n|data\s+de\s+publica[çc][ãa]o|data\s+di\s+pubblicazione"
    # "Advert Start Date: 05/02/2018" is British: day first
    r"|date\s+de\s+publication|datum\s+(?:der\s+)?ver[öo]ffentlichung|publicatiedatum|plaatsingsd?atum"
    r"|advert(?:isement)?\s+(?:start\s+)?date|date\s+advertised"
    r"|erscheinungsdatum)|掲載日|公開日)\b\s*[:\-–：]?\s*"
    r"(?P<date>[^\n]{6,40})",
    re.I,
)


# A weekday before a date: "Dienstag, 5. September 2023", "Tuesday, September 5, 2023".
_WEEKDAY = re.compile(
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi"
    r"|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|luned[ìi]|marted[ìi]"
    r"|mercoled[ìi]|gioved[ìi]|venerd[ìi]|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    r"|(?:segunda|ter[çc]a|quarta|quinta|sexta)-feira)\.?,?[ \t]++",
    re.I,
)


def parse_date(text: str, *, day_first: bool = False) -> date | None:
    """A calendar date at the start of text in one of the common posting formats."""
    text = text.strip()
    weekday = _WEEKDAY.match(text)
    text = text[weekday.end() :] if weekday else text
    for form, pattern in _DATE_FORMS:
        found = pattern.match(text)
        if not found:
            continue
        parts = found.groupdict()
        year = int(parts["y"]) + (2000 if len(parts["y"]) == 2 else 0)
        if form == "num":
            a, b = int(parts["a"]), int(parts["b"])
            # Slashes are US month/day unless the first number cannot be a month; dots are day.month.
            month, day = (b, a) if day_first or parts["sep"] == "." or a > 12 else (a, b)
        elif form == "ymd":
            month, day = int(parts["m"]), int(parts["d"])
        else:
            month, day = _month(parts["m"]), int(parts["d"])
        try:
            return date(year, month, day)
        except ValueError:
            return None
    return None


def posted_date(text: str, *, facts: dict[str, str] | None = None, day_first: bool = False) -> date | None:
    """The date a posting says it was posted or published; other dates in the text are ignored.
    `day_first`: the posting is set where dates are written day first (outside the US and a few others), so
    an English label's "12/02/2017" is 12 February there."""
    for key, value in (facts or {}).items():
        if (
            isinstance(key, str)
            and isinstance(value, str)
            and re.search(r"posted|published|posting date|publi|ver[öo]ffentlicht|geplaatst", key, re.I)
        ):
            english = re.search(r"posted|published|posting", key, re.I)
            parsed = parse_date(value, day_first=day_first or not english)
            if parsed:
                return parsed
    if not text or not isinstance(text, str):
        return None
    return _stated_date(_POSTED, text, day_first) or _byline_date(text)


def _stated_date(pattern: re.Pattern[str], text: str, day_first: bool = False) -> date | None:
    """The first date a pattern's "date" group gives (day first when its "dayfirst" group matched, or where
    the posting's country writes dates so)."""
    for found in pattern.finditer(text):
        parsed = parse_date(found["date"], day_first=day_first or bool(found["dayfirst"]))
        if parsed:
            return parsed
    return None


# "Closing date: 31/05/2024", "Apply by June 30, 2025", "Bewerbungsfrist: 28.11.2025".
_CLOSES = re.compile(
    r"\b(?:closing\s+date|application\s+deadline|deadline\s+(?:to\s+apply|for\s+applications)|apply\s+by"
    r"|applications?\s+(?:close|must\s+be\s+received\s+by)(?:\s+on)?|closes(?:\s+on)?|(?P<dayfirst>"
    r"bewerbungsfrist|bewerbungsschluss|einsendeschluss|date\s+limite(?:\s+de\s+candidature)?"
    r"|fecha\s+l[ií]mite|fecha\s+de\s+cierre|sluitingsdatum|sista\s+ans[öo]kningsdag|scadenza))\b"
    r"[ \t]*+(?:[:\-–：][ \t]*+)?(?P<date>[^\n]{6,40})",
    re.I,
)


def closing_date(text: str, *, facts: dict[str, str] | None = None) -> date | None:
    """The last day to apply, when the posting states one with its year; None otherwise."""
    value = (facts or {}).get("closing date")
    if isinstance(value, str):
        parsed = parse_date(value, day_first=not re.match(r"[^\W\d_]", value))
        if parsed:
            return parsed
    if not text or not isinstance(text, str):
        return None
    return _stated_date(_CLOSES, text[:200_000])


# A date standing in a short line at the top ("jdoe · description · 2023-10-18", "Berlin, 3. März 2024"),
# unless the line says it is another date (a deadline, a start, an expiry).
_A_DATE = re.compile(
    r"(?<!\d)(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}\.?\s[^\W\d_]{3,12}\.?,?\s\d{4}|"
    r"[^\W\d_]{3,12}\.?\s\d{1,2},?\s\d{4})(?!\d)"
)
_OTHER_DATE = re.compile(
    r"clos|deadline|expir|until|\bbis\b|hasta|jusqu|start|begin|inicio|início|apply|valid|through|\bends?\b|"
    # "per 1. August 2024": when a Swiss or German post starts
    r"\bfin\b|frist|termin|scaden|plazo|prazo|born|geboren|updated|\bby\b|pourvoir|\bab\b|\bper\b|\bfrom\b|desde|"
    r"partir|interview|vorstellungsgespr|entrevista|entretien|colloquio|sollicitatiegesprek",
    re.I,
)


# A mail archive's date line (Mailman's pipermail, an mbox "From " line): "Fri Nov 22 04:19:45 EST 2002".
_CTIME = re.compile(
    r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ \t]++(?P<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[ \t]++"
    r"(?P<d>\d{1,2})[ \t]++\d{1,2}:\d{2}(?::\d{2})?+(?:[ \t]++[A-Z]{2,5})?+[ \t]++(?P<y>\d{4})\b"
)


def _byline_date(text: str) -> date | None:
    lines = [line.strip() for line in text[:2000].splitlines() if line.strip()][:6]
    for index, line in enumerate(lines):
        ctime = _CTIME.search(line)
        if ctime:
            return parse_date(f"{ctime['m']} {ctime['d']}, {ctime['y']}")
        if len(line.split()) > 12 or _OTHER_DATE.search(line):
            continue
        label = lines[index - 1] if index else ""
        if len(label.split()) <= 4 and _OTHER_DATE.search(label):
            continue  # "Vorstellungsgespräch" over "09.12.2025 (vorläufig)": the other date a label names
        found = _A_DATE.search(line)
        parsed = parse_date(found.group(), day_first=True) if found else None
        if parsed:
            return parsed
    return None
