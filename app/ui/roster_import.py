"""The roster import wizard: file → columns and preview → check → import.

Reached from the Students screen (office, principal, admin). Everything slow
runs in background tasks (:class:`app.ui.tasks.TaskRunner`): reading the
file, checking every row against the school, and the import itself, which
checks again inside its write transaction (the school may have changed since
the preview) and writes all or nothing (:mod:`app.services.roster_import`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.services.roster_import import (
    FIELDS,
    ImportPlan,
    ImportRefused,
    ImportResult,
    SourceTable,
    apply_import,
    guess_mapping,
    mapping_problems,
    plan_import,
    read_roster_file,
)
from app.ui.context import AppContext, OpenSchool
from app.ui.formatting import format_count
from app.ui.i18n import translated

_Index = QModelIndex | QPersistentModelIndex
PREVIEW_ROWS = 20


class GridModel(QAbstractTableModel):
    """Rows of text under headers: the file's preview, or the list of problems."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[list[str]] = []

    def set_grid(self, headers: list[str], rows: list[list[str]]) -> None:
        self.beginResetModel()
        self.headers, self.rows = headers, rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and index.isValid():
            row = self.rows[index.row()]
            return row[index.column()] if index.column() < len(row) else ""
        return None


def _table(model: GridModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    view.setAccessibleName(name)
    return view


def _note(text: str = "", kind: str = "formNote") -> QLabel:
    label = QLabel(text)
    label.setObjectName(kind)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FilePage(QWizardPage):
    """Step 1: the file."""

    def __init__(self, wizard: "RosterImportWizard") -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose the roster file"))
        self.setSubTitle(self.tr("A CSV file or an Excel workbook (.xlsx) with one row a student and a header "
                                 "row. Students are matched on their admission number: importing the same file "
                                 "again changes nothing."))
        self.choose = QPushButton(self.tr("Choose a file…"))
        self.choose.setObjectName("primaryButton")
        self.path_label = _note(self.tr("No file chosen yet."))
        self.status = _note()
        self.error = _note("", "formError")
        self.error.hide()
        row = QHBoxLayout()
        row.addWidget(self.choose)
        row.addWidget(self.path_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.choose.clicked.connect(self._choose)

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the roster file"), "",
            self.tr("Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)"))
        if chosen:
            self.load_file(Path(chosen))

    def load_file(self, path: Path) -> None:
        """Read the file in the background; the next step opens when it is read."""
        self.w.source = None
        self.error.hide()
        self.path_label.setText(path.name)
        self.status.setText(self.tr("Reading {name}…").format(name=path.name))
        self.choose.setEnabled(False)
        self.completeChanged.emit()

        def read() -> SourceTable:
            return read_roster_file(path)

        self.w.ctx.tasks.run_task(read, on_success=self._read, on_error=self._failed, owner=self)

    def _read(self, source: SourceTable) -> None:
        self.choose.setEnabled(True)
        self.w.source = source
        self.w.mapping = guess_mapping(source.headers)
        where = source.encoding or self.tr("sheet \"{sheet}\"").format(sheet=source.sheet)
        self.status.setText(self.tr("{name}: {kind} ({where}), {rows} student row(s) under the header on row "
                                    "{line}.").format(name=source.name, kind=source.kind, where=where,
                                                      rows=format_count(len(source.rows)), line=source.header_line))
        self.completeChanged.emit()
        self.w.file_read.emit()

    def _failed(self, exc: BaseException) -> None:
        self.choose.setEnabled(True)
        self.status.setText("")
        self.error.setText(translated(exc))
        self.error.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.w.source is not None


def field_labels(page: QWidget) -> dict[str, str]:  # noqa: ARG001 - kept for its callers
    """The roster's fields in the person's language (literal translate calls, so lupdate finds them)."""
    return {
        "admission_no": QCoreApplication.translate("RosterImport", "Admission no."),
        "full_name": QCoreApplication.translate("RosterImport", "Full name"),
        "given_name": QCoreApplication.translate("RosterImport", "Given name"),
        "family_name": QCoreApplication.translate("RosterImport", "Family name"),
        "section": QCoreApplication.translate("RosterImport", "Section"),
        "roll_no": QCoreApplication.translate("RosterImport", "Roll no."),
        "gender": QCoreApplication.translate("RosterImport", "Gender"),
        "date_of_birth": QCoreApplication.translate("RosterImport", "Date of birth"),
        "guardian_name": QCoreApplication.translate("RosterImport", "Guardian"),
        "guardian_phone": QCoreApplication.translate("RosterImport", "Guardian's phone"),
        "guardian_email": QCoreApplication.translate("RosterImport", "Guardian's email"),
        "address": QCoreApplication.translate("RosterImport", "Address"),
        "category": QCoreApplication.translate("RosterImport", "Category"),
        "status": QCoreApplication.translate("RosterImport", "Status"),
    }


class MappingPage(QWizardPage):
    """Step 2: which column holds which field, with the first rows as they will be read."""

    def __init__(self, wizard: "RosterImportWizard") -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Daftar guessed which column holds what from the headers. Correct it where it "
                                 "is wrong; a field that is not in the file is left as the school has it."))
        self.combos: dict[str, QComboBox] = {}
        self.labels = field_labels(self)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for f in FIELDS:
            combo = QComboBox()
            combo.setAccessibleName(self.labels[f.key])
            combo.setMinimumWidth(180)
            label = self.labels[f.key] + (" *" if f.key == "admission_no" else "")
            form.addRow(label, combo)
            self.combos[f.key] = combo
            combo.currentIndexChanged.connect(self._changed)
        fields = QWidget()
        fields.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidget(fields)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(340)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.preview_model = GridModel(self)
        self.preview = _table(self.preview_model, self.tr("Preview"))
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.horizontalHeader().setDefaultSectionSize(130)
        self.notes = _note()
        self.problems = _note("", "formError")
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("The first rows, as Daftar reads them:")))
        right.addWidget(self.preview, 1)
        right.addWidget(self.notes)
        right.addWidget(self.problems)
        layout = QHBoxLayout(self)
        layout.addWidget(scroll)
        layout.addLayout(right, 1)
        self._filling = False

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        source = self.w.source
        assert source is not None
        self._filling = True
        for f in FIELDS:
            combo = self.combos[f.key]
            combo.clear()
            combo.addItem(self.tr("— not in the file —"), -1)
            for i, header in enumerate(source.headers):
                combo.addItem(header, i)
            combo.setCurrentIndex(combo.findData(self.w.mapping.get(f.key, -1)))
        self._filling = False
        self.notes.setText("\n".join(translated(n) for n in source.notes))
        self.notes.setVisible(bool(source.notes))
        self._changed()

    def _changed(self) -> None:
        if self._filling:
            return
        self.w.mapping = {key: combo.currentData() for key, combo in self.combos.items()
                          if combo.currentData() is not None and combo.currentData() >= 0}
        source = self.w.source
        if source is None:
            return
        field_of = {i: key for key, i in self.w.mapping.items()}
        headers = [f"{h}\n→ {self.labels[field_of[i]]}" if i in field_of else self.tr("{header}\n(not imported)")
                   .format(header=h) for i, h in enumerate(source.headers)]
        self.preview_model.set_grid(headers, source.preview(PREVIEW_ROWS))
        self.preview.resizeColumnsToContents()
        missing = mapping_problems(self.w.mapping)
        self.problems.setText("\n".join(translated(m) for m in missing))
        self.problems.setVisible(bool(missing))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return not mapping_problems(self.w.mapping)


class CheckPage(QWizardPage):
    """Step 3: every row checked against the school; the problems, or what the import will do."""

    def __init__(self, wizard: "RosterImportWizard") -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.progress = QProgressBar()
        self.summary = _note()
        self.summary.setObjectName("sectionHeading")
        self.notes = _note()
        self.problem_model = GridModel(self)
        self.problem_table = _table(self.problem_model, self.tr("Problems"))
        self.problem_table.horizontalHeader().setStretchLastSection(True)
        self.change_model = GridModel(self)
        self.change_table = _table(self.change_model, self.tr("Changes"))
        self.change_table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes)
        layout.addWidget(self.problem_table, 1)
        layout.addWidget(self.change_table, 1)
        self.plan: ImportPlan | None = None
        self._request = 0

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.plan = None
        self._request += 1
        request = self._request
        self.progress.setValue(0)
        self.progress.show()
        self.summary.setText(self.tr("Checking every row against the school…"))
        self.notes.setText("")
        self.problem_table.hide()
        self.change_table.hide()
        self.completeChanged.emit()
        source, mapping, db = self.w.source, dict(self.w.mapping), self.w.school.db

        def check(report) -> ImportPlan:  # noqa: ANN001 - the task's progress callback
            with db.session() as session:
                return plan_import(session, source, mapping, progress=report)

        self.w.ctx.tasks.run_task(check, on_success=lambda plan: self._checked(request, plan),
                                  on_error=self._failed, on_progress=self._progress, owner=self)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _checked(self, request: int, plan: ImportPlan) -> None:
        if request != self._request:
            return
        self.plan = plan
        self.progress.hide()
        self.notes.setText("\n".join(translated(n) for n in plan.source.notes + plan.notes))
        if plan.ok:
            self.setSubTitle(self.tr("Every row can be imported. Nothing is written until you press Import."))
            self.summary.setText(self.tr("{new} new student(s), {changed} to update, {same} already up to date.")
                                 .format(new=format_count(len(plan.new)), changed=format_count(len(plan.changed)),
                                         same=format_count(plan.unchanged)))
            rows = [[str(c.line), c.admission_no, c.full_name, self.tr("new") + (f" → {c.section_name}"
                                                                                 if c.section_name else "")]
                    for c in plan.new[:500]]
            rows += [[str(c.line), c.admission_no, c.full_name, ", ".join(translated(w) for w in c.what)]
                     for c in plan.changed[:500]]
            rows.sort(key=lambda r: int(r[0]))
            self.change_model.set_grid([self.tr("Row"), self.tr("Admission no."), self.tr("Name"),
                                        self.tr("What happens")], rows)
            self.change_table.setVisible(bool(rows))
            self.change_table.resizeColumnsToContents()
        else:
            self.setSubTitle(self.tr("Nothing will be imported until every problem is corrected in the file. "
                                     "Correct them, save the file, and choose it again."))
            more = plan.problem_count - len(plan.problems)
            self.summary.setText(self.tr("{n} problem(s) in {rows} row(s):").format(
                n=format_count(plan.problem_count), rows=format_count(plan.rows)) + (
                " " + self.tr("the first {shown} are listed.").format(shown=len(plan.problems)) if more else ""))
            self.problem_model.set_grid(
                [self.tr("Row"), self.tr("Column"), self.tr("Problem")],
                [[str(p.row) if p.row is not None else "", translated(p.column), translated(p.message)]
                 for p in plan.problems])
            self.problem_table.show()
            self.problem_table.resizeColumnToContents(0)
            self.problem_table.resizeColumnToContents(1)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.summary.setText(translated(exc))

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.plan is not None and self.plan.ok


class DonePage(QWizardPage):
    """Step 4: the import, in one transaction, and what it did."""

    def __init__(self, wizard: "RosterImportWizard") -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Import"))
        self.summary = _note()
        self.summary.setObjectName("sectionHeading")
        self.detail = _note()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.result: ImportResult | None = None
        self.failed = False

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.result, self.failed = None, False
        self.summary.setText(self.tr("Importing…"))
        self.completeChanged.emit()
        source, mapping, school = self.w.source, dict(self.w.mapping), self.w.school

        def write() -> ImportResult:
            with school.db.write() as session:  # checked again: the school may have changed since
                plan = plan_import(session, source, mapping)
                return apply_import(session, school.actor, plan)

        self.w.ctx.tasks.run_task(write, on_success=self._done, on_error=self._failed, write=True, owner=self)

    def _done(self, result: ImportResult) -> None:
        self.result = result
        self.summary.setText(self.tr("The roster is imported."))
        self.detail.setText(self.tr("{new} new student(s), {changed} updated, {same} already up to date; "
                                    "{enrolled} put in a section. The changes reach the school's server at the "
                                    "next sync.").format(new=format_count(result.added), changed=format_count(result.updated),
                                                          same=format_count(result.unchanged),
                                                          enrolled=format_count(result.enrolled)))
        for entity in ("students", "enrollments"):
            self.w.ctx.hub.data_changed.emit(entity, [])
        self.completeChanged.emit()
        self.w.imported.emit()

    def _failed(self, exc: BaseException) -> None:
        self.failed = True
        self.summary.setText(self.tr("Nothing was imported."))
        if isinstance(exc, ImportRefused):
            lines = [translated(p.describe()) for p in exc.plan.problems[:20]]
            self.detail.setText(translated(exc) + "\n" + "\n".join(lines))
        else:
            self.detail.setText(translated(exc))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.result is not None or self.failed


class RosterImportWizard(QWizard):
    """File → columns and preview → check → import."""

    file_read = Signal()
    imported = Signal()

    def __init__(self, ctx: AppContext, school: OpenSchool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.school = school
        self.source: SourceTable | None = None
        self.mapping: dict[str, int] = {}
        self.setWindowTitle(self.tr("Import the roster"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.done_page = DonePage(self)
        for page in (self.file_page, self.mapping_page, self.check_page, self.done_page):
            self.addPage(page)
        self.resize(1000, 640)
