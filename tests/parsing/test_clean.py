# ruff: noqa: E501  (seed postings pasted verbatim)
import pytest
from hypothesis import given
from hypothesis import strategies as st

from postings.parsing.clean import Cleaned, clean
from postings.parsing.formats import to_documents

# Copies of the four seed postings (fixtures/seeds), pasted so these tests read no files.

SEED_000 = """\
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
"""

SEED_001 = """\
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
"""

SEED_002 = """\
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
"""

SEED_003 = """\
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
"""


# From expected.json: page junk that must not survive, and the posting's own text that must.
SEED_CASES = [
    (
        "000",
        [],
        ["What You'll Do", "Nice to Have", "Technical Stack", "Benefits & Compensation", "Work Mode"],
        None,
    ),
    (
        "001",
        [
            "Resume Keywords to Include",
            "Sign up free",
            "More Jobs at Discord",
            "Engineering Manager, Ads Formats",
            "Want AI-powered job matching",
            "Get Started Free",
            "All jobs at Discord",
            "How Discord Stores Trillions",
            "ATS score",
            "Upload your resume",
            "View all",
        ],
        [
            "Job Description",
            "You will:",
            "You have:",
            "Bonus points:",
            "Things that might interest you:",
            "Our systems are deployed in Google Cloud.",
            "Our infrastructure teams shared many blog posts over the years.",
        ],
        "ats",
    ),
    (
        "002",
        [],
        ["What You'll Be Doing:", "Bonus Points:", "Why Discord?", "Relocation assistance may be available."],
        None,
    ),
    (
        "003",
        [
            "Related jobs",
            "Databricks",
            "Calyxo",
            "Site Reliability Engineer |Kubernetes|",
            "Apply Now",
            "Estimated: 25K to 30K",
            "Pleasanton",
            "Estimated: $ 16K",
            "Company Name",
            "Published on",
        ],
        [
            "Staff Software Engineer| Real Time Infrastructure",
            "This position is US based only.",
            "What you'll be doing:",
            "What You Should Have:",
            "Bonus points:",
            "$223,000 to $245,500",
            "About Us",
            "no one feels like an outsider",
        ],
        "aggregator",
    ),
]


def seed_text(name: str) -> str:
    (doc,) = to_documents(globals()[f"SEED_{name}"], filename=f"{name}.txt")
    return doc.text


@pytest.mark.parametrize("name, junk, kept, kind", SEED_CASES)
def test_seeds(name, junk, kept, kind):
    cleaned = clean(seed_text(name))
    for phrase in junk:
        assert phrase.lower() not in cleaned.text.lower(), phrase
    for phrase in kept:
        assert phrase in cleaned.text, phrase
    assert cleaned.kind_hint == kind


def test_seed_header_facts():
    facts = clean(seed_text("003")).facts
    assert facts == {
        "category": "IT Engineer & Developer Jobs",
        "location": "San Francisco, California",
        "job type": "Full Time / Part Time",
        "salary": "Estimated: $ 16K to 19K",
        "published on": "2025/09/21",
        "company name": "Discord",
    }


def test_seeds_without_furniture_are_untouched():
    for name in ("000", "002"):
        assert clean(seed_text(name)) == Cleaned(seed_text(name), None, {}, ())


def test_seed_001_removed_parts():
    removed = "\n".join(clean(seed_text("001")).removed)
    assert "Senior Data Scientist, Analytics - GTM Ads" in removed
    assert "Using Rust to Scale Elixir for 11 Million Concurrent Users" in removed


POSTING = """\
Data Engineer
Acme builds logistics software for small shops and we are growing fast across Europe this year.
Responsibilities
- Build pipelines in Python.
- Own our Postgres warehouse.
Requirements
- 3+ years of SQL."""


@pytest.mark.parametrize(
    "before, after",
    [
        ("Apply now\n", ""),
        ("", "\nApply for this job →"),
        ("- Save job\n- Share\n- Report this job\n", ""),
        ("", "\nWe use cookies to improve your browsing experience.\nAccept all cookies"),
        ("Sign up for free to see salaries\n", ""),
        ("", "\nCreate a job alert for Data Engineer roles"),
        ("", "\nSubscribe to our weekly newsletter"),
        ("ATS score: 82%\nPython\nSQL, Airflow, dbt, Snowflake\n", ""),
        (
            "Resume keywords to include\nKubernetes\nData Pipelines\nUpgrade to Premium to unlock insights\n",
            "",
        ),
        ("", "\nSimilar jobs\nAnalytics Engineer\nBeta GmbH\n$90k - $120k\nApply Now\nML Engineer\nGamma"),
        ("", "\nOther jobs at Acme\nBackend Engineer\nBerlin\nFrontend Engineer\nRemote"),
        ("", "\nPeople also viewed\nData Analyst · Delta\nSenior Data Engineer · Epsilon"),
        ("", "\nView all →\nOps Engineer\nZeta"),
        (
            "",
            "\n- Read more on our engineering blog:\n- Scaling Postgres At Acme\n- Why We Moved To Rust Workers",
        ),
        ("", "\nBe an early applicant\n120 applicants\nEasy Apply"),
    ],
)
def test_furniture_removed(before, after):
    cleaned = clean(before + POSTING + after)
    assert cleaned.text == POSTING
    assert cleaned.removed


@pytest.mark.parametrize(
    "text",
    [
        POSTING,
        "About Us\nWe build AI-powered tools for clinics. Join us to help doctors spend more time with patients.",
        "Benefits\n- Save up to 20% on our products\n- Share options for every employee",
        "What you'll do\n- Apply machine learning to fraud detection\n- Report to the Head of Data",
        "Requirements\n- Experience: 5+ years with Kubernetes in production environments\n" + POSTING,
        "Bonus points\n- Talks at conferences\n- Blog posts about distributed systems",
        "Our team shares highlights:\n- Ships weekly\n- Owns on-call",
        "More about the role\nYou will lead the data platform team and report to the CTO of the company.",
        "Senior Engineer\nPython, Go, Kubernetes, Terraform\nWe are hiring across Europe and the United States.",
        "Related experience in fintech is a plus and we care about it a lot in this team of ours.",
    ],
)
def test_posting_text_kept(text):
    assert clean(text).text == text.strip()


@pytest.mark.parametrize(
    "text, facts, kept",
    [
        (
            "Title\nLocation: Berlin, Germany\nEmployment type: Full-time\nBody text of the posting.",
            {"location": "Berlin, Germany", "employment type": "Full-time"},
            "Title\nBody text of the posting.",
        ),
        (
            "Title\n- Team: Payments\n- Remote: Yes\n\nBody.",
            {"team": "Payments", "remote": "Yes"},
            "Title\n\nBody.",
        ),
        (
            "Intro line\n" * 14 + "Experience: 5+ years of Python\nMore prose here.",
            {"experience": "5+ years of Python"},
            "Intro line\n" * 14 + "Experience: 5+ years of Python\nMore prose here.",
        ),
        ("Body.\n" * 20 + "Job ID: R-123", {"job id": "R-123"}, "Body.\n" * 19 + "Body."),
        ("Title\nLanguages: Rust, Go\nCloud: AWS", {}, "Title\nLanguages: Rust, Go\nCloud: AWS"),
    ],
)
def test_facts(text, facts, kept):
    cleaned = clean(text)
    assert (cleaned.facts, cleaned.text) == (facts, kept)


@pytest.mark.parametrize(
    "text, kind",
    [
        (POSTING, None),
        (POSTING + "\nApply now", None),
        (POSTING + "\nSave job\nReport this job", "board"),
        ("Resume Keywords to Include\nPython\n" + POSTING, "ats"),
        ("Salary: Estimated: $90K to $100K\n" + POSTING, "aggregator"),
        ("Category: IT Jobs\n" + POSTING, "aggregator"),
        (POSTING + "\n" + "\n".join(["Related jobs", "A Engineer", "B Corp", "Apply Now"]), "aggregator"),
    ],
)
def test_kind_hint(text, kind):
    assert clean(text).kind_hint == kind


LINES = st.sampled_from(
    [
        "Related jobs",
        "Apply Now",
        "- Save job",
        "Resume Keywords to Include",
        "Python",
        "Location: Berlin",
        "Some highlights:",
        "- How We Scale Big Things",
        "Read more on our blog",
        "Sign up free",
        "What you'll do",
        "- Build things.",
        "",
        "View all →",
        "Estimated: $ 5K",
    ]
)


@given(st.lists(st.one_of(LINES, st.text(max_size=40)), max_size=40).map("\n".join))
def test_clean_never_raises(text):
    cleaned = clean(text)
    assert isinstance(cleaned.text, str) and len(cleaned.text) <= len(text)
    assert cleaned.kind_hint in (None, "ats", "aggregator", "board")
