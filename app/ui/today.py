"""The "Today" screen: the school's day at a glance.

Figures come from :func:`app.services.overview.school_overview`, read in a
background task; this module only lays them out and formats them with
QLocale. A day other than today can be picked, to look back.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.clock import school_today
from app.services.overview import Overview, SectionRollCall, school_overview
from app.ui.context import AppContext, OpenSchool
from app.ui.formatting import format_count, format_date, format_money
from app.ui.i18n import date_field_in_order, point_arrow, translated
from app.ui.widgets.figure_card import FigureCard

_Index = QModelIndex | QPersistentModelIndex


def load_overview(school: OpenSchool, day: dt.date | None) -> Overview:
    """Runs on a worker: its own session, the school's today when no day is given."""
    with school.db.session() as session:
        return school_overview(session, day or school_today(session))


class RollCallModel(QAbstractTableModel):
    """Each section of the day: students, how many were marked, taken or not."""

    SECTION, ENROLLED, MARKED, STATE = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SectionRollCall] = []
        self._school_day = True

    def set_sections(self, sections: tuple[SectionRollCall, ...], school_day: bool = True) -> None:
        self.beginResetModel()
        # Sections not taken first: they are what the principal looks for.
        self._rows = sorted(sections, key=lambda s: (s.taken, s.grade_level, s.name))
        self._school_day = school_day  # on a holiday or a weekend day, no section is missing its roll call
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Section"), self.tr("Students"), self.tr("Marked"), self.tr("Roll call"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (self.ENROLLED, self.MARKED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and section == self.STATE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.SECTION:
                return row.name
            if col == self.ENROLLED:
                return format_count(row.enrolled)
            if col == self.MARKED:
                return format_count(row.marked)
            if row.taken:
                return self.tr("Taken")
            return self.tr("Not taken") if self._school_day else self.tr("No roll call")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.ENROLLED, self.MARKED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.STATE:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.STATE:
            return QColor("#1f6f5c") if row.taken else QColor("#b3261e") if self._school_day else QColor("#5f6b7a")
        return None


class TodayScreen(QWidget):
    """What a principal looks at first: enrolment, roll calls, attendance, money, sync."""

    def __init__(self, ctx: AppContext, school: OpenSchool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.school = school
        self.overview: Overview | None = None
        self._day: dt.date | None = None  # None: the school's today
        self._request = 0
        self._stale = True

        self.title = QLabel(school.name)
        self.title.setObjectName("screenTitle")
        self.subtitle = QLabel("")
        self.subtitle.setObjectName("screenSubtitle")

        self.previous_day = QToolButton()
        point_arrow(self.previous_day, forward=False)
        self.previous_day.setToolTip(self.tr("Previous day"))
        self.previous_day.setAccessibleName(self.tr("Previous day"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        date_field_in_order(self.date_edit)
        self.date_edit.setAccessibleName(self.tr("Day shown"))
        self.next_day = QToolButton()
        point_arrow(self.next_day, forward=True)
        self.next_day.setToolTip(self.tr("Next day"))
        self.next_day.setAccessibleName(self.tr("Next day"))
        self.today_button = QPushButton(self.tr("Today"))

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        for w in (self.previous_day, self.date_edit, self.next_day, self.today_button):
            header.addWidget(w, 0, Qt.AlignmentFlag.AlignVCenter)

        self.enrolled_card = FigureCard(self.tr("Students enrolled"))
        self.roll_call_card = FigureCard(self.tr("Roll call taken"))
        self.present_card = FigureCard(self.tr("Present"))
        self.absent_card = FigureCard(self.tr("Absent"))
        self.payments_card = FigureCard(self.tr("Payments received"))
        self.pending_card = FigureCard(self.tr("Changes waiting to sync"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(14)
        cards = (self.enrolled_card, self.roll_call_card, self.present_card,
                 self.absent_card, self.payments_card, self.pending_card)
        for i, card in enumerate(cards):
            grid.addWidget(card, i // 3, i % 3)
        for c in range(3):
            grid.setColumnStretch(c, 1)

        self.sections_heading = QLabel(self.tr("Roll call by section"))
        self.sections_heading.setObjectName("sectionHeading")
        self.roll_call_model = RollCallModel(self)
        self.sections_view = QTableView()
        self.sections_view.setModel(self.roll_call_model)
        self.sections_view.setAccessibleName(self.tr("Roll call by section"))
        self.sections_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sections_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sections_view.setAlternatingRowColors(True)
        self.sections_view.verticalHeader().setVisible(False)
        self.sections_view.setShowGrid(False)
        h = self.sections_view.horizontalHeader()
        h.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        h.setHighlightSections(False)
        self.sections_view.verticalHeader().setDefaultSectionSize(28)
        h.setSectionResizeMode(RollCallModel.SECTION, QHeaderView.ResizeMode.Stretch)
        for col in (RollCallModel.ENROLLED, RollCallModel.MARKED, RollCallModel.STATE):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            h.resizeSection(col, 110 if col != RollCallModel.STATE else 130)
        self.sections_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(16)
        layout.addLayout(header)
        layout.addLayout(grid)
        layout.addWidget(self.sections_heading)
        layout.addWidget(self.sections_view, 1)

        self.previous_day.clicked.connect(lambda: self._step(-1))
        self.next_day.clicked.connect(lambda: self._step(1))
        self.today_button.clicked.connect(self.show_today)
        self.date_edit.dateChanged.connect(self._date_picked)
        ctx.hub.data_changed.connect(self._on_data_changed)

    # -- what the person does -------------------------------------------------

    @Slot()
    def show_today(self) -> None:
        self._day = None
        self.refresh()

    def show_day(self, day: dt.date) -> None:
        self._day = day
        self.refresh()

    def _step(self, days: int) -> None:
        current = self._day or (self.overview.day if self.overview else None)
        if current is not None:
            self.show_day(current + dt.timedelta(days=days))

    @Slot(QDate)
    def _date_picked(self, qdate: QDate) -> None:
        day = dt.date(qdate.year(), qdate.month(), qdate.day())
        if self.overview is None or day != self.overview.day:
            self.show_day(day)

    @Slot(str, list)
    def _on_data_changed(self, _entity: str, _ids: list) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Always read again when shown: the day's figures move all day long.
        self.refresh()

    # -- loading and showing --------------------------------------------------

    def refresh(self) -> None:
        self._stale = False
        self._request += 1
        request = self._request
        day = self._day
        school = self.school
        self.ctx.tasks.run_task(
            lambda: load_overview(school, day),
            on_success=lambda overview: self._show(request, overview),
            owner=self,
        )

    def _show(self, request: int, o: Overview) -> None:
        if request != self._request:
            return  # an older answer, for a day no longer asked for
        self.overview = o
        locale = QLocale()
        self.title.setText(o.school_name)
        self.subtitle.setText(format_date(o.day, locale, QLocale.FormatType.LongFormat))
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(o.day.year, o.day.month, o.day.day))
        self.date_edit.blockSignals(False)

        n = format_count
        self.enrolled_card.set_figure(
            n(o.students_enrolled), self.tr("in %Ln section(s)", "", o.sections_total)
        )
        taken = len(o.sections_taken)
        if o.no_roll_call is not None:  # a holiday, a weekend day: nothing is missing
            roll_call_note = translated(o.no_roll_call)
        elif o.sections_not_taken:
            roll_call_note = self.tr("%Ln section(s) not taken yet", "", len(o.sections_not_taken))
        else:
            roll_call_note = self.tr("Every section is done")
        self.roll_call_card.set_figure(
            self.tr("{taken} of {total}").format(taken=n(taken), total=n(o.sections_total)), roll_call_note)
        if o.marked:
            share = locale.toString(100.0 * o.present / o.marked, "f", 1)
            present_note = self.tr("{share}% of those marked · {late} late").format(share=share, late=n(o.late))
        else:
            present_note = self.tr("Nobody marked yet")
        self.present_card.set_figure(n(o.present), present_note)
        self.absent_card.set_figure(
            n(o.absent),
            self.tr("{excused} excused · {half} half day").format(excused=n(o.excused), half=n(o.half_day)),
        )
        payments_note = self.tr("%Ln payment(s)", "", o.payments_count)
        if o.cancelled_count:
            payments_note += " · " + self.tr("%Ln cancelled", "", o.cancelled_count)
        self.payments_card.set_figure(
            format_money(o.payments_total_minor, o.currency, o.currency_digits, locale), payments_note
        )
        self.pending_card.set_figure(
            n(o.pending_changes),
            self.tr("Kept safe on this computer"),
        )
        self.roll_call_model.set_sections(o.sections, school_day=o.no_roll_call is None)
