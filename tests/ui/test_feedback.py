"""Messages the officer sees where they look: toasts in the window (and its status bar), undo, delete questions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QPushButton, QWidget

from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.ui.feedback import confirm_delete, messages_shown, notify, offer_undo, toasts
from tests.ui.modals import answer


def _window(qtbot) -> QMainWindow:  # type: ignore[no-untyped-def]
    win = QMainWindow()
    win.setCentralWidget(QWidget())
    win.statusBar()
    win.resize(900, 600)
    qtbot.addWidget(win)
    win.show()
    return win


def test_notify_shows_the_message_inside_the_window_and_in_its_status_bar(qtbot):
    win = _window(qtbot)
    button = QPushButton("x", win.centralWidget())
    notify(button, "Data Sri Wahyuni tersimpan.")
    notify(button, "Penempatan tersimpan.")
    assert messages_shown(win) == ["Data Sri Wahyuni tersimpan.", "Penempatan tersimpan."]
    first, second = toasts(win)
    assert first.parentWidget() is win and first.isVisible()
    assert first.geometry().bottom() < second.geometry().top()  # stacked, the newest at the bottom
    assert win.rect().contains(second.geometry()) and abs(second.geometry().center().x() - win.width() // 2) <= 2
    assert win.statusBar().currentMessage() == "Penempatan tersimpan."
    assert QMessageBox not in {type(w) for w in win.findChildren(QWidget) if w.isVisible()}  # never modal


def test_a_message_goes_away_by_itself(qtbot):
    win = _window(qtbot)
    toast = notify(win, "Tersimpan.")
    toast.timer.setInterval(50)
    toast.timer.start()
    qtbot.waitUntil(lambda: messages_shown(win) == [], timeout=2000)


def test_undo_runs_once_from_the_button_or_ctrl_z(qtbot):
    win = _window(qtbot)
    calls: list[str] = []
    toast = offer_undo(win, "Pelatihan dihapus.", lambda: calls.append("undo"))
    assert toast.button is not None and toast.button.text() == "Urungkan"
    assert messages_shown(win) == ["Pelatihan dihapus."]
    assert not toast.label.geometry().intersects(toast.button.geometry())  # the text and the button side by side
    assert toast.label.width() >= toast.label.fontMetrics().horizontalAdvance("Pelatihan dihapus.")
    toast.button.click()
    toast.button.click()
    assert calls == ["undo"] and messages_shown(win) == []
    offer_undo(win, "Biaya dihapus.", lambda: calls.append("again"))
    win.centralWidget().setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.centralWidget().setFocus()
    qtbot.keyClick(win.centralWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(win.centralWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert calls == ["undo", "again"]


def test_an_undo_the_rules_refuse_is_told_not_raised(qtbot):
    win = _window(qtbot)

    def refuse() -> None:
        raise ValidationError([Issue("nik", "NIK 3307090101900001 sudah terdaftar lagi.")])

    offer_undo(win, "Orang dihapus.", refuse).button.click()
    assert messages_shown(win) == ["NIK 3307090101900001 sudah terdaftar lagi."]


def test_confirm_delete_names_what_goes_with_it_and_keeps_by_default(qtbot):
    host = QLabel("host")
    qtbot.addWidget(host)
    seen: list[str] = []
    defaults: list[str] = []
    answer(None, seen, then=lambda box: defaults.append(box.defaultButton().text()))
    assert confirm_delete(host, "kelompok Mekar Sari", ["12 anggota", "3 penjualan"]) is False
    assert defaults == ["Batal"]
    assert seen[0].startswith("Hapus kelompok Mekar Sari?") and "• 12 anggota" in seen[0] and "• 3 penjualan" in seen[0]
    answer("Hapus")
    assert confirm_delete(host, "biaya 03/04/2026", []) is True
