"""The inbox: conflicts and refused changes, each in words, with what can be done about it.

Items come from :func:`app.services.conflicts.inbox`; :func:`load_inbox`
(Qt-free, run in a background task) turns their ids into names — the
student, the assessment and subject, who entered the other value and when —
and into whole sentences marked for translation (``Sentence``, context
"Inbox": one sentence for each variant, "you" or a person, with or without a
time), and says which actions the kind of item allows. The screen shows the
sentences with :func:`say`, in the person's language:

* a marks conflict: keep the value that is kept now ("keep theirs"), or put
  back the one it replaced ("restore mine"), through
  :func:`~app.services.conflicts.resolve_marks_conflict`;
* a change that lost to a later one, or that the server refused: dismiss it
  once read, through :func:`~app.services.conflicts.acknowledge`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTime,
    Slot,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.services.conflicts import Attention, acknowledge, inbox, resolve_marks_conflict
from app.services.context import QT_TRANSLATE_NOOP, Actor, Message, Sentence, ServiceError
from app.services.grades import MarkValue
from app.services.outbox import WaitingFrom, waiting_from_others
from app.storage.models import Assessment, AttendanceMark, Mark, ServerConflict, Student, Subject, User
from app.ui.context import AppContext, OpenSchool
from app.ui.formatting import format_money
from app.ui.i18n import translated
from app.ui.sync_controller import sync_words
from app.ui.tasks import report_to_excepthook

_Index = QModelIndex | QPersistentModelIndex

KEEP_THEIRS, RESTORE_MINE, DISMISS = "keep_theirs", "restore_mine", "dismiss"

# Each kind of record a change can be about, in whole sentences: the title of
# a change that met a later one, its text, and the same for a refused change.
ENTITY_SENTENCES: dict[str, tuple[Message, Message, Message, Message]] = {
    "attendance_marks": (
        QT_TRANSLATE_NOOP("Inbox", "An attendance mark"),
        QT_TRANSLATE_NOOP("Inbox", "Your change to an attendance mark met a later one."),
        QT_TRANSLATE_NOOP("Inbox", "Refused: your change to an attendance mark"),
        QT_TRANSLATE_NOOP("Inbox", "Your change to an attendance mark was refused by the school's server: {reason}"),
    ),
    "marks": (
        QT_TRANSLATE_NOOP("Inbox", "A mark"),
        QT_TRANSLATE_NOOP("Inbox", "Your change to a mark met a later one."),
        QT_TRANSLATE_NOOP("Inbox", "Refused: your change to a mark"),
        QT_TRANSLATE_NOOP("Inbox", "Your change to a mark was refused by the school's server: {reason}"),
    ),
    "payments": (
        QT_TRANSLATE_NOOP("Inbox", "A payment"),
        QT_TRANSLATE_NOOP("Inbox", "Your change to a payment met a later one."),
        QT_TRANSLATE_NOOP("Inbox", "Refused: your change to a payment"),
        QT_TRANSLATE_NOOP("Inbox", "Your change to a payment was refused by the school's server: {reason}"),
    ),
    "payment_allocations": (
        QT_TRANSLATE_NOOP("Inbox", "A payment's allocation"),
        QT_TRANSLATE_NOOP("Inbox", "Your change to a payment's allocation met a later one."),
        QT_TRANSLATE_NOOP("Inbox", "Refused: your change to a payment's allocation"),
        QT_TRANSLATE_NOOP("Inbox",
                          "Your change to a payment's allocation was refused by the school's server: {reason}"),
    ),
    "payment_cancellations": (
        QT_TRANSLATE_NOOP("Inbox", "A payment's cancellation"),
        QT_TRANSLATE_NOOP("Inbox", "Your change to a payment's cancellation met a later one."),
        QT_TRANSLATE_NOOP("Inbox", "Refused: your change to a payment's cancellation"),
        QT_TRANSLATE_NOOP("Inbox",
                          "Your change to a payment's cancellation was refused by the school's server: {reason}"),
    ),
    "students": (
        QT_TRANSLATE_NOOP("Inbox", "A student's record"),
        QT_TRANSLATE_NOOP("Inbox", "Your change to a student's record met a later one."),
        QT_TRANSLATE_NOOP("Inbox", "Refused: your change to a student's record"),
        QT_TRANSLATE_NOOP("Inbox", "Your change to a student's record was refused by the school's server: {reason}"),
    ),
    "enrollments": (
        QT_TRANSLATE_NOOP("Inbox", "An enrolment"),
        QT_TRANSLATE_NOOP("Inbox", "Your change to an enrolment met a later one."),
        QT_TRANSLATE_NOOP("Inbox", "Refused: your change to an enrolment"),
        QT_TRANSLATE_NOOP("Inbox", "Your change to an enrolment was refused by the school's server: {reason}"),
    ),
    "server_conflicts": (
        QT_TRANSLATE_NOOP("Inbox", "A conflict's resolution"),
        QT_TRANSLATE_NOOP("Inbox", "Your change to a conflict's resolution met a later one."),
        QT_TRANSLATE_NOOP("Inbox", "Refused: your change to a conflict's resolution"),
        QT_TRANSLATE_NOOP("Inbox",
                          "Your change to a conflict's resolution was refused by the school's server: {reason}"),
    ),
}
OTHER_SENTENCES = (
    QT_TRANSLATE_NOOP("Inbox", "A record"),
    QT_TRANSLATE_NOOP("Inbox", "Your change to a record met a later one."),
    QT_TRANSLATE_NOOP("Inbox", "Refused: your change to a record"),
    QT_TRANSLATE_NOOP("Inbox", "Your change to a record was refused by the school's server: {reason}"),
)
ATTENDANCE_WORDS = {
    "P": QT_TRANSLATE_NOOP("Inbox", "present"),
    "A": QT_TRANSLATE_NOOP("Inbox", "absent"),
    "L": QT_TRANSLATE_NOOP("Inbox", "late"),
    "E": QT_TRANSLATE_NOOP("Inbox", "excused"),
    "H": QT_TRANSLATE_NOOP("Inbox", "half day"),
}
NOT_MARKED = QT_TRANSLATE_NOOP("Inbox", "not marked")
SOMEONE = QT_TRANSLATE_NOOP("Inbox", "someone")
YOU = object()  # the person using Daftar: their sentences are written apart ("Your mark…", "… (yours)")


@dataclass(frozen=True)
class InboxItem:
    """One item, ready to show.

    ``title``, ``text`` and the button labels are :class:`Sentence` s: as a
    ``str`` they are the English sentence; the screen shows them with
    :func:`say`, in the person's language, numbers, dates and money in the
    locale's format.
    """

    kind: str  # marks_conflict | superseded | merged | conflict | rejected
    id: str
    title: str
    text: str
    when: dt.datetime | None
    actions: tuple[str, ...]
    keep_theirs: MarkValue | None = None
    restore_mine: MarkValue | None = None
    keep_label: str = ""
    restore_label: str = ""


# --------------------------------------------------------------------------
# Words (Qt-free: runs on a worker)
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Score:
    """A mark's score, in hundredths: shown with the locale's decimal sign."""

    centi: int

    def __str__(self) -> str:
        return f"{self.centi / 100:g}"


@dataclass(frozen=True)
class Clock:
    """When something was entered: the time today, the date and time another day."""

    when: dt.datetime

    def is_today(self) -> bool:
        return self.when.astimezone().date() == dt.datetime.now().astimezone().date()

    def __str__(self) -> str:
        local = self.when.astimezone()
        return local.strftime("%H:%M") if self.is_today() else local.strftime("%d %b, %H:%M")


@dataclass(frozen=True)
class Money:
    """An amount in minor units, shown as the rest of the screens show money."""

    amount_minor: int
    currency: str
    digits: int

    def __str__(self) -> str:
        return f"{self.currency} {self.amount_minor / 10**self.digits:,.{self.digits}f}"


class Reason(str):
    """The sync's reason as the school file keeps it (English): shown with ``sync_words``."""


def _paragraph(*sentences: Sentence) -> Sentence:
    """Whole sentences one after the other (each translated on its own)."""
    parts = [s for s in sentences if s]
    if len(parts) == 1:
        return parts[0]
    return Sentence(" ".join("{s%d}" % i for i in range(len(parts))), **{f"s{i}": p for i, p in enumerate(parts)})


def _parse_time(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if isinstance(value, str) and value:
        try:
            parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
    return None


def _clock(value: Any) -> Clock | None:
    when = _parse_time(value)
    return Clock(when) if when is not None else None


def _day(value: Any) -> dt.date | str:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return str(value or "")


def _mark_value(row: dict[str, Any] | None) -> MarkValue | None:
    if not row:
        return None
    status = row.get("status") or "scored"
    score = row.get("score_centi")
    return MarkValue(status, int(score) if status == "scored" and score is not None else None)


def _mark_text(value: MarkValue | None, max_centi: int | None) -> Any:
    if value is None:
        return QT_TRANSLATE_NOOP("Inbox", "nothing")
    if value.status == "absent":
        return QT_TRANSLATE_NOOP("Inbox", "absent")
    if value.status == "exempt":
        return QT_TRANSLATE_NOOP("Inbox", "exempt")
    score = Score(value.score_centi or 0)
    if not max_centi:
        return score
    return Sentence(QT_TRANSLATE_NOOP("Inbox", "{score}/{out_of}"), score=score, out_of=Score(max_centi))


class _Names:
    def __init__(self, session: Session, actor: Actor) -> None:
        self.session = session
        self.actor = actor

    def person(self, user_id: str | None) -> Any:
        """``YOU``, the person's name, or the word "someone"."""
        if not user_id:
            return SOMEONE
        if user_id == self.actor.user_id:
            return YOU
        user = self.session.get(User, user_id)
        return user.full_name if user is not None else SOMEONE

    def student(self, student_id: str | None) -> Any:
        student = self.session.get(Student, student_id) if student_id else None
        return student.full_name if student is not None else QT_TRANSLATE_NOOP("Inbox", "a student")

    def assessment(self, assessment_id: str | None) -> tuple[Any, int | None]:
        assessment = self.session.get(Assessment, assessment_id) if assessment_id else None
        if assessment is None:
            return QT_TRANSLATE_NOOP("Inbox", "an assessment"), None
        subject = self.session.get(Subject, assessment.subject_id)
        name = f"{subject.name} {assessment.name}" if subject is not None else assessment.name
        return name, assessment.max_marks_centi


def _replaced(lost: Any, kept: Any, student: Any, assessment: Any, by: Any, at: Clock | None) -> Sentence:
    """Your mark … was replaced by … (by someone else, or by you on another device; with the time if known)."""
    words = {"lost": lost, "kept": kept, "student": student, "assessment": assessment}
    if by is YOU:
        if at is not None:
            return Sentence(QT_TRANSLATE_NOOP(
                "Inbox", "Your mark {lost} for {student} in {assessment} was replaced by {kept}, which you entered "
                         "on another device at {at}."), **words, at=at)
        return Sentence(QT_TRANSLATE_NOOP(
            "Inbox", "Your mark {lost} for {student} in {assessment} was replaced by {kept}, which you entered "
                     "on another device."), **words)
    if at is not None:
        return Sentence(QT_TRANSLATE_NOOP(
            "Inbox", "Your mark {lost} for {student} in {assessment} was replaced by {kept} entered by {by} at {at}."),
            **words, by=by, at=at)
    return Sentence(QT_TRANSLATE_NOOP(
        "Inbox", "Your mark {lost} for {student} in {assessment} was replaced by {kept} entered by {by}."),
        **words, by=by)


def _describe_marks_conflict(names: _Names, a: Attention) -> InboxItem:
    lost, kept = a.mine or {}, a.theirs or {}
    mark = names.session.get(Mark, a.row_id)
    student_id = kept.get("student_id") or lost.get("student_id") or (mark.student_id if mark else None)
    assessment_id = kept.get("assessment_id") or lost.get("assessment_id") or (mark.assessment_id if mark else None)
    student = names.student(student_id)
    assessment, max_centi = names.assessment(assessment_id)
    lost_value, kept_value = _mark_value(lost), _mark_value(kept)
    lost_text, kept_text = _mark_text(lost_value, max_centi), _mark_text(kept_value, max_centi)
    lost_by, kept_by = names.person(lost.get("entered_by")), names.person(kept.get("entered_by"))
    at = _clock(kept.get("entered_at") or a.when)
    words = {"lost": lost_text, "kept": kept_text, "student": student, "assessment": assessment}
    if lost_by is YOU:
        what = _replaced(lost_text, kept_text, student, assessment, kept_by, at)
    elif kept_by is YOU:
        what = Sentence(QT_TRANSLATE_NOOP(
            "Inbox", "Your mark {kept} for {student} in {assessment} is kept for now over {lost} entered by {by}."),
            **words, by=lost_by)
    elif at is not None:
        what = Sentence(QT_TRANSLATE_NOOP(
            "Inbox", "The mark {lost} for {student} in {assessment}, entered by {lost_by}, was replaced by {kept} "
                     "entered by {kept_by} at {at}."), **words, lost_by=lost_by, kept_by=kept_by, at=at)
    else:
        what = Sentence(QT_TRANSLATE_NOOP(
            "Inbox", "The mark {lost} for {student} in {assessment}, entered by {lost_by}, was replaced by {kept} "
                     "entered by {kept_by}."), **words, lost_by=lost_by, kept_by=kept_by)
    text = _paragraph(what, Sentence(QT_TRANSLATE_NOOP("Inbox", "Choose which one is right.")))
    if kept_by is YOU or kept_by is SOMEONE:
        keep_label = Sentence(QT_TRANSLATE_NOOP("Inbox", "Keep {mark}"), mark=kept_text)
    else:
        keep_label = Sentence(QT_TRANSLATE_NOOP("Inbox", "Keep {mark} ({person}'s)"), mark=kept_text, person=kept_by)
    if lost_by is YOU:
        restore_label = Sentence(QT_TRANSLATE_NOOP("Inbox", "Restore {mark} (yours)"), mark=lost_text)
    elif lost_by is SOMEONE:
        restore_label = Sentence(QT_TRANSLATE_NOOP("Inbox", "Restore {mark}"), mark=lost_text)
    else:
        restore_label = Sentence(QT_TRANSLATE_NOOP("Inbox", "Restore {mark} ({person}'s)"), mark=lost_text,
                                 person=lost_by)
    return InboxItem(
        kind=a.kind, id=a.id,
        title=Sentence(QT_TRANSLATE_NOOP("Inbox", "Two marks for {student} in {assessment}"),
                       student=student, assessment=assessment),
        text=text, when=_parse_time(a.when), actions=(KEEP_THEIRS, RESTORE_MINE),
        keep_theirs=kept_value, restore_mine=lost_value, keep_label=keep_label, restore_label=restore_label,
    )


def _attendance_word(code: Any) -> Any:
    code = str(code or "")
    return ATTENDANCE_WORDS.get(code, code or NOT_MARKED)


def _describe_lost_change(names: _Names, a: Attention) -> InboxItem:
    mine, theirs = a.mine or {}, a.theirs or {}
    entity = a.entity
    if entity == "attendance_marks":
        row = names.session.get(AttendanceMark, a.row_id)
        student = names.student(theirs.get("student_id") or mine.get("student_id") or (row.student_id if row else None))
        words = {"student": student,
                 "date": _day(theirs.get("date") or mine.get("date") or (row.date if row else "")),
                 "mine": _attendance_word(mine.get("code")), "theirs": _attendance_word(theirs.get("code"))}
        by = names.person(theirs.get("marked_by"))
        at = _clock(theirs.get("marked_at"))
        if by is YOU and at is not None:
            what = Sentence(QT_TRANSLATE_NOOP(
                "Inbox", "Your attendance mark for {student} on {date} ({mine}) was replaced by {theirs}, which you "
                         "marked on another device at {at}."), **words, at=at)
        elif by is YOU:
            what = Sentence(QT_TRANSLATE_NOOP(
                "Inbox", "Your attendance mark for {student} on {date} ({mine}) was replaced by {theirs}, which you "
                         "marked on another device."), **words)
        elif at is not None:
            what = Sentence(QT_TRANSLATE_NOOP(
                "Inbox", "Your attendance mark for {student} on {date} ({mine}) was replaced by {theirs}, marked by "
                         "{by} at {at}."), **words, by=by, at=at)
        else:
            what = Sentence(QT_TRANSLATE_NOOP(
                "Inbox", "Your attendance mark for {student} on {date} ({mine}) was replaced by {theirs}, marked by "
                         "{by}."), **words, by=by)
        title = Sentence(QT_TRANSLATE_NOOP("Inbox", "Attendance of {student}"), student=student)
    elif entity == "marks":
        student = names.student(theirs.get("student_id") or mine.get("student_id"))
        assessment, max_centi = names.assessment(theirs.get("assessment_id") or mine.get("assessment_id"))
        what = _replaced(_mark_text(_mark_value(mine), max_centi), _mark_text(_mark_value(theirs), max_centi),
                         student, assessment, names.person(theirs.get("entered_by")), None)
        title = Sentence(QT_TRANSLATE_NOOP("Inbox", "Mark of {student}"), student=student)
    else:
        sentences = ENTITY_SENTENCES.get(entity, OTHER_SENTENCES)
        what, title = Sentence(sentences[1]), Sentence(sentences[0])
    reason = Reason(a.message) if a.message else None
    return InboxItem(kind=a.kind, id=a.id, title=title, text=_paragraph(what, reason), when=_parse_time(a.when),
                     actions=(DISMISS,))


def _describe_rejected(names: _Names, a: Attention, currency_digits: int) -> InboxItem:
    fields = a.mine or {}
    entity = a.entity
    # The server's sentence by its key (app/sync/reasons.py), else its English as kept.
    reason = a.message if isinstance(a.message, Sentence) else Reason(a.message or "")
    if entity == "payments":
        student = names.student(fields.get("student_id"))
        amount = fields.get("amount_minor")
        receipt = fields.get("receipt_no", "")
        if amount and receipt:
            words = {"student": student, "receipt": receipt,
                     "amount": Money(int(amount), str(fields.get("currency", "")), currency_digits)}
            title = Sentence(QT_TRANSLATE_NOOP(
                "Inbox", "Refused: the payment {amount} for {student} (receipt {receipt})"), **words)
            text = Sentence(QT_TRANSLATE_NOOP(
                "Inbox", "The payment {amount} for {student} (receipt {receipt}) was refused by the school's server: "
                         "{reason}"), **words, reason=reason)
        elif amount:
            words = {"student": student,
                     "amount": Money(int(amount), str(fields.get("currency", "")), currency_digits)}
            title = Sentence(QT_TRANSLATE_NOOP("Inbox", "Refused: the payment {amount} for {student}"), **words)
            text = Sentence(QT_TRANSLATE_NOOP(
                "Inbox", "The payment {amount} for {student} was refused by the school's server: {reason}"),
                **words, reason=reason)
        else:
            title = Sentence(QT_TRANSLATE_NOOP("Inbox", "Refused: the payment for {student}"), student=student)
            text = Sentence(QT_TRANSLATE_NOOP(
                "Inbox", "The payment for {student} was refused by the school's server: {reason}"),
                student=student, reason=reason)
    elif entity == "attendance_marks":
        words = {"student": names.student(fields.get("student_id")), "date": _day(fields.get("date", ""))}
        title = Sentence(QT_TRANSLATE_NOOP("Inbox", "Refused: your attendance mark for {student} on {date}"), **words)
        text = Sentence(QT_TRANSLATE_NOOP(
            "Inbox", "Your attendance mark for {student} on {date} was refused by the school's server: {reason}"),
            **words, reason=reason)
    elif entity == "marks":
        assessment, _ = names.assessment(fields.get("assessment_id"))
        words = {"student": names.student(fields.get("student_id")), "assessment": assessment}
        title = Sentence(QT_TRANSLATE_NOOP("Inbox", "Refused: your mark for {student} in {assessment}"), **words)
        text = Sentence(QT_TRANSLATE_NOOP(
            "Inbox", "Your mark for {student} in {assessment} was refused by the school's server: {reason}"),
            **words, reason=reason)
    else:
        sentences = ENTITY_SENTENCES.get(entity, OTHER_SENTENCES)
        title, text = Sentence(sentences[2]), Sentence(sentences[3], reason=reason)
    return InboxItem(kind="rejected", id=a.id, title=title, text=text, when=_parse_time(a.when), actions=(DISMISS,))


def describe_inbox(session: Session, actor: Actor, currency_digits: int = 2) -> list[InboxItem]:
    """Every item of ``actor``'s inbox in words, newest first."""
    names = _Names(session, actor)
    items: list[InboxItem] = []
    attention = inbox(session, actor)
    # The server's marks conflict and this device's record of its push losing
    # are one event for the person: show it once, as the conflict to resolve.
    in_conflict = {a.row_id for a in attention if a.kind == "marks_conflict"}
    for a in attention:
        if a.kind != "marks_conflict" and a.kind != "rejected" and a.row_id in in_conflict:
            continue
        if a.kind == "marks_conflict":
            items.append(_describe_marks_conflict(names, a))
        elif a.kind == "rejected":
            items.append(_describe_rejected(names, a, currency_digits))
        else:
            items.append(_describe_lost_change(names, a))
    return items


def load_inbox(school: OpenSchool) -> list[InboxItem]:
    """On a worker: the open school's inbox for the person using it."""
    with school.db.session() as session:
        return describe_inbox(session, school.actor, school.currency_digits)


def load_waiting_from_others(school: OpenSchool) -> list[WaitingFrom]:
    """On a worker: changes other people made on this computer that still wait to be sent."""
    with school.db.session() as session:
        return waiting_from_others(session, school.actor.user_id)


def others_waiting_text(waiting: list[WaitingFrom]) -> str:
    """For a principal or admin, in words: who has changes waiting here, how many, since when."""
    if not waiting:
        return ""
    locale = QLocale()
    lines = [QCoreApplication.translate(
        "InboxScreen", "Changes made on this computer by other people are waiting to be sent. Each person's "
        "changes are sent the next time they sign in here:")]
    for w in waiting:
        oldest = w.oldest.replace(tzinfo=dt.timezone.utc) if w.oldest.tzinfo is None else w.oldest
        local = oldest.astimezone()
        when = locale.toString(QDateTime(QDate(local.year, local.month, local.day),
                                         QTime(local.hour, local.minute)), QLocale.FormatType.ShortFormat)
        lines.append("• " + QCoreApplication.translate(
            "InboxScreen", "{name} — changes waiting: %n, the oldest made {when}", "", w.count).format(name=w.name, when=when))
    return "\n".join(lines)


# --------------------------------------------------------------------------
# The screen
# --------------------------------------------------------------------------


def say(value: Any) -> str:
    """An item's sentence (or one of its words) in the person's language.

    Like :func:`app.ui.i18n.translated`, with the inbox's own values: a score
    with the locale's decimal sign, a time (and the date, another day) in the
    locale's short format, money as the other screens write it, and the sync's
    reason through :func:`~app.ui.sync_controller.sync_words`.
    """
    if isinstance(value, Sentence):
        template = value.template
        text = QCoreApplication.translate(template.context, str(template)) if isinstance(template, Message) \
            else str(template)
        if not value.arguments:
            return text
        try:
            return text.format(**{k: say(v) for k, v in value.arguments.items()})
        except (KeyError, IndexError, ValueError):
            return str(value)
    locale = QLocale()
    if isinstance(value, Score):
        return locale.toString(value.centi / 100, "g", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)
    if isinstance(value, Clock):
        local = value.when.astimezone()
        if value.is_today():
            return locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        return locale.toString(QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0),
                               QLocale.FormatType.ShortFormat)
    if isinstance(value, Money):
        return format_money(value.amount_minor, value.currency, value.digits)
    if isinstance(value, Reason):
        return sync_words(str(value))
    return translated(value)


class InboxModel(QAbstractTableModel):
    WHEN, WHAT = range(2)
    ItemRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[InboxItem] = []

    def set_items(self, items: list[InboxItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("When"), self.tr("What needs your attention"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == self.ItemRole:
            return item
        if role == self.SortRole:
            return item.when.timestamp() if item.when else 0.0
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.WHEN:
                if item.when is None:
                    return ""
                local = item.when.astimezone()
                return QLocale().toString(
                    QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0),
                    QLocale.FormatType.ShortFormat,
                )
            return say(item.title)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.WHAT:
            return say(item.text)
        return None


class InboxScreen(QWidget):
    """Conflicts and refused changes of the person using Daftar."""

    def __init__(self, ctx: AppContext, school: OpenSchool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.school = school
        self._stale = True
        self._request = 0
        self.items: list[InboxItem] = []

        title = QLabel(self.tr("Inbox"))
        title.setObjectName("screenTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("screenSubtitle")
        self.subtitle.setWordWrap(True)
        # For a principal or admin: changes other people made on this computer that still wait to be sent.
        self.others_waiting = QLabel()
        self.others_waiting.setObjectName("formNote")
        self.others_waiting.setWordWrap(True)
        self.others_waiting.setAccessibleName(self.tr("Changes waiting from other people"))
        self.others_waiting.hide()

        self.model = InboxModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(InboxModel.SortRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("What needs your attention"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(InboxModel.WHEN, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(InboxModel.WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(InboxModel.WHAT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(34)

        self.details = QFrame()
        self.details.setObjectName("inboxDetails")
        self.detail_title = QLabel()
        self.detail_title.setObjectName("sectionHeading")
        self.detail_title.setWordWrap(True)
        self.detail_text = QLabel()
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keep_button = QPushButton()
        self.keep_button.setObjectName("primaryButton")
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("secondaryButton")
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setObjectName("secondaryButton")
        self.dismiss_button.setToolTip(self.tr("You have read this; take it out of the inbox"))
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(16, 12, 16, 12)
        details_layout.addWidget(self.detail_title)
        details_layout.addWidget(self.detail_text)
        details_layout.addLayout(buttons)
        details_layout.addWidget(self.message)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.others_waiting)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.keep_button.clicked.connect(lambda: self._act(KEEP_THEIRS))
        self.restore_button.clicked.connect(lambda: self._act(RESTORE_MINE))
        self.dismiss_button.clicked.connect(lambda: self._act(DISMISS))
        ctx.hub.data_changed.connect(self._on_data_changed)
        ctx.hub.sync_finished.connect(self._on_sync_finished)
        self._show_current()

    # -- loading --------------------------------------------------------------

    def refresh(self) -> None:
        self._stale = False
        self._request += 1
        request = self._request
        school = self.school
        self.ctx.tasks.run_task(lambda: load_inbox(school), on_success=lambda items: self._loaded(request, items),
                                owner=self)
        if school.actor.role in ("principal", "admin"):
            self.ctx.tasks.run_task(lambda: load_waiting_from_others(school),
                                    on_success=lambda waiting: self._show_others_waiting(request, waiting), owner=self)

    def _show_others_waiting(self, request: int, waiting: list[WaitingFrom]) -> None:
        if request != self._request:
            return
        self.others_waiting.setText(others_waiting_text(waiting))
        self.others_waiting.setVisible(bool(waiting))

    def _loaded(self, request: int, items: list[InboxItem]) -> None:
        if request != self._request:
            return
        current = self.current_item()
        self.items = items
        self.model.set_items(items)
        if items:
            self.subtitle.setText(self.tr("%n item(s) need your attention.", "", len(items)))
        else:
            self.subtitle.setText(self.tr("Nothing needs your attention. Conflicts and changes the school's server "
                                          "refused will appear here after a sync."))
        row = 0
        if current is not None:
            for r in range(self.proxy.rowCount()):
                if self.proxy.index(r, 0).data(InboxModel.ItemRole).id == current.id:
                    row = r
        if items:
            # Not selectRow(): right to left it finds no column at the viewport's edge and selects nothing.
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(row, InboxModel.WHAT),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show_current()

    def current_item(self) -> InboxItem | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return index.siblingAtColumn(0).data(InboxModel.ItemRole)

    def _show_current(self) -> None:
        item = self.current_item()
        self.message.clear()
        self.details.setVisible(item is not None)
        if item is None:
            return
        self.detail_title.setText(say(item.title))
        self.detail_text.setText(say(item.text))
        self.keep_button.setVisible(KEEP_THEIRS in item.actions)
        self.restore_button.setVisible(RESTORE_MINE in item.actions)
        self.dismiss_button.setVisible(DISMISS in item.actions)
        self.keep_button.setText(say(item.keep_label) if item.keep_label else self.tr("Keep theirs"))
        self.restore_button.setText(say(item.restore_label) if item.restore_label else self.tr("Restore mine"))
        for button in (self.keep_button, self.restore_button, self.dismiss_button):
            button.setEnabled(True)

    # -- acting ---------------------------------------------------------------

    def _act(self, action: str) -> None:
        item = self.current_item()
        if item is None or action not in item.actions:
            return
        for button in (self.keep_button, self.restore_button, self.dismiss_button):
            button.setEnabled(False)
        school = self.school
        actor = school.actor

        def write() -> str:
            with school.db.write() as session:
                if action == DISMISS:
                    acknowledge(session, actor, item.id)
                    return "inbox"
                value = item.keep_theirs if action == KEEP_THEIRS else item.restore_mine
                assert value is not None
                row_id = session.get(ServerConflict, item.id).row_id
                resolve_marks_conflict(session, actor, item.id, value)
                # This device's own record of the same clash is settled with it.
                for other in inbox(session, actor):
                    if other.kind not in ("marks_conflict", "rejected") and other.row_id == row_id:
                        acknowledge(session, actor, other.id)
                return "marks"

        def done(entity: str) -> None:
            if action == DISMISS:
                self.ctx.hub.status_message.emit(self.tr("Dismissed."), 4000)
            else:
                self.ctx.hub.status_message.emit(self.tr("Saved. The choice is sent with the next sync."), 5000)
            self.ctx.hub.data_changed.emit(entity, [item.id])
            self.refresh()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ServiceError):
                report_to_excepthook(exc)
                self._show_current()
                return
            self._show_current()
            self.message.setText(translated(exc))

        self.ctx.tasks.run_task(write, on_success=done, on_error=failed, write=True, owner=self)

    # -- events ---------------------------------------------------------------

    @Slot(str, list)
    def _on_data_changed(self, entity: str, _ids: list) -> None:
        if entity not in ("marks", "server_conflicts", "attendance_marks", "payments", "inbox", ""):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    @Slot(bool, str)
    def _on_sync_finished(self, _ok: bool, _message: str) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()
