"""The "Day book" screen: a day's receipts and cancellations, totals, and the cash close.

Reads :func:`app.services.day_book.day_book` in a background task; closing
the cash runs :func:`app.services.day_book.close_cash` as a write task. The
day book prints as a PDF (:mod:`app.reports.day_book`) and exports to XLSX or
CSV (:func:`app.services.exports.day_book_export`) in a background task.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceError
from app.services.day_book import DayBook, close_cash, day_book, expected_cash
from app.services.exports import day_book_export, write_export
from app.services.fees import day_is_closed
from app.ui.context import AppContext, OpenSchool
from app.ui.formatting import format_date, format_money
from app.ui.i18n import date_field_in_order, translated
from app.ui.payment import mode_labels, parse_typed_amount, school_actor
from app.ui.receipt_print import print_pdf, save_pdf

_Index = QModelIndex | QPersistentModelIndex
ENTITIES = {"payments", "payment_cancellations", "cash_closes"}


class DayBookModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book: DayBook | None = None

    def set_book(self, book: DayBook) -> None:
        self.beginResetModel()
        self.book = book
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.book is None else len(self.book.payments)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Receipt"), self.tr("Time"), self.tr("Student"), self.tr("Paid by"), self.tr("Cashier"),
                    self.tr("Amount"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.book is None:
            return None
        p = self.book.payments[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            mode = mode_labels().get(p.mode, p.mode) + (f" · {p.reference}" if p.reference else "")
            amount = format_money(p.amount_minor, self.book.currency, self.book.currency_digits)
            if p.cancelled:
                amount = self.tr("{amount} (cancelled)").format(amount=amount)
            return (p.receipt_no, p.received_at.strftime("%H:%M"), p.student_name, mode, p.cashier, amount)[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and p.cancelled:
            return QColor("#b3261e")
        return None


class CashCloseDialog(QDialog):
    """Count the drawer: expected against counted, a note when they differ."""

    def __init__(self, ctx: AppContext, school: OpenSchool, day: dt.date, expected: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.school, self.day, self.expected = ctx, school, day, expected
        self.setWindowTitle(self.tr("Close the cash"))
        self.setMinimumWidth(420)
        money = format_money(expected, school.currency, school.currency_digits)
        intro = QLabel(self.tr("Count the cash in your drawer. Once closed, no payment for this day and no "
                               "cancellation today can be made by you on this computer."))
        intro.setWordWrap(True)
        self.counted = QLineEdit()
        self.counted.setAccessibleName(self.tr("Counted cash"))
        self.counted.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.difference = QLabel("")
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.problem = QLabel("")
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Expected cash"), QLabel(money))
        form.addRow(self.tr("Counted cash"), self.counted)
        form.addRow(self.tr("Difference"), self.difference)
        form.addRow(self.tr("Note"), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(self.tr("Close the cash"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.counted.textChanged.connect(self._check)
        self.note.textChanged.connect(self._check)

    def counted_minor(self) -> int:
        text = self.counted.text().strip()
        if text in ("0", "0.00", "0,00"):
            return 0
        return parse_typed_amount(text, self.school.currency_digits)

    @Slot()
    def _check(self) -> None:
        try:
            counted = self.counted_minor()
        except ServiceError as exc:
            self.problem.setText(translated(exc))
            self.difference.setText("")
            self.close_button.setEnabled(False)
            return
        diff = counted - self.expected
        self.difference.setText(format_money(diff, self.school.currency, self.school.currency_digits))
        self.difference.setStyleSheet("color: #b3261e;" if diff else "color: #1f6f5c;")
        if diff and not self.note.text().strip():
            self.problem.setText(self.tr("The count differs from the day book: write a note saying why."))
            self.close_button.setEnabled(False)
        else:
            self.problem.setText("")
            self.close_button.setEnabled(True)

    @Slot()
    def save(self) -> None:
        counted, note, day = self.counted_minor(), self.note.text(), self.day
        actor, db = school_actor(self.school), self.school.db

        def write() -> str:
            with db.write() as session:
                return close_cash(session, actor, counted, note, day=day).id

        def done(close_id: str) -> None:
            self.ctx.hub.data_changed.emit("cash_closes", [close_id])
            self.accept()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ServiceError):
                self.problem.setText(translated(exc))
            else:
                from app.ui.tasks import report_to_excepthook

                report_to_excepthook(exc)

        self.ctx.tasks.run_task(write, on_success=done, on_error=failed, write=True, owner=self)


class DayBookScreen(QWidget):
    def __init__(self, ctx: AppContext, school: OpenSchool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.school = ctx, school
        self.book: DayBook | None = None
        self._stale = True
        self._request = 0
        self.last_pdf: bytes | None = None

        title = QLabel(self.tr("Day book"))
        title.setObjectName("screenTitle")
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        date_field_in_order(self.date)
        self.date.setAccessibleName(self.tr("Day"))
        today = dt.date.today()
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.mine_only = QCheckBox(self.tr("Only my receipts on this computer"))
        self.close_button = QPushButton(self.tr("Close the cash…"))
        self.close_button.setObjectName("primaryButton")
        self.print_button = QPushButton(self.tr("Print day book…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("The day's payments, cancellations and totals as an Excel workbook "
                                              "or a CSV file"))
        self.last_export: Path | None = None
        self.model = DayBookModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Day book"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 140), (1, 60), (3, 170), (4, 140), (5, 150)):
            header.resizeSection(col, width)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setObjectName("daySummary")
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.export_status = QLabel("")
        self.export_status.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(self.date)
        bar.addWidget(self.mine_only)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        bar.addWidget(self.print_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addWidget(self.export_status)

        self.date.dateChanged.connect(lambda _d: self.refresh())
        self.mine_only.toggled.connect(lambda _b: self.refresh())
        self.close_button.clicked.connect(self.open_close_dialog)
        self.print_button.clicked.connect(self.print_day_book)
        self.export_button.clicked.connect(self.ask_export_path)
        ctx.hub.data_changed.connect(self._on_data_changed)

    @property
    def day(self) -> dt.date:
        d = self.date.date()
        return dt.date(d.year(), d.month(), d.day())

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
        self._request += 1
        request, day, db, actor = self._request, self.day, self.school.db, school_actor(self.school)
        mine = self.mine_only.isChecked()

        def read() -> tuple[DayBook, bool, int]:
            with db.session() as session:
                book = day_book(session, day, device_id=actor.device_id if mine else None,
                                cashier_id=actor.user_id if mine else None)
                closed = day_is_closed(session, day, actor.device_id, actor.user_id)
                expected = expected_cash(session, day, actor.device_id, actor.user_id)
                return book, closed, expected

        def show(result: tuple[DayBook, bool, int]) -> None:
            if request == self._request:
                self.show_book(*result)

        self.ctx.tasks.run_task(read, on_success=show, owner=self)

    def show_book(self, book: DayBook, closed: bool, expected: int) -> None:
        self.book, self.closed, self.expected = book, closed, expected
        self.model.set_book(book)

        def money(m: int) -> str:
            return format_money(m, book.currency, book.currency_digits)

        labels = mode_labels()
        modes = " · ".join(f"{labels.get(k, k)} {money(v)}" for k, v in sorted(book.by_mode.items())) or "—"
        cashiers = " · ".join(f"{k} {money(v)}" for k, v in sorted(book.by_cashier.items())) or "—"
        cancels = "<br>".join(
            self.tr("Cancelled {number} ({amount}) by {who}: {reason}").format(
                number=c.receipt_no, amount=money(c.amount_minor), who=c.cancelled_by, reason=c.reason)
            for c in book.cancellations)
        parts = [
            self.tr("<b>{n} receipts</b>, {amount} received; net collected <b>{net}</b>").format(
                n=len(book.payments), amount=money(book.received_minor), net=money(book.net_minor)),
            self.tr("By mode: {modes}").format(modes=modes),
            self.tr("By cashier: {cashiers}").format(cashiers=cashiers),
        ]
        if cancels:
            parts.append(cancels)
        for cl in book.closes:
            parts.append(self.tr("Closed by {who}: expected {e}, counted {c}, difference {d}{note}").format(
                who=cl.cashier, e=money(cl.expected_cash_minor), c=money(cl.counted_cash_minor),
                d=money(cl.difference_minor), note=f" — {cl.note}" if cl.note else ""))
        self.summary.setText("<br>".join(parts))
        if closed:
            self.status.setText(self.tr("Your cash for this day is closed on this computer."))
        else:
            self.status.setText(self.tr("Cash expected in your drawer: {amount}").format(amount=money(expected)))
        may_close = school_actor(self.school).is_office and self.day <= dt.date.today()
        self.close_button.setEnabled(not closed and may_close)

    @Slot()
    def open_close_dialog(self) -> CashCloseDialog:
        dialog = CashCloseDialog(self.ctx, self.school, self.day, getattr(self, "expected", 0), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.print_day_book)
        dialog.open()
        self.close_dialog = dialog
        return dialog

    @Slot()
    def print_day_book(self, ask: bool = True) -> None:
        from app.reports.day_book import day_book_pdf

        db, day = self.school.db, self.day

        def make() -> bytes:
            with db.session() as session:
                return day_book_pdf(day_book(session, day))

        def ready(pdf: bytes) -> None:
            self.last_pdf = pdf
            if ask and self.isVisible() and not getattr(self, "no_printer", False):
                print_pdf(pdf, self)

        self.ctx.tasks.run_task(make, on_success=ready, owner=self)

    @Slot()
    def ask_export_path(self) -> None:
        xlsx, csv = self.tr("Excel workbooks (*.xlsx)"), self.tr("CSV files (*.csv)")
        name = f"day-book-{self.day.isoformat()}.xlsx"
        chosen, picked = QFileDialog.getSaveFileName(self, self.tr("Export the day book"), str(Path.home() / name),
                                                     f"{xlsx};;{csv}")
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() not in (".xlsx", ".csv"):
                path = path.with_name(path.name + (".csv" if picked == csv else ".xlsx"))
            self.export(path)

    def export(self, path: Path) -> None:
        """Write the day's book to ``path`` (XLSX or CSV by its extension) in a background task."""
        db, day = self.school.db, self.day
        self.export_button.setEnabled(False)
        self.export_status.setText(self.tr("Exporting the day book…"))

        def work() -> Path:
            with db.session() as session:
                export = day_book_export(session, day)
            return write_export(export, path)

        def done(written: Path) -> None:
            self.export_button.setEnabled(True)
            self.last_export = written
            self.export_status.setText(self.tr("Day book of {day} exported to {path}").format(
                day=format_date(day), path=str(written)))
            self.ctx.hub.status_message.emit(self.export_status.text(), 6000)

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            if isinstance(exc, (OSError, ServiceError)):
                self.export_status.setText(self.tr("The day book could not be exported: {reason}").format(
                    reason=translated(exc)))
            else:
                from app.ui.tasks import report_to_excepthook

                report_to_excepthook(exc)

        self.ctx.tasks.run_task(work, on_success=done, on_error=failed, owner=self)

    def save_pdf(self, path: Path) -> Path | None:
        return save_pdf(self.last_pdf, self, "", path) if self.last_pdf else None
