"""Validators shared by the models, the admin and the importer."""

from django.core.exceptions import ValidationError
from django.db.models import Q

from .parsing.links import safe_url

LINK_MAX_LENGTH = 1000


def validate_link(value: str) -> None:
    """Refuse a link that is not http(s) with a host or mailto: the rule the importer applies to postings."""
    if value and safe_url(value) != value:
        raise ValidationError(
            "Enter an http://, https:// or mailto: link; other kinds could run script on the page.",
            code="unsafe_link",
        )


def link_check(field: str) -> Q:
    """The database's own guard for a link column: empty, or starting with an allowed scheme."""
    return Q(**{field: ""}) | Q(**{f"{field}__iregex": r"^(https?://|mailto:)"})
