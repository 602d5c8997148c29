"""The "Defaulters" screen: who owes money, by section and overdue age; sortable, exportable.

Reads :func:`app.services.day_book.defaulters` in a background task; exports
CSV or XLSX (openpyxl); prints, or saves as PDF, the list as it is shown (the
filters applied, in the screen's order) with the school's header
(:mod:`app.reports.defaulters`), the PDF made in a background task.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Slot
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceError
from app.services.day_book import Defaulter, defaulters
from app.services.exports import defaulters_export, write_export
from app.ui.context import AppContext, OpenSchool
from app.ui.formatting import format_date, format_money, left_to_right
from app.ui.i18n import translated
from app.ui.receipt_print import print_pdf

_Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ENTITIES = {"payments", "payment_cancellations", "payment_allocations", "invoices", "invoice_lines",
            "concessions", "students", "enrollments"}


class Col(IntEnum):
    ADMISSION = 0
    NAME = 1
    SECTION = 2
    PHONE = 3
    OUTSTANDING = 4
    OVERDUE = 5
    OLDEST = 6
    DAYS = 7


class DefaultersModel(QAbstractTableModel):
    def __init__(self, currency: str, digits: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Defaulter] = []
        self.currency, self.digits = currency, digits

    def set_rows(self, rows: list[Defaulter]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Admission no."), self.tr("Name"), self.tr("Section"), self.tr("Guardian's phone"),
                    self.tr("Outstanding"), self.tr("Overdue"), self.tr("Oldest due"), self.tr("Days overdue"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        d = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (d.admission_no, d.full_name, d.section_name, left_to_right(d.guardian_phone),
                    format_money(d.outstanding_minor, self.currency, self.digits),
                    format_money(d.overdue_minor, self.currency, self.digits) if d.overdue_minor else "",
                    format_date(d.oldest_due_on), str(d.days_overdue) if d.days_overdue else "")[col]
        if role == SORT_ROLE:
            return (d.admission_no, d.full_name.casefold(), (d.grade_level or 0, d.section_name),
                    d.guardian_phone, d.outstanding_minor, d.overdue_minor,
                    d.oldest_due_on.toordinal() if d.oldest_due_on else 0, d.days_overdue)[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= Col.OUTSTANDING:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == Col.DAYS and d.days_overdue > 60:
            return QColor("#b3261e")
        return None


class DefaultersProxy(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = ""
        self.min_days = 0

    def set_filter(self, section: str, min_days: int) -> None:
        self.beginFilterChange()
        self.section, self.min_days = section, min_days
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:
        d = self.sourceModel().rows[row]
        return (not self.section or d.section_name == self.section) and d.days_overdue >= self.min_days

    def lessThan(self, left: _Index, right: _Index) -> bool:
        return left.data(SORT_ROLE) < right.data(SORT_ROLE)


class DefaultersScreen(QWidget):
    def __init__(self, ctx: AppContext, school: OpenSchool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.school = ctx, school
        self._stale = True
        title = QLabel(self.tr("Defaulters"))
        title.setObjectName("screenTitle")
        self.count = QLabel("")
        self.count.setObjectName("screenSubtitle")
        self.section = QComboBox()
        self.section.setAccessibleName(self.tr("Section"))
        self.age = QComboBox()
        self.age.setAccessibleName(self.tr("Overdue"))
        for label, days in ((self.tr("Any balance"), 0), (self.tr("Overdue"), 1), (self.tr("Over 30 days"), 31),
                            (self.tr("Over 60 days"), 61), (self.tr("Over 90 days"), 91)):
            self.age.addItem(label, days)
        self.export_csv = QPushButton(self.tr("Export CSV…"))
        self.export_xlsx = QPushButton(self.tr("Export Excel…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("The list as shown, with the filters applied, on paper"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.setToolTip(self.tr("The list as shown, with the filters applied, as a PDF file"))
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.last_pdf: bytes | None = None
        self.model = DefaultersModel(school.currency, school.currency_digits, self)
        self.proxy = DefaultersProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Defaulters"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Col.DAYS, Qt.SortOrder.DescendingOrder)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setSectionResizeMode(Col.NAME, QHeaderView.ResizeMode.Stretch)
        for col, width in ((Col.ADMISSION, 110), (Col.SECTION, 80), (Col.PHONE, 140), (Col.OUTSTANDING, 130),
                           (Col.OVERDUE, 130), (Col.OLDEST, 100), (Col.DAYS, 100)):
            header.resizeSection(col, width)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Section")))
        bar.addWidget(self.section)
        bar.addWidget(QLabel(self.tr("Show")))
        bar.addWidget(self.age)
        bar.addStretch(1)
        bar.addWidget(self.export_csv)
        bar.addWidget(self.export_xlsx)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.count)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.section.currentIndexChanged.connect(self._filter)
        self.age.currentIndexChanged.connect(self._filter)
        self.export_csv.clicked.connect(lambda: self.export("csv"))
        self.export_xlsx.clicked.connect(lambda: self.export("xlsx"))
        self.print_button.clicked.connect(self.print_list)
        self.pdf_button.clicked.connect(lambda: self.save_as_pdf())
        ctx.hub.data_changed.connect(self._on_data_changed)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    @Slot(str, list)
    def _on_data_changed(self, entity: str, _ids: list) -> None:
        if entity in ENTITIES:
            self._stale = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        self._stale = False
        db = self.school.db

        def read() -> list[Defaulter]:
            with db.session() as session:
                return defaulters(session)

        self.ctx.tasks.run_task(read, on_success=self.show_rows, owner=self)

    def show_rows(self, rows: list[Defaulter]) -> None:
        current = self.section.currentData() or ""
        self.model.set_rows(rows)
        sections = sorted({(d.grade_level or 0, d.section_name) for d in rows if d.section_name})
        self.section.blockSignals(True)
        self.section.clear()
        self.section.addItem(self.tr("All sections"), "")
        for _grade, name in sections:
            self.section.addItem(name, name)
        self.section.setCurrentIndex(max(0, self.section.findData(current)))
        self.section.blockSignals(False)
        self._filter()

    @Slot()
    def _filter(self) -> None:
        self.proxy.set_filter(self.section.currentData() or "", self.age.currentData() or 0)
        shown = self.visible_rows()
        total = sum(d.outstanding_minor for d in shown)
        self.count.setText(self.tr("{n} students owe {amount}").format(
            n=len(shown), amount=format_money(total, self.school.currency, self.school.currency_digits)))

    def visible_rows(self) -> list[Defaulter]:
        return [self.model.rows[self.proxy.mapToSource(self.proxy.index(i, 0)).row()]
                for i in range(self.proxy.rowCount())]

    def export(self, kind: str, path: Path | None = None) -> Path | None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export defaulters"), f"defaulters.{kind}",
                "CSV (*.csv)" if kind == "csv" else "Excel (*.xlsx)")
            if not chosen:
                return None
            path = Path(chosen)
        rows = self.visible_rows()
        return write_export(defaulters_export(rows, self.school.currency, self.school.currency_digits), path, kind)

    def filters_text(self) -> str:
        """The filters applied, as the printed list states them."""
        return self.tr("Section: {section} · {age}").format(section=self.section.currentText() or
                                                             self.tr("All sections"), age=self.age.currentText())

    def make_pdf(self, then: Callable[[bytes], None], path: Path | None = None) -> None:
        """Make the PDF of the rows shown in a background task (written to ``path`` there, if given), then ``then``."""
        from app.reports.atomic import write_atomically
        from app.reports.defaulters import DefaultersSheet, defaulters_pdf

        rows = self.visible_rows()
        currency, digits, db = self.school.currency, self.school.currency_digits, self.school.db
        fallback_name = self.school.name
        headers = tuple(str(self.model.headerData(col, Qt.Orientation.Horizontal)) for col in Col)
        title, filters, summary = self.tr("Defaulters"), self.filters_text(), self.count.text()
        printed_on = self.tr("Printed on {day}").format(day=format_date(dt.date.today()))
        page_label = self.tr("Page {page} of {pages}")
        self.print_button.setEnabled(False)
        self.pdf_button.setEnabled(False)
        self.status.setText(self.tr("Making the list as a PDF…"))

        def make() -> bytes:
            from sqlalchemy import select

            from app.storage.models import School

            with db.session() as session:
                school = session.execute(select(School).where(School.deleted.is_(False))).scalars().first()
                name = school.name if school else fallback_name
                address, phone, logo = (school.address, school.phone, school.logo_png) if school else ("", "", "")
            cells = tuple(
                (d.admission_no, d.full_name, d.section_name, d.guardian_phone,
                 format_money(d.outstanding_minor, currency, digits),
                 format_money(d.overdue_minor, currency, digits) if d.overdue_minor else "",
                 format_date(d.oldest_due_on), str(d.days_overdue) if d.days_overdue else "")
                for d in rows)
            pdf = defaulters_pdf(DefaultersSheet(
                school_name=name, school_address=address or "", school_phone=phone or "", title=title,
                filters=filters, summary=summary, headers=headers, rows=cells,
                late=tuple(d.days_overdue > 60 for d in rows), printed_on=printed_on, page_label=page_label,
                logo_png=logo or ""))
            if path is not None:
                write_atomically(path, pdf)
            return pdf

        def done(pdf: bytes) -> None:
            self.print_button.setEnabled(True)
            self.pdf_button.setEnabled(True)
            self.last_pdf = pdf
            self.status.setText("")
            then(pdf)

        def failed(exc: BaseException) -> None:
            self.print_button.setEnabled(True)
            self.pdf_button.setEnabled(True)
            if isinstance(exc, (OSError, ServiceError)):
                self.status.setText(self.tr("The list could not be made as a PDF: {reason}").format(
                    reason=translated(exc)))
            else:
                from app.ui.tasks import report_to_excepthook

                report_to_excepthook(exc)

        self.ctx.tasks.run_task(make, on_success=done, on_error=failed, owner=self)

    @Slot()
    def print_list(self) -> None:
        """Print the list as shown through Qt's print dialog (the PDF is made in the background first)."""
        def ready(pdf: bytes) -> None:
            if self.isVisible() and not getattr(self, "no_printer", False):
                print_pdf(pdf, self)

        self.make_pdf(ready)

    def save_as_pdf(self, path: Path | None = None) -> None:
        """Save the list as shown as a PDF; without ``path`` the person chooses where."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the defaulters list as PDF"), str(Path.home() / "defaulters.pdf"), "PDF (*.pdf)")
            if not chosen:
                return
            path = Path(chosen)
            if path.suffix.lower() != ".pdf":
                path = path.with_name(path.name + ".pdf")
        self.last_pdf_path = path

        def saved(_pdf: bytes) -> None:
            self.status.setText(self.tr("Defaulters list saved to {path}").format(path=str(path)))
            self.ctx.hub.status_message.emit(self.status.text(), 6000)

        self.make_pdf(saved, path)
