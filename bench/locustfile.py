"""Locust's visitors for `make bench-load` (run by bench.traffic, not by hand: it sets the environment).

BENCH_CATALOGUE names the Catalogue JSON (real slugs); BENCH_REQUEST_LOG, when set, gets one line per
request, "start end kind status" (epoch seconds; status 0 for a connection error), which the driver reads
for its figures and for the fault run's phases. Visitors do not pause between requests: 20 of them keep
20 requests in flight, which is the load the goals are measured at.
"""

import os
import random
import time
from pathlib import Path

from locust import FastHttpUser, constant, events, task

from bench.traffic_mix import Catalogue, pick

CATALOGUE = Catalogue.load(Path(os.environ["BENCH_CATALOGUE"]))
_LOG_PATH = os.environ.get("BENCH_REQUEST_LOG")
# Open for the process's life, line-buffered: each request's line is written as it ends.
_log = open(_LOG_PATH, "a", buffering=1) if _LOG_PATH else None  # noqa: SIM115


@events.request.add_listener
def _record(request_type, name, response_time, response_length, response=None, exception=None, **kwargs):
    if _log is None:
        return
    end = time.time()
    status = getattr(response, "status_code", 0) or 0
    _log.write(f"{end - response_time / 1000:.4f} {end:.4f} {name} {status}\n")


class Visitor(FastHttpUser):
    wait_time = constant(0)
    # A browser's headers: compressed pages (the site gzips them).
    default_headers = {"Accept-Encoding": "gzip, deflate", "User-Agent": "jobboard-bench-load"}

    def on_start(self) -> None:
        self.rng = random.Random()

    @task
    def visit(self) -> None:
        kind, url = pick(self.rng, CATALOGUE)
        self.client.get(url, name=kind)
