"""Penduduk pindah: the same NIK live in two or more villages — one person who moved — with the villages, the
dates of their `pindah keluar` / `pindah datang` and the one village that counts them (district.movers: the
village of the latest pindah datang, else the one that registered the person first). NIK masked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desmig_desktop.core.files import describe_failure
from desmig_desktop.core.formatting import long_date, short_date
from desmig_desktop.core.privacy import mask_number
from desmig_desktop.district.ui.common import page_layout, start_job
from desmig_desktop.ui.lists import Column, RowTableModel, fit_columns, make_table, search_as_you_type
from desmig_desktop.ui.widgets import ERROR_COLOUR, heading, hint
from desmig_desktop.ui.workers import Worker


@dataclass(frozen=True)
class MoverLine:
    """One mover as the table shows them: where from, where to, when, and where counted."""

    nik: str  # masked
    name: str
    origin: str
    destination: str
    moved_out_on: date | None
    moved_in_on: date | None
    counted_in: str


def _place_name(place: Any) -> str:
    return f"{place.village_name} ({place.kecamatan})" if place.kecamatan else place.village_name or place.village_code


def mover_line(mover: Any) -> MoverLine:
    places = list(mover.places)
    arrived = [p for p in places if p.moved_in_on is not None]
    dest = max(arrived, key=lambda p: p.moved_in_on) if arrived else None
    others = [p for p in places if p is not dest]
    left = [p for p in others if p.moved_out_on is not None]
    origin = left[0] if left else others[0] if others else None
    if dest is None:
        rest = [p for p in others if p is not origin]
        destination = ", ".join(_place_name(p) for p in rest)
    else:
        destination = _place_name(dest)
    counted = next((p for p in places if p.counted), None)
    return MoverLine(mask_number(mover.nik), mover.name, _place_name(origin) if origin else "", destination,
                     origin.moved_out_on if origin else None, dest.moved_in_on if dest else None,
                     _place_name(counted) if counted else "")


class MoversPage(QWidget):
    loaded = Signal(object)  # list[MoverLine]

    def __init__(self, engine: Any, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.engine = engine
        self.day = today
        self.lines: list[MoverLine] = []
        self.worker: Worker | None = None
        outer = page_layout(self)
        outer.addWidget(heading(self.tr("Penduduk pindah"), self))
        outer.addWidget(hint(self.tr("NIK yang tercatat di dua desa atau lebih adalah satu orang yang pindah. Ia "
                                     "dihitung sekali: di desa dengan pindah datang terakhir, atau bila tidak ada, di "
                                     "desa yang pertama mendaftarkannya."), self))
        row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Cari nama atau desa…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)
        self.search.setMaximumWidth(360)
        row.addWidget(self.search)
        self.count = QLabel(self)
        row.addWidget(self.count, 1)
        self.reload = QPushButton(self.tr("Muat ulang"), self)
        self.reload.clicked.connect(self.refresh)
        row.addWidget(self.reload)
        outer.addLayout(row)
        columns = [
            Column(self.tr("NIK"), lambda r: r.nik),
            Column(self.tr("Nama"), lambda r: r.name),
            Column(self.tr("Desa asal"), lambda r: r.origin),
            Column(self.tr("Desa tujuan"), lambda r: r.destination),
            Column(self.tr("Pindah keluar"), lambda r: short_date(r.moved_out_on),
                   key=lambda r: r.moved_out_on or date.min),
            Column(self.tr("Pindah datang"), lambda r: short_date(r.moved_in_on),
                   key=lambda r: r.moved_in_on or date.min),
            Column(self.tr("Dihitung di"), lambda r: r.counted_in),
        ]
        self.model = RowTableModel(columns, self)
        self.table = fit_columns(make_table(self, self.model, sortable=True), 1, 2, 3, 6)
        outer.addWidget(self.table, 1)
        search_as_you_type(self.search, self._filter)

    def refresh(self) -> None:
        if self.worker is not None:
            return
        from desmig_desktop.district.movers import movers

        engine, day = self.engine, self.day
        self.count.setStyleSheet("")
        self.count.setText(self.tr("Membaca…"))
        self.worker = start_job(lambda _r, _c: [mover_line(m) for m in movers(engine, day)], self._show,
                                self._failed, self._ended)

    def _ended(self) -> None:
        self.worker = None

    def _show(self, lines: list[MoverLine]) -> None:
        self.lines = lines
        self._filter()
        self.loaded.emit(lines)

    def _filter(self) -> None:
        words = self.search.text().casefold().split()
        shown = [ln for ln in self.lines
                 if all(w in f"{ln.name} {ln.origin} {ln.destination}".casefold() for w in words)]
        self.model.set_rows(shown)
        self.count.setText(self.tr("%n orang tercatat di lebih dari satu desa pada %1.", "", len(self.lines)).replace(
            "%1", long_date(self.day)) if self.lines
            else self.tr("Tidak ada NIK yang tercatat di lebih dari satu desa pada %1.").replace(
                "%1", long_date(self.day)))

    def _failed(self, exc: BaseException) -> None:
        self.count.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.count.setText(describe_failure(exc))

    def shutdown(self) -> None:
        if self.worker is not None:
            self.worker.wait(30)
