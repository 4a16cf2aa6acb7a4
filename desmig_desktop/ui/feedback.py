"""Telling the officer what just happened, where they are looking.

`notify(widget, text)` shows a short message ("toast") inside the widget's window, near the bottom centre, for a
few seconds — never modal, several stack upwards — and writes it to the window's status bar when it has one.
`offer_undo(widget, text, undo)` is the same with an "Urungkan" button (Ctrl+Z while it shows) that calls `undo`
once. `confirm_delete(parent, what, goes_with)` asks before a deletion, naming what goes with it; Batal is the
default. `delete_with_undo(widget, what, done, delete, restore, after)` is the whole "Hapus" of a list: ask, delete,
refresh, offer "Urungkan" that restores exactly what was deleted. `messages_shown(widget)` gives the texts on screen
now (tests read them as the officer does).
"""

from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStatusBar,
    QWidget,
)

from desmig_desktop.core.errors import ValidationError
from desmig_desktop.core.records import Deletion
from desmig_desktop.ui.ask import ask

SHOW_MS = 4000
UNDO_SHOW_MS = 8000
STATUS_MS = 10000
_MARGIN = 24
_GAP = 8
_TEXT_WIDTH = 520


translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


class Toast(QFrame):
    """One message over the bottom of a window; closes itself after `ms`."""

    def __init__(self, host: QWidget, text: str, ms: int):
        super().__init__(host)
        self.setObjectName("toast")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet("#toast { background: #323232; border-radius: 6px; }"
                           "#toast QLabel { color: white; } "
                           "#toast QPushButton { color: #8ab4f8; background: transparent; border: none; "
                           "font-weight: bold; padding: 2px 6px; }")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(16, 10, 12, 10)
        lay.setSpacing(12)
        self.label = QLabel(text, self)
        widest = max((self.label.fontMetrics().horizontalAdvance(line) for line in text.splitlines()), default=0)
        if widest > _TEXT_WIDTH:  # a long message wraps at a readable width; a short one stays on one line
            self.label.setWordWrap(True)
            self.label.setFixedWidth(_TEXT_WIDTH)
        else:
            self.label.setMinimumWidth(widest + 2)
        lay.addWidget(self.label, 1)
        self.button: QPushButton | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(ms)
        self.timer.timeout.connect(self.close)
        self.timer.start()

    def text(self) -> str:
        return self.label.text()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt API)
        super().closeEvent(event)
        stack = _stack_of(self.parentWidget()) if self.parentWidget() is not None else None
        if stack is not None:
            stack.forget(self)


class _ToastStack(QObject):
    """The toasts of one window, newest at the bottom; follows the window's size."""

    def __init__(self, host: QWidget):
        super().__init__(host)
        self.setObjectName("toast_stack")
        self.host = host
        self.toasts: list[Toast] = []
        host.installEventFilter(self)

    def add(self, toast: Toast) -> None:
        self.toasts.append(toast)
        toast.show()
        toast.raise_()
        self.place()

    def forget(self, toast: Toast) -> None:
        if toast in self.toasts:
            self.toasts.remove(toast)
            self.place()

    def place(self) -> None:
        bottom = self.host.height() - _MARGIN
        for toast in reversed(self.toasts):
            toast.adjustSize()
            toast.resize(min(toast.width(), max(200, self.host.width() - 2 * _MARGIN)), toast.height())
            toast.move(max(0, (self.host.width() - toast.width()) // 2), max(0, bottom - toast.height()))
            bottom -= toast.height() + _GAP

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Resize and obj is getattr(self, "host", None):
            self.place()
        return False


def _stack_of(host: QWidget) -> _ToastStack | None:
    return host.findChild(_ToastStack, "toast_stack", Qt.FindChildOption.FindDirectChildrenOnly)


def _host(widget: QWidget) -> QWidget:
    return widget.window()


def _status(host: QWidget, text: str) -> None:
    bar = host.findChild(QStatusBar)
    if bar is not None:
        bar.showMessage(text, STATUS_MS)


def _show(widget: QWidget, text: str, ms: int) -> Toast:
    host = _host(widget)
    stack = _stack_of(host) or _ToastStack(host)
    toast = Toast(host, text, ms)
    stack.add(toast)
    _status(host, text)
    return toast


def notify(widget: QWidget, text: str) -> Toast:
    """A short message inside `widget`'s window (and its status bar): never modal, gone after a few seconds."""
    return _show(widget, text, SHOW_MS)


def offer_undo(widget: QWidget, text: str, undo: Callable[[], None]) -> Toast:
    """`notify` with an "Urungkan" button (and Ctrl+Z while it shows) that calls `undo` once.

    An undo the rules refuse (a ValidationError, e.g. the NIK was registered again meanwhile) is told in a new
    message, never raised into Qt."""
    toast = _show(widget, text, UNDO_SHOW_MS)
    button = QPushButton(translate("feedback", "Urungkan"), toast)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setToolTip(translate("feedback", "Batalkan yang baru saja dilakukan (Ctrl+Z)"))
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    layout = toast.layout()
    assert layout is not None
    layout.addWidget(button)
    button.show()  # shown now, so that the toast is sized with it
    layout.activate()
    toast.button = button
    host = toast.parentWidget()
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), toast)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    done = [False]

    def run() -> None:
        if done[0]:
            return
        done[0] = True
        shortcut.setEnabled(False)
        toast.close()
        try:
            undo()
        except ValidationError as err:
            notify(host, "\n".join(i.message for i in err.issues))

    button.clicked.connect(run)
    shortcut.activated.connect(run)
    _stack_of(host).place()  # type: ignore[union-attr]  # the button widened it
    return toast


def toasts(widget: QWidget) -> list[Toast]:
    stack = _stack_of(_host(widget))
    return [t for t in stack.toasts if t.isVisible()] if stack is not None else []


def messages_shown(widget: QWidget) -> list[str]:
    """The messages on screen now in `widget`'s window, oldest first."""
    return [t.text() for t in toasts(widget)]


def delete_question(what: str, goes_with: list[str]) -> str:
    text = translate("feedback", "Hapus %1?").replace("%1", what)
    if goes_with:
        text += "\n\n" + translate("feedback", "Ikut terhapus:") + "\n" + "\n".join(f"• {g}" for g in goes_with)
    return text + "\n\n" + translate("feedback", "Bisa diurungkan sesudahnya, atau dipulihkan dari daftar Terhapus.")


def confirm_delete(parent: QWidget, what: str, goes_with: list[str]) -> bool:
    """Asks "Hapus …?" listing what goes with it; True only when the officer chose Hapus (Batal is the default)."""
    return ask(parent, translate("feedback", "Hapus"), delete_question(what, goes_with), translate("feedback", "Hapus"),
               translate("feedback", "Batal"), QMessageBox.Icon.Warning, destructive=True)


def delete_with_undo(widget: QWidget, what: str, done: str, delete: Callable[[], Deletion],
                     restore: Callable[[Deletion], object], after: Callable[[], None], *,
                     after_undo: Callable[[], None] | None = None, goes_with: Sequence[str] = (),
                     ask: Callable[[str, list[str]], bool] | None = None,
                     refuse: Callable[[str], None] | None = None) -> bool:
    """Ask "Hapus `what`?" (naming `goes_with`), `delete()`, call `after()` (refresh, announce), then offer `done`
    with "Urungkan", which calls `restore(deletion)` and `after_undo()` (default: `after`). True when deleted.

    `ask(what, goes_with)` replaces `confirm_delete` (a page's overridable question); a delete the rules refuse
    (a ValidationError) is given to `refuse(text)` when there is one, else raised."""
    goes = list(goes_with)
    if not (ask(what, goes) if ask is not None else confirm_delete(widget, what, goes)):
        return False
    try:
        gone = delete()
    except ValidationError as err:
        if refuse is None:
            raise
        refuse("\n".join(i.message for i in err.issues))
        return False
    after()

    def undo() -> None:
        restore(gone)
        (after_undo or after)()

    offer_undo(widget, done, undo)
    return True
