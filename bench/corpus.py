"""Word pools for the synthetic generator: companies, places, job families, teams and pay levels.

The pools are chosen so that search figures mean something: only the engineering family (about 30 % of
roles) uses any word stemming to "engin" (engineer, engineering, engine), only roles flagged for it say
"Rust" or "infrastructure", and every other pool avoids those words (``tests/test_bench.py`` checks).
"""

from dataclasses import dataclass

COMPANY_HEADS = (
    "Acorn", "Addison", "Alder", "Amber", "Anchor", "Apex", "Arbor", "Ardent", "Aspen", "Atlas", "Aurora",
    "Azure", "Badger", "Beacon", "Birch", "Bluebird", "Bolt", "Boulder", "Bramble", "Brightpath", "Brook",
    "Cascade", "Cedar", "Cinder", "Clover", "Cobalt", "Comet", "Copper", "Coral", "Crescent", "Crimson",
    "Cypress", "Delta", "Driftwood", "Ember", "Evergreen", "Falcon", "Fernhill", "Firefly", "Flint",
    "Foxglove", "Garnet", "Glacier", "Granite", "Harbor", "Hawthorn", "Heron", "Hollow", "Indigo", "Iris",
    "Ivory", "Jade", "Juniper", "Kestrel", "Lantern", "Larch", "Laurel", "Lumen", "Maple", "Marigold",
    "Meadow", "Meridian", "Mosaic", "Northwind", "Oakridge", "Obsidian", "Olive", "Onyx", "Orchard",
    "Osprey", "Pebble", "Pinecrest", "Polaris", "Quartz", "Quill", "Raven", "Redwood", "Ridge", "Saffron",
    "Sage", "Sapphire", "Sequoia", "Sierra", "Silver", "Sparrow", "Spruce", "Summit", "Tidewater",
    "Timber", "Topaz", "Tundra", "Umber", "Vireo", "Willow", "Zephyr",
)  # fmt: skip
COMPANY_TAILS = (
    "Analytics", "Bank", "Bio", "Capital", "Care", "Cloud", "Commerce", "Data", "Dynamics", "Energy",
    "Foods", "Freight", "Games", "Health", "Insurance", "Labs", "Learning", "Logistics", "Media",
    "Metrics", "Mobility", "Networks", "Pay", "Pharma", "Retail", "Robotics", "Security", "Software",
    "Studio", "Systems", "Technologies", "Therapeutics", "Travel", "Ventures", "Works",
)  # fmt: skip
LEGAL_SUFFIXES = ("", "", "", "", " Inc.", " Ltd", " GmbH", " LLC", " Corp.", " SA", " B.V.")

# "City|Region|ISO country|currency" — currency is what a posting there is paid in.
CITIES = """\
San Francisco|California|US|USD
New York|New York|US|USD
Seattle|Washington|US|USD
Austin|Texas|US|USD
Boston|Massachusetts|US|USD
Chicago|Illinois|US|USD
Denver|Colorado|US|USD
Los Angeles|California|US|USD
Atlanta|Georgia|US|USD
Portland|Oregon|US|USD
Miami|Florida|US|USD
Raleigh|North Carolina|US|USD
Minneapolis|Minnesota|US|USD
Pittsburgh|Pennsylvania|US|USD
Salt Lake City|Utah|US|USD
Phoenix|Arizona|US|USD
Nashville|Tennessee|US|USD
Columbus|Ohio|US|USD
Toronto|Ontario|CA|CAD
Vancouver|British Columbia|CA|CAD
Montreal|Quebec|CA|CAD
Calgary|Alberta|CA|CAD
London|England|GB|GBP
Manchester|England|GB|GBP
Edinburgh|Scotland|GB|GBP
Bristol|England|GB|GBP
Dublin|Leinster|IE|EUR
Berlin|Berlin|DE|EUR
Munich|Bavaria|DE|EUR
Hamburg|Hamburg|DE|EUR
Frankfurt|Hesse|DE|EUR
Paris|Ile-de-France|FR|EUR
Lyon|Auvergne-Rhone-Alpes|FR|EUR
Amsterdam|North Holland|NL|EUR
Rotterdam|South Holland|NL|EUR
Madrid|Madrid|ES|EUR
Barcelona|Catalonia|ES|EUR
Lisbon|Lisbon|PT|EUR
Milan|Lombardy|IT|EUR
Vienna|Vienna|AT|EUR
Brussels|Brussels|BE|EUR
Helsinki|Uusimaa|FI|EUR
Zurich|Zurich|CH|CHF
Geneva|Geneva|CH|CHF
Stockholm|Stockholm|SE|SEK
Oslo|Oslo|NO|NOK
Copenhagen|Capital Region|DK|DKK
Warsaw|Masovia|PL|PLN
Krakow|Lesser Poland|PL|PLN
Prague|Prague|CZ|CZK
Budapest|Budapest|HU|HUF
Bucharest|Bucharest|RO|RON
Tel Aviv|Tel Aviv|IL|ILS
Dubai|Dubai|AE|AED
Bangalore|Karnataka|IN|INR
Hyderabad|Telangana|IN|INR
Pune|Maharashtra|IN|INR
Mumbai|Maharashtra|IN|INR
Singapore||SG|SGD
Tokyo|Tokyo|JP|JPY
Osaka|Osaka|JP|JPY
Seoul|Seoul|KR|KRW
Sydney|New South Wales|AU|AUD
Melbourne|Victoria|AU|AUD
Auckland|Auckland|NZ|NZD
Sao Paulo|Sao Paulo|BR|BRL
Mexico City|CDMX|MX|MXN
Buenos Aires|Buenos Aires|AR|USD
Bogota|Bogota|CO|COP
Cape Town|Western Cape|ZA|ZAR
Nairobi|Nairobi|KE|KES
Lagos|Lagos|NG|NGN
Manila|Metro Manila|PH|PHP
Kuala Lumpur|Kuala Lumpur|MY|MYR
"""
CITY_ROWS = tuple(tuple(line.split("|")) for line in CITIES.splitlines() if line)
COUNTRY_NAMES = {
    "US": "United States", "CA": "Canada", "GB": "United Kingdom", "IE": "Ireland", "DE": "Germany",
    "FR": "France", "NL": "Netherlands", "ES": "Spain", "PT": "Portugal", "IT": "Italy", "AT": "Austria",
    "BE": "Belgium", "FI": "Finland", "CH": "Switzerland", "SE": "Sweden", "NO": "Norway", "DK": "Denmark",
    "PL": "Poland", "CZ": "Czechia", "HU": "Hungary", "RO": "Romania", "IL": "Israel", "AE": "UAE",
    "IN": "India", "SG": "Singapore", "JP": "Japan", "KR": "South Korea", "AU": "Australia",
    "NZ": "New Zealand", "BR": "Brazil", "MX": "Mexico", "AR": "Argentina", "CO": "Colombia",
    "ZA": "South Africa", "KE": "Kenya", "NG": "Nigeria", "PH": "Philippines", "MY": "Malaysia",
}  # fmt: skip
# Remote roles restricted to a country hire there: these are the usual ones.
REMOTE_COUNTRIES = ("US", "US", "US", "CA", "GB", "DE", "NL", "ES", "PL", "IN", "AU", "BR")


@dataclass(frozen=True)
class Family:
    """A group of job titles sharing prose, skills, pay level and the words they may use."""

    key: str
    weight: float
    titles: tuple[str, ...]
    teams: tuple[str, ...]
    skills: tuple[str, ...]  # skill slugs from postings.parsing.skills.VOCABULARY
    base_usd: int  # mid-level yearly base pay in the US
    hourly: float  # share of postings paid by the hour (or day for contracts)


ENGINEERING = Family(
    "engineering",
    0.30,
    (
        "Software Engineer", "Backend Engineer", "Frontend Engineer", "Full Stack Engineer",
        "Site Reliability Engineer", "Platform Engineer", "Data Engineer", "Machine Learning Engineer",
        "DevOps Engineer", "Security Engineer", "Embedded Software Engineer", "Mobile Engineer",
        "QA Engineer", "Distributed Systems Engineer",
    ),
    (
        "Payments", "Identity", "Search", "Growth", "Core Platform", "Data Platform", "Observability",
        "Developer Experience", "Messaging", "Billing", "Mobile", "Storage", "Networking",
        "Safety and Integrity", "ML Platform", "Checkout", "Notifications", "Realtime",
    ),
    (
        "python", "go", "java", "kotlin", "scala", "c-plus-plus", "typescript", "javascript", "ruby",
        "elixir", "postgresql", "mysql", "redis", "cassandra", "scylladb", "kafka", "kubernetes",
        "docker", "terraform", "aws", "google-cloud", "azure", "grpc", "prometheus", "grafana",
        "react", "django", "node-js", "spark", "airflow", "pytorch", "linux", "graphql",
        "distributed-systems", "microservices", "ci-cd", "elasticsearch", "dynamodb", "swift",
    ),
    150_000,
    0.04,
)  # fmt: skip
# Families outside engineering; none of their words stem to "engin".
OTHER_FAMILIES = (
    Family(
        "development", 0.12,
        (
            "Software Developer", "Python Developer", "Web Developer", "Data Analyst", "Data Scientist",
            "Database Administrator", "Systems Administrator", "Business Intelligence Analyst",
        ),
        ("Analytics", "Reporting", "Internal Tools", "Web", "Insights", "Data Science"),
        (
            "python", "sql", "javascript", "typescript", "php", "postgresql", "mysql", "tableau",
            "power-bi", "looker", "pandas", "excel", "react", "django", "linux", "dbt", "snowflake",
        ),
        115_000, 0.06,
    ),
    Family(
        "product", 0.08,
        ("Product Manager", "Product Designer", "UX Researcher", "Technical Writer", "Product Analyst"),
        ("Product", "Design", "Research", "Documentation", "Onboarding"),
        ("figma", "jira", "sql", "looker", "excel"),
        130_000, 0.03,
    ),
    Family(
        "sales", 0.15,
        (
            "Account Executive", "Sales Development Representative", "Marketing Manager",
            "Content Strategist", "Customer Success Manager", "Partnerships Manager",
        ),
        ("Mid-Market", "Enterprise", "SMB", "Brand", "Demand Generation", "Partnerships"),
        ("salesforce", "excel", "looker", "tableau"),
        90_000, 0.05,
    ),
    Family(
        "operations", 0.12,
        (
            "Accountant", "Financial Analyst", "Recruiter", "Office Manager", "Operations Coordinator",
            "People Partner", "Bookkeeper", "Payroll Specialist",
        ),
        ("Finance", "People", "Talent", "Workplace", "Operations", "Accounting"),
        ("excel", "salesforce", "power-bi"),
        80_000, 0.15,
    ),
    Family(
        "healthcare", 0.10,
        (
            "Registered Nurse", "Respiratory Therapist", "Pharmacist", "Medical Assistant",
            "Physical Therapist", "Clinical Coordinator",
        ),
        ("Med/Surg", "ICU", "Outpatient", "Emergency", "Pediatrics", "Oncology"),
        (),
        85_000, 0.6,
    ),
    Family(
        "service", 0.13,
        (
            "Customer Support Specialist", "Warehouse Associate", "Logistics Coordinator", "Store Manager",
            "Delivery Driver", "Barista", "Dispatcher",
        ),
        ("Support", "Fulfilment", "Logistics", "Retail", "Stores"),
        ("excel", "jira"),
        45_000, 0.7,
    ),
)  # fmt: skip
FAMILIES = (ENGINEERING, *OTHER_FAMILIES)

# Seniority: (value, weight, title prefix, pay multiplier, minimum years).
LEVELS = (
    ("intern", 2, "", 0.35, None),
    ("junior", 10, "Junior", 0.7, 1),
    ("mid", 27, "", 1.0, 3),
    ("senior", 30, "Senior", 1.3, 5),
    ("staff", 7, "Staff", 1.6, 8),
    ("principal", 3, "Principal", 1.9, 10),
    ("lead", 7, "Lead", 1.4, 6),
    ("manager", 8, "", 1.5, 6),
    ("director", 4, "Director of", 2.0, 10),
    ("vp", 2, "VP of", 2.5, 12),
)
WORK_MODES = (("remote", 30), ("hybrid", 40), ("onsite", 30))
EMPLOYMENT_TYPES = (("full_time", 86), ("part_time", 5), ("contract", 7), ("temporary", 2))
# Words only flagged roles may use, and their stems (PostgreSQL's English stemmer folds engineering,
# engineer and engine into "engin").
RESERVED_WORDS = ("engin", "rust", "infrastructure")
