"""Python's cyclic garbage collection on the GUI thread only.

Left automatic, a collection runs in whichever thread happens to allocate, the workers included (an import, a
recap, the demo run on pool threads); when it frees Qt objects caught in reference cycles from there, Qt
crashes (seen here once in the test suite: a segfault while a worker ran the register import). So while a
window is up the automatic collector is off and a timer on the GUI thread collects, generation by generation,
when the allocation counts pass the usual thresholds (the pattern of calibre and pyqtgraph).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds, as the automatic collector would."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.threshold[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        """Back to the automatic collector (after a last collection here, on the GUI thread)."""
        self.timer.stop()
        gc.collect()
        gc.enable()
