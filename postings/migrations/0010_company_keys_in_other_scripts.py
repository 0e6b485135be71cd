"""Companies named in another script ("北京天成创想科技有限公司", "Кгт Доставка") had no matching key (an ASCII key of
nothing, so their slug stood in). Their key is now their own letters; existing rows get it, so the next import of
the same employer finds them instead of making a second company."""

from django.db import migrations


def rekey(apps, schema_editor):
    from postings.parsing.people import company_key

    Company = apps.get_model("postings", "Company")
    taken = set(Company.objects.values_list("key", flat=True))
    for company in Company.objects.iterator():
        key = company_key(company.name)
        if key and company.key == company.slug and key != company.key and key not in taken:
            taken.discard(company.key)
            company.key = key
            company.save(update_fields=["key"])
            taken.add(key)


class Migration(migrations.Migration):
    dependencies = [("postings", "0009_role_company_title_key")]

    operations = [migrations.RunPython(rekey, migrations.RunPython.noop)]
