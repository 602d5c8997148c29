"""The "Fee structures" dialog of the Fees screen: what each grade pays, issuing invoices, late fees, concessions.

Opened from the Fees screen (:class:`app.ui.fees.FeesScreen`). For a term and
a grade level it shows the structure (each fee head's amount and due date)
and lets the office:

* set or remove a head's amount and due date, add a fee head;
* issue the structure as invoices: the button says what it will do ("Issue
  10 invoices to 5 students"), and issuing again bills nobody twice
  (:func:`app.services.fee_structures.issue_structure`);
* charge late fees by the school's rule, which the principal or an admin sets;
* (principal or admin) grant a concession to every student of a category.

Every read and write is a background task; the rules and their refusals are
the services' (:mod:`app.services.fee_structures`), shown in words here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import fee_structures as fs
from app.services.context import ServiceError
from app.services.fees import parse_amount
from app.ui.context import AppContext, OpenSchool
from app.ui.formatting import format_count, format_date, format_money
from app.ui.i18n import date_field_in_order, translated
from app.ui.payment import amount_problem, parse_typed_amount, school_actor

_Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
STRUCTURE_ENTITIES = ("fee_heads", "fee_structures", "invoices", "invoice_lines", "concessions", "schools")


def parse_percent(text: str, locale: QLocale | None = None) -> int:
    """``"12.5"`` (in the person's locale) → 1250 basis points; ServiceError with the reason, in words."""
    locale = locale or QLocale()
    typed = text.replace("%", "").strip()
    if not typed:
        raise ServiceError(QCoreApplication.translate("FeeStructures", "Type the percentage.")
                           or "Type the percentage.")
    try:
        bp = parse_amount(typed, 2, decimal_point=locale.decimalPoint(), group_separator=locale.groupSeparator(),
                          limit_minor=10**9)
    except ServiceError as exc:
        if "more than zero" in str(exc) or "negative" in str(exc):
            raise ServiceError(QCoreApplication.translate("FeeStructures", "The percentage must be more than zero.")
                               or "The percentage must be more than zero.") from None
        sentence = QCoreApplication.translate("FeeStructures", "“{typed}” is not a percentage; type e.g. 12.5.")
        raise ServiceError((sentence or "“{typed}” is not a percentage; type e.g. 12.5.").format(typed=typed)) \
            from None
    if bp > 10_000:
        raise ServiceError(QCoreApplication.translate("FeeStructures", "A percentage is at most 100.")
                           or "A percentage is at most 100.")
    return bp


def parse_money(text: str, digits: int) -> int:
    """A typed fee, late fee or concession → minor units; ServiceError with the reason, in words."""
    if not text.strip():
        raise ServiceError(QCoreApplication.translate("FeeStructures", "Type the amount.") or "Type the amount.")
    problem = amount_problem(text, digits)
    if problem:
        raise ServiceError(problem)
    return parse_typed_amount(text, digits)


@dataclass(frozen=True)
class Snapshot:
    """What the dialog shows, read in one background task."""

    terms: list[fs.TermChoice]
    term_id: str | None
    grades: list[int]
    grade: int | None
    heads: list[tuple[str, str, str]]  # id, code, name
    lines: list[fs.StructureLine]
    plan: fs.IssuePlan | None
    rule: fs.LateFeeRule | None
    categories: list[str]


def read_snapshot(db, term_id: str | None, grade: int | None,  # noqa: ANN001 - SchoolDB
                  left_out: frozenset[str] = frozenset()) -> Snapshot:
    """What the dialog shows; ``left_out``: fee heads not to issue this time (unticked)."""
    from sqlalchemy import select

    from app.storage.models import School

    with db.session() as s:
        terms = fs.list_terms(s)
        today = dt.date.today()
        if term_id not in {t.id for t in terms}:
            pick = [t for t in terms if t.starts_on <= today <= t.ends_on] or terms
            term_id = pick[0].id if pick else None
        grades = fs.grade_levels(s, term_id) if term_id else []
        if grade not in grades:
            grade = grades[0] if grades else None
        lines = fs.structure(s, term_id, grade) if term_id and grade is not None else []
        try:
            chosen = [line.fee_head_id for line in lines if line.fee_head_id not in left_out]
            plan = fs.plan_issue(s, term_id, grade, chosen) if chosen else None
        except ServiceError:
            plan = None
        school = s.execute(select(School).where(School.deleted.is_(False))).scalars().first()
        return Snapshot(
            terms=terms, term_id=term_id, grades=grades, grade=grade,
            heads=[(h.id, h.code, h.name) for h in fs.list_fee_heads(s)], lines=lines, plan=plan,
            rule=fs.late_fee_rule(school) if school is not None else None, categories=fs.student_categories(s))


class StructureModel(QAbstractTableModel):
    def __init__(self, currency: str, digits: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[fs.StructureLine] = []
        self.currency, self.digits = currency, digits
        # Fee heads unticked: not issued this time (e.g. transport, which only some students take).
        self.left_out: set[str] = set()

    def set_lines(self, lines: list[fs.StructureLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Code"), self.tr("Fee head"), self.tr("Amount"), self.tr("Due on"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: ANN001, N802
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        head = self.lines[index.row()].fee_head_id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.left_out.discard(head)
        else:
            self.left_out.add(head)
        self.dataChanged.emit(index, index, [role])
        return True

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Unchecked if line.fee_head_id in self.left_out else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return self.tr("Ticked: issued with the others. Untick a fee only some students take.")
        if role == Qt.ItemDataRole.DisplayRole:
            return (line.head_code, line.head_name, format_money(line.amount_minor, self.currency, self.digits),
                    format_date(line.due_on))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return line
        return None


class FeeHeadDialog(QDialog):
    """A new fee head: a short code and a name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New fee head"))
        self.code = QLineEdit()
        self.code.setMaxLength(20)
        self.code.setPlaceholderText(self.tr("e.g. TRN"))
        self.name = QLineEdit()
        self.name.setMaxLength(100)
        self.name.setPlaceholderText(self.tr("e.g. School transport"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(buttons)


class FeeStructuresDialog(QDialog):
    """Set what each grade pays per term, issue it as invoices, late fees and category concessions."""

    def __init__(self, ctx: AppContext, school: OpenSchool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.school = school
        self.actor = school_actor(school)
        self.snapshot: Snapshot | None = None
        self._loading = False
        self.setWindowTitle(self.tr("Fee structures"))
        self.resize(860, 700)
        money_digits = school.currency_digits
        approver = self.actor.role in fs.APPROVER_ROLES

        self.term = QComboBox()
        self.term.setAccessibleName(self.tr("Term"))
        self.grade = QComboBox()
        self.grade.setAccessibleName(self.tr("Grade level"))
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Term")))
        choose.addWidget(self.term, 2)
        choose.addSpacing(12)
        choose.addWidget(QLabel(self.tr("Grade")))
        choose.addWidget(self.grade, 1)
        choose.addStretch(1)

        self.model = StructureModel(school.currency, money_digits, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setAccessibleName(self.tr("Fee structure"))
        self.table.setMinimumHeight(150)

        # Setting one line of the structure.
        self.head = QComboBox()
        self.head.setAccessibleName(self.tr("Fee head"))
        self.amount = QLineEdit()
        self.amount.setAccessibleName(self.tr("Amount"))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setPlaceholderText(QLocale().toString(0.0, "f", money_digits))
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        date_field_in_order(self.due)
        self.due.setAccessibleName(self.tr("Due on"))
        self.due.setDate(QDate.currentDate())
        self.set_button = QPushButton(self.tr("Set"))
        self.remove_button = QPushButton(self.tr("Remove from structure"))
        self.remove_button.setEnabled(False)
        self.new_head_button = QPushButton(self.tr("New fee head…"))
        edit = QHBoxLayout()
        edit.addWidget(QLabel(self.tr("Fee")))
        edit.addWidget(self.head, 2)
        edit.addWidget(self.amount, 1)
        edit.addWidget(QLabel(self.tr("due on")))
        edit.addWidget(self.due)
        edit.addWidget(self.set_button)
        edit2 = QHBoxLayout()
        edit2.addWidget(self.new_head_button)
        edit2.addWidget(self.remove_button)
        edit2.addStretch(1)

        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        self.issue_button = QPushButton(self.tr("Issue invoices"))
        self.issue_button.setObjectName("primaryButton")
        self.issue_button.setEnabled(False)
        issue_row = QHBoxLayout()
        issue_row.addWidget(self.plan_label, 1)
        issue_row.addWidget(self.issue_button)

        # Late fees.
        self.late_kind = QComboBox()
        self.late_kind.setAccessibleName(self.tr("Late fee"))
        self.late_kind.addItem(self.tr("No late fees"), "")
        self.late_kind.addItem(self.tr("A fixed amount"), "fixed")
        self.late_kind.addItem(self.tr("A percentage of what is owed"), "percent")
        self.late_value = QLineEdit()
        self.late_value.setAccessibleName(self.tr("Late fee amount or percentage"))
        self.late_value.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.late_value.setMaximumWidth(120)
        self.late_days = QSpinBox()
        self.late_days.setRange(0, 365)
        self.late_days.setSuffix(self.tr(" days"))
        self.late_days.setAccessibleName(self.tr("Days after the due date"))
        self.save_rule_button = QPushButton(self.tr("Save rule"))
        self.save_rule_button.setEnabled(approver)
        self.save_rule_button.setToolTip("" if approver else self.tr("Only the principal or an admin sets the rule."))
        self.charge_button = QPushButton(self.tr("Charge late fees now"))
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        late = QGroupBox(self.tr("Late fees"))
        ll = QVBoxLayout(late)
        row = QHBoxLayout()
        row.addWidget(self.late_kind)
        row.addWidget(self.late_value)
        row.addWidget(QLabel(self.tr("after")))
        row.addWidget(self.late_days)
        row.addWidget(QLabel(self.tr("past the due date")))
        row.addStretch(1)
        row.addWidget(self.save_rule_button)
        ll.addLayout(row)
        row2 = QHBoxLayout()
        row2.addWidget(self.rule_label, 1)
        row2.addWidget(self.charge_button)
        ll.addLayout(row2)

        # A concession for a whole category (the principal or an admin).
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category"))
        self.concession_head = QComboBox()
        self.concession_head.setAccessibleName(self.tr("On"))
        self.concession_kind = QComboBox()
        self.concession_kind.addItem(self.tr("Percentage"), "percent")
        self.concession_kind.addItem(self.tr("Fixed amount"), "fixed")
        self.concession_kind.setAccessibleName(self.tr("Kind of concession"))
        self.concession_value = QLineEdit()
        self.concession_value.setAccessibleName(self.tr("Concession"))
        self.concession_value.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.concession_value.setMaximumWidth(120)
        self.concession_reason = QLineEdit()
        self.concession_reason.setMaxLength(200)
        self.concession_reason.setAccessibleName(self.tr("Reason"))
        self.concession_reason.setPlaceholderText(self.tr("Reason (kept with each concession)"))
        self.grant_button = QPushButton(self.tr("Grant to the category"))
        concession = QGroupBox(self.tr("Concession for a category of students (this term's invoices)"))
        cl = QVBoxLayout(concession)
        crow = QHBoxLayout()
        crow.addWidget(self.category, 1)
        crow.addWidget(self.concession_head, 1)
        crow.addWidget(self.concession_kind)
        crow.addWidget(self.concession_value)
        cl.addLayout(crow)
        crow2 = QHBoxLayout()
        crow2.addWidget(self.concession_reason, 1)
        crow2.addWidget(self.grant_button)
        cl.addLayout(crow2)
        concession.setVisible(approver)
        self.concession_box = concession

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("formMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.table, 1)
        layout.addLayout(edit)
        layout.addLayout(edit2)
        layout.addLayout(issue_row)
        layout.addWidget(late)
        layout.addWidget(concession)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self.term.currentIndexChanged.connect(self._choice_changed)
        self.grade.currentIndexChanged.connect(self._choice_changed)
        self.table.selectionModel().selectionChanged.connect(self._line_selected)
        self.model.dataChanged.connect(lambda *_: self.refresh())  # a fee ticked or unticked: a new plan
        self.set_button.clicked.connect(self.set_line)
        self.remove_button.clicked.connect(self.remove_line)
        self.new_head_button.clicked.connect(self.new_head)
        self.issue_button.clicked.connect(self.issue)
        self.save_rule_button.clicked.connect(self.save_rule)
        self.charge_button.clicked.connect(self.charge_late_fees)
        self.grant_button.clicked.connect(self.grant_category)
        self.late_kind.currentIndexChanged.connect(self._rule_kind_changed)
        ctx.hub.data_changed.connect(self._on_data_changed)
        self.refresh()

    # -- reading ----------------------------------------------------------------

    def refresh(self) -> None:
        term_id = self.term.currentData()
        grade = self.grade.currentData()
        db = self.school.db
        if (term_id, grade) != getattr(self, "_shown_for", None):
            self.model.left_out.clear()  # another grade or term: every fee ticked again
        left_out = frozenset(self.model.left_out)
        self.ctx.tasks.run_task(lambda: read_snapshot(db, term_id, grade, left_out), on_success=self.show_snapshot,
                                owner=self)

    def show_snapshot(self, snap: Snapshot) -> None:
        self.snapshot = snap
        self._shown_for = (snap.term_id, snap.grade)
        self._loading = True
        try:
            self.term.clear()
            for t in snap.terms:
                self.term.addItem(t.label, t.id)
            self.term.setCurrentIndex(max(0, self.term.findData(snap.term_id)))
            self.grade.clear()
            for g in snap.grades:
                self.grade.addItem(self.tr("Grade {number}").format(number=g), g)
            self.grade.setCurrentIndex(max(0, self.grade.findData(snap.grade)))
            head = self.head.currentData()
            self.head.clear()
            self.concession_head.clear()
            self.concession_head.addItem(self.tr("Whole invoice"), None)
            for head_id, code, name in snap.heads:
                self.head.addItem(f"{code} · {name}", head_id)
                self.concession_head.addItem(f"{code} · {name}", head_id)
            if head is not None:
                self.head.setCurrentIndex(max(0, self.head.findData(head)))
            category = self.category.currentText()
            self.category.clear()
            self.category.addItems(snap.categories)
            if category:
                self.category.setCurrentIndex(max(0, self.category.findText(category)))
            self.category.setPlaceholderText(self.tr("No student has a category"))
            self.grant_button.setEnabled(bool(snap.categories))
            if not self.late_value.hasFocus():
                self._show_rule(snap.rule)
        finally:
            self._loading = False
        self.model.set_lines(snap.lines)
        self._show_plan(snap)
        self._line_selected()

    def _show_plan(self, snap: Snapshot) -> None:
        money = lambda m: format_money(m, self.school.currency, self.school.currency_digits)  # noqa: E731
        plan = snap.plan
        if snap.grade is None:
            self.plan_label.setText(self.tr("This term's year has no classes yet."))
            self.issue_button.setEnabled(False)
            return
        if plan is None:
            self.plan_label.setText(
                self.tr("Tick at least one fee to issue.") if snap.lines else
                self.tr("No fees set for this grade and term: set each fee head's amount."))
            self.issue_button.setText(self.tr("Issue invoices"))
            self.issue_button.setEnabled(False)
            return
        total = sum(line.amount_minor for line in snap.lines if line.fee_head_id not in self.model.left_out)
        if plan.to_bill == 0:
            self.plan_label.setText(self.tr(
                "{total} a student. All {students} students of the grade are billed for the fees ticked.").format(
                total=money(total), students=format_count(plan.students)))
            self.issue_button.setText(self.tr("Issue invoices"))
            self.issue_button.setEnabled(False)
            return
        self.plan_label.setText(self.tr(
            "{total} a student. {to_bill} of {students} students have fees not billed yet, "
            "{amount} in all; {billed} are billed already and are skipped.").format(
            total=money(total), to_bill=format_count(plan.to_bill), students=format_count(plan.students),
            amount=money(plan.total_minor), billed=format_count(plan.already_billed)))
        self.issue_button.setText(self.tr("Issue {invoices} to {students}").format(
            invoices=self.tr("%n invoice(s)", "", plan.invoices), students=self.tr("%n student(s)", "", plan.to_bill)))
        self.issue_button.setEnabled(True)

    def _show_rule(self, rule: fs.LateFeeRule | None) -> None:
        locale = QLocale()
        if rule is None:
            self.late_kind.setCurrentIndex(0)
            self.late_value.clear()
            self.late_days.setValue(0)
            self.rule_label.setText(self.tr("The school charges no late fees."))
        else:
            self.late_kind.setCurrentIndex(self.late_kind.findData(rule.kind))
            self.late_days.setValue(rule.after_days)
            if rule.kind == "fixed":
                digits = self.school.currency_digits
                self.late_value.setText(locale.toString(rule.value / 10**digits, "f", digits)
                                        .replace(locale.groupSeparator(), ""))
                what = format_money(rule.value, self.school.currency, digits)
            else:
                self.late_value.setText(locale.toString(rule.value / 100, "g", 6))
                what = self.tr("{percent} % of what is still owed").format(
                    percent=locale.toString(rule.value / 100, "g", 6))
            self.rule_label.setText(self.tr(
                "Rule: {what}, once per invoice, when it is still unpaid {days} days after its due date.").format(
                what=what, days=format_count(rule.after_days)))
        self.charge_button.setEnabled(rule is not None and self.actor.is_office)
        self._rule_kind_changed()

    @Slot()
    def _rule_kind_changed(self) -> None:
        kind = self.late_kind.currentData()
        self.late_value.setEnabled(bool(kind))
        self.late_days.setEnabled(bool(kind))
        self.late_value.setPlaceholderText("%" if kind == "percent" else
                                           QLocale().toString(0.0, "f", self.school.currency_digits))

    @Slot()
    def _choice_changed(self) -> None:
        if not self._loading:
            self.refresh()

    @Slot()
    def _line_selected(self, *_args) -> None:  # noqa: ANN002
        rows = self.table.selectionModel().selectedRows()
        line = rows[0].data(ROW_ROLE) if rows else None
        self.remove_button.setEnabled(line is not None)
        if line is not None:
            locale = QLocale()
            digits = self.school.currency_digits
            self.head.setCurrentIndex(max(0, self.head.findData(line.fee_head_id)))
            self.amount.setText(locale.toString(line.amount_minor / 10**digits, "f", digits)
                                .replace(locale.groupSeparator(), ""))
            self.due.setDate(QDate(line.due_on.year, line.due_on.month, line.due_on.day))

    @Slot(str, list)
    def _on_data_changed(self, entity: str, _ids: list) -> None:
        if entity in STRUCTURE_ENTITIES or entity in ("students", "enrollments", "sections", "terms"):
            self.refresh()

    # -- writing ----------------------------------------------------------------

    def _write(self, fn, done, entities: tuple[str, ...]) -> None:  # noqa: ANN001
        """Run a service write in the background; its refusal is shown in words, nothing changes."""
        db = self.school.db
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saving…"))

        def write():  # noqa: ANN202
            with db.write() as session:
                return fn(session)

        def ok(result) -> None:  # noqa: ANN001
            self.message.setText(done(result))
            for entity in entities:
                self.ctx.hub.data_changed.emit(entity, [])

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ServiceError):
                self.show_problem(translated(exc))
            else:
                from app.ui.tasks import report_to_excepthook

                self.message.clear()
                report_to_excepthook(exc)

        self.ctx.tasks.run_task(write, on_success=ok, on_error=failed, write=True, owner=self)

    def show_problem(self, text: str) -> None:
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setText(text)

    @Slot()
    def set_line(self) -> None:
        term_id, grade, head_id = self.term.currentData(), self.grade.currentData(), self.head.currentData()
        if term_id is None or grade is None or head_id is None:
            self.show_problem(self.tr("Choose a term, a grade and a fee head first."))
            return
        try:
            amount = parse_money(self.amount.text(), self.school.currency_digits)
        except ServiceError as exc:
            self.show_problem(translated(exc))
            return
        d = self.due.date()
        due = dt.date(d.year(), d.month(), d.day())
        actor = self.actor
        self._write(lambda s: fs.set_structure_line(s, actor, term_id, grade, head_id, amount, due),
                    lambda _r: self.tr("Saved. Invoices already issued keep their amounts."), ("fee_structures",))

    @Slot()
    def remove_line(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        line = rows[0].data(ROW_ROLE)
        actor = self.actor
        self._write(lambda s: fs.remove_structure_line(s, actor, line.id),
                    lambda _r: self.tr("{head} is no longer charged to this grade; issued invoices keep it.").format(
                        head=line.head_name), ("fee_structures",))

    @Slot()
    def new_head(self) -> FeeHeadDialog:
        dialog = FeeHeadDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        actor = self.actor

        def save() -> None:
            code, name = dialog.code.text(), dialog.name.text()
            self._write(lambda s: fs.add_fee_head(s, actor, code, name).code,
                        lambda c: self.tr("Fee head {code} added.").format(code=c), ("fee_heads",))

        dialog.accepted.connect(save)
        dialog.open()
        self.head_dialog = dialog
        return dialog

    @Slot()
    def issue(self) -> None:
        term_id, grade = self.term.currentData(), self.grade.currentData()
        if term_id is None or grade is None:
            return
        actor = self.actor
        self.issue_button.setEnabled(False)
        money = lambda m: format_money(m, self.school.currency, self.school.currency_digits)  # noqa: E731
        heads = [line.fee_head_id for line in self.model.lines if line.fee_head_id not in self.model.left_out]
        if not heads:
            self.show_problem(self.tr("Tick at least one fee to issue."))
            return
        self._write(lambda s: fs.issue_structure(s, actor, term_id, grade, head_ids=heads),
                    lambda r: self.tr("Issued {invoices} to {students}, {amount} in all.").format(
                        invoices=self.tr("%n invoice(s)", "", r.invoices),
                        students=self.tr("%n student(s)", "", r.students),
                        amount=money(r.total_minor)) if r.invoices else
                    self.tr("Nothing to issue: every student is billed already."), ("invoices", "invoice_lines"))

    def typed_rule(self) -> fs.LateFeeRule | None:
        kind = self.late_kind.currentData()
        if not kind:
            return None
        if kind == "fixed":
            value = parse_money(self.late_value.text(), self.school.currency_digits)
        else:
            value = parse_percent(self.late_value.text())
        return fs.LateFeeRule(self.late_days.value(), kind, value)

    @Slot()
    def save_rule(self) -> None:
        try:
            rule = self.typed_rule()
        except ServiceError as exc:
            self.show_problem(translated(exc))
            return
        actor = self.actor
        self._write(lambda s: fs.set_late_fee_rule(s, actor, rule),
                    lambda _r: self.tr("The late-fee rule is saved."), ("schools",))

    @Slot()
    def charge_late_fees(self) -> None:
        actor = self.actor
        money = lambda m: format_money(m, self.school.currency, self.school.currency_digits)  # noqa: E731
        self._write(lambda s: fs.apply_late_fees(s, actor),
                    lambda r: self.tr("Late fees charged on %n invoice(s), {amount} in all.", "", r.invoices).format(
                        amount=money(r.total_minor))
                    if r.invoices else self.tr("No invoice is late enough for a late fee."),
                    ("invoice_lines",))

    @Slot()
    def grant_category(self) -> None:
        term_id, category = self.term.currentData(), self.category.currentText()
        kind, head_id = self.concession_kind.currentData(), self.concession_head.currentData()
        reason = self.concession_reason.text()
        try:
            value = (parse_percent(self.concession_value.text()) if kind == "percent"
                     else parse_money(self.concession_value.text(), self.school.currency_digits))
        except ServiceError as exc:
            self.show_problem(translated(exc))
            return
        actor = self.actor
        money = lambda m: format_money(m, self.school.currency, self.school.currency_digits)  # noqa: E731
        self._write(lambda s: fs.grant_category_concession(s, actor, term_id, category, kind, value, reason,
                                                           fee_head_id=head_id),
                    lambda r: self.tr("Concession granted on %n invoice(s), {amount} in all; "
                                      "{skipped} already had it.", "", r.granted).format(
                        amount=money(r.total_minor), skipped=format_count(r.skipped)), ("concessions",))
