"""The dashboard's charts (QtCharts): a view that says what was clicked, and four kinds of chart.

Every chart is a :class:`ChartView`; clicking a bar, a slice or a point of a
line emits :attr:`ChartView.picked` with a key the screen gave that part,
and the screen opens the list behind it. Numbers on the axes follow the
person's locale; in a right-to-left layout the category axis runs from the
right and the value axis stands on the right.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QPieSeries,
    QPieSlice,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

# Colours that stay apart for people who do not see red and green well (Okabe–Ito, then greys).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
           "#7f7f7f", "#b0b0b0", "#4d4d4d", "#999933")
SCHOOL_COLOUR = "#1f2d3a"
DUE_COLOUR = "#c9d3dd"
GOOD = "#1f6f5c"
BAD = "#b3261e"


def colour(i: int) -> QColor:
    return QColor(PALETTE[i % len(PALETTE)])


class ChartView(QChartView):
    """A chart with a title; clicking one of its parts emits :attr:`picked` with that part's key."""

    picked = Signal(object)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setTitle(title)
        font = QFont(chart.titleFont())
        font.setBold(True)
        font.setPointSizeF(max(10.0, font.pointSizeF() + 1))
        chart.setTitleFont(font)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(6)
        chart.setMargins(QMargins(6, 6, 6, 6))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(title)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Click a part of the chart to see the list behind it."))
        self._locale = QLocale()
        chart.setLocale(self._locale)
        chart.setLocalizeNumbers(True)

    @property
    def rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def clear(self) -> None:
        """A fresh chart with the same title and look.

        Removing axes from a chart leaves their drawing behind when the
        direction changed in between (a value axis then shows on both
        sides), so each drawing starts on a new chart, in today's locale.
        """
        old = self.chart()
        chart = QChart()
        chart.setTitle(old.title())
        chart.setTitleFont(old.titleFont())
        chart.setAnimationOptions(old.animationOptions())
        chart.setBackgroundRoundness(old.backgroundRoundness())
        chart.setMargins(old.margins())
        chart.legend().setAlignment(old.legend().alignment())
        self._locale = QLocale()
        chart.setLocale(self._locale)
        chart.setLocalizeNumbers(True)
        self.setChart(chart)
        old.deleteLater()

    def _value_axis(self, low: float, high: float, fmt: str = "%.0f", ticks: int = 6) -> QValueAxis:
        axis = QValueAxis()
        axis.setRange(low, high)
        axis.setTickCount(ticks)
        axis.setLabelFormat(fmt)
        axis.setGridLineColor(QColor("#e3e8ed"))
        return axis

    def _attach(self, series: Any, x_axis: Any, y_axis: Any) -> None:
        chart = self.chart()
        chart.addSeries(series)
        rtl = self.rtl
        bottom = Qt.AlignmentFlag.AlignBottom
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        if x_axis not in chart.axes():
            chart.addAxis(x_axis, bottom)
        if y_axis not in chart.axes():
            chart.addAxis(y_axis, side)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        if hasattr(x_axis, "setReverse") and not isinstance(x_axis, QBarCategoryAxis):
            x_axis.setReverse(rtl)  # bars are put in reading order by show_bars (reversing their axis does nothing)

    # -- kinds of chart ---------------------------------------------------------

    def show_lines(self, labels: Sequence[str], lines: Sequence[tuple[str, Sequence[float | None], Any, bool]],
                   low: float = 0.0, high: float = 100.0, every: int = 5) -> None:
        """Lines over days: ``(name, values, key, emphasised)``; a missing value breaks no line, it is left out.

        A click on a line emits ``(key, index of the nearest day)``.
        """
        self.clear()
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        n = len(labels)
        x_axis.setRange(0, max(1, n - 1))
        step = max(1, every)
        for i in range(0, n, step):
            x_axis.append(labels[i], i)
        if n and (n - 1) % step:
            x_axis.append(labels[-1], n - 1)
        x_axis.setGridLineVisible(False)
        y_axis = self._value_axis(low, high, "%.0f")
        y_axis.setTitleText("%")
        for i, (name, values, key, emphasised) in enumerate(lines):
            series = QLineSeries()
            series.setName(name)
            for x, v in enumerate(values):
                if v is not None:
                    series.append(QPointF(x, v))
            line_colour = QColor(SCHOOL_COLOUR) if emphasised else colour(i - 1)
            if not emphasised:
                line_colour.setAlpha(150)
            pen = QPen(line_colour)
            pen.setWidthF(3.4 if emphasised else 1.3)
            series.setPen(pen)
            series.setPointsVisible(emphasised)
            series.clicked.connect(lambda point, key=key: self.picked.emit((key, int(round(point.x())))))
            self._attach(series, x_axis, y_axis)
        legend = self.chart().legend()
        legend.setVisible(len(lines) > 1)
        # A click on a legend entry hides or shows its line: one grade at a time is easier to read.
        for marker in legend.markers():
            marker.clicked.connect(lambda m=marker: self._toggle(m))

    def _toggle(self, marker: Any) -> None:
        series = marker.series()
        series.setVisible(not series.isVisible())
        marker.setVisible(True)
        label = marker.labelBrush().color()
        label.setAlphaF(1.0 if series.isVisible() else 0.35)
        marker.setLabelBrush(label)

    def show_bars(self, categories: Sequence[str], sets: Sequence[tuple[str, Sequence[float], str | None]],
                  keys: Sequence[Any], high: float | None = None, fmt: str = "%.0f",
                  tooltip: Callable[[int, int], str] | None = None, unit: str = "") -> None:
        """Grouped bars: ``sets`` of ``(name, one value per category, colour)``; a click emits ``keys[index]``."""
        self.clear()
        if self.rtl:  # the first category on the right: the bars read the way the language does
            n = len(categories)
            categories = list(reversed(categories))
            sets = [(name, list(reversed(values)), fill) for name, values, fill in sets]
            keys = list(reversed(keys))
            if tooltip is not None:
                ltr_tooltip = tooltip
                tooltip = lambda s, index: ltr_tooltip(s, n - 1 - index)  # noqa: E731
        series = QBarSeries()
        top = 0.0
        for i, (name, values, fill) in enumerate(sets):
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in values])
            bar_set.setColor(QColor(fill) if fill else colour(i))
            bar_set.setBorderColor(QColor(fill) if fill else colour(i))
            top = max([top, *[float(v) for v in values]])
            series.append(bar_set)
            if tooltip is not None:
                bar_set.hovered.connect(
                    lambda status, index, s=i: self.setToolTip(tooltip(s, index)) if status else None)
        series.clicked.connect(lambda index, _set: self.picked.emit(keys[index]) if 0 <= index < len(keys) else None)
        x_axis = QBarCategoryAxis()
        x_axis.append(list(categories))
        x_axis.setGridLineVisible(False)
        y_axis = self._value_axis(0, high if high is not None else _nice(top), fmt)
        y_axis.setTitleText(unit)
        self._attach(series, x_axis, y_axis)
        self.chart().legend().setVisible(len(sets) > 1)

    def show_stacked(self, categories: Sequence[str], sets: Sequence[tuple[str, Sequence[float]]],
                     keys: Callable[[int, int], Any]) -> None:
        """Horizontal stacked bars (one per category); a click emits ``keys(set index, category index)``."""
        self.clear()
        series = QHorizontalStackedBarSeries()
        top = [0.0] * len(categories)
        bar_sets = []
        for i, (name, values) in enumerate(sets):
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in values])
            bar_set.setColor(colour(i))
            bar_set.setBorderColor(QColor("white"))
            for j, v in enumerate(values):
                top[j] += float(v)
            series.append(bar_set)
            bar_sets.append(bar_set)
        series.clicked.connect(lambda index, bar_set: self.picked.emit(keys(bar_sets.index(bar_set), index)))
        y_axis = QBarCategoryAxis()
        y_axis.append(list(categories))
        y_axis.setGridLineVisible(False)
        x_axis = self._value_axis(0, _nice(max(top, default=0.0)))
        chart = self.chart()
        chart.addSeries(series)
        rtl = self.rtl
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        x_axis.setReverse(rtl)
        y_axis.setReverse(True)  # the first category on top
        chart.legend().setVisible(True)

    def show_pie(self, slices: Sequence[tuple[str, float, Any]]) -> None:
        """A doughnut: ``(label, value, key)``; a click on a slice emits its key."""
        self.clear()
        series = QPieSeries()
        series.setHoleSize(0.42)
        total = sum(v for _l, v, _k in slices) or 1.0
        for i, (label, value, key) in enumerate(slices):
            share = self._locale.toString(100.0 * value / total, "f", 0)
            part = QPieSlice(f"{label} {share}%", float(value))
            part.setColor(colour(i))
            part.setLabelVisible(False)  # the legend says it, with the share
            part.clicked.connect(lambda key=key: self.picked.emit(key))
            series.append(part)
        self.chart().addSeries(series)
        self.chart().legend().setVisible(True)
        self.chart().legend().setAlignment(
            Qt.AlignmentFlag.AlignLeft if self.rtl else Qt.AlignmentFlag.AlignRight)

    def image(self, width: int = 760, height: int = 340, scale: float = 1.6):  # noqa: ANN201 - QImage
        """The chart drawn at print size (``width`` × ``height`` points, ``scale`` pixels each).

        On the UI thread (it draws the scene); encoding it (:func:`png_bytes`)
        and the PDF are done on a worker.
        """
        from PySide6.QtCore import QRectF, QSizeF
        from PySide6.QtGui import QImage

        image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(scale)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart = self.chart()
        old = chart.size()
        chart.resize(QSizeF(width, height))
        chart.scene().render(painter, QRectF(0, 0, width, height), QRectF(0, 0, width, height))
        painter.end()
        chart.resize(old)
        return image

    def png(self, width: int = 760, height: int = 340, scale: float = 2.0) -> bytes:
        return png_bytes(self.image(width, height, scale))


def png_bytes(image) -> bytes:  # noqa: ANN001 - QImage
    """A QImage as PNG bytes (QImage is reentrant: any thread)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG", 6)
    buffer.close()
    return bytes(data.data())


def _nice(top: float) -> float:
    """A round upper bound for an axis a little above ``top``."""
    if top <= 0:
        return 1.0
    import math

    exp = 10 ** math.floor(math.log10(top))
    for m in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 10):
        if m * exp >= top * 1.05:
            return m * exp
    return 10 * exp
