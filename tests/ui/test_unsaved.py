"""Nothing typed is lost: Esc, × and Batal on a changed form ask "Buang perubahan?"; the default keeps the form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLineEdit, QMainWindow, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desmig_desktop.ui.dates import DateEdit
from desmig_desktop.ui.feedback import messages_shown
from desmig_desktop.ui.forms import CheckList, FormDialog, MoneyEdit, guard_unsaved, has_changes
from tests.ui.modals import answer


class _Form(FormDialog):
    def __init__(self, parent: QWidget | None = None, name: str = "", amount: int | None = None):
        super().__init__("Uji", parent)
        self.name = self.field("name", "Nama", QLineEdit(name, self))
        self.amount = self.field("amount", "Jumlah", MoneyEdit(amount, self))
        self.day = self.field("day", "Tanggal", DateEdit(date(2026, 11, 1), self, optional=True))
        self.kind = self.field("kind", "Jenis", QComboBox(self))
        self.kind.addItems(["a", "b"])
        self.note = self.field("note", "Catatan", QPlainTextEdit(self))
        self.flag = self.field("flag", "Aktif", QCheckBox(self))
        self.groups = self.field("groups", "Kelompok", CheckList(self))
        self.groups.set_items([("g1", "Mekar", False), ("g2", "Sari", True)])
        self.finish()
        self.saved: list[str] = []

    def save(self) -> None:
        self.saved.append(self.name.text())

    def saved_text(self) -> str:
        return f"Data {self.name.text()} tersimpan."


def _shown(qtbot, form: QDialog, modal: bool = True) -> QDialog:  # type: ignore[no-untyped-def]
    qtbot.addWidget(form)
    form.setModal(modal)  # as exec() runs it: only a modal form asks
    form.show()
    qtbot.waitExposed(form)
    return form


def test_filling_an_edit_form_is_not_a_change(qtbot):
    form = _shown(qtbot, _Form(name="Sri Wahyuni", amount=8000000))
    assert not has_changes(form)
    form.amount.setFocus()
    form.name.setFocus()  # leaving the amount tidies it: still the same amount
    assert not has_changes(form)
    form.reject()  # nothing changed: closes without asking
    assert not form.isVisible()


def _change_each(form: _Form):  # type: ignore[no-untyped-def]
    yield lambda: form.name.setText("Sri")
    yield lambda: form.amount.setText("9000000")
    yield lambda: form.day.set_value(date(2026, 11, 15))
    yield lambda: form.kind.setCurrentIndex(1)
    yield lambda: form.note.setPlainText("catatan")
    yield lambda: form.flag.setChecked(True)
    yield lambda: form.groups.set_all(True)


def test_every_kind_of_input_counts_as_a_change(qtbot):
    for n in range(7):
        form = _shown(qtbot, _Form(name="Sri Wahyuni"), modal=False)
        list(_change_each(form))[n]()
        assert has_changes(form), n
        form.close()  # not modal: closes without asking (a test's leftovers never wait on a question)
        assert not form.isVisible()


def test_esc_close_and_batal_ask_and_the_default_keeps_the_form(qtbot):
    form = _shown(qtbot, _Form())
    qtbot.keyClicks(form.name, "Sri Wahyuni")
    seen: list[str] = []
    defaults: list[str] = []
    answer(None, seen, then=lambda box: defaults.append(box.defaultButton().text()))  # Enter on the question
    qtbot.keyClick(form.name, Qt.Key.Key_Escape)
    assert form.isVisible() and form.name.text() == "Sri Wahyuni"
    assert defaults == ["Kembali ke formulir"] and "Buang perubahan" in seen[0]
    answer("Kembali ke formulir")
    form.close()  # the window's ×
    assert form.isVisible()
    answer("Kembali ke formulir")
    next(b for b in form.buttons.buttons() if b.text() == "Batal").click()
    assert form.isVisible()
    answer("Buang")
    form.close()
    assert not form.isVisible() and form.result() == QDialog.DialogCode.Rejected and form.saved == []


def test_a_save_says_what_was_saved_in_the_window_behind(qtbot):
    win = QMainWindow()
    win.setCentralWidget(QWidget())
    win.statusBar()
    qtbot.addWidget(win)
    win.show()
    form = _shown(qtbot, _Form(win))
    qtbot.keyClicks(form.name, "Sri Wahyuni")
    assert form.try_save()
    assert not form.isVisible() and form.saved == ["Sri Wahyuni"]
    assert messages_shown(win) == ["Data Sri Wahyuni tersimpan."]
    assert win.statusBar().currentMessage() == "Data Sri Wahyuni tersimpan."


def test_guard_unsaved_protects_any_dialog(qtbot):
    dialog = QDialog()
    lay = QVBoxLayout(dialog)
    edit = QLineEdit(dialog)
    lay.addWidget(edit)
    cancel = QPushButton("Batal", dialog)
    cancel.clicked.connect(dialog.reject)
    lay.addWidget(cancel)
    guard_unsaved(dialog)
    _shown(qtbot, dialog)
    edit.setText("3307090101900001")
    answer("Kembali ke formulir")
    cancel.click()
    assert dialog.isVisible()
    answer("Buang")
    cancel.click()
    assert not dialog.isVisible()
