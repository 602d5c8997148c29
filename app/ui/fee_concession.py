"""Granting a concession on one of a student's invoices (the principal or an admin).

Opened from the ledger of the Fees screen. A percentage (of the invoice's
fees, or of one fee head on it) or a fixed amount, with the reason; the
approver is the person granting it. The rule and its refusals are
:func:`app.services.fee_structures.grant_concession`'s.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services import fee_structures as fs
from app.services.context import ServiceError
from app.services.fees import StudentAccount
from app.ui.context import AppContext, OpenSchool
from app.ui.fee_structures import parse_money, parse_percent
from app.ui.formatting import format_money
from app.ui.i18n import translated
from app.ui.payment import school_actor


class ConcessionDialog(QDialog):
    """A concession on one invoice of the student; ``granted(concession_id)`` once committed."""

    granted = Signal(str)

    def __init__(self, ctx: AppContext, school: OpenSchool, account: StudentAccount,
                 invoice_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.school = school
        self.account = account
        self.setWindowTitle(self.tr("Grant a concession"))
        self.setMinimumWidth(480)
        who = QLabel(f"<b>{account.full_name}</b> · {account.admission_no}")
        who.setTextFormat(Qt.TextFormat.RichText)
        self.invoice = QComboBox()
        self.invoice.setAccessibleName(self.tr("Invoice"))
        for e in account.entries:
            if e.kind == "invoice" and e.invoice_id:
                money = format_money(e.debit, account.currency, account.currency_digits)
                self.invoice.addItem(f"{e.reference} · {translated(fs.description_words(e.description))} · {money}", e.invoice_id)
        if invoice_id is not None:
            self.invoice.setCurrentIndex(max(0, self.invoice.findData(invoice_id)))
        self.head = QComboBox()
        self.head.setAccessibleName(self.tr("On"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.addItem(self.tr("Percentage"), "percent")
        self.kind.addItem(self.tr("Fixed amount"), "fixed")
        self.value = QLineEdit()
        self.value.setAccessibleName(self.tr("Concession"))
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Why? (kept with the concession)"))
        approver = school.person.full_name if getattr(school, "person", None) is not None else ""
        self.approver = QLabel(approver or self.tr("You"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.grant_button = self.buttons.addButton(self.tr("Grant"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Invoice"), self.invoice)
        form.addRow(self.tr("On"), self.head)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Concession"), self.value)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Approved by"), self.approver)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.invoice.currentIndexChanged.connect(self._load_heads)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self._load_heads()

    @Slot()
    def _kind_changed(self) -> None:
        self.value.setPlaceholderText("%" if self.kind.currentData() == "percent" else
                                      QLocale().toString(0.0, "f", self.account.currency_digits))

    @Slot()
    def _load_heads(self) -> None:
        invoice_id, db = self.invoice.currentData(), self.school.db
        if invoice_id is None:
            return

        def read() -> list[tuple[str, str, int]]:
            with db.session() as s:
                return fs.invoice_heads(s, invoice_id)

        def show(heads: list[tuple[str, str, int]]) -> None:
            self.head.clear()
            self.head.addItem(self.tr("Whole invoice"), None)
            for head_id, name, amount in heads:
                money = format_money(amount, self.account.currency, self.account.currency_digits)
                self.head.addItem(f"{name} · {money}", head_id)

        self.ctx.tasks.run_task(read, on_success=show, owner=self)

    @Slot()
    def save(self) -> None:
        invoice_id, head_id, kind = self.invoice.currentData(), self.head.currentData(), self.kind.currentData()
        reason = self.reason.text()
        if invoice_id is None:
            self.problem.setText(self.tr("This student has no invoice to reduce."))
            return
        try:
            value = (parse_percent(self.value.text()) if kind == "percent"
                     else parse_money(self.value.text(), self.account.currency_digits))
        except ServiceError as exc:
            self.problem.setText(translated(exc))
            return
        actor, db = school_actor(self.school), self.school.db
        self.grant_button.setEnabled(False)

        def write() -> str:
            with db.write() as session:
                return fs.grant_concession(session, actor, invoice_id, kind, value, reason, fee_head_id=head_id).id

        def done(concession_id: str) -> None:
            self.ctx.hub.data_changed.emit("concessions", [concession_id])
            self.granted.emit(concession_id)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.grant_button.setEnabled(True)
            if isinstance(exc, ServiceError):
                self.problem.setText(translated(exc))
            else:
                from app.ui.tasks import report_to_excepthook

                report_to_excepthook(exc)

        self.ctx.tasks.run_task(write, on_success=done, on_error=failed, write=True, owner=self)
