"""What changed: after a save, screens that show that kind of data refresh (Anki's OpChanges, small)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

PERSONS = "persons"
HOUSEHOLDS = "households"
PLACEMENTS = "placements"
VILLAGE = "village"
GROUPS = "groups"
SETTINGS = "settings"


class Changes(QObject):
    """One per main window, handed to every page through its constructor."""

    changed = Signal(object)  # frozenset[str] of the kinds above

    def notify(self, *kinds: str) -> None:
        self.changed.emit(frozenset(kinds))
