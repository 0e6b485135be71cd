"""Evidence about the employer beyond capital letters: function words of many languages, and domains.

A capitalised word at the start of a German, French or Portuguese sentence ("Wir", "Pour", "As") looks like
a name to a reader that only sees capitals. The stop-word lists of the `stop-words` package say which words
are a language's function words. The posting's own e-mail addresses and links name the employer's domain
("bewerbung@necoh.fr"), and a name the text spells like that domain is strong evidence.
"""

import re
from functools import cache, lru_cache
from itertools import islice

from stop_words import get_stop_words

from .similarity import ascii_lower

_LANGUAGES = ("english", "german", "french", "spanish", "portuguese", "italian", "dutch", "polish", "swedish",
              "danish", "norwegian", "finnish", "romanian", "catalan", "czech", "hungarian", "turkish",
              "indonesian", "slovak")  # fmt: skip
# Hosts that carry many employers' mail or postings: their name is nobody's employer.
_SHARED_HOSTS = frozenset(
    str.split(
        "gmail googlemail hotmail outlook live yahoo icloud gmx web mail proton protonmail aol yandex qq "
        "hanmail rediffmail 126 yeah foxmail wanadoo ukr bigmir rambler inbox seznam interia libero virgilio "
        "laposte freenet t-online "
        "163 github gitlab linkedin indeed glassdoor greenhouse lever ashbyhq workable smartrecruiters "
        "recruitee teamtailor personio bamboohr jazzhr applytojob workday myworkdayjobs google forms bit "
        "ly typeform notion medium twitter x facebook instagram youtube angel wellfound ycombinator news "
        "remoteok remotive weworkremotely stackoverflow hh naukri seek adzuna jooble stepstone monster "
        "ziprecruiter careers jobs apply www com org net io co gov edu ac "
        # the web's own addresses in a page's markup and data: never an employer's
        "schema w3 purl ogp xmlns gstatic googleapis gravatar jsdelivr unpkg cloudflare example localhost"
    )
)
_HOST = re.compile(
    # A host follows "@", "http" or "www": the lookahead passes over every other place at once.
    r"(?=[@hw])(?:@|\bhttps?://|\bwww\.)"
    r"((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){0,4}[a-z0-9-]{1,63}\.[a-z]{2,24})\b",
    re.I,
)
_MAIL = re.compile(r"[\w.+-]{1,64}@((?:[a-z0-9-]{1,63}\.){1,4}[a-z]{2,24})\b", re.I)
_WORD = re.compile(r"[^\W\d_][\w&.'’-]{0,40}")


_POSSESSIVES = frozenset(
    str.split(
        "your our their my votre notre vos nos leur leurs mon ma mes ton ta tes unser unsere unseren ihr "
        "ihre dein deine euer eure tu tus su sus nuestro nuestra nuestros nuestras vuestro vuestra seu sua "
        "seus suas nosso nossa nossos nossas vostro vostra nostro nostra nostri tuo tua suo onze jouw uw "
        "nasz nasza chúng bạn"
    )
)


@cache
def function_words() -> frozenset[str]:
    """Function words of the languages postings come in (lowercase, accents kept)."""
    words: set[str] = set()
    for language in _LANGUAGES:
        words.update(w.lower() for w in get_stop_words(language))
    return frozenset(words)


# Prepositions (and their contractions with an article) open phrases, never a company's name: "Zur
# Erweiterung unseres Teams" (German capitalises the noun after it), "Pour notre client", "Para Empresa".
_PREPOSITIONS = frozenset(
    str.split(
        "zur zum für mit bei beim im am vom nach über unter durch ohne gegen pour avec dans sur chez sans "
        "vers para con sin desde hacia sobre entre per nella nel alla al dalla dal voor met bij naar "
        "uit door dla przez od до для при из as"
    )
)


# The posting's "you" and "we" ("Jij bent …", "Du bist …", "Vous êtes …"): never an employer.
_PRONOUNS = frozenset(
    str.split(
        "jij je u wij zij hij ik du ihr wir tu vous nous usted tú você vocês noi voi ty wy my вы мы ты "
        "нам вам jeg vi dere ni"
    )
)
# "We seek" / "we offer" in one word, as a sentence opens in the languages that fold the pronoun into the verb
# ("Buscamos pessoas engajadas", "Recherchons", "Szukamy"): never a name.
_WE_VERBS = frozenset(
    str.split(
        "buscamos procuramos contratamos precisamos necesitamos recrutamos seleccionamos selecionamos "
        "ofrecemos oferecemos cherchons recherchons recrutons offrons proposons suchen bieten cerchiamo "
        "offriamo selezioniamo zoeken bieden szukamy oferujemy zatrudnimy hledáme nabízíme hľadáme ищем "
        "предлагаем arıyoruz sunuyoruz söker erbjuder søger søker tilbyr etsimme tarjoamme seeking hiring "
        # an invitation to join: "Vær med til …", "Bli med", "Werde Teil", "Rejoignez-nous", "Únete"
        "vær bli werde rejoignez únete"
    )
)


# Function words a header shouts as often as a name: "THE", "DIE", "LES" are never read as acronyms.
_SHOUTED_WORDS = frozenset(
    str.split("the and die der das des les los las una uno une und del per por para pour mit")
)


def reads_as_sentence(name: str) -> bool:
    """Whether a capitalised candidate is a function word or a sentence's opening ("Wir bieten …")."""
    words = name.split()
    if not words:
        return True
    small = function_words()
    first = words[0].lower().strip(".,:;")
    if first in _POSSESSIVES or first in _PREPOSITIONS or first in _WE_VERBS or first in _PRONOUNS:
        return True
    if len(words) == 1:  # an acronym is no shouted function word: "ERA" (Architects) is not Italian "era"
        acronym = words[0].isupper() and 3 <= len(words[0]) <= 4 and first not in _SHOUTED_WORDS
        return first in small and not acronym
    second = words[1]
    return first in small and (second[:1].islower() or second.lower() in small)


def mail_domain_name(text: str) -> str | None:
    """The employer a posting's own application address names ("careers@improwised.com" → "Improwised"),
    the last resort when the text names no employer: mail goes to the employer, links often to a board."""
    for match in _MAIL.finditer(text[:200_000]):
        parts = match.group(1).lower().split(".")[:-1]
        labels = [label for label in parts if label not in _SHARED_HOSTS]
        if (
            len(labels) > 1 and "gov" in parts and len(labels[-1]) <= 3
        ):  # hr@narrandera.nsw.gov.au: a state's code
            labels.pop()
        if labels and len(labels[-1]) >= 3 and not labels[-1].isdigit():
            return labels[-1].replace("-", " ").title()
    return None


# A link to a site's home page: "https://volosoft.com/", "www.talkdesk.com" with no path after the host.
_HOME_PAGE = re.compile(
    r"(?=[hw])(?:\bhttps?://(?:www\.)?|\bwww\.)((?:[a-z0-9-]{1,63}\.){0,2}[a-z0-9-]{1,63})\.[a-z]{2,6}(?:\.[a-z]{2})?"
    r"/?(?=[\s)\]>\"'|,;]|$)",
    re.I,
)


def home_page_name(text: str) -> str | None:
    """The employer a posting names only by linking its home page ("https://volosoft.com/" → "Volosoft"),
    when it links exactly one site's home page that no job board or mail service shares."""
    labels = set()
    for match in _HOME_PAGE.finditer(text[:200_000]):
        label = match.group(1).lower().split(".")[-1]
        if label not in _SHARED_HOSTS and len(label) >= 3 and not label.isdigit():
            labels.add(label)
    return labels.pop().replace("-", " ").title() if len(labels) == 1 else None


def hosts(text: str) -> list[str]:
    """The hosts of the posting's e-mail addresses and links, lower case, in reading order."""
    return [host.lower() for host in _HOST.findall(text[:200_000])]


def domain_labels(text: str) -> list[str]:
    """Names the posting's e-mail addresses and links point to ("necoh" for jobs@necoh.fr), most used
    first."""
    counts: dict[str, int] = {}
    for host in hosts(text):
        labels = [label for label in host.split(".") if label not in _SHARED_HOSTS]
        for label in labels[:-1] or labels[:1]:
            if len(label) >= 3 and not label.isdigit():
                counts[label] = counts.get(label, 0) + 1
    return sorted(counts, key=lambda label: -counts[label])


# Hosted job pages of applicant-tracking systems name the employer in their address: the path after
# "jobs.lever.co/", "boards.greenhouse.io/" or "jobs.ashbyhq.com/", or the subdomain of "acme.workable.com",
# "acme.recruitee.com", "acme.wd5.myworkdayjobs.com".
_ATS_PATH = re.compile(
    # The lookahead names the letters an address can start with: other places are passed over at once.
    r"(?=\b(?:[jbacwil]|[a-z]{2}\.indeed))"
    r"\b(?:jobs\.lever\.co|jobs\.eu\.lever\.co|(?:job-)?boards(?:\.eu)?\.greenhouse\.io|jobs\.ashbyhq\.com"
    r"|apply\.workable\.com|(?:jobs|careers)\.smartrecruiters\.com|jobs\.jobvite\.com|jobs\.gem\.com"
    r"|ats\.rippling\.com|app\.dover\.com/jobs|wellfound\.com/company|angel\.co/company"
    # a job board's page of the employer: indeed.com/cmp/Canada-Resin-Supply-1, linkedin.com/company/acme
    r"|(?:[a-z]{2}\.)?indeed\.com/cmp|linkedin\.com/company)"
    r"/(?!embed\b|api\b|v\d\b|jobs\b)([A-Za-z0-9][\w-]{1,60})",
    re.I,
)
_ATS_HOST = re.compile(
    r"\b(?<![\w.-])([a-z0-9][a-z0-9-]{1,60}+)\.(?:workable\.com|recruitee\.com|teamtailor\.com|bamboohr\.com"
    r"|breezy\.hr|jobs\.personio\.(?:de|com)|(?:wd\d+\.)?myworkdayjobs\.com|applytojob\.com|freshteam\.com"
    r"|zohorecruit\.com|pinpointhq\.com|homerun\.co|join\.com|rippling-ats\.com|hire\.trakstar\.com"
    r"|factorialhr\.com|catsone\.com|hrmdirect\.com|isolvedhire\.com|talentlyft\.com|softgarden\.io)\b",
    re.I,
)
# Every address above holds ".co", ".io", ".hr" or ".de" (".com" included): a text without one holds none
# of them, and this pattern, which starts with a literal, finds that out far faster than they would.
_ATS_DOMAIN = re.compile(r"\.(?:co|io|hr|de)", re.I)
_NOT_SLUGS = frozenset({"www", "apply", "jobs", "careers", "boards", "api", "app", "embed", "en", "de"})


def ats_slugs(text: str) -> list[str]:
    """The employers' slugs in the addresses of applicant-tracking systems' job pages ("nisum" for
    jobs.lever.co/nisum/…), most used first."""
    counts: dict[str, int] = {}
    head = text[:200_000]
    if not _ATS_DOMAIN.search(head):
        return []
    for match in (*_ATS_PATH.finditer(head), *_ATS_HOST.finditer(head)):
        slug = re.sub(r"-\d+$", "", match.group(1).lower())  # Indeed's "Canada-Resin-Supply-1"
        if slug not in _NOT_SLUGS and not slug.isdigit():
            counts[slug] = counts.get(slug, 0) + 1
    return sorted(counts, key=lambda slug: -counts[slug])


def names_for_domain(label: str, text: str) -> list[str]:
    """Capitalised spellings in the text of a domain's name: "Necoh" for necoh.fr, "Trackdéchets" for
    trackdechets.beta.gouv.fr, "Leventhal Map" (of "Leventhal Map & Education Center") for
    leventhalmap.org."""
    found: list[str] = []
    for target in _targets(label):
        found += [name for name in _spellings(target, text) if name not in found]
        if found:
            break
    return found or _bridged(_plain(label), text)


def _bridged(target: str, text: str) -> list[str]:
    """An institution's name of three or four capitalised words whose first and last (the kind of
    institution) make up the domain's name: "Decoy Primary School" for decoyschool.co.uk ("Samman Technical
    Coaching" for sammancoaching.org is no institution's)."""
    found: list[str] = []
    for line in text[:200_000].splitlines():
        words = [w.strip(".,;:!?()'’\"") for w in line.split()[:400]]
        for start, word in enumerate(words):
            head = _plain(word)
            if not (word[:1].isupper() and len(head) >= 3 and target.startswith(head) and target != head):
                continue
            for end in range(start + 2, min(start + 4, len(words))):
                if not all(_capital(w) for w in words[start + 1 : end + 1]):
                    break
                if head + _plain(words[end]) == target and words[end].casefold() in _INSTITUTION:
                    name = " ".join(words[start : end + 1])
                    if name not in found:
                        found.append(name)
                    break
    return found


def _targets(label: str) -> list[str]:
    """The domain's name, then its first part when hyphens join more ("angeloz-mode" → "angeloz")."""
    parts = _plain(label).split("-")
    whole = "".join(parts)
    return [whole, parts[0]] if len(parts) > 1 and len(parts[0]) >= 4 else [whole]


def _spellings(target: str, text: str) -> list[str]:
    found: list[str] = []
    for line in text[:200_000].splitlines():
        tokens = line.split()[:400]
        words = [w.strip(".,;:!?()'’\"") for w in tokens]
        # a word that ends a clause ("Auckland," of "Auckland, New Zealand") ends a name too
        ends = [_ends_clause(w.rstrip("'’\"")) for w in tokens]
        for start, word in enumerate(words):
            if not word[:1].isupper():
                continue
            span = ""
            for end in range(start, min(start + 5, len(words))):
                if not (_capital(words[end]) or words[end] == "&") or end > start and ends[end - 1]:
                    break
                joined = "".join(words[start : end + 1])
                span = _plain(joined).replace("&", "")
                # A German name's umlauts are written out in its domain: "ÖGK" for oegk.at. The name goes on
                # while its words do: "Leventhal Map & Education Center".
                if span == target or _plain(joined.translate(_UMLAUTS)) == target:
                    stop = end + 1
                    while (
                        stop < min(start + 6, len(words))
                        and not ends[stop - 1]
                        and (_capital(words[stop]) or words[stop] == "&")
                    ):
                        stop += 1
                    name = " ".join([*_institution_before(words, ends, start), *words[start:stop]]).rstrip(
                        " &"
                    )
                    if name not in found:
                        found.append(name)
                if len(span) >= len(target):
                    break
    # "University of Maine" reads maine.edu better than "Maine Relay System" further down
    institutions = [name for name in found if name.split()[0].casefold() in _INSTITUTION_OPENINGS]
    return institutions or found


def _ends_clause(token: str) -> bool:
    """Whether a token closes a clause: "Auckland," does; "St." and "U.S." (abbreviations) do not."""
    if token.endswith((",", ";", ":", ")", "!", "?")):
        return True
    return token.endswith(".") and len(token) > 4 and "." not in token[:-1]


def _capital(word: str) -> bool:
    """A word of a name: capitalised, or a brand's lower-case start before a capital ("inGeest", "eBay")."""
    return word[:1].isupper() or word[:1].islower() and not word.islower() and word[1:2].isalpha()


# "University of Auckland" for auckland.ac.nz, "Universidad de Chile" for uchile.cl: an institution named
# after its place or founder, the domain holding only that name.
_INSTITUTION = frozenset(
    str.split(
        "university universidad universidade université universität università universiteit uniwersytet "
        "college institute instituto institut istituto school escuela école academy academia hospital "
        "museum museo musée bank banco banque city ciudad ville county state commonwealth republic "
        "government ministry department province"
    )
)
_INSTITUTION_OPENINGS = _INSTITUTION | {"the"}  # "The University of Maine"
_OF = frozenset(str.split("of de di du do da der des del"))


def _institution_before(words: list[str], ends: list[bool], start: int) -> list[str]:
    if start < 2 or words[start - 1] not in _OF or ends[start - 2] or ends[start - 1]:
        return []
    if words[start - 2].casefold() not in _INSTITUTION:
        return []
    before = 3 if start >= 3 and words[start - 3] == "The" and not ends[start - 3] else 2
    return words[start - before : start]


# "Wir sind ZAHN & GUT, eine …", "Nous sommes Necoh, un …", "Konfetti e.V. ist eine …", "À propos du
# Service numérique canadien": the ways postings in other languages name their employer.
_NAME = (  # words in capitals, one of them maybe in quotes ("ICS „Vicmobile” SRL")
    r"[A-ZÀ-ÞÄÖÜ0-9][\w&.'’+-]{0,40}+"
    r"(?:[ \t](?:(?:&|de|del|du|des|der|di|la|le|per|für|und|e|y|et)[ \t])?"
    r"(?:[„“«\"][A-ZÀ-ÞÄÖÜ0-9&][\w&.'’+-]{0,40}+[”“»\"]|[A-ZÀ-ÞÄÖÜ0-9&][\w&.'’+-]{0,40}+)){0,5}"
)
_WE_ARE = r"\b(?:Wir sind|Nous sommes|Somos|Siamo|Wij zijn|Jesteśmy|Vi är|Vi er)\s+"
_IS_A = (
    r"\s+(?:ist|sind|est|es|é|è|is|jest|är|er)\s+(?:eine?|une?|una?|um|uma|een|die|der|das|la|el|o|a|il|lo)\s"
)
_ABOUT = (
    r"^[^\w\n]*+(?:Über|Uber|À propos d[eu]|A propos d[eu]|Acerca de|Sobre(?: a| o| nosotros:)?|Chi è"
    r"|Over|Description de|Présentation de)\s+"
    r"(?:l['’]|la |le |les |die |der |das |el )?"
)
_LEGAL = (
    r"\s(?:GmbH|gGmbH|mbH|AG|KG|UG|e\.\s?V\.|S\.p\.A\.|S\.r\.l\.|Ltda\.?|S\.L\.|SARL|B\.V\.|N\.V\."
    r"|Sp\. z o\.o\.|\(Pty\) Ltd|Pty\.? Ltd|Pvt\.? Ltd|Ltd\.?|Limited|LLC|PLC|Inc\.|S\.A\.S?\.?|SAS?|SpA|Srl"
    r"|Oy|AB|A/S|ApS|S\.L\.U\.|BV|NV|SRL|S\.R\.L\.|ASA|RHF|HF)(?![\w/])"
)
ENDS_WITH_LEGAL_FORM = re.compile(rf",?{_LEGAL}$")
# A company named with its legal form in Japanese, Chinese or Korean: "株式会社丸山珈琲　小諸オフィス",
# "(주)메이크스타", "北京贝聚贝安科技有限公司". A name after the form ends at a blank or punctuation; one
# before it must start a line or follow a blank or punctuation (a CJK sentence runs on into it otherwise),
# or a page title's separator ("招聘信息-上海大众运行物流股份有限公司").
_CJK_WORD = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7afA-Za-z0-9ー＆&・]"
_CJK_LEGAL = re.compile(
    rf"(?P<name>(?:株式会社|有限会社|合同会社|주식회사|\(주\)|㈜)[ \t]?{_CJK_WORD}{{2,20}}"
    rf"|(?<![^\s:：,，、(（「『【\[|\-–—])(?:欢迎加入|歡迎加入|加入|关于|關於)?"
    rf"(?P<before>{_CJK_WORD}{{2,14}}?(?:株式会社|有限会社|合同会社|股份有限公司|有限公司|주식회사)))"
    r"(?![\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af])"
)


_OTHER_LANGUAGES = (
    (re.compile(rf"{_WE_ARE}(?P<name>{_NAME})\s*[,(]"), 5),
    # "ООО «Новые Интернет Технологии»", "Компания «Massager Market»": a name in guillemets after the form
    (
        re.compile(
            r"(?<!\w)(?:ООО|ОАО|ЗАО|ПАО|АО|ИП|ТОВ|ТОО|[Кк]омпания|[Фф]ирма|[Гг]руппа\s+компаний)[ \t]*+"
            r"(?:</?\w+>[ \t]*+)?[«\"“„](?P<name>[^«»\"“”„\n]{2,40})[»\"”“]"
        ),
        4,
    ),
    (re.compile(rf"^(?P<name>{_NAME}){_IS_A}", re.M), 4),
    # An "About …" heading holds only the name, whose words need no capitals ("Service numérique canadien").
    (re.compile(rf"{_ABOUT}(?P<name>[A-ZÀ-Þ][^\n?:!.]{{1,60}}?)\s*[?:!.]*$", re.M), 4),
    (re.compile(rf"(?P<name>{_NAME}{_LEGAL})"), 3),
    (_CJK_LEGAL, 3),
    # A Vietnamese company named with its form first: "Công ty TNHH Thương mại và Kinh doanh HTC Việt Nam",
    # "Công ty Cổ phần Vinamilk"; a capitalised name or a legal form after "Công ty", whose plain use
    # ("Công ty chúng tôi", our company) is no name
    (
        re.compile(
            r"(?<![^\W\d_])(?P<name>Công[ \t]+ty(?:[ \t]+(?:TNHH|Cổ[ \t]+[Pp]hần|CP|MTV))*+[ \t]+"
            r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ0-9]"
            r"[^\n,.;:()]{1,80}?)(?=[ \t]*+(?:$|[,.;:(])|[ \t]++(?:cần|tuyển|là|có|đang|chuyên|tại)\b)",
            re.M,
        ),
        4,
    ),
    # "Wir bei PENNY sind stolz …", "We at Acme believe …", "Nous, chez Necoh, …": the speaker's employer.
    (
        re.compile(
            rf"\b(?:[Ww]ir bei|[Ww]e at|[Nn]ous,? chez|[Nn]oi di|[Nn]osotros en|[Ww]ij bij)[ \t]+"
            rf"(?P<name>{_NAME})(?=[ \t]*,|[ \t]+[a-zäöüßàâçéèêëîïôûùü])"
        ),
        4,
    ),
    # "Au sein de Necoh, vous …", "Rejoignez Necoh", "Chez Necoh", "Join SD Freight Corp, a leading …",
    # "joining the Nicoletta Italian Kitchen team.": the employer the sentence places you in.
    (
        re.compile(
            rf"\b(?:[Aa]u sein d(?:e |')|[Cc]hez |[Rr]ejoignez |[Rr]ejoindre |[Ee]ntra en |[Vv]enha para a "
            rf"|[Jj]oin(?:ing)? (?:the )?|[Cc]areers? (?:with|at) |[Ww]ork(?:ing)? (?:with|for) )"
            # the sentence's full stop may have gone into the name ("… career with Compass. This …")
            rf"(?P<name>{_NAME})(?:[ \t]+team)?(?:[ \t]*[,.!]|(?<=\.)(?=\s))"
        ),
        3,
    ),
)


_EXPANSION = re.compile(r"(?<!\s)\s++\([^()]{2,60}+\)$")
_KOREAN_PARTICLES = frozenset("는은을를의가이에와과도")


# An Indonesian company's legal form before its name ("PT Transjakarta", "Perusahaan Terbatas (PT)
# Transjakarta", "PT. Bank Central Asia Tbk"), read only in Indonesian text: in English "PT" is part-time.
_INDONESIAN = re.compile(
    r"\b(?:lowongan|perusahaan|gaji|posisi|dibutuhkan|pengalaman|pendidikan|kerja)\b", re.I
)
_PT_NAME = re.compile(rf"(?<![\w.])(?:\(PT\)|PT\.?)[ \t]+(?P<name>{_NAME})")


def stated_in_other_languages(text: str) -> tuple[tuple[str, int], ...]:
    """(name, weight) for each employer named the way postings in other languages name it."""
    return _statements(text[:20_000])


@lru_cache(maxsize=64)  # a posting asks it of its page title and of its text, often the same words
def _statements(head: str) -> tuple[tuple[str, int], ...]:
    return tuple(_stated_in_other_languages(head))


def _stated_in_other_languages(head: str):
    if _INDONESIAN.search(head):
        # a name ends at a sentence's full stop ("PT Transjakarta. Direktur …")
        names = (re.split(r"\.(?=\s)", m["name"])[0] for m in islice(_PT_NAME.finditer(head), 5))
        found = [name for name in names if not reads_as_sentence(name)]
        # "PT Transjakarta" twice, "PT Transjakarta ANS Kosasih" (a person's name run on) once: the short one
        for name in found:
            if not any(name.startswith(other + " ") for other in found):
                yield f"PT {name}", 3
    for pattern, weight in _OTHER_LANGUAGES:
        for match in islice(pattern.finditer(head), 5):
            name = (match.groupdict().get("before") or match.group("name")).strip(" ,")
            name = _EXPANSION.sub("", name) or name  # "TOTS (Turn On The Spark)": the name, not its gloss
            if pattern is _CJK_LEGAL and name[-1] in _KOREAN_PARTICLES and len(name) > 4:
                name = name[:-1]  # "(주)메이크스타는 …": the topic particle is not part of the name
            if name.endswith(".") and not re.search(r"\b[A-Za-z]\.[A-Za-z]{1,3}\.$", name):
                name = name[:-1]  # a sentence's full stop, not "e.V." or "S.p.A."
            if not reads_as_sentence(name):
                yield name, weight


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


@lru_cache(maxsize=8192)  # the same words are compared with each domain's name
def _plain(word: str) -> str:
    return re.sub(r"[^a-z0-9&]", "", ascii_lower(word))
