"""Beranda, the first page: the figures an officer and a visiting official ask for first, from every pillar.

The page knows no area. Each pillar lists its tiles in its descriptor (`Pillar.home`, see core.pillar): the
page reads them on a worker thread (the areas' use cases), draws them in a grid in pillar order, and runs a
figure's or a bar's `open(env)` on the GUI thread when it is clicked, which shows the list behind it. A tile is
read again when one of its change kinds is announced on the change bus (at once when the page is on screen,
else when it is next shown). The main window starts the first reading once its first screen is painted, so
launch does not wait for the figures (nor import the areas' models for them).
"""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.formatting import long_date
from desmig_desktop.core.pillar import Chart, Figure, Pillar, Tile, load
from desmig_desktop.shell.home_widgets import TileWidget
from desmig_desktop.ui.pages import PageEnv
from desmig_desktop.ui.workers import Worker

COLUMNS = 3
TILE_MIN_HEIGHT = 200  # a row of tiles never gets less: more rows than the screen holds scroll, never squeeze


def read_parts(ctx: Any, refs: Sequence[str],
               cancelled: Any = lambda: False) -> list[tuple[str, tuple[Tile, ...] | BaseException]]:
    """Each reference's tiles (on the worker thread); a part that fails gives its error, the others still show.
    Stops between parts once `cancelled()` (the window is closing: it need not wait for figures nobody sees)."""
    out: list[tuple[str, tuple[Tile, ...] | BaseException]] = []
    for ref in refs:
        if cancelled():
            break
        try:
            out.append((ref, tuple(load(ref)(ctx))))
        except Exception as exc:  # noqa: BLE001 - shown on its tile, never stops the other areas' figures
            out.append((ref, exc))
    return out


class HomePage(QWidget):
    loaded = Signal()  # a reading is on screen (tests, the bench)

    def __init__(self, env: PageEnv, pillars: Sequence[Pillar], parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.refs: tuple[str, ...] = tuple(ref for p in pillars for ref in p.home)
        self.parts: dict[str, tuple[Tile, ...]] = {}
        self._stale: set[str] = set(self.refs)
        self._started = False
        self._again = False
        self._worker: Worker | None = None
        self._reading: set[str] = set()  # the parts the running worker reads
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.tiles: dict[str, TileWidget] = {}
        self.side: QWidget | None = None  # the last column: the tiles of figures only, one above the other
        self._order: list[str] = []
        self._build()
        env.changes.changed.connect(self._on_changes)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 8)
        outer.setSpacing(8)
        head = QHBoxLayout()
        self.heading = QLabel(self.tr("Beranda"), self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        head.addWidget(self.heading)
        head.addStretch(1)
        self.as_of = QLabel(self)
        self.as_of.setStyleSheet("color: #5f6368;")
        head.addWidget(self.as_of)
        outer.addLayout(head)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.grid_host = QWidget(self.scroll)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(10)
        self.waiting = QLabel(self.tr("Memuat angka…"), self.grid_host)
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid.addWidget(self.waiting, 0, 0)
        self.scroll.setWidget(self.grid_host)
        outer.addWidget(self.scroll, 1)

    # ---- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the stale parts again on the worker thread (the first call starts the page)."""
        self._started = True
        if self._worker is not None:
            self._again = True
            return
        refs = [ref for ref in self.refs if ref in self._stale]
        if not refs:
            return
        self._stale.difference_update(refs)
        self._reading = set(refs)
        ctx = self.env.ctx
        worker = Worker(lambda _report, cancelled: read_parts(ctx, refs, cancelled), self._pool)
        worker.done.connect(self._show_parts)
        worker.finished.connect(self._finished)
        self._worker = worker
        worker.start()

    def _finished(self) -> None:
        self._worker = None
        self._reading = set()
        if self._again:
            self._again = False
            self.refresh()

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Stop reading after the part in progress and wait for it (before the database is closed)."""
        if self._worker is not None:
            self._worker.cancel()
        self._pool.clear()
        self._pool.waitForDone(timeout_ms)

    def _on_changes(self, kinds: frozenset[str]) -> None:
        for ref, tiles in self.parts.items():
            wanted = frozenset().union(*(t.kinds for t in tiles))
            if not wanted or wanted & kinds:
                self._stale.add(ref)
        self._stale.update(self._reading)  # what is being read may be from before this change: read it again
        if self._started and self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        if self._started and self._stale:
            self.refresh()

    # ---- drawing -------------------------------------------------------------------------

    def _show_parts(self, results: list[tuple[str, tuple[Tile, ...] | BaseException]]) -> None:
        for ref, found in results:
            if isinstance(found, BaseException):
                found = (Tile("error:" + ref, self.tr("Angka tidak bisa dimuat"), note=str(found)),)
            self.parts[ref] = found
        self.as_of.setText(self.tr("Angka per %1").replace("%1", long_date(self.env.ctx.today())))
        tiles = [t for ref in self.refs for t in self.parts.get(ref, ())]
        if [t.key for t in tiles] != self._order:
            self._lay_out(tiles)
        else:
            for t in tiles:
                self.tiles[t.key].show_tile(t)
        self.loaded.emit()

    def _lay_out(self, tiles: list[Tile]) -> None:
        if self.waiting is not None:
            self.grid.removeWidget(self.waiting)
            self.waiting.deleteLater()
            self.waiting = None  # type: ignore[assignment]
        for widget in self.tiles.values():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.tiles = {}
        if self.side is not None:
            self.grid.removeWidget(self.side)
            self.side.deleteLater()
            self.side = None
        # Tiles with a chart fill the first columns; the tiles of figures only (what needs doing, the groups,
        # simpan pinjam: short) stand one above the other in the last column, so seven tiles fit 1366x768.
        charts = [t for t in tiles if t.chart is not None or t.wide]
        side = [t for t in tiles if not (t.chart is not None or t.wide)]
        columns = COLUMNS - 1 if side and charts else COLUMNS
        row = col = 0
        for t in charts if columns < COLUMNS else tiles:
            span = min(2 if t.wide else 1, columns)
            if col + span > columns:
                row, col = row + 1, 0
            widget = self._tile(t, self.grid_host)
            self.grid.addWidget(widget, row, col, 1, span)
            col += span
        if columns < COLUMNS:
            self.side = QWidget(self.grid_host)
            stack = QVBoxLayout(self.side)
            stack.setContentsMargins(0, 0, 0, 0)
            for t in side:
                stack.addWidget(self._tile(t, self.side), 1)
            self.grid.addWidget(self.side, 0, columns, row + 1, 1)
        for c in range(COLUMNS):
            self.grid.setColumnStretch(c, 1)
        for r in range(row + 1):
            self.grid.setRowStretch(r, 1)
            self.grid.setRowMinimumHeight(r, TILE_MIN_HEIGHT)
        self._order = [t.key for t in tiles]

    def _tile(self, tile: Tile, parent: QWidget) -> TileWidget:
        widget = TileWidget(tile, parent)
        widget.figure_clicked.connect(self._open_figure)
        widget.bar_clicked.connect(self._open_bar)
        self.tiles[tile.key] = widget
        return widget

    def _open_figure(self, figure: Figure) -> None:
        if figure.open is not None:
            figure.open(self.env)

    def _open_bar(self, chart: Chart, series: int, category: int) -> None:
        if chart.open is not None:
            chart.open(self.env, series, category)
