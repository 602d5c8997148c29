"""The day book, the cash close and the defaulters list.

* :func:`day_book` — one school day's collections: every payment received
  that day and every cancellation made that day (also of an older receipt),
  totals by mode and by cashier.
* :func:`close_cash` — a cashier, at the end of their day on this computer,
  counts the cash; the close records expected, counted and the difference
  (a :class:`CashClose`, append-only, synced). After it that cashier can take
  no payment dated that day and make no cancellation that day on this
  computer (:func:`app.services.fees.day_is_closed`); the server refuses such
  a payment too.
* :func:`defaulters` — every student who owes money, by section, with how
  long the oldest unpaid due is overdue.

Expected cash, the rule: the cash payments this cashier received that day on
this computer, less the cash payments this cashier cancelled that day on this
computer (money handed back from the drawer). Cheques, transfers, mobile
money and cards are listed but not counted in the drawer.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.services import outbox
from app.services.clock import corrected_now, school_today
from app.services.context import QT_TRANSLATE_NOOP, Actor, ServiceError
from app.services.fees import MONEY_ROLES, day_is_closed, school_local
from app.storage import aggregates
from app.storage.models import (
    CashClose,
    Enrollment,
    Invoice,
    InvoiceLine,
    Concession,
    Payment,
    PaymentAllocation,
    PaymentCancellation,
    School,
    Section,
    Student,
    User,
)


@dataclass(frozen=True)
class DayBookLine:
    payment_id: str
    receipt_no: str
    received_at: dt.datetime  # the school's local time
    student_name: str
    admission_no: str
    mode: str
    reference: str
    amount_minor: int
    cashier_id: str | None
    cashier: str
    device_id: str
    cancelled: bool  # cancelled since (on any day)


@dataclass(frozen=True)
class DayBookCancellation:
    payment_id: str
    receipt_no: str
    received_on: dt.date
    cancelled_at: dt.datetime
    student_name: str
    mode: str
    amount_minor: int
    reason: str
    cancelled_by_id: str | None
    cancelled_by: str
    device_id: str


@dataclass(frozen=True)
class CashCloseInfo:
    cashier: str
    device_id: str
    expected_cash_minor: int
    counted_cash_minor: int
    difference_minor: int
    note: str
    closed_at: dt.datetime


@dataclass
class DayBook:
    day: dt.date
    currency: str
    currency_digits: int
    school_name: str
    payments: list[DayBookLine] = field(default_factory=list)
    cancellations: list[DayBookCancellation] = field(default_factory=list)
    by_mode: dict[str, int] = field(default_factory=dict)  # received, cancelled ones excluded
    by_cashier: dict[str, int] = field(default_factory=dict)
    cancelled_minor: int = 0  # payments of this day cancelled since, plus older ones cancelled this day
    closes: list[CashCloseInfo] = field(default_factory=list)

    @property
    def received_minor(self) -> int:
        return sum(p.amount_minor for p in self.payments)

    @property
    def net_minor(self) -> int:
        """Received this day and still standing, less older receipts cancelled this day."""
        return sum(self.by_mode.values()) - sum(
            c.amount_minor for c in self.cancellations if c.received_on != self.day
        )


def _names(session: Session, ids: set[str | None]) -> dict[str | None, str]:
    ids = {i for i in ids if i}
    if not ids:
        return {}
    return dict(session.execute(select(User.id, User.full_name).where(User.id.in_(ids))).all())


def _day_bounds(session: Session, day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The school's day as naive UTC instants (cancellations carry a UTC time)."""
    from zoneinfo import ZoneInfo

    school = session.execute(select(School).where(School.deleted.is_(False))).scalars().first()
    try:
        zone = ZoneInfo(school.time_zone) if school is not None else dt.UTC
    except Exception:  # noqa: BLE001 - an unknown zone name: the day is UTC's
        zone = dt.UTC
    start = dt.datetime.combine(day, dt.time(0), zone).astimezone(dt.UTC).replace(tzinfo=None)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), zone).astimezone(dt.UTC).replace(tzinfo=None)
    return start, end


def day_book(session: Session, day: dt.date, *, device_id: str | None = None,
             cashier_id: str | None = None) -> DayBook:
    """One day's collections (optionally one computer's or one cashier's), with its cancellations."""
    school = session.execute(select(School).where(School.deleted.is_(False))).scalars().first()
    book = DayBook(day, school.currency if school else "", school.currency_digits if school else 2,
                   school.name if school else "")
    query = (
        select(Payment, Student.full_name, Student.admission_no, PaymentCancellation.id)
        .join(Student, Student.id == Payment.student_id)
        .outerjoin(PaymentCancellation, (PaymentCancellation.payment_id == Payment.id)
                   & PaymentCancellation.deleted.is_(False))
        .where(Payment.received_on == day, Payment.deleted.is_(False))
        .order_by(Payment.received_at, Payment.receipt_no)
    )
    if device_id is not None:
        query = query.where(Payment.device_id == device_id)
    if cashier_id is not None:
        query = query.where(Payment.received_by == cashier_id)
    rows = session.execute(query).all()
    start, end = _day_bounds(session, day)
    cq = (
        select(PaymentCancellation, Payment, Student.full_name)
        .join(Payment, Payment.id == PaymentCancellation.payment_id)
        .join(Student, Student.id == Payment.student_id)
        .where(PaymentCancellation.cancelled_at >= start, PaymentCancellation.cancelled_at < end,
               PaymentCancellation.deleted.is_(False), Payment.deleted.is_(False))
        .order_by(PaymentCancellation.cancelled_at)
    )
    if device_id is not None:
        cq = cq.where(PaymentCancellation.device_id == device_id)
    if cashier_id is not None:
        cq = cq.where(PaymentCancellation.cancelled_by == cashier_id)
    crow = session.execute(cq).all()
    closes = session.execute(
        select(CashClose).where(CashClose.date == day, CashClose.deleted.is_(False)).order_by(CashClose.closed_at)
    ).scalars().all()
    names = _names(session, {p.received_by for p, *_ in rows} | {c.cancelled_by for c, *_ in crow}
                   | {c.closed_by for c in closes})
    by_mode: dict[str, int] = defaultdict(int)
    by_cashier: dict[str, int] = defaultdict(int)
    for p, name, adm, cancel_id in rows:
        cashier = names.get(p.received_by, "") or "—"
        book.payments.append(DayBookLine(p.id, p.receipt_no, school_local(session, p.received_at), name, adm, p.mode, p.reference,
                                         p.amount_minor, p.received_by, cashier, p.device_id, cancel_id is not None))
        if cancel_id is None:
            by_mode[p.mode] += p.amount_minor
            by_cashier[cashier] += p.amount_minor
    for c, p, name in crow:
        book.cancellations.append(DayBookCancellation(
            p.id, p.receipt_no, p.received_on, school_local(session, c.cancelled_at), name, p.mode, p.amount_minor, c.reason,
            c.cancelled_by, names.get(c.cancelled_by, "") or "—", c.device_id))
    book.cancelled_minor = sum(p.amount_minor for p in book.payments if p.cancelled) + sum(
        c.amount_minor for c in book.cancellations if c.received_on != day)
    book.by_mode = dict(by_mode)
    book.by_cashier = dict(by_cashier)
    book.closes = [
        CashCloseInfo(names.get(c.closed_by, "") or "—", c.device_id, c.expected_cash_minor, c.counted_cash_minor,
                      c.difference_minor, c.note, school_local(session, c.closed_at))
        for c in closes
    ]
    return book


def expected_cash(session: Session, day: dt.date, device_id: str, cashier_id: str | None) -> int:
    """The cash that should be in this cashier's drawer at the end of the day (see the module's rule)."""
    received = session.execute(
        select(func.coalesce(func.sum(Payment.amount_minor), 0)).where(
            Payment.received_on == day, Payment.device_id == device_id, Payment.mode == "cash",
            Payment.deleted.is_(False),
            Payment.received_by.is_(None) if cashier_id is None else Payment.received_by == cashier_id,
        )
    ).scalar_one()
    start, end = _day_bounds(session, day)
    handed_back = session.execute(
        select(func.coalesce(func.sum(Payment.amount_minor), 0))
        .join(PaymentCancellation, PaymentCancellation.payment_id == Payment.id)
        .where(PaymentCancellation.cancelled_at >= start, PaymentCancellation.cancelled_at < end,
               PaymentCancellation.device_id == device_id, PaymentCancellation.deleted.is_(False),
               Payment.mode == "cash", Payment.deleted.is_(False),
               PaymentCancellation.cancelled_by.is_(None) if cashier_id is None
               else PaymentCancellation.cancelled_by == cashier_id)
    ).scalar_one()
    return int(received) - int(handed_back)


def close_cash(session: Session, actor: Actor, counted_cash_minor: int, note: str = "",
               day: dt.date | None = None) -> CashClose:
    """Close this cashier's day on this computer: the count, the expected cash and the difference."""
    if actor.role not in MONEY_ROLES:
        raise ServiceError(QT_TRANSLATE_NOOP("services.day_book", "Only the office can close the cash."))
    if not isinstance(counted_cash_minor, int) or isinstance(counted_cash_minor, bool) or counted_cash_minor < 0:
        raise ServiceError(QT_TRANSLATE_NOOP("services.day_book", "The counted cash must be zero or more."))
    today = school_today(session)
    day = day or today
    if day > today:
        raise ServiceError(QT_TRANSLATE_NOOP("services.day_book", "A day that has not come yet cannot be closed."))
    if day_is_closed(session, day, actor.device_id, actor.user_id):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.day_book", "Your cash of {day} is already closed on this computer."),
            day=day)
    expected = expected_cash(session, day, actor.device_id, actor.user_id)
    difference = counted_cash_minor - expected
    if difference != 0 and not note.strip():
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.day_book", "The count differs from the day book: write a note saying why."))
    return outbox.insert(
        session,
        actor,
        CashClose(
            school_id=actor.school_id, date=day, closed_by=actor.user_id, device_id=actor.device_id,
            expected_cash_minor=expected, counted_cash_minor=counted_cash_minor, difference_minor=difference,
            note=note.strip(), closed_at=corrected_now(session),
        ),
    )


# --------------------------------------------------------------------------
# Defaulters
# --------------------------------------------------------------------------

# Overdue age buckets, in days past the oldest unpaid due date.
AGE_BUCKETS = ((0, "not yet due"), (1, "1–30 days"), (31, "31–60 days"), (61, "61–90 days"), (91, "over 90 days"))


def age_bucket(days_overdue: int) -> str:
    label = AGE_BUCKETS[0][1]
    for low, name in AGE_BUCKETS:
        if days_overdue >= low:
            label = name
    return label


@dataclass(frozen=True)
class Defaulter:
    student_id: str
    admission_no: str
    full_name: str
    section_name: str
    grade_level: int | None
    guardian_name: str
    guardian_phone: str
    status: str
    outstanding_minor: int  # everything still owed
    overdue_minor: int  # of which past its due date
    oldest_due_on: dt.date | None  # the oldest invoice with money still open
    days_overdue: int  # 0 when nothing is overdue yet

    @property
    def age(self) -> str:
        return age_bucket(self.days_overdue)


def defaulters(session: Session, as_of: dt.date | None = None, *, only_overdue: bool = False) -> list[Defaulter]:
    """Every student with money still owed on an invoice, by section then name.

    Invoice by invoice (oldest due first, as payments are allocated): what is
    open is its lines, less its concessions, less the allocations of payments
    not cancelled. A few grouped queries for the whole school.
    """
    as_of = as_of or school_today(session)
    if aggregates.usable(session):
        # Each invoice's lines, concessions and settled allocations kept added up (schema 0007).
        t = aggregates.invoices
        open_invoices = session.connection().execute(
            select(t.c.invoice_id, t.c.student_id, t.c.due_on, t.c.billed - t.c.conceded - t.c.settled)
            .where(t.c.billed - t.c.conceded - t.c.settled > 0)).all()
    else:
        open_invoices = _open_invoices(session)
    per_student: dict[str, list[int | dt.date | None]] = {}
    for _inv_id, student_id, due_on, open_amount in open_invoices:
        acc = per_student.setdefault(student_id, [0, 0, None])
        acc[0] += open_amount
        if due_on < as_of:
            acc[1] += open_amount
        if acc[2] is None or due_on < acc[2]:
            acc[2] = due_on
    if not per_student:
        return []
    return _owing(session, as_of, per_student, only_overdue)


def _open_invoices(session: Session) -> list[tuple[str, str, dt.date, int]]:
    """(invoice, student, due on, open amount) of every invoice with money still open, from the raw rows."""
    invoices = session.execute(
        select(Invoice.id, Invoice.student_id, Invoice.due_on).where(Invoice.deleted.is_(False))
    ).all()
    lines = dict(session.execute(
        select(InvoiceLine.invoice_id, func.sum(InvoiceLine.amount_minor))
        .where(InvoiceLine.deleted.is_(False)).group_by(InvoiceLine.invoice_id)).all())
    conceded = dict(session.execute(
        select(Concession.invoice_id, func.sum(Concession.amount_minor))
        .where(Concession.deleted.is_(False), Concession.invoice_id.is_not(None))
        .group_by(Concession.invoice_id)).all())
    settled = dict(session.execute(
        select(PaymentAllocation.invoice_id, func.sum(PaymentAllocation.amount_minor))
        .join(Payment, Payment.id == PaymentAllocation.payment_id)
        .outerjoin(PaymentCancellation, (PaymentCancellation.payment_id == Payment.id)
                   & PaymentCancellation.deleted.is_(False))
        .where(PaymentCancellation.id.is_(None), Payment.deleted.is_(False), PaymentAllocation.deleted.is_(False))
        .group_by(PaymentAllocation.invoice_id)).all())
    out = []
    for inv_id, student_id, due_on in invoices:
        open_amount = int(lines.get(inv_id, 0) or 0) - int(conceded.get(inv_id, 0) or 0) - \
            int(settled.get(inv_id, 0) or 0)
        if open_amount > 0:
            out.append((inv_id, student_id, due_on, open_amount))
    return out


def _owing(session: Session, as_of: dt.date, per_student: dict[str, list], only_overdue: bool) -> list[Defaulter]:
    latest = (
        select(Enrollment.id)
        .where(Enrollment.student_id == Student.id, Enrollment.deleted.is_(False))
        .order_by(Enrollment.starts_on.desc(), Enrollment.id.desc())
        .limit(1).correlate(Student).scalar_subquery()
    )
    students = session.execute(
        select(Student.id, Student.admission_no, Student.full_name, Section.name, Section.grade_level,
               Student.guardian_name, Student.guardian_phone, Student.status)
        .select_from(Student)
        .outerjoin(Enrollment, Enrollment.id == latest)
        .outerjoin(Section, Section.id == Enrollment.section_id)
        .where(Student.deleted.is_(False), Student.id.in_(list(per_student)))  # those owing only
    ).all()
    result = []
    for sid, adm, name, section, grade, guardian, phone, status in students:
        acc = per_student.get(sid)
        if acc is None:
            continue
        outstanding, overdue, oldest = acc
        days = max(0, (as_of - oldest).days) if oldest is not None and overdue else 0
        if only_overdue and overdue <= 0:
            continue
        result.append(Defaulter(sid, adm, name, section or "", grade, guardian or "", phone or "", status,
                                int(outstanding), int(overdue), oldest, days))
    result.sort(key=lambda d: (d.grade_level is None, d.grade_level or 0, d.section_name, -d.days_overdue,
                               d.full_name.casefold()))
    return result
