"""Rows a batch of files adds under the roles it creates, held in memory and inserted a table at a time.

A new role's own row and description are written at once (later postings of the batch look roles up by
title), but its source, pay, skill, place and first history rows are only ever added: the import reads them
again only when a later posting of the same company joins one of its roles or repeats its content. So they
wait, and the batch writer inserts them with one INSERT per table before the batch commits (one for 50 files
instead of one per role), or earlier when a posting needs them.

Each file stays atomic: its rows join the batch's only once its savepoint is released, so a file that is
undone leaves none behind. Rows of earlier files are never inserted inside a later file's savepoint (undoing
that file would undo them too): `needed_by` is asked before the savepoint opens, and inside it only the
file's own rows are inserted (`flush_file`). The batch writer gives its files no savepoints at all: when a
file fails it writes the whole batch again a transaction per file (see import_writer).
"""

from collections.abc import Iterable

from django.db import models

from .models import Compensation, Role, RoleSkill, RoleStatusChange, Source

# Parents before children: a pay row names its source, inserted in the same flush.
TABLES = (Source, Compensation, RoleSkill, Role.locations.through, RoleStatusChange)


class _Rows:
    """Rows waiting for their INSERT, with what they concern: companies, roles and content hashes."""

    def __init__(self) -> None:
        self.rows: list[models.Model] = []
        self.company_ids: set[int] = set()
        self.role_ids: set[int] = set()
        self.hashes: set[str] = set()

    def add(self, rows: Iterable[models.Model], *, company_id: int, role_id: int) -> None:
        rows = list(rows)
        self.rows.extend(rows)
        self.company_ids.add(company_id)
        self.role_ids.add(role_id)
        self.hashes.update(row.content_hash for row in rows if isinstance(row, Source))

    def take(self, other: "_Rows") -> None:
        self.rows.extend(other.rows)
        self.company_ids |= other.company_ids
        self.role_ids |= other.role_ids
        self.hashes |= other.hashes

    def insert(self) -> None:
        """One INSERT per table, rows in the order they were added (so ids keep that order)."""
        for table in TABLES:
            if batch := [row for row in self.rows if type(row) is table]:
                table.objects.bulk_create(batch)
        self.__init__()


class RowBuffer:
    """The rows held back by a batch: those of finished files, and those of the file being written."""

    def __init__(self) -> None:
        self._batch = _Rows()
        self._file = _Rows()

    def add(self, rows: Iterable[models.Model], *, role: Role) -> None:
        """Hold these new rows of a role created by the file being written."""
        self._file.add(rows, company_id=role.company_id, role_id=role.pk)

    def file_done(self) -> None:
        """The file's savepoint was released: its rows go in with the batch's."""
        self._batch.take(self._file)
        self._file = _Rows()

    def file_undone(self) -> None:
        """The file was rolled back: its rows are dropped with it."""
        self._file = _Rows()

    def needed_by(self, *, company_ids: Iterable[int], hashes: Iterable[str]) -> bool:
        """Whether a file with postings of these companies and contents may read rows of earlier files (a
        same-role lookup reads only the posting's company's roles)."""
        held = self._batch
        return not held.company_ids.isdisjoint(company_ids) or not held.hashes.isdisjoint(hashes)

    def file_holds(self, *, role_ids: Iterable[int] = (), digest: str | None = None) -> bool:
        """Whether the file being written holds rows of these roles, or a source with this content."""
        return not self._file.role_ids.isdisjoint(role_ids) or digest in self._file.hashes

    def flush_file(self) -> None:
        """Insert the rows of the file being written (inside its savepoint, so they stay atomic with it)."""
        self._file.insert()

    def flush(self) -> None:
        """Insert every held row; only between files (outside any file's savepoint)."""
        self._batch.take(self._file)
        self._file = _Rows()
        self._batch.insert()
