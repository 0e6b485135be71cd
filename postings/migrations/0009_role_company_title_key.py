"""An index on (company, title_key): the importer's same-role lookup reads only the roles of the company that
carry the posting's normalised title, so its cost no longer grows with the company's number of roles. A plain
CREATE INDEX (no table remake on SQLite, so the search triggers stay). Reversible: the index goes.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("postings", "0008_source_kinds_forum_dataset"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="role",
            index=models.Index(fields=["company", "title_key"], name="role_company_title_key"),
        ),
    ]
