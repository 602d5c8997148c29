"""The school's day at a glance: the figures of the "Today" screen.

Qt-free: :func:`school_overview` reads one day of a school file and returns
plain numbers; the screen only formats them. How each figure is counted is
written here, once:

* **students enrolled**: students (not removed) with an enrollment in a live
  section that covers the day (started on or before it, not ended before it);
* **sections**: live sections of the academic year the day falls in (or of
  the current year when the day is in none);
* **roll call taken**: a section counts as taken when at least one of its
  students has an attendance mark for the day (any period);
* **present / late / absent / excused / half day**: one status per student
  who was marked. A daily mark (period 0) gives its code's kind; a student
  marked only by period gets :func:`app.services.attendance.day_status`
  (1 present, ½ half day, 0 absent). "Present" includes late arrivals;
  ``late`` says how many of them were late;
* **payments**: payments received that day, not cancelled; the total is in
  the school's currency, in integer minor units;
* **changes waiting**: outbox entries not yet accepted by the server;
* **no roll call**: why the day has none (a holiday or closed day of the
  calendar, a weekend day, outside the terms), as
  :func:`app.services.attendance.why_no_roll_call` says it; None on a school
  day. Marks already taken on such a day are still counted above.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.services.attendance import day_status, why_no_roll_call
from app.services.context import Sentence
from app.services.outbox import pending_count
from app.storage.models import (
    AcademicYear,
    AttendanceCode,
    AttendanceMark,
    Enrollment,
    Payment,
    PaymentCancellation,
    School,
    Section,
    Student,
)


@dataclass(frozen=True)
class SectionRollCall:
    section_id: str
    name: str
    grade_level: int
    enrolled: int
    marked: int  # students with a mark that day

    @property
    def taken(self) -> bool:
        return self.marked > 0


@dataclass(frozen=True)
class Overview:
    school_name: str
    school_code: str
    currency: str
    currency_digits: int
    locale: str
    day: dt.date
    students_enrolled: int
    sections: tuple[SectionRollCall, ...]
    present: int  # includes late
    late: int
    absent: int
    excused: int
    half_day: int
    payments_count: int
    payments_total_minor: int
    cancelled_count: int
    pending_changes: int
    by_kind: dict[str, int] = field(default_factory=dict)
    no_roll_call: Sentence | None = None  # why the day has no roll call; None on a school day

    @property
    def sections_total(self) -> int:
        return len(self.sections)

    @property
    def sections_taken(self) -> tuple[SectionRollCall, ...]:
        return tuple(s for s in self.sections if s.taken)

    @property
    def sections_not_taken(self) -> tuple[SectionRollCall, ...]:
        return tuple(s for s in self.sections if not s.taken)

    @property
    def marked(self) -> int:
        """Students with a status for the day."""
        return self.present + self.absent + self.excused + self.half_day


def _year_for(session: Session, day: dt.date) -> str | None:
    years = session.execute(
        select(AcademicYear.id, AcademicYear.starts_on, AcademicYear.ends_on, AcademicYear.current).where(
            AcademicYear.deleted.is_(False)
        )
    ).all()
    for year_id, starts, ends, _ in years:
        if starts <= day <= ends:
            return year_id
    for year_id, _, _, current in years:
        if current:
            return year_id
    return None


def school_overview(session: Session, day: dt.date) -> Overview:
    """Every figure of the day, read in a handful of queries."""
    school = session.execute(select(School).where(School.deleted.is_(False))).scalars().first()
    if school is None:
        raise LookupError("This file holds no school.")

    year_id = _year_for(session, day)
    section_rows = (
        session.execute(
            select(Section.id, Section.name, Section.grade_level)
            .where(Section.deleted.is_(False), Section.academic_year_id == year_id)
            .order_by(Section.grade_level, Section.name)
        ).all()
        if year_id is not None
        else []
    )

    live_enrollment = and_(
        Enrollment.deleted.is_(False),
        Enrollment.starts_on <= day,
        or_(Enrollment.ends_on.is_(None), Enrollment.ends_on >= day),
    )
    enrolled_by_section = dict(
        session.execute(
            select(Enrollment.section_id, func.count(func.distinct(Enrollment.student_id)))
            .join(Student, Student.id == Enrollment.student_id)
            .join(Section, Section.id == Enrollment.section_id)
            .where(live_enrollment, Student.deleted.is_(False), Section.deleted.is_(False))
            .group_by(Enrollment.section_id)
        ).all()
    )
    students_enrolled = session.execute(
        select(func.count(func.distinct(Enrollment.student_id)))
        .join(Student, Student.id == Enrollment.student_id)
        .join(Section, Section.id == Enrollment.section_id)
        .where(live_enrollment, Student.deleted.is_(False), Section.deleted.is_(False))
    ).scalar_one()

    # All marks of the day with their kind: at most students × periods rows.
    marks = session.execute(
        select(AttendanceMark.student_id, AttendanceMark.section_id, AttendanceMark.period, AttendanceCode.kind)
        .join(Student, Student.id == AttendanceMark.student_id)
        .outerjoin(
            AttendanceCode,
            and_(AttendanceCode.code == AttendanceMark.code, AttendanceCode.deleted.is_(False)),
        )
        .where(AttendanceMark.date == day, AttendanceMark.deleted.is_(False), Student.deleted.is_(False))
    ).all()
    marked_by_section: dict[str, set[str]] = defaultdict(set)
    daily_kind: dict[str, str] = {}
    period_kinds: dict[str, list[str]] = defaultdict(list)
    for student_id, section_id, period, kind in marks:
        marked_by_section[section_id].add(student_id)
        if kind is None:  # a code the school no longer has: not counted
            continue
        if period == 0:
            daily_kind[student_id] = kind
        else:
            period_kinds[student_id].append(kind)
    status: dict[str, str] = dict(daily_kind)
    for student_id, kinds in period_kinds.items():
        if student_id in status:
            continue
        share = day_status(kinds)
        status[student_id] = "present" if share == 1.0 else "half_day" if share == 0.5 else "absent"
    by_kind: dict[str, int] = defaultdict(int)
    for kind in status.values():
        by_kind[kind] += 1

    payments = session.execute(
        select(func.count(Payment.id), func.coalesce(func.sum(Payment.amount_minor), 0))
        .outerjoin(PaymentCancellation, PaymentCancellation.payment_id == Payment.id)
        .where(
            Payment.received_on == day,
            Payment.deleted.is_(False),
            Payment.currency == school.currency,
            PaymentCancellation.id.is_(None),
        )
    ).one()
    cancelled_count = session.execute(
        select(func.count(Payment.id))
        .join(PaymentCancellation, PaymentCancellation.payment_id == Payment.id)
        .where(Payment.received_on == day, Payment.deleted.is_(False))
    ).scalar_one()

    sections = tuple(
        SectionRollCall(
            section_id=sid,
            name=name,
            grade_level=grade,
            enrolled=int(enrolled_by_section.get(sid, 0)),
            marked=len(marked_by_section.get(sid, ())),
        )
        for sid, name, grade in section_rows
    )
    return Overview(
        school_name=school.name,
        school_code=school.code,
        currency=school.currency,
        currency_digits=school.currency_digits,
        locale=school.locale,
        day=day,
        students_enrolled=int(students_enrolled),
        sections=sections,
        present=by_kind["present"] + by_kind["late"],
        late=by_kind["late"],
        absent=by_kind["absent"],
        excused=by_kind["excused"],
        half_day=by_kind["half_day"],
        payments_count=int(payments[0]),
        payments_total_minor=int(payments[1]),
        cancelled_count=int(cancelled_count),
        pending_changes=pending_count(session),
        by_kind=dict(by_kind),
        no_roll_call=why_no_roll_call(session, day),
    )
