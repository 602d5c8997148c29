"""The "Results" screen: a section's term results (or the year's final result), and the principal's locks.

Figures come from :mod:`app.services.results` in a background task; this
module lays them out. The principal opens and closes mark entry for the
term, publishes it (results frozen), and sets category weights and the grade
scale (:mod:`app.ui.gradebook_settings`). Report cards for the whole section
are made in the background with a progress bar; a term's results export to
XLSX or CSV (:func:`app.services.exports.results_export`) in the background.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.assessments import GradebookChoices, gradebook_choices
from app.services.comments import card_remarks
from app.services.context import ServiceError
from app.services.exports import results_export, write_export
from app.services.grades import publish_term, set_entry_open
from app.services.results import FinalResults, TermResults, final_results, report_card_data, term_results
from app.ui.context import AppContext, OpenSchool
from app.ui.i18n import translated
from app.ui.tasks import report_to_excepthook

_Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FINAL = "final"
FAIL_COLOUR = QColor("#b3261e")


class ResultsModel(QAbstractTableModel):
    """Term view: position, roll, student, one column per subject, overall % and grade.
    Final view: position, roll, student, one column per term, final % and grade."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.term: TermResults | None = None
        self.final: FinalResults | None = None
        self._headers: list[str] = []

    def set_term(self, results: TermResults) -> None:
        self.beginResetModel()
        self.term, self.final = results, None
        self._headers = [self.tr("Position"), self.tr("Roll"), self.tr("Student"),
                         *[s.name for s in results.subjects], self.tr("Overall %"), self.tr("Grade")]
        self.endResetModel()

    def set_final(self, results: FinalResults) -> None:
        self.beginResetModel()
        self.term, self.final = None, results
        self._headers = [self.tr("Position"), self.tr("Roll"), self.tr("Student"),
                         *[self.tr("{term} ({weight}%)").format(term=name, weight=w) for _, name, w, _ in results.terms],
                         self.tr("Final %"), self.tr("Grade")]
        self.endResetModel()

    def _rows(self) -> list:
        if self.term is not None:
            return self.term.students
        if self.final is not None:
            return self.final.students
        return []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows()[index.row()]
        col = index.column()
        locale = QLocale()
        last = len(self._headers) - 1

        def pct(value: float | None) -> str:
            return "—" if value is None else locale.toString(value, "f", 1)

        if col == 0:
            value = row.position
            if role == Qt.ItemDataRole.DisplayRole:
                return "" if value is None else locale.toString(value)
            if role == SORT_ROLE:
                return value if value is not None else 10**9
        elif col == 1:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return row.roll_no if role == SORT_ROLE else locale.toString(row.roll_no)
        elif col == 2:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.full_name
            if role == SORT_ROLE:
                return row.full_name.casefold()
        elif col == last:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return row.grade or "—"
            if role == Qt.ItemDataRole.ForegroundRole and row.percent is not None and not row.passing:
                return FAIL_COLOUR
        elif col == last - 1:
            if role == Qt.ItemDataRole.DisplayRole:
                mark = "*" if (self.term is not None and row.not_entered) or getattr(row, "provisional", False) else ""
                return pct(row.percent) + mark
            if role == SORT_ROLE:
                return row.percent if row.percent is not None else -1.0
            if role == Qt.ItemDataRole.ToolTipRole:
                if self.final is not None and row.provisional:
                    return self.tr("Provisional: a term has no result yet or is not published.")
                if self.term is not None and row.not_entered:
                    return self.tr("%n mark(s) not entered yet.", "", row.not_entered)
        else:
            k = col - 3
            if self.term is not None:
                subject = self.term.subjects[k]
                result = row.subjects.get(subject.id)
                if role == Qt.ItemDataRole.DisplayRole:
                    if result is None or result.percent is None:
                        return "—"
                    return f"{pct(result.percent)}{'*' if result.not_entered else ''}  {result.grade}"
                if role == SORT_ROLE:
                    return result.percent if result is not None and result.percent is not None else -1.0
                if role == Qt.ItemDataRole.ForegroundRole and result is not None and result.percent is not None \
                        and not result.passing:
                    return FAIL_COLOUR
                if role == Qt.ItemDataRole.ToolTipRole and result is not None:
                    parts = [self.tr("{category}: {percent} ({share}% of the result)").format(
                        category=c.category, percent=pct(c.percent), share=QLocale().toString(round(c.applied_percent)))
                        for c in result.categories]
                    return "\n".join(parts)
            elif self.final is not None:
                term_id = self.final.terms[k][0]
                value = row.term_percents.get(term_id)
                if role == Qt.ItemDataRole.DisplayRole:
                    return pct(value)
                if role == SORT_ROLE:
                    return value if value is not None else -1.0
        if role == Qt.ItemDataRole.TextAlignmentRole and col != 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class ResultsProxy(QSortFilterProxyModel):
    def lessThan(self, left: _Index, right: _Index) -> bool:  # noqa: N802
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


class ResultsScreen(QWidget):
    def __init__(self, ctx: AppContext, school: OpenSchool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.school = school
        self.choices: GradebookChoices | None = None
        self._request = 0
        self._stale = True
        self.last_report_file: Path | None = None
        principal = school.role in ("principal", "admin")

        title = QLabel(self.tr("Results"))
        title.setObjectName("screenTitle")
        self.subtitle = QLabel("")
        self.subtitle.setObjectName("screenSubtitle")
        self.section_box = QComboBox()
        self.section_box.setAccessibleName(self.tr("Class"))
        self.section_box.setMinimumWidth(160)
        self.term_box = QComboBox()
        self.term_box.setAccessibleName(self.tr("Term"))
        self.cards_button = QPushButton(self.tr("Report cards…"))
        self.cards_button.setObjectName("secondaryButton")
        self.cards_button.setToolTip(self.tr("Every student's report card of this class and term, in one PDF; "
                                             "with one student selected, that student's card only"))
        self.remarks_button = QPushButton(self.tr("Remarks…"))
        self.remarks_button.setObjectName("secondaryButton")
        self.remarks_button.setToolTip(self.tr("The class teacher's and the principal's remarks for the report cards "
                                               "of this class and term"))
        self.remarks_dialog = None
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("secondaryButton")
        self.export_button.setToolTip(self.tr("This class's term results (each subject's %, the overall %, grade "
                                              "and position) as an Excel workbook or a CSV file"))
        self.last_export: Path | None = None

        self.entry_label = QLabel("")
        self.entry_button = QPushButton("")
        self.entry_button.setObjectName("secondaryButton")
        self.publish_button = QPushButton(self.tr("Publish term…"))
        self.publish_button.setObjectName("primaryButton")
        self.weights_button = QPushButton(self.tr("Category weights…"))
        self.weights_button.setObjectName("secondaryButton")
        self.scale_button = QPushButton(self.tr("Grade scale…"))
        self.scale_button.setObjectName("secondaryButton")
        for w in (self.entry_button, self.publish_button, self.weights_button, self.scale_button):
            w.setVisible(principal)

        self.rule = QLabel(self.tr(
            "Each subject's term % weighs its categories by the subject's weights; absent counts 0, exempt and "
            "marks not entered are left out, and a category with no marks yet gives its weight to the others. "
            "The overall % is the mean of the subjects; the final result weighs the terms by their weights. "
            "* marks a result still missing marks."))
        self.rule.setWordWrap(True)
        self.rule.setObjectName("screenSubtitle")

        self.model = ResultsModel(self)
        self.proxy = ResultsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setAccessibleName(self.tr("Results"))

        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel("")
        self.status.setWordWrap(True)

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addWidget(self.section_box)
        head.addWidget(self.term_box)
        head.addWidget(self.remarks_button)
        head.addWidget(self.cards_button)
        head.addWidget(self.export_button)
        bar = QHBoxLayout()
        bar.addWidget(self.entry_label, 1)
        bar.addWidget(self.entry_button)
        bar.addWidget(self.publish_button)
        bar.addWidget(self.weights_button)
        bar.addWidget(self.scale_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addLayout(bar)
        layout.addWidget(self.rule)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)

        self.section_box.currentIndexChanged.connect(self.load)
        self.term_box.currentIndexChanged.connect(self.load)
        self.entry_button.clicked.connect(self.toggle_entry)
        self.publish_button.clicked.connect(self.confirm_publish)
        self.weights_button.clicked.connect(self.show_weights)
        self.scale_button.clicked.connect(self.show_scale)
        self.cards_button.clicked.connect(self.choose_report_cards_file)
        self.remarks_button.clicked.connect(self.show_remarks)
        self.export_button.clicked.connect(self.ask_export_path)
        ctx.hub.data_changed.connect(self._on_data_changed)

    # -- loading --------------------------------------------------------------

    def refresh(self) -> None:
        self._stale = False
        school = self.school

        def read() -> GradebookChoices:
            with school.db.session() as session:
                return gradebook_choices(session, school.actor)

        self.ctx.tasks.run_task(read, on_success=self._show_choices, owner=self)

    def _show_choices(self, choices: GradebookChoices) -> None:
        previous = (self.section_box.currentData(), self.term_box.currentData())
        self.choices = choices
        for box in (self.section_box, self.term_box):
            box.blockSignals(True)
            box.clear()
        seen = set()
        for c in choices.classes:
            if c.section_id not in seen:
                seen.add(c.section_id)
                self.section_box.addItem(c.section_name, c.section_id)
        for t in choices.terms:
            self.term_box.addItem(t.name, t.id)
        self.term_box.addItem(self.tr("Final result (year)"), FINAL)
        if previous[0] is not None:
            self.section_box.setCurrentIndex(max(0, self.section_box.findData(previous[0])))
        term = previous[1] or choices.current_term_id
        if term is not None:
            self.term_box.setCurrentIndex(max(0, self.term_box.findData(term)))
        for box in (self.section_box, self.term_box):
            box.blockSignals(False)
        self.load()

    def select(self, section_id: str, term_id: str) -> None:
        self.section_box.blockSignals(True)
        self.term_box.blockSignals(True)
        self.section_box.setCurrentIndex(self.section_box.findData(section_id))
        self.term_box.setCurrentIndex(self.term_box.findData(term_id))
        self.section_box.blockSignals(False)
        self.term_box.blockSignals(False)
        self.load()

    def term_info(self):  # noqa: ANN201 - TermInfo | None
        term_id = self.term_box.currentData()
        if self.choices is None or term_id in (None, FINAL):
            return None
        return next((t for t in self.choices.terms if t.id == term_id), None)

    @Slot()
    def load(self) -> None:
        section_id = self.section_box.currentData()
        term_id = self.term_box.currentData()
        self._update_locks()
        if section_id is None or term_id is None:
            return
        self._request += 1
        request = self._request
        school = self.school

        def read():  # noqa: ANN202
            with school.db.session() as session:
                if term_id == FINAL:
                    return final_results(session, section_id)
                return term_results(session, term_id, section_id)

        self.ctx.tasks.run_task(read, on_success=lambda r: self._show(request, r), owner=self)

    def _show(self, request: int, results) -> None:  # noqa: ANN001
        if request != self._request:
            return
        if isinstance(results, TermResults):
            self.model.set_term(results)
            state = self.tr("published") if results.published else (
                self.tr("mark entry open") if results.entry_open else self.tr("mark entry closed"))
            self.subtitle.setText(self.tr("{section} · {term} ({state}) · grade scale: {scale}").format(
                section=results.section_name, term=results.term_name, state=state,
                scale=results.scale_name or self.tr("default")))
            show_position = results.show_position
        else:
            self.model.set_final(results)
            self.subtitle.setText(self.tr("{section} · final result over the year's terms").format(
                section=results.section_name))
            show_position = results.show_position
        self.table.setColumnHidden(0, not show_position)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 70)
        header.resizeSection(1, 50)
        for col in range(3, self.model.columnCount()):
            header.resizeSection(col, 110)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)

    # -- the principal's locks --------------------------------------------------

    def _update_locks(self) -> None:
        term = self.term_info()
        principal = self.school.role in ("principal", "admin")
        self.cards_button.setEnabled(term is not None)
        self.remarks_button.setEnabled(term is not None)
        self.export_button.setEnabled(term is not None)  # the final result has no export of its own
        if term is None:
            self.entry_label.setText("")
            for w in (self.entry_button, self.publish_button):
                w.setEnabled(False)
                w.hide()
            return
        if term.published:
            self.entry_label.setText(self.tr("{term} is published: its marks and results are frozen.").format(
                term=term.name))
        elif term.entry_open:
            self.entry_label.setText(self.tr("Mark entry for {term} is open.").format(term=term.name))
        else:
            self.entry_label.setText(self.tr("Mark entry for {term} is closed: marks are read-only on every "
                                             "computer.").format(term=term.name))
        self.entry_button.setText(self.tr("Open mark entry") if not term.entry_open else self.tr("Close mark entry"))
        for w in (self.entry_button, self.publish_button):
            # Only what the principal can still do is shown (a disabled button reads as one to press).
            w.setEnabled(principal and not term.published)
            w.setVisible(principal and not term.published)

    def _write(self, fn, done_message: str) -> None:  # noqa: ANN001
        school = self.school

        def write() -> None:
            with school.db.write() as session:
                fn(session, school.actor)

        def done(_=None) -> None:  # noqa: ANN001
            self.status.setText(done_message)
            self.ctx.hub.data_changed.emit("terms", [])
            self.refresh()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ServiceError):
                self.status.setText(translated(exc))
            else:
                report_to_excepthook(exc)

        self.ctx.tasks.run_task(write, on_success=done, on_error=failed, write=True, owner=self)

    @Slot()
    def toggle_entry(self) -> None:
        term = self.term_info()
        if term is None:
            return
        opening = not term.entry_open
        self._write(lambda s, actor: set_entry_open(s, actor, term.id, opening),
                    self.tr("Mark entry for {term} is open again.").format(term=term.name) if opening else
                    self.tr("Mark entry for {term} is closed; it reaches every computer at its next sync.").format(
                        term=term.name))

    @Slot()
    def confirm_publish(self) -> QMessageBox | None:
        term = self.term_info()
        if term is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Publish {term}?").format(term=term.name),
                          self.tr("Publishing closes mark entry for good and freezes the results of {term} on "
                                  "every computer. It cannot be undone.").format(term=term.name),
                          QMessageBox.StandardButton.Cancel, self)
        publish = box.addButton(self.tr("Publish"), QMessageBox.ButtonRole.AcceptRole)
        box.buttonClicked.connect(lambda b: self.publish() if b is publish else None)
        box.open()
        return box

    def publish(self) -> None:
        term = self.term_info()
        if term is None:
            return
        self._write(lambda s, actor: publish_term(s, actor, term.id),
                    self.tr("{term} is published; its results are frozen.").format(term=term.name))

    def show_weights(self):  # noqa: ANN201
        from app.ui.gradebook_settings import CategoryWeightsDialog

        dialog = CategoryWeightsDialog(self.ctx, self.school, parent=self)
        dialog.open()
        return dialog

    def show_scale(self):  # noqa: ANN201
        from app.ui.gradebook_settings import GradeScaleDialog

        dialog = GradeScaleDialog(self.ctx, self.school, parent=self)
        dialog.open()
        return dialog

    # -- report cards -----------------------------------------------------------

    @Slot()
    def choose_report_cards_file(self) -> None:
        term = self.term_info()
        if term is None:
            return
        student = self.selected_student()
        who = student[1] if student else self.section_box.currentText()
        name = f"report-card-{who}-{term.name}.pdf".replace(" ", "-")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report cards"), str(Path.home() / name),
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.make_report_cards(Path(path), [student[0]] if student else None)

    def selected_student(self) -> tuple[str, str] | None:
        """(id, name) of the one student selected in the table, if exactly one is."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if len(rows) != 1 or self.model.term is None:
            return None
        row = self.model.term.students[self.proxy.mapToSource(rows[0]).row()]
        return row.student_id, row.full_name

    @Slot()
    def show_remarks(self):  # noqa: ANN201 - RemarksDialog | None
        """The remarks of the section and term shown, to read and write (app.ui.comments)."""
        from app.ui.comments import RemarksDialog

        term = self.term_info()
        section_id = self.section_box.currentData()
        if term is None or section_id is None:
            return None
        if self.remarks_dialog is not None:
            self.remarks_dialog.close()
            self.remarks_dialog.deleteLater()
        self.remarks_dialog = RemarksDialog(self.ctx, self.school, section_id, term.id, self)
        self.remarks_dialog.open()
        return self.remarks_dialog

    def make_report_cards(self, path: Path, student_ids: list[str] | None = None) -> None:
        """The report cards of the section and term (or of the students given), in one PDF, made in the background."""
        from app.reports.report_card import save_report_cards

        term = self.term_info()
        section_id = self.section_box.currentData()
        if term is None or section_id is None:
            return
        school = self.school
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cards_button.setEnabled(False)
        self.status.setText(self.tr("Making report cards…"))

        def work(report) -> int:  # noqa: ANN001
            with school.db.session() as session:
                cards = report_card_data(session, term.id, section_id,
                                         comments=card_remarks(session, term.id, section_id))
            if student_ids is not None:
                cards = [c for c in cards if c.student_id in student_ids]
            report(0, len(cards))
            save_report_cards(path, cards, progress=report)  # never half a PDF under the name
            return len(cards)

        def progressed(done: int, total: int) -> None:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

        def done(count: int) -> None:
            self.progress.hide()
            self.cards_button.setEnabled(True)
            self.last_report_file = path
            self.status.setText(self.tr("%n report card(s) saved to {file}.", "", count).format(file=str(path)))

        def failed(exc: BaseException) -> None:
            self.progress.hide()
            self.cards_button.setEnabled(True)
            if isinstance(exc, (OSError, ServiceError)):
                self.status.setText(self.tr("The report cards could not be saved: {reason}").format(reason=translated(exc)))
            else:
                report_to_excepthook(exc)

        self.ctx.tasks.run_task(work, on_success=done, on_error=failed, on_progress=progressed, owner=self)

    # -- export -----------------------------------------------------------------

    @Slot()
    def ask_export_path(self) -> None:
        term = self.term_info()
        if term is None:
            return
        xlsx, csv = self.tr("Excel workbooks (*.xlsx)"), self.tr("CSV files (*.csv)")
        name = f"results-{self.section_box.currentText()}-{term.name}.xlsx".replace(" ", "-")
        chosen, picked = QFileDialog.getSaveFileName(self, self.tr("Export the results"), str(Path.home() / name),
                                                     f"{xlsx};;{csv}")
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() not in (".xlsx", ".csv"):
                path = path.with_name(path.name + (".csv" if picked == csv else ".xlsx"))
            self.export(path)

    def export(self, path: Path) -> None:
        """Write the section's term results to ``path`` (XLSX or CSV by its extension) in a background task."""
        term = self.term_info()
        section_id = self.section_box.currentData()
        if term is None or section_id is None:
            return
        school = self.school
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting the results…"))

        def work() -> Path:
            with school.db.session() as session:
                export = results_export(session, section_id, term.id)
            return write_export(export, path)

        def done(written: Path) -> None:
            self.export_button.setEnabled(self.term_info() is not None)
            self.last_export = written
            self.status.setText(self.tr("Results of {section}, {term} exported to {file}").format(
                section=self.section_box.currentText(), term=term.name, file=str(written)))

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(self.term_info() is not None)
            if isinstance(exc, (OSError, ServiceError)):
                self.status.setText(self.tr("The results could not be exported: {reason}").format(reason=translated(exc)))
            else:
                report_to_excepthook(exc)

        self.ctx.tasks.run_task(work, on_success=done, on_error=failed, owner=self)

    # -- updates ----------------------------------------------------------------

    @Slot(str, list)
    def _on_data_changed(self, entity: str, _ids: list) -> None:
        if entity in ("marks", "assessments", "terms", "category_weights", "grade_scales", "enrollments",
                      "schools"):
            if self.isVisible():
                if entity == "terms":
                    self.refresh()
                else:
                    self.load()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()
