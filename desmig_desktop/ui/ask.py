"""The one yes/no question of the app: the safe answer is the default button and Esc (a delete, throwing typed
data away, a final step are never one Enter away)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget | None, title: str, text: str, yes_text: str, keep_text: str,
        icon: QMessageBox.Icon = QMessageBox.Icon.Question, destructive: bool = False) -> bool:
    """True only when the officer chose `yes_text`; `keep_text` is the default and Esc."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    role = QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole
    yes = box.addButton(yes_text, role)
    keep = box.addButton(keep_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is yes
