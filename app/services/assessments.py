"""Assessments and the category weights of a subject (the gradebook's set-up).

* A teacher creates assessments for a subject they teach in a section (the
  principal for any): name, category, date, maximum marks, weight within the
  category. Refused in a closed or published term.
* Each subject weighs its categories (test, homework, exam…); the weights
  must total 100% — :func:`check_weights` says why not. The principal sets
  them (they are part of the school's set-up on the server too).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.services import outbox
from app.services.context import QT_TRANSLATE_NOOP, Actor, ServiceError
from app.services.grades import check_term_open, format_mark, teaches
from app.storage.models import (
    AcademicYear,
    Assessment,
    CategoryWeight,
    Mark,
    Section,
    Student,
    Subject,
    TeachingAssignment,
    Term,
)

# Categories offered when a subject has no weights yet.
DEFAULT_CATEGORIES = ("test", "homework", "exam")
MAX_NAME = 100
MAX_CATEGORY = 30


def category_weights(session: Session, subject_id: str) -> dict[str, int]:
    """The subject's categories and their weights in percent (empty when none are set)."""
    rows = session.execute(
        select(CategoryWeight.category, CategoryWeight.weight_percent)
        .where(CategoryWeight.subject_id == subject_id, CategoryWeight.deleted.is_(False))
        .order_by(CategoryWeight.weight_percent.desc(), CategoryWeight.category)
    ).all()
    return {category: weight for category, weight in rows}


def check_weights(weights: Mapping[str, int]) -> None:
    """Refuse, with the reason, category weights that are not whole percentages totalling 100."""
    if not weights:
        raise ServiceError(QT_TRANSLATE_NOOP("services.assessments", "Give at least one category a weight."))
    for category, weight in weights.items():
        if not category.strip():
            raise ServiceError(QT_TRANSLATE_NOOP("services.assessments", "Every weight needs a category name."))
        if len(category) > MAX_CATEGORY:
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.assessments", "'{category}' is too long for a category name (at most "
                                  "{limit} characters)."),
                category=category, limit=MAX_CATEGORY)
        if isinstance(weight, bool) or not isinstance(weight, int) or not 0 < weight <= 100:
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.assessments", "The weight of {category} must be a whole percentage "
                                  "from 1 to 100."),
                category=category)
    total = sum(weights.values())
    if total < 100:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.assessments", "The weights total {total}%, not 100%: add {missing}% so the "
                              "term result is complete."),
            total=total, missing=100 - total)
    if total > 100:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.assessments", "The weights total {total}%, not 100%: remove {extra}% so the "
                              "term result is complete."),
            total=total, extra=total - 100)


def set_category_weights(session: Session, actor: Actor, subject_id: str, weights: Mapping[str, int]) -> None:
    """Replace a subject's category weights (the principal's); they must total 100%."""
    if actor.role not in ("principal", "admin"):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.assessments", "Only the principal can change how categories are weighted."))
    subject = session.get(Subject, subject_id)
    if subject is None or subject.deleted:
        raise ServiceError(QT_TRANSLATE_NOOP("services.assessments", "This subject is not on this device."))
    cleaned = {c.strip().lower(): w for c, w in weights.items()}
    check_weights(cleaned)
    published = session.execute(
        select(Term.name).join(AcademicYear, AcademicYear.id == Term.academic_year_id)
        .where(AcademicYear.current.is_(True), Term.published.is_(True), Term.deleted.is_(False))
    ).scalars().first()
    current = {
        w.category: w for w in session.execute(
            select(CategoryWeight).where(CategoryWeight.subject_id == subject_id)
        ).scalars()
    }
    if published is not None and cleaned != {c: w.weight_percent for c, w in current.items() if not w.deleted}:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.assessments", "{published} is already published: changing the weights now "
                              "would change results families have seen. They can change at the start of the next "
                              "year."),
            published=published)
    in_use = set(session.execute(
        select(Assessment.category).where(Assessment.subject_id == subject_id, Assessment.deleted.is_(False))
    ).scalars())
    dropped = in_use - set(cleaned)
    if dropped:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.assessments", "Assessments of {subject} use {dropped}: keep a weight for "
                              "it, or change those assessments first."),
            subject=subject.name, dropped=', '.join(sorted(dropped)))
    for category, weight in cleaned.items():
        row = current.get(category)
        if row is None:
            outbox.insert(session, actor, CategoryWeight(school_id=actor.school_id, subject_id=subject_id,
                                                         category=category, weight_percent=weight))
        else:
            outbox.update(session, actor, row, weight_percent=weight, deleted=False)
    for category, row in current.items():
        if category not in cleaned and not row.deleted:
            outbox.delete(session, actor, row)


@dataclass(frozen=True)
class AssessmentInput:
    """What the teacher fills in for an assessment."""

    name: str
    category: str
    max_marks_centi: int
    weight: int = 1
    held_on: dt.date | None = None


def _check_input(session: Session, subject_id: str, data: AssessmentInput) -> AssessmentInput:
    name = data.name.strip()
    if not name:
        raise ServiceError(QT_TRANSLATE_NOOP("services.assessments", "Give the assessment a name."))
    if len(name) > MAX_NAME:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.assessments", "The name is too long (at most {limit} characters)."),
            limit=MAX_NAME)
    category = data.category.strip().lower()
    if not category:
        raise ServiceError(QT_TRANSLATE_NOOP("services.assessments", "Choose the assessment's category."))
    weights = category_weights(session, subject_id)
    if weights and category not in weights:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.assessments", "'{category}' has no weight in this subject; choose one of: "
                              "{weights} (the principal sets the weights)."),
            category=category, weights=', '.join(weights))
    if isinstance(data.max_marks_centi, bool) or not isinstance(data.max_marks_centi, int) or data.max_marks_centi <= 0:
        raise ServiceError(QT_TRANSLATE_NOOP("services.assessments", "The maximum marks must be more than 0."))
    if data.max_marks_centi > 1000_00:
        raise ServiceError(QT_TRANSLATE_NOOP("services.assessments", "The maximum marks can be at most 1000."))
    if isinstance(data.weight, bool) or not isinstance(data.weight, int) or not 1 <= data.weight <= 100:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.assessments", "The weight within the category must be a whole number from "
                              "1 to 100."))
    return AssessmentInput(name, category, data.max_marks_centi, data.weight, data.held_on)


def _check_date(term: Term, held_on: dt.date | None) -> None:
    if held_on is not None and not term.starts_on <= held_on <= term.ends_on:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.assessments", "The date is outside {term} ({starts_on} to {ends_on})."),
            term=term.name, starts_on=term.starts_on, ends_on=term.ends_on)


def create_assessment(
    session: Session, actor: Actor, section_id: str, subject_id: str, term_id: str, data: AssessmentInput
) -> Assessment:
    """A new assessment, by the teacher of that subject in that section or the principal."""
    if actor.role not in ("teacher", "principal", "admin"):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.assessments", "Only teachers and the principal can create assessments."))
    if not teaches(session, actor, section_id, subject_id):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.assessments", "You do not teach this subject in this class, so you cannot "
                              "create its assessments."))
    term = session.get(Term, term_id)
    if term is None or term.deleted:
        raise ServiceError(QT_TRANSLATE_NOOP("services.assessments", "This term is not on this device."))
    check_term_open(term)
    data = _check_input(session, subject_id, data)
    _check_date(term, data.held_on)
    return outbox.insert(
        session, actor,
        Assessment(school_id=actor.school_id, section_id=section_id, subject_id=subject_id, term_id=term_id,
                   name=data.name, category=data.category, max_marks_centi=data.max_marks_centi,
                   weight=data.weight, held_on=data.held_on, created_by=actor.user_id),
    )


def update_assessment(session: Session, actor: Actor, assessment_id: str, data: AssessmentInput) -> bool:
    """Change an assessment; a maximum below a mark already entered is refused, naming it."""
    assessment = session.get(Assessment, assessment_id)
    if assessment is None or assessment.deleted:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.assessments", "This assessment does not exist on this device."))
    if not teaches(session, actor, assessment.section_id, assessment.subject_id):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.assessments", "You do not teach this subject in this class, so you cannot "
                              "change its assessments."))
    term = session.get(Term, assessment.term_id)
    check_term_open(term)
    data = _check_input(session, assessment.subject_id, data)
    if term is not None:
        _check_date(term, data.held_on)
    if data.max_marks_centi < assessment.max_marks_centi:
        top = session.execute(
            select(Mark.score_centi, Student.full_name).join(Student, Student.id == Mark.student_id)
            .where(Mark.assessment_id == assessment.id, Mark.deleted.is_(False), Mark.status == "scored",
                   Mark.score_centi > data.max_marks_centi)
            .order_by(Mark.score_centi.desc())
        ).all()
        if top:
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.assessments", "{student} already has {mark} ({count} mark(s) above "
                                  "{maximum}): correct those marks before lowering the maximum."),
                student=top[0].full_name, mark=format_mark("scored", top[0].score_centi), count=len(top),
                maximum=format_mark("scored", data.max_marks_centi))
    return outbox.update(
        session, actor, assessment, name=data.name, category=data.category, max_marks_centi=data.max_marks_centi,
        weight=data.weight, held_on=data.held_on,
    )


def delete_assessment(session: Session, actor: Actor, assessment_id: str) -> None:
    """Remove an assessment that has no marks yet (marks are never dropped silently)."""
    assessment = session.get(Assessment, assessment_id)
    if assessment is None or assessment.deleted:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.assessments", "This assessment does not exist on this device."))
    if not teaches(session, actor, assessment.section_id, assessment.subject_id):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.assessments", "You do not teach this subject in this class, so you cannot "
                              "remove its assessments."))
    check_term_open(session.get(Term, assessment.term_id))
    count = session.execute(
        select(func.count()).select_from(Mark).where(Mark.assessment_id == assessment.id, Mark.deleted.is_(False))
    ).scalar_one()
    if count:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.assessments", "{assessment} has {count} mark(s): clear them first if it "
                              "really must go."),
            assessment=assessment.name, count=count)
    outbox.delete(session, actor, assessment)


# --------------------------------------------------------------------------
# What a person can open in the gradebook
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class ClassSubject:
    section_id: str
    section_name: str
    grade_level: int
    subject_id: str
    subject_name: str


@dataclass(frozen=True)
class TermInfo:
    id: str
    name: str
    starts_on: dt.date
    ends_on: dt.date
    weight: int
    entry_open: bool
    published: bool


@dataclass(frozen=True)
class GradebookChoices:
    classes: tuple[ClassSubject, ...]
    terms: tuple[TermInfo, ...]
    current_term_id: str | None


def gradebook_choices(session: Session, actor: Actor, today: dt.date | None = None) -> GradebookChoices:
    """The sections and subjects this person enters marks for, and the current year's terms."""
    query = (
        select(Section.id, Section.name, Section.grade_level, Subject.id, Subject.name)
        .join(TeachingAssignment, TeachingAssignment.section_id == Section.id)
        .join(Subject, Subject.id == TeachingAssignment.subject_id)
        .where(TeachingAssignment.deleted.is_(False), Section.deleted.is_(False), Subject.deleted.is_(False))
        .distinct()
    )
    if actor.role == "teacher":
        query = query.where(TeachingAssignment.teacher_id == actor.user_id)
    elif actor.role not in ("principal", "admin"):
        query = query.where(False)
    classes = sorted(
        (ClassSubject(*row) for row in session.execute(query)),
        key=lambda c: (c.grade_level, c.section_name, c.subject_name),
    )
    year = session.execute(
        select(AcademicYear).where(AcademicYear.deleted.is_(False))
        .order_by(AcademicYear.current.desc(), AcademicYear.starts_on.desc())
    ).scalars().first()
    terms: tuple[TermInfo, ...] = ()
    current = None
    if year is not None:
        terms = tuple(
            TermInfo(t.id, t.name, t.starts_on, t.ends_on, t.weight, bool(t.entry_open), bool(t.published))
            for t in session.execute(
                select(Term).where(Term.academic_year_id == year.id, Term.deleted.is_(False)).order_by(Term.starts_on)
            ).scalars()
        )
        day = today or dt.date.today()
        current = next((t.id for t in terms if t.starts_on <= day <= t.ends_on), None)
        if current is None and terms:
            past = [t for t in terms if t.starts_on <= day]
            current = (past[-1] if past else terms[0]).id
    return GradebookChoices(tuple(classes), terms, current)
