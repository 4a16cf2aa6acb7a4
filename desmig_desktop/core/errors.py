"""Validation results that name the field and the fix, in the user's language."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Issue:
    field: str  # a form field / import column key, e.g. "nik"
    message: str  # already translated, names the field and the fix
    warning: bool = False


class ValidationError(Exception):
    """Raised by use cases when input is invalid; nothing has been written."""

    def __init__(self, issues: list[Issue]):
        self.issues = [i for i in issues if not i.warning]
        super().__init__("; ".join(i.message for i in self.issues))

    def for_field(self, field: str) -> list[str]:
        return [i.message for i in self.issues if i.field == field]


class NotFoundError(Exception):
    """A record the user asked for does not exist (or was deleted)."""


def raise_if_errors(issues: list[Issue]) -> list[Issue]:
    """Raise on errors; return the warnings so the caller can show them."""
    errors = [i for i in issues if not i.warning]
    if errors:
        raise ValidationError(errors)
    return [i for i in issues if i.warning]
