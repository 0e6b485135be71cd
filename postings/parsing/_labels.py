"""The labels postings put before a fact ("Standort: Berlin", "勤務地：東京都", "### Lugar" over "Madrid"), in
the languages postings come in, each mapped to the one English key the field readers look up.

A label is compared after case folding, with Markdown emphasis, heading marks, question marks and a
trailing colon taken off ("**¿Ubicación?**" is "ubicación"). Labels are whole strings, never words in
prose: "Lugar" on its own line is a label, "en el lugar de trabajo" is not.
"""

import re
from functools import lru_cache

from .similarity import ascii_lower

_LABELS = {
    "job title": """
        job title|position title|job position|business title|working title|posting title|occupation|
        post title|vacancy title|role title|designation|job designation|
        ocupación|
        título|título del puesto|título del trabajo|título da vaga|
        nombre del puesto|nombre de la vacante|vacante|vacancy|puesto|cargo|vaga|poste|intitulé du poste|
        titre du poste|intitulé|intitulé de l'offre|titre de l'offre|intitulé du poste proposé|
        nom du poste|nom de l'annonce|nom d'annonce|titre de l'annonce|intitulé de l'annonce|
        stellenbezeichnung|stellentitel|jobtitel|posizione|titolo|ruolo|functie|
        functietitel|vacature|stanowisko|nazwa stanowiska|pozice|název pozice|должность|вакансия|посада|
        职位|职位名称|岗位|岗位名称|招聘岗位|公告名|공고명|채용공고명|채용 제목|職位|職稱|職缺|募集職種|
        職種|직무|포지션|채용 직무|모집 직무|모집분야|모집 분야|모집부문|모집 부문|채용분야|채용 분야|
        모집직종|모집 직종|채용직종|募集業務|
        招聘职位|募集ポジション|求人職種|vị trí|vị trí tuyển dụng|chức danh|tên công việc|
        pozisyon|iş unvanı|posisi|
        jabatan|tjänst|befattning|annonsrubrik|yrkesbenämning|yrkesroll|stilling|stillingstittel|tehtävä|
        tehtävänimike""",
    "company": """
        company|company name|employer|employer name|hiring company|hiring organization|agency|hiring agency|
        organization|organization name|organisation name|school name|school name and address|name of school|
        institution name|
        organisation|empresa|entidad|
        nombre de la empresa|nombre de la compañía|compañía|nome da empresa|entreprise|société|employeur|
        unternehmen|arbeitgeber|firma|azienda|società|datore di lavoro|bedrijf|werkgever|organisatie|
        pracodawca|nazwa firmy|společnost|zaměstnavatel|компания|работодатель|организация|компанія|
        роботодавець|会社名|企業名|社名|公司|公司名称|公司名稱|企业名称|회사|회사명|기업명|시설명|기관명|
        công ty|
        tên công ty|şirket|şirket adı|perusahaan|nama perusahaan|företag|arbetsgivare|arbetsgivarnamn|
        arbetsplatsnamn|yritys|työnantaja|
        arbeidsgiver|spoločnosť|zamestnávateľ|poslodavac|tvrtka|munkáltató|angajator|работодател""",
    "location": """
        location|locations|job location|work location|place of work|office location|city|lugar|ubicación|
        duty station|duty stations|where|dónde|donde|où|onde|dove|waar|gdzie|kde|nerede|
        available locations|available location|job locations|work locations|office locations|based in|
        localización|localidad|ciudad|lugar de trabajo|ubicación del puesto|local|localidade|
        local de trabalho|cidade|lieu|lieu de travail|localisation|localisation du poste|ville|standort|
        arbeitsort|einsatzort|
        dienstort|ort|sede|sede di lavoro|luogo di lavoro|località|città|locatie|standplaats|werklocatie|
        plaats|miejsce pracy|lokalizacja|miasto|místo výkonu práce|místo práce|lokalita|город|
        местоположение|место работы|локация|локація|адрес|місце роботи|місто|
        勤務地|勤務場所|就業場所|工作地点|工作地點|
        上班地點|地点|근무지|근무지역|근무 위치|근무장소|địa điểm|địa điểm làm việc|nơi làm việc|konum|
        çalışma yeri|lokasyon|lokasi|tempat kerja|penempatan|daerah penempatan|lokasi penempatan|
        lokasi kerja|arbetsort|kommun|kommunnamn|
        placering|sijainti|paikkakunta|arbeidssted|
        arbejdssted|town|town/city|city/town|suburb|municipality|work address|job address|address|
        workplace address|adresse|dirección|endereço|indirizzo|adres|住所|所在地|勤務先住所|地址|
        工作地址|주소|근무지 주소|miesto|miesto práce|miesto výkonu práce|pracovisko|mjesto rada|lokacija|
        kraj dela|munkavégzés helye|helyszín|locul de muncă|locație|място на работа""",
    "salary": """
        salary|salary range|pay|pay range|compensation|wage|wages|rate|hourly rate|salario|sueldo|
        renta|renta bruta|renta líquida|sueldo bruto|sueldo líquido|salario bruto|
        remuneración|rango salarial|salário|remuneração|faixa salarial|salaire|rémunération|gehalt|
        vergütung|bezahlung|entgelt|lohn|stipendio|retribuzione|ral|salaris|beloning|wynagrodzenie|pensja|
        plat|mzda|зарплата|заработная плата|оклад|доход|заробітна плата|给与|給与|月給|年収|時給|薪资|薪資|
        薪水|薪酬|工资|待遇|급여|연봉|mức lương|lương|maaş|ücret|gaji|lön|palkka|lønn|løn|
        月薪|年薪|日薪|时薪|時薪|薪资范围|薪资待遇|薪資待遇|月収|日給|besoldung|entgelt/besoldung|
        vergütung/besoldung|entgeltgruppe|besoldungsgruppe|stellenbewertung|eingruppierung|tarifgruppe""",
    "employment type": """
        employment type|job type|contract type|type of employment|type of contract|schedule type|
        umfang|beschäftigungsumfang|stellenumfang|arbeitsumfang|tipo de contrato|
        tipo de empleo|tipo de trabajo|tipo trabajo|tipo de jornada|jornada|jornada laboral|
        tipo de contratação|regime de contratação|
        tipo de vaga|type de contrat|type d'emploi|type de poste|temps de travail|anstellungsart|
        beschäftigungsart|vertragsart|arbeitszeit|anstellung|tipo di contratto|contratto|
        tipologia contrattuale|orario di lavoro|dienstverband|contractvorm|soort dienstverband|
        rodzaj umowy|typ umowy|wymiar etatu|wymiar pracy|typ úvazku|úvazek|druh pracovního poměru|
        тип занятости|занятость|график работы|тип зайнятості|зайнятість|雇用形態|雇用区分|勤務形態|
        工作性质|工作性質|工作类型|고용형태|고용 형태|근무형태|hình thức làm việc|loại hình công việc|
        loại công việc|çalışma şekli|istihdam türü|tipe pekerjaan|jenis pekerjaan|anställningsform|
        anställningstyp|
        omfattning|työsuhde|ansettelsesform|forma|typ pracovného pomeru|druh pracovného pomeru|úväzok|
        vrsta zaposlenja|radno vrijeme|munkarend|tip contract""",
    "posted on": """
        posted|posted on|date posted|published|published on|posting date|fecha de publicación|publicado|
        publicado el|data de publicação|data de publicación|publicado em|date de publication|publié le|
        publiée le|
        veröffentlicht|veröffentlicht am|online seit|data di pubblicazione|pubblicato il|geplaatst|
        geplaatst op|data publikacji|opublikowano|datum zveřejnění|zveřejněno|дата публикации|опубликовано|
        дата публікації|掲載日|公開日|掲載開始日|发布时间|发布日期|發布日期|刊登日期|등록일|게시일|
        ngày đăng|ngày đăng tuyển|ngày đăng tin|yayın tarihi|ilan tarihi|tanggal posting|diposting|publicerad|
        publiceringsdatum|publiceraddatum|julkaistu|dátum zverejnenia|zverejnené|dátum pridania|
        dátum pridania ponuky""",
    "closing date": """
        closing date|application deadline|deadline for applications|apply by|applications close|close date|
        closes|closing|bewerbungsfrist|bewerbungsschluss|einsendeschluss|date limite de candidature|
        date limite|fecha límite|fecha de cierre|prazo de inscrição|scadenza|sluitingsdatum|
        termin składania|sista ansökningsdag|ansök senast|応募締切|截止日期|申请截止|마감일|접수마감|
        срок подачи|hạn nộp hồ sơ|ngày hết hạn|son başvuru tarihi""",
    # read by no field, but a label all the same: never another label's value ("会社名" over "業種")
    "industry": """
        industry|sector|branche|branch|secteur|secteur d'activité|sector de actividad|setor|ramo|settore|
        sektor|branża|odvětví|отрасль|галузь|業種|業界|行业|行業|산업|업종|ngành|ngành nghề|sektör|
        industri|bransch|toimiala""",
    # read by no field either: a job's reference in the employer's system ("Job Reference" over "REQ026465")
    "reference": """
        reference|job reference|reference number|reference no|job ref|job id|job number|
        job code|requisition|requisition id|requisition number|req id|vacancy reference|vacancy number|
        vacancy id|posting number|job reference number|référence|référence de l'offre|referenz|kennziffer|
        referencia|
        riferimento|referentie|vacaturenummer|numer referencyjny""",
    # read by no field: how many are hired ("Number of posts: 5"), never a title or a team
    "openings": """
        number of posts|no of posts|no. of posts|number of vacancies|no. of vacancies|no of vacancies|
        number of positions|number of openings|headcount|nombre de postes|
        número de vacantes|vacantes disponibles|número de vagas|quantidade de vagas|anzahl der stellen|
        anzahl stellen|招聘人数|募集人数|모집인원|số lượng tuyển|số lượng""",
    # read by no field: the hours of the work ("Hours" over "Monday to Friday | 1600-2400"), never a title or
    # an employer
    "schedule": """
        hours|working hours|work hours|hours of work|opening hours|schedule|work schedule|working schedule|
        shift|shifts|shift pattern|working days|horario|horario de trabajo|horário|horário de trabalho|
        horaires|horaires de travail|werktijden|werkuren|godziny pracy|pracovní doba|рабочее время|
        勤務時間|就業時間|工作时间|工作時間|上班时间|근무시간|근무 시간|giờ làm việc|
        çalışma saatleri|jam kerja""",
    "department": """
        department|team|departamento|área|equipo|equipe|équipe|abteilung|bereich|fachbereich|reparto|
        dipartimento|afdeling|dział|zespół|oddělení|отдел|департамент|подразделение|відділ|部署|部门|部門|부서|
        phòng ban|departman|departemen|divisi|avdelning""",
}
# Labels too common as a section's heading to take the next line as their value.
_NOT_ON_OWN_LINE = frozenset(
    {"company", "team", "department", "equipo", "equipe", "équipe", "rate", "pay", "lohn", "city", "local",
     "plaats", "ort", "lieu", "published", "posted", "compensation", "organization", "organisation"}
)  # fmt: skip

_TRIM = re.compile(r"^[\s#*_>¿¡\-•·]+|[\s*_:：?¿!.\-]+$")
_OPTIONAL = re.compile(r"[(（](?:optional|opcional|facultatif|optionnel|opzionale)[)）]$", re.I)


def _table() -> dict[str, str]:
    out = {}
    for key, words in _LABELS.items():
        for word in " ".join(words.split()).split("|"):
            word = word.strip()
            if word:
                out.setdefault(word, key)
    return out


_KEYS = _table()


@lru_cache(maxsize=8192)  # every line is looked up as a label by several readers
def normal(label: str) -> str:
    """A label as the table spells it: case folded, marks and a trailing colon off, blanks single."""
    if len(label) > 60:
        return ""
    return " ".join(_OPTIONAL.sub("", _TRIM.sub("", label).rstrip()).casefold().split())


def key_of(label: str) -> str | None:
    """The English key of a label ("Arbeitsort" → "location"), or None for anything else; a note in brackets
    after the label ("Location (Region-Branch)", "Salary (INR)") leaves it the label it is."""
    key = _KEYS.get(normal(label))
    if key is None and label.rstrip(" :：").endswith((")", "）")):
        key = _KEYS.get(normal(_NOTE.sub("", label.rstrip(" :："))))
    return key


_NOTE = re.compile(r"(?<!\s)\s*+[(（][^()（）\n]{1,30}[)）]$")  # (?<!\s): a run of blanks is entered once


def own_line_key(line: str) -> str | None:
    """The key of a label standing on a line of its own, above its value (a form, an issue template)."""
    label = normal(line)
    return None if label in _NOT_ON_OWN_LINE else _KEYS.get(label)


# Too short or too common to name a JSON or CSV field by themselves.
_NOT_FIELD_NAMES = frozenset({"local", "ort", "rate", "pay", "wage", "wages", "plat", "lon", "type", "lugar"})


def field_key(name: str) -> str:
    """A field name as records are compared: ASCII lower case without separators ("Company Name",
    "descripción" → "companyname", "descripcion"), or, for a name in another script, its letters case folded
    ("근무 지역" → "근무지역")."""
    return re.sub(r"[\W_]+", "", ascii_lower(name)) or re.sub(r"[\W_]+", "", name.casefold())


def field_names(key: str) -> tuple[str, ...]:
    """The labels of one key as field names ("Nombre de la empresa" → "nombredelaempresa", "기업명")."""
    names = {field_key(label) for label, k in _KEYS.items() if k == key}
    return tuple(sorted(n for n in names if n not in _NOT_FIELD_NAMES and (len(n) >= 3 or not n.isascii())))
