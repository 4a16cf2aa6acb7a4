"""Small building blocks of the Usaha Produktif screens: money/number/date editors, a list table model,
a check list, and a form dialog that shows each service Issue under its field."""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.formatting import rupiah, short_date
from desmig_desktop.ui.ask import ask
from desmig_desktop.ui.dates import DateEdit
from desmig_desktop.ui.feedback import notify
from desmig_desktop.ui.unsaved import guard_unsaved, has_changes, mark_clean  # noqa: F401 (the kit's form API)
from desmig_desktop.ui.widgets import ERROR_COLOUR, FieldBox, dialog_buttons, show_form_issues

DUE_COLOUR = "#a86400"
MUTED_COLOUR = "#5f6368"


# ---- editors -------------------------------------------------------------------------------

def parse_money(text: str) -> int | None:
    """`8000000`, `8.000.000`, `Rp8.000.000`, `Rp 8.000.000,00` -> 8000000; None when not a whole amount."""
    t = text.strip().replace(" ", "")
    t = re.sub(r"^rp\.?", "", t, flags=re.IGNORECASE)
    t = re.sub(r",0{1,2}$", "", t)
    if not t:
        return None
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", t):
        t = t.replace(".", "")
    return int(t) if t.isdigit() else None


class MoneyEdit(QLineEdit):
    """Integer Rupiah typed as 8000000, 8.000.000 or Rp8.000.000; shown as Rp8.000.000 once left."""

    def __init__(self, value: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("mis. Rp8.000.000"))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMinimumWidth(150)
        self.setMaximumWidth(220)
        self.editingFinished.connect(self._tidy)
        if value is not None:
            self.set_value(value)

    def value(self) -> int | None:
        return parse_money(self.text())

    def set_value(self, value: int | None) -> None:
        self.setText(rupiah(value) if value is not None else "")

    def is_empty(self) -> bool:
        return not self.text().strip()

    def _tidy(self) -> None:
        v = self.value()
        if v is not None:
            self.set_value(v)


class CountEdit(QLineEdit):
    """A whole number (quantities): digits only, empty until typed."""

    def __init__(self, value: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setValidator(QIntValidator(0, 999_999_999, self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaximumWidth(140)
        self.setPlaceholderText("0")
        if value is not None:
            self.setText(str(value))

    def value(self) -> int | None:
        t = self.text().strip()
        return int(t) if t.isdigit() else None


def money_issue(field: str, what: str) -> Issue:
    return Issue(field, QCoreApplication.translate("groups", "%1: tulis angka Rupiah, mis. 8000000 atau Rp8.000.000.").replace("%1", what))


def count_issue(field: str, what: str) -> Issue:
    return Issue(field, QCoreApplication.translate("groups", "%1: tulis angka bulat, mis. 25.").replace("%1", what))


def period_text(start: date, end: date | None) -> str:
    """`03/04/2017` for one day, `03/04/2017 – 05/04/2017` for several."""
    return short_date(start) if end is None or end == start else f"{short_date(start)} – {short_date(end)}"


# ---- table model ---------------------------------------------------------------------------

# ---- check list ----------------------------------------------------------------------------

class CheckList(QListWidget):
    """Items with a check box (Space toggles); `checked_ids()` gives the ids of the checked ones. A "Pilih semua"
    box above the items (Ctrl+A in the list) checks every visible item, or unchecks them when all are checked."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumHeight(120)
        self.pick_all = QCheckBox(QCoreApplication.translate("forms", "Pilih semua"), self)
        self.pick_all.setToolTip(QCoreApplication.translate("forms", "Centang atau hapus centang semua (Ctrl+A)"))
        self.pick_all.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one Tab stop per field: Ctrl+A from the list
        self.pick_all.setProperty("unsaved_ignore", True)
        self.pick_all.setTristate(False)
        self.pick_all.clicked.connect(lambda _c: self.toggle_all())
        head = self.pick_all.sizeHint().height() + 4
        self.setViewportMargins(0, head, 0, 0)
        self.itemChanged.connect(lambda _i: self._show_pick_all())
        self._show_pick_all()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        rect = self.viewport().geometry()
        self.pick_all.setGeometry(rect.left() + 4, 2, max(rect.width() - 8, 40), rect.top() - 3)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.key() == Qt.Key.Key_A and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.toggle_all()
            return
        super().keyPressEvent(event)

    def _visible_items(self) -> list[QListWidgetItem]:
        return [self.item(i) for i in range(self.count()) if not self.item(i).isHidden()]

    def _show_pick_all(self) -> None:
        items = self._visible_items()
        checked = sum(1 for i in items if i.checkState() == Qt.CheckState.Checked)
        state = (Qt.CheckState.Checked if items and checked == len(items)
                 else Qt.CheckState.PartiallyChecked if checked else Qt.CheckState.Unchecked)
        self.pick_all.blockSignals(True)
        self.pick_all.setCheckState(state)
        self.pick_all.blockSignals(False)
        self.pick_all.setEnabled(bool(items))

    def toggle_all(self) -> None:
        """Checks every visible item; when they all are checked already, unchecks them."""
        items = self._visible_items()
        target = not (items and all(i.checkState() == Qt.CheckState.Checked for i in items))
        for item in items:
            item.setCheckState(Qt.CheckState.Checked if target else Qt.CheckState.Unchecked)
        self._show_pick_all()

    def set_items(self, items: Iterable[tuple[str, str, bool]]) -> None:
        self.clear()
        for key, text, checked in items:
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if self.count():
            self.setCurrentRow(0)
        self._show_pick_all()

    def ids(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())]

    def checked_ids(self) -> tuple[str, ...]:
        return tuple(self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                     if self.item(i).checkState() == Qt.CheckState.Checked)

    def set_checked(self, ids: Iterable[str], checked: bool = True) -> None:
        wanted = set(ids)
        for i in range(self.count()):
            item = self.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in wanted:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_all(self, checked: bool) -> None:
        self.set_checked(self.ids(), checked)


# ---- dialogs -------------------------------------------------------------------------------

class FormDialog(QDialog):
    """A form whose `save()` calls a service; a ValidationError puts each message under its field
    (in red), keeps the dialog open and nothing is saved. Enter saves; Esc, × and Batal close it, asking
    "Buang perubahan?" first when something was changed. A save is told with `saved_text()` where the officer looks."""

    def __init__(self, title: str, parent: QWidget | None = None, ok_text: str | None = None):
        super().__init__(parent)
        guard_unsaved(self)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.boxes: dict[str, FieldBox] = {}
        self.saved_id: str | None = None
        self.outer = QVBoxLayout(self)
        self.outer.setSpacing(10)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setVerticalSpacing(6)
        self.outer.addLayout(self.form)
        self.general = QLabel(self)
        self.general.setWordWrap(True)
        self.general.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.general.setVisible(False)
        self.outer.addWidget(self.general)
        self.buttons, self.ok_button = dialog_buttons(ok_text or self.tr("Simpan"), self.tr("Batal"), self)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        """Call at the end of a subclass's __init__: adds the buttons below the fields."""
        self.outer.addWidget(self.buttons)

    def field(self, key: str, text: str, editor: QWidget) -> Any:
        box = FieldBox(editor, self)
        self.boxes[key] = box
        lab = QLabel(text, self)
        lab.setBuddy(editor)
        self.form.addRow(lab, box)
        return editor

    def save(self) -> None:
        raise NotImplementedError

    def date_issues(self) -> list[Issue]:
        """A date box left incomplete or impossible is named before anything is saved (never guessed)."""
        return [Issue(key, self.tr("Tanggal belum lengkap atau tidak ada: tulis seperti 22/11/2026."))
                for key, box in self.boxes.items() if isinstance(box.editor, DateEdit) and not box.editor.is_valid()]

    def try_save(self) -> bool:
        self.show_issues([])
        try:
            raise_local(self.date_issues())
            self.save()
        except ValidationError as err:
            self.show_issues(err.issues)
            return False
        self.accept()
        text = self.saved_text()
        if text:
            notify(self.parentWidget() or self, text)
        return True

    def saved_text(self) -> str:
        """What a successful save tells the officer (a subclass names what was saved; "" says nothing)."""
        return self.tr("Tersimpan.")

    def show_issues(self, issues: list[Issue]) -> None:
        show_form_issues(self, self.boxes, self.general, issues)
        for key, box in self.boxes.items():
            if box.text():
                box.editor.setFocus()
                break

    def messages(self) -> str:
        """Every message shown now (tests read it as the user would)."""
        texts = [b.text() for b in self.boxes.values() if b.text()]
        if self.general.isVisible():
            texts.append(self.general.text())
        return "\n".join(texts)


def raise_local(issues: list[Issue]) -> None:
    if issues:
        raise ValidationError(issues)


def ask_confirm(parent: QWidget, title: str, text: str, yes_text: str) -> bool:
    return ask(parent, title, text, yes_text, QCoreApplication.translate("groups", "Batal"))


def tell(parent: QWidget, title: str, text: str, warning: bool = False) -> None:
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.addButton(QCoreApplication.translate("groups", "Tutup"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def muted(text: str = "", parent: QWidget | None = None) -> QLabel:
    lab = QLabel(text, parent)
    lab.setWordWrap(True)
    lab.setStyleSheet(f"color: {MUTED_COLOUR};")
    return lab


def subtitle(text: str, parent: QWidget | None = None) -> QLabel:
    lab = QLabel(text, parent)
    font = lab.font()
    font.setBold(True)
    lab.setFont(font)
    return lab
