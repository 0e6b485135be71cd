"""Role.location_ids: the role's place ids on its row (as skill_ids), filled from the role-place links, so
the country facet joins the small place table instead of every role-place link. Reversible: the column goes.

SQLite adds the column by remaking the role table, which it refuses while the FTS5 content view and its
triggers read the table: they are dropped first and installed again (with a rebuild) at the end.
"""

from django.db import migrations

import postings.search.fields

FILL = {
    "postgresql": """UPDATE postings_role r SET location_ids = ARRAY(
        SELECT rl.location_id FROM postings_role_locations rl WHERE rl.role_id = r.id ORDER BY 1)""",
    "sqlite": """UPDATE postings_role SET location_ids = (SELECT json_group_array(location_id) FROM (
        SELECT rl.location_id FROM postings_role_locations rl WHERE rl.role_id = postings_role.id ORDER BY 1))""",
}


def fill(apps, schema_editor):
    schema_editor.execute(FILL[schema_editor.connection.vendor])


def detach_search(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        from postings.search.sqlite import uninstall

        uninstall(schema_editor.connection.alias)


def attach_search(apps, schema_editor):
    from postings.search import get_backend

    alias = schema_editor.connection.alias
    get_backend(alias).install(alias)


class Migration(migrations.Migration):
    dependencies = [("postings", "0006_role_text")]

    operations = [
        migrations.RunPython(detach_search, attach_search),
        migrations.AddField(
            model_name="role",
            name="location_ids",
            field=postings.search.fields.IdListField(blank=True, default=list, editable=False),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.RunPython(attach_search, detach_search),
    ]
