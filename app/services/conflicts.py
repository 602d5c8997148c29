"""Conflicts and refused changes, listed for the person and resolved (DESIGN.md §5).

Three kinds of thing need a person's eyes after a sync:

* ``server_conflicts``: two different marks met from the same base; the
  server kept the later one provisionally. A teacher of that class or the
  principal resolves it by choosing the value to keep (the choice is a normal
  change: it syncs, and the conflict's resolution travels with it).
* ``conflicts``: this device's change lost to a later one elsewhere
  (attendance) — shown so the person knows; acknowledging it is enough.
* ``rejected_changes``: the server refused a change, with its reason (a
  :class:`~app.services.context.Sentence` when the server named it: ``app/sync/reasons.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services import outbox
from app.services.clock import corrected_now
from app.services.context import QT_TRANSLATE_NOOP, Actor, ServiceError
from app.services.grades import MarkValue, record_marks
from app.storage.models import Conflict, Mark, RejectedChange, ServerConflict, TeachingAssignment
from app.sync.reasons import reason_sentence


@dataclass(frozen=True)
class Attention:
    """One item in the conflicts inbox."""

    kind: str  # marks_conflict | superseded | rejected
    id: str
    entity: str
    row_id: str
    message: str
    mine: dict[str, Any] | None
    theirs: dict[str, Any] | None
    when: Any


def inbox(session: Session, actor: Actor) -> list[Attention]:
    """What needs this person's attention, newest first."""
    items: list[Attention] = []
    for c in session.execute(
        select(ServerConflict).where(ServerConflict.resolved_at.is_(None), ServerConflict.deleted.is_(False))
    ).scalars():
        if actor.role == "teacher" and not _teaches_section(session, actor, c.section_id):
            continue
        items.append(Attention("marks_conflict", c.id, c.entity, c.row_id, c.message, c.lost, c.kept, c.detected_at))
    for c in session.execute(select(Conflict).where(Conflict.resolved_at.is_(None))).scalars():
        items.append(Attention(c.kind, c.id, c.entity, c.row_id, c.message, c.local_value, c.server_value,
                               c.detected_at))
    for r in session.execute(select(RejectedChange).where(RejectedChange.acknowledged.is_(False))).scalars():
        # The server's sentence by its key, to be said in the person's language (English if unknown).
        reason = reason_sentence(r.reason_key, r.reason_args, r.reason)
        items.append(Attention("rejected", r.id, r.entity, r.row_id, reason, r.fields, None, r.rejected_at))
    items.sort(key=lambda a: a.when, reverse=True)
    return items


def acknowledge(session: Session, actor: Actor, item_id: str) -> None:
    """The person has seen a superseded or refused change."""
    conflict = session.get(Conflict, item_id)
    if conflict is not None:
        conflict.resolved_at = corrected_now(session)
        conflict.resolved_by = actor.user_id
        conflict.resolution = "acknowledged"
        return
    rejected = session.get(RejectedChange, item_id)
    if rejected is not None:
        rejected.acknowledged = True
        return
    raise ServiceError(QT_TRANSLATE_NOOP("services.conflicts", "This item is no longer in the inbox."))


def resolve_marks_conflict(session: Session, actor: Actor, conflict_id: str, keep: MarkValue) -> None:
    """Settle a marks conflict by choosing the mark to keep."""
    conflict = session.get(ServerConflict, conflict_id)
    if conflict is None or conflict.resolved_at is not None:
        raise ServiceError(QT_TRANSLATE_NOOP("services.conflicts", "This conflict has already been resolved."))
    if actor.role == "teacher" and not _teaches_section(session, actor, conflict.section_id):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.conflicts", "Only a teacher of this class or the principal can resolve "
                              "this conflict."))
    if actor.role not in ("teacher", "principal", "admin"):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.conflicts", "Only a teacher of this class or the principal can resolve "
                              "this conflict."))
    mark = session.get(Mark, conflict.row_id)
    if mark is None:
        raise ServiceError(QT_TRANSLATE_NOOP("services.conflicts", "The mark in conflict is not on this device."))
    record_marks(session, actor, mark.assessment_id, {mark.student_id: keep})
    value = "ab" if keep.status == "absent" else "ex" if keep.status == "exempt" else f"{(keep.score_centi or 0) / 100:g}"
    outbox.update(
        session, actor, conflict,
        resolved_at=corrected_now(session), resolved_by=actor.user_id, resolution=f"kept {value}",
    )



def _teaches_section(session: Session, actor: Actor, section_id: str | None) -> bool:
    if section_id is None:
        return False
    return session.execute(
        select(TeachingAssignment.id).where(
            TeachingAssignment.teacher_id == actor.user_id,
            TeachingAssignment.section_id == section_id,
            TeachingAssignment.deleted.is_(False),
        )
    ).first() is not None
