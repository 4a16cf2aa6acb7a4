"""One generic background worker for every long job (recap, import, export, demo), plus its progress dialog.

A job is a plain callable `job(report, cancelled) -> result`: `report(done, total)` moves the progress bar,
`cancelled()` tells the job the user pressed Batal. The job runs on a QThreadPool thread; the worker's
signals arrive on the GUI thread (queued), so slots may touch widgets.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Job = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _Runnable(QRunnable):
    def __init__(self, worker: "Worker"):
        super().__init__()
        self._worker = worker
        self.setAutoDelete(True)

    def run(self) -> None:
        self._worker._run()


class Worker(QObject):
    """Runs `job` off the GUI thread. Emits exactly one of `done(result)` / `failed(exception)`."""

    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)
    finished = Signal()  # after done/failed, either way

    def __init__(self, job: Job, pool: QThreadPool | None = None):
        super().__init__()
        self._job = job
        self._pool = pool or QThreadPool.globalInstance()
        self._cancel = threading.Event()
        self._idle = threading.Event()
        self._idle.set()
        self._self_ref: Worker | None = None
        self.finished.connect(self._release, Qt.ConnectionType.QueuedConnection)

    def start(self) -> "Worker":
        self._self_ref = self  # kept alive until the job ends, even if the caller drops it
        self._idle.clear()
        self._pool.start(_Runnable(self))
        return self

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return not self._idle.is_set()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the job has ended (tests, closing the window)."""
        return self._idle.wait(timeout_s)

    def _report(self, done: int, total: int) -> None:
        self.progress.emit(int(done), int(total))

    def _run(self) -> None:
        try:
            result = self._job(self._report, self._cancel.is_set)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, shown to the user
            self.failed.emit(exc)
        else:
            self.done.emit(result)
        self.finished.emit()
        self._idle.set()  # last: after this the thread touches nothing of ours

    def _release(self) -> None:
        self._self_ref = None  # on the GUI thread, after the queued signals above were delivered


def run_with_progress(
    parent: QWidget | None,
    title: str,
    label: str,
    job: Job,
    cancellable: bool = True,
    pool: QThreadPool | None = None,
    show_after_ms: int = 300,
) -> tuple[Worker, QProgressDialog]:
    """Start `job` with a modal progress dialog that closes itself when the job ends.

    The caller connects `worker.done` / `worker.failed`. Batal asks the job to stop (`cancelled()` turns
    true); the dialog stays until the job has really ended so nothing is half-written behind the user's back.
    """
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(show_after_ms)
    dialog.setMinimumWidth(420)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if cancellable:
        dialog.setCancelButtonText(QCoreApplication.translate("Workers", "Batal"))
    else:
        dialog.setCancelButton(None)  # type: ignore[arg-type]
    worker = Worker(job, pool)

    def on_progress(done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def on_cancel() -> None:
        worker.cancel()
        dialog.setLabelText(QCoreApplication.translate("Workers", "Membatalkan…"))
        dialog.show()  # QProgressDialog hides itself on cancel; keep it until the job has stopped

    worker.progress.connect(on_progress)
    dialog.canceled.connect(on_cancel)
    worker.finished.connect(dialog.close)
    worker.finished.connect(dialog.deleteLater)
    worker.start()
    # A busy dialog gets no setValue() calls, so QProgressDialog would wait its default 4 s: show it ourselves
    # if the job is still running (the dialog as context: a deleted dialog cancels the call).
    QTimer.singleShot(show_after_ms, dialog, lambda: dialog.show() if worker.is_running() else None)
    return worker, dialog
