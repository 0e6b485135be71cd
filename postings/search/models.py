"""The SQLite FTS5 index as an unmanaged model, so querysets can join it like any relation.

The models module imports this one (to register the model), so it imports nothing else of the app.
"""

from django.db import models

TABLE = "postings_role_fts"


class FullTextField(models.TextField):
    """FTS5's hidden column named after its table: `table MATCH 'query'`."""


@FullTextField.register_lookup
class Match(models.Lookup):
    lookup_name = "fts"

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} MATCH {rhs}", [*lhs_params, *rhs_params]


class RoleSearchEntry(models.Model):
    """A row of the FTS5 table (SQLite only; created by migration, filled by triggers)."""

    role = models.OneToOneField(
        "postings.Role",
        primary_key=True,
        db_column="rowid",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="search_entry",
    )
    match = FullTextField(db_column=TABLE)
    rank = models.FloatField()

    class Meta:
        app_label = "postings"
        managed = False
        db_table = TABLE

    def __str__(self) -> str:
        return f"Index entry of role {self.pk}"
