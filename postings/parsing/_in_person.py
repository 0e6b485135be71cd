"""Jobs done in person, named in a title in the languages postings come in: a nurse, a driver, a cook, a
cashier, a machine operator or an electrician works where the work is, whether or not the posting says
"on site". The work-mode reader falls back on this table only when the posting states no work mode.

Entries are lower case, "_" between the words of a phrase. A plain entry is a whole word or phrase; an
entry ending in "*" is a stem whose endings vary ("pflege*": Pflegefachkraft, Pflegehilfskraft); one
starting with "-" ends a compound ("-fahrer": Berufskraftfahrer). Scripts that run words together (Chinese,
Japanese, Korean) match anywhere in the title.
"""

import re
from functools import cache

_WORDS = """
    nurse nurses nursing rn lpn cna caregiver caregivers carer carers care_assistant care_worker
    healthcare_assistant driver drivers chauffeur courier couriers cook cooks chef chefs dishwasher
    dishwashers waiter waiters waitress barista baristas bartender bartenders baker bakers butcher cashier
    cashiers retail store shop stocker merchandiser warehouse forklift picker pickers packer packers loader
    laborer labourer laborers labourers machinist welder welders electrician electricians plumber plumbers
    carpenter carpenters mechanic mechanics installer fitter painter roofer mason cleaner cleaners
    housekeeper housekeeping janitor custodian porter security_guard security_officer guard guards steward
    stewards lifeguard receptionist nanny babysitter hairdresser barber stylist beautician esthetician
    make_up_artist florist gardener landscaper groundskeeper farm dental_assistant hygienist pharmacist
    physiotherapist paramedic emt phlebotomist veterinarian groomer production_operator machine_operator
    shipper receiver crew attendant groundskeeping grounds_worker grounds_crew ground_person arborist
    tree_trimmer landscaping deckhand deckhands fisherman fishermen food_service busser bussers dietary_aide
    kitchen_porter kitchen_hand kitchen_assistant line_cook prep_cook commis sommelier midwife midwives
    teacher teachers teaching_assistant lecturer* tutor_in_person early_years educator childcare nursery
    librarian library_assistant library_technician technician technicians pharmacy_tech operator operators
    operative operatives maintenance support_worker storeperson stores_person house_person house_persons
    site_supervisor foreman surgeon surgical physician dentist radiographer sonographer fitness_instructor
    personal_trainer police police_officer firefighter firefighters dispenser dispensers bar_staff
    kitchen_staff mover movers elevator_worker elevator_mechanic
    pflege* -pflege -pfleger -pflegerin -fahrer -fahrerin koch köchin kellner servicekraft verkäufer* kassier*
    lager* -lager lagerist mechatroniker* -mechaniker -elektroniker elektriker* elektroinstallateur* -monteur
    -monteurin dachdecker maler* schreiner* tischler* zerspanung* reinigungskraft hauswirtschaft* erzieher*
    zahnmedizinische arzthelfer* produktionsmitarbeiter* -helfer bäcker* friseur* lehrer* lehrkraft* -lehrer
    -arzt -ärztin facharzt* fachärztin* zfa pädagogisch* kita köch* mitarbeiter_montage montagemitarbeiter*
    infirmier* aide_soignant* livreur* cuisinier* cuisine serveur serveuse vendeur vendeuse caissier*
    magasinier* manutention* technicien_de_maintenance électricien* plombier* maçon* maçonnerie couvreur*
    menuisier* agent_d'entretien agent_de_service agent_polyvalent bûcheron* fleuriste boulanger* coiffeur*
    coiffeuse esthéticienne préparateur_de_commandes manœuvre manoeuvre cariste animateur* éducateur*
    educateur* enseignant* professeur_des_écoles hygiéniste* jardinier* agent_technique
    enfermer* conductor* chofer repartidor* cociner* camarer* meser* garzón garzon ayudante_de_cocina
    vendedor* cajer* almacener* reponedor* operari* electricista fontaner* albañil limpieza limpiador*
    vigilante* ordenador_de_carros peluquer* profesor* docente jardiner* mecánic* mantenimiento almacén
    técnico_eléctrico conserje* guardia_de_seguridad guardias_de_seguridad peón peones carretiller*
    enfermeir* técnico_de_enfermagem motorista entregador* cozinh* garçom garçonete estoquista
    operador_de_produção pedreiro pintor eletricista auxiliar_de_limpeza professora professor
    educação_infantil repositor* churrasqueir* auxiliar_de_serviços_gerais manutencista*
    infermier* autista cuoco cuoca cameriere cameriera commess* magazzinier* operaio operaia insegnante
    verpleegkundige* -verpleegkundige verzorgende* bezorger* kok bediening barmedewerker* verkoper*
    kassamedewerker* leraar* leerkracht*
    magazijnmedewerker* productiemedewerker* schoonmaker* interieurreiniger* timmerman
    pielęgniar* kierowc* kucharz* kelner* sprzedawc* kasjer* magazynier* pracownik_produkcji stolarz*
    elektryk* sprzątacz* nauczyciel*
    sjuksköterska* -sköterska undersköterska* chaufför* -chaufför kock servitör* butikssäljare lagerarbetare
    montör*
    städare lokalvårdare lärare -lärare anläggningsarbetare barnskötare pedagog* pædagog* trädgårdsarbetare
    opettaja* varhaiskasvatu*
    водител* повар* официант* продав* кассир* кладовщик* грузчик* медсестр* медбрат медицинская_сестра
    санитар* сиделк* сварщик* слесар* учител* воспитател* мерчандайзер* прораб* станочник* чпу
    электрик* уборщи* машинист* аппаратчик* охранник* парикмахер* пекар* курьер* швея
    řidič* kuchař* prodava* zdravotní_sestra fyzioterapeut* stavbyvedoucí operátor_výroby
    satış_danışmanı şoför aşçı garson hemşire tezgahtar*
    sykepleier* helsefagarbeider* barnehagemedarbeider* barnehagelærer* sundhedsassistent* sosu-assistent*
    pædagogmedhjælper* daghem* förskollärare*
    pečující_osoba topenář* montážní_pracovník* servisní_technik*
    nhân_viên_phục_vụ phục_vụ đầu_bếp tài_xế bảo_vệ nhân_viên_kho phụ_kho thủ_kho
    szakács sofőr ápoló eladó pincér mosogató
    sopir pengajar guru perawat
    asistent_medical asistentă_medicală infirmier* îngrijitor* ingrijitor* șofer* şofer* sofer* bucătar*
    ospătar* vânzător* casier* muncitor* sudor* zidar* medic medic_veterinar educatoare
    ouvrier* agent_de_police policier* pompier* polizia* agente_di_polizia vigile vigili_del_fuoco
    operatore_socio_sanitario policía bombero* policial bombeiro*
    sairaanhoitaja kuljettaja kokki myyjä
    מפעיל נהג אחות מלצר טבח
"""
_RUN_TOGETHER = """
    ドライバー 運転手 看護師 介護 調理 キッチン ホール 店舗スタッフ 清掃 販売 警備 保育士 配送
    倉庫 工場 製造 送迎 薬剤師 調理師 美容師 司机 护士 厨师 服务员 收银 店员 保洁 保安 普工 操作工
    간호 운전 요리 조리 바리스타 판매 매장 생산 현장 경비 청소 보육 교사
    教師 教师 老师 保育 旋盤 マシニング 金属加工 助産師 指導員 ヘルパー 杂工 勤杂
"""
# Office work that borrows a word of the table: "Data Warehouse Developer", "Nurse Licensing Specialist".
_OFFICE = re.compile(
    r"data\s+warehouse|warehouse\s+(?:engineer|developer|architect|analyst)|licensing|recruit|"
    r"software|developer|engineer(?!ing\s+technician)|analyst|consultant|account\s+manager|marketing"
    # work done at a distance: "Online English Teacher", "Virtual Tutor", "Tele-operator"
    r"|online|virtual|remote|\btele-|\btele(?:work|health|medicine|sales|operat)|machine\s+learning"
    # at a distance in other languages: "vzdálená podpora", "zdalnie", "remoto", "à distance"
    r"|vzd[áa]len|zdaln|remot[oa]|[àa]\s+distance|a\s+distancia|homeoffice|\bcloud\b|scheduler",
    re.I,
)


def _pattern(entry: str) -> str:
    body = r"[\s-]+".join(re.escape(word) for word in entry.strip("-*").split("_"))
    if entry.startswith("-"):
        return rf"\w*{body}(?!\w)"
    if entry.endswith("*"):
        return rf"(?<!\w){body}\w*"
    return rf"(?<!\w){body}(?!\w)"


@cache
def _in_person_re() -> re.Pattern[str]:
    parts = [_pattern(entry) for entry in _WORDS.split()]
    parts += [re.escape(word) for word in _RUN_TOGETHER.split()]
    return re.compile("|".join(parts), re.I)


# French inclusive endings: "agent·e polyvalent·e", "agent(e)", "vendeur.se".
_INCLUSIVE = re.compile(r"(?<=\w)(?:[·.](?:e|se|ne|rice|ère|euse)|\((?:e|se|ne|rice|ère|euse)\))(?!\w)")


def in_person_job(title: str | None) -> bool:
    """Whether the title names work done in person ("Staff Nurse", "Berufskraftfahrer", "店舗スタッフ")."""
    if not isinstance(title, str) or not title.strip() or _OFFICE.search(title):
        return False
    return _in_person_re().search(_INCLUSIVE.sub("", title[:200])) is not None
