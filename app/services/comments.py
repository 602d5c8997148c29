"""The teacher's and the principal's remarks on report cards.

One remark per student, term and kind (``teacher`` or ``principal``), in the
synced table ``report_comments``; its id is derived from the three
(:func:`app.sync.protocol.report_comment_id`), so two devices writing the
same remark offline write one row and the later writer wins on the server.

Who writes what (:func:`why_not_write`, the one rule, also applied by the
server in ``server.engine``):

* the class teacher's remarks: the section's homeroom teacher or a teacher
  of one of its subjects;
* the principal's remarks: the principal;
* nobody, once the term is published (its report cards are frozen).

A remark is saved on this computer at once with its outbox entry. Clearing
a remark saves it empty (the card then shows lines to write by hand).
Qt-free.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services import outbox
from app.services.clock import corrected_now
from app.services.context import QT_TRANSLATE_NOOP, Actor, Sentence, ServiceError
from app.storage.models import (
    Conflict,
    Enrollment,
    OutboxEntry,
    RejectedChange,
    ReportComment,
    Section,
    Student,
    TeachingAssignment,
    Term,
    User,
)
from app.sync.protocol import report_comment_id

TEACHER, PRINCIPAL = "teacher", "principal"
KINDS = (TEACHER, PRINCIPAL)
# The longest remark: what fits the card's four lines at its normal size.
MAX_CHARS = 400

SYNC_NONE = ""  # nothing written
SYNC_WAITING = "waiting"  # saved here, waiting for the server
SYNC_SYNCED = "synced"  # the server has it
SYNC_CONFLICT = "conflict"  # the server kept another version, or refused this one


@dataclass(frozen=True)
class Remark:
    text: str = ""
    written_by: str = ""  # the writer's name
    written_at: dt.datetime | None = None
    state: str = SYNC_NONE
    problem: str = ""  # why the server refused it, when it did


@dataclass(frozen=True)
class RemarkLine:
    student_id: str
    roll_no: int
    full_name: str
    teacher: Remark
    principal: Remark

    def remark(self, kind: str) -> Remark:
        return self.teacher if kind == TEACHER else self.principal


@dataclass(frozen=True)
class RemarkSheet:
    """A section's remarks for a term, and what this person may write."""

    section_id: str
    section_name: str
    term_id: str
    term_name: str
    published: bool
    lines: tuple[RemarkLine, ...]
    why_not: Mapping[str, str]  # kind -> why this person cannot write it ("" when they can)

    def can_write(self, kind: str) -> bool:
        return not self.why_not.get(kind, "")


def why_not_write(session: Session, actor: Actor, section: Section | None, term: Term | None, kind: str) -> str:
    """Why this person cannot write this kind of remark for the section and term ("" when they can).

    The reason is a :class:`Sentence` (English as a ``str``, translated by the UI).
    """
    if kind not in KINDS:
        return Sentence(QT_TRANSLATE_NOOP("services.comments", "'{kind}' is not a kind of remark: it is the class "
                                          "teacher's or the principal's."), kind=kind)
    if section is None or section.deleted:
        return Sentence(QT_TRANSLATE_NOOP("services.comments", "This class does not exist on this device."))
    if term is None or term.deleted:
        return Sentence(QT_TRANSLATE_NOOP("services.comments", "This term does not exist on this device."))
    if term.published:
        return Sentence(QT_TRANSLATE_NOOP("services.comments", "{term} is published; its report cards are frozen."),
                        term=term.name)
    if kind == PRINCIPAL:
        if actor.role != "principal":
            return Sentence(QT_TRANSLATE_NOOP("services.comments", "Only the principal writes the principal's "
                                              "remarks."))
        return ""
    if actor.user_id and section.homeroom_teacher_id == actor.user_id:
        return ""
    teaches_here = actor.user_id is not None and session.execute(
        select(TeachingAssignment.id).where(
            TeachingAssignment.section_id == section.id,
            TeachingAssignment.teacher_id == actor.user_id,
            TeachingAssignment.deleted.is_(False),
        )
    ).first() is not None
    if teaches_here:
        return ""
    return Sentence(QT_TRANSLATE_NOOP("services.comments", "Only the class teacher or a teacher of {section} writes "
                                      "the class teacher's remarks."), section=section.name)


def _roster(session: Session, section_id: str, term: Term) -> list[tuple[int, Student]]:
    """The students in the section at any time during the term, by roll number."""
    rows = session.execute(
        select(Enrollment.roll_no, Student)
        .join(Student, Student.id == Enrollment.student_id)
        .where(
            Enrollment.section_id == section_id,
            Enrollment.deleted.is_(False),
            Enrollment.starts_on <= term.ends_on,
            (Enrollment.ends_on.is_(None)) | (Enrollment.ends_on >= term.starts_on),
            Student.deleted.is_(False),
        )
        .order_by(Enrollment.roll_no, Student.full_name)
    ).all()
    return [(roll, st) for roll, st in rows]


def _states(session: Session, ids: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Each remark's sync state, and the server's reason for the refused ones."""
    if not ids:
        return {}, {}
    waiting = set(session.execute(select(OutboxEntry.row_id).where(
        OutboxEntry.entity == "report_comments", OutboxEntry.row_id.in_(ids))).scalars())
    refused = dict(session.execute(select(RejectedChange.row_id, RejectedChange.reason).where(
        RejectedChange.entity == "report_comments", RejectedChange.row_id.in_(ids),
        RejectedChange.acknowledged.is_(False))).all())
    conflicted = set(session.execute(select(Conflict.row_id).where(
        Conflict.entity == "report_comments", Conflict.row_id.in_(ids), Conflict.resolved_at.is_(None))).scalars())
    states = {}
    for row_id in ids:
        if row_id in waiting:
            states[row_id] = SYNC_WAITING
        elif row_id in refused or row_id in conflicted:
            states[row_id] = SYNC_CONFLICT
        else:
            states[row_id] = SYNC_SYNCED
    return states, refused


def remark_sheet(session: Session, actor: Actor, section_id: str, term_id: str) -> RemarkSheet:
    """Every student of the section in the term with both remarks, their sync state, and who may write which."""
    section = session.get(Section, section_id)
    term = session.get(Term, term_id)
    if section is None or term is None:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.comments", "This class or term does not exist on this device."))
    roster = _roster(session, section_id, term)
    student_ids = [st.id for _roll, st in roster]
    rows = {
        (c.student_id, c.kind): c
        for c in session.execute(
            select(ReportComment).where(ReportComment.term_id == term_id, ReportComment.student_id.in_(student_ids),
                                        ReportComment.deleted.is_(False))
        ).scalars()
    } if student_ids else {}
    writers = {c.written_by for c in rows.values() if c.written_by}
    names = dict(session.execute(select(User.id, User.full_name).where(User.id.in_(writers))).all()) if writers else {}
    states, refused = _states(session, [c.id for c in rows.values()])

    def remark(student_id: str, kind: str) -> Remark:
        c = rows.get((student_id, kind))
        if c is None:
            return Remark()
        return Remark(text=c.text, written_by=names.get(c.written_by or "", ""), written_at=c.written_at,
                      state=states.get(c.id, SYNC_SYNCED), problem=refused.get(c.id, ""))

    lines = tuple(RemarkLine(st.id, roll, st.full_name, remark(st.id, TEACHER), remark(st.id, PRINCIPAL))
                  for roll, st in roster)
    why_not = {kind: why_not_write(session, actor, section, term, kind) for kind in KINDS}
    return RemarkSheet(section.id, section.name, term.id, term.name, bool(term.published), lines, why_not)


def write_remarks(
    session: Session, actor: Actor, section_id: str, term_id: str, remarks: Mapping[tuple[str, str], str],
) -> int:
    """Save remarks: (student id, kind) -> text. Returns how many changed.

    Every one is checked before anything is written: a refusal (who may
    write, a published term, a student not in the class that term, a
    remark too long) changes nothing. Each change is written with its
    outbox entry in the caller's transaction.
    """
    section = session.get(Section, section_id)
    term = session.get(Term, term_id)
    for kind in {k for _sid, k in remarks}:
        reason = why_not_write(session, actor, section, term, kind)
        if reason:
            raise ServiceError(reason)
    assert section is not None and term is not None
    roster = {st.id: st for _roll, st in _roster(session, section_id, term)}
    cleaned: dict[tuple[str, str], str] = {}
    for (student_id, kind), text in remarks.items():
        if student_id not in roster:
            st = session.get(Student, student_id)
            who = st.full_name if st is not None else "This student"
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.comments", "{who} is not in {section} during {term}; no remark was "
                                  "saved."),
                who=who, section=section.name, term=term.name)
        text = " ".join((text or "").split())  # one paragraph: the card wraps it
        if len(text) > MAX_CHARS:
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.comments", "The remark for {student} is {length} characters long; a "
                                  "report card has room for {limit}. Shorten it; nothing was saved."),
                student=roster[student_id].full_name, length=len(text), limit=MAX_CHARS)
        cleaned[(student_id, kind)] = text
    now = corrected_now(session)
    ids = {key: report_comment_id(key[0], term_id, key[1]) for key in cleaned}
    existing = {
        c.id: c for c in session.execute(select(ReportComment).where(ReportComment.id.in_(list(ids.values()))))
        .scalars()
    } if ids else {}
    changed = 0
    new_rows: list[ReportComment] = []
    for (student_id, kind), text in cleaned.items():
        row = existing.get(ids[(student_id, kind)])
        if row is None:
            if not text:
                continue  # nothing written, nothing to clear
            new_rows.append(ReportComment(
                id=ids[(student_id, kind)], school_id=actor.school_id, student_id=student_id, section_id=section_id,
                term_id=term_id, kind=kind, text=text, written_by=actor.user_id, written_at=now))
            changed += 1
        elif row.text != text or row.deleted:
            outbox.update(session, actor, row, text=text, section_id=section_id, written_by=actor.user_id,
                          written_at=now, deleted=False)
            changed += 1
    outbox.insert_many(session, actor, new_rows)
    return changed


def write_remark(session: Session, actor: Actor, section_id: str, term_id: str, student_id: str, kind: str,
                 text: str) -> bool:
    """Save one remark; whether it changed."""
    return write_remarks(session, actor, section_id, term_id, {(student_id, kind): text}) > 0


def card_remarks(session: Session, term_id: str, section_id: str) -> dict[str, tuple[str, str]]:
    """What the section's report cards print: student id -> (class teacher's remarks, principal's remarks)."""
    term = session.get(Term, term_id)
    if term is None:
        return {}
    wanted = [st.id for _roll, st in _roster(session, section_id, term)]
    out: dict[str, tuple[str, str]] = {}
    if not wanted:
        return out
    for c in session.execute(
        select(ReportComment).where(ReportComment.term_id == term_id, ReportComment.student_id.in_(wanted),
                                    ReportComment.deleted.is_(False))
    ).scalars():
        teacher, principal = out.get(c.student_id, ("", ""))
        out[c.student_id] = (c.text, principal) if c.kind == TEACHER else (teacher, c.text)
    return out
