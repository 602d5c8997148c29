"""The report card remarks of a section and term: the class teacher's and the principal's, per student.

Opened from the Results screen. A table of the students with both remarks;
the column the person may write is editable (the class teacher's for the
section's teachers, the principal's for the principal; none once the term
is published). Each remark is saved at once when its cell is left (a write
task: the remark and its outbox entry in one transaction) and shows its sync
state: waiting, synced, or refused by the server with the reason. The rules
are :mod:`app.services.comments`.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.comments import (
    MAX_CHARS,
    PRINCIPAL,
    SYNC_CONFLICT,
    SYNC_SYNCED,
    SYNC_WAITING,
    TEACHER,
    RemarkSheet,
    remark_sheet,
    write_remark,
)
from app.services.context import ServiceError
from app.ui.context import AppContext, OpenSchool
from app.ui.i18n import translated
from app.ui.tasks import report_to_excepthook

_Index = QModelIndex | QPersistentModelIndex
KIND_OF_COLUMN = {2: TEACHER, 3: PRINCIPAL}
READ_ONLY_BACKGROUND = QColor("#eef1f3")
STATE_COLOURS = {SYNC_WAITING: QColor("#c77c02"), SYNC_SYNCED: QColor("#1f6f5c"), SYNC_CONFLICT: QColor("#b3261e")}


def _right_to_left(text: str) -> bool:
    """Whether the remark's first strong letter is right to left (Arabic script): UAX #9 rules P2/P3."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


class RemarksModel(QAbstractTableModel):
    """Rows: the students; columns: roll no., name, the class teacher's remarks, the principal's."""

    edited = Signal(str, str, str)  # student id, kind, text

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.sheet: RemarkSheet | None = None
        self._pending: dict[tuple[str, str], str] = {}  # typed, not yet saved

    def set_sheet(self, sheet: RemarkSheet) -> None:
        self.beginResetModel()
        self.sheet = sheet
        self._pending = {k: v for k, v in self._pending.items()
                         if any(line.student_id == k[0] and line.remark(k[1]).text != v for line in sheet.lines)}
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.sheet is None else len(self.sheet.lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Roll"), self.tr("Student"), self.tr("Class teacher's remarks"),
                self.tr("Principal's remarks"))[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        kind = KIND_OF_COLUMN.get(index.column())
        if kind and self.sheet is not None and self.sheet.can_write(kind):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: C901 - one cell's roles
        if self.sheet is None or not index.isValid():
            return None
        line = self.sheet.lines[index.row()]
        col = index.column()
        if col < 2:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(line.roll_no) if col == 0 else line.full_name
            if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        kind = KIND_OF_COLUMN[col]
        if role == Qt.ItemDataRole.BackgroundRole and not self.sheet.can_write(kind):
            return READ_ONLY_BACKGROUND
        remark = line.remark(kind)
        typed = self._pending.get((line.student_id, kind))
        text = typed if typed is not None else remark.text
        if role == Qt.ItemDataRole.EditRole:
            return text
        if role == Qt.ItemDataRole.DisplayRole:
            # An Urdu or Arabic remark reads right to left as a whole (its full stop on the left), in any layout.
            return f"\u202b{text}\u202c" if _right_to_left(text) else text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if _right_to_left(text) else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        state = SYNC_WAITING if typed is not None else remark.state
        if role == Qt.ItemDataRole.DecorationRole and text:
            return STATE_COLOURS.get(state)
        if role == Qt.ItemDataRole.ToolTipRole:
            if typed is not None:
                return self.tr("Saving…")
            if remark.state == SYNC_CONFLICT:
                return self.tr("Refused by the server: {reason}").format(reason=remark.problem) if remark.problem \
                    else self.tr("In conflict with another change; see the conflicts inbox.")
            if not remark.text:
                return None
            who = remark.written_by or self.tr("someone")
            when = remark.written_at.strftime("%Y-%m-%d %H:%M") if remark.written_at else ""
            if remark.state == SYNC_WAITING:
                return self.tr("Written by {who} on {when}; saved on this computer, waiting to sync.").format(
                    who=who, when=when)
            return self.tr("Written by {who} on {when}; synced.").format(who=who, when=when)
        if role == Qt.ItemDataRole.ForegroundRole and state == SYNC_CONFLICT:
            return STATE_COLOURS[SYNC_CONFLICT]
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: ANN001, N802
        kind = KIND_OF_COLUMN.get(index.column())
        if self.sheet is None or kind is None or role != Qt.ItemDataRole.EditRole:
            return False
        line = self.sheet.lines[index.row()]
        text = " ".join(str(value or "").split())
        if text == " ".join(line.remark(kind).text.split()) and (line.student_id, kind) not in self._pending:
            return False
        self._pending[(line.student_id, kind)] = text
        self.dataChanged.emit(index, index)
        self.edited.emit(line.student_id, kind, text)
        return True

    def forget(self, student_id: str, kind: str) -> None:
        """A save that failed: show what is saved again."""
        self._pending.pop((student_id, kind), None)
        self.layoutChanged.emit()

    def row_of(self, student_id: str) -> int:
        if self.sheet is None:
            return -1
        return next((i for i, line in enumerate(self.sheet.lines) if line.student_id == student_id), -1)


class _RemarkEditor(QStyledItemDelegate):
    """A one-line editor that takes at most what the card has room for."""

    def createEditor(self, parent: QWidget, option, index: _Index) -> QWidget:  # noqa: ANN001, N802
        editor = QLineEdit(parent)
        editor.setMaxLength(MAX_CHARS)
        editor.setPlaceholderText(QCoreApplication.translate("RemarksDialog", "A few sentences for the report card"))
        return editor


class RemarksDialog(QDialog):
    """The remarks of one section and term. Non-modal; ``saved`` after each remark is stored."""

    saved = Signal(str, str)  # student id, kind

    def __init__(self, ctx: AppContext, school: OpenSchool, section_id: str, term_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.school = school
        self.section_id = section_id
        self.term_id = term_id
        self.setWindowTitle(self.tr("Report card remarks"))
        self.resize(1000, 620)

        self.heading = QLabel("")
        self.heading.setObjectName("screenTitle")
        self.who = QLabel("")
        self.who.setWordWrap(True)
        self.who.setObjectName("screenSubtitle")
        self.model = RemarksModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(_RemarkEditor(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Remarks"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.legend = QLabel(self.tr("Each remark is saved on this computer when you leave its cell. "
                                     "The square beside it: amber waiting to sync, green synced, "
                                     "red refused (the reason is in its tooltip). Grey columns are not yours "
                                     "to write."))
        self.legend.setWordWrap(True)
        self.legend.setObjectName("screenSubtitle")
        self.status = QLabel("")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.who)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self.model.edited.connect(self.save)
        ctx.hub.data_changed.connect(self._on_data_changed)
        self.load()

    @Slot()
    def load(self) -> None:
        school, section_id, term_id = self.school, self.section_id, self.term_id

        def read() -> RemarkSheet:
            with school.db.session() as session:
                return remark_sheet(session, school.actor, section_id, term_id)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ServiceError):
                self.status.setText(translated(exc))
            else:
                report_to_excepthook(exc)

        self.ctx.tasks.run_task(read, on_success=self._show, on_error=failed, owner=self)

    def _show(self, sheet: RemarkSheet) -> None:
        self.model.set_sheet(sheet)
        self.heading.setText(self.tr("Remarks — {section}, {term}").format(section=sheet.section_name,
                                                                           term=sheet.term_name))
        if sheet.published:
            self.who.setText(self.tr("{term} is published; its report cards are frozen.").format(
                term=sheet.term_name))
        else:
            parts = []
            for kind, label in ((TEACHER, self.tr("the class teacher's remarks")),
                                (PRINCIPAL, self.tr("the principal's remarks"))):
                if sheet.can_write(kind):
                    parts.append(self.tr("You write {what}.").format(what=label))
                else:
                    parts.append(translated(sheet.why_not[kind]))
            self.who.setText(" ".join(parts))
        self.table.resizeRowsToContents()

    @Slot(str, str, str)
    def save(self, student_id: str, kind: str, text: str) -> None:
        school, section_id, term_id = self.school, self.section_id, self.term_id

        def write() -> bool:
            with school.db.write() as session:
                return write_remark(session, school.actor, section_id, term_id, student_id, kind, text)

        def done(_changed: bool) -> None:
            row = self.model.row_of(student_id)
            name = self.model.sheet.lines[row].full_name if row >= 0 and self.model.sheet else ""
            self.status.setText(self.tr("Saved the remark for {name}.").format(name=name))
            self.ctx.hub.data_changed.emit("report_comments", [])
            self.saved.emit(student_id, kind)

        def failed(exc: BaseException) -> None:
            self.model.forget(student_id, kind)
            if isinstance(exc, ServiceError):
                self.status.setText(self.tr("Not saved: {reason}").format(reason=translated(exc)))
                self.load()
            else:
                report_to_excepthook(exc)

        self.status.setText(self.tr("Saving…"))
        self.ctx.tasks.run_task(write, on_success=done, on_error=failed, write=True, owner=self)

    @Slot(str, list)
    def _on_data_changed(self, entity: str, _ids: list) -> None:
        if entity in ("report_comments", "terms", "enrollments", "students", "sections") and self.isVisible():
            self.load()
