"""Count tables as both renderers draw them: rows split by sex, a total that is a value, never a formula."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Line:
    """One table row as shown: a split by sex may be unknown (None), the total never is."""

    label: str
    male: int | None
    female: int | None
    total: int

    @classmethod
    def of(cls, row: Any) -> "Line":
        """From any row with label, male, female and total."""
        return cls(row.label, row.male, row.female, row.total)


@dataclass(frozen=True)
class CountTable:
    """One summary table: rows counted by sex, an optional total row (values, never formulas)."""

    title: str
    first_header: str
    rows: tuple[Line, ...]
    total: Line | None = None
    sex_headers: tuple[str, str, str] = ("L", "P", "Jumlah")  # the male, female and total columns, as shown
