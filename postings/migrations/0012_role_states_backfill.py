"""Map today's open and closed roles onto the new states and fill what the lifecycle reads.

open stays open and closed stays closed (a closed role's status_changed_at is its last change, the best
date known for its notice); every source was last seen when it was imported; a role's closing date is the
one its most trusted source states, as the importer now stores it.
"""

from datetime import date

from django.db import migrations
from django.db.models import F

TRUST = {"careers": 50, "other": 40, "forum": 35, "board": 30, "ats": 20, "dataset": 15, "aggregator": 10}
STATES = {"open": "open", "closed": "closed"}


def forwards(apps, schema_editor):
    Role = apps.get_model("postings", "Role")
    Source = apps.get_model("postings", "Source")
    for old, new in STATES.items():
        Role.objects.filter(status=old).update(status=new)
    Role.objects.filter(status="closed").update(status_changed_at=F("updated_at"))
    Source.objects.update(last_seen_at=F("imported_at"))
    best: dict[int, tuple] = {}
    stated = Source.objects.filter(parsed__valid_through__isnull=False).values_list(
        "role_id", "kind", "imported_at", "pk", "parsed__valid_through"
    )
    for role_id, kind, imported_at, pk, value in stated.iterator(chunk_size=1000):
        try:
            closes = date.fromisoformat(str(value)[:10])
        except ValueError:
            continue
        rank = (-TRUST.get(kind, 0), imported_at, pk)
        if role_id not in best or rank < best[role_id][0]:
            best[role_id] = (rank, closes)
    for role_id, (_, closes) in best.items():
        Role.objects.filter(pk=role_id).update(closes_on=closes)


def backwards(apps, schema_editor):
    # The new states have no older equivalent but closed: a role that is not open was not public.
    Role = apps.get_model("postings", "Role")
    Role.objects.exclude(status="open").update(status="closed")


class Migration(migrations.Migration):
    dependencies = [("postings", "0011_role_states_history_and_expiry")]

    operations = [migrations.RunPython(forwards, backwards)]
