"""Integer ids stored on the row: ``integer[]`` on PostgreSQL (GIN-indexable), JSON text elsewhere."""

import json

from django.db import models


class IdListField(models.Field):
    """Denormalised ids (a role's skills) so filters and facets need no join."""

    description = "List of integer ids"

    def db_type(self, connection) -> str:
        return "integer[]" if connection.vendor == "postgresql" else "text"

    def get_prep_value(self, value):
        return None if value is None else sorted({int(v) for v in value})

    def get_db_prep_value(self, value, connection, prepared=False):
        value = value if prepared else self.get_prep_value(value)
        if value is None or connection.vendor == "postgresql":
            return value
        return json.dumps(value)

    def from_db_value(self, value, expression, connection):
        if value is None or isinstance(value, list):
            return value
        return json.loads(value)

    def to_python(self, value):
        if isinstance(value, str):
            return json.loads(value)
        return value


@IdListField.register_lookup
class HasAll(models.Lookup):
    """``skill_ids__has_all=[1, 2]``: the row holds every one of the ids."""

    lookup_name = "has_all"
    prepare_rhs = False

    def get_db_prep_lookup(self, value, connection):
        return ("%s", [sorted({int(v) for v in value})])

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        ids = sorted({int(v) for v in self.rhs})
        if connection.vendor == "postgresql":
            return f"{lhs} @> %s::integer[]", [*lhs_params, ids]
        marks = ", ".join(["%s"] * len(ids))
        sql = f"(SELECT COUNT(*) FROM json_each({lhs}) WHERE value IN ({marks})) = %s"
        return sql, [*lhs_params, *ids, len(ids)]


@IdListField.register_lookup
class HasAny(models.Lookup):
    """``skill_ids__has_any=Skill.objects.filter(...).values("id")``: the row holds one of those ids."""

    lookup_name = "has_any"

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        if connection.vendor == "postgresql":
            # An array overlap the GIN index answers (ids are bigint, the column integer[]).
            return f"{lhs} && ARRAY{rhs}::integer[]", [*lhs_params, *rhs_params]
        return f"EXISTS (SELECT 1 FROM json_each({lhs}) WHERE value IN {rhs})", [*lhs_params, *rhs_params]
