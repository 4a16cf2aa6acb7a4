"""Personal-data rules for anything that leaves the laptop."""

from __future__ import annotations

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

# The `info` of a column or table whose values never leave the laptop (complaint texts, scans, outsiders'
# identities): the district package leaves them out, the audit trail records a change without the value.
PRIVATE_KEY = "private"
PRIVATE = {PRIVATE_KEY: True}
PRIVATE_VALUE = "(privat)"  # what the audit trail writes instead of a private column's value


def is_private(item: object) -> bool:
    """Whether a Column or Table (anything with `info`) is marked PRIVATE."""
    return bool(getattr(item, "info", {}).get(PRIVATE_KEY))


def mask_number(value: str | None) -> str:
    """Mask a NIK / No. KK: keep the first 4 and last 2 digits (`3307**********01`)."""
    if not value:
        return ""
    if len(value) <= 6:
        return "*" * len(value)
    return value[:4] + "*" * (len(value) - 6) + value[-2:]


def neutralise_formula(value: object) -> object:
    """Spreadsheet-safe text: a text cell starting with =, +, -, @ is prefixed with a quote mark."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value
