"""WSGI entry point for gunicorn: `gunicorn jobboard.wsgi`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jobboard.settings")
application = get_wsgi_application()

# Only the web server's queries are cut off at DATABASE_STATEMENT_TIMEOUT (commands run as long as they need).
from .faults import bound_web_queries  # noqa: E402 (needs the settings loaded above)

bound_web_queries()
