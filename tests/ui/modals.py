"""Answering the modal dialogs a widget opens, as the officer would, without blocking the test."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget


def answer(button_text: str | None, seen: list[str] | None = None, *, then: Callable[[QWidget], None] | None = None,
           tries: int = 200) -> None:
    """When the next modal window shows, note its text in `seen`, run `then(modal)` and click the button whose text
    is `button_text` (None: press its default button, as Enter would)."""

    def poll(left: int) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible():
            if left:
                QTimer.singleShot(10, lambda: poll(left - 1))
            return
        if seen is not None:
            seen.append(modal.text() if isinstance(modal, QMessageBox) else modal.windowTitle())
        if then is not None:
            then(modal)
        if isinstance(modal, QMessageBox):
            if button_text is None:
                modal.defaultButton().click()
                return
            for b in modal.buttons():
                if b.text() == button_text:
                    b.click()
                    return
            raise AssertionError(f"no button {button_text!r} in {[b.text() for b in modal.buttons()]}")
        if button_text is not None:
            for b in modal.findChildren(QAbstractButton):
                if b.text() == button_text and b.isVisible():
                    b.click()
                    return

    QTimer.singleShot(0, lambda: poll(tries))


def buttons_of(box: QMessageBox) -> list[str]:
    return [b.text() for b in box.buttons()]


def saving(qtbot, change):  # type: ignore[no-untyped-def]
    """A `run_dialog` for a screen: shows the dialog, changes it with `change(dialog)` as the officer would, and
    presses its save button (the dialog's own checks run; a refused save leaves it open and returns 0)."""

    def run(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        change(dialog)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    return run


def retype(qtbot, field, text):  # type: ignore[no-untyped-def]
    """Replace what a field holds by typing `text` into it."""
    field.setFocus()
    field.selectAll()
    field.clear()
    qtbot.keyClicks(field, text)
