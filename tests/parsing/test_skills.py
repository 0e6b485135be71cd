"""Tests for postings.parsing.skills: plain strings in, skill names out."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from postings.parsing.posting import parse
from postings.parsing.skills import VOCABULARY, Skill, declared_items, find_skills, skill_by_slug
from tests.parsing.seeds import SEEDS


def names(text: str) -> list[str]:
    return [skill.name for skill in find_skills(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Plain names and aliases map to one canonical skill.
        ("Experience with Postgres and Redis", ["PostgreSQL", "Redis"]),
        ("psql, MySQL or SQLite", ["PostgreSQL", "MySQL", "SQLite"]),
        ("We run on GCP", ["Google Cloud"]),
        ("Google Cloud Platform (BigQuery, Pub/Sub)", ["Google Cloud", "BigQuery", "Google Pub/Sub"]),
        ("Amazon Web Services: AWS Lambda, S3, DynamoDB", ["AWS", "AWS Lambda", "S3", "DynamoDB"]),
        ("Microsoft Azure", ["Azure"]),
        ("k8s and Docker", ["Kubernetes", "Docker"]),
        ("Elastic Search clusters", ["Elasticsearch"]),
        ("distributed databases (Cassandra, Scylla etc)", ["Cassandra", "ScyllaDB"]),
        ("SaltStack, Ansible and Terraform", ["Salt", "Ansible", "Terraform"]),
        ("Golang microservices", ["Go", "Microservices"]),
        ("C++17 and C# on .NET Core", ["C++", "C#", ".NET"]),
        ("ASP.NET MVC", ["ASP.NET"]),
        ("Objective-C and Swift", ["Objective-C", "Swift"]),
        ("Next.js/React front end", ["Next.js", "React"]),
        ("Node.js + Express", ["Node.js", "Express"]),
        ("Ruby on Rails monolith", ["Ruby on Rails"]),
        ("Spring Boot services in Java 17", ["Spring Boot", "Java"]),
        ("Apache Spark, Airflow and dbt", ["Spark", "Airflow", "dbt"]),
        ("PyTorch, TensorFlow, scikit-learn, pandas", ["PyTorch", "TensorFlow", "scikit-learn", "pandas"]),
        ("CI/CD pipelines with GitHub Actions", ["CI/CD", "GitHub Actions"]),
        ("REST APIs and GraphQL", ["REST", "GraphQL"]),
        ("NoSQL databases", ["NoSQL"]),
        ("Python runtime internals or the gevent library", ["Python", "gevent"]),
        ("Microsoft SQL Server", ["SQL Server"]),
        ("T-SQL stored procedures", ["SQL"]),
        ("Linux/Unix systems", ["Linux", "Unix"]),
        ("Google   Cloud\nPlatform and Google Cloud Pub/Sub", ["Google Cloud", "Google Pub/Sub"]),
        # Ambiguous short names count in a technical context.
        ("Go, Rust or Python", ["Go", "Rust", "Python"]),
        ("services written in Go.", ["Go"]),
        ("Go and Rust", ["Go", "Rust"]),
        ("Go/Python", ["Go", "Python"]),
        ("Senior Go developer", ["Go"]),
        ("Go 1.22 generics", ["Go"]),
        ("Languages: Go", ["Go"]),
        ("Languages:\n- Go\n- Rust", ["Go", "Rust"]),
        ("R, Python and SQL", ["R", "Python", "SQL"]),
        ("Python or R", ["Python", "R"]),
        ("C/C++", ["C", "C++"]),
        ("C, Rust", ["C", "Rust"]),
        ("proficiency in C", ["C"]),
        (
            "Knowledge of DevOps tools like Salt, Terraform or Kubernetes.",
            ["DevOps", "Salt", "Terraform", "Kubernetes"],
        ),
        ("Experience with Chef or Puppet", ["Chef", "Puppet"]),
        ("Elixir/Phoenix", ["Elixir", "Phoenix"]),
        ("Julia, Python", ["Julia", "Python"]),
        ("Experience with React", ["React"]),
        ("Java/Spring", ["Java", "Spring"]),
        ("Strong Rust skills", ["Rust"]),
        ("Helm charts", ["Helm"]),
        ("Swift and Kotlin", ["Swift", "Kotlin"]),
        # Deduplicated by slug, in order of first appearance.
        ("Postgres first, then PostgreSQL again, then Rust", ["PostgreSQL", "Rust"]),
        ("Kubernetes (k8s) with Helm, Kubernetes everywhere", ["Kubernetes", "Helm"]),
    ],
)
def test_finds_skills(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Go to market with us",
        "Go above and beyond for customers",
        "a go-getter who works on the go",
        "Go-to-market strategy",
        "Let's Go!",
        "We love Google products",
        "R&D budget",
        "C-level executives",
        "Series C, Series D funding",
        "Vitamin C",
        "take it with a grain of salt",
        "Based in Salt Lake City",
        "react to feedback",
        "React to feedback quickly",
        "elastic scaling of compute",
        "in spring we hire interns",
        "Starting in Spring 2026",
        "express your ideas",
        "Express interest by email",
        "American Express card",
        "Node",
        "rust on old pipes",
        "SWIFT payments experience",
        "Spark innovation across teams",
        "Excel in a fast-paced environment",
        "Chef de cuisine",
        "Puppet show",
        "Based in Phoenix, AZ",
        "Julia Roberts joined the board",
        "Ruby Tuesday lunch",
        "at the helm of the team",
        "rest assured, we will respond",
        "angular momentum",
        "strong tailwinds in our market",
        "TS/SCI clearance required",
        "working at Oracle for years",
        "elk hunting",
        "see https://golang.org/doc and github.com/rust-lang/rust",
    ],
)
def test_ignores_ordinary_english(text):
    assert find_skills(text) == []


def test_go_at_the_start_of_a_line_after_a_skill_list_item():
    assert names("- Experience with Kubernetes\n- Go above and beyond") == ["Kubernetes"]


def test_java_is_not_javascript():
    assert names("JavaScript and TypeScript") == ["JavaScript", "TypeScript"]


def test_c_is_not_in_cpp_or_csharp():
    assert names("C++ and C#") == ["C++", "C#"]


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("PostgreSQL", "postgresql"),
        ("Google Cloud", "google-cloud"),
        ("C++", "c-plus-plus"),
        ("C#", "c-sharp"),
        ("Google Pub/Sub", "google-pub-sub"),
        (".NET", "dotnet"),
        ("Next.js", "next-js"),
        ("CI/CD", "ci-cd"),
    ],
)
def test_slugs(name, slug):
    skill = skill_by_slug(slug)
    assert skill is not None
    assert skill.name == name


@pytest.mark.parametrize("slug", ["", "nope", "Python", None])
def test_skill_by_slug_unknown(slug):
    assert skill_by_slug(slug) is None


def test_skill_is_frozen():
    skill = skill_by_slug("go")
    assert skill == Skill(name="Go", slug="go", category="language")
    with pytest.raises(AttributeError):
        skill.name = "Golang"


def test_vocabulary_is_consistent():
    slugs = [skill.slug for skill in VOCABULARY]
    categories = {"language", "database", "cloud", "infrastructure", "framework", "data", "tool", "practice"}
    assert len(slugs) == len(set(slugs))
    assert len(VOCABULARY) >= 250
    assert all(skill.category in categories for skill in VOCABULARY)
    assert all(skill.slug and skill.slug.replace("-", "").isalnum() for skill in VOCABULARY)


def test_every_skill_finds_itself_in_a_list():
    for skill in VOCABULARY:
        if skill.name in {"Beam", "Pinot", "Superset"}:  # only "Apache X": the bare word is too common
            continue
        assert skill in find_skills(f"Python, {skill.name}, Kubernetes"), skill.name


@given(st.text())
def test_never_raises(text):
    skills = find_skills(text)
    assert len({skill.slug for skill in skills}) == len(skills)


_TOKENS = [
    "Go",
    "R",
    "C",
    "Salt",
    "React",
    "Spring",
    "C++",
    "C#",
    ".NET",
    "in",
    "with",
    "Languages:",
    "and",
    ",",
    "/",
    "&",
    "-",
    "\n",
    "- ",
    "Lake",
    "developer",
    "1.2",
    "https://go.dev",
    "etc",
    "(",
    "Python",
]


@given(st.lists(st.sampled_from(_TOKENS) | st.text(max_size=3)).map("".join))
def test_never_raises_on_skill_like_text(text):
    assert all(isinstance(skill, Skill) for skill in find_skills(text))


@pytest.mark.parametrize("value", [None, 42, b"Python"])
def test_non_text_gives_nothing(value):
    assert find_skills(value) == []


# The seed postings, pasted so the tests do not depend on ../shared. Trailing spaces are stripped.
SEEDS_SKILLS = {
    "000": [
        "Rust",
        "Elixir",
        "Python",
        "ScyllaDB",
        "Cassandra",
        "PostgreSQL",
        "Elasticsearch",
        "Google Cloud",
    ],
    "001": [
        "Rust",
        "Elixir",
        "Python",
        "ScyllaDB",
        "Cassandra",
        "PostgreSQL",
        "Elasticsearch",
        "Google Cloud",
    ],
    "002": ["Python", "Rust", "Kubernetes", "Google Pub/Sub", "gevent"],
    "003": ["Elixir", "Erlang", "Rust", "Linux", "Cassandra", "ScyllaDB", "Salt", "Terraform", "Kubernetes"],
}


@pytest.mark.parametrize("seed", sorted(SEEDS_SKILLS))
def test_seed_postings(seed):
    found = names(SEEDS[seed])
    assert set(SEEDS_SKILLS[seed]) <= set(found)
    assert "Go" not in found and "R" not in found and "C" not in found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Requirements: Excel, Word, PowerPoint and Outlook.",
            {"Excel", "Microsoft Word", "PowerPoint", "Outlook"},
        ),
        (
            "Experience with Agile and Scrum; Airtable and Notion daily.",
            {"Agile", "Scrum", "Airtable", "Notion"},
        ),
        ("Conocimientos de Ofimática y metodologías ágiles.", {"Microsoft Office", "Agile"}),
    ],
)
def test_office_tools_and_methods_postings_of_every_trade_ask_for(text, names):
    assert names <= {skill.name for skill in find_skills(text)}


@pytest.mark.parametrize(
    "text", ["We lean on each other.", "Go to the word of mouth.", "A notion of time.", "Sage advice."]
)
def test_ordinary_words_that_are_also_tools_stay_words(text):
    assert not {skill.name for skill in find_skills(text)} & {"Lean", "Microsoft Word", "Notion", "Sage"}


@pytest.mark.parametrize(
    "text, names",
    [
        # Chinese and Japanese write no blanks between words: a name glued to them is still a name.
        ("精通JavaScript，Ajax，DOM等前端技术，精通Vue前端框架", {"JavaScript", "Vue"}),
        ("熟练掌握主流的前端基础框架，如 Vue.js，React，且有一定的开发经验", {"Vue", "React"}),
        ("Python自动化测试工程师", {"Python"}),
        # Cues of other languages put an ambiguous name in context.
        ("Buenos conocimientos de Excel y trato con clientes", {"Excel"}),
        ("Goda kunskaper i svenska, både i tal och skrift", {"Swedish"}),
        ("You have excellent communication skills in English", {"English"}),
    ],
)
def test_names_in_scripts_without_blanks_and_cues_of_other_languages(text, names):
    assert names <= {s.name for s in find_skills(text)}


def test_a_name_inside_a_latin_word_is_still_no_name():
    assert "Go" not in {s.name for s in find_skills("Wir suchen Gorillas und Gotik")}
    assert "Java" not in {s.name for s in find_skills("熟悉Javanese文化")}


def test_skills_postings_of_every_kind_ask_for_by_name():
    text = (
        "Strong written and verbal communication, project management and time management skills. "
        "Help desk and system administration experience. Embedded software on Yocto. Languages: Estonian."
    )
    assert {
        "Communication", "Project Management", "Time Management", "Help Desk", "System Administration",
        "Embedded Systems", "Estonian",
    } <= {s.name for s in find_skills(text)}  # fmt: skip


def test_skills_of_managers_testers_and_offices_by_name():
    text = (
        "Stakeholder management, risk management and negotiation. Troubleshooting and attention to detail. "
        "Unit testing and test automation; data pipelines and data visualization. Accounting and filing."
    )
    assert {
        "Stakeholder Management", "Risk Management", "Negotiation", "Troubleshooting", "Attention to Detail",
        "Unit Testing", "Test Automation", "Data Pipelines", "Data Visualization", "Accounting", "Filing",
    } <= {s.name for s in find_skills(text)}  # fmt: skip


# Skills a posting lists as its skills, names written in another case in a list, spoken languages asked for.


def _names(text: str) -> list[str]:
    return [skill.name for skill in find_skills(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Essencial: Springbot, redis,oracle, microserviços, junit.", ["Redis", "Oracle", "JUnit"]),
        ("Connaissances requises: SQL, PL/PGSQL, bash;", ["SQL", "PL/pgSQL", "Bash"]),
        ("frameworks like vue, react, backbone, and node.js", ["Vue", "React", "Backbone.js", "Node.js"]),
    ],
)
def test_a_cased_name_written_in_lower_case_in_a_list(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "add salt, pepper and oil",
        "pour the salt, sugar, flour",
        "excel, word and outlook",
        "we go to rust belt",
    ],
)
def test_lower_case_words_in_a_list_without_a_skill_are_no_skills(text):
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We need senior developers with a good English level.", ["English"]),
        ("Speaking English", ["English"]),
        ("Sehr gute Kenntnisse von Deutsch und Englisch in Wort und Schrift", ["German", "English"]),
        ("Du har goda kunskaper i det svenska språket.", ["Swedish"]),
        ("Se valora conocimiento de inglés o francés.", ["English", "French"]),
        ("Du förväntas kunna såväl finska som svenska.", ["Finnish", "Swedish"]),
        ("English: C1 (written & spoken)", ["English"]),
    ],
)
def test_a_spoken_language_asked_for(text, expected):
    assert _names(text) == expected


def test_a_language_named_in_passing_is_no_skill():
    assert _names("The website is in English and the team is in Berlin.") == []


def test_names_joined_by_and_in_other_languages_are_a_list():
    assert _names("Esperienza in Python e Go") == ["Python", "Go"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Key Skills: Field Sales, B2B Marketing, Lyon, Remote",
            ["Field Sales", "B2B Marketing", "Lyon", "Remote"],
        ),
        (
            "Skills:\nRöntgenschein\nProfessionelle Zahnreinigung\n\nBenefits",
            ["Röntgenschein", "Professionelle Zahnreinigung"],
        ),
        (
            "## Tech stack\n\n- oracle, redis\n- Spring Boot\n\nWe build things.",
            ["oracle", "redis", "Spring Boot"],
        ),
        ("Skills:\nYou will own our data platform and talk to customers every day.\n", []),
    ],
)
def test_items_a_posting_lists_as_its_skills(text, expected):
    assert [item for item, _own in declared_items(text)] == expected


def test_tags_count_only_where_the_vocabulary_knows_them():
    record = '{"title": "DevOps Engineer", "company_name": "Skaylink", "description": "Run our cloud '
    record += (
        'platform for enterprise customers every day.", "tags": ["Managed Cloud Services", "Kubernetes"]}'
    )
    names = [skill.name for skill in parse(record, filename="job.json").skills]
    assert "Kubernetes" in names and "Managed Cloud Services" not in names


def test_a_form_default_is_no_skill():
    assert declared_items("Key skills: Не указано") == []


def test_declared_items_keep_their_vocabulary_name_or_their_own():
    posting = parse(
        "Dental Hygienist\n\nWe run a practice in Nyon.\n\n"
        "Skills:\nRöntgenschein\noracle\nLyon\n\nBenefits\n- Pay\n",
        filename="job.txt",
    )
    names = [skill.name for skill in posting.skills]
    assert names[:2] == ["Röntgenschein", "Oracle"] and "Lyon" not in names
    assert posting.skills[0].slug == "röntgenschein"


def test_a_record_skills_field_lists_skills_and_its_keywords_the_known_ones():
    record = '{"title": "Frontend Developer", "company_name": "Angel One", "description": "Build our app for '
    record += 'millions of investors, with care for speed.", "skills": ["CSS", "Web Vitals"], '
    record += '"keywords": ["Kubernetes", "software engineer"]}'
    names = [skill.name for skill in parse(record, filename="job.json").skills]
    assert {"CSS", "Web Vitals", "Kubernetes"} <= set(names) and "software engineer" not in names
