"""Kegiatan: one person's part in every pillar, read-only. Each pillar contributes an `ActivitySection` (a
sentence for the summary and its tabs); the dialog shows them in pillar order."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from desmig_desktop.ui.lists import Column, RowTableModel, make_table
from desmig_desktop.ui.widgets import heading, hint


@dataclass(frozen=True)
class ActivityTab:
    key: str
    title: str
    rows: Sequence[Any]
    columns: Sequence[Column]
    widths: tuple[int, ...]
    empty: str  # shown instead of an empty table


@dataclass(frozen=True)
class ActivitySection:
    person_name: str
    summary: str
    tabs: tuple[ActivityTab, ...] = field(default_factory=tuple)


ActivitySource = Callable[[Any, str], ActivitySection]  # (ctx, person_id) -> section


class PersonActivityDialog(QDialog):
    def __init__(self, ctx: Any, person_id: str, sources: Sequence[ActivitySource], parent: QWidget | None = None):
        super().__init__(parent)
        sections = [source(ctx, person_id) for source in sources]
        self.person_name = sections[0].person_name if sections else ""
        self.setWindowTitle(self.tr("Kegiatan %1").replace("%1", self.person_name))
        self.resize(920, 460)
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.person_name, self))
        self.summary = hint(" ".join(s.summary for s in sections if s.summary), self)
        outer.addWidget(self.summary)
        self.tabs = QTabWidget(self)
        outer.addWidget(self.tabs, 1)
        self.models: dict[str, RowTableModel] = {}
        for section in sections:
            for tab in section.tabs:
                self.models[tab.key] = self._tab(tab)

        buttons = QDialogButtonBox(self)
        self.close_button = buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def _tab(self, tab: ActivityTab) -> RowTableModel:
        page = QWidget(self.tabs)
        lay = QVBoxLayout(page)
        model = RowTableModel(list(tab.columns), page)
        model.set_rows(list(tab.rows))
        table = make_table(page, model, tab.widths, sortable=True)
        lay.addWidget(table, 1)
        note = QLabel(tab.empty, page)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setVisible(not tab.rows)
        table.setVisible(bool(tab.rows))
        lay.addWidget(note)
        self.tabs.addTab(page, f"{tab.title} ({len(tab.rows)})")
        return model
