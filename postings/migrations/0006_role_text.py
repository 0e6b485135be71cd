"""RoleText: the description and search document move out of the role row into a one-to-one table.

Role rows were 8-11 KB (the body was stored twice, as sections and as search text); searches, facet counts
and cards read thousands of them for a few short columns. Forward: the search structures of 0002 are dropped,
the text is copied across and its columns leave the role table, then the current structures are installed
(SQLite rebuilds its FTS5 index over a view of both tables; PostgreSQL keeps its vectors, which the copied
text left unchanged). Reversible: the columns come back filled and the 0002 structures are installed again.
"""

import django.db.models.deletion
from django.db import migrations, models

BODY = ("summary", "responsibilities", "requirements", "nice_to_have", "benefits", "about_company")
COLUMNS = ", ".join((*BODY, "search_document"))


def drop_legacy_search(apps, schema_editor):
    from postings.search import legacy

    statements = legacy.POSTGRES_DROP_TRIGGER if schema_editor.connection.vendor == "postgresql" else None
    if statements is None:
        statements = legacy.SQLITE_UNINSTALL
    for statement in statements:
        schema_editor.execute(statement)


def restore_legacy_search(apps, schema_editor):
    from postings.search import legacy

    legacy.install(schema_editor.connection.alias)


def copy_text_out(apps, schema_editor):
    schema_editor.execute(
        f"INSERT INTO postings_roletext (role_id, {COLUMNS}) SELECT id, {COLUMNS} FROM postings_role"
    )


def copy_text_back(apps, schema_editor):
    columns = ", ".join(f"{name} = t.{name}" for name in (*BODY, "search_document"))
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"UPDATE postings_role r SET {columns} FROM postings_roletext t WHERE t.role_id = r.id"
        )
    else:
        schema_editor.execute(
            f"UPDATE postings_role SET ({COLUMNS}) = (SELECT {COLUMNS} FROM postings_roletext t "
            "WHERE t.role_id = postings_role.id) WHERE id IN (SELECT role_id FROM postings_roletext)"
        )


def install_search(apps, schema_editor):
    from postings.search import get_backend

    alias = schema_editor.connection.alias
    get_backend(alias).install(alias)


def uninstall_search(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        from postings.search.postgres import DROP_TRIGGERS

        for statement in DROP_TRIGGERS:  # the vector column and its index stay for 0002's trigger
            schema_editor.execute(statement)
    else:
        from postings.search.sqlite import uninstall

        uninstall(connection.alias)


class Migration(migrations.Migration):
    dependencies = [("postings", "0005_role_needs_review")]

    operations = [
        migrations.RunPython(drop_legacy_search, restore_legacy_search),
        migrations.CreateModel(
            name="RoleText",
            fields=[
                (
                    "role",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="text",
                        serialize=False,
                        to="postings.role",
                    ),
                ),
                ("summary", models.TextField(blank=True)),
                ("responsibilities", models.JSONField(blank=True, default=list)),
                ("requirements", models.JSONField(blank=True, default=list)),
                ("nice_to_have", models.JSONField(blank=True, default=list)),
                ("benefits", models.JSONField(blank=True, default=list)),
                ("about_company", models.TextField(blank=True)),
                ("search_document", models.TextField(blank=True, editable=False)),
            ],
        ),
        migrations.RunPython(copy_text_out, copy_text_back),
        *(migrations.RemoveField(model_name="role", name=name) for name in (*BODY, "search_document")),
        migrations.RunPython(install_search, uninstall_search),
    ]
