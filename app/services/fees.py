"""Fees: payments with their receipt numbers, cancellations, balances.

Payments are append-only (DESIGN.md §5): never edited or deleted; a mistake
is a cancellation that reverses the payment, and the receipt keeps its number.
Receipt numbers come from this device's own series, ``SCHOOL-DEVICE-000123``,
allocated in the same transaction as the payment: unique across devices
without a connection, and gap-free per device (a payment that does not
commit does not use its number).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.services import outbox
from app.services.clock import corrected_now, school_today
from app.services.context import QT_TRANSLATE_NOOP, Actor, Sentence, ServiceError
from app.storage.models import (
    PAYMENT_MODES,
    Concession,
    DeviceIdentity,
    Invoice,
    InvoiceLine,
    Payment,
    PaymentAllocation,
    PaymentCancellation,
    ReceiptSeries,
    School,
    Student,
    SyncMeta,
)
from app.storage.backup import RECEIPTS_HELD_KEY

MODES_NEEDING_REFERENCE = ("cheque", "bank_transfer", "mobile_money")

# Roles that may take and cancel payments (a teacher may do neither).
MONEY_ROLES = ("office", "principal", "admin")

# The largest single payment, in major units of any currency: more is a typing
# mistake (a few zeros too many), refused with that reason.
MAX_PAYMENT_MAJOR = 10_000_000


def max_payment_minor(currency_digits: int) -> int:
    return MAX_PAYMENT_MAJOR * 10**currency_digits


def parse_amount(text: str, digits: int, *, decimal_point: str = ".", group_separator: str = ",",
                 limit_minor: int | None = None) -> int:
    """A typed amount → integer minor units, or :class:`ServiceError` with the reason.

    ``"1,250.50"`` with 2 digits is 125050. Refused: empty, not a number,
    more decimals than the currency has, zero, negative, above the sane limit.
    Group separators are accepted anywhere in the whole part (people type
    "12,34,567" in India); no float is ever made.
    """
    raw = (text or "").strip().replace("\u00a0", "").replace(" ", "").replace("\u202f", "")
    if not raw:
        raise ServiceError(QT_TRANSLATE_NOOP("services.fees", "Type the amount received."))
    if raw.startswith("-") or raw.startswith("\u2212"):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fees", "The amount cannot be negative; to give money back, cancel the "
                              "payment."))
    if raw.startswith("+"):
        raw = raw[1:]
    if group_separator and group_separator != decimal_point:
        raw = raw.replace(group_separator, "")
    whole, sep, frac = raw.partition(decimal_point)
    if decimal_point != "." and "." in raw and not sep:
        whole, sep, frac = raw.partition(".")
    if not whole and not frac:
        raise ServiceError(QT_TRANSLATE_NOOP("services.fees", "'{text}' is not an amount."), text=text.strip())
    if not (whole or "0").isdigit() or (sep and frac and not frac.isdigit()) or not whole.isascii() \
            or not frac.isascii():
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fees", "'{text}' is not an amount; type digits, e.g. 1250{decimal_point}50."),
            text=text.strip(), decimal_point=decimal_point)
    if len(frac.rstrip("0")) > digits:
        if digits == 0:
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.fees", "This currency has no smaller unit: type a whole amount."))
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fees", "This currency has {digits} decimal places; the amount has more."),
            digits=digits)
    frac = frac.rstrip("0").ljust(digits, "0") if digits else ""
    minor = int(whole or "0") * 10**digits + int(frac or "0")
    if minor == 0:
        raise ServiceError(QT_TRANSLATE_NOOP("services.fees", "The amount must be more than zero."))
    limit = limit_minor if limit_minor is not None else max_payment_minor(digits)
    if minor > limit:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fees", "This amount is larger than any payment a school takes at once; "
                              "check the zeros."))
    return minor


def day_is_closed(session: Session, day: dt.date, device_id: str, user_id: str | None) -> bool:
    """Whether this cashier closed this day's cash on this device (the day book is then final)."""
    from app.storage.models import CashClose

    query = select(CashClose.id).where(
        CashClose.date == day, CashClose.device_id == device_id, CashClose.deleted.is_(False)
    )
    query = query.where(CashClose.closed_by.is_(None) if user_id is None else CashClose.closed_by == user_id)
    return session.execute(query.limit(1)).first() is not None


@dataclass(frozen=True)
class Balance:
    invoiced: int
    concessions: int
    paid: int
    cancelled: int

    @property
    def due(self) -> int:
        """What the student still owes (negative: paid in advance)."""
        return self.invoiced - self.concessions - (self.paid - self.cancelled)


def next_receipt_number(session: Session) -> str:
    """Take the next number of this device's series (call inside the payment's transaction)."""
    device = session.execute(select(DeviceIdentity)).scalars().first()
    if device is None:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fees", "This device is not registered with the school yet; sign in once "
                              "online to take payments."))
    held = session.execute(select(SyncMeta.value).where(SyncMeta.key == RECEIPTS_HELD_KEY)).scalar()
    if held:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fees", "This school file was restored from a backup: sync once before "
                              "taking payments, so that no receipt number is given twice."))
    prefix = f"{device.school_code.upper()}-{device.device_code.upper()}"
    series = session.get(ReceiptSeries, prefix)
    if series is None:
        series = ReceiptSeries(prefix=prefix, last_number=0)
        session.add(series)
    # Never below a number this device already issued (e.g. brought back by a sync after a restore).
    highest = session.execute(
        select(func.max(Payment.receipt_no)).where(Payment.receipt_no.like(f"{prefix}-%"))
    ).scalar()
    if highest:
        try:
            series.last_number = max(series.last_number, int(highest.rsplit("-", 1)[1]))
        except ValueError:
            pass
    series.last_number += 1
    session.flush()
    return f"{prefix}-{series.last_number:06d}"


def record_payment(
    session: Session,
    actor: Actor,
    student_id: str,
    amount_minor: int,
    mode: str,
    reference: str = "",
    received_on: dt.date | None = None,
    note: str = "",
    allocations: dict[str, int] | None = None,
) -> Payment:
    """Take a payment: allocate it to dues (oldest first unless given) and number its receipt."""
    if actor.role not in MONEY_ROLES:
        raise ServiceError(QT_TRANSLATE_NOOP("services.fees", "Only the office can take payments."))
    if not isinstance(amount_minor, int) or isinstance(amount_minor, bool) or amount_minor <= 0:
        raise ServiceError(QT_TRANSLATE_NOOP("services.fees", "The amount must be more than zero."))
    if mode not in PAYMENT_MODES:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fees", "'{mode}' is not a way of paying Daftar knows."),
            mode=mode)
    if mode in MODES_NEEDING_REFERENCE and not reference.strip():
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fees", "A cheque, bank transfer or mobile money payment needs its "
                              "reference number."))
    student = session.get(Student, student_id)
    if student is None or student.deleted:
        raise ServiceError(QT_TRANSLATE_NOOP("services.fees", "This student does not exist on this device."))
    school = session.get(School, actor.school_id) or session.execute(select(School)).scalars().one()
    if amount_minor > max_payment_minor(school.currency_digits):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fees", "This amount is larger than any payment a school takes at once; "
                              "check the zeros."))
    if student.status != "active":
        # The rule for a student who left or graduated: they may settle what
        # they still owe, never pay ahead (there is nothing ahead to pay for).
        due = student_balance(session, student_id).due
        word = QT_TRANSLATE_NOOP("services.fees", "graduated") if student.status == "graduated" \
            else QT_TRANSLATE_NOOP("services.fees", "left the school")
        if due <= 0:
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.fees", "{student} has {word} and owes nothing: no payment can be taken."),
                student=student.full_name, word=word)
        if amount_minor > due:
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.fees", "{student} has {word}: only what is still owed can be paid, at "
                                  "most {amount} {currency}."),
                student=student.full_name, word=word, amount=_plain_amount(due, school.currency_digits),
                currency=school.currency)
    day = received_on or school_today(session)
    if day_is_closed(session, day, actor.device_id, actor.user_id):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fees", "The cash of {day} is closed on this computer: a payment for that "
                              "day can no longer be taken. Take it on an open day."),
            day=day)
    now = corrected_now(session)
    payment = outbox.insert(
        session,
        actor,
        Payment(
            school_id=actor.school_id,
            student_id=student_id,
            amount_minor=amount_minor,
            currency=school.currency,
            mode=mode,
            reference=reference.strip(),
            receipt_no=next_receipt_number(session),
            received_on=day,
            received_at=now,
            received_by=actor.user_id,
            device_id=actor.device_id,
            note=note,
        ),
    )
    if allocations is None:
        allocations = allocate_oldest_first(session, student_id, amount_minor)
    elif sum(allocations.values()) > amount_minor or any(v <= 0 for v in allocations.values()):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fees", "The amounts allocated to invoices must be positive and add up to "
                              "at most the payment."))
    for invoice_id, amount in allocations.items():
        outbox.insert(
            session,
            actor,
            PaymentAllocation(
                school_id=actor.school_id, payment_id=payment.id, invoice_id=invoice_id, amount_minor=amount
            ),
        )
    return payment


def invoice_dues(session: Session, student_id: str) -> list[tuple[Invoice, int]]:
    """Each live invoice of a student, oldest due first, with what is still open on it."""
    invoices = session.execute(
        select(Invoice)
        .where(Invoice.student_id == student_id, Invoice.deleted.is_(False))
        .order_by(Invoice.due_on, Invoice.id)
    ).scalars().all()
    if not invoices:
        return []
    ids = [i.id for i in invoices]
    totals = dict(
        session.execute(
            select(InvoiceLine.invoice_id, func.sum(InvoiceLine.amount_minor))
            .where(InvoiceLine.invoice_id.in_(ids), InvoiceLine.deleted.is_(False))
            .group_by(InvoiceLine.invoice_id)
        ).all()
    )
    conceded = dict(
        session.execute(
            select(Concession.invoice_id, func.sum(Concession.amount_minor))
            .where(Concession.invoice_id.in_(ids), Concession.deleted.is_(False))
            .group_by(Concession.invoice_id)
        ).all()
    )
    settled = dict(
        session.execute(
            select(PaymentAllocation.invoice_id, func.sum(PaymentAllocation.amount_minor))
            .join(Payment, Payment.id == PaymentAllocation.payment_id)
            .outerjoin(PaymentCancellation, PaymentCancellation.payment_id == Payment.id)
            .where(PaymentAllocation.invoice_id.in_(ids), PaymentCancellation.id.is_(None),
                   Payment.deleted.is_(False), PaymentAllocation.deleted.is_(False))
            .group_by(PaymentAllocation.invoice_id)
        ).all()
    )
    return [
        (inv, int(totals.get(inv.id, 0) or 0) - int(conceded.get(inv.id, 0) or 0) - int(settled.get(inv.id, 0) or 0))
        for inv in invoices
    ]


def allocate_oldest_first(session: Session, student_id: str, amount_minor: int) -> dict[str, int]:
    """Spread a payment over the student's open invoices, oldest due date first.

    Whatever is left over stays unallocated: an advance on future invoices.
    """
    allocation: dict[str, int] = {}
    left = amount_minor
    for invoice, open_amount in invoice_dues(session, student_id):
        if left <= 0:
            break
        if open_amount <= 0:
            continue
        take = min(left, open_amount)
        allocation[invoice.id] = take
        left -= take
    return allocation


def cancel_payment(session: Session, actor: Actor, payment_id: str, reason: str) -> PaymentCancellation:
    """Reverse a payment. The payment and its receipt number stay on record."""
    if actor.role not in MONEY_ROLES:
        raise ServiceError(QT_TRANSLATE_NOOP("services.fees", "Only the office can cancel a payment."))
    if not reason.strip():
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fees", "Say why the payment is cancelled; the reason is kept with the "
                              "receipt."))
    payment = session.get(Payment, payment_id)
    if payment is None:
        raise ServiceError(QT_TRANSLATE_NOOP("services.fees", "This payment does not exist on this device."))
    already = session.execute(
        select(PaymentCancellation).where(PaymentCancellation.payment_id == payment_id)
    ).scalars().first()
    if already is not None:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fees", "Receipt {receipt_no} is already cancelled."),
            receipt_no=payment.receipt_no)
    today = school_today(session)
    if day_is_closed(session, today, actor.device_id, actor.user_id):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fees", "Your cash for today is closed on this computer: nothing more can "
                              "be cancelled today. Cancel it tomorrow; the cancellation goes in that day's book."))
    return outbox.insert(
        session,
        actor,
        PaymentCancellation(
            school_id=actor.school_id,
            payment_id=payment_id,
            reason=reason.strip(),
            cancelled_by=actor.user_id,
            cancelled_at=corrected_now(session),
            device_id=actor.device_id,
        ),
    )


def _plain_amount(amount_minor: int, digits: int) -> str:
    """``125050, 2`` → ``"1250.50"``: for a service's sentence (the screens format with QLocale)."""
    sign = "-" if amount_minor < 0 else ""
    whole, frac = divmod(abs(amount_minor), 10**digits)
    return f"{sign}{whole}.{frac:0{digits}d}" if digits else f"{sign}{whole}"


def student_balance(session: Session, student_id: str) -> Balance:
    invoiced = session.execute(
        select(func.coalesce(func.sum(InvoiceLine.amount_minor), 0))
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(Invoice.student_id == student_id, Invoice.deleted.is_(False), InvoiceLine.deleted.is_(False))
    ).scalar_one()
    concessions = session.execute(
        select(func.coalesce(func.sum(Concession.amount_minor), 0)).where(
            Concession.student_id == student_id, Concession.deleted.is_(False)
        )
    ).scalar_one()
    paid = session.execute(
        select(func.coalesce(func.sum(Payment.amount_minor), 0)).where(
            Payment.student_id == student_id, Payment.deleted.is_(False)
        )
    ).scalar_one()
    cancelled = session.execute(
        select(func.coalesce(func.sum(Payment.amount_minor), 0))
        .join(PaymentCancellation, PaymentCancellation.payment_id == Payment.id)
        .where(Payment.student_id == student_id, Payment.deleted.is_(False), PaymentCancellation.deleted.is_(False))
    ).scalar_one()
    return Balance(int(invoiced), int(concessions), int(paid), int(cancelled))


# --------------------------------------------------------------------------
# Finding a student at the counter
# --------------------------------------------------------------------------


def _fold(text: str) -> str:
    """Case- and accent-free text for searching ("Lucía" is found by "lucia"); other scripts unchanged."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_NOT_DIGITS = re.compile(r"\D+")


class StudentSearch:
    """An in-memory index over the students the office searches, for results as one types.

    Built once from :func:`app.services.students.list_students` rows (one
    query); each keystroke is a scan of prepared strings: every word typed must
    be in the name, the admission number or the guardian's name, or its digits
    in the guardian's phone. Admission-number and name-prefix matches come first.
    """

    def __init__(self, rows: list) -> None:  # list[StudentRow]
        self.rows = list(rows)
        self._text = [_fold(f"{r.full_name}\n{r.admission_no}\n{r.guardian_name}") for r in self.rows]
        self._names = [_fold(r.full_name) for r in self.rows]
        self._admission = [r.admission_no.casefold() for r in self.rows]
        self._phones = [_NOT_DIGITS.sub("", r.guardian_phone) for r in self.rows]

    def search(self, query: str, limit: int = 200) -> list:
        words = _fold(query).split()
        if not words:
            return self.rows[:limit]
        digit_words = [(w, _NOT_DIGITS.sub("", w)) for w in words]
        first = words[0]
        exact: list = []
        starts: list = []
        others: list = []
        text, phones = self._text, self._phones
        for i in range(len(self.rows)):
            t = text[i]
            ok = True
            for word, digits in digit_words:
                if word in t:
                    continue
                if len(digits) >= 3 and digits in phones[i]:
                    continue
                ok = False
                break
            if not ok:
                continue
            if self._admission[i] == first:
                exact.append(self.rows[i])
            elif self._names[i].startswith(first) or self._admission[i].startswith(first):
                starts.append(self.rows[i])
            else:
                others.append(self.rows[i])
            if len(exact) + len(starts) >= limit:
                break
        return (exact + starts + others)[:limit]


# --------------------------------------------------------------------------
# The student's ledger
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class LedgerEntry:
    """One line of a student's account: what was charged (debit) or settled (credit)."""

    on: dt.date
    kind: str  # invoice | late_fee | concession | payment | cancellation
    reference: str  # invoice or receipt number
    description: str
    debit: int  # adds to what is owed
    credit: int  # takes from what is owed
    balance: int  # running: what is owed after this line
    payment_id: str | None = None
    cancelled: bool = False  # a payment that was later cancelled
    sort_at: dt.datetime | None = None
    invoice_id: str | None = None  # the invoice of an invoice, late-fee or concession line


@dataclass(frozen=True)
class StudentAccount:
    student_id: str
    full_name: str
    admission_no: str
    section_name: str
    status: str
    guardian_name: str
    guardian_phone: str
    entries: tuple[LedgerEntry, ...]
    balance: Balance
    open_invoices: tuple[tuple[str, str, dt.date, int], ...]  # id, number, due on, open amount (oldest first)
    currency: str
    currency_digits: int


def current_section_name(session: Session, student_id: str) -> str:
    from app.storage.models import Enrollment, Section

    row = session.execute(
        select(Section.name)
        .join(Enrollment, Enrollment.section_id == Section.id)
        .where(Enrollment.student_id == student_id, Enrollment.deleted.is_(False))
        .order_by(Enrollment.starts_on.desc(), Enrollment.id.desc())
        .limit(1)
    ).scalar()
    return row or ""


def student_account(session: Session, student_id: str) -> StudentAccount:
    """A student's ledger: invoices, concessions, payments and cancellations, with the running balance.

    Ordered by date (invoices on their issue date; a cancellation on the day it
    was made). Refused payments the server tombstoned are left out, as in the balance.
    """
    student = session.get(Student, student_id)
    if student is None or student.deleted:
        raise LookupError(Sentence(QT_TRANSLATE_NOOP("services.fees", "This student is no longer on this device.")))
    school = session.execute(select(School).where(School.deleted.is_(False))).scalars().first()
    raw: list[tuple[dt.date, int, dt.datetime | None, str, str, str, int, int, str | None, bool, str | None]] = []
    dues = invoice_dues(session, student_id)
    inv_ids = [inv.id for inv, _ in dues]
    totals = dict(
        session.execute(
            select(InvoiceLine.invoice_id, func.sum(InvoiceLine.amount_minor))
            .where(InvoiceLine.invoice_id.in_(inv_ids), InvoiceLine.deleted.is_(False),
                   InvoiceLine.kind != "late_fee")
            .group_by(InvoiceLine.invoice_id)
        ).all()
    ) if inv_ids else {}
    late_fees = session.execute(
        select(InvoiceLine)
        .where(InvoiceLine.invoice_id.in_(inv_ids), InvoiceLine.deleted.is_(False), InvoiceLine.kind == "late_fee")
    ).scalars().all() if inv_ids else []
    for inv, _open in dues:
        desc = inv.description or QT_TRANSLATE_NOOP("services.fees", "Invoice")
        raw.append((inv.issued_on, 0, None, "invoice", inv.number, desc, int(totals.get(inv.id, 0) or 0), 0,
                    None, False, inv.id))
    by_id = {inv.id: inv for inv, _ in dues}
    for line in late_fees:  # its own line of the account, on the invoice's due date
        inv = by_id[line.invoice_id]
        raw.append((inv.due_on, 0, None, "late_fee", inv.number, line.description, line.amount_minor, 0, None, False,
                    inv.id))
    numbers = {inv.id: inv.number for inv, _ in dues}
    for c in session.execute(
        select(Concession).where(Concession.student_id == student_id, Concession.deleted.is_(False))
    ).scalars():
        desc = _concession_words(f"{c.value / 100:g}%" if c.kind == "percent" else "", c.reason,
                                 _user_name(session, c.approved_by))
        raw.append((c.granted_on, 1, None, "concession", numbers.get(c.invoice_id, ""), desc, 0, c.amount_minor,
                    None, False, c.invoice_id))
    cancels = {
        pc.payment_id: pc
        for pc in session.execute(
            select(PaymentCancellation)
            .join(Payment, Payment.id == PaymentCancellation.payment_id)
            .where(Payment.student_id == student_id, PaymentCancellation.deleted.is_(False))
        ).scalars()
    }
    for p in session.execute(
        select(Payment).where(Payment.student_id == student_id, Payment.deleted.is_(False))
    ).scalars():
        mode = MODE_WORDS.get(p.mode, p.mode)
        how = Sentence(QT_TRANSLATE_NOOP("services.fees", "{mode} {reference}"), mode=mode, reference=p.reference) \
            if p.reference else mode
        raw.append((p.received_on, 2, p.received_at, "payment", p.receipt_no, how,
                    0, p.amount_minor, p.id, p.id in cancels, None))
        pc = cancels.get(p.id)
        if pc is not None:
            raw.append((pc.cancelled_at.date(), 3, pc.cancelled_at, "cancellation", p.receipt_no,
                        Sentence(QT_TRANSLATE_NOOP("services.fees", "Cancelled: {reason}"), reason=pc.reason),
                        p.amount_minor, 0, p.id, False, None))
    raw.sort(key=lambda r: (r[0], r[2] or dt.datetime.min, r[1]))
    entries = []
    running = 0
    for on, _order, at, kind, ref, desc, debit, credit, pid, cancelled, invoice_id in raw:
        running += debit - credit
        entries.append(LedgerEntry(on, kind, ref, desc, debit, credit, running, pid, cancelled, at, invoice_id))
    balance = student_balance(session, student_id)
    return StudentAccount(
        student_id=student.id, full_name=student.full_name, admission_no=student.admission_no,
        section_name=current_section_name(session, student_id), status=student.status,
        guardian_name=student.guardian_name, guardian_phone=student.guardian_phone,
        entries=tuple(entries), balance=balance,
        open_invoices=tuple((inv.id, inv.number, inv.due_on, amount) for inv, amount in dues if amount > 0),
        currency=school.currency if school else "", currency_digits=school.currency_digits if school else 2,
    )


# The ways of paying in words: English wherever a str goes (exports, PDFs), translated by the UI.
MODE_WORDS = {"cash": QT_TRANSLATE_NOOP("services.fees", "Cash"),
              "cheque": QT_TRANSLATE_NOOP("services.fees", "Cheque"),
              "bank_transfer": QT_TRANSLATE_NOOP("services.fees", "Bank transfer"),
              "mobile_money": QT_TRANSLATE_NOOP("services.fees", "Mobile money"),
              "card": QT_TRANSLATE_NOOP("services.fees", "Card")}


def _concession_words(percent: str, reason: str, approver: str) -> Sentence:
    """A concession's line in the ledger ("Concession 10% Sibling (approved by Asha Admin)")."""
    if percent and approver:
        return Sentence(QT_TRANSLATE_NOOP("services.fees", "Concession {percent} {reason} (approved by {approver})"),
                        percent=percent, reason=reason, approver=approver)
    if percent:
        return Sentence(QT_TRANSLATE_NOOP("services.fees", "Concession {percent} {reason}"), percent=percent,
                        reason=reason)
    if approver:
        return Sentence(QT_TRANSLATE_NOOP("services.fees", "Concession {reason} (approved by {approver})"),
                        reason=reason, approver=approver)
    return Sentence(QT_TRANSLATE_NOOP("services.fees", "Concession {reason}"), reason=reason)


# --------------------------------------------------------------------------
# What a receipt shows
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class ReceiptLine:
    description: str
    amount_minor: int


@dataclass(frozen=True)
class ReceiptData:
    """Everything printed on one receipt, read in one go (the PDF needs no session)."""

    school_name: str
    school_address: str
    school_phone: str
    school_locale: str
    currency: str
    currency_digits: int
    receipt_no: str
    received_on: dt.date
    received_at: dt.datetime
    student_name: str
    admission_no: str
    section_name: str
    lines: tuple[ReceiptLine, ...]
    amount_minor: int
    mode: str
    reference: str
    balance_after: int
    cashier: str
    note: str = ""
    cancelled: bool = False
    cancel_reason: str = ""
    cancelled_by: str = ""
    cancelled_at: dt.datetime | None = None  # the school's local time, as received_local
    received_local: dt.datetime | None = None  # received_at in the school's time zone
    logo_png: str = ""  # the school's logo, a base64 PNG ("" when it has none)


def school_local(session: Session, utc: dt.datetime | None) -> dt.datetime | None:
    """A stored (naive UTC) instant as the school's wall-clock time (naive)."""
    from zoneinfo import ZoneInfo

    if utc is None:
        return None
    zone = session.info.get("school_zone")  # read once per session: a day book asks for every payment
    if zone is None:
        name = session.execute(select(School.time_zone).where(School.deleted.is_(False))).scalars().first()
        try:
            zone = ZoneInfo(name) if name else dt.UTC
        except Exception:  # noqa: BLE001 - an unknown zone: UTC
            zone = dt.UTC
        session.info["school_zone"] = zone
    return utc.replace(tzinfo=dt.UTC).astimezone(zone).replace(tzinfo=None)


def _user_name(session: Session, user_id: str | None) -> str:
    from app.storage.models import User

    if user_id is None:
        return ""
    user = session.get(User, user_id)
    return user.full_name if user is not None else ""


def receipt_data(session: Session, payment_id: str) -> ReceiptData:
    """The receipt of a payment as it is now (cancelled or not), for printing or reprinting."""
    payment = session.get(Payment, payment_id)
    if payment is None:
        raise LookupError(Sentence(QT_TRANSLATE_NOOP("services.fees", "This payment is not on this device.")))
    student = session.get(Student, payment.student_id)
    school = session.execute(select(School).where(School.deleted.is_(False))).scalars().first()
    lines = []
    allocated = 0
    for alloc, inv in session.execute(
        select(PaymentAllocation, Invoice)
        .join(Invoice, Invoice.id == PaymentAllocation.invoice_id)
        .where(PaymentAllocation.payment_id == payment_id, PaymentAllocation.deleted.is_(False))
        .order_by(Invoice.due_on, Invoice.id)
    ).all():
        desc = f"{inv.number} {inv.description}".strip()
        lines.append(ReceiptLine(desc, alloc.amount_minor))
        allocated += alloc.amount_minor
    if allocated < payment.amount_minor:
        lines.append(ReceiptLine("Advance (not yet invoiced)", payment.amount_minor - allocated))
    # The balance right after this payment: every charge on record, less the
    # payments received up to this one that were not cancelled by then.
    bal = student_balance(session, payment.student_id)
    later_paid = session.execute(
        select(func.coalesce(func.sum(Payment.amount_minor), 0))
        .outerjoin(PaymentCancellation, PaymentCancellation.payment_id == Payment.id)
        .where(Payment.student_id == payment.student_id, Payment.deleted.is_(False),
               Payment.received_at > payment.received_at, PaymentCancellation.id.is_(None))
    ).scalar_one()
    cancelled_before = session.execute(
        select(func.coalesce(func.sum(Payment.amount_minor), 0))
        .join(PaymentCancellation, PaymentCancellation.payment_id == Payment.id)
        .where(Payment.student_id == payment.student_id, Payment.deleted.is_(False),
               PaymentCancellation.deleted.is_(False), Payment.received_at <= payment.received_at,
               PaymentCancellation.cancelled_at > payment.received_at)
    ).scalar_one()
    balance_after = bal.due + int(later_paid) - int(cancelled_before)
    cancellation = session.execute(
        select(PaymentCancellation).where(PaymentCancellation.payment_id == payment_id,
                                          PaymentCancellation.deleted.is_(False))
    ).scalars().first()
    return ReceiptData(
        school_name=school.name if school else "", school_address=school.address if school else "",
        school_phone=school.phone if school else "", school_locale=school.locale if school else "en_US",
        currency=payment.currency, currency_digits=school.currency_digits if school else 2,
        receipt_no=payment.receipt_no, received_on=payment.received_on, received_at=payment.received_at,
        student_name=student.full_name if student else "", admission_no=student.admission_no if student else "",
        section_name=current_section_name(session, payment.student_id),
        lines=tuple(lines), amount_minor=payment.amount_minor, mode=payment.mode, reference=payment.reference,
        balance_after=balance_after, cashier=_user_name(session, payment.received_by), note=payment.note,
        cancelled=cancellation is not None,
        cancel_reason=cancellation.reason if cancellation else "",
        cancelled_by=_user_name(session, cancellation.cancelled_by) if cancellation else "",
        cancelled_at=school_local(session, cancellation.cancelled_at) if cancellation else None,
        received_local=school_local(session, payment.received_at),
        logo_png=(school.logo_png or "") if school else "",
    )


# --------------------------------------------------------------------------
# Receipts in bulk (a day's, or a selection, printed as one PDF)
# --------------------------------------------------------------------------


def batch_payment_ids(session: Session, *, day: dt.date | None = None, student_id: str | None = None,
                      cashier_id: str | None = None) -> list[str]:
    """The payments whose receipts a batch prints, in receipt-number order: a day's, a student's, a cashier's."""
    query = select(Payment.id).where(Payment.deleted.is_(False))
    if day is not None:
        query = query.where(Payment.received_on == day)
    if student_id is not None:
        query = query.where(Payment.student_id == student_id)
    if cashier_id is not None:
        query = query.where(Payment.received_by == cashier_id)
    return list(session.execute(query.order_by(Payment.receipt_no)).scalars())


def receipts_data(session: Session, payment_ids: list[str]) -> list[ReceiptData]:
    """:func:`receipt_data` for many payments at once, with a few grouped queries (same answers)."""
    from app.storage.models import Enrollment, Section, User

    if not payment_ids:
        return []
    school = session.execute(select(School).where(School.deleted.is_(False))).scalars().first()
    payments: dict[str, Payment] = {}
    for start in range(0, len(payment_ids), 500):
        chunk = payment_ids[start:start + 500]
        payments.update({p.id: p for p in session.execute(select(Payment).where(Payment.id.in_(chunk))).scalars()})
    missing = [pid for pid in payment_ids if pid not in payments]
    if missing:
        raise LookupError(Sentence(QT_TRANSLATE_NOOP("services.fees", "A payment chosen for printing is not on this "
                                                     "device.")))
    student_ids = sorted({p.student_id for p in payments.values()})

    def chunked(ids: list[str]):  # noqa: ANN202
        for start in range(0, len(ids), 500):
            yield ids[start:start + 500]

    students = {}
    balances: dict[str, Balance] = {}
    history: dict[str, list[tuple[dt.datetime, int, dt.datetime | None, bool, bool]]] = {}
    sections: dict[str, str] = {}
    for chunk in chunked(student_ids):
        students.update({st.id: st for st in session.execute(select(Student).where(Student.id.in_(chunk))).scalars()})
        invoiced = dict(session.execute(
            select(Invoice.student_id, func.sum(InvoiceLine.amount_minor))
            .join(InvoiceLine, InvoiceLine.invoice_id == Invoice.id)
            .where(Invoice.student_id.in_(chunk), Invoice.deleted.is_(False), InvoiceLine.deleted.is_(False))
            .group_by(Invoice.student_id)).all())
        conceded = dict(session.execute(
            select(Concession.student_id, func.sum(Concession.amount_minor))
            .where(Concession.student_id.in_(chunk), Concession.deleted.is_(False))
            .group_by(Concession.student_id)).all())
        # Every payment of these students, with its cancellation (live or tombstoned) if any.
        for pay, c_at, c_deleted in session.execute(
            select(Payment, PaymentCancellation.cancelled_at, PaymentCancellation.deleted)
            .outerjoin(PaymentCancellation, PaymentCancellation.payment_id == Payment.id)
            .where(Payment.student_id.in_(chunk), Payment.deleted.is_(False))
        ).all():
            history.setdefault(pay.student_id, []).append(
                (pay.received_at, pay.amount_minor, c_at, c_at is not None, bool(c_deleted)))
        for sid in chunk:
            rows = history.get(sid, [])
            paid = sum(r[1] for r in rows)
            cancelled = sum(r[1] for r in rows if r[3] and not r[4])
            balances[sid] = Balance(int(invoiced.get(sid, 0) or 0), int(conceded.get(sid, 0) or 0), paid, cancelled)
        for sid, name in session.execute(
            select(Enrollment.student_id, Section.name)
            .join(Section, Section.id == Enrollment.section_id)
            .where(Enrollment.student_id.in_(chunk), Enrollment.deleted.is_(False))
            .order_by(Enrollment.student_id, Enrollment.starts_on, Enrollment.id)
        ).all():
            sections[sid] = name  # the latest enrolment is the last one
    lines: dict[str, list[ReceiptLine]] = {}
    cancellations: dict[str, PaymentCancellation] = {}
    for chunk in chunked(list(payments)):
        for alloc, inv in session.execute(
            select(PaymentAllocation, Invoice)
            .join(Invoice, Invoice.id == PaymentAllocation.invoice_id)
            .where(PaymentAllocation.payment_id.in_(chunk), PaymentAllocation.deleted.is_(False))
            .order_by(Invoice.due_on, Invoice.id)
        ).all():
            lines.setdefault(alloc.payment_id, []).append(
                ReceiptLine(f"{inv.number} {inv.description}".strip(), alloc.amount_minor))
        for pc in session.execute(
            select(PaymentCancellation)
            .where(PaymentCancellation.payment_id.in_(chunk), PaymentCancellation.deleted.is_(False))
        ).scalars():
            cancellations[pc.payment_id] = pc
    user_ids = {p.received_by for p in payments.values()} | {c.cancelled_by for c in cancellations.values()}
    users = dict(session.execute(
        select(User.id, User.full_name).where(User.id.in_([u for u in user_ids if u]))).all())
    from zoneinfo import ZoneInfo

    try:
        zone = ZoneInfo(school.time_zone) if school is not None else dt.UTC
    except Exception:  # noqa: BLE001 - an unknown zone: UTC, as school_local does
        zone = dt.UTC

    def local(utc: dt.datetime | None) -> dt.datetime | None:
        return None if utc is None else utc.replace(tzinfo=dt.UTC).astimezone(zone).replace(tzinfo=None)

    out = []
    for pid in payment_ids:
        payment = payments[pid]
        student = students.get(payment.student_id)
        paid_lines = list(lines.get(pid, []))
        allocated = sum(line.amount_minor for line in paid_lines)
        if allocated < payment.amount_minor:
            paid_lines.append(ReceiptLine("Advance (not yet invoiced)", payment.amount_minor - allocated))
        rows = history.get(payment.student_id, [])
        later_paid = sum(r[1] for r in rows if r[0] > payment.received_at and not r[3])
        cancelled_before = sum(r[1] for r in rows if r[3] and not r[4] and r[0] <= payment.received_at
                               and r[2] > payment.received_at)
        cancellation = cancellations.get(pid)
        out.append(ReceiptData(
            school_name=school.name if school else "", school_address=school.address if school else "",
            school_phone=school.phone if school else "", school_locale=school.locale if school else "en_US",
            currency=payment.currency, currency_digits=school.currency_digits if school else 2,
            receipt_no=payment.receipt_no, received_on=payment.received_on, received_at=payment.received_at,
            student_name=student.full_name if student else "", admission_no=student.admission_no if student else "",
            section_name=sections.get(payment.student_id, ""),
            lines=tuple(paid_lines), amount_minor=payment.amount_minor, mode=payment.mode,
            reference=payment.reference,
            balance_after=balances[payment.student_id].due + later_paid - cancelled_before,
            cashier=users.get(payment.received_by, "") if payment.received_by else "", note=payment.note,
            cancelled=cancellation is not None,
            cancel_reason=cancellation.reason if cancellation else "",
            cancelled_by=users.get(cancellation.cancelled_by, "") if cancellation and cancellation.cancelled_by
            else "",
            cancelled_at=local(cancellation.cancelled_at) if cancellation else None,
            received_local=local(payment.received_at),
            logo_png=(school.logo_png or "") if school else "",
        ))
    return out
