"""Settings for the test suite: the production settings, with storage and hashing made test-friendly."""

from .settings import *  # noqa: F403
from .settings import STORAGES

# Tests render templates without running collectstatic first.
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
SECURE_SSL_REDIRECT = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Tests create roles and search again at once: the caches' own tests turn them on.
FACET_CACHE_SECONDS = 0
SITEMAP_CACHE_SECONDS = 0
SIMILAR_CACHE_SECONDS = 0
# Links in alert e-mails sent outside a request (send_alerts).
SITE_URL = "https://jobs.example.com"
