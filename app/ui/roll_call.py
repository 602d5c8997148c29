"""The "Roll call" screen: a class's attendance in under a minute, by keyboard or touch.

The person picks a day (today by default) and one of their sections (a
teacher: homeroom and timetabled sections of that weekday; the principal and
the office: any). Everyone is present until marked otherwise. One key per
student:

* digits jump to that roll number (``1`` ``2`` → roll 12);
* a code's letter (``A``, ``L``, ``P``, ``H``… the school's own codes) sets it
  and moves to the next student; Space switches present/absent;
* the arrow keys move; F2 or a double-click writes a note;
* Enter saves: in a write task, and "Saved" shows only after the commit.

The big code buttons do the same for touch. The rules (school days, edit
window, office-only codes, rosters, absence alerts) are the services'
(:func:`app.services.attendance.take_roll_call`); this module shows their
answers. Each row shows its sync state: not saved, waiting, synced, conflict.
A side list names the sections with no roll call yet that day, and a
reminder shows once a day at the time chosen in the Settings dialog
(:func:`app.config.roll_call_reminder`, default 09:30), by the school's
clock (its time zone, clock-corrected), not this computer's.
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QDate,
    QElapsedTimer,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPainter, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.attendance import (
    SYNC_CONFLICT,
    SYNC_NEW,
    SYNC_SYNCED,
    SYNC_WAITING,
    MarkEntry,
    RollCall,
    RollCallResult,
    RosterLine,
    SchoolClock,
    SectionChoice,
    read_roll_call_screen,
    roll_call_reminder_due,
    school_clock,
    take_roll_call,
)
from app.config import roll_call_reminder
from app.services.alerts import GRACE_PERIOD
from app.services.clock import school_today
from app.services.context import Actor, ServiceError
from app.ui.context import AppContext, OpenSchool
from app.ui.formatting import format_count, format_date
from app.ui.i18n import date_field_in_order, point_arrow, translated

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ROLL_ALIGNMENT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE_FLAGS = _CELL_FLAGS | Qt.ItemFlag.ItemIsEditable
_ABSENT = object()
# The roles :meth:`RosterModel._rare_data` answers (not painted: made only when asked for).
_RARE_ROLES = frozenset({int(Qt.ItemDataRole.ToolTipRole), int(Qt.ItemDataRole.AccessibleTextRole),
                         int(Qt.ItemDataRole.UserRole) + 1})

# Entities whose change (by a sync, or another screen) means reading again.
WATCHED = {"attendance_marks", "attendance_codes", "enrollments", "students", "sections", "schools",
           "school_calendar", "teaching_assignments"}
# How long typed digits make one roll number.
ROLL_TYPING_MS = 1200
ROW_HEIGHT = 44  # touch laptops: a finger's row

KIND_COLORS = {
    "present": "#1f6f5c", "late": "#9a6700", "absent": "#b3261e", "excused": "#3d5a98", "half_day": "#7a4fa0",
}
# The code buttons' one style sheet: each button's colour by its ``kind`` property; greyed when disabled.
CODE_BUTTONS_STYLE = (
    "QPushButton { color: #44535e; font-weight: 600; border: 1px solid #cfd8dc; border-radius: 6px;"
    " background: white; }"
    + "".join(f' QPushButton[kind="{kind}"] {{ color: {color}; }}' for kind, color in KIND_COLORS.items())
    + " QPushButton:disabled { color: #a7b1b7; background: #f1f3f4; }"
)


@dataclass(frozen=True)
class ScreenData:
    """What one background read gives the screen."""

    day: dt.date
    sections: tuple[SectionChoice, ...]
    not_registered: tuple[SectionChoice, ...]
    roll_call: RollCall | None
    problem: str = ""  # a reason the roll call could not be read
    clock: SchoolClock = SchoolClock()  # the school's time, for the reminder


def load_screen(school: OpenSchool, actor: Actor, day: dt.date | None, section_id: str | None,
                period: int | None) -> ScreenData:
    """Runs on a worker: the day's sections, those not registered, and one roll call, in one read."""
    with school.db.session() as session:
        try:
            read = read_roll_call_screen(session, actor, day, section_id, period)
        except ServiceError as exc:
            day = day or school_today(session)
            return ScreenData(day, (), (), None, translated(exc), clock=school_clock(session))
    return ScreenData(read.day, read.sections, read.not_registered, read.roll_call, clock=read.clock)


def save_roll_call(school: OpenSchool, actor: Actor, section_id: str, day: dt.date, period: int,
                   marks: dict[str, MarkEntry]) -> RollCallResult:
    """Runs on the write worker: one transaction, marks and outbox and alerts together."""
    with school.db.write() as session:
        return take_roll_call(session, actor, section_id, day, marks, period)


# --------------------------------------------------------------------------
# The roster model
# --------------------------------------------------------------------------


class RosterModel(QAbstractTableModel):
    """The roster with the marks being taken: saved code, or the person's change, or present."""

    ROLL, PHOTO, NAME, CODE, NOTE, SYNC, ALERT = range(7)
    LINE_ROLE = Qt.ItemDataRole.UserRole + 1

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.call: RollCall | None = None
        self._lines: list[RosterLine] = []
        self._edits: dict[str, tuple[str, str]] = {}  # student id → (code, note) not saved yet
        self._kinds: dict[str, str] = {}
        self._labels: dict[str, str] = {}
        self._photos: dict[str, QPixmap] = {}
        self._cells: list[tuple[dict[int, object], ...] | None] = []  # per row, made when first asked for
        self._code_font = QFont()
        self._code_font.setBold(True)
        self._code_font.setPointSizeF(self._code_font.pointSizeF() * 1.15)

    # -- state ---------------------------------------------------------------

    def set_roll_call(self, call: RollCall | None, keep_edits: bool = False) -> None:
        self.beginResetModel()
        edits = self._edits if keep_edits else {}
        self.call = call
        self._lines = list(call.lines) if call else []
        ids = {line.student_id for line in self._lines}
        self._edits = {sid: e for sid, e in edits.items() if sid in ids}
        self._kinds = {c.code: c.kind for c in call.codes} if call else {}
        self._labels = {c.code: c.label for c in call.codes} if call else {}
        self._cells = [None] * len(self._lines)
        self.endResetModel()
        self.changed.emit()

    def line(self, row: int) -> RosterLine:
        return self._lines[row]

    def row_of_roll(self, roll_no: int) -> int:
        for i, line in enumerate(self._lines):
            if line.roll_no == roll_no:
                return i
        return -1

    def code_of(self, row: int) -> str:
        line = self._lines[row]
        if line.student_id in self._edits:
            return self._edits[line.student_id][0]
        if line.code is not None:
            return line.code
        if self.call is None or not self.call.editable:
            return ""  # not taken, and it cannot be any more: nobody is "present" by default
        return self.call.default_code

    def note_of(self, row: int) -> str:
        line = self._lines[row]
        return self._edits[line.student_id][1] if line.student_id in self._edits else line.note

    def is_dirty(self, row: int) -> bool:
        line = self._lines[row]
        return line.student_id in self._edits or (line.code is None and bool(self.call and self.call.editable))

    def set_code(self, row: int, code: str) -> None:
        self._set(row, code, self.note_of(row))

    def set_note(self, row: int, note: str) -> None:
        self._set(row, self.code_of(row), note)

    def _set(self, row: int, code: str, note: str) -> None:
        line = self._lines[row]
        if line.code == code and line.note == note:
            self._edits.pop(line.student_id, None)
        else:
            self._edits[line.student_id] = (code, note)
        self._cells[row] = None
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.ALERT))
        self.changed.emit()

    def forget_saved(self, saved: dict[str, MarkEntry]) -> None:
        """After a save: changes that were saved are no longer changes (those typed meanwhile stay)."""
        for sid, entry in saved.items():
            if self._edits.get(sid) == (entry.code, entry.note):
                del self._edits[sid]
        self._cells = [None] * len(self._lines)

    def changed_count(self) -> int:
        """Marks the person changed and has not saved (students left present by default are not counted)."""
        return len(self._edits)

    def discard_changes(self) -> None:
        self.beginResetModel()
        self._edits = {}
        self._cells = [None] * len(self._lines)
        self.endResetModel()
        self.changed.emit()

    def pending_changes(self) -> int:
        return sum(1 for i in range(len(self._lines)) if self.is_dirty(i))

    def marks(self, include_locked: bool) -> dict[str, MarkEntry]:
        """The marks to save: students not marked yet (present unless changed) and those changed.

        Saved marks nobody touched are left as they are (a code the school
        has since removed stays in the record); office-locked rows are left
        out for a teacher.
        """
        return {
            line.student_id: MarkEntry(self.code_of(i), self.note_of(i))
            for i, line in enumerate(self._lines)
            if self.is_dirty(i) and (include_locked or not line.office_locked)
        }

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for i in range(len(self._lines)):
            code = self.code_of(i)
            if code:
                kind = self._kinds.get(code, "present")
                out[kind] = out.get(kind, 0) + 1
        return out

    def not_present(self) -> int:
        return sum(1 for i in range(len(self._lines)) if self._kinds.get(self.code_of(i)) != "present"
                   and not self._lines[i].office_locked)

    # -- Qt ------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != _DISPLAY or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Roll"), "", self.tr("Name"), self.tr("Code"), self.tr("Note"), self.tr("Sync"),
                self.tr("Guardian"))[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if index.isValid() and index.column() == self.NOTE and self.call and self.call.editable \
                and not self._lines[index.row()].office_locked:
            return _EDITABLE_FLAGS
        return _CELL_FLAGS

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: ANN001
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.column() == self.NOTE:
            self.set_note(index.row(), str(value or "").strip())
            return True
        return False

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        """What a cell shows, from the row's cells made once (:meth:`_row_cells`); the rarer roles on demand."""
        if not index.isValid():
            return None
        row = index.row()
        cells = self._cells[row]
        if cells is None:
            cells = self._cells[row] = self._row_cells(row)
        found = cells[index.column()].get(role, _ABSENT)
        if found is not _ABSENT:
            return found
        if role not in _RARE_ROLES:  # the check state, size hint… the view asks each cell and none is set
            return None
        return self._rare_data(row, index.column(), role)

    def _row_cells(self, row: int) -> tuple[dict[int, object], ...]:
        """One row's cells, each its roles the view paints with: text, colours, the code's font, the photo."""
        line = self._lines[row]
        code = self.code_of(row)
        kind = self._kinds.get(code, "")
        if not code:
            code_text = "—"
        else:
            code_text = f"{code}  {self._labels.get(code, self.tr('(no longer used)'))}"
        code_cell: dict[int, object] = {_DISPLAY: code_text, _EDIT: code_text, _FONT: self._code_font,
                                        _FOREGROUND: QColor(KIND_COLORS.get(kind, "#1b2730"))}
        if kind and kind != "present":
            color = QColor(KIND_COLORS.get(kind, "#888888"))
            color.setAlpha(28)
            code_cell[_BACKGROUND] = QBrush(color)
        roll = format_count(line.roll_no)
        note = self.note_of(row)
        sync = self._sync_text(row)
        alert = self._alert_text(line)
        sync_color = QColor({SYNC_SYNCED: "#1f6f5c", SYNC_CONFLICT: "#b3261e",
                             SYNC_WAITING: "#9a6700"}.get(self._sync_state(row), "#5b6b76"))
        return (
            {_DISPLAY: roll, _EDIT: roll, _ALIGNMENT: _ROLL_ALIGNMENT},
            {_DECORATION: self._photo(line)},
            {_DISPLAY: line.name, _EDIT: line.name},
            code_cell,
            {_DISPLAY: note, _EDIT: note},
            {_DISPLAY: sync, _EDIT: sync, _FOREGROUND: sync_color},
            {_DISPLAY: alert, _EDIT: alert},
        )

    def _rare_data(self, row: int, col: int, role: int):  # noqa: ANN202 - what Qt asks for
        line = self._lines[row]
        if role == self.LINE_ROLE:
            return line
        if role == Qt.ItemDataRole.ToolTipRole:
            if line.office_locked:
                return self.tr("Set by the office; a teacher cannot change it.")
            if col == self.SYNC:
                return self._sync_tip(row)
            if col == self.ALERT and line.alert:
                return self.tr("The absence alert to the guardian: the server sends it {minutes} minutes after "
                               "the roll call; a correction before then cancels it.").format(
                    minutes=int(GRACE_PERIOD.total_seconds() // 60))
        if role == Qt.ItemDataRole.AccessibleTextRole and col == self.CODE:
            return self._labels.get(self.code_of(row), self.code_of(row))
        return None

    def _alert_text(self, line: RosterLine) -> str:
        if not line.alert:
            return ""
        channel = self.tr("SMS") if line.alert_channel == "sms" else self.tr("E-mail")
        status = {"queued": self.tr("queued"), "cancelled": self.tr("cancelled"), "sent": self.tr("sent"),
                  "failed": self.tr("failed")}.get(line.alert, line.alert)
        return f"{channel} {status}"

    def _sync_state(self, row: int) -> str:
        return SYNC_NEW if self.is_dirty(row) else self._lines[row].sync_state

    def _sync_text(self, row: int) -> str:
        if self._lines[row].code is None and not self.is_dirty(row):
            return self.tr("Not taken")
        state = self._sync_state(row)
        return {
            SYNC_NEW: self.tr("Not saved"),
            SYNC_WAITING: self.tr("Waiting"),
            SYNC_SYNCED: self.tr("Synced"),
            SYNC_CONFLICT: self.tr("Conflict"),
        }.get(state, state)

    def _sync_tip(self, row: int) -> str:
        if self._lines[row].code is None and not self.is_dirty(row):
            return self.tr("No roll call was taken for this student on this day.")
        state = self._sync_state(row)
        return {
            SYNC_NEW: self.tr("Changed here; press Enter to save."),
            SYNC_WAITING: self.tr("Saved on this computer; waiting to reach the server."),
            SYNC_SYNCED: self.tr("The server has this mark."),
            SYNC_CONFLICT: self.tr("Another mark won on the server, or it refused this one: see the Inbox."),
        }.get(state, "")

    def _photo(self, line: RosterLine) -> QPixmap:
        """A placeholder photo: the student's initials in a circle."""
        pix = self._photos.get(line.student_id)
        if pix is None:
            size = 34
            pix = QPixmap(size, size)
            pix.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pix)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            hue = zlib.crc32(line.student_id.encode()) % 360
            painter.setBrush(QColor.fromHsv(hue, 60, 225))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(0, 0, size, size)
            painter.setPen(QColor("#2d3b45"))
            font = QFont()
            font.setBold(True)
            font.setPixelSize(13)
            painter.setFont(font)
            initials = "".join(w[0] for w in line.name.split()[:2]).upper()
            painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, initials)
            painter.end()
            self._photos[line.student_id] = pix
        return pix


class SectionListModel(QAbstractListModel):
    """The sections with no roll call yet."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sections: list[SectionChoice] = []

    def set_sections(self, sections: tuple[SectionChoice, ...]) -> None:
        self.beginResetModel()
        self.sections = list(sections)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sections)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.sections[index.row()].name
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#b3261e")
        return None


# --------------------------------------------------------------------------
# The screen
# --------------------------------------------------------------------------


class RosterView(QTableView):
    """The grid, with the roll call's keys: digits jump, letters set codes, Enter saves."""

    code_key = Signal(str)
    save_requested = Signal()
    toggle_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._since = QElapsedTimer()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        key = event.key()
        text = event.text()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._typed = ""
            self.save_requested.emit()
            return
        if text.isdigit() and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                                      | Qt.KeyboardModifier.AltModifier):
            self._jump(text)
            return
        if key == Qt.Key.Key_Space:
            self._typed = ""
            self.toggle_requested.emit()
            return
        if text and text.isalpha() and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                                               | Qt.KeyboardModifier.AltModifier):
            self._typed = ""
            self.code_key.emit(text.upper())
            return
        self._typed = ""
        super().keyPressEvent(event)

    def _jump(self, digit: str) -> None:
        model: RosterModel = self.model()
        if not self._since.isValid() or self._since.elapsed() > ROLL_TYPING_MS:
            self._typed = ""
        self._since.restart()
        typed = self._typed + digit
        row = model.row_of_roll(int(typed))
        if row < 0:  # "12" is nobody: start again from this digit
            typed = digit
            row = model.row_of_roll(int(typed))
        self._typed = typed
        if row >= 0:
            self.setCurrentIndex(model.index(row, RosterModel.CODE))
            self.scrollTo(model.index(row, RosterModel.CODE))


class RollCallScreen(QWidget):
    """Take a section's roll call for a day; see which sections are not registered yet."""

    saved = Signal(object)  # RollCallResult, after the commit

    def __init__(self, ctx: AppContext, school: OpenSchool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.school = school
        self.actor = school.actor
        self.data: ScreenData | None = None
        self._day: dt.date | None = None
        self._section_id: str | None = None
        self._period: int | None = None
        self._request = 0
        self._saving = False
        self._emitting = False
        self._stale = True
        self._keep_edits = False
        self._reminded_on: dt.date | None = None
        self.confirm_box: QMessageBox | None = None
        self.leave_box: QMessageBox | None = None
        self._after_save: Callable[[], None] | None = None

        self.title = QLabel(self.tr("Roll call"))
        self.title.setObjectName("screenTitle")
        self.subtitle = QLabel("")
        self.subtitle.setObjectName("screenSubtitle")

        self.section_box = QComboBox()
        self.section_box.setAccessibleName(self.tr("Section"))
        self.section_box.setMinimumWidth(170)
        self.period_box = QComboBox()
        self.period_box.setAccessibleName(self.tr("Period"))
        self.previous_day = QToolButton()
        point_arrow(self.previous_day, forward=False)
        self.previous_day.setToolTip(self.tr("Previous day"))
        self.previous_day.setAccessibleName(self.tr("Previous day"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        date_field_in_order(self.date_edit)
        self.date_edit.setAccessibleName(self.tr("Day"))
        self.next_day = QToolButton()
        point_arrow(self.next_day, forward=True)
        self.next_day.setToolTip(self.tr("Next day"))
        self.next_day.setAccessibleName(self.tr("Next day"))
        self.today_button = QPushButton(self.tr("Today"))
        for w in (self.section_box, self.period_box, self.date_edit, self.today_button,
                  self.previous_day, self.next_day):
            w.setMinimumHeight(36)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        for w in (self.section_box, self.period_box, self.previous_day, self.date_edit, self.next_day,
                  self.today_button):
            header.addWidget(w, 0, Qt.AlignmentFlag.AlignVCenter)

        self.banner = QLabel("")
        self.banner.setWordWrap(True)
        self.banner.setObjectName("rollCallBanner")
        self.banner.setStyleSheet("QLabel#rollCallBanner { background: #fdf3e1; border: 1px solid #f0d9a8;"
                                  " border-radius: 6px; padding: 8px 12px; color: #6b4a00; }")
        self.banner.hide()

        self.model = RosterModel(self)
        self.table = RosterView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setIconSize(QSize(34, 34))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.setAccessibleName(self.tr("Class list"))
        h = self.table.horizontalHeader()
        h.setHighlightSections(False)
        h.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        h.setSectionResizeMode(RosterModel.NAME, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(RosterModel.NOTE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((RosterModel.ROLL, 56), (RosterModel.PHOTO, 48), (RosterModel.CODE, 150),
                           (RosterModel.SYNC, 96), (RosterModel.ALERT, 120)):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            h.resizeSection(col, width)

        # The code buttons, in a panel whose one style sheet colours each button by its code's kind (a
        # dynamic property), rather than a style sheet per button.
        self.code_panel = QWidget()
        self.code_panel.setObjectName("rollCallCodes")
        self.code_panel.setStyleSheet(CODE_BUTTONS_STYLE)
        self.code_panel.hide()
        self.code_bar = QHBoxLayout(self.code_panel)
        self.code_bar.setContentsMargins(0, 0, 0, 0)
        self.code_bar.setSpacing(8)
        self._code_key_of_buttons: tuple = ()
        self.code_buttons: dict[str, QPushButton] = {}

        self.counts_label = QLabel("")
        self.counts_label.setObjectName("sectionHeading")
        self.status_label = QLabel("")
        self.status_label.setObjectName("screenSubtitle")
        self.all_present_button = QPushButton(self.tr("Mark all present…"))
        self.save_button = QPushButton(self.tr("Save roll call"))
        self.save_button.setDefault(True)
        self.save_button.setStyleSheet("QPushButton { background: #1f6f5c; color: white; font-weight: 600;"
                                       " border-radius: 6px; padding: 0 22px; }"
                                       " QPushButton:disabled { background: #b9c6c1; }")
        for b in (self.all_present_button, self.save_button):
            b.setMinimumHeight(48)
            b.setMinimumWidth(150)
        footer = QHBoxLayout()
        footer_text = QVBoxLayout()
        footer_text.addWidget(self.counts_label)
        footer_text.addWidget(self.status_label)
        footer.addLayout(footer_text, 1)
        footer.addWidget(self.all_present_button)
        footer.addWidget(self.save_button)

        self.missing_heading = QLabel(self.tr("Not registered yet"))
        self.missing_heading.setObjectName("sectionHeading")
        self.missing_model = SectionListModel(self)
        self.missing_view = QListView()
        self.missing_view.setModel(self.missing_model)
        self.missing_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.missing_view.setAccessibleName(self.tr("Sections not registered yet"))
        self.missing_view.setStyleSheet("QListView::item { min-height: 36px; padding-left: 6px; }")
        self.missing_empty = QLabel(self.tr("Every section is registered."))
        self.missing_empty.setWordWrap(True)
        self.missing_empty.setObjectName("screenSubtitle")
        side = QFrame()
        side.setFixedWidth(210)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.missing_heading)
        side_layout.addWidget(self.missing_view)
        side_layout.addWidget(self.missing_empty)
        side_layout.addStretch(1)
        self.missing_view.setMaximumHeight(320)

        main = QVBoxLayout()
        main.setSpacing(10)
        main.addWidget(self.banner)
        main.addWidget(self.table, 1)
        main.addWidget(self.code_panel)
        self.keys_hint = QLabel(self.tr("Keys: type a roll number to jump · a code's letter marks and moves on · "
                                        "Space: present/absent · F2: note · Enter: save"))
        self.keys_hint.setObjectName("screenSubtitle")
        self.keys_hint.setWordWrap(True)
        main.addWidget(self.keys_hint)
        main.addLayout(footer)
        body = QHBoxLayout()
        body.setSpacing(18)
        body.addLayout(main, 1)
        body.addWidget(side)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(14)
        layout.addLayout(header)
        layout.addLayout(body, 1)

        self.section_box.activated.connect(self._section_picked)
        self.period_box.activated.connect(self._period_picked)
        self.date_edit.dateChanged.connect(self._date_picked)
        self.previous_day.clicked.connect(lambda: self._step(-1))
        self.next_day.clicked.connect(lambda: self._step(1))
        self.today_button.clicked.connect(self.show_today)
        self.missing_view.clicked.connect(self._missing_picked)
        self.table.code_key.connect(self._code_key)
        self.table.save_requested.connect(self.save)
        self.table.toggle_requested.connect(self._toggle)
        self.save_button.clicked.connect(self.save)
        self.all_present_button.clicked.connect(self.ask_mark_all_present)
        self.model.changed.connect(self._update_counts)
        ctx.hub.data_changed.connect(self._on_data_changed)

        self.reminder = QTimer(self)
        self.reminder.setInterval(60_000)
        self.reminder.timeout.connect(self.check_reminder)
        self.reminder.start()

    # -- what the person does -------------------------------------------------

    @Slot()
    def show_today(self) -> None:
        def go() -> None:
            self._day = None
            self._period = None
            self.refresh()
        self.leave_for(go)

    def show_day(self, day: dt.date) -> None:
        def go() -> None:
            self._day = day
            self.refresh()
        self.leave_for(go)

    def show_section(self, section_id: str, period: int | None = None) -> None:
        def go() -> None:
            self._section_id = section_id
            self._period = period
            self.refresh()
        self.leave_for(go)

    def leave_for(self, go: Callable[[], None]) -> QMessageBox | None:
        """Go to another roll call; with changes not saved, ask first: save, discard, or stay."""
        changed = self.model.changed_count()
        call = self.model.call
        if not changed or call is None or not call.editable:
            go()
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Changes not saved"),
                          self.tr("Changes to {section} not saved: {n}.").format(
                              section=call.section_name, n=format_count(changed)),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr("Save them before going on?"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)

        def answered(_result: int) -> None:
            self.leave_box = None
            button = box.standardButton(box.clickedButton()) if box.clickedButton() else None
            if button == QMessageBox.StandardButton.Save:
                self._after_save = go
                self.save()
            elif button == QMessageBox.StandardButton.Discard:
                self.model.discard_changes()
                go()
            else:
                self._show_pickers()

        box.finished.connect(answered)
        self.leave_box = box
        box.open()
        return box

    def _show_pickers(self) -> None:
        """Put the day, section and period pickers back on the roll call shown."""
        call = self.model.call
        if call is None:
            return
        for widget in (self.date_edit, self.section_box, self.period_box):
            widget.blockSignals(True)
        self.date_edit.setDate(QDate(call.day.year, call.day.month, call.day.day))
        self.section_box.setCurrentIndex(self.section_box.findData(call.section_id))
        self.period_box.setCurrentIndex(self.period_box.findData(call.period))
        for widget in (self.date_edit, self.section_box, self.period_box):
            widget.blockSignals(False)

    def _step(self, days: int) -> None:
        current = self._day or (self.data.day if self.data else None)
        if current is not None:
            self.show_day(current + dt.timedelta(days=days))

    @Slot(QDate)
    def _date_picked(self, qdate: QDate) -> None:
        day = dt.date(qdate.year(), qdate.month(), qdate.day())
        if self.data is None or day != self.data.day:
            self.show_day(day)

    @Slot(int)
    def _section_picked(self, index: int) -> None:
        section_id = self.section_box.itemData(index)
        if section_id and section_id != self._section_id:
            self.show_section(section_id)

    @Slot(int)
    def _period_picked(self, index: int) -> None:
        period = self.period_box.itemData(index)
        if period and period != self._period:
            def go() -> None:
                self._period = period
                self.refresh()
            self.leave_for(go)

    @Slot(QModelIndex)
    def _missing_picked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.show_section(self.missing_model.sections[index.row()].section_id)

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    @Slot(str)
    def _code_key(self, letter: str) -> None:
        call = self.model.call
        if call is None:
            return
        choice = next((c for c in call.codes if c.code.upper() == letter), None)
        if choice is None:
            self.show_message(self.tr("{key} is not one of the school's codes ({codes}).").format(
                key=letter, codes=", ".join(c.code for c in call.codes)))
            return
        self.set_code(choice.code)

    def set_code(self, code: str, advance: bool = True) -> None:
        """Set the current student's code (the key or the button), then go to the next student."""
        call = self.model.call
        row = self.current_row()
        if call is None or row < 0:
            return
        if not call.editable:
            self.show_message(translated(call.reason))
            return
        choice = next((c for c in call.codes if c.code == code), None)
        if choice is None:
            return
        if not choice.allowed:
            self.show_message(self.tr("Only the office can mark {label} ({code}).").format(
                label=choice.label, code=choice.code))
            return
        line = self.model.line(row)
        if line.office_locked:
            self.show_message(self.tr("{name} was marked by the office ({code}); a teacher cannot change it.").format(
                name=line.name, code=line.code))
            return
        self.model.set_code(row, code)
        self.status_label.setText(self.tr("Not saved yet: press Enter or Save."))
        if advance and row + 1 < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row + 1, RosterModel.CODE))

    @Slot()
    def _toggle(self) -> None:
        call = self.model.call
        row = self.current_row()
        if call is None or row < 0:
            return
        kinds = {c.code: c.kind for c in call.codes}
        absent = next((c.code for c in call.codes if c.kind == "absent" and c.allowed), None)
        current = self.model.code_of(row)
        target = call.default_code if kinds.get(current) == "absent" else absent
        if target:
            self.set_code(target, advance=False)

    def ask_mark_all_present(self) -> QMessageBox | None:
        """Ask first, with the counts; Yes sets every student (but office codes) present."""
        call = self.model.call
        if call is None or not call.editable:
            if call is not None:
                self.show_message(translated(call.reason))
            return None
        changing = self.model.not_present()
        total = self.model.rowCount()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Mark all present"),
                          self.tr("Mark all {total} students of {section} present?").format(
                              total=format_count(total), section=call.section_name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(
            self.tr("Students whose mark changes to present: {n}.").format(n=format_count(changing))
            + (" " + self.tr("Office codes stay as they are.") if any(
                self.model.line(i).office_locked for i in range(total)) else "")
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda result: self._mark_all_present(result))
        self.confirm_box = box
        box.open()
        return box

    def _mark_all_present(self, result: int) -> None:
        self.confirm_box = None
        call = self.model.call
        if result != QMessageBox.StandardButton.Yes or call is None:
            return
        for row in range(self.model.rowCount()):
            if not self.model.line(row).office_locked:
                self.model.set_code(row, call.default_code)
        self.status_label.setText(self.tr("Not saved yet: press Enter or Save."))

    @Slot()
    def save(self) -> None:
        """Save in a write task; "Saved" shows only once the transaction has committed."""
        call = self.model.call
        if call is None or self._saving:
            return
        if not call.editable:
            self.show_message(translated(call.reason))
            return
        marks = self.model.marks(include_locked=self.actor.is_office)
        self._saving = True
        self.save_button.setEnabled(False)
        self.status_label.setText(self.tr("Saving…"))
        school, actor = self.school, self.actor
        section_id, day, period = call.section_id, call.day, call.period
        self.ctx.tasks.run_task(
            lambda: save_roll_call(school, actor, section_id, day, period, marks),
            on_success=lambda result: self._saved(result, marks),
            on_error=self._save_failed,
            write=True,
            owner=self,
        )

    def _saved(self, result: RollCallResult, marks: dict[str, MarkEntry]) -> None:
        self._saving = False
        go, self._after_save = self._after_save, None
        counts = self.model.counts()
        self.model.forget_saved(marks)
        self.save_button.setEnabled(True)
        text = self.tr("Saved. Marks changed: {n}").format(n=format_count(result.saved))
        absent = counts.get("absent", 0)
        if absent:
            text += " · " + self.tr("absent: {n}").format(n=format_count(absent))
        if result.alerts_queued:
            text += " · " + self.tr("guardian alerts queued: {n}").format(n=format_count(result.alerts_queued))
        if result.alerts_cancelled:
            text += " · " + self.tr("alerts cancelled: {n}").format(n=format_count(result.alerts_cancelled))
        self.status_label.setText(text)
        notes = []
        if result.kept_office_codes:
            notes.append(self.tr("Kept the office's codes for: {names}.").format(
                names=", ".join(result.kept_office_codes)))
        if result.no_guardian_contact:
            notes.append(self.tr("No guardian phone or e-mail to alert for: {names}.").format(
                names=", ".join(result.no_guardian_contact)))
        if result.not_marked:
            notes.append(self.tr("Not marked yet: {names}. Check them and save again.").format(
                names=", ".join(result.not_marked)))
        if notes:
            self.show_message(" ".join(notes))
        else:
            self.banner.hide()
        self.saved.emit(result)
        self.ctx.hub.status_message.emit(text, 5000)
        self._keep_edits = True
        self.refresh()  # the marks' sync state, the sections still to register
        self._emitting = True
        try:
            self.ctx.hub.data_changed.emit("attendance_marks", [])
            self.ctx.hub.data_changed.emit("guardian_alerts", [])
        finally:
            self._emitting = False
        if go is not None:
            go()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        if self._after_save is not None:
            self._after_save = None
            self._show_pickers()
        self.save_button.setEnabled(True)
        if not isinstance(exc, ServiceError):
            from app.ui.tasks import report_to_excepthook

            self.status_label.setText(self.tr("Not saved."))
            report_to_excepthook(exc)
            return
        self.status_label.setText(self.tr("Not saved."))
        self.show_message(translated(exc))
        if "class list has changed" in str(exc):
            self._keep_edits = True  # read the roster again, keep what the person typed
            self.refresh()

    def show_message(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    # -- reminder -------------------------------------------------------------

    def reminder_time(self) -> dt.time:
        return roll_call_reminder(self.ctx.settings)

    @Slot()
    def check_reminder(self, now: dt.datetime | None = None) -> str:
        """After the reminder time, say once a day which of the person's sections are not registered.

        ``now`` is the school's time (by default its clock: :meth:`SchoolClock.now`).
        """
        data = self.data
        if data is None:
            return ""
        now = now or data.clock.now()
        if self._reminded_on == data.day or not data.not_registered:
            return ""
        if not roll_call_reminder_due(now, data.day, self.reminder_time()):
            return ""
        self._reminded_on = data.day
        names = ", ".join(s.name for s in data.not_registered[:6])
        text = self.tr("Reminder: no roll call yet today for {names}.").format(names=names)
        self.ctx.hub.status_message.emit(text, 0)
        self.show_message(text)
        return text

    # -- loading and showing --------------------------------------------------

    @Slot(str, list)
    def _on_data_changed(self, entity: str, _ids: list) -> None:
        if entity not in WATCHED:
            return
        if self._emitting:
            return  # this screen's own save: already read again
        if self.isVisible() and not self._saving:
            self._keep_edits = True
            self.refresh()
        else:
            self._stale = True

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        # The read goes to the worker before Qt lays out and polishes the screen for showing, so that the two
        # overlap: the roster is in sooner.
        if visible and not self.isVisible() and (self._stale or self.data is None):
            self.refresh()
        super().setVisible(visible)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:  # not read as it was shown (setVisible): a change came in between
            self.refresh()
        self.table.setFocus()

    def retranslate_ui(self) -> None:
        """After a language change: the sentences made from the data, again, keeping what was typed."""
        if self.isVisible() and not self._saving:
            self._keep_edits = True
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        self._stale = False
        self._request += 1
        request = self._request
        school, actor = self.school, self.actor
        day, section_id, period = self._day, self._section_id, self._period
        self.ctx.tasks.run_task(
            lambda: load_screen(school, actor, day, section_id, period),
            on_success=lambda data: self._show(request, data),
            owner=self,
        )

    def _show(self, request: int, data: ScreenData) -> None:  # noqa: C901
        if request != self._request:
            return
        previous = self.model.call
        same = (previous is not None and data.roll_call is not None
                and (previous.section_id, previous.day, previous.period)
                == (data.roll_call.section_id, data.roll_call.day, data.roll_call.period))
        keep = self._keep_edits and same
        self._keep_edits = False
        current_row = self.current_row()
        self.data = data
        call = data.roll_call
        self._section_id = call.section_id if call else None
        self._period = call.period if call else None

        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(data.day.year, data.day.month, data.day.day))
        self.date_edit.blockSignals(False)
        self.section_box.blockSignals(True)
        self.section_box.clear()
        missing = {s.section_id for s in data.not_registered}
        for s in data.sections:
            mark = "" if s.section_id in missing else "  ✓"
            self.section_box.addItem(s.name + mark, s.section_id)
        if call:
            self.section_box.setCurrentIndex(self.section_box.findData(call.section_id))
        self.section_box.blockSignals(False)
        self.period_box.blockSignals(True)
        self.period_box.clear()
        if call and call.mode == "period":
            for p in range(1, call.periods_per_day + 1):
                self.period_box.addItem(self.tr("Period {n}").format(n=p), p)
            self.period_box.setCurrentIndex(self.period_box.findData(call.period))
        self.period_box.setVisible(bool(call and call.mode == "period"))
        self.period_box.blockSignals(False)

        self.missing_model.set_sections(data.not_registered)
        self.missing_heading.setText(
            self.tr("Not registered yet ({n})").format(n=format_count(len(data.not_registered))))
        self.missing_empty.setVisible(not data.not_registered)
        self.missing_view.setVisible(bool(data.not_registered))

        self.model.set_roll_call(call, keep_edits=keep)
        self._build_code_buttons(call)
        day_text = format_date(data.day, fmt=QLocale.FormatType.LongFormat)
        if call is None:
            self.subtitle.setText(day_text)
            self.show_message(data.problem or (self.tr("You have no section to take the roll call of on this day.")
                                               if not data.sections else ""))
        else:
            parts = [call.section_name, day_text]
            if call.mode == "period":
                parts.append(self.tr("period {n}").format(n=call.period))
            self.subtitle.setText(" · ".join(parts))
            if not call.editable:
                self.show_message(translated(call.reason))
            elif not keep:
                self.banner.hide()
            if not keep:
                self.status_label.setText(
                    self.tr("Taken: shown as saved.") if call.taken
                    else self.tr("Not taken yet: everyone is present until you mark them.") if call.editable
                    else self.tr("No roll call was taken on this day."))
        editable = bool(call and call.editable)
        self.save_button.setEnabled(editable)
        self.all_present_button.setEnabled(editable)
        if self.model.rowCount():
            row = current_row if keep and 0 <= current_row < self.model.rowCount() else 0
            self.table.setCurrentIndex(self.model.index(row, RosterModel.CODE))
        self._update_counts()

    def _build_code_buttons(self, call: RollCall | None) -> None:
        """One big button per code, for touch; the same codes as before keep their buttons (a save's reading)."""
        key = tuple((c.code, c.label, c.kind) for c in call.codes) if call else ()
        if key != self._code_key_of_buttons:
            self._code_key_of_buttons = key
            while self.code_bar.count():
                item = self.code_bar.takeAt(0)
                if item.widget() is not None:
                    item.widget().deleteLater()
            self.code_buttons = {}
            for c in call.codes if call else ():
                button = QPushButton(f"{c.code}  {c.label}")
                button.setProperty("kind", c.kind if c.kind in KIND_COLORS else "other")
                button.setMinimumHeight(48)
                button.setMinimumWidth(96)
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the grid keeps the keyboard
                button.clicked.connect(lambda _checked=False, code=c.code: self.set_code(code))
                self.code_bar.addWidget(button)
                self.code_buttons[c.code] = button
        self.code_panel.setVisible(bool(self.code_buttons))
        if call is None:
            return
        for c in call.codes:
            button = self.code_buttons[c.code]
            button.setEnabled(c.allowed and call.editable)
            button.setToolTip(self.tr("Key {key}").format(key=c.code) if c.allowed
                              else self.tr("Only the office can mark {label}.").format(label=c.label))

    @Slot()
    def _update_counts(self) -> None:
        call = self.model.call
        if call is None:
            self.counts_label.setText("")
            return
        counts = self.model.counts()
        labels = {"present": self.tr("present"), "late": self.tr("late"), "absent": self.tr("absent"),
                  "excused": self.tr("excused"), "half_day": self.tr("half day")}
        parts = [f"{format_count(counts[k])} {labels[k]}" for k in labels if counts.get(k)]
        total = self.tr("Students: {n}").format(n=format_count(self.model.rowCount()))
        self.counts_label.setText(total + (" · " + " · ".join(parts) if parts else ""))
