"""Garbage is collected on the GUI thread only while a window is up, and the automatic collector comes back after."""

from __future__ import annotations

import gc
import threading

from desmig_desktop.ui.gui_gc import GuiThreadCollector


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_the_collector_runs_on_the_gui_thread_and_gives_it_back(qtbot):
    assert not gc.isenabled()  # the suite's fixture runs this test as the app runs
    collector = GuiThreadCollector(interval_ms=20)
    threads: list[str] = []
    gc.callbacks.append(lambda phase, _info: threads.append(threading.current_thread().name) if phase == "start" else None)
    try:
        worker = threading.Thread(target=lambda: [Cycle() for _ in range(50_000)], name="worker")
        worker.start()
        worker.join()
        assert threads == []  # the worker made plenty of cycles: no collection ran in its thread
        qtbot.waitUntil(lambda: bool(threads), timeout=2000)
        assert set(threads) == {threading.main_thread().name}
    finally:
        gc.callbacks.pop()
        collector.stop()
    assert gc.isenabled()
    gc.disable()  # the suite's own collector is still installed for the rest of this test
