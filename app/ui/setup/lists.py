"""Setup → Sections, Subjects & teachers, Attendance codes and Fees: ordinary synced records.

Written on this computer through :mod:`app.services.setup` and the outbox,
online or not, and sent with the next sync like any other change.
"""

from __future__ import annotations

import importlib.util
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from app.services import setup
from app.services.context import QT_TRANSLATE_NOOP, ServiceError
from app.ui.formatting import format_date, format_money
from app.ui.i18n import translated
from app.ui.setup.common import FormDialog, SetupPage
from app.ui.setup.school import _pydate, date_edit

def weekday_name(day: int) -> str:
    """0 = Monday, in the person's language, short ("Mon")."""
    return QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat)


def _combo(items: list[tuple[str, Any]], current: Any = None, *, none_text: str | None = None) -> QComboBox:
    combo = QComboBox()
    if none_text is not None:
        combo.addItem(none_text, None)
    for text, data in items:
        combo.addItem(text, data)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def _staff(users: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(u["full_name"], u["id"]) for u in users if u["active"] and u["role"] in ("teacher", "principal", "admin")]


class SectionsPage(SetupPage):
    entities = ("sections", "enrollments", "users", "academic_years")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.heading(self.tr("Sections"), self.tr(
            "The classes of each year, with their class teacher. Saved on this computer and sent with the next "
            "sync; a section with students cannot be removed."))
        self.view, self.model = self.table([
            (self.tr("Year"), lambda r: r["year"], None),
            (self.tr("Section"), lambda r: r["name"], lambda r: (r["grade_level"], r["name"])),
            (self.tr("Grade"), lambda r: r["grade_level"], lambda r: r["grade_level"]),
            (self.tr("Class teacher"), lambda r: r["homeroom_teacher"], None),
            (self.tr("Room"), lambda r: r["room"], None),
            (self.tr("Students"), lambda r: r["students"], lambda r: r["students"]),
        ], self.edit)
        self.layout_.addWidget(self.view, 1)
        self.layout_.addLayout(self.buttons((self.tr("Add a Section…"), self.add), (self.tr("Edit…"), self.edit),
                                            (self.tr("Remove"), self.remove)))
        self.layout_.addWidget(self.status)

    def read(self, session: Any) -> dict[str, Any]:
        return {"sections": setup.read_sections(session), "years": setup.read_years(session),
                "users": setup.read_users(session)}

    def show_data(self, data: dict[str, Any]) -> None:
        self.model.set_rows(data["sections"])

    def add(self) -> None:
        self._dialog(None)

    def edit(self) -> None:
        row = self.selected(self.view)
        if self.need_selection(row, self.tr("a section")):
            self._dialog(row)

    def _dialog(self, row: dict[str, Any] | None) -> FormDialog:
        data = self.data or {"years": [], "users": []}
        current_year = next((y["id"] for y in data["years"] if y["current"]), None)
        dialog = FormDialog(self.tr("Section"), self)
        dialog.year_combo = dialog.add(self.tr("Year:"), _combo([(y["name"], y["id"]) for y in data["years"]],
                                                               row["academic_year_id"] if row else current_year))
        dialog.name_edit = dialog.add(self.tr("Name:"), QLineEdit(row["name"] if row else ""))
        dialog.name_edit.setPlaceholderText(self.tr("e.g. 7 B"))
        grade = QSpinBox()
        grade.setRange(0, 14)
        grade.setValue(row["grade_level"] if row else 1)
        dialog.grade_spin = dialog.add(self.tr("Grade level:"), grade)
        dialog.teacher_combo = dialog.add(self.tr("Class teacher:"), _combo(
            _staff(data["users"]), row["homeroom_teacher_id"] if row else None, none_text=self.tr("(none)")))
        dialog.room_edit = dialog.add(self.tr("Room:"), QLineEdit(row["room"] if row else ""))
        section_id = row["id"] if row else None

        def save() -> None:
            values = {"academic_year_id": dialog.year_combo.currentData() or "", "name": dialog.name_edit.text(),
                      "grade_level": dialog.grade_spin.value(),
                      "homeroom_teacher_id": dialog.teacher_combo.currentData(), "room": dialog.room_edit.text()}
            self.write_local(lambda s, actor: setup.save_section(s, actor, section_id=section_id, **values),
                             "sections", dialog)

        dialog.on_save = save
        return self.open_dialog(dialog)

    def remove(self) -> None:
        row = self.selected(self.view)
        if self.need_selection(row, self.tr("a section")):
            self.write_local(lambda s, actor: setup.delete_section(s, actor, row["id"]), "sections")


class SubjectsPage(SetupPage):
    """Subjects, and who teaches which subject to which section (a teacher's scope)."""

    entities = ("subjects", "teaching_assignments", "sections", "users")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.heading(self.tr("Subjects & teachers"), self.tr(
            "A teacher sees the sections they are assigned to teach here, and only those."))
        self.subjects_view, self.subjects = self.table([
            (self.tr("Code"), lambda r: r["code"], None),
            (self.tr("Subject"), lambda r: r["name"], None),
        ], self.edit_subject)
        self.layout_.addWidget(self.subjects_view, 2)
        self.layout_.addLayout(self.buttons((self.tr("Add a Subject…"), self.add_subject),
                                            (self.tr("Edit the Subject…"), self.edit_subject),
                                            (self.tr("Remove the Subject"), self.remove_subject)))
        title = QLabel(self.tr("Who teaches what"))
        title.setStyleSheet("font-weight: 600;")
        self.layout_.addWidget(title)
        self.assignments_view, self.assignments = self.table([
            (self.tr("Section"), lambda r: r["section"], None),
            (self.tr("Subject"), lambda r: r["subject"], None),
            (self.tr("Teacher"), lambda r: r["teacher"], None),
            (self.tr("Days"), lambda r: " ".join(weekday_name(d) for d in r["weekdays"]), None),
        ], self.edit_assignment)
        self.layout_.addWidget(self.assignments_view, 3)
        self.layout_.addLayout(self.buttons((self.tr("Assign a Teacher…"), self.add_assignment),
                                            (self.tr("Edit the Assignment…"), self.edit_assignment),
                                            (self.tr("Remove the Assignment"), self.remove_assignment)))
        self.layout_.addWidget(self.status)

    def read(self, session: Any) -> dict[str, Any]:
        return {"subjects": setup.read_subjects(session), "assignments": setup.read_assignments(session),
                "sections": setup.read_sections(session), "users": setup.read_users(session)}

    def show_data(self, data: dict[str, Any]) -> None:
        self.subjects.set_rows(data["subjects"])
        self.assignments.set_rows(data["assignments"])

    def add_subject(self) -> None:
        self._subject_dialog(None)

    def edit_subject(self) -> None:
        row = self.selected(self.subjects_view)
        if self.need_selection(row, self.tr("a subject")):
            self._subject_dialog(row)

    def _subject_dialog(self, row: dict[str, Any] | None) -> FormDialog:
        dialog = FormDialog(self.tr("Subject"), self)
        dialog.code_edit = dialog.add(self.tr("Code:"), QLineEdit(row["code"] if row else ""))
        dialog.code_edit.setPlaceholderText(self.tr("e.g. MATH"))
        dialog.name_edit = dialog.add(self.tr("Name:"), QLineEdit(row["name"] if row else ""))
        subject_id = row["id"] if row else None

        def save() -> None:
            code, name = dialog.code_edit.text(), dialog.name_edit.text()
            self.write_local(lambda s, actor: setup.save_subject(s, actor, code=code, name=name,
                                                                 subject_id=subject_id), "subjects", dialog)

        dialog.on_save = save
        return self.open_dialog(dialog)

    def remove_subject(self) -> None:
        row = self.selected(self.subjects_view)
        if self.need_selection(row, self.tr("a subject")):
            self.write_local(lambda s, actor: setup.delete_subject(s, actor, row["id"]), "subjects")

    def add_assignment(self) -> None:
        self._assignment_dialog(None)

    def edit_assignment(self) -> None:
        row = self.selected(self.assignments_view)
        if self.need_selection(row, self.tr("an assignment")):
            self._assignment_dialog(row)

    def _assignment_dialog(self, row: dict[str, Any] | None) -> FormDialog:
        data = self.data or {"sections": [], "subjects": [], "users": []}
        dialog = FormDialog(self.tr("Who Teaches What"), self)
        dialog.section_combo = dialog.add(self.tr("Section:"), _combo(
            [(f"{s['name']} ({s['year']})", s["id"]) for s in data["sections"]], row["section_id"] if row else None))
        dialog.subject_combo = dialog.add(self.tr("Subject:"), _combo(
            [(s["name"], s["id"]) for s in data["subjects"]], row["subject_id"] if row else None))
        dialog.teacher_combo = dialog.add(self.tr("Teacher:"), _combo(
            _staff(data["users"]), row["teacher_id"] if row else None))
        days = QWidget()
        days_row = QHBoxLayout(days)
        days_row.setContentsMargins(0, 0, 0, 0)
        dialog.day_checks = []
        chosen = set(row["weekdays"]) if row else {0, 1, 2, 3, 4}
        for number in range(7):
            check = QCheckBox(weekday_name(number))
            check.setChecked(number in chosen)
            dialog.day_checks.append(check)
            days_row.addWidget(check)
        dialog.add(self.tr("Days:"), days)
        assignment_id = row["id"] if row else None

        def save() -> None:
            values = {"section_id": dialog.section_combo.currentData() or "",
                      "subject_id": dialog.subject_combo.currentData() or "",
                      "teacher_id": dialog.teacher_combo.currentData() or "",
                      "weekdays": [n for n, c in enumerate(dialog.day_checks) if c.isChecked()]}
            self.write_local(lambda s, actor: setup.save_assignment(s, actor, assignment_id=assignment_id, **values),
                             "teaching_assignments", dialog)

        dialog.on_save = save
        return self.open_dialog(dialog)

    def remove_assignment(self) -> None:
        row = self.selected(self.assignments_view)
        if self.need_selection(row, self.tr("an assignment")):
            self.write_local(lambda s, actor: setup.delete_assignment(s, actor, row["id"]), "teaching_assignments")


KIND_WORDS = {"present": QT_TRANSLATE_NOOP("Setup", "Present"), "absent": QT_TRANSLATE_NOOP("Setup", "Absent"),
              "late": QT_TRANSLATE_NOOP("Setup", "Late"), "excused": QT_TRANSLATE_NOOP("Setup", "Excused"),
              "half_day": QT_TRANSLATE_NOOP("Setup", "Half day")}


def kind_words(kind: str) -> str:
    return QCoreApplication.translate("Setup", KIND_WORDS.get(kind, kind))


class CodesPage(SetupPage):
    entities = ("attendance_codes",)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.heading(self.tr("Attendance codes"), self.tr(
            "The letters teachers and the office put on the roll call. Each code's letters are used once; a code "
            "already on the registers keeps its letters."))
        self.view, self.model = self.table([
            (self.tr("Code"), lambda r: r["code"], None),
            (self.tr("Meaning"), lambda r: r["label"], None),
            (self.tr("Counts as"), lambda r: kind_words(r["kind"]), None),
            (self.tr("Office only"), lambda r: self.tr("Yes") if r["office_only"] else "", None),
            (self.tr("Order"), lambda r: r["sort_order"], lambda r: r["sort_order"]),
        ], self.edit)
        self.layout_.addWidget(self.view, 1)
        self.layout_.addLayout(self.buttons((self.tr("Add a Code…"), self.add), (self.tr("Edit…"), self.edit),
                                            (self.tr("Remove"), self.remove)))
        self.layout_.addWidget(self.status)

    def read(self, session: Any) -> list[dict[str, Any]]:
        return setup.read_attendance_codes(session)

    def show_data(self, data: list[dict[str, Any]]) -> None:
        self.model.set_rows(data)

    def add(self) -> None:
        self._dialog(None)

    def edit(self) -> None:
        row = self.selected(self.view)
        if self.need_selection(row, self.tr("a code")):
            self._dialog(row)

    def _dialog(self, row: dict[str, Any] | None) -> FormDialog:
        dialog = FormDialog(self.tr("Attendance Code"), self)
        dialog.code_edit = dialog.add(self.tr("Letters:"), QLineEdit(row["code"] if row else ""))
        dialog.code_edit.setMaxLength(4)
        dialog.label_edit = dialog.add(self.tr("Meaning:"), QLineEdit(row["label"] if row else ""))
        dialog.kind_combo = dialog.add(self.tr("Counts as:"), _combo(
            [(kind_words(k), k) for k in KIND_WORDS], row["kind"] if row else "present"))
        dialog.office_check = dialog.add("", QCheckBox(self.tr("Only the office may use it (e.g. excused with a note)")))
        dialog.office_check.setChecked(bool(row and row["office_only"]))
        order = QSpinBox()
        order.setRange(0, 99)
        order.setValue(row["sort_order"] if row else len(self.model.rows) + 1)
        dialog.order_spin = dialog.add(self.tr("Order on the roll call:"), order)
        code_id = row["id"] if row else None

        def save() -> None:
            values = {"code": dialog.code_edit.text(), "label": dialog.label_edit.text(),
                      "kind": dialog.kind_combo.currentData(), "office_only": dialog.office_check.isChecked(),
                      "sort_order": dialog.order_spin.value()}
            self.write_local(lambda s, actor: setup.save_attendance_code(s, actor, code_id=code_id, **values),
                             "attendance_codes", dialog)

        dialog.on_save = save
        return self.open_dialog(dialog)

    def remove(self) -> None:
        row = self.selected(self.view)
        if self.need_selection(row, self.tr("a code")):
            self.write_local(lambda s, actor: setup.delete_attendance_code(s, actor, row["id"]), "attendance_codes")


def parse_amount(text: str, digits: int) -> int:
    """What the admin typed (in the person's locale, or plainly) → whole minor units, exactly."""
    locale = QLocale()
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    cleaned = cleaned.replace(locale.groupSeparator(), "")
    if locale.decimalPoint() != ".":
        cleaned = cleaned.replace(locale.decimalPoint(), ".")
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise ServiceError(QT_TRANSLATE_NOOP("Setup", "Write the amount as a number, such as 1500 or 1500.50.")) \
            from None
    if not amount.is_finite():
        raise ServiceError(QT_TRANSLATE_NOOP("Setup", "Write the amount as a number, such as 1500 or 1500.50."))
    if amount < 0:
        raise ServiceError(QT_TRANSLATE_NOOP("Setup", "The amount must be zero or more."))
    minor = amount * (10**digits)
    if minor != minor.to_integral_value():
        raise ServiceError(QT_TRANSLATE_NOOP("Setup", "The amount has more than {digits} digits after the point."),
                           digits=digits)
    return int(minor)


class FeesPage(SetupPage):
    """Fee heads (tuition, transport…) and what each costs a grade in a term."""

    entities = ("fee_heads", "fee_structures", "terms")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.heading(self.tr("Fees"), self.tr(
            "The kinds of fee and what each costs a grade level in a term. Invoices already issued keep "
            "their amounts."))
        self.heads_view, self.heads = self.table([
            (self.tr("Code"), lambda r: r["code"], None),
            (self.tr("Fee"), lambda r: r["name"], None),
        ], self.edit_head)
        self.layout_.addWidget(self.heads_view, 2)
        self.layout_.addLayout(self.buttons((self.tr("Add a Fee…"), self.add_head),
                                            (self.tr("Edit the Fee…"), self.edit_head),
                                            (self.tr("Remove the Fee"), self.remove_head)))
        title = QLabel(self.tr("Fee structure"))
        title.setStyleSheet("font-weight: 600;")
        self.layout_.addWidget(title)
        currency, digits = self.school.currency, self.school.currency_digits
        self.structures_view, self.structures = self.table([
            (self.tr("Term"), lambda r: r["term"], None),
            (self.tr("Grade"), lambda r: r["grade_level"], lambda r: r["grade_level"]),
            (self.tr("Fee"), lambda r: r["fee_head"], None),
            (self.tr("Amount"), lambda r: format_money(r["amount_minor"], currency, digits),
             lambda r: r["amount_minor"]),
            (self.tr("Due"), lambda r: format_date(r["due_on"]), lambda r: r["due_on"].toordinal()),
        ], self.edit_structure)
        self.layout_.addWidget(self.structures_view, 3)
        row = self.buttons((self.tr("Add an Amount…"), self.add_structure),
                           (self.tr("Edit the Amount…"), self.edit_structure),
                           (self.tr("Remove the Amount"), self.remove_structure))
        if importlib.util.find_spec("app.ui.fee_structures") is not None:
            self.issue_button = QPushButton(self.tr("Issue Invoices, Late Fees, Concessions…"))
            self.issue_button.setToolTip(self.tr("The Fees screen's fee structures: bill a grade for a term."))
            self.issue_button.clicked.connect(self.open_fee_structures)
            row.addWidget(self.issue_button)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.status)

    def open_fee_structures(self) -> QWidget:
        """The fees screen's own dialog, where structures are issued as invoices."""
        from app.ui.fee_structures import FeeStructuresDialog

        dialog = FeeStructuresDialog(self.ctx, self.school, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def read(self, session: Any) -> dict[str, Any]:
        return {"heads": setup.read_fee_heads(session), "structures": setup.read_fee_structures(session),
                "terms": setup.read_terms(session), "years": setup.read_years(session)}

    def show_data(self, data: dict[str, Any]) -> None:
        self.heads.set_rows(data["heads"])
        self.structures.set_rows(data["structures"])

    def add_head(self) -> None:
        self._head_dialog(None)

    def edit_head(self) -> None:
        row = self.selected(self.heads_view)
        if self.need_selection(row, self.tr("a fee")):
            self._head_dialog(row)

    def _head_dialog(self, row: dict[str, Any] | None) -> FormDialog:
        dialog = FormDialog(self.tr("Fee"), self)
        dialog.code_edit = dialog.add(self.tr("Code:"), QLineEdit(row["code"] if row else ""))
        dialog.code_edit.setPlaceholderText(self.tr("e.g. TUI"))
        dialog.name_edit = dialog.add(self.tr("Name:"), QLineEdit(row["name"] if row else ""))
        dialog.name_edit.setPlaceholderText(self.tr("e.g. Tuition"))
        head_id = row["id"] if row else None

        def save() -> None:
            code, name = dialog.code_edit.text(), dialog.name_edit.text()
            self.write_local(lambda s, actor: setup.save_fee_head(s, actor, code=code, name=name,
                                                                  fee_head_id=head_id), "fee_heads", dialog)

        dialog.on_save = save
        return self.open_dialog(dialog)

    def remove_head(self) -> None:
        row = self.selected(self.heads_view)
        if self.need_selection(row, self.tr("a fee")):
            self.write_local(lambda s, actor: setup.delete_fee_head(s, actor, row["id"]), "fee_heads")

    def add_structure(self) -> None:
        self._structure_dialog(None)

    def edit_structure(self) -> None:
        row = self.selected(self.structures_view)
        if self.need_selection(row, self.tr("an amount")):
            self._structure_dialog(row)

    def _structure_dialog(self, row: dict[str, Any] | None) -> FormDialog:
        data = self.data or {"terms": [], "heads": [], "years": []}
        years = {y["id"]: y["name"] for y in data["years"]}
        dialog = FormDialog(self.tr("Fee Amount"), self)
        terms = [(f"{t['name']} ({years.get(t['academic_year_id'], '')})", t["id"]) for t in data["terms"]]
        dialog.term_combo = dialog.add(self.tr("Term:"), _combo(terms, row["term_id"] if row else None))
        grade = QSpinBox()
        grade.setRange(0, 14)
        grade.setValue(row["grade_level"] if row else 1)
        dialog.grade_spin = dialog.add(self.tr("Grade level:"), grade)
        dialog.head_combo = dialog.add(self.tr("Fee:"), _combo([(h["name"], h["id"]) for h in data["heads"]],
                                                              row["fee_head_id"] if row else None))
        digits = self.school.currency_digits
        amount_text = QLocale().toString(row["amount_minor"] / 10**digits, "f", digits) if row else ""
        dialog.amount_edit = dialog.add(self.tr("Amount ({currency}):").format(currency=self.school.currency),
                                        QLineEdit(amount_text))
        dialog.due_edit = dialog.add(self.tr("Due on:"), date_edit(row["due_on"] if row else None))
        for combo in (dialog.term_combo, dialog.grade_spin, dialog.head_combo):
            combo.setEnabled(row is None)  # another term, grade or fee is another line: add it

        def save() -> None:
            try:
                amount = parse_amount(dialog.amount_edit.text(), digits)
            except ServiceError as exc:
                dialog.refuse(translated(exc))
                return
            values = {"term_id": dialog.term_combo.currentData() or "", "grade_level": dialog.grade_spin.value(),
                      "fee_head_id": dialog.head_combo.currentData() or "", "amount_minor": amount,
                      "due_on": _pydate(dialog.due_edit)}
            self.write_local(lambda s, actor: setup.save_fee_structure(s, actor, **values), "fee_structures", dialog)

        dialog.on_save = save
        return self.open_dialog(dialog)

    def remove_structure(self) -> None:
        row = self.selected(self.structures_view)
        if self.need_selection(row, self.tr("an amount")):
            self.write_local(lambda s, actor: setup.delete_fee_structure(s, actor, row["id"]), "fee_structures")
