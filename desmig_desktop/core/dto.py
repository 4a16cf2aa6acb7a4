"""Plain results every area shares."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Saved:
    """Result of a save: the record id and any warnings the user should see."""

    id: str
    warnings: tuple[str, ...] = ()
