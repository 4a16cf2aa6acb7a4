"""What changed: after a save, screens that show that kind of data refresh (Anki's OpChanges, small).

The kinds are plain strings each area declares next to its screens (`registry.ui.PERSONS`,
`production.ui.GROUPS`, `shell.SETTINGS`…), so a new pillar adds its own without editing the kit."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Changes(QObject):
    """One per main window, handed to every page through its constructor."""

    changed = Signal(object)  # frozenset[str] of kinds

    def notify(self, *kinds: str) -> None:
        self.changed.emit(frozenset(kinds))
