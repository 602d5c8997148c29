"""Attendance registers: a student's history, a section's month, rates and chronic absentees.

**The attendance rate** is computed in one place, :func:`attendance_rate`;
every figure here (a student's, a section's, the chronic absentee list) goes
through it. **School days** are :func:`school_days`: inside a term, not a
weekend of the school, not a holiday or closed day of its calendar.

Qt-free; the register screen and the PDF (``app.reports.register``) only lay
these results out.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.attendance import current_school, day_status
from app.services.clock import school_today
from app.services.context import QT_TRANSLATE_NOOP, Actor, ServiceError
from app.storage import aggregates
from app.storage.models import (
    AttendanceCode,
    AttendanceMark,
    CalendarDay,
    Enrollment,
    Section,
    Student,
    Term,
    User,
)

# How many school days the chronic absence figure looks back over.
CHRONIC_WINDOW_DAYS = 30


def attendance_rate(day_values: Iterable[float]) -> float | None:
    """The attendance rate, in percent, from the values of the school days a student was marked.

    The rule:

    * each school day on which the student has a mark counts once, with its
      value from :func:`app.services.attendance.day_status`: 1 for present,
      late or excused, ½ for a half day, 0 for absent; per-period marks are
      rolled up into the day by that same rule (present in at least half the
      periods marked: 1; a quarter: ½; less: 0);
    * a day with no mark (the roll call was not taken, or the student was not
      enrolled yet) is left out: it is neither present nor absent;
    * rate = sum of the values ÷ number of days counted × 100.

    ``None`` when no day counts (nothing to say, rather than 0 % or 100 %).
    """
    values = list(day_values)
    return rate_of(sum(values), len(values))


def rate_of(total: float, counted: int) -> float | None:
    """:func:`attendance_rate` from the sum of the day values and the number of days counted."""
    return 100.0 * total / counted if counted else None


def school_days(session: Session, start: dt.date, end: dt.date) -> list[dt.date]:
    """The days from ``start`` to ``end`` (inclusive) the school is open: in a term, not a weekend or holiday."""
    school = current_school(session)
    weekend = set(school.weekend_days or [])
    closed = set(
        session.execute(
            select(CalendarDay.date).where(
                CalendarDay.date >= start, CalendarDay.date <= end, CalendarDay.deleted.is_(False)
            )
        ).scalars()
    )
    terms = [(t.starts_on, t.ends_on) for t in session.execute(select(Term).where(Term.deleted.is_(False))).scalars()]
    days = []
    day = start
    while day <= end:
        in_term = not terms or any(a <= day <= b for a, b in terms)
        if in_term and day.weekday() not in weekend and day not in closed:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def last_school_days(session: Session, count: int, until: dt.date) -> list[dt.date]:
    """The last ``count`` school days up to ``until`` (fewer when the school's record is shorter)."""
    found: list[dt.date] = []
    end = until
    for _ in range(12):  # at most a year back, a month at a time
        start = end - dt.timedelta(days=31)
        found = school_days(session, start, end) + found
        if len(found) >= count:
            break
        end = start - dt.timedelta(days=1)
    return found[-count:]


def _day_values(
    session: Session, student_ids: Sequence[str], days: Sequence[dt.date], section_id: str | None = None
) -> dict[str, dict[dt.date, tuple[float, list[str]]]]:
    """Per student and day: the day's value (by :func:`day_status`) and its codes, for the days given."""
    if not student_ids or not days:
        return {}
    kinds = {c.code: c.kind for c in session.execute(select(AttendanceCode)).scalars()}
    wanted = set(days)
    per: dict[str, dict[dt.date, list[tuple[int, str]]]] = defaultdict(lambda: defaultdict(list))
    query = select(AttendanceMark.student_id, AttendanceMark.date, AttendanceMark.period, AttendanceMark.code).where(
        AttendanceMark.date >= min(days),
        AttendanceMark.date <= max(days),
        AttendanceMark.deleted.is_(False),
    )
    if section_id is not None:
        query = query.where(AttendanceMark.section_id == section_id)
    ids = set(student_ids)
    for sid, day, period, code in session.execute(query):
        if sid in ids and day in wanted:
            per[sid][day].append((period, code))
    out: dict[str, dict[dt.date, tuple[float, list[str]]]] = {}
    for sid, by_day in per.items():
        out[sid] = {}
        for day, marks in by_day.items():
            daily = [code for period, code in marks if period == 0]
            codes = daily or [code for _period, code in sorted(marks)]
            out[sid][day] = (day_status([kinds.get(c, "present") for c in codes]), codes)
    return out


def _section_sums(
    session: Session, section_ids: Sequence[str], days: Sequence[dt.date]
) -> dict[tuple[str, str], list]:
    """Per (student, section): [school days marked, sum of their values (:func:`day_status`)], for rates.

    Daily marks are counted by the database (a school's whole month is tens
    of thousands of marks) and weighed here per code; per-period marks of days
    with no daily mark are rolled up here, day by day. The values are 0, ½ and
    1, so their sum is exact whatever the order it is made in.
    """
    if not section_ids or not days:
        return {}
    kinds = {c.code: c.kind for c in session.execute(select(AttendanceCode)).scalars()}
    weight = {code: day_status([kind]) for code, kind in kinds.items()}
    out: dict[tuple[str, str], list] = {}
    in_scope = (AttendanceMark.section_id.in_(list(section_ids)), AttendanceMark.date.in_(list(days)),
                AttendanceMark.deleted.is_(False))
    usable = aggregates.usable(session)
    for student_id, section_id, code, count in _daily_counts(session, section_ids, days, usable):
        acc = out.get((student_id, section_id))
        if acc is None:
            out[(student_id, section_id)] = [count, weight.get(code, 1.0) * count]
        else:
            acc[0] += count
            acc[1] += weight.get(code, 1.0) * count
    if usable and not session.execute(
        select(aggregates.attendance_days.c.marks).where(
            aggregates.attendance_days.c.by_period.is_(True), aggregates.attendance_days.c.marks > 0,
            aggregates.attendance_days.c.date >= min(days), aggregates.attendance_days.c.date <= max(days),
            aggregates.attendance_days.c.section_id.in_(list(section_ids))).limit(1)
    ).first():
        return out  # no per-period mark in the window
    by_day: dict[tuple[str, str, dt.date], list[tuple[int, str]]] = defaultdict(list)
    for student_id, section_id, day, period, code in session.execute(
        select(AttendanceMark.student_id, AttendanceMark.section_id, AttendanceMark.date, AttendanceMark.period,
               AttendanceMark.code).where(AttendanceMark.period > 0, *in_scope)
    ):
        by_day[(student_id, section_id, day)].append((period, code))
    if by_day:
        with_daily = {tuple(row) for row in session.execute(
            select(AttendanceMark.student_id, AttendanceMark.date).where(
                AttendanceMark.period == 0, AttendanceMark.deleted.is_(False),
                AttendanceMark.student_id.in_({k[0] for k in by_day}), AttendanceMark.date.in_(list(days)))
        )}
        for (student_id, section_id, day), marks in by_day.items():
            if (student_id, day) not in with_daily:
                acc = out.setdefault((student_id, section_id), [0, 0.0])
                acc[0] += 1
                acc[1] += day_status([kinds.get(c, "present") for _p, c in sorted(marks)])
    return out


def _daily_counts(session: Session, section_ids: Sequence[str], days: Sequence[dt.date],
                  usable: bool) -> list[tuple[str, str, str, int]]:
    """(student, section, code, daily marks not deleted on ``days``), one query, grouped by the database.

    With the kept weekly counts (schema 0007, ``usable``): the whole weeks
    inside the days' span are read from them, less the marks of their days
    that are not among ``days`` (a weekend, a holiday). A week at either end
    that the days cover in part is read the way that touches fewer rows
    (the kept day counts say how many marks each day has): its days among
    ``days`` from the raw rows, or its kept counts less the raw marks of its
    other days (e.g. a window beginning on a Tuesday: the week less Monday,
    one day read instead of four).
    """
    wanted = sorted(set(days))
    first, last = wanted[0], wanted[-1]
    sections = list(section_ids)
    conn = session.connection().connection.dbapi_connection  # type: ignore[union-attr]

    def marks(on_days: list[dt.date], sign: int) -> tuple[str, list]:
        return (f"SELECT student_id, section_id, code, {sign} AS n FROM attendance_marks "
                f"WHERE period = 0 AND deleted = 0 AND section_id IN ({','.join('?' * len(sections))}) "
                f"AND date IN ({','.join('?' * len(on_days))})", [*sections, *(d.isoformat() for d in on_days)])

    weeks: list[dt.date] = []
    add: list[dt.date] = []
    take: list[dt.date] = []
    if not usable:
        add = wanted
    else:
        inside = set(wanted)
        head, tail = aggregates.week_of(first), aggregates.week_of(last)
        per_day: dict[str, int] = {}
        if head < first or tail + dt.timedelta(days=6) > last:  # an end week covered in part
            per_day = dict(conn.execute(  # type: ignore[union-attr]
                "SELECT date, sum(marks) FROM agg_attendance_days WHERE by_period = 0 "
                "AND ((date >= ? AND date <= ?) OR (date >= ? AND date <= ?)) GROUP BY date",
                [head.isoformat(), (head + dt.timedelta(days=6)).isoformat(), tail.isoformat(),
                 (tail + dt.timedelta(days=6)).isoformat()]).fetchall())
        monday = head
        while monday <= tail:
            week = [monday + dt.timedelta(days=i) for i in range(7)]
            ins = [d for d in week if d in inside]
            outs = [d for d in week if d not in inside]
            if first <= week[0] and week[-1] <= last:
                weeks.append(monday)  # a whole week: its kept counts, less its days not among ``days``
                take += outs
            else:
                count = [per_day.get(d.isoformat(), 0) for d in week]
                raw_inside = sum(c for d, c in zip(week, count) if d in inside)
                kept_less_outside = max(count) + sum(c for d, c in zip(week, count) if d not in inside)
                if kept_less_outside < raw_inside:
                    weeks.append(monday)
                    take += outs
                else:
                    add += ins
            monday += dt.timedelta(days=7)
    parts = []
    if weeks:
        parts.append((f"SELECT student_id, section_id, code, marks AS n FROM agg_attendance_weeks "
                      f"WHERE week IN ({','.join('?' * len(weeks))}) "
                      f"AND section_id IN ({','.join('?' * len(sections))})",
                      [*(w.isoformat() for w in weeks), *sections]))
    if add:
        parts.append(marks(add, 1))
    if take:
        parts.append(marks(take, -1))
    if not parts:
        return []
    sql = ("SELECT student_id, section_id, code, sum(n) FROM (" + " UNION ALL ".join(p[0] for p in parts)
           + ") GROUP BY student_id, section_id, code HAVING sum(n) > 0")
    params = [v for p in parts for v in p[1]]
    return conn.execute(sql, params).fetchall()  # type: ignore[union-attr]


# --------------------------------------------------------------------------
# A student's history
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class HistoryEntry:
    day: dt.date
    period: int
    code: str
    label: str
    kind: str
    note: str
    section: str
    marked_by: str


@dataclass(frozen=True)
class StudentHistory:
    student_id: str
    name: str
    admission_no: str
    entries: tuple[HistoryEntry, ...]  # newest first
    totals: dict[str, int]  # kind → number of marks
    rate: float | None  # over the school days in the history (attendance_rate)
    days_counted: int


def student_history(session: Session, student_id: str, start: dt.date | None = None,
                    end: dt.date | None = None) -> StudentHistory:
    """Every mark of a student (optionally between two days), newest first, with totals and the rate."""
    student = session.get(Student, student_id)
    if student is None:
        raise ServiceError(QT_TRANSLATE_NOOP("services.registers", "This student is not on this computer."))
    codes = {c.code: c for c in session.execute(select(AttendanceCode)).scalars()}
    sections = {s.id: s.name for s in session.execute(select(Section)).scalars()}
    users = {u.id: u.full_name for u in session.execute(select(User)).scalars()}
    query = select(AttendanceMark).where(AttendanceMark.student_id == student_id, AttendanceMark.deleted.is_(False))
    if start is not None:
        query = query.where(AttendanceMark.date >= start)
    if end is not None:
        query = query.where(AttendanceMark.date <= end)
    marks = session.execute(query.order_by(AttendanceMark.date.desc(), AttendanceMark.period)).scalars().all()
    entries = []
    totals: dict[str, int] = defaultdict(int)
    for m in marks:
        code = codes.get(m.code)
        kind = code.kind if code else "present"
        totals[kind] += 1
        entries.append(HistoryEntry(m.date, m.period, m.code, code.label if code else m.code, kind, m.note,
                                    sections.get(m.section_id, ""), users.get(m.marked_by or "", "")))
    days = sorted({m.date for m in marks})
    values = _day_values(session, [student_id], days).get(student_id, {})
    return StudentHistory(student.id, student.full_name, student.admission_no, tuple(entries), dict(totals),
                          attendance_rate(v for v, _codes in values.values()), len(values))


# --------------------------------------------------------------------------
# A section's monthly register
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class RegisterRow:
    student_id: str
    roll_no: int
    name: str
    cells: tuple[str, ...]  # one per day of the register: the code ("" not marked, "·" not enrolled)
    present: float  # sum of day values
    absent: int  # days whose value is 0
    late: int
    days_counted: int
    rate: float | None


@dataclass(frozen=True)
class MonthlyRegister:
    school_name: str
    section_id: str
    section_name: str
    year: int
    month: int
    days: tuple[dt.date, ...]  # the school days of the month
    rows: tuple[RegisterRow, ...]
    section_rate: float | None  # every counted student-day of the month
    codes: tuple[tuple[str, str], ...]  # (code, label) legend
    mode: str
    daily_totals: tuple[int, ...] = field(default=())  # students present (value ≥ ½) per day
    absent_codes: tuple[str, ...] = field(default=())  # codes of the kind absent (drawn in red)


def monthly_register(session: Session, section_id: str, year: int, month: int) -> MonthlyRegister:
    """The classic register: the section's students × the month's school days, with codes and totals.

    In period mode a day's cell is its roll-up (:func:`day_status`): the
    school's present code, "½", or its absent code.
    """
    section = session.get(Section, section_id)
    if section is None:
        raise ServiceError(QT_TRANSLATE_NOOP("services.registers", "This class does not exist on this device."))
    school = current_school(session)
    first = dt.date(year, month, 1)
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    days = school_days(session, first, last)
    enrollments = session.execute(
        select(Enrollment.student_id, Enrollment.roll_no, Enrollment.starts_on, Enrollment.ends_on, Student.full_name)
        .join(Student, Student.id == Enrollment.student_id)
        .where(Enrollment.section_id == section_id, Enrollment.deleted.is_(False), Student.deleted.is_(False),
               Enrollment.starts_on <= last, (Enrollment.ends_on.is_(None)) | (Enrollment.ends_on >= first))
        .order_by(Enrollment.roll_no)
    ).all()
    codes = session.execute(
        select(AttendanceCode).where(AttendanceCode.deleted.is_(False)).order_by(AttendanceCode.sort_order)
    ).scalars().all()
    kinds = {c.code: c.kind for c in codes}
    present_code = next((c.code for c in codes if c.kind == "present"), "P")
    absent_code = next((c.code for c in codes if c.kind == "absent"), "A")
    values = _day_values(session, [e.student_id for e in enrollments], days, section_id)
    rows = []
    all_values: list[float] = []
    daily = [0] * len(days)
    for e in enrollments:
        mine = values.get(e.student_id, {})
        cells = []
        late = absent = 0
        counted: list[float] = []
        for i, day in enumerate(days):
            if day < e.starts_on or (e.ends_on is not None and day > e.ends_on):
                cells.append("·")
                continue
            if day not in mine:
                cells.append("")
                continue
            value, day_codes = mine[day]
            counted.append(value)
            if value >= 0.5:
                daily[i] += 1
            if len(day_codes) == 1:
                cells.append(day_codes[0])
            else:
                cells.append(present_code if value == 1 else "½" if value == 0.5 else absent_code)
            late += int(any(kinds.get(c) == "late" for c in day_codes))
            absent += int(value == 0)
        all_values += counted
        rows.append(RegisterRow(e.student_id, e.roll_no, e.full_name, tuple(cells), sum(counted), absent, late,
                                len(counted), attendance_rate(counted)))
    return MonthlyRegister(
        school_name=school.name, section_id=section_id, section_name=section.name, year=year, month=month,
        days=tuple(days), rows=tuple(rows), section_rate=attendance_rate(all_values),
        codes=tuple((c.code, c.label) for c in codes), mode=school.attendance_mode, daily_totals=tuple(daily),
        absent_codes=tuple(c.code for c in codes if c.kind == "absent"),
    )


# --------------------------------------------------------------------------
# Rates and chronic absentees
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class StudentRate:
    student_id: str
    name: str
    section_id: str
    section_name: str
    roll_no: int
    days_counted: int
    days_absent: float  # days counted minus the sum of their values
    rate: float | None


@dataclass(frozen=True)
class SectionRate:
    section_id: str
    name: str
    students: int
    rate: float | None


@dataclass(frozen=True)
class AttendanceRates:
    """Rates over the last school days up to a day, and who is below the school's threshold."""

    until: dt.date
    days: tuple[dt.date, ...]
    threshold: int  # percent (the school's chronic_absence_percent)
    students: tuple[StudentRate, ...]
    sections: tuple[SectionRate, ...]

    @property
    def chronic(self) -> tuple[StudentRate, ...]:
        """Chronic absentees: a rate below the threshold, lowest first."""
        low = [s for s in self.students if s.rate is not None and s.rate < self.threshold]
        return tuple(sorted(low, key=lambda s: (s.rate, s.section_name, s.roll_no)))


def teacher_sections(session: Session, actor: Actor) -> list[str]:
    """The sections a teacher keeps registers of: homeroom, and any they teach on some day."""
    from app.storage.models import TeachingAssignment

    taught = session.execute(
        select(TeachingAssignment.section_id).where(
            TeachingAssignment.teacher_id == actor.user_id, TeachingAssignment.deleted.is_(False))
    ).scalars()
    homeroom = session.execute(
        select(Section.id).where(Section.homeroom_teacher_id == actor.user_id, Section.deleted.is_(False))
    ).scalars()
    return sorted(set(taught) | set(homeroom))


def attendance_rates(session: Session, actor: Actor | None = None, until: dt.date | None = None,
                     window: int = CHRONIC_WINDOW_DAYS, section_ids: Iterable[str] | None = None) -> AttendanceRates:
    """Each student's and section's rate over the last ``window`` school days up to ``until``.

    A teacher sees their own sections (homeroom and timetable); the principal
    and the office see every section. The threshold is the school's
    ``chronic_absence_percent`` (90 % unless the school says otherwise).
    """
    rows = rate_rows(session, actor, until, window, section_ids)
    return AttendanceRates(rows.until, rows.days, rows.threshold,
                           tuple(StudentRate(*row) for row in rows.students), rows.sections)


@dataclass(frozen=True)
class RateRows:
    """:func:`attendance_rates`' figures with each student's as a plain tuple, in :class:`StudentRate`'s
    field order (what a reader of 2,000 students that needs a few of them uses: no object per student)."""

    until: dt.date
    days: tuple[dt.date, ...]
    threshold: int
    students: tuple[tuple, ...]  # (student_id, name, section_id, section_name, roll_no, days_counted,
    #                               days_absent, rate)
    sections: tuple[SectionRate, ...]

    def chronic(self) -> list[tuple]:
        """:attr:`AttendanceRates.chronic`, as tuples: a rate below the threshold, lowest first."""
        low = [s for s in self.students if s[7] is not None and s[7] < self.threshold]
        return sorted(low, key=lambda s: (s[7], s[3], s[4]))


def rate_rows(session: Session, actor: Actor | None = None, until: dt.date | None = None,
              window: int = CHRONIC_WINDOW_DAYS, section_ids: Iterable[str] | None = None,
              days: Sequence[dt.date] | None = None) -> RateRows:
    """:func:`attendance_rates` (the same rule and figures), each student's rate a tuple; ``days``: the
    last ``window`` school days up to ``until`` when the caller has them already."""
    from app.services.attendance import roll_call_sections

    school = current_school(session)
    until = until or school_today(session)
    days = list(days) if days is not None else last_school_days(session, window, until)
    if section_ids is None:
        section_ids = teacher_sections(session, actor) if actor is not None and actor.role == "teacher" else [
            c.section_id for c in roll_call_sections(session, Actor(None, "principal", "", ""), until)]
    section_ids = list(section_ids)
    sections = {sid: (name, grade) for sid, name, grade in session.connection().execute(
        select(Section.id, Section.name, Section.grade_level).where(Section.id.in_(section_ids)))}
    # Two queries for the whole school: who is enrolled on ``until``, and the window's marks.
    rosters: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    if section_ids and days:
        for section_id, roll, student_id, name in session.connection().execute(  # Core rows: ~2,000 of them
            select(Enrollment.section_id, Enrollment.roll_no, Student.id, Student.full_name)
            .join(Student, Student.id == Enrollment.student_id)
            .where(Enrollment.section_id.in_(section_ids), Enrollment.deleted.is_(False),
                   Student.deleted.is_(False), Enrollment.starts_on <= until,
                   (Enrollment.ends_on.is_(None)) | (Enrollment.ends_on >= until))
            .order_by(Enrollment.roll_no)
        ):
            rosters[section_id].append((roll, student_id, name))
    sums = _section_sums(session, section_ids, days)
    none = (0, 0)
    students: list[tuple] = []
    section_rates: list[SectionRate] = []
    for sid in section_ids:
        section = sections.get(sid)
        if section is None:
            continue
        section_name = section[0]
        pooled_n, pooled_total = 0, 0.0
        roster = rosters.get(sid, [])
        for roll, student_id, name in roster:
            n, total = sums.get((student_id, sid), none)
            pooled_n += n
            pooled_total += total
            students.append((student_id, name, sid, section_name, roll, n, n - total, rate_of(total, n)))
        section_rates.append(SectionRate(sid, section_name, len(roster), rate_of(pooled_total, pooled_n)))
    section_rates.sort(key=lambda s: (sections[s.section_id][1], s.name))
    return RateRows(until, tuple(days), int(school.chronic_absence_percent or 90), tuple(students),
                    tuple(section_rates))
