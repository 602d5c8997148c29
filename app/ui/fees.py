"""The "Fees" screen of the front office: find a student, read their ledger, take a payment.

* One search box: name (any script, accents optional), admission number or
  guardian's phone; results as one types (:class:`app.services.fees.StudentSearch`,
  an in-memory index built once in a background task).
* The student's ledger (:func:`app.services.fees.student_account`): invoices,
  concessions, payments, cancellations, the running balance.
* Take a payment (:class:`app.ui.payment.PaymentDialog`); its receipt is
  made at once (A5 or 80 mm roll) and can be printed or saved as PDF.
  A receipt printed again from the ledger is marked DUPLICATE; a cancelled
  one CANCELLED.
* Cancel a payment (:class:`app.ui.payment.CancelPaymentDialog`).
* Fee structures, issuing invoices, late fees
  (:class:`app.ui.fee_structures.FeeStructuresDialog`); a concession on one of
  the student's invoices, for the principal or an admin
  (:class:`app.ui.fee_concession.ConcessionDialog`); many receipts as one PDF
  (:class:`app.ui.fee_receipts.ReceiptBatchDialog`).
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.fee_structures import description_words
from app.services.fees import LedgerEntry, StudentAccount, StudentSearch, receipt_data, student_account
from app.services.students import StudentRow, list_students
from app.ui.context import AppContext, OpenSchool
from app.ui.formatting import format_date, format_money, left_to_right
from app.ui.i18n import translated
from app.ui.payment import CancelPaymentDialog, PaymentDialog, school_actor
from app.ui.receipt_print import print_pdf, save_pdf
from app.ui.resources import icon

_Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

LIST_ENTITIES = {"students", "enrollments", "sections"}
ACCOUNT_ENTITIES = LIST_ENTITIES | {"invoices", "invoice_lines", "concessions", "payments", "payment_allocations",
                                    "payment_cancellations", "cash_closes"}


class SearchModel(QAbstractTableModel):
    """The students the search found, best match first."""

    HEADERS = ("Admission no.", "Name", "Class", "Guardian's phone")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[StudentRow] = []

    def set_rows(self, rows: list[StudentRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Admission no."), self.tr("Name"), self.tr("Class"), self.tr("Guardian's phone"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = r.full_name if r.status == "active" else f"{r.full_name} ({self.tr('left')})"
            return (r.admission_no, name, r.section_name, left_to_right(r.guardian_phone))[index.column()]
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.ForegroundRole and r.status != "active":
            return QColor("#8a979f")
        return None


class LedgerColumn(IntEnum):
    DATE = 0
    WHAT = 1
    REFERENCE = 2
    DESCRIPTION = 3
    CHARGED = 4
    PAID = 5
    BALANCE = 6


class LedgerModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[LedgerEntry] = []
        self.currency = ""
        self.digits = 2

    def set_account(self, account: StudentAccount) -> None:
        self.beginResetModel()
        self.entries = list(account.entries)
        self.currency, self.digits = account.currency, account.currency_digits
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LedgerColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Date"), self.tr("Entry"), self.tr("Number"), self.tr("Details"), self.tr("Charged"),
                    self.tr("Paid"), self.tr("Balance"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section >= LedgerColumn.CHARGED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def kind_label(self, entry: LedgerEntry) -> str:
        return {"invoice": self.tr("Invoice"), "late_fee": self.tr("Late fee"), "concession": self.tr("Concession"),
                "payment": self.tr("Payment"),
                "cancellation": self.tr("Cancellation")}.get(entry.kind, entry.kind)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            def money(m: int) -> str:
                return format_money(m, self.currency, self.digits) if m else ""

            return (format_date(e.on), self.kind_label(e), e.reference, translated(description_words(e.description)), money(e.debit),
                    money(e.credit), format_money(e.balance, self.currency, self.digits))[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= LedgerColumn.CHARGED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if e.kind == "payment" and e.cancelled or e.kind == "cancellation":
                return QColor("#b3261e")
            if col == LedgerColumn.BALANCE and e.balance <= 0:
                return QColor("#1f6f5c")
        if role == Qt.ItemDataRole.FontRole and e.kind == "payment" and e.cancelled:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Cancelled: this receipt keeps its number") if e.kind == "payment" and e.cancelled \
                else translated(description_words(e.description))
        if role == ROW_ROLE:
            return e
        return None


class FeesScreen(QWidget):
    """Find a student, see what they owe, take a payment, print its receipt."""

    # A receipt PDF was made: (payment id, pdf bytes, duplicate).
    receipt_ready = Signal(str, bytes, bool)

    def __init__(self, ctx: AppContext, school: OpenSchool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.school = school
        self.index: StudentSearch | None = None
        self.account: StudentAccount | None = None
        self._stale = True
        self._account_request = 0
        self.last_receipt: tuple[str, bytes, bool] | None = None
        # What is done with a new receipt: None asks the person (print, save, close).
        self.deliver_receipt = None

        title = QLabel(self.tr("Fees"))
        title.setObjectName("screenTitle")
        self.subtitle = QLabel(self.tr("Find a student by name, admission number or guardian's phone."))
        self.subtitle.setObjectName("screenSubtitle")
        self.structures_button = QPushButton(self.tr("Fee structures…"))
        self.structures_button.setToolTip(self.tr("What each grade pays per term; issue invoices; late fees"))
        self.batch_button = QPushButton(self.tr("Print receipts…"))
        self.batch_button.setToolTip(self.tr("A day's or a student's receipts as one PDF"))
        self.structures_button.setVisible(school_actor(school).is_office)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, admission number or guardian's phone"))
        self.search.setAccessibleName(self.tr("Search students"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(QAction(icon("search"), "", self.search), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumHeight(34)

        self.results_model = SearchModel(self)
        self.results = QTableView()
        self.results.setModel(self.results_model)
        self._table_style(self.results)
        rh = self.results.horizontalHeader()
        rh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Wide enough, in the font in use, for an admission number (a digit to spare over "2017-0001"), a class
        # like "Grade 10 B" and a phone like "+971 54 250 9124".
        metrics = self.results.fontMetrics()
        self._admission_width = metrics.horizontalAdvance("2017-00001") + 16
        self._class_width = metrics.horizontalAdvance("Grade 10 B") + 16
        self._phone_width = metrics.horizontalAdvance("+971 54 250 9124") + 16
        rh.resizeSection(0, self._admission_width)
        rh.resizeSection(2, self._class_width)
        rh.resizeSection(3, self._phone_width)
        self.results.setAccessibleName(self.tr("Students found"))

        # The account panel.
        self.name = QLabel(self.tr("No student chosen"))
        self.name.setObjectName("detailsName")
        self.name.setWordWrap(True)
        self.facts = QLabel("")
        self.facts.setObjectName("screenSubtitle")
        self.warning = QLabel("")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a4b00; font-weight: 600;")
        self.warning.hide()
        self.balance = QLabel("")
        self.balance.setObjectName("balanceDue")
        self.balance.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.ledger_model = LedgerModel(self)
        self.ledger = QTableView()
        self.ledger.setModel(self.ledger_model)
        self._table_style(self.ledger)
        lh = self.ledger.horizontalHeader()
        # A ledger is a few dozen lines: every column fits its content, the details take the rest.
        lh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lh.setSectionResizeMode(LedgerColumn.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.ledger.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ledger.setAccessibleName(self.tr("Ledger"))

        self.pay_button = QPushButton(self.tr("Take a payment…"))
        self.pay_button.setObjectName("primaryButton")
        self.reprint_button = QPushButton(self.tr("Print receipt again"))
        self.cancel_button = QPushButton(self.tr("Cancel payment…"))
        self.concession_button = QPushButton(self.tr("Concession…"))
        self.concession_button.setToolTip(self.tr("Reduce what the student owes on an invoice (principal or admin)"))
        self.concession_button.setVisible(school_actor(school).role in ("principal", "admin"))
        self.format = QComboBox()
        self.format.addItem(self.tr("A5 sheet"), "a5")
        self.format.addItem(self.tr("80 mm roll"), "thermal80")
        self.format.setAccessibleName(self.tr("Receipt format"))
        for b in (self.pay_button, self.reprint_button, self.cancel_button, self.concession_button):
            b.setEnabled(False)

        head = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.name)
        names.addWidget(self.facts)
        head.addLayout(names, 1)
        head.addWidget(self.balance)
        actions = QHBoxLayout()
        actions.addWidget(self.pay_button)
        actions.addWidget(self.reprint_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.concession_button)
        actions.addStretch(1)
        # The receipt's format on a row of its own: beside the actions it made the account too wide to leave
        # the student list room for a whole name.
        formats = QHBoxLayout()
        formats.addStretch(1)
        formats.addWidget(QLabel(self.tr("Receipt:")))
        formats.addWidget(self.format)
        panel = QFrame()
        panel.setObjectName("detailsPanel")
        pl = QVBoxLayout(panel)
        pl.setContentsMargins(16, 14, 16, 14)
        pl.addLayout(head)
        pl.addWidget(self.warning)
        pl.addWidget(self.ledger, 1)
        pl.addLayout(formats)
        pl.addLayout(actions)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.search)
        ll.addWidget(self.results, 1)
        self.splitter.addWidget(left)
        self.splitter.addWidget(panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([360, 720])
        # A list too narrow for a whole name beside the other columns leaves out the guardian's phone, then
        # the admission number (the search still finds by both, and the account shows them): the name and the
        # class are what the office reads, and the account's money columns keep their room.
        self._name_room = metrics.horizontalAdvance("Rahaf Nassar Al Amin") + 16
        self.results.viewport().installEventFilter(self)
        self.results_model.modelReset.connect(self._fit_columns)  # a reset shows every column again

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(12)
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(self.subtitle)
        top.addLayout(heading, 1)
        top.addWidget(self.structures_button)
        top.addWidget(self.batch_button)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._open_first)
        self.results.activated.connect(self._open_index)
        self.results.clicked.connect(self._open_index)
        self.ledger.selectionModel().selectionChanged.connect(self._selection_changed)
        self.pay_button.clicked.connect(self.take_payment)
        self.reprint_button.clicked.connect(lambda: self.print_receipt(self.selected_payment_id(), duplicate=True))
        self.cancel_button.clicked.connect(self.cancel_selected_payment)
        self.concession_button.clicked.connect(self.grant_concession)
        self.structures_button.clicked.connect(self.open_fee_structures)
        self.batch_button.clicked.connect(self.print_receipts)
        ctx.hub.data_changed.connect(self._on_data_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.results.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        width, room = self.results.viewport().width(), self._name_room + self._class_width
        self.results.setColumnHidden(3, width < room + self._admission_width + self._phone_width)
        self.results.setColumnHidden(0, width < room + self._admission_width)

    @staticmethod
    def _table_style(table: QTableView) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(28)
        table.horizontalHeader().setHighlightSections(False)
        table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    # -- the student list -----------------------------------------------------

    def refresh(self) -> None:
        self._stale = False
        db = self.school.db

        def read() -> StudentSearch:
            with db.session() as session:
                return StudentSearch(list_students(session))

        def show(index: StudentSearch) -> None:
            self.index = index
            self._search_changed(self.search.text())

        self.ctx.tasks.run_task(read, on_success=show, owner=self)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    @Slot(str)
    def _search_changed(self, text: str) -> None:
        if self.index is None:
            return
        self.results_model.set_rows(self.index.search(text, limit=200))

    @Slot()
    def _open_first(self) -> None:
        if self.results_model.rowCount() >= 1:
            self._open_index(self.results_model.index(0, 0))

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.results.selectRow(index.row())
            self.open_student(row.id)

    # -- one student's account ------------------------------------------------

    def open_student(self, student_id: str) -> None:
        self._account_request += 1
        request = self._account_request
        db = self.school.db

        def read() -> StudentAccount:
            with db.session() as session:
                return student_account(session, student_id)

        def show(account: StudentAccount) -> None:
            if request == self._account_request:
                self.show_account(account)

        self.ctx.tasks.run_task(read, on_success=show, owner=self)

    def show_account(self, account: StudentAccount) -> None:
        self.account = account
        locale = QLocale()
        self.name.setText(account.full_name)
        facts = [self.tr("Admission no. {number}").format(number=account.admission_no)]
        if account.section_name:
            facts.append(account.section_name)
        if account.guardian_phone:
            facts.append(left_to_right(account.guardian_phone))
        self.facts.setText(" · ".join(facts))
        if account.status != "active":
            self.warning.setText(self.tr(
                "This student has left or graduated. Only what is still owed can be paid; nothing in advance."))
            self.warning.show()
        else:
            self.warning.hide()
        due = account.balance.due
        money = format_money(abs(due), account.currency, account.currency_digits, locale)
        if due > 0:
            self.balance.setText(self.tr("Owes {amount}").format(amount=money))
            self.balance.setStyleSheet("color: #b3261e; font-size: 16px; font-weight: 600;")
        elif due < 0:
            self.balance.setText(self.tr("In advance {amount}").format(amount=money))
            self.balance.setStyleSheet("color: #1f6f5c; font-size: 16px; font-weight: 600;")
        else:
            self.balance.setText(self.tr("Nothing due"))
            self.balance.setStyleSheet("color: #1f6f5c; font-size: 16px; font-weight: 600;")
        self.ledger_model.set_account(account)
        if self.ledger_model.rowCount():
            self.ledger.scrollToBottom()
        self.pay_button.setEnabled(school_actor(self.school).is_office)
        self.concession_button.setEnabled(any(e.kind == "invoice" for e in account.entries))
        self._selection_changed()

    def selected_entry(self) -> LedgerEntry | None:
        rows = self.ledger.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def selected_payment_id(self) -> str | None:
        e = self.selected_entry()
        return e.payment_id if e is not None else None

    def select_payment(self, payment_id: str) -> None:
        for i, e in enumerate(self.ledger_model.entries):
            if e.kind == "payment" and e.payment_id == payment_id:
                self.ledger.selectRow(i)
                return

    @Slot()
    def _selection_changed(self, *_args) -> None:  # noqa: ANN002
        e = self.selected_entry()
        is_payment = e is not None and e.payment_id is not None
        self.reprint_button.setEnabled(is_payment)
        self.cancel_button.setEnabled(is_payment and e.kind == "payment" and not e.cancelled
                                      and school_actor(self.school).is_office)

    @Slot(str, list)
    def _on_data_changed(self, entity: str, _ids: list) -> None:
        if entity in LIST_ENTITIES:
            self._stale = True
            if self.isVisible():
                self.refresh()
        if self.account is not None and entity in ACCOUNT_ENTITIES:
            self.open_student(self.account.student_id)

    # -- payments and receipts ------------------------------------------------

    @Slot()
    def take_payment(self) -> PaymentDialog | None:
        if self.account is None:
            return None
        dialog = PaymentDialog(self.ctx, self.school, self.account, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda pid: self.print_receipt(pid, duplicate=False))
        dialog.open()
        self.payment_dialog = dialog
        return dialog

    @Slot()
    def cancel_selected_payment(self) -> CancelPaymentDialog | None:
        e = self.selected_entry()
        if e is None or e.payment_id is None or self.account is None:
            return None
        amount = format_money(e.credit, self.account.currency, self.account.currency_digits)
        dialog = CancelPaymentDialog(self.ctx, self.school, e.payment_id, e.reference, amount, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.cancelled.connect(lambda pid: self.ctx.hub.status_message.emit(
            self.tr("Receipt {number} is cancelled.").format(number=e.reference), 6000))
        dialog.open()
        self.cancel_dialog = dialog
        return dialog

    @Slot()
    def grant_concession(self):  # noqa: ANN201 - ConcessionDialog | None
        if self.account is None:
            return None
        from app.ui.fee_concession import ConcessionDialog

        e = self.selected_entry()
        dialog = ConcessionDialog(self.ctx, self.school, self.account, e.invoice_id if e is not None else None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.concession_dialog = dialog
        return dialog

    @Slot()
    def open_fee_structures(self):  # noqa: ANN201 - FeeStructuresDialog
        from app.ui.fee_structures import FeeStructuresDialog

        dialog = FeeStructuresDialog(self.ctx, self.school, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.structures_dialog = dialog
        return dialog

    @Slot()
    def print_receipts(self):  # noqa: ANN201 - ReceiptBatchDialog
        from app.ui.fee_receipts import ReceiptBatchDialog

        student = (self.account.student_id, self.account.full_name) if self.account is not None else None
        dialog = ReceiptBatchDialog(self.ctx, self.school, student, self)
        dialog.format.setCurrentIndex(self.format.currentIndex())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.batch_dialog = dialog
        return dialog

    def print_receipt(self, payment_id: str | None, *, duplicate: bool) -> None:
        """Make the receipt PDF off the UI thread, then hand it to :meth:`deliver`."""
        if payment_id is None:
            return
        from app.reports.receipt import receipt_pdf

        db, fmt = self.school.db, self.format.currentData()

        def make() -> bytes:
            with db.session() as session:
                data = receipt_data(session, payment_id)
            return receipt_pdf(data, fmt=fmt, duplicate=duplicate)

        def ready(pdf: bytes) -> None:
            self.last_receipt = (payment_id, pdf, duplicate)
            self.receipt_ready.emit(payment_id, pdf, duplicate)
            self.deliver(payment_id, pdf, duplicate)

        self.ctx.tasks.run_task(make, on_success=ready, owner=self)

    def deliver(self, payment_id: str, pdf: bytes, duplicate: bool) -> None:
        if self.deliver_receipt is not None:
            self.deliver_receipt(payment_id, pdf, duplicate)
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Receipt"))
        box.setText(self.tr("The receipt is ready.") if duplicate else
                    self.tr("Payment saved on this computer. Its receipt is ready."))
        print_button = box.addButton(self.tr("Print…"), QMessageBox.ButtonRole.AcceptRole)
        save_button = box.addButton(self.tr("Save as PDF…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        print_button.clicked.connect(lambda: print_pdf(pdf, self))
        save_button.clicked.connect(lambda: save_pdf(pdf, self, f"receipt-{payment_id[:8]}.pdf"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.receipt_box = box

    def save_last_receipt(self, path: Path) -> Path | None:
        if self.last_receipt is None:
            return None
        return save_pdf(self.last_receipt[1], self, "", path)
