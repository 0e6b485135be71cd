"""Settings for jobboard, read from the environment (12-factor); see README "Configuration"."""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .email_url import parse_email_url
from .env import env_bool, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DEBUG", default=False)

# A development key is tolerated only while DEBUG is on; production must set its own.
SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set the SECRET_KEY environment variable "
            "(or DEBUG=1 for local development)."
        )
    SECRET_KEY = "django-insecure-development-only-key-do-not-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django_filters",
    "postings",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages are compressed here (static files are precompressed by whitenoise, which answers above this).
    # Django's GZipMiddleware pads responses against BREACH.
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "jobboard.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "jobboard.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=600,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the server read while an import writes; the timeout rides out short write locks.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            # Take the write lock when a transaction starts, so two importers cannot both decide
            # "this posting is new" and then collide.
            "transaction_mode": "IMMEDIATE",
        }
    )
    DATABASES["default"]["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Facet counts are exact for match sets up to this size (a bounded count decides); larger ones are counted
# on a window of the newest matches and shown as "about N", so their cost stays flat as matches grow.
SEARCH_FACETS_EXACT_UP_TO = 2_000

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Security headers that `check --deploy` asks for; HTTPS ones only outside DEBUG.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(env_str("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

LOG_LEVEL = env_str("LOG_LEVEL", "INFO").upper()
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}

# Importer limits (documented in the README).
IMPORT_MAX_BYTES = int(env_str("IMPORT_MAX_BYTES", str(5 * 1024 * 1024)))
# Seconds one file may take to parse; past it the file is reported and skipped, never left hanging.
IMPORT_PARSE_SECONDS = float(env_str("IMPORT_PARSE_SECONDS", "10"))

# A role's life (postings/lifecycle.py, documented in the README).
# Days after its sources were last seen by an import that a role stating no closing date expires.
ROLE_EXPIRE_AFTER_DAYS = int(env_str("ROLE_EXPIRE_AFTER_DAYS", "60"))
# Source kinds whose new roles wait for review instead of opening at once ("all" for every kind); a role
# whose employer, title or pay the parser was unsure of waits for review whatever its source.
ROLE_REVIEW_SOURCE_KINDS = env_list("ROLE_REVIEW_SOURCE_KINDS")

# E-mail (README "Saved searches and alerts"; job submissions, decisions and alerts): EMAIL_URL
# (smtp://user:password@host:587?tls=1, console://, file:///dir), or EMAIL_BACKEND and Django's EMAIL_HOST,
# EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, EMAIL_USE_TLS, EMAIL_USE_SSL.
# With none of them, DEBUG prints messages on the console and production speaks SMTP to localhost:25.
if env_str("EMAIL_URL"):
    globals().update(parse_email_url(env_str("EMAIL_URL")))
else:
    # EMAIL_BACKEND may name any backend (`make run` sets the console's, the tests use locmem).
    EMAIL_BACKEND = env_str("EMAIL_BACKEND") or (
        "django.core.mail.backends.console.EmailBackend"
        if DEBUG and not env_str("EMAIL_HOST")
        else "django.core.mail.backends.smtp.EmailBackend"
    )
    EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
    EMAIL_PORT = int(env_str("EMAIL_PORT", "25"))
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=False)
    EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", default=False)
EMAIL_TIMEOUT = float(env_str("EMAIL_TIMEOUT", "20"))
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "jobboard <jobs@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Posting a job (postings/submissions.py, documented in the README): a pasted or uploaded posting's
# size limit.
SUBMISSION_MAX_BYTES = int(env_str("SUBMISSION_MAX_BYTES", str(200 * 1024)))
# Submissions in 24 hours from one e-mail address and from one IP address.
SUBMISSIONS_PER_ADDRESS = int(env_str("SUBMISSIONS_PER_ADDRESS", "3"))
SUBMISSIONS_PER_IP = int(env_str("SUBMISSIONS_PER_IP", "10"))
# Days a confirmation link stays valid.
SUBMISSION_CONFIRM_DAYS = int(env_str("SUBMISSION_CONFIRM_DAYS", "3"))

# Reporting a listing (postings/listing_reports.py): reports from this many distinct IP addresses since a
# role was last opened send it back to review; reports one IP address may send in an hour.
REPORTS_TO_REVIEW = int(env_str("REPORTS_TO_REVIEW", "3"))
REPORTS_PER_IP_PER_HOUR = int(env_str("REPORTS_PER_IP_PER_HOUR", "10"))
# The site's address for links in e-mails sent outside a request (a moderator's decision, send_alerts).
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# Saved searches and alerts (postings/alerts.py): sign-ups allowed per hour for one address and one IP
# (counted in the database, so every server process shares them), and how long a confirmation link lasts.
ALERT_SIGNUPS_PER_ADDRESS = int(env_str("ALERT_SIGNUPS_PER_ADDRESS", "3"))
ALERT_SIGNUPS_PER_IP = int(env_str("ALERT_SIGNUPS_PER_IP", "10"))
ALERT_CONFIRM_DAYS = int(env_str("ALERT_CONFIRM_DAYS", "3"))

# The import queue (README "Importing on several machines"): `import_postings --queue` and
# `celery -A jobboard worker`. No broker URL means the queue is off; local imports never need it.
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL") or env_str("REDIS_URL")
CELERY_RESULT_BACKEND = env_str("CELERY_RESULT_BACKEND") or CELERY_BROKER_URL
CELERY_TASK_SERIALIZER = CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
# A batch is acknowledged once written, so a worker that dies mid-batch leaves it for another worker
# (re-importing a file changes nothing), and each worker process takes one batch at a time.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_TIMEOUT = 5
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_RESULT_EXPIRES = 7 * 24 * 3600

# --- Production: proxy, admin, login throttling, CSP, logs, health checks, database faults (issue 17) ---

# Trust X-Forwarded-Proto (and the last X-Forwarded-For address) only when a proxy in front sets them;
# without one, any client could claim HTTPS or another address.
BEHIND_PROXY = env_bool("BEHIND_PROXY", default=False)
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# The admin's path: set a hard-to-guess one in production; no public page or robots.txt names it.
ADMIN_PATH = env_str("ADMIN_PATH", "admin/").strip("/") + "/"

INSTALLED_APPS += ["axes"]  # noqa: F405 (defined above)
MIDDLEWARE = [
    "jobboard.observability.RequestIdMiddleware",
    "jobboard.health.HealthCheckMiddleware",
    MIDDLEWARE[0],  # SecurityMiddleware
    "csp.middleware.CSPMiddleware",
    *MIDDLEWARE[1:],
    "jobboard.faults.DatabaseUnavailableMiddleware",
    # Last, as django-axes asks.
    "axes.middleware.AxesMiddleware",
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Login throttling (django-axes, counted in the database): after LOGIN_FAILURE_LIMIT failed logins from one
# address, that address may not log in for LOGIN_COOLOFF_MINUTES.
AXES_FAILURE_LIMIT = int(env_str("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(env_str("LOGIN_COOLOFF_MINUTES", "60")))
AXES_LOCKOUT_PARAMETERS = ["ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "jobboard.security.client_ip"
AXES_VERBOSE = False

# Content-Security-Policy (django-csp): every script and style is a static file of this site.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# Logs: one JSON object a line in production (LOG_FORMAT=json), plain text with DEBUG; every record carries
# the request's id, which the response echoes in X-Request-ID.
LOG_FORMAT = env_str("LOG_FORMAT", "plain" if DEBUG else "json")
if LOG_FORMAT not in {"json", "plain"}:
    raise ImproperlyConfigured(f"LOG_FORMAT must be json or plain, not {LOG_FORMAT!r}.")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "jobboard.observability.RequestIdFilter"},
        "client_errors": {"()": "jobboard.observability.ClientErrorsAsWarnings"},
        "database_errors": {"()": "jobboard.observability.DatabaseErrorsOnOneLine"},
    },
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s]: %(message)s"},
        "json": {"()": "jobboard.observability.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": LOG_FORMAT,
            "filters": ["request_id", "client_errors", "database_errors"],
        }
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}

# Database faults: pages answer 503 with Retry-After while the database is unreachable or a query ran out.
RETRY_AFTER_SECONDS = int(env_str("RETRY_AFTER_SECONDS", "30"))
# Web requests' queries are cut off after this long (PostgreSQL; "0" for none). Commands are not bound.
DATABASE_STATEMENT_TIMEOUT = env_str("DATABASE_STATEMENT_TIMEOUT", "5s")
DATABASE_CONNECT_TIMEOUT = int(env_str("DATABASE_CONNECT_TIMEOUT", "5"))
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", DATABASE_CONNECT_TIMEOUT)

# Cache: this process's memory by default; Redis, shared by every worker, when REDIS_URL is set.
REDIS_URL = env_str("REDIS_URL")
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
        if REDIS_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "jobboard"}
    )
}
# Seconds a search's facet counts and a sitemap page are kept in the cache (0: not cached).
FACET_CACHE_SECONDS = int(env_str("FACET_CACHE_SECONDS", "60"))
SITEMAP_CACHE_SECONDS = int(env_str("SITEMAP_CACHE_SECONDS", "3600"))
# Seconds a role page's ranked similar roles are kept (0: ranked on every view).
SIMILAR_CACHE_SECONDS = int(env_str("SIMILAR_CACHE_SECONDS", "600"))
# URLs a sitemap page holds at most (the sitemaps protocol allows 50,000); /sitemap.xml indexes the pages.
SITEMAP_SHARD_SIZE = int(env_str("SITEMAP_SHARD_SIZE", "50000"))
