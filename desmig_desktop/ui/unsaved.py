"""Nothing typed is lost: a dialog with changes asks "Buang perubahan?" before Esc, × or Batal close it.

`guard_unsaved(dialog)` snapshots the value of every input inside the dialog when it is first shown (so filling an
edit form is not a change) and, on reject, compares; when something differs it asks, with "Kembali ke formulir"
as the default. `has_changes(dialog)` and `mark_clean(dialog)` for forms that need them. A widget with the
property `unsaved_ignore` set to True (a "pilih semua" box, a read-only summary) is not compared.
Only a dialog running modally asks (exec()/open(), as every form of the app is run): one merely shown closes as
before, so closing the windows a test left open never waits on a question.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desmig_desktop.ui.ask import ask

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def _ignored(w: QWidget) -> bool:
    while w is not None and not isinstance(w, QDialog):
        if w.property("unsaved_ignore"):
            return True
        w = w.parentWidget()
    return False


def _value(w: QWidget) -> Any:
    """What the officer entered in one input, or a sentinel for widgets that hold no input."""
    if isinstance(w, QLineEdit):
        if isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox)):
            return _NONE  # the combo or spin box itself is compared
        value = getattr(w, "value", None)  # MoneyEdit/CountEdit: 8000000 and Rp8.000.000 are the same amount
        if callable(value):
            v = value()
            if v is not None:
                return v
        return w.text()
    if isinstance(w, (QTextEdit, QPlainTextEdit)):
        return None if w.isReadOnly() else w.toPlainText()
    if isinstance(w, QComboBox):
        return (w.currentIndex(), w.currentText() if w.isEditable() else "")
    if isinstance(w, QAbstractSpinBox):
        return w.text()
    if isinstance(w, QAbstractButton):
        return w.isChecked() if w.isCheckable() else _NONE
    if isinstance(w, QListWidget):
        states = tuple((w.item(i).data(Qt.ItemDataRole.UserRole), w.item(i).checkState().value)
                       for i in range(w.count()) if w.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable)
        return states if states else _NONE
    return _NONE


_NONE = object()


def snapshot(dialog: QDialog) -> dict[int, Any]:
    values: dict[int, Any] = {}
    for w in dialog.findChildren(QWidget):
        if _ignored(w):
            continue
        v = _value(w)
        if v is not _NONE:
            values[id(w)] = (w, v)
    return values


class _Guard(QObject):
    # Class-level defaults: Qt may deliver an event while the Python wrapper is being torn down (its instance
    # attributes gone); the filter must then answer False, not raise.
    dialog: QDialog | None = None
    before: dict[int, Any] | None = None

    def __init__(self, dialog: QDialog):
        super().__init__(dialog)
        self.setObjectName("unsaved_guard")
        self.dialog = dialog
        self.before: dict[int, Any] | None = None
        dialog.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        try:
            if event.type() == QEvent.Type.Show and obj is self.dialog and self.before is None:
                self.before = snapshot(obj)  # type: ignore[arg-type]
        except (AttributeError, RuntimeError):  # a dialog (or its wrapper) already being destroyed
            pass
        return False

    def changed(self) -> list[QWidget]:
        if self.before is None:
            return []
        now = snapshot(self.dialog)
        return [w for key, (w, v) in self.before.items() if key in now and now[key][1] != v]

    def reject(self) -> None:
        if self.dialog.isModal() and self.changed() and not ask_discard(self.dialog):
            return
        QDialog.reject(self.dialog)


def ask_discard(parent: QWidget) -> bool:
    """"Buang perubahan?": True to throw the typed values away; the default keeps the form."""
    return ask(parent, translate("unsaved", "Buang perubahan?"),
               translate("unsaved", "Ada isian yang belum disimpan. Buang perubahan dan tutup formulir?"),
               translate("unsaved", "Buang"), translate("unsaved", "Kembali ke formulir"), destructive=True)


def _guard_of(dialog: QDialog) -> _Guard | None:
    return dialog.findChild(_Guard, "unsaved_guard", Qt.FindChildOption.FindDirectChildrenOnly)


def guard_unsaved(dialog: QDialog) -> QDialog:
    """Esc, × and Batal on `dialog` ask before dropping changes made since it was first shown."""
    if _guard_of(dialog) is None:
        guard = _Guard(dialog)
        dialog.reject = guard.reject  # type: ignore[method-assign]  # Esc, × and Batal all go through reject()
    return dialog


def has_changes(dialog: QDialog) -> bool:
    guard = _guard_of(dialog)
    return bool(guard and guard.changed())


def mark_clean(dialog: QDialog) -> None:
    """Take the values shown now as the unchanged ones (after a form fills itself later than its first show)."""
    guard = _guard_of(dialog)
    if guard is not None:
        guard.before = snapshot(dialog)
