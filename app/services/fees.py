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
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.services import outbox
from app.services.clock import corrected_now, school_today
from app.services.context import Actor, ServiceError
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
)

MODES_NEEDING_REFERENCE = ("cheque", "bank_transfer", "mobile_money")


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
        raise ServiceError("This device is not registered with the school yet; sign in once online to take payments.")
    prefix = f"{device.school_code.upper()}-{device.device_code.upper()}"
    series = session.get(ReceiptSeries, prefix)
    if series is None:
        series = ReceiptSeries(prefix=prefix, last_number=0)
        session.add(series)
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
    if actor.role not in ("office", "principal", "admin"):
        raise ServiceError("Only the office can take payments.")
    if not isinstance(amount_minor, int) or isinstance(amount_minor, bool) or amount_minor <= 0:
        raise ServiceError("The amount must be more than zero.")
    if mode not in PAYMENT_MODES:
        raise ServiceError(f"'{mode}' is not a way of paying Daftar knows.")
    if mode in MODES_NEEDING_REFERENCE and not reference.strip():
        raise ServiceError("A cheque, bank transfer or mobile money payment needs its reference number.")
    student = session.get(Student, student_id)
    if student is None or student.deleted:
        raise ServiceError("This student does not exist on this device.")
    school = session.get(School, actor.school_id) or session.execute(select(School)).scalars().one()
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
            received_on=received_on or school_today(session),
            received_at=now,
            received_by=actor.user_id,
            device_id=actor.device_id,
            note=note,
        ),
    )
    if allocations is None:
        allocations = allocate_oldest_first(session, student_id, amount_minor)
    elif sum(allocations.values()) > amount_minor or any(v <= 0 for v in allocations.values()):
        raise ServiceError("The amounts allocated to invoices must be positive and add up to at most the payment.")
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
    if actor.role not in ("office", "principal", "admin"):
        raise ServiceError("Only the office can cancel a payment.")
    if not reason.strip():
        raise ServiceError("Say why the payment is cancelled; the reason is kept with the receipt.")
    payment = session.get(Payment, payment_id)
    if payment is None:
        raise ServiceError("This payment does not exist on this device.")
    already = session.execute(
        select(PaymentCancellation).where(PaymentCancellation.payment_id == payment_id)
    ).scalars().first()
    if already is not None:
        raise ServiceError(f"Receipt {payment.receipt_no} is already cancelled.")
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
