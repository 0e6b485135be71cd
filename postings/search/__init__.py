"""Full-text search behind one interface; the backend follows the database vendor (see base.SearchBackend).

The search layer sits under the models it reads: the backends (sqlite, postgres, lookups) import the models,
while this module, base, fields and models import nothing of the app, so the models module can use them.
"""

from functools import cache

from django.db import DEFAULT_DB_ALIAS, connections

from .base import SearchBackend


@cache
def _backend_for(vendor: str) -> SearchBackend:
    if vendor == "postgresql":
        from .postgres import PostgresBackend

        return PostgresBackend()
    from .sqlite import SQLiteBackend

    return SQLiteBackend()


def get_backend(using: str | None = None) -> SearchBackend:
    """The search backend for a database alias (the default one unless given)."""
    return _backend_for(connections[using or DEFAULT_DB_ALIAS].vendor)


__all__ = ["SearchBackend", "get_backend"]
