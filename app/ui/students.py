"""The "Students" screen: every student, a search box, and a read-only record.

Model/View: :class:`StudentTableModel` holds the rows read by
:func:`app.services.students.list_students` (one query, in a background
task); :class:`StudentFilterProxy` filters as the person types (name,
admission number, guardian phone) and sorts with natural keys. A double-click
(or Enter) opens :class:`StudentDetailsPanel` with the student's enrollments
and fee balance.
"""

from __future__ import annotations

import re
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.roster_import import ROSTER_ROLES
from app.services.students import StudentDetails, StudentRow, list_students, student_details
from app.ui.context import AppContext, OpenSchool
from app.ui.formatting import format_count, format_date, format_money, left_to_right
from app.ui.resources import icon
from app.ui.tasks import report_to_excepthook

_Index = QModelIndex | QPersistentModelIndex

# Entities whose change means the list must be read again.
LIST_ENTITIES = {"students", "enrollments", "sections"}
# Entities whose change can alter an open student's record.
DETAIL_ENTITIES = LIST_ENTITIES | {"invoices", "invoice_lines", "concessions", "payments",
                                   "payment_allocations", "payment_cancellations"}

_DIGITS = re.compile(r"\D+")
_NUMBER_RUNS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple:
    """"ADM-2" before "ADM-10"; "Grade 2 A" before "Grade 10 A"."""
    return tuple(int(part) if part.isdigit() else part.casefold() for part in _NUMBER_RUNS.split(text))


class Column(IntEnum):
    ADMISSION_NO = 0
    NAME = 1
    SECTION = 2
    GUARDIAN = 3
    PHONE = 4
    STATUS = 5


ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the StudentRow itself


def status_label(status: str) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        "active": QCoreApplication.translate("Students", "Active"),
        "left": QCoreApplication.translate("Students", "Left"),
        "graduated": QCoreApplication.translate("Students", "Graduated"),
    }
    return labels.get(status, status)


class StudentTableModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StudentRow] = []
        self._search_text: list[str] = []
        self._phone_digits: list[str] = []
        self._ranks: dict[int, list[int]] = {}
        self.generation = 0

    def set_rows(self, rows: list[StudentRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._search_text = [f"{r.full_name}\n{r.admission_no}\n{r.guardian_phone}".casefold() for r in rows]
        self._phone_digits = [_DIGITS.sub("", r.guardian_phone) for r in rows]
        self._ranks: dict[int, list[int]] = {}
        self.generation += 1  # caches built on the old rows are now stale
        self.endResetModel()

    def sort_rank(self, column: int) -> list[int]:
        """Each row's position when sorted by ``column``, computed once per column and set of rows.

        Sorting then compares two integers per step; building sort keys (a regex
        for natural order) on every comparison cost tens of milliseconds per
        keystroke on 5,000 students.
        """
        ranks = self._ranks.get(column)
        if ranks is None:
            keys = [self.sort_key(i, column) for i in range(len(self._rows))]
            ranks = [0] * len(keys)
            for position, row in enumerate(sorted(range(len(keys)), key=keys.__getitem__)):
                ranks[row] = position
            self._ranks[column] = ranks
        return ranks

    def matching_rows(self, words: list[str]) -> list[bool]:
        """For every row, whether it matches all the words (one pass per query)."""
        return [self.matches(i, words) for i in range(len(self._rows))]

    def row_at(self, row: int) -> StudentRow:
        return self._rows[row]

    def matches(self, row: int, words: list[str]) -> bool:
        """Every word is found in the name, admission number or phone (digits alone match the phone's digits)."""
        text = self._search_text[row]
        phone = self._phone_digits[row]
        for word in words:
            if word in text:
                continue
            digits = _DIGITS.sub("", word)
            if digits and digits == word.strip("+-()") and digits in phone:
                continue
            return False
        return True

    def sort_key(self, row: int, column: int) -> tuple:
        r = self._rows[row]
        if column == Column.ADMISSION_NO:
            return natural_key(r.admission_no)
        if column == Column.NAME:
            return (r.full_name.casefold(),)
        if column == Column.SECTION:
            # Students in no section last; then by grade, section and roll number.
            return (r.grade_level is None, r.grade_level or 0, natural_key(r.section_name), r.roll_no or 0)
        if column == Column.GUARDIAN:
            return (r.guardian_name.casefold(),)
        if column == Column.PHONE:
            return (_DIGITS.sub("", r.guardian_phone),)
        return (r.status, r.full_name.casefold())

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.ADMISSION_NO: self.tr("Admission no."),
            Column.NAME: self.tr("Name"),
            Column.SECTION: self.tr("Section"),
            Column.GUARDIAN: self.tr("Guardian"),
            Column.PHONE: self.tr("Phone"),
            Column.STATUS: self.tr("Status"),
        }[Column(section)]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                r.admission_no,
                r.full_name,
                r.section_name or self.tr("Not enrolled"),
                r.guardian_name,
                left_to_right(r.guardian_phone),
                status_label(r.status),
            )[col]
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.ToolTipRole and col in (Column.NAME, Column.GUARDIAN):
            return r.full_name if col == Column.NAME else r.guardian_name  # when the column is too narrow
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == Column.SECTION and not r.section_name:
                return QColor("#8a979f")
            if col == Column.STATUS and r.status != "active":
                return QColor("#8a979f")
        return None


class StudentFilterProxy(QSortFilterProxyModel):
    """Filters on every word typed; sorts with the model's natural keys."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._accepted: list[bool] | None = None  # per source row, for the current words
        self._accepted_generation = -1

    def set_query(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self._accepted = None
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        assert isinstance(model, StudentTableModel)
        if self._accepted is None or self._accepted_generation != model.generation:
            self._accepted = model.matching_rows(self._words)
            self._accepted_generation = model.generation
        return self._accepted[source_row]

    def lessThan(self, left: _Index, right: _Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, StudentTableModel)
        ranks = model.sort_rank(left.column())
        return ranks[left.row()] < ranks[right.row()]


class StudentDetailsPanel(QFrame):
    """One student's record, read-only: who, where they study, what they owe."""

    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPanel")
        self.setMinimumWidth(320)
        self.details: StudentDetails | None = None

        self.name = QLabel()
        self.name.setObjectName("detailsName")
        self.name.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("screenSubtitle")
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close the student's record"))
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.close_requested)
        self.close_button = close

        head = QHBoxLayout()
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.name)
        names.addWidget(self.subtitle)
        head.addLayout(names, 1)
        head.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)

        def value_label() -> QLabel:
            label = QLabel()
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            return label

        self.fields: dict[str, QLabel] = {}
        person = QFormLayout()
        self._form_style(person)
        for key, text in (
            ("date_of_birth", self.tr("Date of birth")),
            ("gender", self.tr("Gender")),
            ("guardian", self.tr("Guardian")),
            ("phone", self.tr("Phone")),
            ("email", self.tr("Email")),
            ("address", self.tr("Address")),
        ):
            self.fields[key] = value_label()
            person.addRow(self._field_name(text), self.fields[key])

        self.enrollment_heading = self._heading(self.tr("Enrollment"))
        self.enrollments = value_label()
        self.enrollments.setTextFormat(Qt.TextFormat.PlainText)

        self.fees_heading = self._heading(self.tr("Fees"))
        money = QFormLayout()
        self._form_style(money)
        for key, text in (
            ("invoiced", self.tr("Invoiced")),
            ("concessions", self.tr("Concessions")),
            ("paid", self.tr("Paid")),
            ("cancelled", self.tr("Cancelled payments")),
        ):
            self.fields[key] = value_label()
            self.fields[key].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            money.addRow(self._field_name(text), self.fields[key])
        self.balance_label = self._field_name(self.tr("Balance due"))
        self.balance = QLabel()
        self.balance.setObjectName("balanceDue")
        self.balance.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        money.addRow(self.balance_label, self.balance)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(10)
        body_layout.addLayout(person)
        body_layout.addWidget(self.enrollment_heading)
        body_layout.addWidget(self.enrollments)
        body_layout.addWidget(self.fees_heading)
        body_layout.addLayout(money)
        body_layout.addStretch(1)
        body.setObjectName("detailsBody")
        scroll = QScrollArea()
        scroll.setObjectName("detailsScroll")
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 16, 18)
        layout.setSpacing(14)
        layout.addLayout(head)
        layout.addWidget(scroll, 1)

    @staticmethod
    def _form_style(form: QFormLayout) -> None:
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(6)

    @staticmethod
    def _field_name(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("fieldName")
        return label

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("sectionHeading")
        label.setContentsMargins(0, 8, 0, 0)
        return label

    def show_details(self, d: StudentDetails) -> None:
        self.details = d
        locale = QLocale()
        self.name.setText(d.full_name)
        self.subtitle.setText(
            self.tr("Admission no. {number} · {status}").format(number=d.admission_no, status=status_label(d.status))
        )
        dash = "—"
        gender = {"F": self.tr("Female"), "M": self.tr("Male")}.get(d.gender.upper(), d.gender) if d.gender else ""
        born = format_date(d.date_of_birth, locale, QLocale.FormatType.LongFormat)
        self.fields["date_of_birth"].setText(born or dash)
        self.fields["gender"].setText(gender or dash)
        self.fields["guardian"].setText(d.guardian_name or dash)
        self.fields["phone"].setText(left_to_right(d.guardian_phone) or dash)
        self.fields["email"].setText(d.guardian_email or dash)
        self.fields["address"].setText(d.address or dash)

        lines = []
        for e in d.enrollments:
            since = format_date(e.starts_on, locale)
            if e.ends_on is None:
                period = self.tr("since {date}").format(date=since)
            else:
                period = self.tr("{start} to {end}").format(start=since, end=format_date(e.ends_on, locale))
            year = f" ({e.academic_year})" if e.academic_year else ""
            lines.append(
                self.tr("{section}{year}, roll no. {roll}, {period}").format(
                    section=e.section_name, year=year, roll=format_count(e.roll_no, locale), period=period
                )
            )
        self.enrollments.setText("\n".join(lines) if lines else self.tr("Not enrolled in any section."))

        def money(amount: int) -> str:
            return format_money(amount, d.currency, d.currency_digits, locale)

        b = d.balance
        self.fields["invoiced"].setText(money(b.invoiced))
        self.fields["concessions"].setText(money(b.concessions))
        self.fields["paid"].setText(money(b.paid))
        self.fields["cancelled"].setText(money(b.cancelled))
        if b.due > 0:
            self.balance_label.setText(self.tr("Balance due"))
            self.balance.setText(money(b.due))
            self.balance.setStyleSheet("color: #b3261e;")
        elif b.due < 0:
            self.balance_label.setText(self.tr("Paid in advance"))
            self.balance.setText(money(-b.due))
            self.balance.setStyleSheet("color: #1f6f5c;")
        else:
            self.balance_label.setText(self.tr("Balance due"))
            self.balance.setText(self.tr("Nothing due"))
            self.balance.setStyleSheet("color: #1f6f5c;")


class StudentsScreen(QWidget):
    def __init__(self, ctx: AppContext, school: OpenSchool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.school = school
        self._list_request = 0
        self._details_request = 0
        self._details_id: str | None = None
        self._stale = True  # read the list when first shown

        title = QLabel(self.tr("Students"))
        title.setObjectName("screenTitle")
        self.count_label = QLabel("")
        self.count_label.setObjectName("screenSubtitle")

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, admission number or guardian's phone"))
        self.search.setAccessibleName(self.tr("Search students"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(QAction(icon("search"), "", self.search), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumHeight(34)

        self.model = StudentTableModel(self)
        self.proxy = StudentFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.ADMISSION_NO, Qt.SortOrder.AscendingOrder)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setAccessibleName(self.tr("Students"))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # Names share what is left; the short columns keep a readable width.
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.GUARDIAN, QHeaderView.ResizeMode.Stretch)
        for col, width in ((Column.ADMISSION_NO, 110), (Column.SECTION, 90), (Column.PHONE, 140),
                           (Column.STATUS, 90)):
            header.resizeSection(col, width)

        self.details_panel = StudentDetailsPanel()
        self.details_panel.hide()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(title)
        titles.addWidget(self.count_label)
        head.addLayout(titles)
        head.addStretch(1)
        self.import_button = None
        if school.role in ROSTER_ROLES:  # the roster import wizard (app/ui/roster_import.py)
            self.import_button = QPushButton(self.tr("Import roster…"))
            self.import_button.setObjectName("secondaryButton")
            self.import_button.clicked.connect(self.open_roster_import)
            head.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(14)
        layout.addLayout(head)
        layout.addWidget(self.search)
        layout.addWidget(self.splitter, 1)

        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._open_first_match)
        self.table.activated.connect(self.open_details)
        self.details_panel.close_requested.connect(self.close_details)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        ctx.hub.data_changed.connect(self._on_data_changed)

    def open_roster_import(self):  # noqa: ANN201 - the wizard, opened (not exec'd: it never blocks)
        from app.ui.roster_import import RosterImportWizard

        wizard = RosterImportWizard(self.ctx, self.school, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    # -- loading --------------------------------------------------------------

    def refresh(self) -> None:
        self._stale = False
        self._list_request += 1
        request = self._list_request
        school = self.school

        def read() -> list[StudentRow]:
            with school.db.session() as session:
                return list_students(session)

        self.ctx.tasks.run_task(read, on_success=lambda rows: self._show_rows(request, rows), owner=self)

    def _show_rows(self, request: int, rows: list[StudentRow]) -> None:
        if request != self._list_request:
            return
        self.model.set_rows(rows)
        self._update_count()

    @Slot()
    def _update_count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%Ln student(s)", "", total))
        else:
            self.count_label.setText(
                self.tr("{shown} of {total} students").format(shown=format_count(shown), total=format_count(total))
            )

    @Slot(str, list)
    def _on_data_changed(self, entity: str, _ids: list) -> None:
        if entity in LIST_ENTITIES:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True
        if self._details_id is not None and entity in DETAIL_ENTITIES:
            self._load_details(self._details_id)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # -- searching ------------------------------------------------------------

    @Slot(str)
    def _search_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_count()

    @Slot()
    def _open_first_match(self) -> None:
        if self.proxy.rowCount() == 1:
            self.open_details(self.proxy.index(0, 0))

    # -- one student's record -------------------------------------------------

    def visible_rows(self) -> list[StudentRow]:
        """The students the table shows, top to bottom."""
        return [self.proxy.index(i, 0).data(ROW_ROLE) for i in range(self.proxy.rowCount())]

    @Slot(QModelIndex)
    def open_details(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is None:
            return
        self._load_details(row.id)

    def _load_details(self, student_id: str) -> None:
        self._details_id = student_id
        self._details_request += 1
        request = self._details_request
        school = self.school

        def read() -> StudentDetails:
            with school.db.session() as session:
                return student_details(session, student_id)

        def show(details: StudentDetails) -> None:
            if request == self._details_request and self._details_id == details.id:
                self.details_panel.show_details(details)
                if self.details_panel.isHidden():
                    self.details_panel.show()
                    width = max(self.splitter.width(), 720)
                    self.splitter.setSizes([width - 360, 360])

        def gone(exc: BaseException) -> None:
            if isinstance(exc, LookupError):
                self.close_details()
                self.ctx.hub.status_message.emit(self.tr("This student is no longer on this computer."), 5000)
            else:
                report_to_excepthook(exc)

        self.ctx.tasks.run_task(read, on_success=show, on_error=gone, owner=self)

    @Slot()
    def close_details(self) -> None:
        self._details_id = None
        self.details_panel.hide()
