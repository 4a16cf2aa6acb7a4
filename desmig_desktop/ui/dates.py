"""The one date box of every form: `DateEdit`.

A date is typed in one go as dd/mm/yyyy (digits only, the slashes are fixed, one Tab stop, the cursor always
starts at the first digit of an empty box) or picked from a calendar. Nothing is ever changed behind the
officer's back: an incomplete or impossible date stays as typed and `value()` is None, so the form can name
the field; `is_typing()` tells a date still being typed from a wrong one.
Required by default; `optional=True` adds a button to empty it (empty means "no date").
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget, QWidgetAction

DATE_TEXT = "%d/%m/%Y"


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


class _MaskedLineEdit(QLineEdit):
    """dd/mm/yyyy with fixed slashes; an empty box always takes typing from its first digit."""

    def home_if_empty(self) -> None:
        if not self.text().replace("/", "").strip():
            self.setCursorPosition(0)

    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().focusInEvent(event)
        QTimer.singleShot(0, self.home_if_empty)

    def mouseReleaseEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().mouseReleaseEvent(event)
        self.home_if_empty()


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
        self.edit = _MaskedLineEdit(self)
        self.edit.setInputMask("99/99/9999;_")
        self.edit.setToolTip(self.tr("Tulis tanggal seperti 22/11/2026, atau kosongkan.") if optional
                             else self.tr("Tulis tanggal seperti 22/11/2026."))
        self.edit.setMaximumWidth(130)
        self.edit.textChanged.connect(lambda _t: self.changed.emit())
        self.edit.editingFinished.connect(self.changed.emit)
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

    def raw(self) -> str:
        return self.edit.text().replace("/", "").strip()

    def is_empty(self) -> bool:
        return self.raw() == ""

    def value(self) -> date | None:
        """The date shown, or None when the box is empty, incomplete or not a real day."""
        try:
            return datetime.strptime(self.edit.text(), DATE_TEXT).date()
        except ValueError:
            return None

    def is_valid(self) -> bool:
        return self.value() is not None or (self.is_empty() and not self.clear_button.isHidden())

    def is_typing(self) -> bool:
        """Still being typed (focused and incomplete): too early to call the date wrong."""
        return self.edit.hasFocus() and not self.is_valid()

    def set_value(self, value: date | None) -> None:
        self.edit.setText(value.strftime(DATE_TEXT) if value else "")
        self.edit.home_if_empty()


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
