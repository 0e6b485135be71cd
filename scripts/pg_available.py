"""Exit 0 when the PostgreSQL server named by DATABASE_URL answers, 1 (with the reason) otherwise."""

import os
import sys

import dj_database_url
import psycopg


def main() -> int:
    cfg = dj_database_url.parse(os.environ["DATABASE_URL"])
    try:
        # The server's maintenance database: the test database is created by the test run itself.
        psycopg.connect(
            dbname="postgres",
            user=cfg["USER"] or None,
            password=cfg["PASSWORD"] or None,
            host=cfg["HOST"] or None,
            port=cfg["PORT"] or None,
            connect_timeout=3,
        ).close()
    except psycopg.Error as exc:
        print(f"PostgreSQL unavailable: {str(exc).strip().splitlines()[0]}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
