"""The person list showing the people behind a figure of Beranda (registry.home): `PersonPage.apply_filter`.

The figure's own filters (a destination country, a month of departures or returns, contact lost) have no
control of their own on the list: a bar above the table names them ("Dari Beranda: PMI aktif — Malaysia")
until the officer clears them with its button. Status, sex and "pindah/meninggal" go to their usual controls.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

FIGURE_FIELDS = {"country": None, "departed": None, "returned": None, "lost_contact": False}


translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


class FigureFilterBar(QFrame):
    def __init__(self, page: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.page = page
        self.setObjectName("figureFilter")
        self.setStyleSheet("QFrame#figureFilter { background: #e8f0fe; border-radius: 6px; }")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 4, 6, 4)
        self.label = QLabel(self)
        lay.addWidget(self.label, 1)
        self.clear_button = QPushButton(translate("FigureFilter", "Hapus filter"), self)
        self.clear_button.clicked.connect(self.clear)
        lay.addWidget(self.clear_button)

    def clear(self) -> None:
        self.hide()
        self.page.model.set_query(replace(self.page.current_query(), **FIGURE_FIELDS))


def _bar(page: Any) -> FigureFilterBar:
    bar = getattr(page, "figure_filter", None)
    if bar is None:
        bar = FigureFilterBar(page, page)
        outer = page.layout()
        at = next((i + 1 for i in range(outer.count()) if (item := outer.itemAt(i)).layout() is not None
                   and item.layout().indexOf(page.status_combo) >= 0), 0)
        outer.insertWidget(at, bar)
        page.figure_filter = bar
    return bar


def _choose(combo: Any, value: object) -> None:
    combo.blockSignals(True)
    index = combo.findData(value) if value is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def apply_figure_filter(page: Any, title: str, codes: dict[str, Any]) -> None:
    """Show exactly the people of PersonQuery(**codes); the search text and the other filters are cleared."""
    _choose(page.status_combo, codes.get("status"))
    _choose(page.sex_combo, codes.get("sex"))
    _choose(page.dusun_combo, codes.get("dusun_id"))
    for widget, set_value in ((page.gone_check, lambda: page.gone_check.setChecked(bool(codes.get("include_gone")))),
                              (page.search, page.search.clear)):
        widget.blockSignals(True)
        set_value()
        widget.blockSignals(False)
    figure = {name: codes.get(name, empty) for name, empty in FIGURE_FIELDS.items()}
    bar = _bar(page)
    bar.label.setText(translate("FigureFilter", "Dari Beranda: %1").replace("%1", title))
    bar.setVisible(figure != FIGURE_FIELDS)
    page.model.set_query(replace(page.current_query(), **figure))
