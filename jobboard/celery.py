"""The Celery app that imports queued posting files: `celery -A jobboard worker` runs postings/tasks.py.

Configured from Django's settings under the CELERY_ prefix, which read CELERY_BROKER_URL (or REDIS_URL)
from the environment. Without a broker URL the queue is off: `import_postings --queue` says so, and a worker
refuses to start instead of looking for a broker that is not there. This module is imported only by workers
and by `import_postings --queue`, so the site runs without Celery installed.
"""

import os

from celery import Celery, signals

QUEUE_OFF = (
    "The import queue is off: set CELERY_BROKER_URL (or REDIS_URL) to the broker, "
    "e.g. redis://127.0.0.1:6379/0, for the workers and for import_postings --queue."
)

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jobboard.settings")

app = Celery("jobboard")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@signals.worker_init.connect
def _refuse_without_broker(**kwargs) -> None:
    from django.conf import settings

    if not settings.CELERY_BROKER_URL:
        raise SystemExit(QUEUE_OFF)
