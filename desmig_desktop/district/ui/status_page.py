"""Status pelaporan: for a chosen period, per village the district expects, whether its package has arrived,
when, its sequence, the revisions received after it and the warnings; the reporting rate above the table
(district.status.reporting_status, read on a worker thread)."""

from __future__ import annotations

from datetime import date, timezone
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desmig_desktop.core.files import describe_failure
from desmig_desktop.core.formatting import percent
from desmig_desktop.district.ui.common import PeriodPicker, last_ended_month, page_layout, start_job
from desmig_desktop.ui.lists import Column, RowTableModel, fit_columns, make_table
from desmig_desktop.ui.widgets import ERROR_COLOUR, WARNING_COLOUR, heading, hint
from desmig_desktop.ui.workers import Worker

MISSING_COLOUR = ERROR_COLOUR


def local_time(value: Any) -> str:
    """A UTC timestamp as the officer's local date and time (`3/11/2026 15.15`)."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp())).toLocalTime()
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class StatusPage(QWidget):
    loaded = Signal(object)  # ReportingStatus

    def __init__(self, engine: Any, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.engine = engine
        self.status: Any = None
        self.worker: Worker | None = None
        self._again = False
        outer = page_layout(self)
        outer.addWidget(heading(self.tr("Status pelaporan"), self))
        outer.addWidget(hint(self.tr("Desa yang paketnya untuk periode ini sudah digabung, kapan diterima, dan "
                                     "revisi yang datang sesudahnya. Baris merah: paket belum datang."), self))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Periode"), self))
        self.picker = PeriodPicker(last_ended_month(today), today.year, parent=self)
        self.picker.changed.connect(self.refresh)
        row.addWidget(self.picker)
        self.reload = QPushButton(self.tr("Muat ulang"), self)
        self.reload.clicked.connect(self.refresh)
        row.addWidget(self.reload)
        row.addStretch(1)
        outer.addLayout(row)
        self.rate = QLabel(self)
        font = self.rate.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.rate.setFont(font)
        self.rate.setWordWrap(True)
        outer.addWidget(self.rate)
        yes, no = self.tr("Ya"), self.tr("Belum")
        columns = [
            Column(self.tr("Kecamatan"), lambda r: r.kecamatan),
            Column(self.tr("Desa"), lambda r: r.name or r.code),
            Column(self.tr("Diterima"), lambda r: yes if r.arrived else no, key=lambda r: r.arrived,
                   colour=lambda r: None if r.arrived else MISSING_COLOUR),
            Column(self.tr("Tanggal terima"), lambda r: local_time(r.received_at),
                   key=lambda r: (r.received_at is not None, r.received_at or 0)),
            Column(self.tr("Urutan"), lambda r: "" if r.sequence is None else str(r.sequence),
                   key=lambda r: r.sequence or 0, right=True),
            Column(self.tr("Revisi sesudahnya"), lambda r: str(r.later) if r.later else "", key=lambda r: r.later,
                   right=True),
            Column(self.tr("Peringatan"), lambda r: " ".join(r.warnings),
                   colour=lambda r: WARNING_COLOUR if r.warnings else None),
        ]
        self.model = RowTableModel(columns, self)
        self.table = fit_columns(make_table(self, self.model, sortable=True), 1, 6)
        outer.addWidget(self.table, 1)

    def period(self) -> Any:
        return self.picker.period()

    def refresh(self) -> None:
        if self.worker is not None:
            self._again = True  # the period moved while reading: read once more when this reading ends
            return
        from desmig_desktop.district.status import reporting_status

        engine, period = self.engine, self.period()
        self.rate.setStyleSheet("")
        self.rate.setText(self.tr("Membaca status %1…").replace("%1", period.label))
        self.worker = start_job(lambda _r, _c: reporting_status(engine, period), self._show, self._failed,
                                self._ended)

    def _ended(self) -> None:
        self.worker = None
        if self._again:
            self._again = False
            self.refresh()

    def _show(self, status: Any) -> None:
        self.status = status
        self.model.set_rows(status.rows)
        if status.expected == 0:
            self.rate.setText(self.tr("Belum ada desa terdaftar: gabungkan paket dengan \"Tambahkan desa yang belum "
                                      "terdaftar\", atau daftarkan desa dengan desmig district villages add."))
        else:
            self.rate.setText(self.tr("%1: %2 dari %3 desa sudah melapor (%4); %5 belum.")
                              .replace("%1", status.period.label).replace("%2", str(status.arrived))
                              .replace("%3", str(status.expected)).replace("%4", percent(status.rate, 0))
                              .replace("%5", str(status.expected - status.arrived)))
        self.loaded.emit(status)

    def _failed(self, exc: BaseException) -> None:
        self.rate.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.rate.setText(describe_failure(exc))

    def shutdown(self) -> None:
        if self.worker is not None:
            self.worker.wait(30)

