"""The inbox: conflicts and refused changes, each in words, with what can be done about it.

Items come from :func:`app.services.conflicts.inbox`; :func:`load_inbox`
(Qt-free, run in a background task) turns their ids into names — the
student, the assessment and subject, who entered the other value and when —
and says which actions the kind of item allows:

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
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
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
from app.services.context import Actor, ServiceError
from app.services.grades import MarkValue
from app.storage.models import Assessment, AttendanceMark, Mark, ServerConflict, Student, Subject, User
from app.ui.context import AppContext, OpenSchool
from app.ui.formatting import format_money
from app.ui.i18n import translated
from app.ui.sync_controller import sync_words
from app.ui.tasks import report_to_excepthook

_Index = QModelIndex | QPersistentModelIndex

KEEP_THEIRS, RESTORE_MINE, DISMISS = "keep_theirs", "restore_mine", "dismiss"

ENTITY_WORDS = {
    "attendance_marks": "an attendance mark",
    "marks": "a mark",
    "payments": "a payment",
    "payment_allocations": "a payment's allocation",
    "payment_cancellations": "a payment's cancellation",
    "students": "a student's record",
    "enrollments": "an enrolment",
    "server_conflicts": "a conflict's resolution",
}
ATTENDANCE_WORDS = {"P": "present", "A": "absent", "L": "late", "E": "excused", "H": "half day"}


@dataclass(frozen=True)
class InboxItem:
    """One item, in words, ready to show."""

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


def _clock(value: Any) -> str:
    when = _parse_time(value)
    if when is None:
        return ""
    local = when.astimezone()
    today = dt.datetime.now().astimezone().date()
    return local.strftime("%H:%M") if local.date() == today else local.strftime("%d %b, %H:%M")


def _mark_value(row: dict[str, Any] | None) -> MarkValue | None:
    if not row:
        return None
    status = row.get("status") or "scored"
    score = row.get("score_centi")
    return MarkValue(status, int(score) if status == "scored" and score is not None else None)


def _mark_text(value: MarkValue | None, max_centi: int | None) -> str:
    if value is None:
        return "nothing"
    if value.status == "absent":
        return "absent"
    if value.status == "exempt":
        return "exempt"
    score = f"{(value.score_centi or 0) / 100:g}"
    return f"{score}/{max_centi / 100:g}" if max_centi else score


class _Names:
    def __init__(self, session: Session, actor: Actor) -> None:
        self.session = session
        self.actor = actor

    def person(self, user_id: str | None) -> str:
        if not user_id:
            return "someone"
        if user_id == self.actor.user_id:
            return "you"
        user = self.session.get(User, user_id)
        return user.full_name if user is not None else "someone"

    def student(self, student_id: str | None) -> str:
        student = self.session.get(Student, student_id) if student_id else None
        return student.full_name if student is not None else "a student"

    def assessment(self, assessment_id: str | None) -> tuple[str, int | None]:
        assessment = self.session.get(Assessment, assessment_id) if assessment_id else None
        if assessment is None:
            return "an assessment", None
        subject = self.session.get(Subject, assessment.subject_id)
        name = f"{subject.name} {assessment.name}" if subject is not None else assessment.name
        return name, assessment.max_marks_centi


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
    at_text = f" at {at}" if at else ""
    if lost_by == "you":
        text = f"Your mark {lost_text} for {student} in {assessment} was replaced by {kept_text} entered by {kept_by}{at_text}."
    elif kept_by == "you":
        text = (f"Your mark {kept_text} for {student} in {assessment} is kept for now over {lost_text} "
                f"entered by {lost_by}.")
    else:
        text = (f"The mark {lost_text} for {student} in {assessment}, entered by {lost_by}, was replaced by "
                f"{kept_text} entered by {kept_by}{at_text}.")
    text += " Choose which one is right."
    return InboxItem(
        kind=a.kind, id=a.id, title=f"Two marks for {student} in {assessment}", text=text,
        when=_parse_time(a.when), actions=(KEEP_THEIRS, RESTORE_MINE),
        keep_theirs=kept_value, restore_mine=lost_value,
        keep_label=f"Keep {kept_text}" + (f" ({kept_by}'s)" if kept_by not in ("you", "someone") else ""),
        restore_label=f"Restore {lost_text}" + (" (yours)" if lost_by == "you" else
                                                f" ({lost_by}'s)" if lost_by != "someone" else ""),
    )


def _describe_lost_change(names: _Names, a: Attention) -> InboxItem:
    mine, theirs = a.mine or {}, a.theirs or {}
    entity = a.entity
    if entity == "attendance_marks":
        row = names.session.get(AttendanceMark, a.row_id)
        student = names.student(theirs.get("student_id") or mine.get("student_id") or (row.student_id if row else None))
        day = theirs.get("date") or mine.get("date") or (row.date.isoformat() if row else "")
        mine_code = ATTENDANCE_WORDS.get(str(mine.get("code", "")), str(mine.get("code", "")) or "your mark")
        their_code = ATTENDANCE_WORDS.get(str(theirs.get("code", "")), str(theirs.get("code", "")))
        by = names.person(theirs.get("marked_by"))
        at = _clock(theirs.get("marked_at"))
        text = (f"Your attendance mark for {student} on {day} ({mine_code}) was replaced by {their_code}, "
                f"marked by {by}" + (f" at {at}" if at else "") + ".")
        title = f"Attendance of {student}"
    elif entity == "marks":
        student = names.student(theirs.get("student_id") or mine.get("student_id"))
        assessment, max_centi = names.assessment(theirs.get("assessment_id") or mine.get("assessment_id"))
        text = (f"Your mark {_mark_text(_mark_value(mine), max_centi)} for {student} in {assessment} was "
                f"replaced by {_mark_text(_mark_value(theirs), max_centi)} entered by "
                f"{names.person(theirs.get('entered_by'))}.")
        title = f"Mark of {student}"
    else:
        thing = ENTITY_WORDS.get(entity, "a record")
        text = f"Your change to {thing} met a later one. " + sync_words(a.message or "")
        title = thing[:1].upper() + thing[1:]
    reason = sync_words(a.message or "")  # the sync's default reason, in the person's language
    if reason and reason not in text:
        text += " " + reason
    return InboxItem(kind=a.kind, id=a.id, title=title, text=text.strip(), when=_parse_time(a.when),
                     actions=(DISMISS,))


def _describe_rejected(names: _Names, a: Attention, currency_digits: int) -> InboxItem:
    fields = a.mine or {}
    entity = a.entity
    if entity == "payments":
        student = names.student(fields.get("student_id"))
        amount = fields.get("amount_minor")
        money = format_money(int(amount), str(fields.get("currency", "")), currency_digits) if amount else ""
        receipt = fields.get("receipt_no", "")
        what = f"The payment {money} for {student}" + (f" (receipt {receipt})" if receipt else "")
    elif entity == "attendance_marks":
        what = f"Your attendance mark for {names.student(fields.get('student_id'))} on {fields.get('date', '')}"
    elif entity == "marks":
        assessment, _ = names.assessment(fields.get("assessment_id"))
        what = f"Your mark for {names.student(fields.get('student_id'))} in {assessment}"
    else:
        thing = ENTITY_WORDS.get(entity, "a record")
        what = f"Your change to {thing}"
    text = f"{what} was refused by the school's server: {sync_words(a.message or '')}"
    return InboxItem(kind="rejected", id=a.id, title="Refused: " + what[:1].lower() + what[1:] if what.startswith("Your")
                     else "Refused: " + what, text=text, when=_parse_time(a.when), actions=(DISMISS,))


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


# --------------------------------------------------------------------------
# The screen
# --------------------------------------------------------------------------


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
            return item.title
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.WHAT:
            return item.text
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
            self.table.selectRow(row)
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
        self.detail_title.setText(item.title)
        self.detail_text.setText(item.text)
        self.keep_button.setVisible(KEEP_THEIRS in item.actions)
        self.restore_button.setVisible(RESTORE_MINE in item.actions)
        self.dismiss_button.setVisible(DISMISS in item.actions)
        self.keep_button.setText(item.keep_label or self.tr("Keep theirs"))
        self.restore_button.setText(item.restore_label or self.tr("Restore mine"))
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
