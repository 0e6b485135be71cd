"""gunicorn's configuration for jobboard in production: `make serve`, or `gunicorn -c gunicorn.conf.py`.

Every value can be overridden by the environment (WEB_CONCURRENCY, GUNICORN_THREADS, …) or on the command
line; see docs/deploy.md.
"""

import os

from jobboard.env import env_str

# The cores this process may use (a container's share, not the host's count).
CPUS = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)

bind = env_str("BIND", f"{env_str('HOST', '127.0.0.1')}:{env_str('PORT', '8000')}")
# Pages spend their time half in Python, half waiting on the database: two processes a core, two threads
# each, so a core has work while a request waits on a query.
workers = int(env_str("WEB_CONCURRENCY", str(2 * CPUS + 1)))
worker_class = "gthread"
threads = int(env_str("GUNICORN_THREADS", "2"))
# A request that takes this long is stuck (queries stop at DATABASE_STATEMENT_TIMEOUT, 5 s, first).
timeout = int(env_str("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
# No keep-alive by default: a gthread worker takes every connection it is offered, and a client that keeps
# its connection keeps that worker's two threads, so with keep-alive 20 busy clients queued on some workers
# while others idled (make bench-load: a third of the requests waited 1.5-3 s, p50 245 ms against p99
# 3,000 ms). A new connection a request goes to a worker that takes it; behind a proxy (the deployment
# docs/deploy.md describes) nothing changes, as the proxy opens one a request by default.
keepalive = int(env_str("GUNICORN_KEEPALIVE", "0"))
# Workers are replaced now and then, so a slow leak cannot grow without end (jitter: not all at once).
max_requests = 2000
max_requests_jitter = 200

# The search form's longest request line (every facet value it offers ticked, the longest query and place
# in four-byte characters) is 5,222 bytes on the real corpus's roles (scripts/longest_search_url.py;
# tests/test_gunicorn_conf.py checks it on generated roles); gunicorn's default of 4,094 refused it.
# 8,190 is the most gunicorn allows.
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190

# Logs to standard output/error; with LOG_FORMAT=json (production's default) one JSON object a line, the
# access line carrying the request's id (the X-Request-ID response header).
accesslog = "-"
errorlog = "-"
loglevel = env_str("LOG_LEVEL", "info").lower()
access_log_format = '%(h)s "%(r)s" %(s)s %(B)s %(D)sus %({x-request-id}o)s "%(a)s"'
if env_str("LOG_FORMAT", "json") == "json":
    logconfig_dict = {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "jobboard.observability.JsonFormatter"}},
        "root": {"handlers": ["error"], "level": "INFO"},
        "handlers": {
            "access": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stdout"},
            "error": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"},
        },
        "loggers": {
            "gunicorn.access": {"handlers": ["access"], "level": "INFO", "propagate": False},
            "gunicorn.error": {"handlers": ["error"], "level": "INFO", "propagate": False},
        },
    }

# Behind a proxy (BEHIND_PROXY=1) gunicorn trusts its X-Forwarded-* headers from FORWARDED_ALLOW_IPS only.
forwarded_allow_ips = env_str("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
