"""The "Marks" screen: a section's students × assessments, entered like a spreadsheet.

* Type a number and Enter moves down, Tab moves across; ``ab`` is absent,
  ``ex`` exempt; Delete empties the selected cells.
* A value that is not a mark (not a number, above the maximum, three
  decimals) is refused in place: the editor stays open with the reason
  beside it, or the cell keeps the typed text in red with the reason in its
  tooltip.
* Ctrl+V pastes a block copied from a spreadsheet (tab- and newline-separated)
  from the current cell; bad values are refused cell by cell with reasons,
  a block that does not fit is refused whole.
* Every edit is saved at once (a write task: the mark and its outbox entry
  in one transaction); each cell shows its sync state: waiting, synced,
  conflict, refused by the server.
* The last two columns are the term result in the subject, counted by
  :func:`app.services.results.subject_result` — the rule is shown above the grid.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QKeySequence, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.services.assessments import GradebookChoices, gradebook_choices
from app.services.context import ServiceError
from app.services.grades import (
    SYNC_CONFLICT,
    SYNC_REFUSED,
    SYNC_SYNCED,
    SYNC_WAITING,
    GradeBand,
    GridCell,
    MarksGrid,
    MarkValue,
    clear_marks,
    marks_grid,
    parse_mark,
    record_marks,
    school_scale,
)
from app.services.results import ScoredAssessment, subject_result
from app.ui.context import AppContext, OpenSchool
from app.ui.i18n import translated
from app.ui.tasks import report_to_excepthook

_Index = QModelIndex | QPersistentModelIndex

SYNC_ROLE = Qt.ItemDataRole.UserRole + 1
FIXED_COLUMNS = 2  # roll no., name
SAVING = "saving"

# The dot drawn in a cell's corner for each sync state.
SYNC_COLOURS = {
    SAVING: QColor("#9aa7b0"),
    SYNC_WAITING: QColor("#d99a1e"),
    SYNC_SYNCED: QColor("#2e8b57"),
    SYNC_CONFLICT: QColor("#c0392b"),
    SYNC_REFUSED: QColor("#8e44ad"),
}
ERROR_BACKGROUND = QColor("#fde2e1")
CONFLICT_BACKGROUND = QColor("#fff0d6")
RESULT_BACKGROUND = QColor("#f1f4f5")

Changes = dict[tuple[str, str], MarkValue | None]  # (student_id, assessment_id) → value, None to empty


def load_grid(school: OpenSchool, section_id: str, subject_id: str, term_id: str) -> tuple[MarksGrid, tuple]:
    """Runs on a worker: the grid and the school's grade bands."""
    with school.db.session() as session:
        return marks_grid(session, section_id, subject_id, term_id), school_scale(session)[1]


def save_changes(school: OpenSchool, grid: MarksGrid, changes: Changes) -> dict[tuple[str, str], str]:
    """Runs on the write worker: save every change, returning the refused ones with their reasons.

    All the changes are tried in one transaction; if a rule refuses one, each
    is tried on its own, so the good ones are saved and each bad one is
    refused with its own reason (no mark is dropped silently).
    """
    actor = school.actor

    def write(batch: Changes) -> None:
        by_assessment: dict[str, dict[str, MarkValue | None]] = defaultdict(dict)
        for (student_id, assessment_id), value in batch.items():
            by_assessment[assessment_id][student_id] = value
        with school.db.write() as session:
            for assessment_id, values in by_assessment.items():
                kept = {sid: v for sid, v in values.items() if v is not None}
                emptied = [sid for sid, v in values.items() if v is None]
                if kept:
                    record_marks(session, actor, assessment_id, kept)
                if emptied:
                    clear_marks(session, actor, assessment_id, emptied)

    try:
        write(changes)
        return {}
    except ServiceError:
        if len(changes) == 1:
            raise
    refused: dict[tuple[str, str], str] = {}
    for key, value in changes.items():
        try:
            write({key: value})
        except ServiceError as exc:
            refused[key] = translated(exc)
    return refused


class MarksGridModel(QAbstractTableModel):
    """Rows are students, columns roll no., name, one per assessment, then term % and grade."""

    # The person typed or pasted values that parse: save them.
    edited = Signal(object)
    # A typed value was refused: the reason, for the status line.
    refused = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.grid: MarksGrid | None = None
        self.bands: tuple[GradeBand, ...] = ()
        self._cells: dict[tuple[str, str], GridCell] = {}
        self.errors: dict[tuple[str, str], tuple[str, str]] = {}  # key → (typed text, reason)
        self._results: list = []

    # -- content ------------------------------------------------------------

    def set_grid(self, grid: MarksGrid, bands: tuple[GradeBand, ...], keep_errors: bool = False) -> None:
        same_shape = (
            self.grid is not None
            and [s.id for s in self.grid.students] == [s.id for s in grid.students]
            and self.grid.assessments == grid.assessments
            and self.grid.read_only == grid.read_only
        )
        if same_shape:
            # The same rows and columns: update in place, so the current cell,
            # the selection and an open editor survive a reload.
            self.grid = grid
            self.bands = bands
            self._cells = dict(grid.cells)
            if not keep_errors:
                self.errors = {}
            self._recount()
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self.grid = grid
        self.bands = bands
        self._cells = dict(grid.cells)
        if not keep_errors:
            self.errors = {}
        self._recount()
        self.endResetModel()

    @property
    def assessment_count(self) -> int:
        return len(self.grid.assessments) if self.grid else 0

    def result_column(self) -> int:
        return FIXED_COLUMNS + self.assessment_count

    def is_mark_column(self, column: int) -> bool:
        return FIXED_COLUMNS <= column < self.result_column()

    def key(self, row: int, column: int) -> tuple[str, str]:
        assert self.grid is not None
        return (self.grid.students[row].id, self.grid.assessments[column - FIXED_COLUMNS].id)

    def cell(self, row: int, column: int) -> GridCell | None:
        return self._cells.get(self.key(row, column))

    def _recount(self) -> None:
        grid = self.grid
        if grid is None:
            self._results = []
            return
        scored = [ScoredAssessment(a.id, a.category, a.max_marks_centi, a.weight) for a in grid.assessments]
        self._results = []
        for st in grid.students:
            marks = {a.id: (c.status, c.score_centi) for a in grid.assessments
                     if (c := self._cells.get((st.id, a.id))) is not None}
            self._results.append(subject_result(scored, marks, grid.category_weights, self.bands))

    def result(self, row: int):  # noqa: ANN201 - SubjectResult
        return self._results[row]

    # -- Qt's model ---------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.students)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else FIXED_COLUMNS + self.assessment_count + 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if self.grid is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return None
        locale = QLocale()
        if section < FIXED_COLUMNS:
            if role == Qt.ItemDataRole.DisplayRole:
                return (self.tr("Roll"), self.tr("Student"))[section]
            return None
        if self.is_mark_column(section):
            a = self.grid.assessments[section - FIXED_COLUMNS]
            maximum = locale.toString(a.max_marks_centi / 100, "g", 6)
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{a.name}\n/{maximum} · {a.category}"
            if role == Qt.ItemDataRole.ToolTipRole:
                date = locale.toString(a.held_on, QLocale.FormatType.ShortFormat) if a.held_on else self.tr("no date")
                return self.tr("{name}: {category}, out of {max}, weight {weight} in its category, {date}").format(
                    name=a.name, category=a.category, max=maximum, weight=a.weight, date=date)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Term %"), self.tr("Grade"))[section - self.result_column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Counted as shown above the grid: absent is 0, exempt is left out, "
                           "an empty category gives its weight to the others.")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.grid is not None and self.is_mark_column(index.column()) and not self.grid.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.grid is None:
            return None
        row, col = index.row(), index.column()
        student = self.grid.students[row]
        if col < FIXED_COLUMNS:
            if role == Qt.ItemDataRole.DisplayRole:
                return QLocale().toString(student.roll_no) if col == 0 else student.full_name
            if role == Qt.ItemDataRole.ToolTipRole and col == 1:
                if student.left_on is not None:
                    return self.tr("{name} left this class on {date}").format(
                        name=student.full_name, date=QLocale().toString(student.left_on, QLocale.FormatType.ShortFormat))
                return student.full_name
            if role == Qt.ItemDataRole.ForegroundRole and student.left_on is not None:
                return QColor("#8a979f")
            return None
        if not self.is_mark_column(col):
            result = self._results[row]
            if role == Qt.ItemDataRole.DisplayRole:
                if col == self.result_column():
                    if result.percent is None:
                        return "—"
                    text = QLocale().toString(result.percent, "f", 1)
                    return text + ("*" if result.not_entered else "")
                return result.grade or "—"
            if role == Qt.ItemDataRole.ToolTipRole and result.not_entered:
                return self.tr("%n mark(s) not entered yet: the result is provisional.", "", result.not_entered)
            if role == Qt.ItemDataRole.BackgroundRole:
                return RESULT_BACKGROUND
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        key = self.key(row, col)
        error = self.errors.get(key)
        cell = self._cells.get(key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if error is not None:
                return error[0]
            return self._display(cell) if role == Qt.ItemDataRole.DisplayRole else (cell.text if cell else "")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == SYNC_ROLE:
            return None if error is not None or cell is None else cell.sync
        if role == Qt.ItemDataRole.BackgroundRole:
            if error is not None:
                return ERROR_BACKGROUND
            if cell is not None and cell.sync in (SYNC_CONFLICT, SYNC_REFUSED):
                return CONFLICT_BACKGROUND
            return None
        if role == Qt.ItemDataRole.ForegroundRole and error is not None:
            return QColor("#b3261e")
        if role == Qt.ItemDataRole.ToolTipRole:
            if error is not None:
                return self.tr("Not saved: {reason}").format(reason=error[1])
            if cell is None:
                return None
            return {
                SAVING: self.tr("Saving…"),
                SYNC_WAITING: self.tr("Saved on this computer, waiting to sync"),
                SYNC_SYNCED: self.tr("Synced with the school's server"),
                SYNC_CONFLICT: self.tr("Conflict: {note} Resolve it in the inbox.").format(note=cell.note),
                SYNC_REFUSED: self.tr("The server refused this mark: {note}").format(note=cell.note),
            }.get(cell.sync)
        return None

    def _display(self, cell: GridCell | None) -> str:
        if cell is None:
            return ""
        if cell.status == "absent":
            return self.tr("ab")
        if cell.status == "exempt":
            return self.tr("ex")
        return QLocale().toString((cell.score_centi or 0) / 100, "g", 8)

    # -- editing -----------------------------------------------------------

    def check_text(self, row: int, column: int, text: str) -> str | None:
        """The reason ``text`` cannot go in this cell, or None."""
        if not text.strip():
            return None
        assert self.grid is not None
        try:
            parse_mark(text, self.grid.assessments[column - FIXED_COLUMNS].max_marks_centi)
        except ServiceError as exc:
            return translated(exc)
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.is_mark_column(index.column()):
            return False
        changes, reasons = self.take_values([(index.row(), index.column(), str(value or ""))])
        if reasons:
            self.refused.emit(reasons[0])
            return False
        if changes:
            self.edited.emit(changes)
        return True

    def take_values(self, values: list[tuple[int, int, str]]) -> tuple[Changes, list[str]]:
        """Typed or pasted values into cells: the parsed changes, and the reasons of refused ones.

        A refused value stays in its cell in red with the reason; a good one
        is shown at once as "saving". Unchanged values are not changes.
        """
        assert self.grid is not None
        changes: Changes = {}
        reasons: list[str] = []
        touched: list[tuple[int, int]] = []
        for row, col, text in values:
            key = self.key(row, col)
            cell = self._cells.get(key)
            touched.append((row, col))
            text = text.strip()
            if not text:
                self.errors.pop(key, None)
                if cell is not None:
                    changes[key] = None
                    del self._cells[key]
                continue
            try:
                value = parse_mark(text, self.grid.assessments[col - FIXED_COLUMNS].max_marks_centi)
            except ServiceError as exc:
                self.errors[key] = (text, translated(exc))
                reasons.append(translated(exc))
                continue
            self.errors.pop(key, None)
            score = value.score_centi if value.status == "scored" else None
            if cell is not None and (cell.status, cell.score_centi) == (value.status, score):
                continue
            changes[key] = value
            self._cells[key] = GridCell(cell.mark_id if cell else "", value.status, score, SAVING)
        self._recount()
        for row, col in touched:
            self.dataChanged.emit(self.index(row, col), self.index(row, col))
        if touched:
            rows = [r for r, _ in touched]
            self.dataChanged.emit(self.index(min(rows), self.result_column()),
                                  self.index(max(rows), self.result_column() + 1))
        return changes, reasons

    def mark_refused(self, refused: dict[tuple[str, str], str], typed: Changes) -> None:
        """The saving task refused these (a rule the grid cannot know, e.g. a student who left)."""
        for key, reason in refused.items():
            value = typed.get(key)
            text = "" if value is None else (
                "ab" if value.status == "absent" else "ex" if value.status == "exempt"
                else f"{(value.score_centi or 0) / 100:g}")
            self.errors[key] = (text, reason)
        self.layoutChanged.emit()

    def restore(self, cells: dict[tuple[str, str], GridCell]) -> None:
        """Put back what the file holds (after a save failed as a whole)."""
        self._cells = dict(cells)
        self._recount()
        self.layoutChanged.emit()


class MarkDelegate(QStyledItemDelegate):
    """A line editor that will not close on Enter or Tab while its text is not a mark."""

    refused = Signal(str)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setProperty("cell", (index.row(), index.column()))
        editor.setAccessibleName(self.tr("Mark"))
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        if not editor.text():
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        if isinstance(editor, QLineEdit) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                row, col = editor.property("cell")
                model = self.parent().model() if hasattr(self.parent(), "model") else None
                reason = model.check_text(row, col, editor.text()) if model is not None else None
                if reason:
                    editor.setStyleSheet("background: #fde2e1; color: #b3261e;")
                    editor.setToolTip(reason)
                    QToolTip.showText(editor.mapToGlobal(QPoint(0, editor.height())), reason, editor)
                    self.refused.emit(reason)
                    return True  # stays open: the person corrects it
        return super().eventFilter(editor, event)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        super().paint(painter, option, index)
        state = index.data(SYNC_ROLE)
        colour = SYNC_COLOURS.get(state) if state else None
        if colour is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        r: QRect = option.rect
        size = 6
        painter.drawEllipse(r.right() - size - 3, r.top() + 3, size, size)
        painter.restore()


class MarksTable(QTableView):
    """Spreadsheet keys: Enter moves down, Tab across, Ctrl+V pastes a block, Delete empties."""

    pasted = Signal(str)  # a sentence on what the paste did

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        down = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if down else hint)
        if down:
            self.move_down()

    def move_down(self) -> None:
        current = self.currentIndex()
        if current.isValid() and current.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(current.sibling(current.row() + 1, current.column()))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_text(QGuiApplication.clipboard().text())
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != QAbstractItemView.State.EditingState:
            self.clear_selection_cells()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            self.move_down()
            return
        super().keyPressEvent(event)

    def _model(self) -> MarksGridModel:
        model = self.model()
        assert isinstance(model, MarksGridModel)
        return model

    def clear_selection_cells(self) -> None:
        model = self._model()
        if model.grid is None or model.grid.read_only:
            return
        cells = [(i.row(), i.column(), "") for i in self.selectedIndexes() if model.is_mark_column(i.column())]
        if cells:
            changes, _ = model.take_values(cells)
            if changes:
                model.edited.emit(changes)

    def paste_text(self, text: str) -> None:
        """A block copied from a spreadsheet, from the current cell down and across."""
        model = self._model()
        current = self.currentIndex()
        if model.grid is None:
            return
        if model.grid.read_only:
            self.pasted.emit(self.tr("Mark entry for {term} is closed: nothing was pasted.").format(
                term=model.grid.term_name))
            return
        if not current.isValid() or not model.is_mark_column(current.column()):
            self.pasted.emit(self.tr("Click the first cell to fill (a mark cell), then paste."))
            return
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if lines and lines[-1] == "":
            lines.pop()  # spreadsheets end a copied block with a newline
        block = [line.split("\t") for line in lines]
        if not block:
            self.pasted.emit(self.tr("The clipboard holds no marks to paste."))
            return
        width = max(len(r) for r in block)
        rows_free = model.rowCount() - current.row()
        cols_free = model.result_column() - current.column()
        if len(block) > rows_free or width > cols_free:
            self.pasted.emit(self.tr(
                "Nothing was pasted: the block is {rows} row(s) by {cols} column(s), but from this cell there "
                "are {free_rows} student(s) below and {free_cols} assessment(s) across."
            ).format(rows=len(block), cols=width, free_rows=rows_free, free_cols=cols_free))
            return
        values = [
            (current.row() + r, current.column() + c, text)
            for r, line in enumerate(block) for c, text in enumerate(line)
            if text.strip()  # an empty cell in the block leaves the mark as it is
        ]
        changes, reasons = model.take_values(values)
        if reasons:
            self.pasted.emit(self.tr("Pasted {good} mark(s); {bad} refused, shown in red: {first}").format(
                good=len(values) - len(reasons), bad=len(reasons), first=reasons[0]))
        else:
            self.pasted.emit(self.tr("Pasted %n mark(s).", "", len(values)))
        if changes:  # saving may refuse more (a student who left): its message comes after
            model.edited.emit(changes)
        bottom = current.sibling(current.row() + len(block) - 1, current.column() + width - 1)
        self.selectionModel().select(
            self.model().index(current.row(), current.column()), self.selectionModel().SelectionFlag.ClearAndSelect)
        from PySide6.QtCore import QItemSelection

        self.selectionModel().select(QItemSelection(current, bottom), self.selectionModel().SelectionFlag.Select)


class MarksScreen(QWidget):
    """Choose a class and term; enter its marks."""

    def __init__(self, ctx: AppContext, school: OpenSchool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.school = school
        self.choices: GradebookChoices | None = None
        self._request = 0
        self._stale = True
        self._saving = 0

        title = QLabel(self.tr("Marks"))
        title.setObjectName("screenTitle")
        self.subtitle = QLabel("")
        self.subtitle.setObjectName("screenSubtitle")

        self.class_box = QComboBox()
        self.class_box.setAccessibleName(self.tr("Class and subject"))
        self.class_box.setMinimumWidth(240)
        self.term_box = QComboBox()
        self.term_box.setAccessibleName(self.tr("Term"))
        self.new_button = QPushButton(self.tr("New assessment…"))
        self.new_button.setObjectName("secondaryButton")
        self.edit_button = QPushButton(self.tr("Edit assessment…"))
        self.edit_button.setObjectName("secondaryButton")

        self.banner = QLabel("")
        self.banner.setObjectName("marksBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff4d6; border: 1px solid #ecd9a0; padding: 6px 10px;")
        self.banner.hide()

        self.rule = QLabel(self.tr(
            "How the term % is counted: absent (ab) counts 0; exempt (ex) and empty cells are left out; each "
            "category's average is weighted by the subject's category weights, and a category with no marks yet "
            "gives its weight to the others. * means marks are still missing."))
        self.rule.setWordWrap(True)
        self.rule.setObjectName("screenSubtitle")
        self.weights_label = QLabel("")
        self.weights_label.setObjectName("screenSubtitle")

        self.model = MarksGridModel(self)
        self.table = MarksTable()
        self.delegate = MarkDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.setModel(self.model)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setTabKeyNavigation(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setAccessibleName(self.tr("Marks"))
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setMinimumSectionSize(40)
        header.setHighlightSections(False)

        self.legend = QLabel(self.tr(
            "<span style='color:#d99a1e'>●</span> waiting to sync &nbsp; "
            "<span style='color:#2e8b57'>●</span> synced &nbsp; "
            "<span style='color:#c0392b'>●</span> conflict (see the inbox) &nbsp; "
            "<span style='color:#8e44ad'>●</span> refused by the server &nbsp; "
            "<span style='background:#fde2e1; color:#b3261e'>&nbsp;red&nbsp;</span> not saved: hover for the reason"))
        self.legend.setObjectName("screenSubtitle")
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setObjectName("marksStatus")

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addWidget(self.class_box)
        head.addWidget(self.term_box)
        head.addWidget(self.new_button)
        head.addWidget(self.edit_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addWidget(self.rule)
        layout.addWidget(self.weights_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.status)

        self.class_box.currentIndexChanged.connect(self._choice_changed)
        self.term_box.currentIndexChanged.connect(self._choice_changed)
        self.new_button.clicked.connect(self.new_assessment)
        self.edit_button.clicked.connect(self.edit_assessment)
        self.model.edited.connect(self._save)
        self.model.refused.connect(self._show_refusal)
        self.delegate.refused.connect(self._show_refusal)
        self.table.pasted.connect(self._show_message)
        ctx.hub.data_changed.connect(self._on_data_changed)

    # -- choosing -------------------------------------------------------------

    def refresh(self) -> None:
        """Read the classes and terms this person may open, then the grid."""
        self._stale = False
        school = self.school

        def read() -> GradebookChoices:
            with school.db.session() as session:
                return gradebook_choices(session, school.actor)

        self.ctx.tasks.run_task(read, on_success=self._show_choices, owner=self)

    def _show_choices(self, choices: GradebookChoices) -> None:
        previous = (self.class_box.currentData(), self.term_box.currentData())
        self.choices = choices
        for box in (self.class_box, self.term_box):
            box.blockSignals(True)
            box.clear()
        for c in choices.classes:
            self.class_box.addItem(f"{c.section_name} · {c.subject_name}", f"{c.section_id}|{c.subject_id}")
        for t in choices.terms:
            state = self.tr(" (published)") if t.published else "" if t.entry_open else self.tr(" (closed)")
            self.term_box.addItem(t.name + state, t.id)
        if previous[0] is not None:
            self.class_box.setCurrentIndex(max(0, self.class_box.findData(previous[0])))
        term = previous[1] or choices.current_term_id
        if term is not None:
            self.term_box.setCurrentIndex(max(0, self.term_box.findData(term)))
        for box in (self.class_box, self.term_box):
            box.blockSignals(False)
        if not choices.classes:
            self.subtitle.setText(self.tr("You have no classes to enter marks for."))
        self.load()

    def select(self, section_id: str, subject_id: str, term_id: str | None = None) -> None:
        """Open a class and subject (and term), as choosing them in the boxes does."""
        self.class_box.blockSignals(True)
        self.term_box.blockSignals(True)
        self.class_box.setCurrentIndex(self.class_box.findData(f"{section_id}|{subject_id}"))
        if term_id is not None:
            self.term_box.setCurrentIndex(self.term_box.findData(term_id))
        self.class_box.blockSignals(False)
        self.term_box.blockSignals(False)
        self.load()

    @Slot()
    def _choice_changed(self) -> None:
        self.load()

    def current(self) -> tuple[str, str, str] | None:
        chosen = self.class_box.currentData()
        term = self.term_box.currentData()
        if not chosen or term is None:
            return None
        section_id, subject_id = str(chosen).split("|")
        return section_id, subject_id, term

    def retranslate_ui(self) -> None:
        """After a language change: the grid's sentences again; refused values stay shown."""
        if self.isVisible():
            self.load(keep_errors=True)
        else:
            self._stale = True

    def load(self, keep_errors: bool = False) -> None:
        current = self.current()
        self.new_button.setEnabled(current is not None)
        self.edit_button.setEnabled(current is not None)
        if current is None:
            return
        self._request += 1
        request = self._request
        school = self.school
        self.ctx.tasks.run_task(
            lambda: load_grid(school, *current),
            on_success=lambda result: self._show_grid(request, result, keep_errors),
            owner=self,
        )

    def _show_grid(self, request: int, result: tuple, keep_errors: bool) -> None:
        if request != self._request:
            return
        grid, bands = result
        self.model.set_grid(grid, bands, keep_errors=keep_errors)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, 52)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in range(FIXED_COLUMNS, self.model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            # Wide enough for the assessment's name, within reason (the tooltip has it all).
            header.resizeSection(col, max(84, min(170, header.sectionSizeHint(col) + 8)))
        self.table.horizontalHeader().setMinimumHeight(44)
        n = len(grid.students)
        self.subtitle.setText(self.tr("{students} · {assessments} · {term}").format(
            students=self.tr("%n student(s)", "", n),
            assessments=self.tr("%n assessment(s)", "", len(grid.assessments)),
            term=grid.term_name))
        if grid.published:
            self.banner.setText(self.tr("{term} is published: its marks and results are frozen.").format(
                term=grid.term_name))
        elif not grid.entry_open:
            self.banner.setText(self.tr("Mark entry for {term} is closed by the principal: marks are read-only.")
                                .format(term=grid.term_name))
        self.banner.setVisible(grid.read_only)
        self.new_button.setEnabled(not grid.read_only)
        self.edit_button.setEnabled(not grid.read_only and bool(grid.assessments))
        self.new_button.setVisible(not grid.read_only)  # a disabled button still reads as one to press
        self.edit_button.setVisible(not grid.read_only and bool(grid.assessments))
        if grid.category_weights:
            parts = ", ".join(f"{c} {w}%" for c, w in grid.category_weights.items())
            self.weights_label.setText(self.tr("Category weights: {weights}").format(weights=parts))
        else:
            self.weights_label.setText(self.tr("No category weights set for this subject: categories weigh the same."))
        if not grid.assessments and not grid.read_only:
            self.status.setText(self.tr("No assessments yet: add one with “New assessment…”."))
        if self.model.rowCount() and not self.table.currentIndex().isValid() and grid.assessments:
            self.table.setCurrentIndex(self.model.index(0, FIXED_COLUMNS))

    # -- saving ---------------------------------------------------------------

    @Slot(object)
    def _save(self, changes: Changes) -> None:
        grid = self.model.grid
        if grid is None or not changes:
            return
        school = self.school
        self._saving += 1
        self.status.setText(self.tr("Saving…"))

        def done(refused: dict) -> None:
            if refused:
                self.model.mark_refused(refused, changes)
                first = next(iter(refused.values()))
                self._show_message(self.tr("{saved} saved; {bad} refused: {reason}").format(
                    saved=len(changes) - len(refused), bad=len(refused), reason=first))
            else:
                message = self.tr("Saved on this computer (%n mark(s)).", "", len(changes))
                if self.model.errors:  # typed or pasted values refused before saving are still there
                    message += " " + self.tr("%n value(s) not saved, shown in red: hover for the reason.", "",
                                             len(self.model.errors))
                self._show_message(message)
            self.ctx.hub.data_changed.emit("marks", [])  # other screens; this one reloads below
            self._saving -= 1
            if self._saving == 0:  # a later save will reload once it is done
                self.load(keep_errors=True)

        def failed(exc: BaseException) -> None:
            self._saving -= 1
            if isinstance(exc, ServiceError):
                self.model.mark_refused({k: translated(exc) for k in changes}, changes)
                self._show_message(self.tr("Not saved: {reason}").format(reason=translated(exc)))
                self.load(keep_errors=True)
            else:
                self.load()
                report_to_excepthook(exc)

        self.ctx.tasks.run_task(lambda: save_changes(school, grid, changes), on_success=done, on_error=failed,
                                write=True, owner=self)

    @Slot(str)
    def _show_refusal(self, reason: str) -> None:
        self._show_message(self.tr("Not a mark: {reason}").format(reason=reason))

    @Slot(str)
    def _show_message(self, text: str) -> None:
        self.status.setText(text)

    # -- assessments ----------------------------------------------------------

    def new_assessment(self):  # noqa: ANN201 - AssessmentDialog
        from app.ui.assessment_dialog import AssessmentDialog

        current = self.current()
        if current is None or self.choices is None:
            return None
        term = next(t for t in self.choices.terms if t.id == current[2])
        dialog = AssessmentDialog(self.ctx, self.school, current[0], current[1], term,
                                  self.model.grid.category_weights if self.model.grid else {}, parent=self)
        dialog.saved.connect(lambda _id: self.load(keep_errors=True))
        dialog.open()
        return dialog

    def edit_assessment(self):  # noqa: ANN201 - AssessmentDialog
        from app.ui.assessment_dialog import AssessmentDialog

        current = self.current()
        grid = self.model.grid
        if current is None or self.choices is None or grid is None or not grid.assessments:
            return None
        col = self.table.currentIndex().column()
        index = col - FIXED_COLUMNS if self.model.is_mark_column(col) else 0
        term = next(t for t in self.choices.terms if t.id == current[2])
        dialog = AssessmentDialog(self.ctx, self.school, current[0], current[1], term, grid.category_weights,
                                  existing=grid.assessments[index], parent=self)
        dialog.saved.connect(lambda _id: self.load(keep_errors=True))
        dialog.open()
        return dialog

    # -- updates --------------------------------------------------------------

    @Slot(str, list)
    def _on_data_changed(self, entity: str, _ids: list) -> None:
        if entity in ("marks", "assessments", "terms", "category_weights", "grade_scales", "server_conflicts",
                      "enrollments", "teaching_assignments"):
            if not self.isVisible():
                self._stale = True
            elif entity in ("terms", "teaching_assignments"):
                self.refresh()
            elif self._saving == 0:
                self.load(keep_errors=True)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

