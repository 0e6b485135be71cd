"""export_roles' work: the roles to write, read a chunk at a time in one consistent snapshot.

Chunks are keyset pages (`id > last`, in id order, at most `size` roles), each loaded with the archive's
seven queries, so memory and the queries per chunk stay the same whatever the number of roles, on SQLite
and PostgreSQL alike (no server-side cursor held across the run).
"""

import json
from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connections, transaction
from django.db.models import QuerySet

from .choices import RoleStatus
from .models import Role
from .role_archive import for_archive, role_record

CHUNK_SIZE = 200
# Left out unless --include-closed: roles whose life has ended (their pages may stay, their work is done).
ENDED = (RoleStatus.CLOSED, RoleStatus.EXPIRED, RoleStatus.REJECTED)


def roles_to_export(*, include_closed: bool) -> QuerySet:
    """Every role, or (by default) every role still in play: draft, pending review or open."""
    roles = Role.objects.all()
    return roles if include_closed else roles.exclude(status__in=ENDED)


def role_chunks(roles: QuerySet, *, size: int = CHUNK_SIZE) -> Iterator[list[Role]]:
    """The roles in id order, `size` at a time, each chunk with everything the archive writes."""
    last = 0
    while True:
        chunk = list(for_archive(roles.filter(pk__gt=last).order_by("pk"))[:size])
        if chunk:
            yield chunk
        if len(chunk) < size:
            return
        last = chunk[-1].pk


def role_line(role: Role) -> str:
    """One role as a line of the file (no newline)."""
    return json.dumps(role_record(role), ensure_ascii=False, separators=(",", ":"))


@contextmanager
def snapshot(using: str = "default") -> Iterator[None]:
    """One consistent view of the data for the whole export: a read-only repeatable-read transaction on
    PostgreSQL (imports go on meanwhile and are not half seen), one read transaction on SQLite."""
    connection = connections[using]
    outermost = not connection.in_atomic_block
    with transaction.atomic(using=using):
        if outermost and connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        yield
