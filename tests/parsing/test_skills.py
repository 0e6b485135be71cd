"""Tests for postings.parsing.skills: plain strings in, skill names out."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from postings.parsing.skills import VOCABULARY, Skill, find_skills, skill_by_slug


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


SEEDS = {
    "000": """\
Discord is looking for a Principal Software Engineer to join our Infrastructure organization. In this role, you will operate across infrastructure teams to shape our technical vision and ensure Discord runs reliably at immense scale. You will contribute to our long-term roadmap and tackle our most complex technical challenges.
What You'll Do
- Lead Discord's most critical infrastructure initiatives.
- Define and drive the technical vision and multi-year roadmap for Infrastructure.
- Partner with leadership across the company to ensure infrastructure capabilities enable product innovation.
- Design systems that balance reliability, cost-efficiency, and scalability.
- Mentor and grow senior engineers across multiple teams.
- Represent Discord's engineering culture externally through blog posts, conference talks, and open source.
What We're Looking For
- 10+ years of experience building and operating large-scale distributed systems.
- Experience architecting complex infrastructure serving hundreds of millions of users with strict uptime requirements.
- Deep expertise in backend systems, databases, and the operational realities of running systems at scale.
- Ability to navigate significant ambiguity and make sound technical decisions that hold up over time.
- Experience influencing technical direction across many teams without direct authority.
- Strong communication skills and the ability to articulate complex technical concepts to any audience.
- A passion for mentorship and raising the capabilities of engineers around you.
Nice to Have
- Experience with Rust, Elixir, or Python in production systems.
- Expertise with distributed databases like ScyllaDB, Cassandra, or similar.
- Expertise building large scale chat products.
- History of open source contributions.
Technical Stack
- Languages: Rust, Elixir, Python
- Databases: ScyllaDB, Postgres, Elasticsearch
- Cloud: Google Cloud
Team & Environment
You will be a technical leader within Discord's Infrastructure organization, working across teams.
Benefits & Compensation
- Compensation range: $400,000 to $450,000 + equity
- Equity
- Benefits
Work Mode
This is a hybrid role for candidates located in the San Francisco Bay Area (Alameda, Contra Costa, Marin, Napa, San Francisco, San Mateo, Santa Clara, Solano, and Sonoma counties).
Discord is committed to inclusion and providing reasonable accommodations during the interview process.
""",  # noqa: E501
    "001": """\
Resume Keywords to Include
Make sure these keywords appear in your resume to improve ATS scoring
Sign up free to auto-tailor your resume with all these keywords and get a higher ATS score
Job Description
Discord is used by over 200 million people every month for many different reasons, but there’s one thing that nearly everyone does on our platform: play video games. Over 90% of our users play games, spending a combined 1.5 billion hours playing thousands of unique titles on Discord each month. Discord plays a uniquely important role in the future of gaming. We are focused on making it easier and more fun for people to talk and hang out before, during, and after playing games.
Discord's Infrastructure organization is the backbone of everything our users experience. From the real-time delivery of 40M+ events per second to storing trillions of messages, our systems power the connections between 200M+ active users. As a Principal Engineer in this organization, you'll operate across our infrastructure teams to shape our technical vision and keep Discord running reliably at massive scale.
This is a role for someone who thrives at the intersection of deep technical expertise and organizational leadership. You'll contribute to the long-term infrastructure roadmap, tackle our most complex and ambiguous technical challenges, and ensure Discord's systems remain reliable, efficient, and ready for the next 200M users.
You will:
- Lead Discord's most critical infrastructure initiatives.
- Define and drive the technical vision and multi-year roadmap for Infrastructure, aligning teams around shared architectural principles.
- Partner with leadership across the company to ensure infrastructure capabilities enable product innovation.
- Design systems that balance reliability, cost-efficiency, and scalability.
- Mentor and grow senior engineers across multiple teams, raising the technical bar organization-wide.
- Represent Discord's engineering culture externally through blog posts, conference talks, and open source contributions.
You have:
- 10+ years of experience building and operating large-scale distributed systems.
- Experience architecting complex infrastructure serving hundreds of millions of users with strict uptime requirements.
- Deep expertise in backend systems, databases, and the operational realities of running systems at scale.
- Ability to navigate significant ambiguity and make sound technical decisions that hold up over time.
- Experience influencing technical direction across many teams without direct authority.
- Strong communication skills and you can articulate complex technical concepts to any audience and build alignment around your vision.
- A passion for mentorship and raising the capabilities of engineers around you.
Bonus points:
- Experience with Rust, Elixir, or Python in production systems.
- Expertise with distributed databases like ScyllaDB, Cassandra, or similar.
- Expertise building large scale chat products.
- History of open source contributions.
Things that might interest you:
- Our languages: Rust, Elixir, and Python.
- Our databases: ScyllaDB, Postgres and Elasticsearch.
- Our systems are deployed in Google Cloud.
- Our infrastructure teams shared many blog posts over the years. Some highlights:
- How Discord Stores Trillions of Messages
- Maxjourney: Pushing Discord’s Limits with a Million+ Online Users in a Single Server
- Modern Image Formats at Discord: Supporting WebP and AVIF
- How Discord Supercharges Network Disks for Extreme Low Latency
- Using Rust to Scale Elixir for 11 Million Concurrent Users
- All jobs at Discord →
More Jobs at Discord
View all →Engineering Manager, Ads Formats
Discord
Senior Software Engineer, Mobile Architecture
Discord
Senior Security Software Engineer, Detection and Response
Discord
Senior Data Scientist, Analytics - GTM Ads
Discord
Workplace Operations Program Manager
Discord
Want AI-powered job matching?
Upload your resume and get every job scored, your resume tailored, and hiring manager emails found - automatically.
Get Started Free
""",  # noqa: E501
    "002": """\
Senior Software Engineer - Platform Infrastructure
at Discord
San Francisco Bay Area (US)
Discord is used by over 200 million people every month for many different reasons, but there’s one thing that nearly everyone does on our platform: play video games. Over 90% of our users play games, spending a combined 1.5 billion hours playing thousands of unique titles on Discord each month. Discord plays a uniquely important role in the future of gaming. We are focused on making it easier and more fun for people to talk and hang out before, during, and after playing games.
Our Platform Infrastructure teams are responsible for building and maintaining the critical systems that power Discord's core services. These systems handle hundreds of thousands of requests per second, process tens of billions of transactions daily, and enable millions of users to connect seamlessly. Through developing and operating foundational platform components, our work allows internal developers to rapidly and safely deliver new features to production while ensuring Discord remains reliable, efficient, and scalable.
As a Senior Software Engineer on these teams, you will continuously improve our codebase, processes, and infrastructure - affecting nearly every interaction users have on Discord!
What You'll Be Doing:
- Ensure the reliable and efficient operation of critical systems that serve millions of users daily.
- Design, develop, and scale distributed systems from the ground up.
- Write code and manage infrastructure to support high-performance services.
- Enable dozens of teams to deploy code to production quickly and safely.
- Use and enhance observability tools to troubleshoot complex issues.
- Instrument services to establish robust data collection and monitoring pipelines.
- Coach and mentor other engineers, enabling their development.
- Become a vital part of a small team of talented engineers passionate about keeping Discord running smoothly.
What you have:
- 5+ years of experience designing and developing backend systems.
- Experience scaling distributed systems.
- Experience operating complex services in a production environment.
- Familiarity with open source software, and the ability to dig into a library's source code to find the answer you're looking for.
- Confidence in making tradeoffs when leading projects to ensure constant progress.
Bonus Points:
- Experience with Python or Rust.
- Experience deploying and managing containerized applications with Kubernetes.
- Experience with Google Pub/Sub or other message queue systems.
- A deep understanding of Python runtime internals or the gevent library.
- You have built or contributed to open source projects.
- You are a Discord power user and have built bots or apps interacting with our platform.
Candidates must reside in or be willing to relocate to the San Francisco Bay Area (Alameda, Contra Costa, Marin, Napa, San Francisco, San Mateo, Santa Clara, Solano, and Sonoma counties). Relocation assistance may be available.
The US base salary range for this full-time position is $196,000 to $220,500 + equity + benefits. Our salary ranges are determined by role and level. Within the range, individual pay is determined by additional factors, including job-related skills, experience, and relevant education or training. Please note that the compensation details listed in US role postings reflect the base salary only, and do not include equity, or benefits.
Why Discord?
Discord plays a uniquely important role in the future of gaming. We're a multiplatform, multigenerational and multiplayer platform that helps people deepen their friendships around games and shared interests. We believe games give us a way to have fun with our favorite people, whether listening to music together or grinding in competitive matches for diamond rank. Join us in our mission! Your future is just a click away!
Discord is committed to inclusion and providing reasonable accommodations during the interview process. We want you to feel set up for success, so if you are in need of reasonable accommodations, please let your recruiter know.
Please see our Applicant and Candidate Privacy Policy for details regarding Discord’s collection and usage of personal information relating to the application and recruitment process by clicking HERE.
""",  # noqa: E501
    "003": """\
Staff Software Engineer| Real Time Infrastructure

  • Category: IT Engineer & Developer Jobs
  • Location: San Francisco, California
  • Job Type: Full Time / Part Time
  • Salary: Estimated: $ 16K to 19K
  • Published on: 2025/09/21

Job description
This position is US based only.

Discord is about giving people the power to create space to find belonging in their lives. We want to make it easier for you to talk regularly with the people you care about. We want you to build genuine relationships with your friends and communities close to home or around the world. Original, reliable, playful, and relatable. These are the values that connect our users and our employees at Discord.

The Real Time Infrastructure team is responsible for building, maintaining, and scaling the systems that power chat, push notifications, presence, and more for over 150 million active users. This role will have a significant impact on the quality and performance of these features, including features built on top of our infrastructure. This team is a small but impactful team, whose work has direct and critical impact on Discord's success and ability to scale. This role reports to the Engineering Manager of Real Time Infrastructure.

Example technical challenges that this team encounters include supporting the dispatch of more than 30 million messages per second and building the infrastructure that allows Discord Servers to grow their communities to more than 20 million users, such as Midjourney.

What you'll be doing:
• Build and operate large-scale, reliable and performant distributed systems to support Discord's real time features and services.
• Collaborate with product and infrastructure teams to develop primitives that provide compounding leverage for Discord engineering by reliably storing and serving user data, while also protecting the safety of our user data.
• Exercise "First Principles Thinking" to always deliver what matters most to our users.

What You Should Have:
• 7+ years of experience building performant distributed systems.
• Genuine interest and enthusiasm in solving complex technical problems, investigating regressions, and finding ways to improve our systems' performance.
• Strong understanding of observability and monitoring.
• Flexibility in undefined environments and excitement about devising solutions for complex technical challenges.
• Familiarity with reading and writing code in large existing codebases
• Demonstrated capability and empathy when collaborating with other engineering teams to solve issues.
• A wide range of experience across many domains and technologies, and a willingness to venture into new ones.

Bonus points:
• It's a plus if you're knowledgeable in Elixir, Erlang, or Rust.
• Strong operating systems, distributed systems and concurrency control fundamentals.
• Familiarity with Linux internals.
• Experience working with NoSQL databases (Cassandra, Scylla etc).
• Knowledge of DevOps tools like Salt, Terraform or Kubernetes.
• You have built or contributed to open source projects.

The US base salary range for this full-time position is $223,000 to $245,500 + equity + benefits. Our salary ranges are determined by role and level. Within the range, individual pay is determined by additional factors, including job-related skills, experience, and relevant education or training. Please note that the compensation details listed in US role postings reflect the base salary only, and do not include equity, or benefits.

Please see our Applicant and Candidate Privacy Policy for details regarding Discord's collection and use of personal information relating to the application and recruitment process by clicking here.

Discord is an equal opportunity employer that believes diversity inspires creativity and innovation. We are committed to fostering an inclusive environment where employees can do their best work free of harassment or discrimination, regardless of race, ethnicity, religion, gender identity or expression, ****** orientation, age, disability, military status, or any other protected characteristics or identities. We encourage all candidates to apply for roles where they may make the most impact.

About Us

Discord is a voice, video and text app that helps friends come together to hang out, have fun, and play games. With over 150 million monthly users, Discord has grown to become one of the most popular communications services in the world. Discord offers a premium subscription called Nitro that gives users special perks like higher quality streams and fun customizations.

We’re working toward an inclusive world where no one feels like an outsider, where genuine human connection is a click, text chat, or voice call away. A place where everyone can find belonging. Challenging? Heck yes. Rewarding? Double heck yes. It’s a mission that gives us the chance to positively impact millions of people all over the world. So if this strikes a chord with you, come build belonging with us!


Company Name: Discord

Related jobs

  • Site Reliability Engineer |Kubernetes|

    Job description Site Reliability Engineer (Kubernetes) W-2 Contract ( *US citizenship, Greencard holder or EAD; authorized to work in the US) San Jose, CA +5134 (Hybrid **Local candidates) $80-110hr ( Weekly pay + benefits) 6 month contract (Excellen...

    Full Time / Part Time

    $ Estimated: 25K to 30K

    Remote

    2025/09/21


    Apply Now

  • Senior Software Engineer | Fullstack

    Job description P-160 At Databricks, we are passionate about enabling data teams to solve the world's toughest problems — from making the next mode of transportation a reality to accelerating the development of medical breakthroughs. We do this by bu...

    Full Time / Part Time

    $ Estimated: 24K to 26K

    Remote

    2025/09/21


    Apply Now

  • Sr| Software Engineer | Pleasanton| CA

    Job description Calyxo, Inc. is a medical device company headquartered in Pleasanton, California, USA. The company was founded in 2016 to address the profound need for improved kidney stone treatment. Kidney stone disease is a common, painful conditi...

    Full Time / Part Time

    $ Estimated: 15K to 25K

    Pleasanton, California

    2025/09/21


    Apply Now
""",  # noqa: E501
}
