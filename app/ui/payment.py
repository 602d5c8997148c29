"""Taking a payment, and cancelling one: the two dialogs of the front office.

:class:`PaymentDialog` checks what is typed as it is typed (the amount with
the currency's decimals, a reference for a cheque, transfer or mobile money)
and says why the Save button is not yet enabled. Saving runs
:func:`app.services.fees.record_payment` as a write task; the dialog closes
only after the commit, with the new payment's id (``saved``).

:class:`CancelPaymentDialog` asks for the reason; the service decides who may.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.context import Actor, ServiceError
from app.services.fees import (
    MODE_WORDS,
    MODES_NEEDING_REFERENCE,
    StudentAccount,
    cancel_payment,
    parse_amount,
    record_payment,
)
from app.ui.context import AppContext, OpenSchool
from app.ui.formatting import format_date, format_money
from app.ui.i18n import translated

PAYMENT_ENTITIES = ("payments", "payment_allocations")


def school_actor(school: OpenSchool) -> Actor:
    """Who writes: the signed-in person's actor, or, for a school file nobody signed in to, the principal's."""
    actor = getattr(school, "actor", None)
    if actor is not None:
        return actor
    from sqlalchemy import select

    from app.storage.models import DeviceIdentity, School

    with school.db.session() as s:
        device = s.execute(select(DeviceIdentity)).scalars().first()
        row = s.execute(select(School).where(School.deleted.is_(False))).scalars().first()
        return Actor(user_id=None, role="principal", device_id=device.device_id if device else "",
                     school_id=row.id if row else "")


def mode_labels() -> dict[str, str]:
    """The ways of paying in the person's language (the services' ``MODE_WORDS``, translated)."""
    return {mode: translated(word) for mode, word in MODE_WORDS.items()}


def parse_typed_amount(text: str, digits: int, locale: QLocale | None = None) -> int:
    """What the clerk typed, in the person's locale, as minor units (ServiceError with the reason)."""
    locale = locale or QLocale()
    return parse_amount(text, digits, decimal_point=locale.decimalPoint(), group_separator=locale.groupSeparator())


def amount_problem(typed: str, digits: int, locale: QLocale | None = None) -> str:
    """Why a typed amount is refused, in the person's language ("" when it is a good amount).

    The rule is :func:`app.services.fees.parse_amount`'s; its reasons are
    said here through Qt's translation.
    """
    from PySide6.QtCore import QCoreApplication

    locale = locale or QLocale()
    try:
        parse_typed_amount(typed, digits, locale)
    except ServiceError as exc:
        english, reason = str(exc), translated(exc)  # the rule's English picks the sentence said below
    else:
        return ""

    def said(translated: str) -> str:  # never an empty sentence, whatever the translators return
        return translated or reason

    if "Type the amount" in english:
        return said(QCoreApplication.translate("Payment", "Type the amount received."))
    if "cannot be negative" in english:
        return said(QCoreApplication.translate(
            "Payment", "The amount cannot be negative; to give money back, cancel the payment."))
    if "no smaller unit" in english:
        return said(QCoreApplication.translate("Payment", "This currency has no smaller unit: type a whole amount."))
    if "decimal places" in english:
        return said(QCoreApplication.translate(
            "Payment", "This currency has {digits} decimal places; the amount has more.")).format(digits=digits)
    if "more than zero" in english:
        return said(QCoreApplication.translate("Payment", "The amount must be more than zero."))
    if "larger than any" in english:
        return said(QCoreApplication.translate(
            "Payment", "This amount is larger than any payment a school takes at once; check the zeros."))
    example = locale.toString(1250.5, "f", digits).replace(locale.groupSeparator(), "") if digits else "1250"
    return said(QCoreApplication.translate(
        "Payment", "“{typed}” is not an amount; type digits, e.g. {example}.")).format(
        typed=typed.strip(), example=example)


class PaymentDialog(QDialog):
    """Take a payment for one student; ``saved(payment_id)`` once it is committed."""

    saved = Signal(str)

    def __init__(self, ctx: AppContext, school: OpenSchool, account: StudentAccount,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.school = school
        self.account = account
        self.setWindowTitle(self.tr("Take a payment"))
        self.setMinimumWidth(460)
        locale = QLocale()
        self._money = lambda m: format_money(m, account.currency, account.currency_digits, locale)  # noqa: E731

        who = QLabel(f"<b>{account.full_name}</b> · {account.admission_no}"
                     + (f" · {account.section_name}" if account.section_name else ""))
        who.setTextFormat(Qt.TextFormat.RichText)
        due = account.balance.due
        owes = QLabel(self.tr("Owes {amount}").format(amount=self._money(due)) if due > 0
                      else self.tr("Nothing due (in advance: {amount})").format(amount=self._money(-due)) if due < 0
                      else self.tr("Nothing due"))
        owes.setObjectName("screenSubtitle")
        self.left_warning = QLabel()
        self.left_warning.setWordWrap(True)
        self.left_warning.setStyleSheet("color: #8a4b00;")
        if account.status != "active":
            self.left_warning.setText(self.tr(
                "This student has left or graduated: only what is still owed can be paid, nothing in advance."))
        else:
            self.left_warning.hide()

        self.amount = QLineEdit()
        self.amount.setAccessibleName(self.tr("Amount"))
        self.amount.setPlaceholderText(locale.toString(0.0, "f", account.currency_digits))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        if due > 0:
            self.amount.setText(locale.toString(due / 10**account.currency_digits, "f", account.currency_digits)
                                .replace(locale.groupSeparator(), ""))
        self.mode = QComboBox()
        self.mode.setAccessibleName(self.tr("Paid by"))
        for key, label in mode_labels().items():
            self.mode.addItem(label, key)
        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("Reference"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))

        self.oldest_first = QRadioButton(self.tr("Oldest dues first"))
        self.oldest_first.setChecked(True)
        self.choose = QRadioButton(self.tr("Let me choose"))
        self.allocation = QTableWidget(len(account.open_invoices), 3)
        self.allocation.setHorizontalHeaderLabels([self.tr("Invoice"), self.tr("Open"), self.tr("Pay")])
        self.allocation.verticalHeader().setVisible(False)
        self.allocation.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._alloc_edits: list[QLineEdit] = []
        for row, (_inv_id, number, due_on, open_amount) in enumerate(account.open_invoices):
            item = QTableWidgetItem(f"{number} · {format_date(due_on, locale)}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.allocation.setItem(row, 0, item)
            amount_item = QTableWidgetItem(self._money(open_amount))
            amount_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.allocation.setItem(row, 1, amount_item)
            edit = QLineEdit()
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.textChanged.connect(self._validate)
            self.allocation.setCellWidget(row, 2, edit)
            self._alloc_edits.append(edit)
        self.allocation.setVisible(False)
        self.allocation.setMaximumHeight(150)
        self.choose.setEnabled(bool(account.open_invoices))
        self.choose.toggled.connect(self.allocation.setVisible)
        self.choose.toggled.connect(self._validate)

        form = QFormLayout()
        form.addRow(self.tr("Amount ({currency})").format(currency=account.currency), self.amount)
        form.addRow(self.tr("Paid by"), self.mode)
        self.reference_label = QLabel(self.tr("Reference"))
        form.addRow(self.reference_label, self.reference)
        form.addRow(self.tr("Note"), self.note)

        self.problem = QLabel()
        self.problem.setObjectName("formProblem")
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("Save and print receipt"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(owes)
        layout.addWidget(self.left_warning)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Allocate to")))
        layout.addWidget(self.oldest_first)
        layout.addWidget(self.choose)
        layout.addWidget(self.allocation)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.amount.textChanged.connect(self._validate)
        self.reference.textChanged.connect(self._validate)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self._mode_changed()
        self.amount.setFocus()
        self.amount.selectAll()

    # -- checking as one types -------------------------------------------------

    @property
    def mode_key(self) -> str:
        return self.mode.currentData()

    @Slot()
    def _mode_changed(self) -> None:
        needs = self.mode_key in MODES_NEEDING_REFERENCE
        self.reference_label.setText({"cheque": self.tr("Cheque number"),
                                      "bank_transfer": self.tr("Transfer reference"),
                                      "mobile_money": self.tr("Transaction ID")}.get(self.mode_key,
                                                                                    self.tr("Reference")))
        self.reference.setPlaceholderText(self.tr("Required") if needs else self.tr("Optional"))
        self._validate()

    def problem_text(self) -> str:
        """Why the payment cannot be saved yet ("" when it can)."""
        digits = self.account.currency_digits
        problem = amount_problem(self.amount.text(), digits)
        if problem:
            return problem
        amount = parse_typed_amount(self.amount.text(), digits)
        if self.account.status != "active" and amount > self.account.balance.due:
            return self.tr("This student has left: at most {amount} (what is still owed) can be paid.").format(
                amount=self._money(max(self.account.balance.due, 0)))
        if self.mode_key in MODES_NEEDING_REFERENCE and not self.reference.text().strip():
            return self.tr("Type the {what}.").format(what=self.reference_label.text().lower())
        if self.choose.isChecked():
            try:
                chosen = self.chosen_allocation()
            except ServiceError as exc:
                return translated(exc)
            if sum(chosen.values()) > amount:
                return self.tr("The amounts allocated add up to more than the payment.")
        return ""

    def chosen_allocation(self) -> dict[str, int]:
        chosen: dict[str, int] = {}
        for (inv_id, number, _due, open_amount), edit in zip(self.account.open_invoices, self._alloc_edits,
                                                             strict=True):
            if not edit.text().strip():
                continue
            problem = amount_problem(edit.text(), self.account.currency_digits)
            if problem:
                raise ServiceError(problem)
            value = parse_typed_amount(edit.text(), self.account.currency_digits)
            if value > open_amount:
                raise ServiceError(self.tr("More than is open on {number}.").format(number=number))
            chosen[inv_id] = value
        return chosen

    @Slot()
    def _validate(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.save_button.setEnabled(not problem)

    # -- saving -----------------------------------------------------------------

    @Slot()
    def save(self) -> None:
        if self.problem_text():
            return
        amount = parse_typed_amount(self.amount.text(), self.account.currency_digits)
        allocations = self.chosen_allocation() if self.choose.isChecked() else None
        mode, reference, note = self.mode_key, self.reference.text(), self.note.text()
        actor, db, student_id = school_actor(self.school), self.school.db, self.account.student_id
        self.save_button.setEnabled(False)

        def write() -> str:
            with db.write() as session:
                payment = record_payment(session, actor, student_id, amount, mode, reference=reference,
                                         note=note, allocations=allocations)
                return payment.id

        def done(payment_id: str) -> None:
            for entity in PAYMENT_ENTITIES:
                self.ctx.hub.data_changed.emit(entity, [payment_id] if entity == "payments" else [])
            self.saved.emit(payment_id)
            self.accept()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ServiceError):
                self.problem.setText(translated(exc))
                self.save_button.setEnabled(True)
            else:
                from app.ui.tasks import report_to_excepthook

                self.save_button.setEnabled(True)
                report_to_excepthook(exc)

        self.ctx.tasks.run_task(write, on_success=done, on_error=failed, write=True, owner=self)


class CancelPaymentDialog(QDialog):
    """Cancel one payment with a reason; ``cancelled(payment_id)`` once committed."""

    cancelled = Signal(str)

    def __init__(self, ctx: AppContext, school: OpenSchool, payment_id: str, receipt_no: str, amount_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.school = school
        self.payment_id = payment_id
        self.setWindowTitle(self.tr("Cancel receipt {number}").format(number=receipt_no))
        self.setMinimumWidth(420)
        intro = QLabel(self.tr(
            "Receipt {number} ({amount}) will be marked CANCELLED and the amount owed again. The payment and "
            "its number stay on record; this cannot be undone.").format(number=receipt_no, amount=amount_text))
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Why is it cancelled? (kept with the receipt)"))
        self.reason.setMaximumHeight(80)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel the payment"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(
            lambda: self.cancel_button.setEnabled(bool(self.reason.toPlainText().strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Reason")))
        layout.addWidget(self.reason)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    @Slot()
    def save(self) -> None:
        reason = self.reason.toPlainText().strip()
        if not reason:
            return
        actor, db, payment_id = school_actor(self.school), self.school.db, self.payment_id

        def write() -> str:
            with db.write() as session:
                return cancel_payment(session, actor, payment_id, reason).id

        def done(cancellation_id: str) -> None:
            self.ctx.hub.data_changed.emit("payment_cancellations", [cancellation_id])
            self.cancelled.emit(payment_id)
            self.accept()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ServiceError):
                self.problem.setText(translated(exc))
            else:
                from app.ui.tasks import report_to_excepthook

                report_to_excepthook(exc)

        self.ctx.tasks.run_task(write, on_success=done, on_error=failed, write=True, owner=self)

