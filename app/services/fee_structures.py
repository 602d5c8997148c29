"""Fee structures → invoices, concessions and late fees (issue 8, item 2). Qt-free.

* A **fee structure** is what each fee head (tuition, transport, …) costs a
  grade level in a term, with its due date: one :class:`FeeStructure` row per
  (term, grade level, fee head).
* **Issuing** a structure bills every student enrolled in that grade level
  for the term: per-student invoices whose lines copy the amounts, so a later
  change to the structure never changes an issued invoice (amounts are
  frozen). Heads due on different days go on different invoices.
* Issuing is **idempotent**, on this device and across devices that issue
  offline: a head a student was already billed for in that term (by any
  invoice) is skipped, and the rows an issue makes have ids derived from what
  they bill (:func:`derived_id`), so two devices issuing the same structure
  make the same rows, which the server merges instead of doubling. A student
  who joins later is billed by issuing again; they get
  :data:`JOINER_GRACE_DAYS` days to pay when the due date has passed.
* A **concession** (percentage or fixed, on one invoice or one head of it,
  per student or for every student of a category) carries its reason and its
  approver. Only the principal or an admin approves one: they grant it
  themselves, so no concession on record lacks an approver.
* A **late fee** follows the school's rule (``School.late_fee_rule``), worked
  out in one function, :func:`late_fee_amount`, and charged as its own
  invoice line (``kind="late_fee"``), at most once per invoice.

The late-fee rule is stored as JSON: ``{"after_days": 30, "kind": "fixed",
"value": 50000}`` (``value`` in minor units) or ``{"after_days": 15, "kind":
"percent", "value": 500}`` (``value`` in basis points: 500 is 5 % of what is
still open on the invoice). ``{}`` means no late fees.

The descriptions an issue and a late fee write (``"Term 1 fees: Tuition"``,
``"Late fee (charged 2026-03-02)"``) are the school's data, kept and synced
in English, made from the marked templates below; :func:`description_words`
reads one back as the :class:`Sentence` it was made from, so a screen says it
in the reader's language (``app.ui.i18n.translated``) and a receipt in the
school's — those written before the templates were marked included.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.services import outbox
from app.services.clock import school_today
from app.services.context import QT_TRANSLATE_NOOP, Actor, Sentence, ServiceError
from app.services.fees import MONEY_ROLES, _plain_amount, max_payment_minor
from app.storage.models import (
    AcademicYear,
    Concession,
    Enrollment,
    FeeHead,
    FeeStructure,
    Invoice,
    InvoiceLine,
    Payment,
    PaymentAllocation,
    PaymentCancellation,
    School,
    Section,
    Student,
    Term,
)

# Roles that may approve (grant) a concession or set the late-fee rule.
APPROVER_ROLES = ("principal", "admin")

# A student billed after a structure's due date has this many days to pay.
JOINER_GRACE_DAYS = 14

# What an issued invoice and a late-fee line are called. Stored in English (the words are the school's
# data); said in the reader's language when shown, through description_words().
INVOICE_WORDS = QT_TRANSLATE_NOOP("services.fee_structures", "{term} fees: {heads}")
LATE_FEE_WORDS = QT_TRANSLATE_NOOP("services.fee_structures", "Late fee (charged {date})")
LATE_FEE_PERCENT_WORDS = QT_TRANSLATE_NOOP(
    "services.fee_structures", "Late fee, {percent}% of what was owed (charged {date})")
_DESCRIPTIONS = (
    (LATE_FEE_PERCENT_WORDS, re.compile(
        r"Late fee, (?P<percent>[0-9.]+)% of what was owed \(charged (?P<date>\d{4}-\d\d-\d\d)\)")),
    (LATE_FEE_WORDS, re.compile(r"Late fee \(charged (?P<date>\d{4}-\d\d-\d\d)\)")),
    (INVOICE_WORDS, re.compile(r"(?P<term>.+?) fees: (?P<heads>.+)", re.DOTALL)),
)
# An issued invoice's number, which a receipt line puts before the description ("2026-T1-A0012-3F9C …").
_INVOICE_NUMBER = re.compile(r"(\d{4}-T\d+-\S+) (.+)", re.DOTALL)


def description_words(text: str) -> Sentence | str:
    """A description an issue or a late fee wrote, as its :class:`Sentence`; any other text as it is.

    ``"Term 1 fees: Tuition, Transport"`` → ``Sentence(INVOICE_WORDS, term="Term 1",
    heads="Tuition, Transport")``; a late fee's date comes back as a ``date``
    (the screen writes it in its locale). A receipt line's invoice number in
    front (``"2026-T1-A0012-3F9C Term 1 fees: Tuition"``) is kept before the
    sentence, as ``Sentence("{number} {text}")``. The English of the result is
    ``text`` itself.
    """
    if not text:
        return text
    numbered = _INVOICE_NUMBER.fullmatch(text)
    if numbered is not None:
        rest = description_words(numbered.group(2))
        if isinstance(rest, Sentence):
            return Sentence("{number} {text}", number=numbered.group(1), text=rest)
    for template, pattern in _DESCRIPTIONS:
        found = pattern.fullmatch(text)
        if found is not None:
            args: dict[str, object] = dict(found.groupdict())
            if "date" in args:
                try:
                    args["date"] = dt.date.fromisoformat(str(args["date"]))
                except ValueError:
                    return text
            sentence = Sentence(template, **args)
            return sentence if str(sentence) == text else text
    return text


# The namespace of ids derived from what a row bills (see :func:`derived_id`).
_NAMESPACE = uuid.UUID("5b0f3c1e-8d7a-4c1f-9a55-6461667472ff")


def derived_id(*parts: object) -> str:
    """A row id that every device derives alike from the same facts (UUIDv5).

    Two devices issuing the same structure offline make the same invoice ids,
    so the server applies the second as the same row, never a second bill.
    """
    return str(uuid.uuid5(_NAMESPACE, "\x1f".join(str(p) for p in parts)))


def _school(session: Session) -> School:
    school = session.execute(select(School).where(School.deleted.is_(False))).scalars().first()
    if school is None:
        raise ServiceError(QT_TRANSLATE_NOOP("services.fee_structures", "This school file has no school in it."))
    return school


# --------------------------------------------------------------------------
# Fee heads and structures
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class StructureLine:
    id: str
    fee_head_id: str
    head_code: str
    head_name: str
    amount_minor: int
    due_on: dt.date


@dataclass(frozen=True)
class TermChoice:
    id: str
    name: str
    year_name: str
    starts_on: dt.date
    ends_on: dt.date

    @property
    def label(self) -> str:
        return f"{self.name}, {self.year_name}"


def list_fee_heads(session: Session) -> list[FeeHead]:
    return list(session.execute(
        select(FeeHead).where(FeeHead.deleted.is_(False)).order_by(FeeHead.code)).scalars())


def list_terms(session: Session) -> list[TermChoice]:
    """Every term, newest year first, in calendar order within a year."""
    rows = session.execute(
        select(Term, AcademicYear.name)
        .join(AcademicYear, AcademicYear.id == Term.academic_year_id)
        .where(Term.deleted.is_(False), AcademicYear.deleted.is_(False))
        .order_by(AcademicYear.starts_on.desc(), Term.starts_on)
    ).all()
    return [TermChoice(t.id, t.name, year, t.starts_on, t.ends_on) for t, year in rows]


def grade_levels(session: Session, term_id: str) -> list[int]:
    """The grade levels that have a section in the term's academic year."""
    term = _term(session, term_id)
    return sorted(set(session.execute(
        select(Section.grade_level).where(Section.academic_year_id == term.academic_year_id,
                                          Section.deleted.is_(False))).scalars()))


def _term(session: Session, term_id: str) -> Term:
    term = session.get(Term, term_id)
    if term is None or term.deleted:
        raise ServiceError(QT_TRANSLATE_NOOP("services.fee_structures", "This term is not on this device."))
    return term


def add_fee_head(session: Session, actor: Actor, code: str, name: str) -> FeeHead:
    """A new kind of fee (tuition, transport, …); its code is short and unique in the school."""
    if actor.role not in MONEY_ROLES:
        raise ServiceError(QT_TRANSLATE_NOOP("services.fee_structures", "Only the office can set up fees."))
    code, name = code.strip().upper(), " ".join(name.split())
    if not code or not name:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fee_structures", "A fee head needs a short code (e.g. TUI) and a name "
                              "(e.g. Tuition)."))
    if len(code) > 20 or len(name) > 100:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fee_structures", "A fee head's code is at most 20 characters and its name "
                              "at most 100."))
    taken = session.execute(select(FeeHead).where(func.upper(FeeHead.code) == code,
                                                  FeeHead.deleted.is_(False))).scalars().first()
    if taken is not None:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fee_structures", "The code {code} is already used by the fee head "
                              "“{head}”."),
            code=code, head=taken.name)
    return outbox.insert(session, actor, FeeHead(school_id=actor.school_id, code=code, name=name))


def structure(session: Session, term_id: str, grade_level: int) -> list[StructureLine]:
    """What each fee head costs this grade level in this term, by head code."""
    rows = session.execute(
        select(FeeStructure, FeeHead)
        .join(FeeHead, FeeHead.id == FeeStructure.fee_head_id)
        .where(FeeStructure.term_id == term_id, FeeStructure.grade_level == grade_level,
               FeeStructure.deleted.is_(False))
        .order_by(FeeHead.code)
    ).all()
    return [StructureLine(fs.id, head.id, head.code, head.name, fs.amount_minor, fs.due_on) for fs, head in rows]


def set_structure_line(session: Session, actor: Actor, term_id: str, grade_level: int, fee_head_id: str,
                       amount_minor: int, due_on: dt.date) -> FeeStructure:
    """Set what a head costs a grade level in a term (new, or changed for invoices issued from now on)."""
    if actor.role not in MONEY_ROLES:
        raise ServiceError(QT_TRANSLATE_NOOP("services.fee_structures", "Only the office can set up fees."))
    term = _term(session, term_id)
    head = session.get(FeeHead, fee_head_id)
    if head is None or head.deleted:
        raise ServiceError(QT_TRANSLATE_NOOP("services.fee_structures", "This fee head is not on this device."))
    school = _school(session)
    if not isinstance(amount_minor, int) or isinstance(amount_minor, bool) or amount_minor <= 0:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fee_structures", "A fee must be more than zero; to stop charging it, "
                              "remove it from the structure."))
    if amount_minor > max_payment_minor(school.currency_digits):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fee_structures", "This fee is larger than any a school charges; check the "
                              "zeros."))
    year = session.get(AcademicYear, term.academic_year_id)
    if year is not None and not (year.starts_on <= due_on <= year.ends_on):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fee_structures", "The due date must fall in the academic year {year} "
                              "({starts_on} to {ends_on})."),
            year=year.name, starts_on=year.starts_on, ends_on=year.ends_on)
    row = session.execute(
        select(FeeStructure).where(FeeStructure.term_id == term_id, FeeStructure.grade_level == grade_level,
                                   FeeStructure.fee_head_id == fee_head_id)
    ).scalars().first()
    if row is None:
        return outbox.insert(session, actor, FeeStructure(
            school_id=actor.school_id, term_id=term_id, grade_level=grade_level, fee_head_id=fee_head_id,
            amount_minor=amount_minor, due_on=due_on))
    changes = {"amount_minor": amount_minor, "due_on": due_on}
    if row.deleted:
        changes["deleted"] = False
    outbox.update(session, actor, row, **changes)
    return row


def remove_structure_line(session: Session, actor: Actor, structure_id: str) -> None:
    """Stop charging a head to a grade level; invoices already issued keep it."""
    if actor.role not in MONEY_ROLES:
        raise ServiceError(QT_TRANSLATE_NOOP("services.fee_structures", "Only the office can set up fees."))
    row = session.get(FeeStructure, structure_id)
    if row is None or row.deleted:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fee_structures", "This line of the fee structure is no longer there."))
    outbox.delete(session, actor, row)


# --------------------------------------------------------------------------
# Issuing invoices
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class IssuePlan:
    """What issuing would do, before it does it (shown in the dialog)."""

    students: int  # enrolled in the grade level for the term
    to_bill: int  # students with at least one head not billed yet
    already_billed: int  # students billed for every head chosen
    invoices: int
    total_minor: int


@dataclass(frozen=True)
class IssueResult:
    invoices: int
    lines: int
    students: int
    skipped: int
    total_minor: int
    invoice_ids: tuple[str, ...]


def students_in_grade(session: Session, term_id: str, grade_level: int,
                      student_ids: list[str] | None = None) -> list[Student]:
    """Active students enrolled in a section of this grade level during the term."""
    term = _term(session, term_id)
    query = (
        select(Student)
        .join(Enrollment, Enrollment.student_id == Student.id)
        .join(Section, Section.id == Enrollment.section_id)
        .where(Section.academic_year_id == term.academic_year_id, Section.grade_level == grade_level,
               Section.deleted.is_(False), Enrollment.deleted.is_(False), Student.deleted.is_(False),
               Student.status == "active", Enrollment.starts_on <= term.ends_on,
               (Enrollment.ends_on.is_(None)) | (Enrollment.ends_on >= term.starts_on))
        .order_by(Student.admission_no)
        .distinct()
    )
    if student_ids is not None:
        query = query.where(Student.id.in_(student_ids))
    return list(session.execute(query).scalars())


def _billed_heads(session: Session, term_id: str, student_ids: list[str]) -> dict[str, set[str]]:
    """Per student, the heads already on a live invoice of theirs for this term."""
    billed: dict[str, set[str]] = defaultdict(set)
    for start in range(0, len(student_ids), 500):
        chunk = student_ids[start:start + 500]
        for student_id, head_id in session.execute(
            select(Invoice.student_id, InvoiceLine.fee_head_id)
            .join(InvoiceLine, InvoiceLine.invoice_id == Invoice.id)
            .where(Invoice.term_id == term_id, Invoice.student_id.in_(chunk), Invoice.deleted.is_(False),
                   InvoiceLine.deleted.is_(False), InvoiceLine.kind == "fee", InvoiceLine.fee_head_id.is_not(None))
        ):
            billed[student_id].add(head_id)
    return billed


def _bills(session: Session, term_id: str, grade_level: int, head_ids: list[str] | None,
           student_ids: list[str] | None):  # noqa: ANN202 - internal
    lines = structure(session, term_id, grade_level)
    if head_ids is not None:
        unknown = set(head_ids) - {line.fee_head_id for line in lines}
        if unknown:
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.fee_structures", "A fee head chosen is not in this grade level's "
                                  "structure for the term."))
        lines = [line for line in lines if line.fee_head_id in set(head_ids)]
    if not lines:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fee_structures", "Grade {grade_level} has no fees set for this term: add "
                              "them to the structure first."),
            grade_level=grade_level)
    students = students_in_grade(session, term_id, grade_level, student_ids)
    billed = _billed_heads(session, term_id, [s.id for s in students])
    plan = []
    for student in students:
        missing = [line for line in lines if line.fee_head_id not in billed.get(student.id, set())]
        plan.append((student, missing))
    return plan


def plan_issue(session: Session, term_id: str, grade_level: int, head_ids: list[str] | None = None) -> IssuePlan:
    plan = _bills(session, term_id, grade_level, head_ids, None)
    invoices = sum(len({line.due_on for line in missing}) for _s, missing in plan)
    return IssuePlan(
        students=len(plan), to_bill=sum(1 for _s, m in plan if m), already_billed=sum(1 for _s, m in plan if not m),
        invoices=invoices, total_minor=sum(line.amount_minor for _s, m in plan for line in m))


def _term_tag(session: Session, term: Term) -> str:
    """``2026-T2``: the year the academic year starts and the term's place in it."""
    year = session.get(AcademicYear, term.academic_year_id)
    terms = session.execute(
        select(Term.id).where(Term.academic_year_id == term.academic_year_id, Term.deleted.is_(False))
        .order_by(Term.starts_on, Term.id)).scalars().all()
    place = terms.index(term.id) + 1 if term.id in terms else 1
    return f"{(year.starts_on if year else term.starts_on).year}-T{place}"


def issue_structure(session: Session, actor: Actor, term_id: str, grade_level: int, *,
                    head_ids: list[str] | None = None, student_ids: list[str] | None = None,
                    issued_on: dt.date | None = None) -> IssueResult:
    """Bill every student of a grade level (or those given) for the term's structure.

    Heads a student was already billed for in the term are skipped: issuing
    twice bills nothing twice, and issuing again after a student joined bills
    only them. Amounts and due dates are copied into the invoices (frozen).
    """
    if actor.role not in MONEY_ROLES:
        raise ServiceError(QT_TRANSLATE_NOOP("services.fee_structures", "Only the office can issue invoices."))
    term = _term(session, term_id)
    plan = _bills(session, term_id, grade_level, head_ids, student_ids)
    today = issued_on or school_today(session)
    tag = _term_tag(session, term)
    rows: list = []
    invoice_ids: list[str] = []
    students = lines_made = total = 0
    for student, missing in plan:
        if not missing:
            continue
        students += 1
        by_due: dict[dt.date, list[StructureLine]] = defaultdict(list)
        for line in missing:
            by_due[line.due_on].append(line)
        for due_on, group in sorted(by_due.items()):
            heads = sorted(line.fee_head_id for line in group)
            invoice_id = derived_id("invoice", student.id, term_id, due_on.isoformat(), *heads)
            number = f"{tag}-{student.admission_no}-{invoice_id[:4].upper()}"[:40]
            names = ", ".join(line.head_name for line in group)
            rows.append(Invoice(
                id=invoice_id, school_id=actor.school_id, student_id=student.id, term_id=term_id, number=number,
                issued_on=today, due_on=max(due_on, today + dt.timedelta(days=JOINER_GRACE_DAYS))
                if today > due_on else due_on,
                description=str(Sentence(INVOICE_WORDS, term=term.name, heads=names))[:200]))
            for line in group:
                rows.append(InvoiceLine(
                    id=derived_id("invoice_line", student.id, term_id, line.fee_head_id),
                    school_id=actor.school_id, invoice_id=invoice_id, fee_head_id=line.fee_head_id,
                    description=f"{line.head_name}, {term.name}"[:200], amount_minor=line.amount_minor, kind="fee"))
                lines_made += 1
                total += line.amount_minor
            invoice_ids.append(invoice_id)
    # An id already here (pulled from another device that issued the same) is not made twice.
    existing = set()
    ids = [r.id for r in rows]
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        existing |= set(session.execute(select(Invoice.id).where(Invoice.id.in_(chunk))).scalars())
        existing |= set(session.execute(select(InvoiceLine.id).where(InvoiceLine.id.in_(chunk))).scalars())
    outbox.insert_many(session, actor, [r for r in rows if r.id not in existing])
    return IssueResult(invoices=len(invoice_ids), lines=lines_made, students=students,
                       skipped=sum(1 for _s, m in plan if not m), total_minor=total,
                       invoice_ids=tuple(invoice_ids))


# --------------------------------------------------------------------------
# Concessions
# --------------------------------------------------------------------------


def _concession_base(session: Session, invoice_id: str, fee_head_id: str | None) -> int:
    """What a concession is a part of: the invoice's fees (late fees excluded), or one head's."""
    query = select(func.coalesce(func.sum(InvoiceLine.amount_minor), 0)).where(
        InvoiceLine.invoice_id == invoice_id, InvoiceLine.deleted.is_(False), InvoiceLine.kind == "fee")
    if fee_head_id is not None:
        query = query.where(InvoiceLine.fee_head_id == fee_head_id)
    return int(session.execute(query).scalar_one())


def invoice_heads(session: Session, invoice_id: str) -> list[tuple[str, str, int]]:
    """The fee heads billed on an invoice: (head id, name, amount), for a concession on one of them."""
    rows = session.execute(
        select(FeeHead.id, FeeHead.name, func.sum(InvoiceLine.amount_minor))
        .join(InvoiceLine, InvoiceLine.fee_head_id == FeeHead.id)
        .where(InvoiceLine.invoice_id == invoice_id, InvoiceLine.deleted.is_(False), InvoiceLine.kind == "fee")
        .group_by(FeeHead.id, FeeHead.name).order_by(FeeHead.code)
    ).all()
    return [(head_id, name, int(amount)) for head_id, name, amount in rows]


def concession_amount(kind: str, value: int, base_minor: int) -> int:
    """A percentage (``value`` in basis points) is rounded down to the minor unit; fixed is ``value``."""
    return base_minor * value // 10_000 if kind == "percent" else value


def _check_concession(kind: str, value: int, reason: str) -> None:
    if kind not in ("percent", "fixed"):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fee_structures", "A concession is a percentage or a fixed amount."))
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ServiceError(QT_TRANSLATE_NOOP("services.fee_structures", "A concession must be more than zero."))
    if kind == "percent" and value > 10_000:
        raise ServiceError(QT_TRANSLATE_NOOP("services.fee_structures", "A percentage concession is at most 100 %."))
    if not reason.strip():
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fee_structures", "Say why the concession is given; the reason is kept with "
                              "it."))
    if len(reason.strip()) > 200:
        raise ServiceError(QT_TRANSLATE_NOOP("services.fee_structures", "The reason is at most 200 characters."))


def grant_concession(session: Session, actor: Actor, invoice_id: str, kind: str, value: int, reason: str, *,
                     fee_head_id: str | None = None, on: dt.date | None = None) -> Concession:
    """Reduce what a student owes on one invoice (or one head of it), approved by the actor.

    ``value``: basis points for ``percent`` (1250 is 12.5 %), minor units for
    ``fixed``. The amount is worked out now and kept (frozen). Refused: a
    role that may not approve, no reason, more than the invoice still has to
    reduce, or the same concession twice.
    """
    if actor.role not in APPROVER_ROLES:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fee_structures", "Only the principal or an admin can approve a concession."))
    _check_concession(kind, value, reason)
    invoice = session.get(Invoice, invoice_id)
    if invoice is None or invoice.deleted:
        raise ServiceError(QT_TRANSLATE_NOOP("services.fee_structures", "This invoice is not on this device."))
    base = _concession_base(session, invoice_id, fee_head_id)
    if base <= 0:
        raise ServiceError(QT_TRANSLATE_NOOP("services.fee_structures", "This invoice has no such fee to reduce."))
    amount = concession_amount(kind, value, base)
    if amount <= 0:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fee_structures", "This percentage of the fee is less than the smallest "
                              "unit of money."))
    reason = " ".join(reason.split())
    concession_id = derived_id("concession", invoice_id, fee_head_id or "", kind, value, reason.casefold())
    if session.get(Concession, concession_id) is not None:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fee_structures", "This concession is already granted on this invoice."))
    conceded_query = select(func.coalesce(func.sum(Concession.amount_minor), 0)).where(
        Concession.invoice_id == invoice_id, Concession.deleted.is_(False))
    if fee_head_id is not None:
        conceded_query = conceded_query.where(Concession.fee_head_id == fee_head_id)
    already = int(session.execute(conceded_query).scalar_one())
    school = _school(session)
    if amount > base - already:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fee_structures", "Concessions would come to more than the fee: {amount} "
                              "{currency} is left to reduce on invoice {number}."),
            amount=_plain_amount(base - already, school.currency_digits), currency=school.currency,
            number=invoice.number)
    return outbox.insert(session, actor, Concession(
        id=concession_id, school_id=actor.school_id, student_id=invoice.student_id, invoice_id=invoice_id,
        fee_head_id=fee_head_id, kind=kind, value=value, amount_minor=amount, reason=reason,
        approved_by=actor.user_id, granted_on=on or school_today(session)))


@dataclass(frozen=True)
class CategoryResult:
    granted: int
    skipped: int  # already had it, or nothing left to reduce
    total_minor: int


def student_categories(session: Session) -> list[str]:
    return sorted(c for c in session.execute(
        select(Student.category).where(Student.deleted.is_(False), Student.category != "").distinct()).scalars())


def grant_category_concession(session: Session, actor: Actor, term_id: str, category: str, kind: str, value: int,
                              reason: str, *, fee_head_id: str | None = None) -> CategoryResult:
    """The same concession on the term's invoices of every active student of a category.

    Granting it again (or from another device) skips the invoices that have it.
    """
    if actor.role not in APPROVER_ROLES:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fee_structures", "Only the principal or an admin can approve a concession."))
    _check_concession(kind, value, reason)
    if not category.strip():
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fee_structures", "Choose the category of students the concession is for."))
    invoices = session.execute(
        select(Invoice.id)
        .join(Student, Student.id == Invoice.student_id)
        .where(Invoice.term_id == term_id, Invoice.deleted.is_(False), Student.category == category,
               Student.status == "active", Student.deleted.is_(False))
        .order_by(Invoice.due_on, Invoice.id)
    ).scalars().all()
    if not invoices:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fee_structures", "No student of the category “{category}” has an invoice "
                              "for this term."),
            category=category)
    granted = skipped = total = 0
    for invoice_id in invoices:
        if _concession_base(session, invoice_id, fee_head_id) <= 0:
            continue  # this invoice does not bill that head
        try:  # every refusal comes before anything is written
            c = grant_concession(session, actor, invoice_id, kind, value, reason, fee_head_id=fee_head_id)
        except ServiceError:
            skipped += 1
            continue
        granted += 1
        total += c.amount_minor
    return CategoryResult(granted, skipped, total)


# --------------------------------------------------------------------------
# Late fees
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class LateFeeRule:
    after_days: int
    kind: str  # fixed | percent
    value: int  # minor units, or basis points of what is open

    def to_json(self) -> dict:
        return {"after_days": self.after_days, "kind": self.kind, "value": self.value}


def late_fee_rule(school: School) -> LateFeeRule | None:
    """The school's rule, or None when it charges no late fees (or the stored rule is unreadable)."""
    raw = school.late_fee_rule or {}
    try:
        rule = LateFeeRule(int(raw["after_days"]), str(raw["kind"]), int(raw["value"]))
    except (KeyError, TypeError, ValueError):
        return None
    if rule.kind not in ("fixed", "percent") or rule.value <= 0 or rule.after_days < 0:
        return None
    return rule


def check_late_fee_rule(rule: LateFeeRule) -> None:
    if rule.kind not in ("fixed", "percent"):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fee_structures", "A late fee is a fixed amount or a percentage of what is "
                              "still owed."))
    if rule.after_days < 0 or rule.after_days > 365:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fee_structures", "The days after the due date must be between 0 and 365."))
    if rule.value <= 0:
        raise ServiceError(QT_TRANSLATE_NOOP("services.fee_structures", "A late fee must be more than zero."))
    if rule.kind == "percent" and rule.value > 10_000:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fee_structures", "A late fee is at most 100 % of what is owed."))


def late_fee_amount(rule: LateFeeRule | None, open_minor: int, due_on: dt.date, on_day: dt.date) -> int:
    """THE late-fee rule: what an invoice is charged on ``on_day`` (0: nothing).

    Charged only when something is still open and more than ``after_days``
    days have passed since the due date; a fixed amount, or a percentage of
    what is open, rounded down to the minor unit.
    """
    if rule is None or open_minor <= 0 or (on_day - due_on).days <= rule.after_days:
        return 0
    if rule.kind == "fixed":
        return rule.value
    return open_minor * rule.value // 10_000


def set_late_fee_rule(session: Session, actor: Actor, rule: LateFeeRule | None) -> None:
    """Set (or with None, stop) the school's late fees. The principal or an admin decides."""
    if actor.role not in APPROVER_ROLES:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fee_structures", "Only the principal or an admin can set the late-fee rule."))
    if rule is not None:
        check_late_fee_rule(rule)
    school = _school(session)
    outbox.update(session, actor, school, late_fee_rule=rule.to_json() if rule is not None else {})


@dataclass(frozen=True)
class LateFeeResult:
    invoices: int
    total_minor: int


def apply_late_fees(session: Session, actor: Actor, on_day: dt.date | None = None,
                    student_ids: list[str] | None = None) -> LateFeeResult:
    """Charge the rule's late fee on every overdue invoice that has none yet (idempotent).

    Each is its own line on the invoice, ``kind="late_fee"``, with an id
    derived from the invoice: applying again, here or on another device,
    charges nothing twice.
    """
    if actor.role not in MONEY_ROLES:
        raise ServiceError(QT_TRANSLATE_NOOP("services.fee_structures", "Only the office can charge late fees."))
    rule = late_fee_rule(_school(session))
    if rule is None:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.fee_structures", "The school has no late-fee rule; the principal sets it "
                              "under Fee structures."))
    on_day = on_day or school_today(session)
    cutoff = on_day - dt.timedelta(days=rule.after_days)
    query = select(Invoice.id, Invoice.due_on).where(Invoice.deleted.is_(False), Invoice.due_on < cutoff)
    if student_ids is not None:
        query = query.where(Invoice.student_id.in_(student_ids))
    overdue = session.execute(query.order_by(Invoice.due_on, Invoice.id)).all()
    charged = set(session.execute(
        select(InvoiceLine.invoice_id).where(InvoiceLine.kind == "late_fee")).scalars())
    # What is open on each invoice, as invoice_dues() counts it, for the whole school in three grouped queries.
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
        .outerjoin(PaymentCancellation, PaymentCancellation.payment_id == Payment.id)
        .where(PaymentCancellation.id.is_(None), Payment.deleted.is_(False), PaymentAllocation.deleted.is_(False))
        .group_by(PaymentAllocation.invoice_id)).all())
    rows = []
    total = 0
    percent = f"{rule.value / 100:g}"
    for invoice_id, due_on in overdue:
        if invoice_id in charged:
            continue
        open_amount = int(lines.get(invoice_id, 0) or 0) - int(conceded.get(invoice_id, 0) or 0) \
            - int(settled.get(invoice_id, 0) or 0)
        amount = late_fee_amount(rule, open_amount, due_on, on_day)
        if amount <= 0:
            continue
        rows.append(InvoiceLine(
            id=derived_id("late_fee", invoice_id), school_id=actor.school_id, invoice_id=invoice_id,
            fee_head_id=None, kind="late_fee", amount_minor=amount,
            description=str(Sentence(LATE_FEE_PERCENT_WORDS, percent=percent, date=on_day) if rule.kind == "percent"
                            else Sentence(LATE_FEE_WORDS, date=on_day))))
        total += amount
    outbox.insert_many(session, actor, rows)
    return LateFeeResult(len(rows), total)
