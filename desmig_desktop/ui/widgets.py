"""Small widgets shared by the forms: a field with its message underneath, dates, vocabulary combos."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from desmig_desktop.core.i18n import label

ERROR_COLOUR = "#c62828"
WARNING_COLOUR = "#a86400"
DATE_FORMAT = "dd/MM/yyyy"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class FieldBox(QWidget):
    """An editor with a message line under it (red for errors, amber for warnings)."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(editor)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)
        lay.addWidget(self.message)

    def set_message(self, text: str, warning: bool = False) -> None:
        self.message.setText(self.tr("Peringatan: %1").replace("%1", text) if text and warning else text)
        colour = WARNING_COLOUR if warning else ERROR_COLOUR
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setVisible(bool(text))
        self.message.setProperty("warning", warning)

    def text(self) -> str:
        return "" if self.message.isHidden() else self.message.text()


def fit_height(widget: QWidget) -> None:
    """Grow a window so wrapped messages under its fields are not cut off (never shrinks it)."""
    lay = widget.layout()
    if lay is None:
        return
    lay.activate()
    need = lay.totalHeightForWidth(widget.width()) if lay.hasHeightForWidth() else lay.totalSizeHint().height()
    need = max(need, lay.totalMinimumSize().height())
    if need > widget.height():
        widget.resize(widget.width(), need)


def show_issues(boxes: dict[str, FieldBox], issues, fallback: str | None = None) -> list[str]:  # type: ignore[no-untyped-def]
    """Put each issue under its field; returns the messages that have no field on this form.

    Several messages for one field are shown one per line; errors win the colour over warnings.
    """
    grouped: dict[str, list] = {}  # type: ignore[type-arg]
    leftover: list[str] = []
    for issue in issues:
        key = issue.field if issue.field in boxes else fallback
        if key is None or key not in boxes:
            leftover.append(issue.message)
            continue
        grouped.setdefault(key, []).append(issue)
    for key, box in boxes.items():
        found = grouped.get(key, [])
        box.set_message("\n".join(i.message for i in found), warning=bool(found) and all(i.warning for i in found))
    return leftover


def show_form_issues(form: QWidget, boxes: dict[str, FieldBox], general: QLabel, issues) -> None:  # type: ignore[no-untyped-def]
    """Issues under their fields, the rest in the form's `general` line; the form grows to show them."""
    leftover = show_issues(boxes, issues)
    general.setText("\n".join(leftover))
    general.setVisible(bool(leftover))
    fit_height(form)


class BirthDateEdit(QDateEdit):
    """A required date: dd/MM/yyyy with a calendar popup, never after `maximum`."""

    def __init__(self, maximum: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.setMinimumDate(QDate(1900, 1, 1))
        self.setMaximumDate(to_qdate(maximum))
        self.setDate(QDate(1990, 1, 1))

    def value(self) -> date:
        return to_date(self.date())

    def set_value(self, value: date) -> None:
        self.setDate(to_qdate(value))


class _CalendarShowFilter(QObject):
    def __init__(self, field: "DateField"):
        super().__init__(field)
        self._field = field

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Show and isinstance(obj, QCalendarWidget):
            current = self._field.value() or self._field.today
            obj.setSelectedDate(to_qdate(current))
        return False


class _MaskedDateEdit(QLineEdit):
    """dd/mm/yyyy with fixed slashes; an empty field always takes typing from its first digit."""

    def _home_if_empty(self) -> None:
        if not self.text().replace("/", "").strip():
            self.setCursorPosition(0)

    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().focusInEvent(event)
        QTimer.singleShot(0, self._home_if_empty)

    def mouseReleaseEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().mouseReleaseEvent(event)
        self._home_if_empty()


class DateField(QWidget):
    """An optional date typed as dd/mm/yyyy (digits only, the slashes are fixed) or picked from a calendar.

    Empty means "no date". `value()` is None when empty or incomplete; `is_valid()` tells them apart.
    """

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        self.edit = _MaskedDateEdit(self)
        self.edit.setInputMask("99/99/9999;_")
        self.edit.setToolTip(self.tr("Tulis tanggal seperti 22/11/2026, atau kosongkan."))
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
        lay.addWidget(self.clear_button)
        lay.addStretch(1)
        self.setFocusProxy(self.edit)

    def raw(self) -> str:
        return self.edit.text().replace("/", "").strip()

    def is_empty(self) -> bool:
        return self.raw() == ""

    def value(self) -> date | None:
        try:
            return datetime.strptime(self.edit.text(), "%d/%m/%Y").date()
        except ValueError:
            return None

    def is_valid(self) -> bool:
        return self.is_empty() or self.value() is not None

    def is_typing(self) -> bool:
        """Still being typed (focused and incomplete): too early to call the date wrong."""
        return self.edit.hasFocus() and not self.is_valid()

    def set_value(self, value: date | None) -> None:
        self.edit.setText(value.strftime("%d/%m/%Y") if value else "")
        self.edit._home_if_empty()


def fill_combo(combo: QComboBox, vocabulary: dict[str, str], empty: str | None = None) -> None:
    """Vocabulary labels (translated by core.i18n.label) with the stored value as item data."""
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for key in vocabulary:
        combo.addItem(label(vocabulary, key), key)


def combo_value(combo: QComboBox) -> str | None:
    return combo.currentData()


def set_combo_value(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


def dialog_buttons(ok_text: str, cancel_text: str, parent: QWidget) -> tuple[QDialogButtonBox, QPushButton]:
    """OK/Cancel with our own (translated) texts: Qt ships no Indonesian catalogue for its buttons."""
    box = QDialogButtonBox(parent)
    ok = box.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    box.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
    ok.setDefault(True)
    ok.setAutoDefault(True)
    return box, ok


def error_line(parent: QWidget) -> QLabel:
    """A hidden red line for a form's messages that belong to no single field."""
    label = QLabel(parent)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    lab = QLabel(text, parent)
    font = lab.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    lab.setFont(font)
    return lab


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    lab = QLabel(text, parent)
    lab.setWordWrap(True)
    lab.setStyleSheet("color: #5f6368;")
    return lab


def default_output_dir() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs or Path.home()) / "Desmig"
