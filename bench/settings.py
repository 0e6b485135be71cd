"""Settings for benchmark processes: production settings (DEBUG off), made runnable without a web server.

Static files are not collected and no HTTPS proxy sits in front, so use plain static storage, no SSL
redirect, and the test client's host name.
"""

import warnings

from jobboard.settings import *  # noqa: F403
from jobboard.settings import ALLOWED_HOSTS, STORAGES

STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
SECURE_SSL_REDIRECT = False
ALLOWED_HOSTS = [*ALLOWED_HOSTS, "testserver"]
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
# The scenarios repeat the same searches to time the work itself: cached facet counts or sitemaps would
# time the cache instead (and break comparisons with earlier runs).
FACET_CACHE_SECONDS = 0
SITEMAP_CACHE_SECONDS = 0

# WhiteNoise warns that collectstatic has not run; the benchmark serves no static files.
warnings.filterwarnings("ignore", "No directory at", UserWarning)
