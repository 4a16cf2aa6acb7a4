"""Small widgets shared by the forms: a field with its message underneath, dates, vocabulary combos."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.i18n import label

ERROR_COLOUR = "#c62828"
WARNING_COLOUR = "#a86400"


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
        self._last: tuple[str, bool] = ("", False)

    standing = ""  # a warning the field itself keeps while its value stays so (see warn_if_id_number)

    def set_standing(self, text: str) -> None:
        self.standing = text
        self.set_message(*self._last)

    def set_message(self, text: str, warning: bool = False) -> None:
        self._last = (text, warning)
        if not text and self.standing:
            text, warning = self.standing, True
        elif self.standing and warning:
            text = f"{text}\n{self.standing}"
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


_ID_NUMBER = re.compile(r"\d{16}")


def id_number_warning(text: str, field_label: str) -> str:
    """A free-text field given a 16-digit number (a NIK or No. KK typed one field off): the warning, or ""."""
    if not _ID_NUMBER.fullmatch(re.sub(r"[\s.\-]", "", text)):
        return ""
    return QCoreApplication.translate("widgets", "%1 berisi 16 angka, seperti NIK atau No. KK: periksa apakah "
                                      "isian ini masuk ke kolom yang benar.").replace("%1", field_label)


def warn_if_id_number(line_edit: QLineEdit, field_label: str) -> None:
    """Warn (amber, under the field when it sits in a FieldBox) while `line_edit` holds a 16-digit number; the
    value is kept — it is a warning, not a refusal. `line_edit.property("id_warning")` is the text shown."""

    def check() -> None:
        text = id_number_warning(line_edit.text(), field_label)
        if text == (line_edit.property("id_warning") or ""):
            return
        line_edit.setProperty("id_warning", text)
        line_edit.setStyleSheet(f"QLineEdit {{ border: 2px solid {WARNING_COLOUR}; }}" if text else "")
        line_edit.setToolTip(text)
        box = line_edit.parentWidget()
        if isinstance(box, FieldBox):
            box.set_standing(text)

    line_edit.textChanged.connect(lambda _t: check())
    check()


NAV_STYLE = """
QListWidget#nav { background: #f1f3f4; border: none; border-right: 1px solid #dadce0; padding-top: 8px; }
QListWidget#nav::item { padding: 10px 12px; margin: 2px 6px; border-radius: 6px; color: #202124; }
QListWidget#nav::item:selected { background: #d2e3fc; color: #0b3d91; }
QListWidget#nav::item:hover:!selected { background: #e8eaed; }
"""


def nav_list(parent: QWidget) -> QListWidget:
    """The side list of a main window's pages (the village's and the district's): one look for both."""
    from PySide6.QtCore import QSize

    nav = QListWidget(parent)
    nav.setObjectName("nav")
    nav.setStyleSheet(NAV_STYLE)
    nav.setFixedWidth(200)
    nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # titles fit: fit_nav_width
    nav.setIconSize(QSize(18, 18))
    font = nav.font()
    font.setPointSizeF(font.pointSizeF() * 1.08)
    nav.setFont(font)
    return nav


def fit_nav_width(nav: QListWidget) -> None:
    """Widen the side list (at least 200 px) so that its longest page title is not cut, once its items are in:
    the title, its icon (loaded later), NAV_STYLE's paddings and margins (2 x (12 + 6)), the icon's gap and the
    frame (measured at 1366x768: 24 px less cut the last letters)."""
    metrics = nav.fontMetrics()
    longest = max((metrics.horizontalAdvance(nav.item(i).text()) for i in range(nav.count())), default=0)
    nav.setFixedWidth(max(200, longest + nav.iconSize().width() + 2 * (12 + 6) + 8 + 24))
