"""The one background worker: results and errors arrive on the GUI thread, progress too, cancel is cooperative."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QPushButton

from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.ui.workers import Worker, run_with_progress


def test_result_and_progress_arrive_on_the_gui_thread(qtbot):
    threads, progress = [], []

    def job(report, cancelled):  # type: ignore[no-untyped-def]
        threads.append(QThread.currentThread())
        report(1, 2)
        report(2, 2)
        return "selesai"

    worker = Worker(job)
    worker.progress.connect(lambda d, t: progress.append((d, t, QThread.currentThread())))
    with qtbot.waitSignal(worker.done, timeout=5000) as blocker:
        worker.start()
    assert blocker.args == ["selesai"]
    gui = QThread.currentThread()
    assert threads[0] is not gui
    assert [(d, t) for d, t, _ in progress] == [(1, 2), (2, 2)] and all(th is gui for *_, th in progress)


def test_an_error_is_handed_over_not_raised(qtbot):
    def job(report, cancelled):  # type: ignore[no-untyped-def]
        raise ValidationError([Issue("period", "Periode tidak dikenal.")])

    worker = Worker(job)
    with qtbot.waitSignal(worker.failed, timeout=5000) as blocker:
        worker.start()
    assert str(blocker.args[0]) == "Periode tidak dikenal."


def test_batal_asks_the_job_to_stop(qtbot):
    started = threading.Event()

    def job(report, cancelled):  # type: ignore[no-untyped-def]
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        return "berhenti"

    worker, dialog = run_with_progress(None, "Uji", "Menunggu…", job)
    assert started.wait(5)
    batal = dialog.findChild(QPushButton)
    assert batal.text() == "Batal"
    with qtbot.waitSignal(worker.done, timeout=5000) as blocker:
        batal.click()
    assert blocker.args == ["berhenti"] and worker.is_cancelled()
