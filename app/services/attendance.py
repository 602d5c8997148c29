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
from app.services.context import QT_TRANSLATE_NOOP, Actor, ServiceError
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
    """A teacher may change attendance only within the school's edit window."""
    school = session.execute(select(School)).scalars().first()
    today = school_today(session)
    if on > today:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.attendance", "Attendance cannot be taken for a future day ({on})."),
            on=on)
    if school is None or actor.sees_whole_school:
        return
    if (today - on).days > school.attendance_edit_days:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.attendance", "Attendance for {on} can no longer be changed: the school "
                              "allows changes for {attendance_edit_days} days. Ask the principal to change it."),
            on=on, attendance_edit_days=school.attendance_edit_days)


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

    The reason is a sentence for the person. The server refuses holidays and
    closed days by the same calendar (``server.engine``).
    """
    from app.storage.models import AcademicYear, CalendarDay

    school = current_school(session)
    closed = session.execute(
        select(CalendarDay).where(CalendarDay.date == on, CalendarDay.deleted.is_(False))
    ).scalars().first()
    if closed is not None:
        what = QT_TRANSLATE_NOOP("services.attendance", "a holiday") if closed.kind == "holiday" \
            else QT_TRANSLATE_NOOP("services.attendance", "a day the school is closed")
        if closed.name:
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.attendance", "{on} is {what} ({name}): no roll call is taken."),
                on=on, what=what, name=closed.name)
        raise ServiceError(QT_TRANSLATE_NOOP("services.attendance", "{on} is {what}: no roll call is taken."),
                           on=on, what=what)
    weekend = set(school.weekend_days or [])
    if on.weekday() in weekend:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.attendance", "{weekday} {on} is a weekend day at this school: no roll "
                              "call is taken."),
            weekday=WEEKDAYS[on.weekday()], on=on)
    terms = session.execute(select(Term).where(Term.deleted.is_(False))).scalars().all()
    if terms:
        if not any(t.starts_on <= on <= t.ends_on for t in terms):
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.attendance", "{on} is outside every term of the school: no roll call "
                                  "is taken."),
                on=on)
        return
    years = session.execute(select(AcademicYear).where(AcademicYear.deleted.is_(False))).scalars().all()
    if years and not any(y.starts_on <= on <= y.ends_on for y in years):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.attendance", "{on} is outside the school year: no roll call is taken."),
            on=on)


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
    year_ids = {y.id for y in years if y.starts_on <= on <= y.ends_on} or {y.id for y in years if y.current}
    sections = session.execute(
        select(Section).where(Section.deleted.is_(False)).order_by(Section.grade_level, Section.name)
    ).scalars().all()
    sections = [s for s in sections if not year_ids or s.academic_year_id in year_ids]
    if actor.role != "teacher":
        return [SectionChoice(s.id, s.name, s.grade_level, "school") for s in sections]
    weekday = on.weekday()
    periods: dict[str, set[int]] = {}
    for a in session.execute(
        select(TeachingAssignment).where(
            TeachingAssignment.teacher_id == actor.user_id, TeachingAssignment.deleted.is_(False)
        )
    ).scalars():
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


def _sync_states(session: Session, mark_ids: list[str]) -> dict[str, str]:
    from app.storage.models import Conflict, OutboxEntry, RejectedChange

    if not mark_ids:
        return {}
    waiting = set(
        session.execute(
            select(OutboxEntry.row_id).where(
                OutboxEntry.entity == "attendance_marks", OutboxEntry.row_id.in_(mark_ids)
            )
        ).scalars()
    )
    conflicted = set(
        session.execute(
            select(Conflict.row_id).where(
                Conflict.entity == "attendance_marks", Conflict.row_id.in_(mark_ids), Conflict.resolved_at.is_(None)
            )
        ).scalars()
    ) | set(
        session.execute(
            select(RejectedChange.row_id).where(
                RejectedChange.entity == "attendance_marks",
                RejectedChange.row_id.in_(mark_ids),
                RejectedChange.acknowledged.is_(False),
            )
        ).scalars()
    )
    states = {}
    for mid in mark_ids:
        if mid in waiting:
            states[mid] = SYNC_WAITING
        elif mid in conflicted:
            states[mid] = SYNC_CONFLICT
        else:
            states[mid] = SYNC_SYNCED
    return states


def load_roll_call(session: Session, actor: Actor, section_id: str, on: dt.date, period: int = 0) -> RollCall:
    """The roster of a section on a day with its saved marks and their sync state."""
    section = session.get(Section, section_id)
    if section is None or section.deleted:
        raise ServiceError(QT_TRANSLATE_NOOP("services.attendance", "This class does not exist on this device."))
    school = current_school(session)
    all_codes = attendance_codes(session)
    codes = tuple(
        CodeChoice(c.code, c.label, c.kind, c.office_only, actor.is_office or not c.office_only)
        for c in all_codes.values()
    )
    default = next((c.code for c in codes if c.kind == "present" and c.allowed), codes[0].code if codes else "P")
    roster = section_roster(session, section_id, on)
    marks = {
        m.student_id: m
        for m in session.execute(
            select(AttendanceMark).where(
                AttendanceMark.section_id == section_id,
                AttendanceMark.date == on,
                AttendanceMark.period == period,
                AttendanceMark.deleted.is_(False),
            )
        ).scalars()
    }
    states = _sync_states(session, [m.id for m in marks.values()])
    from app.storage.models import GuardianAlert

    alerts = {
        a.student_id: a
        for a in session.execute(
            select(GuardianAlert).where(GuardianAlert.date == on, GuardianAlert.deleted.is_(False))
        ).scalars()
    }
    lines = []
    for roll, student in roster:
        mark = marks.get(student.id)
        code = all_codes.get(mark.code) if mark is not None else None
        lines.append(
            RosterLine(
                student_id=student.id,
                roll_no=roll,
                name=student.full_name,
                admission_no=student.admission_no,
                code=mark.code if mark is not None else None,
                note=mark.note if mark is not None else "",
                mark_id=mark.id if mark is not None else None,
                sync_state=states.get(mark.id, SYNC_NEW) if mark is not None else SYNC_NEW,
                office_locked=bool(code is not None and code.office_only and not actor.is_office),
                alert=alerts[student.id].status if student.id in alerts else "",
                alert_channel=alerts[student.id].channel if student.id in alerts else "",
            )
        )
    reason = day_problem(session, actor, on)
    return RollCall(
        section_id=section_id,
        section_name=section.name,
        day=on,
        period=period,
        mode=school.attendance_mode,
        periods_per_day=max(1, school.periods_per_day or 1),
        lines=tuple(lines),
        codes=codes,
        default_code=default,
        editable=not reason,
        reason=reason,
    )


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
