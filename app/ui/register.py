"""The "Registers" screen: a section's month, rates and chronic absentees, a student's history.

* **Month**: the classic register of :func:`app.services.registers.monthly_register`
  (students × school days, codes and totals), saved as a PDF by
  :func:`app.reports.register.register_pdf` in a background task.
* **Rates**: each section's and student's attendance rate over the last 30
  school days, and the chronic absentees below the school's threshold
  (:func:`app.services.registers.attendance_rates`).
* **Student**: a student's history (double-click a student in the month or
  the rates), newest first, with totals and their rate.

Every figure is the services'; this module lays them out. Reads run in
background tasks; the rate rule is :func:`app.services.registers.attendance_rate`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

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
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sqlalchemy import select

from app.services.attendance import roll_call_sections
from app.services.clock import school_today
from app.services.context import Actor
from app.services.registers import (
    AttendanceRates,
    MonthlyRegister,
    StudentHistory,
    attendance_rates,
    monthly_register,
    student_history,
    teacher_sections,
)
from app.ui.context import AppContext, OpenSchool
from app.ui.formatting import format_count, format_date
from app.ui.i18n import point_arrow

_Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
STUDENT_ROLE = Qt.ItemDataRole.UserRole + 2
WATCHED = {"attendance_marks", "attendance_codes", "enrollments", "students", "sections", "schools",
           "school_calendar"}
ABSENT_COLOR = QColor("#b3261e")


def format_rate(rate: float | None, locale: QLocale | None = None) -> str:
    if rate is None:
        return "–"
    return (locale or QLocale()).toString(rate, "f", 1) + " %"


@dataclass(frozen=True)
class RegisterData:
    sections: tuple[tuple[str, str], ...]  # (id, name)
    section_id: str | None
    year: int
    month: int
    register: MonthlyRegister | None
    rates: AttendanceRates | None
    today: dt.date


def load_register(school: OpenSchool, actor: Actor, section_id: str | None, year: int | None,
                  month: int | None) -> RegisterData:
    """Runs on a worker: the person's sections, one month's register, and the rates."""
    from app.storage.models import Section

    with school.db.session() as session:
        today = school_today(session)
        year, month = year or today.year, month or today.month
        if actor.role == "teacher":
            ids = set(teacher_sections(session, actor))
            rows = [(s.id, s.name) for s in session.execute(
                select(Section).where(Section.id.in_(ids), Section.deleted.is_(False))
                .order_by(Section.grade_level, Section.name)).scalars()]
        else:
            rows = [(c.section_id, c.name) for c in roll_call_sections(session, actor, today)]
        if section_id not in {sid for sid, _ in rows}:
            section_id = rows[0][0] if rows else None
        register = monthly_register(session, section_id, year, month) if section_id else None
        rates = attendance_rates(session, actor, today, section_ids=[sid for sid, _ in rows])
        return RegisterData(tuple(rows), section_id, year, month, register, rates, today)


def load_history(school: OpenSchool, student_id: str) -> StudentHistory:
    with school.db.session() as session:
        return student_history(session, student_id)


def write_register_pdf(register: MonthlyRegister, path: Path, printed_on: str) -> Path:
    from app.reports.register import save_register_pdf
    from app.services.exports import register_export_of, write_export

    if path.suffix.lower() in (".csv", ".xlsx"):  # the same register as a spreadsheet (app/services/exports.py)
        return write_export(register_export_of(register), path)
    return save_register_pdf(path, register, printed_on=printed_on)  # never half a PDF under the name


class SortProxy(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)


class MonthModel(QAbstractTableModel):
    """The register grid: roll, name, one column per school day, then totals and the rate."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.register: MonthlyRegister | None = None
        self._absent: set[str] = set()

    def set_register(self, register: MonthlyRegister | None) -> None:
        self.beginResetModel()
        self.register = register
        self._absent = set(register.absent_codes) if register else set()
        self.endResetModel()

    @property
    def day_count(self) -> int:
        return len(self.register.days) if self.register else 0

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.register is None else len(self.register.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.register is None else 2 + self.day_count + 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or self.register is None:
            return None
        n = self.day_count
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Roll")
            if section == 1:
                return self.tr("Name")
            if section < 2 + n:
                day = self.register.days[section - 2]
                return f"{day.day}\n{QLocale().dayName(day.isoweekday(), QLocale.FormatType.NarrowFormat)}"
            return (self.tr("Pres."), self.tr("Abs."), self.tr("Late"), self.tr("Rate"))[section - 2 - n]
        if role == Qt.ItemDataRole.ToolTipRole and 2 <= section < 2 + n:
            return format_date(self.register.days[section - 2], fmt=QLocale.FormatType.LongFormat)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: C901
        if not index.isValid() or self.register is None:
            return None
        row = self.register.rows[index.row()]
        col, n = index.column(), self.day_count
        if role == STUDENT_ROLE:
            return row.student_id
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            sort = role == SORT_ROLE
            if col == 0:
                return row.roll_no if sort else format_count(row.roll_no)
            if col == 1:
                return row.name.casefold() if sort else row.name
            if col < 2 + n:
                return row.cells[col - 2]
            k = col - 2 - n
            values = (row.present, row.absent, row.late, row.rate)
            if sort:
                return -1.0 if values[k] is None else float(values[k])
            if k == 0:
                return QLocale().toString(row.present, "g", 4)
            if k == 3:
                return format_rate(row.rate)
            return format_count(values[k])
        if role == Qt.ItemDataRole.ForegroundRole:
            if 2 <= col < 2 + n and row.cells[col - 2] in self._absent:
                return ABSENT_COLOR
            if col == 2 + n + 3 and self.register and row.rate is not None and row.rate < self._threshold:
                return ABSENT_COLOR
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if 2 <= col < 2 + n:
                return int(Qt.AlignmentFlag.AlignCenter)
            if col == 0 or col >= 2 + n:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    _threshold = 90


class RatesModel(QAbstractTableModel):
    """Students with their rate over the last school days (all, or the chronic ones)."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows) -> None:  # noqa: ANN001
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Section"), self.tr("Days marked"), self.tr("Days absent"),
                    self.tr("Rate"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == STUDENT_ROLE:
            return r.student_id
        if role == SORT_ROLE:
            return (r.name.casefold(), r.section_name, r.days_counted, r.days_absent,
                    -1.0 if r.rate is None else r.rate)[col]
        if role == Qt.ItemDataRole.DisplayRole:
            return (r.name, r.section_name, format_count(r.days_counted), QLocale().toString(r.days_absent, "g", 4),
                    format_rate(r.rate))[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SectionRatesModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows) -> None:  # noqa: ANN001
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Section"), self.tr("Students"), self.tr("Rate"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == SORT_ROLE:
            return (r.name, r.students, -1.0 if r.rate is None else r.rate)[col]
        if role == Qt.ItemDataRole.DisplayRole:
            return (r.name, format_count(r.students), format_rate(r.rate))[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.history: StudentHistory | None = None

    def set_history(self, history: StudentHistory | None) -> None:
        self.beginResetModel()
        self.history = history
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.history is None else len(self.history.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Day"), self.tr("Period"), self.tr("Code"), self.tr("Note"), self.tr("Section"),
                    self.tr("Marked by"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.history is None:
            return None
        e = self.history.entries[index.row()]
        col = index.column()
        if role == SORT_ROLE:
            return (e.day.toordinal(), e.period, e.code, e.note, e.section, e.marked_by)[col]
        if role == Qt.ItemDataRole.DisplayRole:
            period = self.tr("Day") if e.period == 0 else format_count(e.period)
            return (format_date(e.day), period, f"{e.code}  {e.label}", e.note, e.section, e.marked_by)[col]
        if role == Qt.ItemDataRole.ForegroundRole and col == 2 and e.kind == "absent":
            return ABSENT_COLOR
        return None


def _table(model: QAbstractTableModel, sortable: bool = True) -> tuple[QTableView, SortProxy]:
    proxy = SortProxy(model)
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(sortable)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(30)
    view.horizontalHeader().setHighlightSections(False)
    if sortable:
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    return view, proxy


class RegisterScreen(QWidget):
    """Registers of the person's sections: the month's grid, rates, a student's history."""

    pdf_saved = Signal(str)

    def __init__(self, ctx: AppContext, school: OpenSchool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.school = school
        self.actor = school.actor
        self.data: RegisterData | None = None
        self._section_id: str | None = None
        self._year: int | None = None
        self._month: int | None = None
        self._request = 0
        self._stale = True

        self.title = QLabel(self.tr("Registers"))
        self.title.setObjectName("screenTitle")
        self.subtitle = QLabel("")
        self.subtitle.setObjectName("screenSubtitle")
        self.section_box = QComboBox()
        self.section_box.setMinimumWidth(160)
        self.section_box.setAccessibleName(self.tr("Section"))
        self.previous_month = QToolButton()
        point_arrow(self.previous_month, forward=False)
        self.previous_month.setToolTip(self.tr("Previous month"))
        self.previous_month.setAccessibleName(self.tr("Previous month"))
        self.month_label = QLabel("")
        self.month_label.setMinimumWidth(130)
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_month = QToolButton()
        point_arrow(self.next_month, forward=True)
        self.next_month.setToolTip(self.tr("Next month"))
        self.next_month.setAccessibleName(self.tr("Next month"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        for w in (self.section_box, self.pdf_button, self.previous_month, self.next_month):
            w.setMinimumHeight(36)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        for w in (self.section_box, self.previous_month, self.month_label, self.next_month, self.pdf_button):
            header.addWidget(w, 0, Qt.AlignmentFlag.AlignVCenter)

        self.month_model = MonthModel(self)
        self.month_view, self.month_proxy = _table(self.month_model)
        self.month_view.horizontalHeader().setMinimumSectionSize(26)
        self.month_view.setAccessibleName(self.tr("Month"))
        self.month_totals = QLabel("")
        self.month_totals.setObjectName("sectionHeading")
        month_page = QWidget()
        month_layout = QVBoxLayout(month_page)
        month_layout.addWidget(self.month_view, 1)
        month_layout.addWidget(self.month_totals)

        self.section_rates_model = SectionRatesModel(self)
        self.section_rates_view, _p = _table(self.section_rates_model)
        self.section_rates_view.setAccessibleName(self.tr("Sections"))
        self.chronic_model = RatesModel(self)
        self.chronic_view, self.chronic_proxy = _table(self.chronic_model)
        self.chronic_view.setAccessibleName(self.tr("Chronic absentees"))
        self.chronic_heading = QLabel("")
        self.chronic_heading.setObjectName("sectionHeading")
        self.chronic_heading.setWordWrap(True)
        rates_page = QWidget()
        rates_layout = QHBoxLayout(rates_page)
        left = QVBoxLayout()
        heading = QLabel(self.tr("Sections"))
        heading.setObjectName("sectionHeading")
        left.addWidget(heading)
        left.addWidget(self.section_rates_view, 1)
        right = QVBoxLayout()
        right.addWidget(self.chronic_heading)
        right.addWidget(self.chronic_view, 1)
        rates_layout.addLayout(left, 2)
        rates_layout.addLayout(right, 3)

        self.history_model = HistoryModel(self)
        self.history_view, self.history_proxy = _table(self.history_model)
        self.history_view.setAccessibleName(self.tr("Student"))
        self.history_heading = QLabel(self.tr("Double-click a student in the month or the rates to see their history."))
        self.history_heading.setObjectName("sectionHeading")
        self.history_heading.setWordWrap(True)
        history_page = QWidget()
        history_layout = QVBoxLayout(history_page)
        history_layout.addWidget(self.history_heading)
        history_layout.addWidget(self.history_view, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(month_page, self.tr("Month"))
        self.tabs.addTab(rates_page, self.tr("Rates and chronic absence"))
        self.tabs.addTab(history_page, self.tr("Student"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(14)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

        for view, h in ((self.section_rates_view, 0), (self.chronic_view, 0), (self.history_view, 3)):
            view.horizontalHeader().setSectionResizeMode(h, QHeaderView.ResizeMode.Stretch)
        self.section_box.activated.connect(self._section_picked)
        self.previous_month.clicked.connect(lambda: self._step(-1))
        self.next_month.clicked.connect(lambda: self._step(1))
        self.pdf_button.clicked.connect(self.ask_pdf_path)
        self.month_view.doubleClicked.connect(lambda index: self.show_student(index.data(STUDENT_ROLE)))
        self.chronic_view.doubleClicked.connect(lambda index: self.show_student(index.data(STUDENT_ROLE)))
        ctx.hub.data_changed.connect(self._on_data_changed)

    # -- what the person does -------------------------------------------------

    def show_month(self, year: int, month: int, section_id: str | None = None) -> None:
        self._year, self._month = year, month
        if section_id is not None:
            self._section_id = section_id
        self.refresh()

    def _step(self, months: int) -> None:
        if self.data is None:
            return
        index = self.data.year * 12 + self.data.month - 1 + months
        self.show_month(index // 12, index % 12 + 1)

    @Slot(int)
    def _section_picked(self, index: int) -> None:
        self._section_id = self.section_box.itemData(index)
        self.refresh()

    def show_student(self, student_id: str | None) -> None:
        if not student_id:
            return
        school = self.school
        self.ctx.tasks.run_task(lambda: load_history(school, student_id), on_success=self._show_history, owner=self)

    def _show_history(self, history: StudentHistory) -> None:
        self.history_model.set_history(history)
        self.history_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        totals = " · ".join(f"{format_count(n)} {kind.replace('_', ' ')}" for kind, n in sorted(history.totals.items()))
        self.history_heading.setText(self.tr("{name} ({admission}) · rate {rate} over {days} school days · {totals}")
                                     .format(name=history.name, admission=history.admission_no,
                                             rate=format_rate(history.rate), days=format_count(history.days_counted),
                                             totals=totals or self.tr("no marks")))
        self.tabs.setCurrentIndex(2)

    def ask_pdf_path(self) -> None:
        register = self.month_model.register
        if register is None:
            return
        name = f"register-{register.section_name}-{register.year}-{register.month:02d}.pdf".replace(" ", "")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the register as PDF"), str(Path.home() / name),
                                              self.tr("PDF files (*.pdf);;Excel workbooks (*.xlsx);;CSV files (*.csv)"))
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        """Write the month's register to ``path`` in a background task."""
        register = self.month_model.register
        if register is None:
            return
        printed = format_date(dt.date.today())
        self.ctx.tasks.run_task(
            lambda: write_register_pdf(register, path, printed),
            on_success=lambda written: self._pdf_written(written),
            owner=self,
        )

    def _pdf_written(self, path: Path) -> None:
        self.ctx.hub.status_message.emit(self.tr("Register saved as {path}").format(path=str(path)), 6000)
        self.pdf_saved.emit(str(path))

    # -- loading and showing --------------------------------------------------

    @Slot(str, list)
    def _on_data_changed(self, entity: str, _ids: list) -> None:
        if entity not in WATCHED:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale or self.data is None:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self._request += 1
        request = self._request
        school, actor = self.school, self.actor
        section_id, year, month = self._section_id, self._year, self._month
        self.ctx.tasks.run_task(
            lambda: load_register(school, actor, section_id, year, month),
            on_success=lambda data: self._show(request, data),
            owner=self,
        )

    def _show(self, request: int, data: RegisterData) -> None:
        if request != self._request:
            return
        self.data = data
        self._section_id = data.section_id
        self.section_box.blockSignals(True)
        self.section_box.clear()
        for sid, name in data.sections:
            self.section_box.addItem(name, sid)
        if data.section_id:
            self.section_box.setCurrentIndex(self.section_box.findData(data.section_id))
        self.section_box.blockSignals(False)
        month_name = QLocale().standaloneMonthName(data.month, QLocale.FormatType.LongFormat)
        self.month_label.setText(f"{month_name} {data.year}")
        self.next_month.setEnabled((data.year, data.month) < (data.today.year, data.today.month))
        reg = data.register
        if data.rates is not None:
            self.month_model._threshold = data.rates.threshold
        self.month_model.set_register(reg)
        self.pdf_button.setEnabled(reg is not None and bool(reg.rows))
        n = self.month_model.day_count
        h = self.month_view.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        if reg is not None:
            h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            h.resizeSection(0, 48)
            for c in range(2, 2 + n):
                h.resizeSection(c, 30)
            for c in range(2 + n, 6 + n):
                h.resizeSection(c, 58)
        if reg is None:
            self.subtitle.setText(self.tr("No section to show."))
            self.month_totals.setText("")
        else:
            self.subtitle.setText(self.tr("{section} · {days} school days in {month}").format(
                section=reg.section_name, days=format_count(len(reg.days)), month=f"{month_name} {data.year}"))
            self.month_totals.setText(
                self.tr("Section rate this month: {rate}").format(rate=format_rate(reg.section_rate)))
        rates = data.rates
        if rates is not None:
            self.section_rates_model.set_rows(rates.sections)
            self.chronic_model.set_rows(rates.chronic)
            self.chronic_view.sortByColumn(4, Qt.SortOrder.AscendingOrder)
            self.chronic_heading.setText(
                self.tr("Chronic absentees: below {threshold} % over the last {days} school days "
                        "(to {day}): {count}").format(
                    threshold=rates.threshold, days=format_count(len(rates.days)), day=format_date(rates.until),
                    count=format_count(len(rates.chronic))))
