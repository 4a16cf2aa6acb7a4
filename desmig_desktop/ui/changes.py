"""What changed: after a save, screens that show that kind of data refresh (Anki's OpChanges, small).

The kinds are plain strings each area declares next to its screens (`registry.ui.PERSONS`,
`production.ui.GROUPS`, `shell.SETTINGS`…), so a new pillar adds its own without editing the kit."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class _Everything(frozenset):  # type: ignore[type-arg]
    """The kinds of a change that may touch anything (an undo, a restore from "Terhapus"): every kind is in it."""

    def __contains__(self, kind: object) -> bool:
        return True

    def __and__(self, other: object) -> frozenset:  # type: ignore[override,type-arg]
        return frozenset(other)  # type: ignore[arg-type]

    __rand__ = __and__


EVERYTHING = _Everything({"*"})


class Changes(QObject):
    """One per main window, handed to every page through its constructor."""

    changed = Signal(object)  # frozenset[str] of kinds

    def notify(self, *kinds: str) -> None:
        self.changed.emit(frozenset(kinds))

    def notify_everything(self) -> None:
        """Every screen refreshes (a restore may bring back rows of any area)."""
        self.changed.emit(EVERYTHING)
