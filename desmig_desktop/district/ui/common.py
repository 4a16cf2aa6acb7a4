"""What the district pages share: the period picker, a worker started with done/failed slots, the page frame."""

from __future__ import annotations

from datetime import date
from typing import Any, Callable

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QStackedWidget, QVBoxLayout, QWidget

from desmig_desktop.core.periods import Period
from desmig_desktop.ui.workers import Worker


def last_ended_month(today: date) -> Period:
    """The month before `today`'s: the last one that has ended (what villages report on)."""
    return Period.month(today.year - 1, 12) if today.month == 1 else Period.month(today.year, today.month - 1)


def start_job(job: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
              done: Callable[[Any], None], failed: Callable[[BaseException], None],
              ended: Callable[[], None]) -> Worker:
    """Run `job(report, cancelled)` on a worker thread; `done(result)` or `failed(exc)`, then `ended()`, on the GUI
    thread. Every slot is connected before the job starts: a quick job's signals are never missed."""
    worker = Worker(job)
    worker.done.connect(done)
    worker.failed.connect(failed)
    worker.finished.connect(ended)
    return worker.start()


def page_layout(page: QWidget) -> QVBoxLayout:
    outer = QVBoxLayout(page)
    outer.setContentsMargins(24, 16, 24, 12)
    outer.setSpacing(10)
    return outer


class PeriodPicker(QWidget):
    """A month (or, with `kinds`, a quarter or a year) and its year; `changed` when either moves."""

    changed = Signal()

    def __init__(self, initial: Period, last_year: int, kinds: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Bulan"), "month")
        self.kind.addItem(self.tr("Triwulan"), "quarter")
        self.kind.addItem(self.tr("Tahun"), "year")
        self.kind.setVisible(kinds)
        self.month = QComboBox(self)
        locale = QLocale()
        for m in range(1, 13):
            self.month.addItem(locale.standaloneMonthName(m, QLocale.FormatType.LongFormat).capitalize(), m)
        self.month.setMinimumWidth(140)
        self.quarter = QComboBox(self)
        for q, roman in enumerate(("I", "II", "III", "IV"), start=1):
            self.quarter.addItem(self.tr("Triwulan %1").replace("%1", roman), q)
        self.sub = QStackedWidget(self)
        for w in (self.month, self.quarter, QWidget(self)):
            self.sub.addWidget(w)
        self.sub.setMaximumHeight(self.month.sizeHint().height() + 2)
        self.year = QSpinBox(self)
        self.year.setRange(2000, last_year)
        for w in (self.kind, self.sub, self.year):
            row.addWidget(w)
        row.addStretch(1)
        self.set_period(initial)
        self.kind.currentIndexChanged.connect(self.sub.setCurrentIndex)
        for signal in (self.kind.currentIndexChanged, self.month.currentIndexChanged,
                       self.quarter.currentIndexChanged, self.year.valueChanged):
            signal.connect(lambda *_a: self.changed.emit())

    def set_period(self, period: Period) -> None:
        self.kind.setCurrentIndex(self.kind.findData(period.kind))
        self.sub.setCurrentIndex(self.kind.currentIndex())
        self.month.setCurrentIndex(period.start.month - 1)
        self.quarter.setCurrentIndex((period.start.month - 1) // 3)
        self.year.setValue(period.start.year)

    def period(self) -> Period:
        kind, year = self.kind.currentData(), self.year.value()
        if kind == "quarter":
            return Period.quarter(year, self.quarter.currentData())
        if kind == "year":
            return Period.year(year)
        return Period.month(year, self.month.currentData())
