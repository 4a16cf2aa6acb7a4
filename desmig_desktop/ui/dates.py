"""The one date box of every form: `DateEdit`.

A date is typed in one go — `15/11/2026`, `15-11-2026`, `15.11.2026`, `15112026` or `1/5/2026` — or picked from a
calendar; one Tab stop (the buttons take no focus), and arriving in the box selects it all, so typing replaces the
whole date. Nothing is ever changed behind the officer's back: an incomplete or impossible date stays as typed,
is marked as an error on the field when left, and `value()` is None, so the form names the field; there is no
upper or lower clamp (a rule, not the box, refuses a future death). `is_typing()` tells a date still being typed
from a wrong one.
Required by default; `optional=True` adds a button to empty it (empty means "no date").
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget, QWidgetAction

from desmig_desktop.ui.widgets import FieldBox

DATE_TEXT = "%d/%m/%Y"
YEAR_MIN, YEAR_MAX = 1900, 2100
_SEPARATED = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})")
_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{4})")


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _CalendarShowFilter(QObject):
    """When the calendar opens it shows the typed date, or `today` for an empty box."""

    def __init__(self, field: "DateEdit"):
        super().__init__(field)
        self._field = field

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Show and isinstance(obj, QCalendarWidget):
            obj.setSelectedDate(to_qdate(self._field.value() or self._field.today))
        return False


def parse_date(text: str) -> date | None:
    """`15/11/2026`, `15-11-2026`, `15.11.2026`, `15112026` or `1/5/2026` -> that day; None when empty, incomplete,
    impossible (31/02) or outside 1900–2100. Never a guess: nothing is filled in or carried over."""
    t = text.strip()
    m = _SEPARATED.fullmatch(t) or _DIGITS.fullmatch(t)
    if m is None:
        return None
    day, month, year = (int(g) for g in m.groups())
    if not (YEAR_MIN <= year <= YEAR_MAX):
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


class _DateLineEdit(QLineEdit):
    """Free typing of a date (digits and / - . separators); focus selects it all, so typing replaces the whole date
    whatever the way the officer arrived (Tab, click, shortcut) — no leftover digits of the old date."""

    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().focusInEvent(event)
        QTimer.singleShot(0, self, self.selectAll)


class DateEdit(QWidget):
    changed = Signal()  # any edit, a keystroke included
    date_changed = Signal(object)  # a new complete date (or None when emptied): never for a half-typed one

    def __init__(self, value: date | None = None, parent: QWidget | None = None, *, optional: bool = False,
                 today: date | None = None):
        super().__init__(parent)
        self.today = today or value or date.today()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        self.edit = _DateLineEdit(self)
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9/.\- ]{0,12}"), self.edit))
        self.edit.setPlaceholderText(self.tr("hh/bb/tttt"))
        self.edit.setToolTip(self.tr("Tulis tanggal seperti 22/11/2026, atau kosongkan.") if optional
                             else self.tr("Tulis tanggal seperti 22/11/2026."))
        self.edit.setMaximumWidth(130)
        self.edit.textChanged.connect(lambda _t: self.changed.emit())
        self.edit.editingFinished.connect(self._left)
        self._own_message = ""
        lay.addWidget(self.edit)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.button.setToolTip(self.tr("Pilih dari kalender"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        self.calendar = QCalendarWidget(menu)
        self.calendar.setGridVisible(False)
        self.calendar.installEventFilter(_CalendarShowFilter(self))
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.calendar.clicked.connect(lambda d: (self.set_value(to_date(d)), menu.close()))
        self.button.setMenu(menu)
        lay.addWidget(self.button)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("Kosongkan tanggal"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        self.clear_button.setVisible(optional)
        lay.addWidget(self.clear_button)
        lay.addStretch(1)
        self.setFocusProxy(self.edit)
        self._last: date | None = value
        self.edit.textChanged.connect(self._maybe_date_changed)
        self.set_value(value)

    def _maybe_date_changed(self) -> None:
        new = self.value()
        if (new is not None or self.is_empty()) and new != self._last:
            self._last = new
            self.date_changed.emit(new)

    def _left(self) -> None:
        """Leaving the box: a real date is shown as dd/mm/yyyy; anything else stays as typed, marked wrong."""
        value = self.value()
        if value is not None and self.edit.text() != value.strftime(DATE_TEXT):
            self.edit.setText(value.strftime(DATE_TEXT))
        self._mark(self.is_valid() or self.is_empty())
        self.changed.emit()

    def _mark(self, ok: bool) -> None:
        """An impossible or unfinished date is shown as an error on the field itself (never rewritten)."""
        self.edit.setStyleSheet("" if ok else "QLineEdit { border: 2px solid #c62828; }")
        self.edit.setProperty("invalid", not ok)
        message = "" if ok else self.wrong_text()
        box = self.parentWidget()
        if isinstance(box, FieldBox):  # under the field, like the form's own messages
            if message:
                box.set_message(message)
            elif self._own_message and box.text() == self._own_message:
                box.set_message("")
        self._own_message = message

    def wrong_text(self) -> str:
        return self.tr("Tanggal %1 tidak ada: tulis seperti 22/11/2026.").replace("%1", self.edit.text().strip())

    def raw(self) -> str:
        return self.edit.text().strip()

    def is_empty(self) -> bool:
        return self.raw() == ""

    def value(self) -> date | None:
        """The date shown, or None when the box is empty, incomplete or not a real day."""
        return parse_date(self.edit.text())

    def is_valid(self) -> bool:
        return self.value() is not None or (self.is_empty() and not self.clear_button.isHidden())

    def is_typing(self) -> bool:
        """Still being typed (focused and incomplete): too early to call the date wrong."""
        return self.edit.hasFocus() and not self.is_valid()

    def set_value(self, value: date | None) -> None:
        self.edit.setText(value.strftime(DATE_TEXT) if value else "")
        if self._own_message or self.edit.property("invalid"):
            self._mark(True)


def end_follows_start(start: DateEdit, end: DateEdit) -> None:
    """The end date follows the start date (a one-day event) until the officer sets it apart."""
    last = [start.value()]

    def follow(new: date | None) -> None:
        if new is None:
            return
        current = end.value()
        if current is None or current < new or current == last[0]:
            end.set_value(new)
        last[0] = new

    start.date_changed.connect(follow)
