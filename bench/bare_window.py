"""Yardstick for the launch figure: the least a PySide6 app with one table can do before its window is shown.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bare_window.py [--rows 200] [--cols 8]

A QApplication, a QMainWindow whose central widget is a QTableView over a QStandardItemModel of
200 rows x 8 columns (plain text), shown; one QTimer.singleShot(0) after the show prints
`shown_after_s=<seconds>` (counted from the start of main(), before PySide6 is imported, as the app does
with DESMIG_BENCH_EXIT_ON_SHOWN=1) and a second singleShot(0) quits with exit code 0. The style is Fusion,
as in the app. No database, no project code: the gap between `desmig-desktop --db big.db` and this
script is what the app itself adds to starting Python and Qt.

The cells are filled with `model.setData`, not `model.setItem(r, c, QStandardItem(...))`: with PySide6
6.12.0 on Python 3.11 every setItem/appendRow that hands an item to the model drops one reference to
None, and after ~1,000 items the interpreter aborts at exit ("Fatal Python error: none_dealloc",
SIGABRT), which would spoil the timing and the exit code.
"""

from __future__ import annotations

import argparse
import sys
import time


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()  # PySide6 is imported below, so it counts (as in desmig_desktop.app.main)
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, default=200)
    p.add_argument("--cols", type=int, default=8)
    args = p.parse_args(argv)

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    model = QStandardItemModel(args.rows, args.cols)
    model.setHorizontalHeaderLabels([f"Column {c + 1}" for c in range(args.cols)])
    for r in range(args.rows):  # setData, not setItem(QStandardItem): see the module docstring
        for c in range(args.cols):
            model.setData(model.index(r, c), f"r{r} c{c}")
    window = QMainWindow()
    window.setWindowTitle("bare window")
    view = QTableView(window)
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1100, 700)

    def report_shown() -> None:
        print(f"shown_after_s={time.perf_counter() - started:.3f}", flush=True)
        QTimer.singleShot(0, lambda: app.exit(0))

    window.show()
    QTimer.singleShot(0, report_shown)
    code = app.exec()
    window.close()
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
