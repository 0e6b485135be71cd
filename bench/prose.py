"""Sentence templates for synthetic descriptions: varied prose and bullets from a controlled vocabulary.

Slots: {company} {team} {product} {users} {n} {skill} {skill2} {city} {metric} {partner}. Engineering
pools may say "engineer"; ``RUST`` and ``INFRA`` lines are used only by roles flagged for them; every other
pool avoids the reserved words listed in ``corpus.RESERVED_WORDS``.
"""

PRODUCTS = (
    "checkout flow", "mobile app", "analytics dashboard", "booking platform", "claims portal",
    "pricing service", "recommendation feed", "messaging product", "scheduling tool", "billing system",
    "patient portal", "delivery network", "marketplace", "loyalty programme", "reporting suite",
    "onboarding journey", "forecasting models", "inventory system", "support centre", "partner API",
)  # fmt: skip
USERS = (
    "shoppers", "patients", "small businesses", "drivers", "travellers", "students", "clinicians",
    "merchants", "policyholders", "restaurants", "creators", "families", "landlords", "growers",
)  # fmt: skip
METRICS = (
    "conversion", "latency", "uptime", "retention", "accuracy", "cost per order", "time to resolution",
    "customer satisfaction", "revenue", "throughput", "net promoter score", "fill rate",
)  # fmt: skip
PARTNERS = (
    "product managers", "designers", "analysts", "the finance team", "our clinical leads", "operations",
    "customer support", "sales leadership", "legal and compliance", "the founders",
)  # fmt: skip

SUMMARY_OPEN = (
    "{company} is hiring a {title} to join the {team} team.",
    "We are looking for a {title} to help {company} grow the {product} used by {n} {users}.",
    "As a {title} at {company}, you will own meaningful parts of our {product}.",
    "Join {company} as a {title} and help {users} get more from our {product}.",
    "The {team} team at {company} is growing, and we need a {title} who loves clear, careful work.",
)
SUMMARY_BODY = (
    "Our {product} serves {n} {users} every month, and {metric} is the number we watch most closely.",
    "The team works closely with {partner}, writes things down, and ships in small, safe steps.",
    "You will have real ownership from your first month, with support from people who have done this before.",
    "We care about {metric} and about the people who rely on us, in {city} and well beyond it.",
    "This role reports to the head of {team} and has a direct line to the decisions that shape our roadmap.",
    "Last year we doubled the number of {users} we serve without doubling the size of the team.",
    "We prefer boring, proven tools and spend our energy on the problems that matter to {users}.",
    "Most of our week is focused time; meetings are few, short and written up afterwards.",
    "You will join a friendly group of colleagues who review each other's work with care and humour.",
    "We are a profitable business with a long runway, so we plan in years rather than quarters.",
    "The {team} group was formed two years ago and now supports {n} {users} across four regions.",
    "Expect a mix of planned projects and urgent requests, with a clear say in which comes first.",
)

ENGINEERING_SUMMARY = (
    "Our engineers own their services end to end, from design review to the pager.",
    "You will work with a small group of engineers on the systems behind our {product}.",
    "Engineering at {company} means pragmatic design, thorough code review and steady delivery.",
    "The engineering team ships dozens of times a day behind feature flags and careful monitoring.",
)
ENGINEERING_DUTIES = (
    "Design, build and operate services for the {product}, written mostly in {skill}.",
    "Improve {metric} across the {product} by measuring first and changing second.",
    "Review code and designs from other engineers, and help them grow through pairing.",
    "Own production services end to end: deployment, monitoring, alerting and incident response.",
    "Build reliable data pipelines with {skill} and {skill2} that {partner} can trust.",
    "Write clear technical designs and lead their review with engineers across teams.",
    "Break large projects into small, safe releases and ship them continuously.",
    "Instrument services with metrics and tracing so problems are found before {users} notice.",
    "Work with {partner} to turn rough ideas into well-scoped engineering projects.",
    "Reduce operational toil by automating deployments, migrations and on-call runbooks.",
    "Profile and tune hot paths in {skill} services handling {n} requests per second.",
    "Mentor junior engineers and contribute to our engineering hiring process.",
)
ENGINEERING_REQUIREMENTS = (
    "{years}+ years of professional software engineering experience.",
    "Strong experience with {skill} and {skill2} in production systems.",
    "Experience designing and operating distributed systems at scale.",
    "Comfort with relational databases such as {skill}, including schema design and query tuning.",
    "A track record of shipping engineering projects from design to production.",
    "Experience with automated testing, continuous integration and code review.",
    "Clear written communication; you enjoy explaining trade-offs to other engineers.",
    "Experience debugging production incidents calmly and writing thorough post-mortems.",
)
ENGINEERING_NICE = (
    "Experience with {skill} or {skill2}.",
    "Open source contributions you are proud of.",
    "Experience mentoring engineers or leading a small team.",
    "Familiarity with {skill} in a high-traffic environment.",
)
RUST = (
    "Write high-performance services in Rust, with a focus on memory safety and predictable latency.",
    "Several of our core services are written in Rust, and you will help us grow that codebase.",
    "Professional experience writing production Rust, including async code with Tokio.",
)
INFRA = (
    "Build and run the infrastructure that every team at {company} deploys onto.",
    "Improve our cloud infrastructure with {skill}, so teams can ship without waiting on tickets.",
    "Experience operating production infrastructure, including capacity planning and cost control.",
    "Our infrastructure spans three regions and serves {n} requests per second at peak.",
)

# Prose for the other families: (duties, requirements, nice to have).
FAMILY_PROSE = {
    "development": (
        (
            "Build and maintain internal tools and reports with {skill} and {skill2}.",
            "Write well-tested code for the {product} and keep its documentation current.",
            "Analyse data about {users} and present findings to {partner} with clear recommendations.",
            "Automate recurring reports and data checks so {partner} can serve themselves.",
            "Keep our databases healthy: backups, access, upgrades and query performance.",
            "Turn messy questions from {partner} into well-defined analyses and dashboards.",
            "Model {metric} trends and explain the drivers behind them in plain language.",
        ),
        (
            "{years}+ years of experience as a developer, analyst or administrator.",
            "Strong {skill}; working knowledge of {skill2}.",
            "Experience building dashboards or web applications used by non-technical colleagues.",
            "A careful approach to data quality and a habit of checking your numbers twice.",
            "Comfort presenting results to {partner} and answering hard questions about them.",
        ),
        (
            "Experience with {skill}.",
            "A background in statistics or economics.",
            "Familiarity with {skill2}.",
        ),
    ),
    "product": (
        (
            "Own the roadmap for the {product}, grounded in research with {users}.",
            "Run interviews and usability studies, and share what you learn with the whole company.",
            "Design clear flows, prototypes and specifications in {skill}.",
            "Define success metrics such as {metric} and report on them every month.",
            "Work with {partner} to decide what to build next and, just as often, what not to build.",
            "Write crisp product documents and keep them up to date as plans change.",
        ),
        (
            "{years}+ years of experience in product management, design or research.",
            "A portfolio or case studies that show your process as well as your results.",
            "Excellent writing; you can explain a complex decision on one page.",
            "Comfort with data: you can write basic {skill} or work closely with an analyst.",
        ),
        (
            "Experience in a business serving {users}.",
            "Familiarity with {skill}.",
            "Experience in a startup.",
        ),
    ),
    "sales": (
        (
            "Manage a pipeline of prospects and close new business with {users}.",
            "Run discovery calls and product demonstrations tailored to each customer.",
            "Plan and launch campaigns that grow awareness of the {product}.",
            "Keep {skill} accurate and forecast your quarter with confidence.",
            "Partner with {partner} on pricing, proposals and contract terms.",
            "Build long-term relationships with key accounts and find room for expansion.",
        ),
        (
            "{years}+ years of experience in sales, marketing or account management.",
            "A record of meeting or beating targets, with numbers to back it up.",
            "Confident, warm communication in writing, on calls and in person.",
            "Experience with {skill} or a similar CRM.",
        ),
        ("Experience selling to {users}.", "A second language.", "Experience with {skill}."),
    ),
    "operations": (
        (
            "Run month-end close, reconciliations and reporting for the {team} team.",
            "Recruit and interview candidates, and make every candidate's experience a good one.",
            "Keep the {city} office running smoothly, from suppliers to visitor policies.",
            "Build budgets and forecasts with {partner} and track spending against them.",
            "Improve processes with {skill} so recurring work takes less time every month.",
            "Handle payroll, contracts and benefits administration accurately and on time.",
        ),
        (
            "{years}+ years of experience in finance, people operations or administration.",
            "Excellent attention to detail and a calm, organised approach.",
            "Advanced {skill} skills.",
            "A relevant qualification (ACCA, CIMA, CPA, CIPD or similar) is welcome.",
        ),
        ("Experience in a fast-growing company.", "Familiarity with {skill}.", "Experience with audits."),
    ),
    "healthcare": (
        (
            "Provide safe, compassionate care to patients on the {team} unit.",
            "Assess, plan and document care in line with clinical policies.",
            "Educate patients and families about treatment, medication and recovery.",
            "Work with physicians, therapists and {partner} to coordinate care.",
            "Respond to changes in a patient's condition quickly and calmly.",
            "Take part in quality improvement work on the unit.",
        ),
        (
            "A current licence to practise in the state or country of work.",
            "{years}+ years of clinical experience, ideally in {team}.",
            "Current BLS certification; ACLS within six months of hire.",
            "Strong communication and teamwork across shifts.",
        ),
        ("Specialty certification.", "Experience with electronic health records.", "Bilingual skills."),
    ),
    "service": (
        (
            "Help {users} by phone, email and chat, and resolve their questions on first contact.",
            "Pick, pack and ship orders accurately in our {city} fulfilment centre.",
            "Plan routes and schedules, and keep drivers and customers informed.",
            "Open and close the store, handle cash and keep shelves stocked and tidy.",
            "Log issues in {skill} and spot patterns worth raising with {partner}.",
            "Keep a safe, clean workplace and follow every safety procedure.",
        ),
        (
            "{years}+ years of experience in customer service, retail or logistics.",
            "Reliable, punctual and friendly under pressure.",
            "Able to lift up to 50 lbs and stand for long periods (warehouse and store roles).",
            "Basic computer skills; experience with {skill} is a plus.",
        ),
        ("A forklift licence.", "A second language.", "Experience with {skill}."),
    ),
}

ABOUT = (
    "{company} was founded in {year} and now has {staff} people across {offices} offices.",
    "We build the {product} that {n} {users} rely on every week.",
    "{company} is backed by long-term investors and has been profitable since {year}.",
    "Our headquarters are in {city}, and many of us work remotely across several time zones.",
    "We are proud of our culture: kind, direct and curious, with a bias for writing things down.",
    "{company} is an equal opportunity employer and welcomes applicants from every background.",
    "In {year} we were named one of the best places to work in {city}.",
)
BENEFITS = (
    "Private health, dental and vision cover for you and your dependants.",
    "{days} days of paid holiday plus public holidays.",
    "A yearly learning budget of {budget} for books, courses and conferences.",
    "Pension or retirement plan with a company match.",
    "Flexible hours and a home office allowance.",
    "Paid parental leave of {weeks} weeks.",
    "Wellbeing allowance for gym, therapy or hobbies.",
    "Cycle-to-work scheme and commuter benefits.",
    "Annual team retreat somewhere new.",
    "Employee stock options.",
)
CLOSING = (
    "We welcome applications from people of every background and respond to every applicant.",
    "Please tell us about any adjustments you need during the interview process.",
    "Our interview process has three stages and usually takes two weeks.",
)
# Page furniture for the ATS and aggregator shapes (the parser's cleaner should drop it).
ATS_JUNK = (
    "Resume Keywords to Include\nMake sure these keywords appear in your resume to improve ATS scoring\n"
    "Sign up free to auto-tailor your resume with all these keywords and get a higher ATS score\n"
)
AGGREGATOR_TAIL = (
    "\nSimilar jobs\n• {title2} at {company2}\n• {title3} at {company3}\n"
    "More jobs at {company}\nGet job alerts by email. Sign up now!\n"
)

# Combinatorial "recent work" sentences widen the vocabulary, as real postings do.
VERBS = (
    "rebuilt", "simplified", "launched", "redesigned", "migrated", "automated", "measured", "untangled",
    "replaced", "documented", "scaled", "audited", "streamlined", "reorganised", "piloted", "retired",
)  # fmt: skip
ADJECTIVES = (
    "legacy", "nightly", "regional", "self-serve", "multilingual", "seasonal", "wholesale", "quarterly",
    "overnight", "accessible", "offline", "shared", "bespoke", "cross-border", "weekend", "archived",
    "municipal", "perishable", "subscription", "refurbished",
)  # fmt: skip
NOUNS = (
    "invoicing process", "returns workflow", "supplier catalogue", "onboarding checklist", "price list",
    "rota", "fraud review queue", "warehouse layout", "appointment calendar", "referral scheme",
    "tax filing", "contract archive", "translation pipeline", "audit trail", "courier handover",
    "refund policy", "customer survey", "loyalty ledger", "shipping labels", "training handbook",
    "booking widget", "expense approvals", "stock forecast", "triage rota", "pricing page",
)  # fmt: skip
OUTCOMES = (
    "cutting turnaround from days to hours", "so {users} wait less", "halving the number of complaints",
    "which saved {partner} a week every month", "without a single outage", "ahead of the busy season",
    "and won back several lost accounts", "with help from {partner}", "in time for the {city} launch",
    "which lifted {metric} noticeably", "while keeping costs flat", "after listening to {users}",
)  # fmt: skip
PROJECT_OPEN = ("Recently the team", "Last quarter we", "This year the group", "Before that, we", "We also")
HOW_WE_WORK = (
    "We plan in six-week cycles and leave two weeks between them for clean-up and exploration.",
    "Decisions are written down in short proposals that anyone can comment on.",
    "We keep a shared calendar of quiet hours, and nobody expects replies in the evening.",
    "New colleagues get a buddy, a written onboarding plan and a first task on day one.",
    "Feedback is regular, specific and kind, and promotions follow a published framework.",
    "We meet in person twice a year, with travel and accommodation covered.",
    "Our handbook is public, including salary bands, leave policies and how we make decisions.",
    "Everyone takes part in a monthly customer day, listening to calls with {users}.",
    "Small, frequent changes beat big launches; we celebrate both.",
    "We track {metric} openly and review it together every Monday.",
)
