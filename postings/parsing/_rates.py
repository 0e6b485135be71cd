"""Static tables for pay parsing: currency tokens, vocabularies and a dated USD exchange-rate table."""

from datetime import date
from decimal import Decimal

# Approximate mid-market rates; a static table keeps parsing pure and results reproducible.
RATES_AS_OF = date(2025, 9, 1)

# US dollars per one unit of each currency.
USD_PER_UNIT: dict[str, Decimal] = {
    code: Decimal(rate)
    for code, rate in {
        "USD": "1",
        "EUR": "1.17",
        "GBP": "1.35",
        "CHF": "1.25",
        "CAD": "0.725",
        "AUD": "0.655",
        "NZD": "0.59",
        "JPY": "0.0068",
        "CNY": "0.14",
        "HKD": "0.128",
        "SGD": "0.78",
        "TWD": "0.033",
        "KRW": "0.00072",
        "INR": "0.0114",
        "PKR": "0.00355",
        "BDT": "0.0082",
        "LKR": "0.0033",
        "PHP": "0.0175",
        "IDR": "0.000061",
        "MYR": "0.237",
        "THB": "0.031",
        "VND": "0.000038",
        "SEK": "0.106",
        "NOK": "0.099",
        "DKK": "0.157",
        "ISK": "0.0081",
        "PLN": "0.274",
        "CZK": "0.0477",
        "HUF": "0.00293",
        "RON": "0.23",
        "BGN": "0.598",
        "UAH": "0.024",
        "RUB": "0.0124",
        "KZT": "0.00186",
        "BOB": "0.145",
        "TRY": "0.0243",
        "ILS": "0.30",
        "AED": "0.2723",
        "SAR": "0.2667",
        "QAR": "0.2747",
        "EGP": "0.0206",
        "NGN": "0.00065",
        "KES": "0.0077",
        "ZAR": "0.0565",
        "BRL": "0.185",
        "MXN": "0.0535",
        "ARS": "0.00075",
        "CLP": "0.00103",
        "COP": "0.00025",
        "PEN": "0.28",
        "UYU": "0.025",
        "IQD": "0.00076",
        "JOD": "1.41",
        "KWD": "3.25",
        "BHD": "2.65",
        "OMR": "2.60",
        "MAD": "0.10",
        "TND": "0.32",
        "DZD": "0.0075",
        # East, West and Southern Africa, Central Asia, the Caribbean and Central America, South and
        # Southeast Asia, the Caucasus and the Balkans (postings in these currencies were read without a
        # currency before)
        "UGX": "0.000286",
        "TZS": "0.000407",
        "RWF": "0.00069",
        "ETB": "0.0071",
        "GHS": "0.083",
        "XOF": "0.00179",
        "XAF": "0.00179",
        "ZMW": "0.042",
        "MWK": "0.000576",
        "BWP": "0.0735",
        "NAD": "0.0565",
        "MZN": "0.0156",
        "MUR": "0.022",
        "SCR": "0.069",
        "UZS": "0.00008",
        "NPR": "0.0071",
        "MMK": "0.000476",
        "KHR": "0.000249",
        "JMD": "0.00625",
        "TTD": "0.1475",
        "GTQ": "0.130",
        "HNL": "0.0382",
        "PYG": "0.000139",
        "GEL": "0.37",
        "AZN": "0.588",
        "RSD": "0.01",
        # more of ISO 4217's currencies in use, where the code is no English word or common initials (out:
        # "ALL 50 STATES", "AMD 5000", "12 AWG wire", "MVR 3 years clean", "SSP 116.75" (sick pay), "CRC 32",
        # "TMT 500 bars", "Java NIO 2", "DOP", "LBP", "GMD", "MOP", "BAM", "MDL", "PAB", "ANG", "SRD", "BND",
        # "LAK", "MGA", "NIO", "TOP", "CUP", "SOS", "CVE", "SDG", "BSD", "IRR")
        "MKD": "0.019",
        "BYN": "0.30",
        "KGS": "0.0114",
        "TJS": "0.106",
        "MNT": "0.00028",
        "AFN": "0.0145",
        "YER": "0.0042",
        "LYD": "0.185",
        "FJD": "0.44",
        "PGK": "0.24",
        "XPF": "0.0098",
        "BBD": "0.5",
        "BZD": "0.5",
        "BMD": "1",
        "KYD": "1.2",
        "XCD": "0.37",
        "HTG": "0.0076",
        "GYD": "0.0048",
        "VES": "0.0067",
        "DJF": "0.0056",
        "AOA": "0.0011",
        "GNF": "0.000115",
        "LRD": "0.005",
        "SZL": "0.0565",
        "LSL": "0.0565",
        "MRU": "0.025",
        "ZWG": "0.037",
    }.items()
}

# Case-sensitive tokens that mark a currency before or after a figure; ISO codes are added below.
CURRENCY_TOKENS: dict[str, str] = {
    "$": "USD",
    "US$": "USD",
    "USD$": "USD",
    "CA$": "CAD",
    "C$": "CAD",
    "CAN$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "NZ$": "NZD",
    "S$": "SGD",
    "SG$": "SGD",
    "HK$": "HKD",
    "NT$": "TWD",
    "R$": "BRL",
    "MX$": "MXN",
    "€": "EUR",
    "£": "GBP",
    "₹": "INR",
    "Rs.": "INR",
    "Rs": "INR",
    "¥": "JPY",
    "円": "JPY",
    "RMB": "CNY",
    "元": "CNY",
    "₩": "KRW",
    "₪": "ILS",
    "₺": "TRY",
    "₱": "PHP",
    "₦": "NGN",
    # Kenyan shillings as Kenyan papers write them
    "KSh": "KES",
    "Kshs.": "KES",
    "KShs.": "KES",
    "Ksh.": "KES",
    "Ksh": "KES",
    "KShs": "KES",
    "Kshs": "KES",
    "KSHS": "KES",
    "KSH": "KES",
    "Sh": "KES",  # "basic pay ranging from Sh14,610 to Sh16,250" in Kenya's papers
    "₴": "UAH",
    "₽": "RUB",
    "руб.": "RUB",
    "руб": "RUB",
    "RUR": "RUB",
    "MXP": "MXN",  # the peso's pre-1993 code, still written by some systems
    "₸": "KZT",
    "₫": "VND",
    # Vietnamese dong as written ("5.250.000 vnđ", "6.000.000đ", "8 triệu đồng"); Indonesian rupiah
    # ("Rp6,2 juta")
    "VNĐ": "VND",
    "vnđ": "VND",
    "VNđ": "VND",
    "đồng": "VND",
    "đ": "VND",
    # South African rand ("R228 321 – R268 950 per annum", "R20.000")
    "R": "ZAR",
    # Nigerian naira as typed without its sign ("Salary Range: N400,000 - 480,000")
    "N": "NGN",
    "Rp.": "IDR",
    "Rp": "IDR",
    "zł": "PLN",
    "Kč": "CZK",
    "Ft": "HUF",
    "kr": "SEK",
    "Fr.": "CHF",
    "SFr.": "CHF",
    # the dollar sign before the country ("$NZ35,000", "$US 50,000"), as older and French-style texts write it
    "$NZ": "NZD",
    "$US": "USD",
    "$CA": "CAD",
    "$AU": "AUD",
    "$HK": "HKD",
    "$SG": "SGD",
}
CURRENCY_TOKENS.update({code: code for code in USD_PER_UNIT})

# Lower-case words accepted after a figure ("90k euros").
CURRENCY_WORDS: dict[str, str] = {
    "euro": "EUR",
    "euros": "EUR",
    "dollar": "USD",
    "dollars": "USD",
    "rupee": "INR",
    "rupees": "INR",
    "pounds": "GBP",
    "kronor": "SEK",  # Swedish ("122,50 kronor"); Danish and Norwegian "kroner" name two currencies
    "francs": "CHF",
    "rubles": "RUB",
    "roubles": "RUB",
    "рублей": "RUB",
    "рубля": "RUB",
    "reais": "BRL",
    "pesos": "MXN",
    "원": "KRW",  # after a figure only: "5000원", "210 만원"
    # Arabic names after a figure ("600,000 دينار عراقي"); a bare "dinar" or "riyal" names several currencies
    "دينار عراقي": "IQD",
    "د.ع": "IQD",
    "دينار أردني": "JOD",
    "دينار كويتي": "KWD",
    "دينار بحريني": "BHD",
    "دينار تونسي": "TND",
    "دينار جزائري": "DZD",
    "ريال سعودي": "SAR",
    "ر.س": "SAR",
    "ريال قطري": "QAR",
    "ريال عماني": "OMR",
    "درهم إماراتي": "AED",
    "درهم مغربي": "MAD",
    "جنيه مصري": "EGP",
    "ج.م": "EGP",
    "ليرة تركية": "TRY",
}
# ISO codes written in lower case after a figure ("3,043 - 4,565 eur gross monthly"); codes that are also
# words or skills ("try", "all", "php") are left out.
LOWER_CODES = (
    "eur", "usd", "gbp", "chf", "cad", "aud", "nzd", "jpy", "cny", "inr", "sek", "nok", "dkk", "pln", "czk",
    "huf", "ron", "rub", "uah", "brl", "mxn", "zar", "sgd", "hkd",
)  # fmt: skip
CURRENCY_WORDS.update({code: code.upper() for code in LOWER_CODES})

# The currency a country pays in: a figure with no currency of its own, stated as pay in a posting set wholly
# in one country ("Stipend: 40,000 per month" in Bengaluru, "薪资：15K ~ 30K / 月" in Beijing), is in it.
COUNTRY_CURRENCY: dict[str, str] = {
    "US": "USD", "GB": "GBP", "CH": "CHF", "CA": "CAD", "AU": "AUD", "NZ": "NZD", "JP": "JPY", "CN": "CNY",
    "HK": "HKD", "SG": "SGD", "TW": "TWD", "KR": "KRW", "IN": "INR", "PK": "PKR", "BD": "BDT", "LK": "LKR",
    "PH": "PHP", "ID": "IDR", "MY": "MYR", "TH": "THB", "VN": "VND", "SE": "SEK", "NO": "NOK", "DK": "DKK",
    "IS": "ISK", "PL": "PLN", "CZ": "CZK", "HU": "HUF", "RO": "RON", "BG": "BGN", "UA": "UAH", "RU": "RUB",
    "KZ": "KZT", "BO": "BOB", "TR": "TRY", "IL": "ILS", "AE": "AED", "SA": "SAR", "QA": "QAR", "EG": "EGP",
    "NG": "NGN", "KE": "KES", "ZA": "ZAR", "BR": "BRL", "MX": "MXN", "AR": "ARS", "CL": "CLP", "CO": "COP",
    "PE": "PEN", "UY": "UYU", "UG": "UGX", "TZ": "TZS", "RW": "RWF", "ET": "ETB", "GH": "GHS", "ZM": "ZMW",
    "MW": "MWK", "BW": "BWP", "NA": "NAD", "MZ": "MZN", "MU": "MUR", "SC": "SCR", "UZ": "UZS", "NP": "NPR",
    "MM": "MMK", "KH": "KHR", "JM": "JMD", "TT": "TTD", "GT": "GTQ", "HN": "HNL", "PY": "PYG", "GE": "GEL",
    "AZ": "AZN", "RS": "RSD", "IQ": "IQD", "JO": "JOD", "KW": "KWD", "BH": "BHD", "OM": "OMR", "MA": "MAD",
    "TN": "TND", "DZ": "DZD",
    **dict.fromkeys(
        ("SN", "CI", "ML", "BF", "NE", "TG", "BJ", "GW"), "XOF"
    ),
    **dict.fromkeys(
        ("CM", "GA", "CG", "TD", "CF", "GQ"), "XAF"
    ),
    **dict.fromkeys(
        ("DE", "FR", "ES", "IT", "NL", "BE", "AT", "IE", "PT", "FI", "GR", "SK", "SI", "EE", "LV", "LT", "LU",
         "MT", "CY", "HR"), "EUR"
    ),
}  # fmt: skip

# Currencies written with a plain "$" in their own countries ("$1.450.000 mensuales" in Medellín is pesos).
DOLLAR_SIGN_CURRENCIES = frozenset(
    ("AUD", "CAD", "NZD", "SGD", "HKD", "TWD", "MXN", "COP", "ARS", "CLP", "UYU")
)

# Currencies written "Rs." in their own countries (Sri Lanka, Pakistan, Nepal, Mauritius, Seychelles), where
# "Rs. 54,600" is no Indian rupee.
RUPEE_CURRENCIES = frozenset(("LKR", "PKR", "NPR", "MUR", "SCR"))

# Tokens shared by several currencies: a more specific token elsewhere in the same figure wins.
AMBIGUOUS_TOKENS = frozenset({"$", "¥", "kr", "dollar", "dollars"})

# How amounts are written back in warnings.
SYMBOLS: dict[str, str] = {"USD": "$", "EUR": "€", "GBP": "£", "INR": "₹", "JPY": "¥"}

# Multipliers written after a number, normalised to a key of MULTIPLIERS.
MULTIPLIERS = {"k": 10**3, "m": 10**6, "b": 10**9, "lakh": 10**5, "crore": 10**7, "万": 10**4}
MULT_KEYS = {"thousand": "k", "mn": "m", "mio": "m", "million": "m", "bn": "b", "billion": "b", "l": "lakh"}
MULT_KEYS |= dict.fromkeys(("lakhs", "lac", "lacs", "lpa"), "lakh")
MULT_KEYS |= dict.fromkeys(("cr", "crores"), "crore")
MULT_KEYS |= dict.fromkeys(("mil", "tausend", "tsd", "tys", "tis", "тыс", "тысяч", "тысяча", "тысячи"), "k")
MULT_KEYS["千"] = "k"
MULT_KEYS |= dict.fromkeys(("triệu", "tr"), "m")  # Vietnamese: "10 - 25 triệu" is VND 10–25 million
MULT_KEYS |= dict.fromkeys(("juta", "jt", "jt."), "m")  # Indonesian: "Rp6,2 juta" is IDR 6.2 million
MULT_KEYS |= dict.fromkeys(("ribu", "rb", "rb."), "k")  # Indonesian thousands: "Rp50 ribu"
MULT_KEYS |= {"百万": "百万", "萬": "万"}
MULTIPLIERS["百万"] = 10**6
MULT_KEYS["만"] = "万"  # Korean ten-thousands: "20만원" is 200,000 won

# Words for a period written after a figure ("per annum", "/Monat", "p.h.").
_UNITS = {
    "hour": "hours hourly hr hrs ph p.h. stunde stunden std std. heure heures hora horas ora uur timme "
    "godz godz. giờ timmen tunti",
    "day": "days daily pd p.d. diem tag jour día ngày diario diaria giorno",
    "week": "weeks weekly wk pw p.w. woche semaine semana semanal",
    "month": "months monthly mo mth pm p.m. pcm monat monatlich monatliche mois mensuel mensuelle mensuels "
    "mes mês miesięcznie maand mensal mensais mensual mensuales mensile mensili tháng bulan bln månad "
    "månaden måned kuukausi",
    "year": "years yearly yr annum annually annual pa p.a. jahr jährlich annuel annuelle année año ano anual "
    "anuales anuais annuo annui rocznie jaar năm",
}
UNIT_WORDS = {word: unit for unit, words in _UNITS.items() for word in [unit, *words.split()]}
# Single letters count only after "/" or "per" ("$50/h", "€500 p/d").
UNIT_LETTERS = {"h": "hour", "d": "day", "w": "week", "m": "month", "y": "year", "a": "year"}
# Short forms read only there too: Swedish "150 kr/tim", Finnish "2 500 €/kk" (kuukausi, a month).
UNIT_LETTERS |= {"tim": "hour", "kk": "month"}

# Regex alternations. A figure followed by a perk noun ("$500 learning budget") is not salary.
PERK_NOUNS = (
    r"budgets?|stipends?|allowances?|bonus(?:es)?|signing|sign-on|relocation|moving|reimburse\w*|credits?"
    r"|vouchers?|match(?:ing)?|grants?|rsus?|equity|stock|options|shares|commissions?|referral|per diem"
    r"|wellness|gym|learning|education|tuition|childcare|commut\w*|home[- ]office|equipment|gift|cards?"
    r"|donations?|insurance|pension|401\(?k\)?|funding|revenue|valuation|arr|investment|round|seed|prize"
    r"|awards?|fees?|discounts?|sales|pipeline|savings|payments|transactions|assets|loans|deals?|quota|gmv"
    r"|market|spend|acv|tcv|contract value|deal size|order value"
)
# A figure shortly after one of these ("signing bonus of $10,000", "raised $5M") is not salary either.
PERK_LABELS = (
    r"budget|stipend|allowance|subsid(?:y|ies)|lunch|meals?|bonus(?:es)?|signing|sign-on|relocation|reimburse\w*|credits?|voucher"
    r"|match(?:ing)?|per diem|commission|referral|tuition|wellness|learning|education|raised|raising|funding"
    r"|series [a-f]|seed|valuation|revenue|arr|invest\w*|backed|grants?|saves?|saved|savings|worth|spend"
    r"|spent|costs?|priced?|quota|pipeline|gmv|processed|processing|payments|transactions|valued"
    # a public body's or a firm's money: "a Parish Council precept of £102,000", "turnover of £2m"
    r"|precept|turnover"
    # allowances and bonuses in other languages: "Zulage … bis zu 130 Euro", "prime de 200 €", "bono de"
    r"|\w*zulage|\w*zuschuss|\w*prämie|weihnachtsgeld|urlaubsgeld|jobticket|prime|primes|indemnités?"
    r"|tickets?[ -]restaurants?|bono|bonos|vale[ -]refei[çc][ãa]o|vale[ -]alimenta[çc][ãa]o"
    r"|buoni pasto|indennit[àa]|toeslag|premia|dodatek|hỗ trợ|phụ cấp|thưởng"
    # what the applicant pays: "application fee of Rs. 500", "Examination Fee: ₹100"
    r"|(?:application|examination|exam|registration|processing)[ \t]+fees?"
    # Korean rewards, allowances, support and moving costs: "합격보상금 100만원", "이사비 (40만원 한도)"
    r"|\w*보상금|\w*지원금|\w*보너스|\w*상여금|\w*축하금|이사비|월세"
    # rates for hours beyond the base: "Overtime may be offered at $26.84 per hour", "shift differential"
    r"|overtime|over-time|double[ -]time|time[ -]and[ -]a[ -]half|differentials?|überstunden\w*"
    r"|horas[ -]extras?|heures[ -]suppl[ée]mentaires"
    # what the worker pays: "opłata za rachunki: 550 zł", "a deposit of $500", "Miete: 300 €"
    r"|op[łl]at[ay]|czynsz|kaucja|deposit|rent|miete|loyer|alquiler|aluguel"
)
# Sentences with these words use millions for money that is not pay.
FUNDING_WORDS = (
    r"raised?|raising|funding|series [a-f]|valuation|revenue|arr|invest\w*|backed|users|customers"
    r"|market|payments|transactions|assets|loans"
)


PER_YEAR = {"year": 1, "month": 12, "week": 52, "day": 260, "hour": 2080}


def annualise(amount: Decimal, period: str) -> Decimal:
    """The amount per year (2080 hours, 260 days, 52 weeks, 12 months); unknown periods count as yearly."""
    return amount * PER_YEAR.get(period, 1)


def to_usd(amount: Decimal, currency: str) -> Decimal | None:
    """The amount in US dollars at the static rates of RATES_AS_OF; None for an unknown currency."""
    rate = USD_PER_UNIT.get(currency.upper()) if isinstance(currency, str) else None
    return None if rate is None else amount * rate


def format_money(amount: Decimal, currency: str) -> str:
    """One amount with its symbol, or the bare number followed by an ISO code."""
    digits = f"{amount:,.0f}" if amount == amount.to_integral_value() else f"{amount:,.2f}"
    if not currency:
        return digits
    symbol = SYMBOLS.get(currency)
    return f"{symbol}{digits}" if symbol else f"{digits} {currency}"
