"""Marks: entering them, and reading what a typed cell means."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services import outbox
from app.services.clock import corrected_now
from app.services.context import Actor, ServiceError
from app.storage.models import Assessment, Mark, TeachingAssignment, Term


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
        raise ServiceError(f"'{text}' is not a mark: type a number, 'ab' for absent or 'ex' for exempt.") from None
    if not number.is_finite() or number < 0:
        raise ServiceError(f"'{text}' is not a mark: marks are 0 or more.")
    centi = number * 100
    if centi != centi.to_integral_value():
        raise ServiceError(f"'{text}' has too many decimals: use at most two.")
    if int(centi) > max_marks_centi:
        raise ServiceError(f"{text} is more than the maximum of {max_marks_centi / 100:g}.")
    return MarkValue("scored", int(centi))


def record_marks(
    session: Session, actor: Actor, assessment_id: str, values: Mapping[str, MarkValue]
) -> int:
    """Save marks of one assessment for several students; return how many changed."""
    assessment = session.get(Assessment, assessment_id)
    if assessment is None or assessment.deleted:
        raise ServiceError("This assessment does not exist on this device.")
    term = session.get(Term, assessment.term_id)
    if term is not None and not term.entry_open:
        raise ServiceError(f"Mark entry for {term.name} is closed; marks are read-only.")
    if actor.role == "teacher":
        teaches = session.execute(
            select(TeachingAssignment.id).where(
                TeachingAssignment.teacher_id == actor.user_id,
                TeachingAssignment.section_id == assessment.section_id,
                TeachingAssignment.subject_id == assessment.subject_id,
                TeachingAssignment.deleted.is_(False),
            )
        ).first()
        if teaches is None:
            raise ServiceError("You do not teach this subject in this class, so you cannot enter its marks.")
    elif actor.role not in ("principal", "admin"):
        raise ServiceError("Only teachers and the principal can enter marks.")
    for value in values.values():
        if value.status == "scored" and (value.score_centi is None or value.score_centi > assessment.max_marks_centi):
            raise ServiceError("A mark is more than the assessment's maximum.")

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
