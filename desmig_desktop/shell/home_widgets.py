"""The pieces of the home page: a bar chart drawn with QPainter, a clickable figure, a tile.

The chart is a plain widget (no QtCharts: it adds nothing to the bundle nor to launch, see the issue 8 note):
bars by category, series side by side or stacked, a value axis with its top value, a legend when there are
several series, a tooltip on each bar, and `bar_clicked(series, category)` when a bar is clicked. `bar_rect()`
gives where a bar is drawn (hit-testing, tests).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.formatting import number, rupiah
from desmig_desktop.core.pillar import Chart, Figure, Tile

PALETTE = ("#1a73e8", "#e8710a", "#188038", "#a142f4", "#d01884", "#12b5cb", "#f9ab00", "#5f6368")
AXIS = QColor("#80868b")
GRID = QColor("#e8eaed")
TEXT = QColor("#3c4043")


def amount_text(value: int, money: bool) -> str:
    return rupiah(value) if money else number(value)


class BarChart(QWidget):
    bar_clicked = Signal(int, int)  # series, category

    def __init__(self, chart: Chart, parent: QWidget | None = None):
        super().__init__(parent)
        self.chart = chart
        self.stacked = chart.stacked
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if chart.open is not None else Qt.FocusPolicy.NoFocus)
        self.current: tuple[int, int] | None = None  # the bar the arrow keys are on (Enter opens it)
        self.setMinimumSize(QSize(220, 140))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # ---- geometry --------------------------------------------------------------------------

    def values(self, series: int) -> tuple[int, ...]:
        return self.chart.series[series].values

    def _top(self) -> int:
        series = self.chart.series
        if not series or not self.chart.categories:
            return 0
        if self.stacked:
            return max(sum(s.values[i] for s in series) for i in range(len(self.chart.categories)))
        return max(max(s.values) for s in series)

    def _legend(self) -> list[tuple[float, float, int]]:
        """(x, y, series) of each legend entry, wrapped to the widget's width."""
        if len(self.chart.series) < 2:
            return []
        fm = QFontMetrics(self.font())
        x, y, out = 4.0, 4.0, []
        for s, series in enumerate(self.chart.series):
            wide = 14 + fm.horizontalAdvance(series.label) + 14
            if x > 4 and x + wide > self.width():
                x, y = 4.0, y + fm.height() + 2
            out.append((x, y, s))
            x += wide
        return out

    def _legend_height(self) -> int:
        entries = self._legend()
        return int(entries[-1][1] + QFontMetrics(self.font()).height() + 4) if entries else 0

    def _totals(self) -> list[int]:
        return [sum(s.values[i] for s in self.chart.series) for i in range(len(self.chart.categories))]

    def _plot(self) -> QRectF:
        fm = QFontMetrics(self.font())
        top = self._legend_height() + fm.height() // 2 + 2
        if self.chart.horizontal:
            left = min(max((fm.horizontalAdvance(c) for c in self.chart.categories), default=0) + 8, self.width() // 2)
            right = fm.horizontalAdvance(amount_text(max(self._totals(), default=0), self.chart.money)) + 8
            return QRectF(left, top, max(self.width() - left - right, 10), max(self.height() - top - 2, 10))
        left = fm.horizontalAdvance(amount_text(self._top(), self.chart.money)) + 8
        bottom = fm.height() + 6
        return QRectF(left, top, max(self.width() - left - 4, 10), max(self.height() - top - bottom, 10))

    def bar_rect(self, series: int, category: int) -> QRectF:
        """Where the bar of `series` in `category` is drawn (an empty rectangle for a zero value)."""
        plot = self._plot()
        n_cat = max(len(self.chart.categories), 1)
        n_ser = len(self.chart.series)
        top = max(self._top(), 1)
        value = self.values(series)[category]
        along = plot.height() if self.chart.horizontal else plot.width()
        band = along / n_cat
        inner = band * 0.75
        offset = band * category + (band - inner) / 2
        if self.stacked:
            thick, start = inner, offset
            below = sum(self.values(s)[category] for s in range(series))
        else:
            thick, start, below = inner / n_ser, offset + inner / n_ser * series, 0
        span = plot.width() if self.chart.horizontal else plot.height()
        length, base = span * value / top, span * below / top
        if self.chart.horizontal:
            return QRectF(plot.left() + base, plot.top() + start, length, thick)
        return QRectF(plot.left() + start, plot.bottom() - base - length, thick, length)

    def bar_at(self, pos: QPointF) -> tuple[int, int] | None:
        for s in range(len(self.chart.series)):
            for c in range(len(self.chart.categories)):
                r = self.bar_rect(s, c)
                hit = r.adjusted(0, -3, 0, 0) if not self.chart.horizontal else r.adjusted(0, 0, 3, 0)
                if self.values(s)[c] and hit.contains(pos):
                    return s, c
        return None

    # ---- drawing ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        plot = self._plot()
        p.setPen(GRID)
        if self.chart.horizontal:
            p.drawLine(plot.topLeft(), plot.bottomLeft())
        else:
            p.drawLine(plot.topLeft(), plot.topRight())
            p.setPen(AXIS)
            p.drawLine(plot.bottomLeft(), plot.bottomRight())
            p.drawText(QRectF(0, plot.top() - fm.height() / 2, plot.left() - 4, fm.height()),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                       amount_text(self._top(), self.chart.money))
        for s, series in enumerate(self.chart.series):
            color = QColor(PALETTE[s % len(PALETTE)])
            for c in range(len(self.chart.categories)):
                if series.values[c]:
                    p.fillRect(self.bar_rect(s, c), color)
        if self.current is not None and self.hasFocus():
            p.setPen(QColor("#202124"))
            p.drawRect(self.bar_rect(*self.current).adjusted(-2, -2, 2, 2))
        p.setPen(TEXT)
        self._draw_labels(p, fm, plot)
        self._draw_legend(p, fm)
        p.end()

    def _draw_labels(self, p: QPainter, fm: QFontMetrics, plot: QRectF) -> None:
        n_cat = max(len(self.chart.categories), 1)
        if self.chart.horizontal:
            band = plot.height() / n_cat
            for c, name in enumerate(self.chart.categories):
                row = QRectF(0, plot.top() + band * c, plot.left() - 6, band)
                p.drawText(row, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                           fm.elidedText(name, Qt.TextElideMode.ElideRight, int(row.width())))
                total = sum(s.values[c] for s in self.chart.series)
                end = max(self.bar_rect(s, c).right() for s in range(len(self.chart.series))) if self.chart.series else plot.left()
                p.drawText(QRectF(end + 4, row.top(), self.width() - end - 4, band),
                           int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), amount_text(total, self.chart.money))
            return
        band = plot.width() / n_cat
        every = 1 if band >= fm.horizontalAdvance("Mei 26") + 4 else 2
        for c, name in enumerate(self.chart.categories):
            if c % every == (n_cat - 1) % every:
                p.drawText(QRectF(plot.left() + band * c - band / 2, plot.bottom() + 3, band * 2, fm.height()),
                           int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), name)
        if self.chart.money:
            return
        for s in range(len(self.chart.series)):
            for c in range(len(self.chart.categories)):
                value = self.values(s)[c]
                r = self.bar_rect(s, c)
                text = number(value)
                if value and r.width() >= fm.horizontalAdvance(text) and not self.stacked:
                    p.drawText(QRectF(r.left() - 4, r.top() - fm.height(), r.width() + 8, fm.height()),
                               int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), text)

    def _draw_legend(self, p: QPainter, fm: QFontMetrics) -> None:
        for x, y, s in self._legend():
            p.fillRect(QRectF(x, y + fm.height() / 2 - 5, 10, 10), QColor(PALETTE[s % len(PALETTE)]))
            p.drawText(QPointF(x + 14, y + fm.ascent()), self.chart.series[s].label)

    # ---- keyboard: the arrows go from bar to bar, Enter opens the list behind the bar --------

    def bars(self) -> list[tuple[int, int]]:
        """The bars that have a value, in reading order (category by category)."""
        return [(s, c) for c in range(len(self.chart.categories)) for s in range(len(self.chart.series))
                if self.values(s)[c]]

    def _say(self, hit: tuple[int, int], where: QPointF) -> None:
        s, c = hit
        name = self.chart.series[s].label
        text = f"{self.chart.categories[c]}{' · ' + name if name else ''}: {amount_text(self.values(s)[c], self.chart.money)}"
        QToolTip.showText(self.mapToGlobal(where.toPoint()), text, self)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        bars = self.bars()
        key = event.key()
        if bars and key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key in (Qt.Key.Key_Left, Qt.Key.Key_Up) else 1
            at = bars.index(self.current) + step if self.current in bars else 0
            self.current = bars[max(0, min(at, len(bars) - 1))]
            self._say(self.current, self.bar_rect(*self.current).center())
            self.update()
            return
        if self.current is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.bar_clicked.emit(*self.current)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().focusInEvent(event)
        bars = self.bars()
        if self.current not in bars:
            self.current = bars[0] if bars else None
        self.update()

    def focusOutEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().focusOutEvent(event)
        self.update()

    # ---- mouse -----------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        hit = self.bar_at(event.position())
        clickable = hit is not None and self.chart.open is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)
        if hit is None:
            QToolTip.hideText()
            return
        self._say(hit, event.position())

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        hit = self.bar_at(event.position())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self.bar_clicked.emit(*hit)
            return
        super().mousePressEvent(event)


FIGURE_STYLE = """
QFrame#figure { border: none; border-radius: 6px; background: #f8f9fa; }
QFrame#figure:hover, QFrame#figure:focus { background: #e8f0fe; }
QFrame#figure[tone="warn"] { background: #fef7e0; }
QFrame#figure[tone="warn"]:hover, QFrame#figure[tone="warn"]:focus { background: #fde9b0; }
"""


class FigureButton(QFrame):
    """A number and what it counts (wrapped, never cut); clicking it, or Enter/Space on it, opens the list behind
    it. `text()` is what it shows, the number and the words on two lines."""

    clicked = Signal()

    def __init__(self, figure: Figure, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("figure")
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setProperty("tone", figure.tone)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        lay.setSpacing(0)
        self.value = QLabel(self)
        font = self.value.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.value.setFont(font)
        lay.addWidget(self.value)
        self.words = QLabel(self)
        self.words.setWordWrap(True)
        lay.addWidget(self.words)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.set_figure(figure)

    def set_figure(self, figure: Figure) -> None:
        self.figure = figure
        self.value.setVisible(figure.value is not None)
        self.value.setText("" if figure.value is None else amount_text(figure.value, figure.money))
        self.words.setText(figure.label)
        clickable = figure.open is not None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if clickable else Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)
        self.setToolTip(figure.label)

    def text(self) -> str:
        return self.figure.label if self.figure.value is None else f"{self.value.text()}\n{self.figure.label}"

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class TileWidget(QFrame):
    """One tile: its title, its figures (up to four a row), its chart, its note."""

    figure_clicked = Signal(object)  # Figure
    bar_clicked = Signal(object, int, int)  # Chart, series, category

    def __init__(self, tile: Tile, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tile")
        self.setStyleSheet("QFrame#tile { background: white; border: 1px solid #dadce0; border-radius: 8px; }"
                           + FIGURE_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(12, 10, 12, 10)
        self.lay.setSpacing(6)
        self.chart: BarChart | None = None
        self.buttons: dict[str, FigureButton] = {}
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.lay.addWidget(self.title)
        self.body = QWidget(self)
        self.lay.addWidget(self.body, 1)
        self.show_tile(tile)

    def show_tile(self, tile: Tile) -> None:
        """Draw `tile` (again): the figures, the chart and the note are rebuilt, the frame stays."""
        self.tile = tile
        self.title.setText(tile.title)
        self.lay.removeWidget(self.body)
        self.body.deleteLater()
        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(6)
        self.buttons = {}
        if tile.figures:
            grid = QGridLayout()
            grid.setSpacing(6)
            per_row = 4 if tile.wide else 2
            cell = 0
            for figure in tile.figures:
                button = FigureButton(figure, self.body)
                button.clicked.connect(lambda f=figure: self.figure_clicked.emit(f))
                self.buttons[figure.key] = button
                if figure.value is None:  # a line of text takes a whole row
                    cell += -cell % per_row
                    grid.addWidget(button, cell // per_row, 0, 1, per_row)
                    cell += per_row
                else:
                    grid.addWidget(button, cell // per_row, cell % per_row)
                    cell += 1
            body.addLayout(grid)
        self.chart = None
        if tile.chart is not None and tile.chart.categories and any(any(s.values) for s in tile.chart.series):
            self.chart = BarChart(tile.chart, self.body)
            self.chart.bar_clicked.connect(lambda s, c, chart=tile.chart: self.bar_clicked.emit(chart, s, c))
            body.addWidget(self.chart, 1)
        if tile.note:
            note = QLabel(tile.note, self.body)
            note.setWordWrap(True)
            note.setStyleSheet("color: #5f6368;")
            body.addWidget(note)
        if self.chart is None:
            body.addStretch(1)
        self.lay.addWidget(self.body, 1)
