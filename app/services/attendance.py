"""Attendance: the roll call, its rules, and how a day is counted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services import outbox
from app.services.clock import corrected_now, school_today
from app.services.context import Actor, ServiceError
from app.storage.models import AttendanceCode, AttendanceMark, Enrollment, School, Section, Student


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
        raise ServiceError(f"Attendance cannot be taken for a future day ({on.isoformat()}).")
    if school is None or actor.sees_whole_school:
        return
    if (today - on).days > school.attendance_edit_days:
        raise ServiceError(
            f"Attendance for {on.isoformat()} can no longer be changed: the school allows changes "
            f"for {school.attendance_edit_days} days. Ask the principal to change it."
        )


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
        raise ServiceError("This class does not exist on this device.")
    check_edit_window(session, actor, on)
    codes = attendance_codes(session)
    for student_id, entry in marks.items():
        code = codes.get(entry.code)
        if code is None:
            raise ServiceError(f"'{entry.code}' is not one of the school's attendance codes.")
        if code.office_only and not actor.is_office:
            raise ServiceError(f"Only the office can mark '{code.label}' ({code.code}).")

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
    for student_id, entry in marks.items():
        mark = existing.get(student_id)
        if mark is None:
            outbox.insert(
                session,
                actor,
                AttendanceMark(
                    school_id=actor.school_id,
                    student_id=student_id,
                    section_id=section_id,
                    date=on,
                    period=period,
                    code=entry.code,
                    note=entry.note,
                    marked_by=actor.user_id,
                    marked_at=now,
                    device_id=actor.device_id,
                ),
            )
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
    return RollCallSaved(saved=saved, unchanged=unchanged, kept_office_codes=tuple(kept))


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
