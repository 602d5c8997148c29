"""Tables of the dashboard: a model over a :class:`DashTable`, a view, and the drill-down dialog.

The model formats each typed value with QLocale (money through
:func:`app.ui.formatting.format_money`) and sorts by the value itself, not
its text. The drill-down dialog shows the list behind a chart or a row, can
be filtered, and exports what it shows to CSV or XLSX on a worker thread.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.dashboard_export import COUNT, DATE, DATETIME, MONEY, PERCENT, DashTable, save_csv, save_xlsx
from app.ui.formatting import format_count, format_date, format_money

_Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2

# Right-aligned kinds (numbers line up on their last digit).
NUMERIC = (COUNT, PERCENT, MONEY)


def format_cell(value: Any, kind: str, table: DashTable, locale: QLocale) -> str:
    if value is None:
        return "—"
    if kind == MONEY:
        return format_money(int(value), table.currency, table.digits, locale)
    if kind == PERCENT:
        return locale.toString(float(value), "f", 1) + "%"
    if kind == COUNT:
        return format_count(value, locale) if isinstance(value, int) else locale.toString(float(value), "f", 1)
    if kind == DATETIME and isinstance(value, dt.datetime):
        local = value.astimezone() if value.tzinfo else value
        return format_date(local.date(), locale) + " " + locale.toString(
            local.time(), QLocale.FormatType.ShortFormat)
    if kind == DATE and isinstance(value, dt.date):
        return format_date(value, locale)
    return str(value)


class DashTableModel(QAbstractTableModel):
    def __init__(self, table: DashTable | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table or DashTable("", (), ())
        self.locale = QLocale()

    def set_table(self, table: DashTable) -> None:
        self.beginResetModel()
        self.table = table
        self.locale = QLocale()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.table.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or section >= len(self.table.columns):
            return None
        column = self.table.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignRight if column.kind in NUMERIC else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.table.rows[index.row()][index.column()]
        column = self.table.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return format_cell(value, column.kind, self.table, self.locale)
        if role == SORT_ROLE:
            if value is None:
                return float("-inf") if column.kind in NUMERIC else ""
            if isinstance(value, dt.date):
                return value.isoformat()
            return value if column.kind in NUMERIC else str(value).casefold()
        if role == KEY_ROLE:
            keys = self.table.keys
            return keys[index.row()] if index.row() < len(keys) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignRight if column.kind in NUMERIC else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter)
        return None

    def visible_table(self, rows: list[int]) -> DashTable:
        """The same table with only ``rows`` (what a filter left on screen), in that order."""
        t = self.table
        keys = tuple(t.keys[r] for r in rows) if t.keys else ()
        return DashTable(t.title, t.columns, tuple(t.rows[r] for r in rows), t.currency, t.digits, keys)


class FilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)


class DashTableView(QTableView):
    """A read-only, sortable table; double-clicking (or Enter on) a row emits :attr:`row_opened` with its key."""

    row_opened = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = DashTableModel(parent=self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.source)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(26)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.doubleClicked.connect(self._opened)
        self.activated.connect(self._opened)

    def set_table(self, table: DashTable) -> None:
        self.source.set_table(table)
        self.setAccessibleName(table.title)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the service's order
        self.proxy.sort(-1)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        for col in range(len(table.columns)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        # Widths from the header and the first rows' text (measuring every row would stall the UI thread).
        metrics = self.fontMetrics()
        bold = header.fontMetrics()
        locale = self.source.locale
        for col, column in enumerate(table.columns):
            width = bold.horizontalAdvance(column.title) + 28
            for row in table.rows[:40]:
                text = format_cell(row[col], column.kind, table, locale)
                width = max(width, metrics.horizontalAdvance(text) + 18)
            self.setColumnWidth(col, min(300, width))
        if table.columns:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def key_at(self, row: int) -> Any:
        return self.proxy.index(row, 0).data(KEY_ROLE)

    @Slot(QModelIndex)
    def _opened(self, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE)
        if key is not None:
            self.row_opened.emit(key)

    def visible_table(self) -> DashTable:
        rows = [self.proxy.mapToSource(self.proxy.index(r, 0)).row() for r in range(self.proxy.rowCount())]
        return self.source.visible_table(rows)


class DrillDialog(QDialog):
    """The list behind a chart or a row: filter, sort, export to CSV or XLSX."""

    # A row of this list was opened (its key), for a further drill-down.
    row_opened = Signal(object)
    # An export finished: the file written.
    exported = Signal(str)

    def __init__(self, table: DashTable, tasks: Any, note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.setWindowTitle(table.title)
        self.resize(860, 540)
        self.heading = QLabel(table.title)
        self.heading.setObjectName("sectionHeading")
        self.count = QLabel("")
        self.count.setObjectName("screenSubtitle")
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter the list…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter the list"))
        self.view = DashTableView(self)
        self.view.set_table(table)
        self.view.row_opened.connect(self.row_opened)
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.xlsx_button = QPushButton(self.tr("Export Excel…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.count)
        top.addLayout(titles, 1)
        top.addWidget(self.filter)
        bottom = QHBoxLayout()
        bottom.addWidget(self.csv_button)
        bottom.addWidget(self.xlsx_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.filter.textChanged.connect(self._filtered)
        self.csv_button.clicked.connect(lambda: self._ask_path("csv"))
        self.xlsx_button.clicked.connect(lambda: self._ask_path("xlsx"))
        self.error = ""
        self._update_count()

    @Slot(str)
    def _filtered(self, text: str) -> None:
        self.view.proxy.setFilterFixedString(text)
        self._update_count()

    def _update_count(self) -> None:
        shown = self.view.proxy.rowCount()
        total = self.view.source.rowCount()
        if shown == total:
            self.count.setText(self.tr("%n row(s)", "", total))
        else:
            self.count.setText(self.tr("{shown} of {total} rows").format(
                shown=format_count(shown), total=format_count(total)))

    def _ask_path(self, kind: str) -> None:
        name = "".join(ch if ch.isalnum() or ch in " -_" else "-" for ch in self.view.source.table.title).strip()
        dialog = QFileDialog(self, self.tr("Export the list"), f"{name or 'list'}.{kind}")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("CSV files (*.csv)") if kind == "csv" else self.tr("Excel workbooks (*.xlsx)"))
        dialog.setDefaultSuffix(kind)
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def export_to(self, path: Path) -> None:
        """Write the rows on screen (filtered, in their order) to ``path`` (.csv or .xlsx), on a worker."""
        table = self.view.visible_table()
        path = Path(path)
        xlsx = path.suffix.lower() == ".xlsx"

        def write() -> str:
            (save_xlsx([table], path) if xlsx else save_csv(table, path))
            return str(path)

        def failed(exc: BaseException) -> None:
            self.error = self.tr("The list could not be saved to {path}: {reason}").format(path=str(path),
                                                                                            reason=str(exc))
            self.note.setText(self.error)
            self.note.setVisible(True)

        def done(written: str) -> None:
            self.note.setText(self.tr("Saved to {path}.").format(path=written))
            self.note.setVisible(True)
            self.exported.emit(written)

        self.tasks.run_task(write, on_success=done, on_error=failed, owner=self)
