"""Marks: entering them, reading what a typed cell means, grade scales, locking terms.

* :func:`parse_mark` reads a typed cell; :func:`record_marks` and
  :func:`clear_marks` save marks with their outbox entries;
* :func:`marks_grid` reads a section's marks of one subject and term for the
  entry grid, with each cell's sync state (waiting, synced, conflict, refused);
* :func:`grade_for` maps a percentage to the school's grade;
  :func:`save_grade_scale` checks and saves a scale;
* :func:`set_entry_open` and :func:`publish_term` are the principal's locks.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services import outbox
from app.services.clock import corrected_now, school_today
from app.services.context import QT_TRANSLATE_NOOP, Actor, ServiceError
from app.storage.models import (
    AcademicYear,
    Assessment,
    Enrollment,
    GradeScale,
    Mark,
    OutboxEntry,
    RejectedChange,
    ServerConflict,
    Student,
    TeachingAssignment,
    Term,
)


@dataclass(frozen=True)
class MarkValue:
    status: str  # scored | absent | exempt
    score_centi: int | None = None


def parse_mark(text: str, max_marks_centi: int) -> MarkValue:
    """What a teacher typed in a cell: a number up to the maximum, ``ab`` or ``ex``."""
    cleaned = text.strip().lower()
    if cleaned in ("ab", "a", "absent"):
        return MarkValue("absent")
    if cleaned in ("ex", "e", "exempt"):
        return MarkValue("exempt")
    try:
        number = Decimal(cleaned.replace(",", "."))
    except InvalidOperation:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.grades", "'{text}' is not a mark: type a number, 'ab' for absent or 'ex' "
                              "for exempt."),
            text=text) from None
    if not number.is_finite() or number < 0:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.grades", "'{text}' is not a mark: marks are 0 or more."),
            text=text)
    centi = number * 100
    if centi != centi.to_integral_value():
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.grades", "'{text}' has too many decimals: use at most two."),
            text=text)
    if int(centi) > max_marks_centi:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.grades", "{text} is more than the maximum of {maximum}."),
            text=text, maximum=f"{max_marks_centi / 100:g}")
    return MarkValue("scored", int(centi))


def teaches(session: Session, actor: Actor, section_id: str, subject_id: str) -> bool:
    """Whether the actor teaches this subject in this section (the principal may act for anyone)."""
    if actor.role in ("principal", "admin"):
        return True
    if actor.role != "teacher":
        return False
    return session.execute(
        select(TeachingAssignment.id).where(
            TeachingAssignment.teacher_id == actor.user_id,
            TeachingAssignment.section_id == section_id,
            TeachingAssignment.subject_id == subject_id,
            TeachingAssignment.deleted.is_(False),
        )
    ).first() is not None


def check_term_open(term: Term | None) -> None:
    """Refuse a change of marks or assessments when the term's entry is closed or published."""
    if term is None:
        return
    if term.published:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.grades", "{term} is published; its marks and results are frozen."),
            term=term.name)
    if not term.entry_open:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.grades", "Mark entry for {term} is closed; marks are read-only."),
            term=term.name)


def _check_can_enter(session: Session, actor: Actor, assessment: Assessment | None) -> Assessment:
    if assessment is None or assessment.deleted:
        raise ServiceError(QT_TRANSLATE_NOOP("services.grades", "This assessment does not exist on this device."))
    check_term_open(session.get(Term, assessment.term_id))
    if actor.role == "teacher":
        if not teaches(session, actor, assessment.section_id, assessment.subject_id):
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.grades", "You do not teach this subject in this class, so you cannot "
                                  "enter its marks."))
    elif actor.role not in ("principal", "admin"):
        raise ServiceError(QT_TRANSLATE_NOOP("services.grades", "Only teachers and the principal can enter marks."))
    return assessment


def _check_students(session: Session, assessment: Assessment, student_ids: Iterable[str]) -> None:
    """Every student is in the assessment's class, and was still there on the day it was held."""
    wanted = set(student_ids)
    if not wanted:
        return
    rows = session.execute(
        select(Enrollment.student_id, Enrollment.ends_on, Student.full_name)
        .join(Student, Student.id == Enrollment.student_id)
        .where(Enrollment.section_id == assessment.section_id, Enrollment.deleted.is_(False),
               Enrollment.student_id.in_(wanted))
    ).all()
    enrolled = {r.student_id: r for r in rows}
    missing = wanted - set(enrolled)
    if missing:
        names = session.execute(select(Student.full_name).where(Student.id.in_(missing))).scalars().all()
        who = ", ".join(sorted(names)) or "A student"
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.grades", "{who}: not in this class, so no mark can be entered for them "
                              "here."),
            who=who)
    on = assessment.held_on or school_today(session)
    for r in rows:
        if r.ends_on is not None and r.ends_on < on:
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.grades", "{student} left this class on {ends_on}, before this "
                                  "assessment; no mark can be entered for them."),
                student=r.full_name, ends_on=r.ends_on)


def record_marks(
    session: Session, actor: Actor, assessment_id: str, values: Mapping[str, MarkValue]
) -> int:
    """Save marks of one assessment for several students; return how many changed.

    All or nothing: one refused value (above the maximum, a student who left
    the class) refuses the whole call with the reason, and nothing is saved.
    """
    assessment = _check_can_enter(session, actor, session.get(Assessment, assessment_id))
    for value in values.values():
        if value.status not in ("scored", "absent", "exempt"):
            raise ServiceError(QT_TRANSLATE_NOOP("services.grades", "A mark is a number, absent or exempt."))
        if value.status == "scored" and (value.score_centi is None or value.score_centi > assessment.max_marks_centi):
            raise ServiceError(QT_TRANSLATE_NOOP("services.grades", "A mark is more than the assessment's maximum."))
    _check_students(session, assessment, values.keys())

    existing = {
        m.student_id: m
        for m in session.execute(select(Mark).where(Mark.assessment_id == assessment_id)).scalars()
    }
    now = corrected_now(session)
    changed = 0
    for student_id, value in values.items():
        mark = existing.get(student_id)
        score = value.score_centi if value.status == "scored" else None
        if mark is None:
            outbox.insert(
                session,
                actor,
                Mark(
                    school_id=actor.school_id,
                    assessment_id=assessment_id,
                    student_id=student_id,
                    status=value.status,
                    score_centi=score,
                    entered_by=actor.user_id,
                    entered_at=now,
                    device_id=actor.device_id,
                ),
            )
            changed += 1
        elif (mark.status, mark.score_centi, mark.deleted) != (value.status, score, False):
            outbox.update(
                session,
                actor,
                mark,
                status=value.status,
                score_centi=score,
                deleted=False,
                entered_by=actor.user_id,
                entered_at=now,
                device_id=actor.device_id,
            )
            changed += 1
    return changed


def clear_marks(session: Session, actor: Actor, assessment_id: str, student_ids: Iterable[str]) -> int:
    """Remove marks (a cell emptied in the grid); return how many were removed. Tombstones travel."""
    assessment = _check_can_enter(session, actor, session.get(Assessment, assessment_id))
    wanted = set(student_ids)
    removed = 0
    for mark in session.execute(
        select(Mark).where(Mark.assessment_id == assessment.id, Mark.student_id.in_(wanted),
                           Mark.deleted.is_(False))
    ).scalars():
        outbox.delete(session, actor, mark)
        removed += 1
    return removed


def format_mark(status: str, score_centi: int | None) -> str:
    """A mark as it is typed: ``17.5``, ``ab`` or ``ex``."""
    if status == "absent":
        return "ab"
    if status == "exempt":
        return "ex"
    if score_centi is None:
        return ""
    return f"{score_centi / 100:.2f}".rstrip("0").rstrip(".")


# --------------------------------------------------------------------------
# The marks entry grid
# --------------------------------------------------------------------------

# A cell's sync state: saved here and waiting for the server; accepted by it;
# in conflict with another device's mark; refused by the server.
SYNC_WAITING, SYNC_SYNCED, SYNC_CONFLICT, SYNC_REFUSED = "waiting", "synced", "conflict", "refused"


@dataclass(frozen=True)
class GridStudent:
    id: str
    roll_no: int
    full_name: str
    admission_no: str
    left_on: dt.date | None  # the enrollment's end, if they left the class


@dataclass(frozen=True)
class GridAssessment:
    id: str
    name: str
    category: str
    max_marks_centi: int
    weight: int
    held_on: dt.date | None


@dataclass(frozen=True)
class GridCell:
    mark_id: str
    status: str
    score_centi: int | None
    sync: str  # waiting | synced | conflict | refused
    note: str = ""  # the conflict's or the refusal's message

    @property
    def text(self) -> str:
        return format_mark(self.status, self.score_centi)


@dataclass(frozen=True)
class MarksGrid:
    section_id: str
    subject_id: str
    term_id: str
    term_name: str
    entry_open: bool
    published: bool
    students: tuple[GridStudent, ...]
    assessments: tuple[GridAssessment, ...]
    cells: dict[tuple[str, str], GridCell]  # (student_id, assessment_id)
    category_weights: dict[str, int]

    @property
    def read_only(self) -> bool:
        return self.published or not self.entry_open


def marks_grid(session: Session, section_id: str, subject_id: str, term_id: str) -> MarksGrid:
    """Students × assessments of a section, subject and term, with every mark and its sync state.

    Students are those enrolled in the section at some time during the term,
    by roll number; a student who left shows when (their later cells are
    refused by :func:`record_marks`).
    """
    from app.services.assessments import category_weights

    term = session.get(Term, term_id)
    if term is None:
        raise ServiceError(QT_TRANSLATE_NOOP("services.grades", "This term is not on this device."))
    students = tuple(
        GridStudent(r.id, r.roll_no, r.full_name, r.admission_no, r.ends_on)
        for r in session.execute(
            select(Student.id, Enrollment.roll_no, Student.full_name, Student.admission_no, Enrollment.ends_on)
            .join(Enrollment, Enrollment.student_id == Student.id)
            .where(Enrollment.section_id == section_id, Enrollment.deleted.is_(False), Student.deleted.is_(False),
                   Enrollment.starts_on <= term.ends_on,
                   (Enrollment.ends_on.is_(None)) | (Enrollment.ends_on >= term.starts_on))
            .order_by(Enrollment.roll_no, Student.full_name)
        )
    )
    assessments = tuple(
        GridAssessment(a.id, a.name, a.category, a.max_marks_centi, a.weight, a.held_on)
        for a in session.execute(
            select(Assessment).where(Assessment.section_id == section_id, Assessment.subject_id == subject_id,
                                     Assessment.term_id == term_id, Assessment.deleted.is_(False))
            .order_by(Assessment.held_on.is_(None), Assessment.held_on, Assessment.name)
        ).scalars()
    )
    assessment_ids = [a.id for a in assessments]
    marks = session.execute(
        select(Mark.id, Mark.assessment_id, Mark.student_id, Mark.status, Mark.score_centi, Mark.version)
        .where(Mark.assessment_id.in_(assessment_ids), Mark.deleted.is_(False))
    ).all() if assessment_ids else []
    mark_ids = [m.id for m in marks]
    waiting: set[str] = set()
    conflicts: dict[str, str] = {}
    refused: dict[str, str] = {}
    if mark_ids:
        waiting = set(session.execute(
            select(OutboxEntry.row_id).where(OutboxEntry.entity == "marks", OutboxEntry.row_id.in_(mark_ids))
        ).scalars())
        conflicts = dict(session.execute(
            select(ServerConflict.row_id, ServerConflict.message).where(
                ServerConflict.entity == "marks", ServerConflict.row_id.in_(mark_ids),
                ServerConflict.resolved_at.is_(None), ServerConflict.deleted.is_(False))
        ).all())
        refused = dict(session.execute(
            select(RejectedChange.row_id, RejectedChange.reason).where(
                RejectedChange.entity == "marks", RejectedChange.row_id.in_(mark_ids),
                RejectedChange.acknowledged.is_(False))
        ).all())
    cells: dict[tuple[str, str], GridCell] = {}
    for m in marks:
        if m.id in conflicts:
            state, note = SYNC_CONFLICT, conflicts[m.id]
        elif m.id in waiting:
            state, note = SYNC_WAITING, ""
        elif m.id in refused:
            state, note = SYNC_REFUSED, refused[m.id]
        elif m.version is None:
            state, note = SYNC_WAITING, ""
        else:
            state, note = SYNC_SYNCED, ""
        cells[(m.student_id, m.assessment_id)] = GridCell(m.id, m.status, m.score_centi, state, note)
    return MarksGrid(
        section_id=section_id, subject_id=subject_id, term_id=term_id, term_name=term.name,
        entry_open=bool(term.entry_open), published=bool(term.published), students=students,
        assessments=assessments, cells=cells, category_weights=category_weights(session, subject_id),
    )


# --------------------------------------------------------------------------
# Grade scales
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class GradeBand:
    min_percent: float
    grade: str
    passing: bool


# The scale used when a school has none yet.
FALLBACK_BANDS: tuple[GradeBand, ...] = (
    GradeBand(90, "A", True), GradeBand(80, "B", True), GradeBand(70, "C", True),
    GradeBand(60, "D", True), GradeBand(50, "E", True), GradeBand(0, "F", False),
)


def bands_from_json(raw: Sequence[Mapping[str, Any]] | None) -> tuple[GradeBand, ...]:
    bands = [
        GradeBand(float(b["min_percent"]), str(b["grade"]), bool(b.get("passing", True)))
        for b in (raw or []) if isinstance(b, Mapping) and "min_percent" in b and "grade" in b
    ]
    bands.sort(key=lambda b: b.min_percent, reverse=True)
    return tuple(bands) or FALLBACK_BANDS


def grade_for(percent: float | None, bands: Sequence[GradeBand]) -> tuple[str, bool]:
    """The grade of a percentage, and whether it passes: the first band (highest first) it reaches."""
    if percent is None:
        return "", False
    for band in bands:
        if percent >= band.min_percent:
            return band.grade, band.passing
    lowest = bands[-1]
    return lowest.grade, lowest.passing


def school_scale(session: Session) -> tuple[str, tuple[GradeBand, ...]]:
    """The school's default grade scale (its name and bands, highest first)."""
    scales = session.execute(
        select(GradeScale).where(GradeScale.deleted.is_(False)).order_by(GradeScale.is_default.desc(), GradeScale.name)
    ).scalars().first()
    if scales is None:
        return "", FALLBACK_BANDS
    return scales.name, bands_from_json(scales.bands)


def check_bands(bands: Sequence[tuple[float, str]], lowest_passing: str) -> tuple[GradeBand, ...]:
    """A scale as the principal typed it: (minimum percent, grade) rows and the lowest passing grade.

    Refused with the reason unless: at least two grades, each named once,
    minimums between 0 and 100 and all different, one band starting at 0 (so
    every percentage has a grade), and the lowest passing grade one of them.
    Grades at or above the lowest passing one pass.
    """
    if len(bands) < 2:
        raise ServiceError(QT_TRANSLATE_NOOP("services.grades", "A grade scale needs at least two grades."))
    names = [str(g).strip() for _, g in bands]
    if any(not n for n in names):
        raise ServiceError(QT_TRANSLATE_NOOP("services.grades", "Every band needs a grade name."))
    if len(set(names)) != len(names):
        raise ServiceError(QT_TRANSLATE_NOOP("services.grades", "Each grade can appear only once in a scale."))
    mins = []
    for m, g in bands:
        try:
            value = float(m)
        except (TypeError, ValueError):
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.grades", "The minimum for {grade} must be a percentage."),
                grade=g) from None
        if not 0 <= value <= 100:
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.grades", "The minimum for {grade} must be between 0 and 100%."),
                grade=g)
        mins.append(value)
    if len(set(mins)) != len(mins):
        raise ServiceError(QT_TRANSLATE_NOOP("services.grades", "Two grades start at the same percentage."))
    if 0 not in mins:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.grades", "The lowest grade must start at 0%, so every result has a grade."))
    ordered = sorted(zip(mins, names, strict=True), reverse=True)
    if lowest_passing not in names:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.grades", "Choose the lowest passing grade from the scale's grades."))
    cut = next(m for m, n in ordered if n == lowest_passing)
    return tuple(GradeBand(m, n, m >= cut) for m, n in ordered)


def save_grade_scale(
    session: Session, actor: Actor, name: str, bands: Sequence[tuple[float, str]], lowest_passing: str,
    scale_id: str | None = None,
) -> GradeScale:
    """Create or change the school's grade scale (the principal's); it becomes the default."""
    if actor.role not in ("principal", "admin"):
        raise ServiceError(QT_TRANSLATE_NOOP("services.grades", "Only the principal can change the grade scale."))
    if not name.strip():
        raise ServiceError(QT_TRANSLATE_NOOP("services.grades", "Give the grade scale a name."))
    checked = check_bands(bands, lowest_passing)
    published = session.execute(
        select(Term.name).join(AcademicYear, AcademicYear.id == Term.academic_year_id)
        .where(AcademicYear.current.is_(True), Term.published.is_(True), Term.deleted.is_(False))
    ).scalars().first()
    if published is not None:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.grades", "{published} is already published: changing the grade scale now "
                              "would change results families have seen. It can change at the start of the next "
                              "year."),
            published=published)
    data = [{"min_percent": b.min_percent if b.min_percent % 1 else int(b.min_percent), "grade": b.grade,
             "passing": b.passing} for b in checked]
    scale = session.get(GradeScale, scale_id) if scale_id else None
    if scale is None:
        scale = outbox.insert(session, actor, GradeScale(school_id=actor.school_id, name=name.strip(), bands=data,
                                                         is_default=True))
    else:
        outbox.update(session, actor, scale, name=name.strip(), bands=data, is_default=True)
    for other in session.execute(
        select(GradeScale).where(GradeScale.id != scale.id, GradeScale.is_default.is_(True))
    ).scalars():
        outbox.update(session, actor, other, is_default=False)
    return scale


# --------------------------------------------------------------------------
# Locking and publishing a term
# --------------------------------------------------------------------------


def _principal_term(session: Session, actor: Actor, term_id: str) -> Term:
    if actor.role not in ("principal", "admin"):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.grades", "Only the principal can open, close or publish a term's marks."))
    term = session.get(Term, term_id)
    if term is None or term.deleted:
        raise ServiceError(QT_TRANSLATE_NOOP("services.grades", "This term is not on this device."))
    return term


def set_entry_open(session: Session, actor: Actor, term_id: str, open_: bool) -> bool:
    """Open or close mark entry for a term (the principal's); return whether it changed.

    Once closed, marks are read-only on every device: the change syncs, and
    the server refuses a teacher's later marks for the term.
    """
    term = _principal_term(session, actor, term_id)
    if open_ and term.published:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.grades", "{term} is published; its marks cannot be reopened."),
            term=term.name)
    return outbox.update(session, actor, term, entry_open=open_)


def publish_term(session: Session, actor: Actor, term_id: str) -> bool:
    """Publish a term's results: entry closes, and its marks and results are frozen for good."""
    term = _principal_term(session, actor, term_id)
    if term.published:
        return False
    return outbox.update(session, actor, term, entry_open=False, published=True)
