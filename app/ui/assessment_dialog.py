"""A dialog to create or change an assessment: name, category, maximum, weight, date.

The rules are the service's (:mod:`app.services.assessments`); a refusal is
shown in the dialog, in its words, and the dialog stays open.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.assessments import (
    DEFAULT_CATEGORIES,
    AssessmentInput,
    TermInfo,
    create_assessment,
    update_assessment,
)
from app.services.context import ServiceError
from app.services.grades import GridAssessment
from app.ui.context import AppContext, OpenSchool
from app.ui.i18n import date_field_in_order, translated
from app.ui.tasks import report_to_excepthook


class AssessmentDialog(QDialog):
    saved = Signal(str)  # the assessment's id

    def __init__(self, ctx: AppContext, school: OpenSchool, section_id: str, subject_id: str, term: TermInfo,
                 weights: dict[str, int], existing: GridAssessment | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.school = school
        self.section_id = section_id
        self.subject_id = subject_id
        self.term = term
        self.existing = existing
        self.setWindowTitle(self.tr("Edit assessment") if existing else self.tr("New assessment"))
        self.setMinimumWidth(420)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Unit test 2"))
        self.category = QComboBox()
        categories = list(weights) or list(DEFAULT_CATEGORIES)
        for c in categories:
            label = f"{c} ({weights[c]}%)" if c in weights else c
            self.category.addItem(label, c)
        self.category.setEditable(not weights)  # with weights set, only their categories
        self.maximum = QDoubleSpinBox()
        self.maximum.setRange(0.5, 1000)
        self.maximum.setDecimals(2)
        self.maximum.setValue(50)
        self.weight = QSpinBox()
        self.weight.setRange(1, 100)
        self.weight.setValue(1)
        self.weight.setToolTip(self.tr("How much this assessment counts against others of its category"))
        self.dated = QCheckBox(self.tr("Held on"))
        self.dated.setChecked(True)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        date_field_in_order(self.date)
        self.date.setAccessibleName(self.tr("Held on"))
        self.date.setDateRange(QDate(term.starts_on), QDate(term.ends_on))
        today = QDate.currentDate()
        self.date.setDate(min(max(today, QDate(term.starts_on)), QDate(term.ends_on)))
        self.dated.toggled.connect(self.date.setEnabled)

        if existing is not None:
            self.name.setText(existing.name)
            index = self.category.findData(existing.category)
            if index < 0:
                self.category.addItem(existing.category, existing.category)
                index = self.category.count() - 1
            self.category.setCurrentIndex(index)
            self.maximum.setValue(existing.max_marks_centi / 100)
            self.weight.setValue(existing.weight)
            self.dated.setChecked(existing.held_on is not None)
            if existing.held_on is not None:
                self.date.setDate(QDate(existing.held_on))

        self.error = QLabel("")
        self.error.setObjectName("formError")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()  # shown with a refusal
        hint = QLabel(self.tr("Category weights of the subject are set by the principal.") if weights
                      else self.tr("This subject has no category weights yet: its categories will weigh the same."))
        hint.setObjectName("screenSubtitle")
        hint.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Out of"), self.maximum)
        form.addRow(self.tr("Weight in category"), self.weight)
        form.addRow(self.dated, self.date)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def values(self) -> AssessmentInput:
        category = self.category.currentData() if not self.category.isEditable() else self.category.currentText()
        return AssessmentInput(
            name=self.name.text(),
            category=str(category or ""),
            max_marks_centi=round(self.maximum.value() * 100),
            weight=self.weight.value(),
            held_on=self.date.date().toPython() if self.dated.isChecked() else None,
        )

    @Slot()
    def save(self) -> None:
        data = self.values()
        school = self.school
        existing = self.existing
        section_id, subject_id, term_id = self.section_id, self.subject_id, self.term.id

        def write() -> str:
            with school.db.write() as session:
                if existing is None:
                    return create_assessment(session, school.actor, section_id, subject_id, term_id, data).id
                update_assessment(session, school.actor, existing.id, data)
                return existing.id

        def done(assessment_id: str) -> None:
            self.ctx.hub.data_changed.emit("assessments", [assessment_id])
            self.saved.emit(assessment_id)
            self.accept()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ServiceError):
                self.error.setText(translated(exc))
                self.error.show()
            else:
                report_to_excepthook(exc)

        self.buttons.setEnabled(False)

        def settle(fn):  # noqa: ANN001, ANN202
            def run(value):  # noqa: ANN001, ANN202
                self.buttons.setEnabled(True)
                fn(value)
            return run

        self.ctx.tasks.run_task(write, on_success=settle(done), on_error=settle(failed), write=True, owner=self)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.buttons.isEnabled():
            self.save()
            return
        super().keyPressEvent(event)
