"""Beranda in district mode: the kabupaten's figures for the last ended month — the reporting rate (villages
expected and arrived), the people by status of the kabupaten recap's totals (district.recap), the movers — and
a table per kecamatan. Read on a worker thread; fits a 1366×768 screen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.files import describe_failure
from desmig_desktop.core.formatting import number, percent
from desmig_desktop.district.ui.common import last_ended_month, page_layout, start_job
from desmig_desktop.ui.lists import Column, RowTableModel, fit_columns, make_table
from desmig_desktop.ui.widgets import ERROR_COLOUR, heading
from desmig_desktop.ui.workers import Worker

STATUSES = ("calon", "aktif", "purna", "keluarga")  # the recap's by_status codes shown as figures


@dataclass(frozen=True)
class KecamatanLine:
    kecamatan: str
    expected: int
    arrived: int
    by_status: dict[str, int]


@dataclass(frozen=True)
class HomeFigures:
    status: Any  # district.status.ReportingStatus
    by_status: dict[str, tuple[int, int]]  # code -> (male, female), the kabupaten's sum
    lost_contact: int
    movers: int
    kecamatan: tuple[KecamatanLine, ...]


def read_home(engine: Any, pillars: Sequence[Any], today: date) -> HomeFigures:
    """The figures of the page (worker thread): status and recap of the last ended month, movers on `today`."""
    from desmig_desktop.district.movers import movers
    from desmig_desktop.district.recap import build_district_recap
    from desmig_desktop.district.status import reporting_status

    period = last_ended_month(today)
    status = reporting_status(engine, period)
    recap = build_district_recap(engine, period, pillars, today=today)

    def by_status(values: tuple[int, ...]) -> dict[str, tuple[int, int]]:
        return {code: (values[recap.column_index("registry.by_status", code, "L")],
                       values[recap.column_index("registry.by_status", code, "P")]) for code in STATUSES}

    total = recap.kabupaten_total()
    per_kec = {row.kecamatan: {code: m + f for code, (m, f) in by_status(row.values).items()}
               for row in recap.totals() if row.kecamatan}
    expected: dict[str, list[int]] = {}
    for row in status.rows:
        counts = expected.setdefault(row.kecamatan, [0, 0])
        counts[0] += 1
        counts[1] += int(row.arrived)
    lines = tuple(KecamatanLine(k, e, a, per_kec.get(k, {code: 0 for code in STATUSES}))
                  for k, (e, a) in sorted(expected.items(), key=lambda kv: kv[0].casefold()))
    lost = total.values[recap.column_index("registry.lost_contact")]
    return HomeFigures(status, by_status(total.values), lost, len(movers(engine, today)), lines)


class FigureBox(QFrame):
    """A big number with its caption and a small line under it; clicking opens the page behind it."""

    clicked = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("figure")
        self.setStyleSheet("QFrame#figure { background: #ffffff; border: 1px solid #dadce0; border-radius: 8px; }")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 10)
        lay.setSpacing(2)
        self.caption = QLabel(caption, self)
        self.caption.setStyleSheet("color: #5f6368;")
        self.value = QLabel("–", self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setStyleSheet("color: #202124;")
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #5f6368;")
        for w in (self.caption, self.value, self.detail):
            lay.addWidget(w)
        lay.addStretch(1)

    def show_value(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)

    def mousePressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self.clicked.emit()
        super().mousePressEvent(event)


class DistrictHome(QWidget):
    loaded = Signal(object)  # HomeFigures
    open_page = Signal(str)

    def __init__(self, engine: Any, pillars: Sequence[Any], today: date, kabupaten: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.engine, self.pillars, self.today = engine, tuple(pillars), today
        self.figures: HomeFigures | None = None
        self.worker: Worker | None = None
        self.period = last_ended_month(today)
        outer = page_layout(self)
        head = QHBoxLayout()
        head.addWidget(heading(self.tr("Beranda — Kabupaten %1").replace("%1", kabupaten) if kabupaten
                               else self.tr("Beranda"), self))
        head.addStretch(1)
        self.as_of = QLabel(self.tr("Laporan bulan %1").replace("%1", self.period.label), self)
        self.as_of.setStyleSheet("color: #5f6368;")
        head.addWidget(self.as_of)
        self.reload = QPushButton(self.tr("Muat ulang"), self)
        self.reload.clicked.connect(self.refresh)
        head.addWidget(self.reload)
        outer.addLayout(head)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        outer.addWidget(self.message)

        grid = QGridLayout()
        grid.setSpacing(10)
        self.rate = FigureBox(self.tr("Desa sudah melapor"), self)
        self.rate.clicked.connect(lambda: self.open_page.emit("status"))
        self.missing = FigureBox(self.tr("Desa belum melapor"), self)
        self.missing.clicked.connect(lambda: self.open_page.emit("status"))
        self.movers = FigureBox(self.tr("Penduduk pindah antardesa"), self)
        self.movers.clicked.connect(lambda: self.open_page.emit("movers"))
        self.lost = FigureBox(self.tr("PMI hilang kontak"), self)
        for col, box in enumerate((self.rate, self.missing, self.movers, self.lost)):
            grid.addWidget(box, 0, col)
        captions = {"calon": self.tr("Calon PMI"), "aktif": self.tr("PMI aktif"), "purna": self.tr("PMI purna"),
                    "keluarga": self.tr("Keluarga PMI")}
        self.status_boxes = {code: FigureBox(captions[code], self) for code in STATUSES}
        for col, code in enumerate(STATUSES):
            grid.addWidget(self.status_boxes[code], 1, col)
        outer.addLayout(grid)

        title = QLabel(self.tr("Per kecamatan"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        outer.addWidget(title)
        columns = [
            Column(self.tr("Kecamatan"), lambda r: r.kecamatan),
            Column(self.tr("Desa melapor"), lambda r: self.tr("%1 dari %2").replace("%1", str(r.arrived))
                   .replace("%2", str(r.expected)), key=lambda r: (r.arrived / r.expected if r.expected else 0)),
        ] + [Column(captions[code], lambda r, c=code: number(r.by_status.get(c, 0)),
                    key=lambda r, c=code: r.by_status.get(c, 0), right=True) for code in STATUSES]
        self.model = RowTableModel(columns, self)
        self.table = fit_columns(make_table(self, self.model, sortable=True), 0)
        outer.addWidget(self.table, 1)

    def refresh(self) -> None:
        if self.worker is not None:
            return
        engine, pillars, today = self.engine, self.pillars, self.today
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Menghitung angka kabupaten…"))
        self.worker = start_job(lambda _r, _c: read_home(engine, pillars, today), self._show, self._failed,
                                self._ended)

    def _ended(self) -> None:
        self.worker = None

    def _show(self, figures: HomeFigures) -> None:
        self.figures = figures
        status = figures.status
        self.message.setText("")
        self.message.setVisible(False)
        self.rate.show_value(self.tr("%1 dari %2").replace("%1", number(status.arrived))
                             .replace("%2", number(status.expected)),
                             self.tr("tingkat pelaporan %1").replace("%1", percent(status.rate, 0)))
        missing = [r.name for r in status.rows if not r.arrived]
        shown = ", ".join(missing[:4]) + (self.tr(", dan %1 lainnya").replace("%1", str(len(missing) - 4))
                                          if len(missing) > 4 else "")
        self.missing.show_value(number(len(missing)), shown or self.tr("semua desa sudah melapor"))
        self.movers.show_value(number(figures.movers), self.tr("dihitung sekali, di satu desa"))
        self.lost.show_value(number(figures.lost_contact), self.tr("menurut paket yang sudah masuk"))
        for code, box in self.status_boxes.items():
            male, female = figures.by_status.get(code, (0, 0))
            box.show_value(number(male + female), self.tr("L %1 · P %2").replace("%1", number(male))
                           .replace("%2", number(female)))
        self.model.set_rows(figures.kecamatan)
        self.loaded.emit(figures)

    def _failed(self, exc: BaseException) -> None:
        self.message.setVisible(True)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message.setText(describe_failure(exc))

    def shutdown(self) -> None:
        if self.worker is not None:
            self.worker.wait(60)

