"""The principal's gradebook set-up: category weights per subject, and the school's grade scale.

Small, fixed-size forms (a handful of rows each). The rules are the
services' (:func:`app.services.assessments.check_weights`,
:func:`app.services.grades.check_bands`); a refusal is shown in the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app.services.assessments import DEFAULT_CATEGORIES, category_weights, check_weights, set_category_weights
from app.services.context import QT_TRANSLATE_NOOP, ServiceError
from app.services.grades import FALLBACK_BANDS, check_bands, save_grade_scale
from app.storage.models import GradeScale, Subject
from app.ui.context import AppContext, OpenSchool
from app.ui.i18n import translated
from app.ui.tasks import report_to_excepthook


def _error_label() -> QLabel:
    label = QLabel("")
    label.setObjectName("formError")
    label.setStyleSheet("color: #b3261e;")
    label.setWordWrap(True)
    label.hide()  # shown with a refusal
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class _SettingsDialog(QDialog):
    saved = Signal()

    def __init__(self, ctx: AppContext, school: OpenSchool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.school = school
        self.error = _error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _run_write(self, fn, entity: str) -> None:  # noqa: ANN001
        school = self.school

        def write() -> None:
            with school.db.write() as session:
                fn(session, school.actor)

        def done(_=None) -> None:  # noqa: ANN001
            self.ctx.hub.data_changed.emit(entity, [])
            self.saved.emit()
            self.accept()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ServiceError):
                show_error(self.error, translated(exc))
            else:
                report_to_excepthook(exc)

        self.ctx.tasks.run_task(write, on_success=done, on_error=failed, write=True, owner=self)

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class CategoryWeightsDialog(_SettingsDialog):
    """A subject's categories and their weights; the total must be 100%."""

    def __init__(self, ctx: AppContext, school: OpenSchool, parent: QWidget | None = None) -> None:
        super().__init__(ctx, school, parent)
        self.setWindowTitle(self.tr("Category weights"))
        self.setMinimumWidth(420)
        self.subject = QComboBox()
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(self.tr("Category weights"))
        self.table.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Weight %")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.total = QLabel("")
        add = QPushButton(self.tr("Add a category"))
        remove = QPushButton(self.tr("Remove"))
        add.clicked.connect(lambda: self._add_row("", 0))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Subject"), self.subject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.total)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.subject.currentIndexChanged.connect(self._load)
        self.table.itemChanged.connect(self._update_total)

        def read() -> list[tuple[str, str]]:
            with school.db.session() as session:
                return [(s.name, s.id) for s in session.execute(
                    select(Subject).where(Subject.deleted.is_(False)).order_by(Subject.name)).scalars()]

        def show(subjects: list[tuple[str, str]]) -> None:
            self.subject.blockSignals(True)
            for name, subject_id in subjects:
                self.subject.addItem(name, subject_id)
            self.subject.blockSignals(False)
            self._load()

        ctx.tasks.run_task(read, on_success=show, owner=self)

    def _add_row(self, category: str, weight: int) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(category))
        item = QTableWidgetItem(str(weight))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, 1, item)

    @Slot()
    def _load(self) -> None:
        subject_id = self.subject.currentData()
        if subject_id is None:
            return
        school = self.school

        def read() -> dict[str, int]:
            with school.db.session() as session:
                return category_weights(session, subject_id)

        def show(weights: dict[str, int]) -> None:
            if self.subject.currentData() != subject_id:
                return  # another subject was chosen meanwhile
            self.table.blockSignals(True)
            self.table.setRowCount(0)
            for category, weight in (weights or {c: 0 for c in DEFAULT_CATEGORIES}).items():
                self._add_row(category, weight)
            self.table.blockSignals(False)
            self._update_total()

        self.ctx.tasks.run_task(read, on_success=show, owner=self)

    def weights(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for row in range(self.table.rowCount()):
            name = (self.table.item(row, 0).text() if self.table.item(row, 0) else "").strip()
            raw = (self.table.item(row, 1).text() if self.table.item(row, 1) else "").strip()
            if not name and not raw:
                continue
            try:
                out[name] = int(raw)
            except ValueError:
                if name:
                    raise ServiceError(QT_TRANSLATE_NOOP("CategoryWeightsDialog", "The weight of {category} must be a "
                                                         "whole percentage."), category=name) from None
                raise ServiceError(QT_TRANSLATE_NOOP("CategoryWeightsDialog", "The weight of a category must be a "
                                                     "whole percentage.")) from None
        return out

    @Slot()
    def _update_total(self) -> None:
        try:
            weights = self.weights()
            check_weights(weights)
        except ServiceError as exc:
            self.total.setText(translated(exc))
            self.total.setStyleSheet("color: #b3261e;")
        else:
            self.total.setText(self.tr("Total: 100% ✓"))
            self.total.setStyleSheet("color: #1f6f5c;")

    @Slot()
    def save(self) -> None:
        subject_id = self.subject.currentData()
        try:
            weights = self.weights()
        except ServiceError as exc:
            show_error(self.error, translated(exc))
            return
        self._run_write(lambda s, actor: set_category_weights(s, actor, subject_id, weights), "category_weights")


class GradeScaleDialog(_SettingsDialog):
    """The school's grade scale: (minimum %, grade) rows and the lowest passing grade."""

    def __init__(self, ctx: AppContext, school: OpenSchool, parent: QWidget | None = None) -> None:
        super().__init__(ctx, school, parent)
        self.setWindowTitle(self.tr("Grade scale"))
        self.setMinimumWidth(420)
        self.scale_id: str | None = None
        self.name = QComboBox()
        self.name.setEditable(True)
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(self.tr("Grade scale"))
        self.table.setHorizontalHeaderLabels([self.tr("From %"), self.tr("Grade")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.lowest_pass = QComboBox()
        add = QPushButton(self.tr("Add a grade"))
        remove = QPushButton(self.tr("Remove"))
        add.clicked.connect(lambda: self._add_row("", ""))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        pass_form = QFormLayout()
        pass_form.addRow(self.tr("Lowest passing grade"), self.lowest_pass)
        layout.addLayout(pass_form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        def read() -> tuple[str | None, str, list]:
            with school.db.session() as session:
                scale = session.execute(select(GradeScale).where(GradeScale.deleted.is_(False))
                                        .order_by(GradeScale.is_default.desc())).scalars().first()
                if scale is None:
                    return None, "", [(b.min_percent, b.grade, b.passing) for b in FALLBACK_BANDS]
                return scale.id, scale.name, [(b["min_percent"], b["grade"], b.get("passing", True))
                                              for b in scale.bands]

        def show(found: tuple[str | None, str, list]) -> None:
            self.scale_id, name, bands = found
            self.name.setEditText(name or self.tr("Standard"))
            bands.sort(key=lambda b: -float(b[0]))
            for minimum, grade, _passing in bands:
                self._add_row(f"{float(minimum):g}", grade)
            passing = [g for _m, g, p in bands if p]
            self._refresh_grades(passing[-1] if passing else "")
            self.table.itemChanged.connect(lambda _item: self._refresh_grades(self.lowest_pass.currentText()))

        ctx.tasks.run_task(read, on_success=show, owner=self)

    def _add_row(self, minimum: str, grade: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(minimum)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, 0, item)
        self.table.setItem(row, 1, QTableWidgetItem(grade))

    def _refresh_grades(self, keep: str) -> None:
        self.lowest_pass.blockSignals(True)
        self.lowest_pass.clear()
        for _m, grade in self.bands():
            if grade:
                self.lowest_pass.addItem(grade)
        index = self.lowest_pass.findText(keep)
        if index >= 0:
            self.lowest_pass.setCurrentIndex(index)
        self.lowest_pass.blockSignals(False)

    def bands(self) -> list[tuple[str, str]]:
        out = []
        for row in range(self.table.rowCount()):
            minimum = self.table.item(row, 0).text().strip() if self.table.item(row, 0) else ""
            grade = self.table.item(row, 1).text().strip() if self.table.item(row, 1) else ""
            if minimum or grade:
                out.append((minimum, grade))
        return out

    @Slot()
    def save(self) -> None:
        bands = self.bands()
        lowest = self.lowest_pass.currentText()
        try:
            check_bands(bands, lowest)  # a refusal shows at once, before the write
        except ServiceError as exc:
            show_error(self.error, translated(exc))
            return
        name, scale_id = self.name.currentText(), self.scale_id
        self._run_write(lambda s, actor: save_grade_scale(s, actor, name, bands, lowest, scale_id), "grade_scales")
