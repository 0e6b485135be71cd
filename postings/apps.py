from django.apps import AppConfig
from django.db.models.signals import post_migrate


class PostingsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "postings"
    verbose_name = "Job postings"

    def ready(self) -> None:
        from . import signals, submissions  # noqa: F401 - submissions connects its e-mail receiver

        post_migrate.connect(signals.search_install, sender=self, dispatch_uid="postings_search_install")
