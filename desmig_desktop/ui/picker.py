"""Picking a registered person for a form: type a name or NIK, the matches show (names starting with what was
typed first: "Sri" lists Sri Wahyuni before Musrifah) and nothing is picked until the officer moves to a row,
or only one match remains. The area's screen hands in how to search and how to describe a row (the kit knows no
area): `PersonPicker(find, line)`, `find(text, limit)` -> rows with `.id` and `.name`."""

from __future__ import annotations

from typing import Any, Callable, Sequence

from PySide6.QtWidgets import QLineEdit, QListWidget, QVBoxLayout, QWidget

from desmig_desktop.ui.forms import muted
from desmig_desktop.ui.lists import pick_keys, picked, search_as_you_type, show_matches

MAX_RESULTS = 50


class PersonPicker(QWidget):
    def __init__(self, find: Callable[[str, int], Sequence[Any]], line: Callable[[Any], str],
                 parent: QWidget | None = None, limit: int = MAX_RESULTS):
        super().__init__(parent)
        self._find, self._line, self._limit = find, line, limit
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Ketik nama atau NIK orang yang sudah terdaftar…"))
        self.search.setClearButtonEnabled(True)
        lay.addWidget(self.search)
        self.results = QListWidget(self)
        self.results.setMinimumHeight(180)
        lay.addWidget(self.results)
        self.result_hint = muted("", self)
        lay.addWidget(self.result_hint)
        self.setFocusProxy(self.search)
        self.timer = search_as_you_type(self.search, self.search_now)
        pick_keys(self.search, self.results)  # Down moves to the list and picks its first row
        self.search_now()

    def search_now(self) -> None:
        self.timer.stop()
        text = self.search.text().strip()
        rows = list(self._find(text, self._limit)) if text else []
        low = text.lower()
        rows.sort(key=lambda r: (not r.name.lower().startswith(low),
                                 not any(w.startswith(low) for w in r.name.lower().split()), r.name.lower()))
        show_matches(self.results, ((self._line(r), r.id) for r in rows))
        if not text:
            self.result_hint.setText(self.tr("Orang harus sudah terdaftar di data penduduk."))
        elif not rows:
            self.result_hint.setText(self.tr("Tidak ada orang yang cocok. Daftarkan dulu di halaman Penduduk."))
        elif len(rows) >= self._limit:
            self.result_hint.setText(self.tr("Menampilkan %1 hasil pertama: ketik lebih lengkap.").replace("%1", str(self._limit)))
        else:
            self.result_hint.setText(self.tr("%Ln orang cocok.", "", len(rows)))

    def person_id(self) -> str | None:
        """The picked person (a search still waiting for its pause runs first), or None."""
        if self.timer.isActive():
            self.search_now()
        return picked(self.results)
