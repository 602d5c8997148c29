"""Attendance: the roll call, its rules, and how a day is counted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services import clock, outbox
from app.services.clock import clock_offset, corrected_now, school_today
from app.services.context import QT_TRANSLATE_NOOP, Actor, Sentence, ServiceError
from app.storage.models import AttendanceCode, AttendanceMark, Enrollment, School, Section, Student, Term


@dataclass(frozen=True)
class MarkEntry:
    code: str
    note: str = ""


@dataclass(frozen=True)
class RollCallSaved:
    saved: int  # marks created or changed
    unchanged: int
    kept_office_codes: tuple[str, ...]  # students whose office code a teacher could not overwrite


def attendance_codes(session: Session) -> dict[str, AttendanceCode]:
    rows = session.execute(
        select(AttendanceCode).where(AttendanceCode.deleted.is_(False)).order_by(AttendanceCode.sort_order)
    ).scalars()
    return {c.code: c for c in rows}


def section_roster(session: Session, section_id: str, on: dt.date) -> list[tuple[int, Student]]:
    """The students enrolled in a section on a day, by roll number."""
    rows = session.execute(
        select(Enrollment.roll_no, Student)
        .join(Student, Student.id == Enrollment.student_id)
        .where(
            Enrollment.section_id == section_id,
            Enrollment.deleted.is_(False),
            Student.deleted.is_(False),
            Enrollment.starts_on <= on,
            (Enrollment.ends_on.is_(None)) | (Enrollment.ends_on >= on),
        )
        .order_by(Enrollment.roll_no)
    ).all()
    return [(roll, student) for roll, student in rows]


def check_edit_window(session: Session, actor: Actor, on: dt.date) -> None:
    """A teacher may change attendance only within the school's edit window (:func:`edit_window_refusal`)."""
    school = session.execute(select(School)).scalars().first()
    refusal = edit_window_refusal(actor, on, school_today(session),
                                  school.attendance_edit_days if school is not None else None)
    if refusal is not None:
        raise refusal


def edit_window_refusal(actor: Actor, on: dt.date, today: dt.date, edit_days: int | None) -> ServiceError | None:
    """The edit window's rule: nobody marks a future day; a teacher changes up to ``edit_days`` days back.

    ``today`` is the school's (:func:`app.services.clock.school_today`); ``edit_days`` the school's
    ``attendance_edit_days`` (None: no school yet, no window). None when the change is allowed.
    """
    if on > today:
        return ServiceError(
            QT_TRANSLATE_NOOP("services.attendance", "Attendance cannot be taken for a future day ({on})."),
            on=on)
    if edit_days is None or actor.sees_whole_school:
        return None
    if (today - on).days > edit_days:
        return ServiceError(
            QT_TRANSLATE_NOOP("services.attendance", "Attendance for {on} can no longer be changed: the school "
                              "allows changes for {attendance_edit_days} days. Ask the principal to change it."),
            on=on, attendance_edit_days=edit_days)
    return None


def mark_attendance(
    session: Session,
    actor: Actor,
    section_id: str,
    on: dt.date,
    marks: Mapping[str, MarkEntry],
    period: int = 0,
) -> RollCallSaved:
    """Save a roll call: one mark per student for ``on`` and ``period`` (0 = the day).

    Creates or changes marks and queues each change in the outbox, in the
    caller's transaction. Office-only codes (e.g. excused with a note) cannot
    be set by a teacher, and a teacher's mark does not overwrite one.
    """
    if session.get(Section, section_id) is None:
        raise ServiceError(QT_TRANSLATE_NOOP("services.attendance", "This class does not exist on this device."))
    check_edit_window(session, actor, on)
    codes = attendance_codes(session)
    saved, _live = _write_marks(session, actor, section_id, on, marks, period, codes)
    return saved


def _write_marks(
    session: Session,
    actor: Actor,
    section_id: str,
    on: dt.date,
    marks: Mapping[str, MarkEntry],
    period: int,
    codes: dict[str, AttendanceCode],
) -> tuple[RollCallSaved, set[str]]:
    """The writing half of :func:`mark_attendance`, after the edit window is checked.

    Returns what was saved and the students with a live mark for the day
    and period afterwards.
    """
    for student_id, entry in marks.items():
        code = codes.get(entry.code)
        if code is None:
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.attendance", "'{code}' is not one of the school's attendance codes."),
                code=entry.code)
        if code.office_only and not actor.is_office:
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.attendance", "Only the office can mark '{label}' ({code})."),
                label=code.label, code=code.code)

    existing = {
        m.student_id: m
        for m in session.execute(
            select(AttendanceMark).where(
                AttendanceMark.section_id == section_id,
                AttendanceMark.date == on,
                AttendanceMark.period == period,
            )
        ).scalars()
    }
    now = corrected_now(session)
    saved = unchanged = 0
    kept: list[str] = []
    new_marks: list[dict] = []
    for student_id, entry in marks.items():
        mark = existing.get(student_id)
        if mark is None:
            new_marks.append({
                "school_id": actor.school_id, "student_id": student_id, "section_id": section_id, "date": on,
                "period": period, "code": entry.code, "note": entry.note, "marked_by": actor.user_id,
                "marked_at": now, "device_id": actor.device_id,
            })
            saved += 1
            continue
        if mark.code == entry.code and mark.note == entry.note and not mark.deleted:
            unchanged += 1
            continue
        current = codes.get(mark.code)
        if current is not None and current.office_only and not actor.is_office:
            kept.append(student_id)
            continue
        outbox.update(
            session,
            actor,
            mark,
            code=entry.code,
            note=entry.note,
            marked_by=actor.user_id,
            marked_at=now,
            device_id=actor.device_id,
            deleted=False,
        )
        saved += 1
    # The new marks and their outbox entries: two executemany INSERTs (Core), not an ORM flush of forty objects.
    outbox.insert_values(session, actor, AttendanceMark, new_marks, now)
    live = {sid for sid, m in existing.items() if not m.deleted} | set(marks)
    return RollCallSaved(saved=saved, unchanged=unchanged, kept_office_codes=tuple(kept)), live


def day_status(period_kinds: list[str]) -> float:
    """How much of a day a student was present, from their marks' kinds.

    The written rule: a daily mark counts 1 for present, late or excused, 0.5
    for a half day and 0 for absent. With per-period marks, the day counts 1
    when the student was present in at least half the periods marked, 0.5
    when in at least a quarter, and 0 otherwise.
    """
    if not period_kinds:
        return 0.0
    weights = {"present": 1.0, "late": 1.0, "excused": 1.0, "half_day": 0.5, "absent": 0.0}
    if len(period_kinds) == 1:
        return weights.get(period_kinds[0], 0.0)
    share = sum(weights.get(k, 0.0) for k in period_kinds) / len(period_kinds)
    if share >= 0.5:
        return 1.0
    if share >= 0.25:
        return 0.5
    return 0.0


# --------------------------------------------------------------------------
# The roll call as a teacher takes it: which sections, which day, the roster
# with its marks, and saving it with every rule of the school checked.
# --------------------------------------------------------------------------

# Sync state of one mark, as the roll call shows it.
SYNC_NEW = "new"  # not saved yet on this computer
SYNC_WAITING = "waiting"  # saved here, an outbox entry is waiting for the server
SYNC_SYNCED = "synced"  # the server has it
SYNC_CONFLICT = "conflict"  # the server kept another mark, or refused this one


@dataclass(frozen=True)
class SectionChoice:
    """A section the person may take the roll call of, on a day."""

    section_id: str
    name: str
    grade_level: int
    why: str  # homeroom | timetable | school (principal and office: any section)
    periods: tuple[int, ...] = ()  # the periods the teacher has it on that day (period mode)


@dataclass(frozen=True)
class CodeChoice:
    code: str
    label: str
    kind: str
    office_only: bool
    allowed: bool  # may this person set it


@dataclass(frozen=True)
class RosterLine:
    student_id: str
    roll_no: int
    name: str
    admission_no: str
    code: str | None  # the saved mark's code, None when not marked yet
    note: str
    mark_id: str | None
    sync_state: str
    office_locked: bool  # an office code a teacher may not change
    alert: str = ""  # the day's guardian alert: "" (none), queued, cancelled, sent or failed
    alert_channel: str = ""  # sms | email


@dataclass(frozen=True)
class RollCall:
    """One section's roll call for a day (and a period, in period mode)."""

    section_id: str
    section_name: str
    day: dt.date
    period: int
    mode: str  # daily | period
    periods_per_day: int
    lines: tuple[RosterLine, ...]
    codes: tuple[CodeChoice, ...]
    default_code: str  # what "present" is in this school
    editable: bool
    reason: str  # why not editable ("" when editable)

    @property
    def taken(self) -> bool:
        return any(line.code is not None for line in self.lines)


@dataclass(frozen=True)
class RollCallResult:
    """What saving a roll call did, for the person to read."""

    saved: int
    unchanged: int
    kept_office_codes: tuple[str, ...]  # names
    not_marked: tuple[str, ...]  # names of enrolled students the roll call did not include
    alerts_queued: int
    alerts_cancelled: int
    no_guardian_contact: tuple[str, ...]  # absent, but no phone or e-mail to alert


def current_school(session: Session) -> School:
    school = session.execute(select(School).where(School.deleted.is_(False))).scalars().first()
    if school is None:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.attendance", "This school file has no school in it yet; sign in to "
                              "download it."))
    return school


@dataclass(frozen=True)
class SchoolClock:
    """The school's wall clock as this computer knows it: the school's time zone and the offset of the
    server's clock, read once (in the background), so the time can then be asked on the UI thread."""

    time_zone: str = "UTC"
    offset: dt.timedelta = dt.timedelta(0)

    def now(self) -> dt.datetime:
        """The time at the school now (naive), clock-corrected; its date is :func:`school_today`'s."""
        try:
            zone: dt.tzinfo = ZoneInfo(self.time_zone)
        except (ZoneInfoNotFoundError, ValueError):
            zone = dt.UTC
        utc = (clock.device_now() + self.offset).replace(tzinfo=dt.UTC)
        return utc.astimezone(zone).replace(tzinfo=None)


def school_clock(session: Session) -> SchoolClock:
    school = session.execute(select(School).where(School.deleted.is_(False))).scalars().first()
    return SchoolClock(school.time_zone if school is not None else "UTC", clock_offset(session))


def roll_call_reminder_due(now: dt.datetime, day: dt.date, remind_at: dt.time) -> bool:
    """Whether the reminder of sections with no roll call on ``day`` is due at ``now`` (the school's time).

    ``remind_at`` is this computer's setting (:func:`app.config.roll_call_reminder`); the time is the
    school's (its time zone, clock-corrected: :meth:`SchoolClock.now`), not this computer's clock.
    """
    return now.date() == day and now.time() >= remind_at


# The days of the week in words (Monday first, as ``date.weekday()``), marked for translation.
WEEKDAYS = (
    QT_TRANSLATE_NOOP("services.attendance", "Monday"), QT_TRANSLATE_NOOP("services.attendance", "Tuesday"),
    QT_TRANSLATE_NOOP("services.attendance", "Wednesday"), QT_TRANSLATE_NOOP("services.attendance", "Thursday"),
    QT_TRANSLATE_NOOP("services.attendance", "Friday"), QT_TRANSLATE_NOOP("services.attendance", "Saturday"),
    QT_TRANSLATE_NOOP("services.attendance", "Sunday"),
)


def check_school_day(session: Session, on: dt.date) -> None:
    """Refuse a day with no school: a holiday or closed day of the calendar, a weekend, outside the year.

    The reason is a sentence for the person (:func:`school_day_refusal`). The
    server refuses holidays and closed days by the same calendar (``server.engine``).
    """
    from app.storage.models import AcademicYear, CalendarDay

    school = current_school(session)
    closed = session.execute(
        select(CalendarDay).where(CalendarDay.date == on, CalendarDay.deleted.is_(False))
    ).scalars().first()
    terms = session.execute(select(Term).where(Term.deleted.is_(False))).scalars().all()
    years = () if terms or closed is not None else session.execute(
        select(AcademicYear).where(AcademicYear.deleted.is_(False))).scalars().all()
    refusal = school_day_refusal(on, school.weekend_days, closed, terms, years)
    if refusal is not None:
        raise refusal


def why_no_roll_call(session: Session, on: dt.date) -> Sentence | None:
    """Why ``on`` has no roll call (a holiday, a weekend day, outside the terms: :func:`check_school_day`'s
    reason), or None on a school day."""
    try:
        check_school_day(session, on)
    except ServiceError as exc:
        return exc.sentence
    return None


def school_day_refusal(on: dt.date, weekend_days: Sequence[int] | None, closed, terms: Sequence,  # noqa: ANN001
                       years: Sequence) -> ServiceError | None:
    """The rule of school days: why ``on`` has no roll call, or None when it is a school day.

    ``closed``: the calendar's holiday or closed day on ``on`` (``kind``,
    ``name``), or None; ``terms`` and ``years``: the school's (anything with
    ``starts_on`` and ``ends_on``; the years count only when there is no term).
    """
    if closed is not None:
        what = QT_TRANSLATE_NOOP("services.attendance", "a holiday") if closed.kind == "holiday" \
            else QT_TRANSLATE_NOOP("services.attendance", "a day the school is closed")
        if closed.name:
            return ServiceError(
                QT_TRANSLATE_NOOP("services.attendance", "{on} is {what} ({name}): no roll call is taken."),
                on=on, what=what, name=closed.name)
        return ServiceError(QT_TRANSLATE_NOOP("services.attendance", "{on} is {what}: no roll call is taken."),
                            on=on, what=what)
    if on.weekday() in set(weekend_days or []):
        return ServiceError(
            QT_TRANSLATE_NOOP("services.attendance", "{weekday} {on} is a weekend day at this school: no roll "
                              "call is taken."),
            weekday=WEEKDAYS[on.weekday()], on=on)
    if terms:
        if not any(t.starts_on <= on <= t.ends_on for t in terms):
            return ServiceError(
                QT_TRANSLATE_NOOP("services.attendance", "{on} is outside every term of the school: no roll call "
                                  "is taken."),
                on=on)
        return None
    if years and not any(y.starts_on <= on <= y.ends_on for y in years):
        return ServiceError(
            QT_TRANSLATE_NOOP("services.attendance", "{on} is outside the school year: no roll call is taken."),
            on=on)
    return None


def day_problem(session: Session, actor: Actor, on: dt.date) -> str:
    """Why a roll call cannot be taken or changed on ``on`` by this person ("" when it can)."""
    try:
        check_school_day(session, on)
        check_edit_window(session, actor, on)
    except ServiceError as exc:
        return exc.sentence  # English as a str; the UI translates it
    return ""


def roll_call_sections(session: Session, actor: Actor, on: dt.date) -> list[SectionChoice]:
    """The sections whose roll call this person takes on ``on``.

    A teacher: the sections they are homeroom teacher of, and those their
    timetabled assignments put them in on that weekday. The principal and the
    office: every section of the school year of that day.
    """
    from app.storage.models import AcademicYear, TeachingAssignment

    years = session.execute(select(AcademicYear).where(AcademicYear.deleted.is_(False))).scalars().all()
    sections = session.execute(
        select(Section).where(Section.deleted.is_(False)).order_by(Section.grade_level, Section.name)
    ).scalars().all()
    assignments = session.execute(
        select(TeachingAssignment).where(
            TeachingAssignment.teacher_id == actor.user_id, TeachingAssignment.deleted.is_(False)
        )
    ).scalars().all() if actor.role == "teacher" else ()
    return choose_sections(actor, on, years, sections, assignments)


def choose_sections(actor: Actor, on: dt.date, years: Sequence, sections: Sequence,
                    assignments: Sequence) -> list[SectionChoice]:
    """:func:`roll_call_sections`' rule, on what it read: the school's years and sections (by grade and name)
    and the teacher's teaching assignments (anything with those rows' attributes)."""
    year_ids = {y.id for y in years if y.starts_on <= on <= y.ends_on} or {y.id for y in years if y.current}
    sections = [s for s in sections if not year_ids or s.academic_year_id in year_ids]
    if actor.role != "teacher":
        return [SectionChoice(s.id, s.name, s.grade_level, "school") for s in sections]
    weekday = on.weekday()
    periods: dict[str, set[int]] = {}
    for a in assignments:
        if weekday in (a.weekdays or []):
            periods.setdefault(a.section_id, set()).update(int(p) for p in (a.periods or []))
    chosen = []
    for s in sections:
        if s.homeroom_teacher_id == actor.user_id:
            chosen.append(SectionChoice(s.id, s.name, s.grade_level, "homeroom", tuple(sorted(periods.get(s.id, ())))))
        elif s.id in periods:
            chosen.append(SectionChoice(s.id, s.name, s.grade_level, "timetable", tuple(sorted(periods[s.id]))))
    return chosen


def sections_not_registered(session: Session, actor: Actor, on: dt.date,
                            choices: Sequence[SectionChoice] | None = None) -> list[SectionChoice]:
    """Sections with no roll call on ``on`` (a teacher: their own; principal and office: all).

    A section counts as registered when any of its students has a mark that
    day, in any period (the same rule as the Today screen). ``choices``: the
    person's :func:`roll_call_sections` of that day, when the caller has them.
    """
    if day_problem(session, Actor(actor.user_id, "principal", actor.device_id, actor.school_id), on):
        return []  # no school that day: nothing is missing
    if choices is None:
        choices = roll_call_sections(session, actor, on)
    taken = set(
        session.execute(
            select(AttendanceMark.section_id)
            .where(AttendanceMark.date == on, AttendanceMark.deleted.is_(False))
            .distinct()
        ).scalars()
    )
    return [c for c in choices if c.section_id not in taken]


def load_roll_call(session: Session, actor: Actor, section_id: str, on: dt.date, period: int = 0) -> RollCall:
    """The roster of a section on a day with its saved marks and their sync state."""
    conn = session.connection()
    section = conn.execute(_READ.section, {"section": section_id}).first()
    if section is None or section.deleted:
        raise ServiceError(QT_TRANSLATE_NOOP("services.attendance", "This class does not exist on this device."))
    school = current_school(session)
    return _roll_call(conn, actor, section_id, section.name, on, period, school.attendance_mode,
                      school.periods_per_day, day_problem(session, actor, on))


class _ReadStatements:
    """The roll call screen's read, as Core statements made once (columns, not ORM objects: a screen's read
    is a dozen small queries, and building and loading ORM rows was most of its time)."""

    def __init__(self) -> None:
        from sqlalchemy import bindparam, literal, union_all

        from app.storage.models import (
            AcademicYear,
            CalendarDay,
            Conflict,
            GuardianAlert,
            OutboxEntry,
            RejectedChange,
            SyncMeta,
            TeachingAssignment,
        )

        schools, sections, years = School.__table__, Section.__table__, AcademicYear.__table__
        terms, calendar, codes = Term.__table__, CalendarDay.__table__, AttendanceCode.__table__
        enrollments, students, marks = Enrollment.__table__, Student.__table__, AttendanceMark.__table__
        on = bindparam("on", type_=AttendanceMark.__table__.c.date.type)
        self.school = select(schools.c.time_zone, schools.c.attendance_mode, schools.c.periods_per_day,
                             schools.c.attendance_edit_days, schools.c.weekend_days) \
            .where(schools.c.deleted.is_(False)).limit(1)
        self.offset = select(SyncMeta.__table__.c.value).where(SyncMeta.__table__.c.key == clock.CLOCK_OFFSET_KEY)
        self.years = select(years.c.id, years.c.starts_on, years.c.ends_on, years.c.current) \
            .where(years.c.deleted.is_(False))
        self.sections = select(sections.c.id, sections.c.name, sections.c.grade_level,
                               sections.c.academic_year_id, sections.c.homeroom_teacher_id) \
            .where(sections.c.deleted.is_(False)).order_by(sections.c.grade_level, sections.c.name)
        self.section = select(sections.c.name, sections.c.deleted).where(sections.c.id == bindparam("section"))
        assignments = TeachingAssignment.__table__
        self.assignments = select(assignments.c.section_id, assignments.c.weekdays, assignments.c.periods) \
            .where(assignments.c.teacher_id == bindparam("teacher"), assignments.c.deleted.is_(False))
        self.closed = select(calendar.c.kind, calendar.c.name) \
            .where(calendar.c.date == on, calendar.c.deleted.is_(False)).limit(1)
        self.terms = select(terms.c.starts_on, terms.c.ends_on).where(terms.c.deleted.is_(False))
        self.taken = select(marks.c.section_id).where(marks.c.date == on, marks.c.deleted.is_(False)).distinct()
        self.codes = select(codes.c.code, codes.c.label, codes.c.kind, codes.c.office_only) \
            .where(codes.c.deleted.is_(False)).order_by(codes.c.sort_order)
        section = bindparam("section")
        self.roster = (
            select(enrollments.c.roll_no, students.c.id, students.c.full_name, students.c.admission_no)
            .join_from(enrollments, students, students.c.id == enrollments.c.student_id)
            .where(enrollments.c.section_id == section, enrollments.c.deleted.is_(False),
                   students.c.deleted.is_(False), enrollments.c.starts_on <= on,
                   (enrollments.c.ends_on.is_(None)) | (enrollments.c.ends_on >= on))
            .order_by(enrollments.c.roll_no)
        )
        self.marks = select(marks.c.id, marks.c.student_id, marks.c.code, marks.c.note).where(
            marks.c.section_id == section, marks.c.date == on, marks.c.period == bindparam("period"),
            marks.c.deleted.is_(False))
        # The marks' sync state in one query: waiting in the outbox; else in conflict, or refused by the
        # server and not acknowledged; else synced.
        ids = bindparam("ids", expanding=True)
        outbox, conflicts, rejected = OutboxEntry.__table__, Conflict.__table__, RejectedChange.__table__
        self.states = union_all(
            select(literal(SYNC_WAITING).label("state"), outbox.c.row_id)
            .where(outbox.c.entity == "attendance_marks", outbox.c.row_id.in_(ids)),
            select(literal(SYNC_CONFLICT).label("state"), conflicts.c.row_id)
            .where(conflicts.c.entity == "attendance_marks", conflicts.c.row_id.in_(ids),
                   conflicts.c.resolved_at.is_(None)),
            select(literal(SYNC_CONFLICT).label("state"), rejected.c.row_id)
            .where(rejected.c.entity == "attendance_marks", rejected.c.row_id.in_(ids),
                   rejected.c.acknowledged.is_(False)),
        )
        alerts = GuardianAlert.__table__
        self.alerts = select(alerts.c.student_id, alerts.c.status, alerts.c.channel) \
            .where(alerts.c.date == on, alerts.c.deleted.is_(False))


_READ = _ReadStatements()


def _roll_call(conn, actor: Actor, section_id: str, section_name: str, on: dt.date, period: int,  # noqa: ANN001
               mode: str, periods_per_day: int | None, reason: str) -> RollCall:
    """One section's roll call: the school's codes, the roster with the saved marks, their sync state and the
    day's guardian alerts (``conn``: the session's connection)."""
    all_codes = {c.code: c for c in conn.execute(_READ.codes)}
    codes = tuple(
        CodeChoice(c.code, c.label, c.kind, c.office_only, actor.is_office or not c.office_only)
        for c in all_codes.values()
    )
    default = next((c.code for c in codes if c.kind == "present" and c.allowed), codes[0].code if codes else "P")
    where = {"section": section_id, "on": on, "period": period}
    roster = conn.execute(_READ.roster, where).all()
    marks = {m.student_id: m for m in conn.execute(_READ.marks, where)}
    states: dict[str, str] = {}
    if marks:
        found = {}
        for state, row_id in conn.execute(_READ.states, {"ids": [m.id for m in marks.values()]}):
            if found.get(row_id) != SYNC_WAITING:  # waiting in the outbox says more than a conflict
                found[row_id] = state
        states = {m.id: found.get(m.id, SYNC_SYNCED) for m in marks.values()}
    alerts = {a.student_id: a for a in conn.execute(_READ.alerts, {"on": on})}
    lines = []
    for roll, student_id, full_name, admission_no in roster:
        mark = marks.get(student_id)
        code = all_codes.get(mark.code) if mark is not None else None
        alert = alerts.get(student_id)
        lines.append(
            RosterLine(
                student_id=student_id,
                roll_no=roll,
                name=full_name,
                admission_no=admission_no,
                code=mark.code if mark is not None else None,
                note=mark.note if mark is not None else "",
                mark_id=mark.id if mark is not None else None,
                sync_state=states.get(mark.id, SYNC_NEW) if mark is not None else SYNC_NEW,
                office_locked=bool(code is not None and code.office_only and not actor.is_office),
                alert=alert.status if alert is not None else "",
                alert_channel=alert.channel if alert is not None else "",
            )
        )
    return RollCall(
        section_id=section_id,
        section_name=section_name,
        day=on,
        period=period,
        mode=mode,
        periods_per_day=max(1, periods_per_day or 1),
        lines=tuple(lines),
        codes=codes,
        default_code=default,
        editable=not reason,
        reason=reason,
    )


@dataclass(frozen=True)
class RollCallScreenRead:
    """What the roll call screen shows, read at once (:func:`read_roll_call_screen`)."""

    day: dt.date
    clock: SchoolClock
    sections: tuple[SectionChoice, ...]
    not_registered: tuple[SectionChoice, ...]
    roll_call: RollCall | None


def read_roll_call_screen(session: Session, actor: Actor, day: dt.date | None, section_id: str | None,
                          period: int | None) -> RollCallScreenRead:
    """The roll call screen's one read: the day (the school's today by default), the person's sections
    (:func:`choose_sections`), those not registered yet (:func:`sections_not_registered`' rule) and one roll
    call (:func:`load_roll_call`'s): ``section_id`` when it is one of theirs, else the first not registered,
    else the first; in period mode ``period``, else the first the teacher has it in.

    The same rules as those functions, on facts read once (the school, the clock, the calendar, the terms):
    a dozen small queries in place of some thirty.
    """
    conn = session.connection()
    school = conn.execute(_READ.school).first()
    now = SchoolClock(school.time_zone if school is not None else "UTC", clock_offset(session))
    today = now.now().date()  # school_today's
    day = day or today
    if school is None:  # a school file not downloaded yet: nothing to take
        return RollCallScreenRead(day, now, (), (), None)
    years = conn.execute(_READ.years).all()
    assignments = conn.execute(_READ.assignments, {"teacher": actor.user_id}).all() if actor.role == "teacher" else ()
    sections = tuple(choose_sections(actor, day, years, conn.execute(_READ.sections).all(), assignments))
    terms = conn.execute(_READ.terms).all()
    no_school = school_day_refusal(day, school.weekend_days, conn.execute(_READ.closed, {"on": day}).first(),
                                   terms, years)
    as_principal = Actor(actor.user_id, "principal", actor.device_id, actor.school_id)
    if no_school is not None or edit_window_refusal(as_principal, day, today, school.attendance_edit_days):
        missing: tuple[SectionChoice, ...] = ()  # no school that day: nothing is missing
    else:
        taken = set(conn.execute(_READ.taken, {"on": day}).scalars())
        missing = tuple(c for c in sections if c.section_id not in taken)
    ids = [s.section_id for s in sections]
    if section_id not in ids:
        section_id = missing[0].section_id if missing else (ids[0] if ids else None)
    if section_id is None:
        return RollCallScreenRead(day, now, sections, missing, None)
    if school.attendance_mode == "period":
        if not period:
            choice = next(s for s in sections if s.section_id == section_id)
            period = choice.periods[0] if choice.periods else 1
    else:
        period = 0
    refusal = no_school or edit_window_refusal(actor, day, today, school.attendance_edit_days)
    reason = refusal.sentence if refusal is not None else ""
    choice = next(s for s in sections if s.section_id == section_id)
    call = _roll_call(conn, actor, section_id, choice.name, day, period, school.attendance_mode,
                      school.periods_per_day, reason)
    return RollCallScreenRead(day, now, sections, missing, call)


def take_roll_call(
    session: Session,
    actor: Actor,
    section_id: str,
    on: dt.date,
    marks: Mapping[str, MarkEntry],
    period: int = 0,
) -> RollCallResult:
    """Save a roll call as a person takes it, with every rule of the school.

    On top of :func:`mark_attendance` (codes, office codes, edit window): the
    day must be a school day (:func:`check_school_day`); every student must be
    enrolled in the section that day (a roster changed by a sync while the
    roll call was open is refused by name, never dropped); a code the school
    has removed is refused by name; in period mode the period must be one of
    the school's. Absence alerts to guardians are queued or cancelled in the
    same transaction (:func:`app.services.alerts.update_absence_alerts`).
    """
    from app.services import alerts

    school = current_school(session)
    check_school_day(session, on)
    check_edit_window(session, actor, on)
    if school.attendance_mode == "period":
        if not 1 <= period <= max(1, school.periods_per_day or 1):
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.attendance", "This school takes attendance by period (1 to "
                                  "{periods_per_day}); choose a period."),
                periods_per_day=school.periods_per_day)
    elif period != 0:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.attendance", "This school takes one roll call a day, not by period."))
    live = attendance_codes(session)
    for entry in marks.values():
        if entry.code not in live:
            removed = session.execute(
                select(AttendanceCode).where(AttendanceCode.code == entry.code)
            ).scalars().first()
            if removed is not None:
                raise ServiceError(
                    QT_TRANSLATE_NOOP("services.attendance", "The school no longer uses the code '{code}' "
                                      "({removed}); choose another code."),
                    code=entry.code, removed=removed.label)
    roster = {st.id: (roll, st) for roll, st in section_roster(session, section_id, on)}
    strangers = [sid for sid in marks if sid not in roster]
    if strangers:
        names = []
        for sid in strangers:
            st = session.get(Student, sid)
            names.append(st.full_name if st is not None else "a student not on this computer")
        section = session.get(Section, section_id)
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.attendance", "Not enrolled in {section} on {on}: {names}. The class list "
                              "has changed; it was read again, check it and save."),
            section=section.name if section else QT_TRANSLATE_NOOP("services.attendance", "this class"), on=on,
            names=", ".join(names))
    if session.get(Section, section_id) is None:
        raise ServiceError(QT_TRANSLATE_NOOP("services.attendance", "This class does not exist on this device."))
    result, marked = _write_marks(session, actor, section_id, on, marks, period, live)
    queued, cancelled, no_contact = alerts.update_absence_alerts(session, actor, section_id, on, list(marks))
    not_marked = [st.full_name for sid, (_roll, st) in sorted(roster.items(), key=lambda kv: kv[1][0])
                  if sid not in marked]
    kept = [roster[sid][1].full_name for sid in result.kept_office_codes if sid in roster]
    return RollCallResult(
        saved=result.saved,
        unchanged=result.unchanged,
        kept_office_codes=tuple(kept),
        not_marked=tuple(not_marked),
        alerts_queued=queued,
        alerts_cancelled=cancelled,
        no_guardian_contact=tuple(no_contact),
    )


def student_day_kinds(session: Session, student_ids: list[str], on: dt.date) -> dict[str, list[str]]:
    """The kinds of each student's marks on a day: one daily mark, or one per period marked."""
    kinds = {c.code: c.kind for c in session.execute(select(AttendanceCode)).scalars()}
    out: dict[str, list[str]] = {sid: [] for sid in student_ids}
    for sid, period, code in session.execute(
        select(AttendanceMark.student_id, AttendanceMark.period, AttendanceMark.code)
        .where(AttendanceMark.date == on, AttendanceMark.student_id.in_(student_ids), AttendanceMark.deleted.is_(False))
        .order_by(AttendanceMark.period)
    ):
        out.setdefault(sid, []).append(kinds.get(code, "present"))
    return out
