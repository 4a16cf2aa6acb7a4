"""Personal-data rules for anything that leaves the laptop."""

from __future__ import annotations

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


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
