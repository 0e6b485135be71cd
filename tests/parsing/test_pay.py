from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from postings.parsing.pay import (
    RATES_AS_OF,
    Pay,
    annual_usd,
    annualise,
    describe,
    find_pay,
    mentions_equity,
    to_usd,
)
from postings.parsing.pay_choice import _as_stated, choose_pay


def first(text):
    pays = find_pay(text)
    assert pays, text
    p = pays[0]
    low = None if p.min_amount is None else int(p.min_amount)
    high = None if p.max_amount is None else int(p.max_amount)
    return low, high, p.currency, p.period


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The US base salary range is $196,000 to $220,500 + equity.", (196000, 220500, "USD", "year")),
        ("- Compensation range: $400,000 to $450,000 + equity", (400000, 450000, "USD", "year")),
        ("Salary: $120k–150k", (120000, 150000, "USD", "year")),
        ("$120K - $150K", (120000, 150000, "USD", "year")),
        ("USD 90,000–110,000", (90000, 110000, "USD", "year")),
        ("USD $120,000 - $140,000", (120000, 140000, "USD", "year")),
        ("Gehalt: 90.000 € - 110.000 €", (90000, 110000, "EUR", "year")),
        ("€45,000–€55,000", (45000, 55000, "EUR", "year")),
        ("€ 45.000,00", (45000, 45000, "EUR", "year")),
        ("50.000 - 60.000 EUR brutto", (50000, 60000, "EUR", "year")),
        ("£40k-£50k", (40000, 50000, "GBP", "year")),
        ("£45,000 pa", (45000, 45000, "GBP", "year")),
        ("₹25,00,000 - ₹35,00,000", (2500000, 3500000, "INR", "year")),
        ("Rs. 8,00,000 - 12,00,000 per annum", (800000, 1200000, "INR", "year")),
        ("INR 18 LPA", (1800000, 1800000, "INR", "year")),
        ("CTC: 18-25 LPA", (1800000, 2500000, "INR", "year")),
        ("12 - 18 lakhs", (1200000, 1800000, "INR", "year")),
        ("₹1.2 Cr per annum", (12000000, 12000000, "INR", "year")),
        ("₹50,000 per month", (50000, 50000, "INR", "month")),
        ("CA$120,000", (120000, 120000, "CAD", "year")),
        ("C$100,000 - C$120,000", (100000, 120000, "CAD", "year")),
        ("$120,000 - $140,000 CAD", (120000, 140000, "CAD", "year")),
        ("A$150k", (150000, 150000, "AUD", "year")),
        ("NZ$90,000", (90000, 90000, "NZD", "year")),
        ("CHF 120'000", (120000, 120000, "CHF", "year")),
        ("kr 600 000 per år", (600000, 600000, "SEK", "year")),
        ("¥6M - ¥9M annual salary", (6000000, 9000000, "JPY", "year")),
        ("年収 600万円〜900万円", (6000000, 9000000, "JPY", "year")),
        ("$45/hour", (45, 45, "USD", "hour")),
        ("$45 - $60 per hour", (45, 60, "USD", "hour")),
        ("Pay Range: $25.50 - $32.00/hr", (25, 32, "USD", "hour")),
        ("The pay for this position is $30/hr - $40/hr", (30, 40, "USD", "hour")),
        ("Hourly pay: $18.00 - $22.00", (18, 22, "USD", "hour")),
        ("$80-110hr ( Weekly pay + benefits)", (80, 110, "USD", "hour")),
        ("Rate: $45-60", (45, 60, "USD", "hour")),
        ("€500 per day", (500, 500, "EUR", "day")),
        ("Daily rate: €500", (500, 500, "EUR", "day")),
        ("£350 - £450 per day inside IR35", (350, 450, "GBP", "day")),
        ("$8,000 per month", (8000, 8000, "USD", "month")),
        ("$3,500/mo", (3500, 3500, "USD", "month")),
        ("€4.500 - €5.500 brutto/Monat", (4500, 5500, "EUR", "month")),
        ("$2,000 a week", (2000, 2000, "USD", "week")),
        ("up to $150k", (None, 150000, "USD", "year")),
        ("Up to £65k + bonus + benefits", (None, 65000, "GBP", "year")),
        ("from £60,000", (60000, None, "GBP", "year")),
        ("$150,000+", (150000, None, "USD", "year")),
        ("between $100k and $120k", (100000, 120000, "USD", "year")),
        ("$45.5k-$60.2k", (45500, 60200, "USD", "year")),
        ("$120,000.00 - $150,000.00 per year", (120000, 150000, "USD", "year")),
        ("Salary: 120000 USD", (120000, 120000, "USD", "year")),
        ("salary of 45 000 € per year", (45000, 45000, "EUR", "year")),
        ("Pay: $45–60", (45, 60, "USD", "year")),
        # Thousands and ten-thousands written as words and characters, and lower-case or glued codes.
        ("Зарплата от 90 до 160 тысяч рублей в месяц", (90000, 160000, "RUB", "month")),
        ("R$ 8 mil por mês", (8000, 8000, "BRL", "month")),
        ("Gehalt: 3,5 Tsd. € brutto pro Monat", (3500, 3500, "EUR", "month")),
        ("年収: 4～8百万円", (4000000, 8000000, "JPY", "year")),
        ("月薪：6千-1.2万元", (6000, 12000, "CNY", "month")),
        ("3,043 - 4,565 eur gross monthly", (3043, 4565, "EUR", "month")),
        ("Horquilla de salida entre 25KMXN y 30KMXN", (25000, 30000, "MXN", "year")),
        ("- Stipend: ₹15,000/month", (15000, 15000, "INR", "month")),
        # "up to" in other languages
        ("Wynagrodzenie do 15 000 zł brutto miesięcznie", (None, 15000, "PLN", "month")),
        ("Gehalt bis zu 60.000 € im Jahr", (None, 60000, "EUR", "year")),
        ("Salario hasta 30.000 € brutos anuales", (None, 30000, "EUR", "year")),
    ],
)
def test_find_pay_amounts(text, expected):
    assert first(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Stipend: 40,000 per month", (40000, 40000, "INR", "month")),
        ("Salary: 6k-8k", (6000, 8000, "INR", "year")),
        ("薪资结构：基础薪资：15K ~ 30K / 月", (15000, 30000, "INR", "month")),
        ("Salario: 25.000 - 30.000 mensuales", (25000, 30000, "INR", "month")),
    ],
)
def test_figure_without_currency_takes_the_posting_country_s_when_it_is_pay(text, expected):
    pays = find_pay(text, currency="INR")
    assert [(int(p.min_amount), int(p.max_amount), p.currency, p.period) for p in pays] == [expected]
    assert not pays[0].currency_stated
    assert find_pay(text) == []  # without a country, a bare figure is no pay


def test_the_vietnamese_million_names_its_currency_over_the_posting_country_s():
    # "triệu" is only ever counted in dong: it is no bare figure, with or without a country
    for currency in ("INR", None):
        pays = find_pay("- Tổng thu nhập 10 -25 triệu/tháng", currency=currency)
        assert [(int(p.min_amount), int(p.max_amount), p.currency, p.period) for p in pays] == [
            (10000000, 25000000, "VND", "month")
        ]


@pytest.mark.parametrize(
    "text",
    [
        "Salary review every 12 months",
        "Salary: 2025 review",
        "Salary paid 13 times a year; 25 days of leave",
        "Pay: 40 hours per week",
        "We offer a learning stipend of 500",
        "Team of 250 engineers across 12 offices",
        "Gehalt nach Vereinbarung, 30 Urlaubstage, 2 Homeoffice-Tage",
        "Farbe RAL 7016, Montage von 120 Fenstern",
    ],
)
def test_figure_without_currency_counting_something_else_is_no_pay(text):
    assert find_pay(text, currency="EUR") == []


def test_a_figure_naming_its_currency_is_chosen_over_one_the_country_lent_one():
    figures = find_pay("Salary min: 60000\nSalary: $224,000 - $425,500 per year", currency="USD")
    assert [p.currency_stated for p in figures] == [False, True]
    assert choose_pay(figures).pay.min_amount == 224000


@pytest.mark.parametrize(
    "text",
    [
        "",
        "No salary information is given for this role.",
        "Discord is used by over 200 million people every month.",
        "spending a combined 1.5 billion hours playing games",
        "We process 40M+ events per day.",
        "You have 10+ years of experience.",
        "401(k) match up to 4%",
        "We raised $50M in our Series B.",
        "We're backed by $100M from top investors.",
        "Serving 10,000+ customers and $2B in payments",
        "Our ARR grew to $30M last year.",
        "We raised $100,000,000 in our Series C.",
        "A $500 learning budget every year.",
        "Home office stipend of $1,000",
        "Lunch subsidy: NTD$150 per working day",
        "Signing bonus: $10,000",
        "$2,000 sign-on bonus",
        "Up to $5,000 in relocation assistance",
        "$50 gift card on your birthday",
        "Our customers saved $120k per year",
        "You will own a $1M sales quota",
        "$-5",
        "Posted 2025/09/21, 3-5 days a week in the office",
    ],
)
def test_find_pay_ignores_non_pay(text):
    assert find_pay(text) == []


@pytest.mark.parametrize(
    "text, kind",
    [
        ("OTE $200k", "ote"),
        ("On-target earnings of $180,000", "ote"),
        ("$200k OTE", "ote"),
        ("Total compensation: $300k-$400k", "total"),
        ("Base salary $150,000", "base"),
        ("$150,000", "base"),
    ],
)
def test_kind(text, kind):
    assert find_pay(text)[0].kind == kind


@pytest.mark.parametrize(
    "text, estimate",
    [
        ("  • Salary: Estimated: $ 16K to 19K", True),
        ("Estimated salary: $90,000 - $100,000", True),
        ("$ Estimated: 25K to 30K", True),
        ("$100k - $130k a year (Glassdoor est.)", True),
        ("$100k - $130k a year (Employer est.)", False),
        ("The base salary range for this role is $100k - $130k.", False),
    ],
)
def test_is_estimate(text, estimate):
    assert find_pay(text)[0].is_estimate is estimate


@pytest.mark.parametrize(
    "text, equity, bonus",
    [
        ("$400,000 to $450,000 + equity", True, False),
        ("$60k-$80k, bonus, stock options", True, True),
        ("Salary $150k plus RSUs", True, False),
        ("Salary $150k. This range does not include equity or bonus.", False, False),
        ("The range is $150k–$180k and does not include equity.", False, False),
        ("We value diversity, equity, and inclusion. Salary: $90k", False, False),
        ("$120k base + $20k bonus", False, True),
    ],
)
def test_equity_and_bonus_flags(text, equity, bonus):
    pay = find_pay(text)[0]
    assert (pay.equity, pay.bonus) == (equity, bonus)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Benefits: competitive salary, equity and health cover.", True),
        ("Stock options for every employee.", True),
        ("We offer RSUs.", True),
        ("We are committed to diversity, equity and inclusion.", False),
        ("Compensation does not include equity.", False),
        ("Take ownership of your projects.", False),
    ],
)
def test_mentions_equity(text, expected):
    assert mentions_equity(text) is expected


def test_seed_aggregator_estimate_is_kept_but_not_chosen():
    text = (
        "Staff Software Engineer\n  • Salary: Estimated: $ 16K to 19K\n  • Published on: 2025/09/21\n"
        "The US base salary range for this full-time position is $223,000 to $245,500 + equity + benefits."
    )
    choice = choose_pay(find_pay(text))
    assert (choice.pay.min_amount, choice.pay.max_amount) == (223000, 245500)
    assert not choice.pay.is_estimate and choice.pay.equity
    assert [(e.min_amount, e.max_amount) for e in choice.estimates] == [(16000, 19000)]
    assert choice.warnings == ("estimate $16,000–$19,000 contradicts the stated range $223,000–$245,500",)


def test_choose_only_estimate():
    choice = choose_pay(find_pay("Estimated salary: $90,000 - $100,000"))
    assert choice.pay.is_estimate and len(choice.estimates) == 1
    assert "no pay stated" in choice.warnings[0]


def test_choose_prefers_base_over_ote_and_first_range():
    text = "OTE: $200k ($100k base)\nNew York: $110k–$130k"
    choice = choose_pay(find_pay(text))
    assert (choice.pay.kind, choice.pay.min_amount) == ("base", 100000)


def test_choose_warns_about_strongly_different_location_ranges():
    text = "San Francisco: $180,000–$220,000\nSeattle: $170,000–$205,000\nRemote: $95,000–$110,000"
    choice = choose_pay(find_pay(text))
    assert choice.pay.min_amount == 180000
    assert len(choice.warnings) == 1 and "$95,000–$110,000" in choice.warnings[0]


def test_choose_swaps_reversed_range_and_drops_negative():
    reversed_pay = Pay(Decimal(150000), Decimal(120000), "USD", "year")
    negative = Pay(Decimal(-5), Decimal(-5), "USD", "year")
    choice = choose_pay([negative, reversed_pay])
    assert (choice.pay.min_amount, choice.pay.max_amount) == (120000, 150000)
    assert len(choice.warnings) == 2


def test_choose_warns_on_implausible_yearly_figure():
    choice = choose_pay(find_pay("Pay: $45–60 per year"))
    assert choice.pay.period == "year" and "implausibly low" in choice.warnings[0]
    # With no period stated, the figure's size says it: an hour's pay, and a warning says it was guessed.
    choice = choose_pay(find_pay("Pay: $45–60"))
    assert choice.pay.period == "hour" and "no period is stated" in choice.warnings[0]


def test_choose_empty():
    assert choose_pay([]).pay is None and choose_pay([]).warnings == ()


@pytest.mark.parametrize(
    "amount, period, expected",
    [
        ("45", "hour", "93600"),
        ("500", "day", "130000"),
        ("2000", "week", "104000"),
        ("8000", "month", "96000"),
    ],
)
def test_annualise(amount, period, expected):
    assert annualise(Decimal(amount), period) == Decimal(expected)


def test_to_usd_and_annual_usd():
    assert isinstance(RATES_AS_OF, date)
    assert to_usd(Decimal(100), "USD") == 100
    assert to_usd(Decimal(100), "XXX") is None
    assert to_usd(Decimal(100), "EUR") > 100
    assert annual_usd(find_pay("$45 - $60 per hour")[0]) == (Decimal(93600), Decimal(124800))
    assert annual_usd(find_pay("up to $150k")[0]) == (None, Decimal(150000))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("$196,000 to $220,500", "$196,000–$220,500"),
        ("up to £65k", "up to £65,000"),
        ("€500 per day", "€500 per day"),
        ("CHF 120'000 - 140'000", "120,000–140,000 CHF"),
    ],
)
def test_describe(text, expected):
    assert describe(find_pay(text)[0]) == expected


def test_amounts_are_decimals_in_reading_order():
    pays = find_pay("Salary $120k-$150k; OTE $200k")
    assert [p.kind for p in pays] == ["base", "ote"]
    assert all(isinstance(p.min_amount, Decimal) for p in pays)
    assert "$120k-$150k" in pays[0].text


_MONEYISH = st.text(alphabet="$€£₹¥0123456789.,'- kKmMLlpaPAhr/toupfrm()+%:\nEstimated", max_size=80)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), _MONEYISH))
def test_never_raises(text):
    pays = find_pay(text)
    choice = choose_pay(pays)
    for pay in pays:
        assert all(a is None or a >= 0 for a in (pay.min_amount, pay.max_amount))
        annual_usd(pay)
        describe(pay)
    assert choice.pay is None or choice.pay in pays or choice.warnings
    mentions_equity(text)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Salario: 25.000 MXN mensuales", "month"),
        ("Remuneração: R$ 3.500 por mês", "month"),
        ("Зарплата 90 000 ₽ в месяц", "month"),
        ("Gehalt: 15 € pro Stunde", "hour"),
    ],
)
def test_periods_named_in_other_languages(text, period):
    pays = find_pay(text)
    assert pays and pays[0].period == period


def test_a_yearly_figure_worked_out_from_the_stated_hourly_pay_gives_way_to_it():
    board = Pay(Decimal("66560"), Decimal("84760"), "USD", "year", text="JSON-LD baseSalary")
    stated = Pay(Decimal("32"), Decimal("40.75"), "USD", "hour", text="Pay: $32.00 - $40.75/hr")
    assert choose_pay([board, stated]).pay == stated
    other = Pay(Decimal("25"), Decimal("30"), "USD", "hour", text="Weekend rate: $25 - $30/hr")
    assert _as_stated(board, [board, other]) is board  # a different figure, not the same pay per hour


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Salário: R$1.615,00 + benefícios", "month"),  # Brazil states pay by the month
        ("Зарплата: 300 000 – 450 000 ₽", "month"),
        ("Compensation: $54—$60 USD", "hour"),  # too small to be a year's pay
        ("TJM entre 450€ et 650€ suivant expérience.", "day"),
        ("Horaire de 11,65 Euros", "hour"),
        ("Salary: $120,000 - $150,000", "year"),
        ("Salary: $2,400 USD", "month"),
        ("日給 7,500円～", "day"),
    ],
)
def test_a_period_no_word_states_is_read_from_the_figure_and_its_currency(text, period):
    choice = choose_pay(find_pay(text))
    assert choice.pay is not None and choice.pay.period == period


def test_a_guessed_period_never_decides_which_figure_is_pay():
    # A stray small figure first, the salary after: the salary is chosen as before the guess existed.
    text = "Meal allowance $30 every shift.\nSalary: $52,000 - $60,000"
    choice = choose_pay(find_pay(text))
    assert (choice.pay.min_amount, choice.pay.period) == (52000, "year")


def test_an_italian_ral_up_to_a_figure_in_thousands():
    (pay,) = find_pay("impiego full-time, RAL fino a 28k (in base al livello di esperienza)", currency="EUR")
    assert (pay.min_amount, pay.max_amount, pay.currency) == (None, 28000, "EUR")


@pytest.mark.parametrize(
    "text, low, period",
    [
        ("Gehalt: ab 1.800 EUR brutto im Monat", 1800, "month"),
        ("Зарплата от 95 000 руб. в месяц", 95000, "month"),
        ("Rémunération : à partir de 32 000 € par an", 32000, "year"),
        ("Salario desde $500.000 mensuales", 500000, "month"),
        ("時給1,300円～", 1300, "hour"),
        ("80,000 VND / hour ~. Each task has an expected time.", 80000, "hour"),
    ],
)
def test_a_figure_from_which_pay_starts_has_no_maximum(text, low, period):
    [pay] = find_pay(text)
    assert (pay.min_amount, pay.max_amount, pay.period) == (low, None, period)


def test_a_tilde_between_two_figures_is_still_a_range():
    [pay] = find_pay("時給1,300円～1,500円")
    assert (pay.min_amount, pay.max_amount) == (1300, 1500)


def test_a_retirement_plan_is_no_pay_figure():
    pays = find_pay("Compensation: $50K/year + health, dental, 401K, 403(b) and 457b plans")
    assert [(p.min_amount, p.period) for p in pays] == [(Decimal("50000"), "year")]


@pytest.mark.parametrize(
    "text, equity",
    [
        ("We offer stock options and RSUs", True),
        ("Employee Stock Purchase Plan", True),
        ("stock assessment surveys since 1973", False),
        ("Stock control and stocktaking", False),
    ],
)
def test_only_a_grant_or_plan_of_stock_is_equity(text, equity):
    assert mentions_equity(text) is equity


def test_one_sentence_s_yearly_and_hourly_figures_keep_the_first():
    pays = find_pay("Compensation: $50K/year or $24/hour + health and paid vacation")
    assert choose_pay(pays).pay.period == "year"


def test_a_minimum_salary_is_a_floor_without_a_ceiling():
    (pay,) = find_pay("Das Mindestgehalt beträgt in Vollzeit 3.237,10 Euro brutto monatlich")
    assert (pay.min_amount, pay.max_amount, pay.period) == (Decimal("3237.10"), None, "month")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("nástup ihned, 180–200 Kč/h.", (Decimal("180"), Decimal("200"), "CZK", "hour")),
        ("Mzda 35 000 Kč měsíčně", (Decimal("35000"), Decimal("35000"), "CZK", "month")),
        ("$120k - $150k a year", (Decimal("120000"), Decimal("150000"), "USD", "year")),
    ],
)
def test_a_currency_word_starting_with_k_is_no_thousands(text, expected):
    (pay,) = find_pay(text)
    assert (pay.min_amount, pay.max_amount, pay.currency, pay.period) == expected
