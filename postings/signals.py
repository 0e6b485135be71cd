"""Keep the search index in step with deletes and schema changes."""

from django.db import connections
from django.db.migrations.recorder import MigrationRecorder
from django.db.models.signals import post_delete
from django.dispatch import receiver

from .models import Role
from .search import get_backend, legacy


@receiver(post_delete, sender=Role, dispatch_uid="postings_role_unindex")
def role_unindex(sender, instance: Role, using: str, **kwargs) -> None:
    """Drop a deleted role from the index (the database trigger already did; the hook stays explicit)."""
    get_backend(using).remove([instance.pk])


def search_install(sender, using: str, **kwargs) -> None:
    """After migrate: re-create index triggers that a table remake dropped (SQLite rebuilds on ALTER)."""
    applied = MigrationRecorder(connections[using]).applied_migrations()
    if ("postings", "0006_role_text") in applied:
        get_backend(using).install(using)
    elif ("postings", "0002_search") in applied:  # migrated back to before RoleText
        legacy.install(using)
