"""The principal's dashboard screen: five tabs of figures, charts and lists.

Every figure comes from :func:`app.services.dashboard.school_dashboard`, read
on a worker (:mod:`app.ui.tasks`); this module lays the result out, formats
it with QLocale and builds the tables (:class:`DashTable`) that the views,
the drill-downs, the CSV/XLSX export and the PDF all share.

It reads again when it is shown after its data changed, and when the hub
says data changed while it is on screen (a sync emits one ``data_changed``
per kind of record it brought: they are gathered into one reading).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.dashboard import Dashboard, payments_between, school_dashboard, settle
from app.services.dashboard_export import (
    COUNT,
    DATE,
    DATETIME,
    MONEY,
    PERCENT,
    Column,
    DashTable,
    save_xlsx,
)
from app.services.dashboard_pdf import PdfDocument, PdfPart, PdfTable, cut, save_dashboard_pdf
from app.ui.context import AppContext, OpenSchool
from app.ui.dashboard.charts import BAD, DUE_COLOUR, GOOD, ChartView
from app.ui.dashboard.tables import NUMERIC, DashTableView, DrillDialog, format_cell
from app.ui.formatting import format_count, format_date, format_money
from app.ui.i18n import date_field_in_order, translated
from app.ui.widgets.figure_card import FigureCard

# How long a burst of data_changed signals is gathered before reading again.
REFRESH_DELAY_MS = 400
# Rows of a table printed in the PDF (the XLSX has them all).
PDF_ROWS = 40


def load_dashboard(school: OpenSchool, day: dt.date | None = None, report=None) -> Dashboard:  # noqa: ANN001
    """On a worker: the kept figures brought up to date (:func:`settle`), then its own session;
    ``report(done, total, part)`` after each part."""
    settle(school.db, day)
    with school.db.session() as session:
        return school_dashboard(session, day, report)


class Panel(QFrame):
    """A titled block of a tab: a chart or a table, with a button that opens its whole list."""

    def __init__(self, title: str, body: QWidget, open_list: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.title = QLabel(title)
        self.title.setObjectName("sectionHeading")
        self.note = QLabel("")
        self.note.setObjectName("figureNote")
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.open_button = QPushButton(self.tr("Open list…"))
        self.open_button.setAccessibleName(self.tr("Open the list of {title}").format(title=title))
        self.open_button.setVisible(open_list is not None)
        if open_list is not None:
            self.open_button.clicked.connect(open_list)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(body, 1)
        self.body = body

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))


class DashboardScreen(QWidget):
    """The school at a glance: today, trends, fees, results and how fresh the figures are."""

    # The figures were read and shown (the :class:`Dashboard`).
    shown = Signal(object)
    # A drill-down dialog was opened (for tests and the window).
    drilled = Signal(object)

    def __init__(self, ctx: AppContext, school: OpenSchool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.school = school
        self.dashboard: Dashboard | None = None
        self.tables: dict[str, DashTable] = {}
        self.last_dialog: DrillDialog | None = None
        self._request = 0
        self._day: dt.date | None = None  # None: the school's today
        self._stale = True
        self._started = 0.0
        self.load_ms = 0.0
        self.export_error = ""

        self.title = QLabel(self.tr("Dashboard"))
        self.title.setObjectName("screenTitle")
        self.title.setWordWrap(True)  # a long school name wraps instead of running under the buttons
        self.subtitle = QLabel(self.tr("Reading the figures…"))
        self.subtitle.setObjectName("screenSubtitle")
        self.subtitle.setWordWrap(True)
        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        date_field_in_order(self.day_edit)
        self.day_edit.setAccessibleName(self.tr("Figures as of"))
        self.day_edit.setToolTip(self.tr("The day the figures are counted up to"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.xlsx_button = QPushButton(self.tr("Export tables…"))
        self.xlsx_button.setToolTip(self.tr("Every table of the dashboard in one Excel workbook"))
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.day_edit, 0, Qt.AlignmentFlag.AlignVCenter)
        for b in (self.refresh_button, self.pdf_button, self.xlsx_button):
            header.addWidget(b, 0, Qt.AlignmentFlag.AlignVCenter)
            b.setEnabled(b is self.refresh_button)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._build_today()
        self._build_trends()
        self._build_fees()
        self._build_results()
        self._build_freshness()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.day_edit.dateChanged.connect(self._day_picked)
        self.pdf_button.clicked.connect(lambda: self._ask_path("pdf"))
        self.xlsx_button.clicked.connect(lambda: self._ask_path("xlsx"))
        ctx.hub.data_changed.connect(self._on_data_changed)

    # -- building the tabs -------------------------------------------------------

    def _tab(self, title: str) -> QVBoxLayout:
        inner = QWidget()
        inner.setObjectName("dashboardTab")
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(4, 10, 4, 10)
        layout.setSpacing(12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        self.tabs.addTab(scroll, title)
        return layout

    def _cards(self, layout: QVBoxLayout, *cards: FigureCard) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for i, card in enumerate(cards):
            # As tall as the tallest in the row, so a card with a one-line note is not set lower.
            card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            grid.addWidget(card, 0, i)
            grid.setColumnStretch(i, 1)
        layout.addLayout(grid)

    def _table_panel(self, key: str, title: str, opened: Callable[[Any], None] | None = None,
                     height: int = 260) -> Panel:
        view = DashTableView()
        view.setMinimumHeight(height)
        view.setObjectName(f"table_{key}")
        if opened is not None:
            view.row_opened.connect(opened)
        panel = Panel(title, view, lambda: self.open_table(key))
        self.views[key] = view
        return panel

    def _chart_panel(self, title: str, picked: Callable[[Any], None], open_list: Callable[[], None] | None = None,
                     height: int = 280) -> tuple[Panel, ChartView]:
        chart = ChartView(title)
        chart.chart().setTitle("")
        chart.setMinimumHeight(height)
        chart.picked.connect(picked)
        return Panel(title, chart, open_list), chart

    def _build_today(self) -> None:
        self.views: dict[str, DashTableView] = {}
        layout = self._tab(self.tr("Today"))
        self.rate_card = FigureCard(self.tr("Attendance today"))
        self.registered_card = FigureCard(self.tr("Roll calls taken"))
        self.absent_card = FigureCard(self.tr("Absent"))
        self.late_card = FigureCard(self.tr("Late arrivals"))
        self._cards(layout, self.rate_card, self.registered_card, self.absent_card, self.late_card)
        self.today_grade_panel, self.today_grade_chart = self._chart_panel(
            self.tr("Attendance today by grade level"), self._grade_today_picked, lambda: self.open_table("sections"))
        layout.addWidget(self.today_grade_panel)
        row = QHBoxLayout()
        self.not_registered_panel = self._table_panel("not_registered", self.tr("Sections not registered yet"),
                                                      self._section_opened, 180)
        self.sections_panel = self._table_panel("sections", self.tr("Sections today"), self._section_opened, 180)
        row.addWidget(self.not_registered_panel, 1)
        row.addWidget(self.sections_panel, 2)
        layout.addLayout(row)
        self.absent_panel = self._table_panel("absent", self.tr("Absent today, with guardians to call"))
        self.late_panel = self._table_panel("late", self.tr("Late arrivals today"), height=180)
        layout.addWidget(self.absent_panel)
        layout.addWidget(self.late_panel)

    def _build_trends(self) -> None:
        layout = self._tab(self.tr("Trends"))
        self.trend_panel, self.trend_chart = self._chart_panel(
            self.tr("Daily attendance, last 30 school days"), self._trend_picked, lambda: self.open_table("daily"),
            height=340)
        layout.addWidget(self.trend_panel)
        self.chronic_panel = self._table_panel("chronic", self.tr("Chronic absentees"), self._chronic_opened, 300)
        layout.addWidget(self.chronic_panel)

    def _build_fees(self) -> None:
        layout = self._tab(self.tr("Fees"))
        self.collected_card = FigureCard(self.tr("Collected today"))
        self.month_card = FigureCard(self.tr("Collected this month"))
        self.term_card = FigureCard(self.tr("Collected this term"))
        self.outstanding_card = FigureCard(self.tr("Outstanding"))
        self._cards(layout, self.collected_card, self.month_card, self.term_card, self.outstanding_card)
        row = QHBoxLayout()
        self.collection_panel, self.collection_chart = self._chart_panel(
            self.tr("Collected against due"), self._collection_picked, lambda: self.open_table("collections"))
        self.mode_panel, self.mode_chart = self._chart_panel(
            self.tr("This term's collection by mode"), self._mode_picked, lambda: self.open_table("modes"))
        row.addWidget(self.collection_panel, 3)
        row.addWidget(self.mode_panel, 2)
        layout.addLayout(row)
        self.outstanding_panel, self.outstanding_chart = self._chart_panel(
            self.tr("Outstanding by grade level"), self._outstanding_grade_picked,
            lambda: self.open_table("outstanding"), height=280)
        layout.addWidget(self.outstanding_panel)
        row = QHBoxLayout()
        self.by_section_panel = self._table_panel("outstanding", self.tr("Outstanding by section"),
                                                  self._outstanding_opened)
        self.defaulters_panel = self._table_panel("defaulters", self.tr("Top defaulters"))
        row.addWidget(self.by_section_panel, 2)
        row.addWidget(self.defaulters_panel, 3)
        layout.addLayout(row)

    def _build_results(self) -> None:
        layout = self._tab(self.tr("Results"))
        self.entry_card = FigureCard(self.tr("Marks entered"))
        self.owed_card = FigureCard(self.tr("Marks still owed"))
        self.fallen_card = FigureCard(self.tr("Sections whose average fell"))
        self._cards(layout, self.entry_card, self.owed_card, self.fallen_card)
        self.distribution_panel, self.distribution_chart = self._chart_panel(
            self.tr("Grades per subject"), self._distribution_picked, lambda: self.open_table("distribution"),
            height=300)
        layout.addWidget(self.distribution_panel)
        self.owed_panel = self._table_panel("owed", self.tr("Marks still owed, by section and subject"),
                                            self._owed_opened, 260)
        self.fallen_panel = self._table_panel("fallen", self.tr("Sections whose average fell"),
                                              lambda _key: self.open_table("averages"), 200)
        layout.addWidget(self.owed_panel)
        layout.addWidget(self.fallen_panel)

    def _build_freshness(self) -> None:
        layout = self._tab(self.tr("Freshness"))
        self.freshness_note = QLabel("")
        self.freshness_note.setWordWrap(True)
        layout.addWidget(self.freshness_note)
        self.devices_panel = self._table_panel("devices", self.tr("Devices and their last sync"), height=300)
        layout.addWidget(self.devices_panel)
        layout.addStretch(1)

    # -- reading -------------------------------------------------------------------

    @Slot(str, list)
    def _on_data_changed(self, _entity: str, _ids: list) -> None:
        self._stale = True
        if self.isVisible():
            self._timer.start()  # a sync announces several kinds at once: read once

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def show_day(self, day: dt.date | None) -> None:
        """The figures as of ``day`` (None: the school's today, the default)."""
        self._day = day
        self.refresh()

    @Slot(QDate)
    def _day_picked(self, qdate: QDate) -> None:
        day = dt.date(qdate.year(), qdate.month(), qdate.day())
        if self.dashboard is None or day != self.dashboard.day:
            self.show_day(day)

    @Slot()
    def refresh(self) -> None:
        self._timer.stop()
        self._stale = False
        self._request += 1
        request = self._request
        school = self.school
        day = self._day
        self._started = time.perf_counter()
        self.refresh_button.setEnabled(False)
        if self.dashboard is None:
            self.subtitle.setText(self.tr("Reading the figures…"))
        self.ctx.tasks.run_task(lambda report: load_dashboard(school, day, report),
                                on_success=lambda d: self._show(request, d),
                                on_error=lambda exc: self._failed(request, exc),
                                on_progress=lambda done, total, part: self._progress(request, done, total, part),
                                owner=self)

    def _progress(self, request: int, done: int, total: int, part: str) -> None:
        """A line while the figures are read: which part is done (the old figures stay on screen)."""
        if request != self._request or done >= total:
            return
        words = {"today": self.tr("today"), "trends": self.tr("trends"), "fees": self.tr("fees"),
                 "results": self.tr("results"), "freshness": self.tr("freshness")}
        self.subtitle.setText(self.tr("Reading the figures… {done} of {total} parts ({part} read)").format(
            done=format_count(done), total=format_count(total), part=words.get(part, part)))

    def _failed(self, request: int, exc: BaseException) -> None:
        if request != self._request:
            return
        self.refresh_button.setEnabled(True)
        self.subtitle.setText(self.tr("The figures could not be read: {reason}").format(reason=str(exc)))

    # -- showing -------------------------------------------------------------------

    def _show(self, request: int, d: Dashboard) -> None:
        if request != self._request:
            return
        self.load_ms = (time.perf_counter() - self._started) * 1000
        self.dashboard = d
        self.locale = QLocale()
        self.refresh_button.setEnabled(True)
        self.pdf_button.setEnabled(True)
        self.xlsx_button.setEnabled(True)
        self.title.setText(self.tr("Dashboard — {school}").format(school=d.school_name))
        self.day_edit.blockSignals(True)
        self.day_edit.setDate(QDate(d.day.year, d.day.month, d.day.day))
        self.day_edit.blockSignals(False)
        self.subtitle.setText(self.tr("{day} · as of each device's last sync (see Freshness)").format(
            day=format_date(d.day, self.locale, QLocale.FormatType.LongFormat)))
        self.tables = self._make_tables(d)
        for key, view in self.views.items():
            view.set_table(self.tables[key])
        self._show_today(d)
        self._show_trends(d)
        self._show_fees(d)
        self._show_results(d)
        self._show_freshness(d)
        self.shown.emit(d)

    def _pct(self, value: float | None) -> str:
        return "—" if value is None else self.locale.toString(float(value), "f", 1) + "%"

    def _money(self, minor: int) -> str:
        d = self.dashboard
        return format_money(minor, d.currency, d.digits, self.locale)

    def _show_today(self, d: Dashboard) -> None:
        t = d.today
        n = format_count
        self.rate_card.set_figure(self._pct(t.rate), self.tr("{marked} of {enrolled} students marked").format(
            marked=n(t.marked), enrolled=n(t.enrolled)))
        if t.no_roll_call is not None:  # a holiday, a weekend day: no section is missing
            registered_note = translated(t.no_roll_call)
        elif t.not_registered:
            registered_note = self.tr("%n section(s) not registered yet", "", len(t.not_registered))
        else:
            registered_note = self.tr("Every section is registered")
        self.registered_card.set_figure(
            self.tr("{taken} of {total}").format(taken=n(t.registered), total=n(len(t.sections))), registered_note)
        self.absent_card.set_figure(n(len(t.absent)), self.tr("Guardians' phones in the list below"))
        self.late_card.set_figure(n(len(t.late)), self.tr("Counted as present") if t.late else "")
        grades = t.by_grade
        self._grade_keys = list(grades)
        self.today_grade_chart.show_bars(
            [self.tr("Grade {grade}").format(grade=g) for g in grades],
            [(self.tr("Attendance today"), [v or 0.0 for v in grades.values()], GOOD)],
            self._grade_keys, high=100, fmt="%.0f", unit="%",
            tooltip=lambda _s, i: self.tr("Grade {grade}: {rate}").format(
                grade=self._grade_keys[i], rate=self._pct(grades[self._grade_keys[i]])))
        self.today_grade_panel.set_note("" if t.marked else self.tr("No roll call has been taken today yet."))

    def _show_trends(self, d: Dashboard) -> None:
        tr = d.trends
        labels = [self.locale.toString(_qdate(day), "d MMM") for day in tr.days]
        lines = [(self.tr("Whole school"), list(tr.school), "school", True)]
        for grade, values in tr.by_grade.items():
            lines.append((self.tr("Grade {grade}").format(grade=grade), list(values), grade, False))
        low = min([v for _n, vs, _k, _e in lines for v in vs if v is not None] or [0.0])
        self.trend_chart.show_lines(labels, lines, low=max(0.0, (int(low) // 10) * 10.0), high=100.0)
        self.trend_panel.set_note(self.tr("Click a day to see each section's attendance that day.")
                                  if tr.days else self.tr("No school days in the record yet."))
        self.chronic_panel.set_note(self.tr(
            "Below {threshold}% over the last {days} school days; open a student for their day-by-day record.").format(
            threshold=tr.threshold, days=len(tr.days)))

    def _show_fees(self, d: Dashboard) -> None:
        f = d.fees
        cards = {"today": self.collected_card, "month": self.month_card, "term": self.term_card}
        for c in f.collections:
            note = self.tr("%n payment(s)", "", c.payments) + " · " + self.tr("{due} fell due").format(
                due=self._money(c.due_minor))
            if c.label == "term":
                note = self.tr("{term}: {share} of {due} billed").format(
                    term=f.term_name, due=self._money(c.due_minor),
                    share=self._pct(100.0 * c.collected_minor / c.due_minor) if c.due_minor > 0 else "—")
            cards[c.label].set_figure(self._money(c.collected_minor), note)
        self.outstanding_card.set_figure(self._money(f.outstanding_minor), self.tr("{overdue} overdue · {n} students").format(
            overdue=self._money(f.overdue_minor), n=format_count(len(f.defaulters))))
        words = self._period_words()
        major = 10 ** f.digits
        self._collection_keys = [c.label for c in f.collections]
        self.collection_chart.show_bars(
            [words[c.label] for c in f.collections],
            [(self.tr("Collected"), [c.collected_minor / major for c in f.collections], GOOD),
             (self.tr("Due"), [c.due_minor / major for c in f.collections], DUE_COLOUR)],
            self._collection_keys, fmt="%.0f", unit=f.currency)
        self.collection_panel.set_note(self.tr("Amounts in {currency}. Click a bar to see its payments.").format(
            currency=f.currency))
        self.mode_chart.show_pie([(self._mode_word(m), v / major, m) for m, v in f.by_mode.items()])
        self.mode_panel.set_note("" if f.by_mode else self.tr("No payment this term yet."))
        grades: dict[int, int] = {}
        for s in f.by_section:
            grades[s.grade_level if s.grade_level is not None else -1] = grades.get(
                s.grade_level if s.grade_level is not None else -1, 0) + s.outstanding_minor
        self._outstanding_grades = list(grades)
        self.outstanding_chart.show_bars(
            [self.tr("Grade {grade}").format(grade=g) if g >= 0 else self.tr("No section") for g in grades],
            [(self.tr("Outstanding"), [v / major for v in grades.values()], BAD)], self._outstanding_grades,
            unit=f.currency)
        self.outstanding_panel.set_note(self.tr("Amounts in {currency}. Click a bar to see who owes.").format(
            currency=f.currency))

    def _show_results(self, d: Dashboard) -> None:
        r = d.results
        if r is None:
            for card in (self.entry_card, self.owed_card, self.fallen_card):
                card.set_figure("—", self.tr("No term in this school file yet"))
            self.distribution_chart.clear()
            return
        share = self._pct(100.0 * r.entered / r.expected) if r.expected else "—"
        self.entry_card.set_figure(share, self.tr("{entered} of {expected} marks · {term}").format(
            entered=format_count(r.entered), expected=format_count(r.expected), term=r.term_name))
        owing = [o for o in r.owed if o.owed > 0]
        self.owed_card.set_figure(format_count(r.expected - r.entered),
                                  self.tr("%n class(es) with marks to enter", "", len(owing)))
        self.fallen_card.set_figure(format_count(len(r.fallen)), self.tr("against {term}").format(
            term=r.previous_term_name) if r.previous_term_name else self.tr("No previous term to compare"))
        subjects = list(r.distribution)
        self._distribution_subjects = subjects
        self._distribution_grades = list(r.grades)
        self.distribution_chart.show_stacked(
            subjects, [(g, [r.distribution[s].get(g, 0) for s in subjects]) for g in r.grades],
            lambda gi, si: (self._distribution_subjects[si], self._distribution_grades[gi]))
        self.distribution_panel.set_note(self.tr("{term}: students per grade. Click a part to see its students.").format(
            term=r.term_name))

    def _show_freshness(self, d: Dashboard) -> None:
        devices = d.devices
        if devices is None:
            self.freshness_note.setText(self.tr("This version cannot tell how fresh other devices' figures are."))
            return
        waiting = [x for x in devices if x.pending]
        stale = [x for x in devices if x.last_sync_at is None]
        parts = [self.tr("The figures are as of each device's last sync.")]
        if waiting:
            parts.append(self.tr("Changes are still waiting on %n device(s): their numbers may still move.", "",
                                 len(waiting)))
        if stale:
            parts.append(self.tr("%n device(s) never synced.", "", len(stale)))
        self.freshness_note.setText(" ".join(parts))

    # -- the tables ----------------------------------------------------------------

    def _period_words(self) -> dict[str, str]:
        return {"today": self.tr("Today"), "month": self.tr("This month"), "term": self.tr("This term")}

    def _mode_word(self, mode: str) -> str:
        return {"cash": self.tr("Cash"), "cheque": self.tr("Cheque"), "bank_transfer": self.tr("Bank transfer"),
                "mobile_money": self.tr("Mobile money"), "card": self.tr("Card")}.get(mode, mode)

    def _make_tables(self, d: Dashboard) -> dict[str, DashTable]:
        t, f, r = d.today, d.fees, d.results
        money = dict(currency=d.currency, digits=d.digits)
        section_cols = (Column(self.tr("Section")), Column(self.tr("Students"), COUNT), Column(self.tr("Marked"), COUNT),
                        Column(self.tr("Attendance"), PERCENT), Column(self.tr("Absent"), COUNT), Column(self.tr("Late"), COUNT),
                        Column(self.tr("Roll call")))
        tables: dict[str, DashTable] = {}

        untaken = self.tr("Not taken") if t.no_roll_call is None else self.tr("No roll call")

        def section_row(s) -> tuple:  # noqa: ANN001
            return (s.name, s.enrolled, s.marked, s.rate, s.absent, s.late, self.tr("Taken") if s.taken else untaken)

        tables["sections"] = DashTable(self.tr("Sections today"), section_cols, tuple(section_row(s) for s in t.sections),
                                       keys=tuple(s.section_id for s in t.sections))
        tables["not_registered"] = DashTable(
            self.tr("Sections not registered yet"), (Column(self.tr("Section")), Column(self.tr("Students"), COUNT)),
            tuple((s.name, s.enrolled) for s in t.not_registered), keys=tuple(s.section_id for s in t.not_registered))
        student_cols = (Column(self.tr("Student")), Column(self.tr("Admission no.")), Column(self.tr("Section")), Column(self.tr("Code")),
                        Column(self.tr("Note")), Column(self.tr("Guardian")), Column(self.tr("Phone")), Column(self.tr("E-mail")))

        def student_row(s) -> tuple:  # noqa: ANN001
            return (s.name, s.admission_no, s.section_name, s.label or s.code, s.note, s.guardian_name,
                    s.guardian_phone, s.guardian_email)

        tables["absent"] = DashTable(self.tr("Absent today"), student_cols, tuple(student_row(s) for s in t.absent))
        tables["late"] = DashTable(self.tr("Late arrivals today"), student_cols, tuple(student_row(s) for s in t.late))
        tables["chronic"] = DashTable(
            self.tr("Chronic absentees"),
            (Column(self.tr("Student")), Column(self.tr("Section")), Column(self.tr("Roll no."), COUNT),
             Column(self.tr("Days counted"), COUNT), Column(self.tr("Days absent"), COUNT), Column(self.tr("Attendance"), PERCENT),
             Column(self.tr("Last 30 school days"))),
            tuple((c.name, c.section_name, c.roll_no, c.days_counted, c.days_absent, c.rate, _spark(c.trend))
                  for c in d.trends.chronic),
            keys=tuple(c.student_id for c in d.trends.chronic))
        daily_cols = [Column(self.tr("Day"), DATE), Column(self.tr("Whole school"), PERCENT)]
        daily_cols += [Column(self.tr("Grade {grade}").format(grade=g), PERCENT) for g in d.trends.by_grade]
        tables["daily"] = DashTable(
            self.tr("Daily attendance"), tuple(daily_cols),
            tuple((day, d.trends.school[i], *[vals[i] for vals in d.trends.by_grade.values()])
                  for i, day in enumerate(d.trends.days)), keys=tuple(d.trends.days))
        words = self._period_words()
        tables["collections"] = DashTable(
            self.tr("Collected against due"),
            (Column(self.tr("Period")), Column(self.tr("From"), DATE), Column(self.tr("To"), DATE), Column(self.tr("Payments"), COUNT),
             Column(self.tr("Collected"), MONEY), Column(self.tr("Due"), MONEY)),
            tuple((words[c.label], c.starts_on, c.ends_on, c.payments, c.collected_minor, c.due_minor)
                  for c in f.collections), keys=tuple(c.label for c in f.collections), **money)
        tables["modes"] = DashTable(
            self.tr("This term's collection by mode"), (Column(self.tr("Mode")), Column(self.tr("Collected"), MONEY)),
            tuple((self._mode_word(m), v) for m, v in f.by_mode.items()), keys=tuple(f.by_mode), **money)
        tables["outstanding"] = DashTable(
            self.tr("Outstanding by section"),
            (Column(self.tr("Section")), Column(self.tr("Students owing"), COUNT), Column(self.tr("Outstanding"), MONEY),
             Column(self.tr("Overdue"), MONEY)),
            tuple((s.section_name or self.tr("No section"), s.students, s.outstanding_minor, s.overdue_minor)
                  for s in f.by_section), keys=tuple(s.section_name for s in f.by_section), **money)
        tables["defaulters"] = self._defaulters_table(self.tr("Top defaulters"), f.top_defaulters)
        tables["all_defaulters"] = self._defaulters_table(self.tr("Defaulters"), f.defaulters)
        if r is not None:
            tables["owed"] = DashTable(
                self.tr("Marks still owed"),
                (Column(self.tr("Section")), Column(self.tr("Subject")), Column(self.tr("Teacher")), Column(self.tr("Assessments"), COUNT),
                 Column(self.tr("Entered"), COUNT), Column(self.tr("Expected"), COUNT), Column(self.tr("Still owed"), COUNT),
                 Column(self.tr("Done"), PERCENT)),
                tuple((o.section_name, o.subject_name, o.teachers, o.assessments, o.entered, o.expected, o.owed,
                       o.percent) for o in r.owed),
                keys=tuple((o.section_id, o.subject_id) for o in r.owed))
            averages_cols = (Column(self.tr("Section")), Column(self.tr("Students"), COUNT),
                             Column(r.previous_term_name or self.tr("Previous term"), PERCENT),
                             Column(r.term_name, PERCENT), Column(self.tr("Change"), PERCENT))
            tables["fallen"] = DashTable(
                self.tr("Sections whose average fell"), averages_cols,
                tuple((s.section_name, s.students, s.previous, s.average, s.change) for s in r.fallen),
                keys=tuple(s.section_id for s in r.fallen))
            tables["averages"] = DashTable(
                self.tr("Section averages"), averages_cols,
                tuple((s.section_name, s.students, s.previous, s.average, s.change) for s in r.sections),
                keys=tuple(s.section_id for s in r.sections))
            tables["distribution"] = DashTable(
                self.tr("Grades per subject"), (Column(self.tr("Subject")), *[Column(g, COUNT) for g in r.grades]),
                tuple((s, *[r.distribution[s].get(g, 0) for g in r.grades]) for s in r.distribution))
        else:
            empty = DashTable(self.tr("Results"), (Column(self.tr("Results")),), ())
            for key in ("owed", "fallen", "averages", "distribution"):
                tables[key] = empty
        devices = d.devices or ()
        tables["devices"] = DashTable(
            self.tr("Devices and their last sync"),
            (Column(self.tr("Device")), Column(self.tr("Code")), Column(self.tr("Last synced by")), Column(self.tr("Last sync"), DATETIME),
             Column(self.tr("Changes waiting"), COUNT), Column(self.tr("Note"))),
            tuple((x.device_name or x.device_code, x.device_code, x.user_name or "—", x.last_sync_at, x.pending,
                   self.tr("This computer") if x.this_device else (self.tr("Never synced") if x.last_sync_at is None else ""))
                  for x in devices))
        return tables

    def _defaulters_table(self, title: str, rows) -> DashTable:  # noqa: ANN001
        d = self.dashboard
        return DashTable(
            title,
            (Column(self.tr("Student")), Column(self.tr("Admission no.")), Column(self.tr("Section")), Column(self.tr("Guardian")),
             Column(self.tr("Phone")), Column(self.tr("Outstanding"), MONEY), Column(self.tr("Overdue"), MONEY),
             Column(self.tr("Oldest due"), DATE), Column(self.tr("Days overdue"), COUNT)),
            tuple((x.full_name, x.admission_no, x.section_name, x.guardian_name, x.guardian_phone, x.outstanding_minor,
                   x.overdue_minor, x.oldest_due_on, x.days_overdue) for x in rows),
            currency=d.currency, digits=d.digits)

    # -- drill-downs -----------------------------------------------------------------

    def open_table(self, key: str, note: str = "") -> DrillDialog | None:
        table = self.tables.get(key)
        if table is None:
            return None
        return self.open_list(table, note)

    def open_list(self, table: DashTable, note: str = "",
                  opened: Callable[[Any], None] | None = None) -> DrillDialog:
        dialog = DrillDialog(table, self.ctx.tasks, note, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if opened is not None:
            dialog.row_opened.connect(opened)
        dialog.open()
        self.last_dialog = dialog
        self.drilled.emit(dialog)
        return dialog

    def _students_of(self, section_id: str) -> DashTable:
        t = self.dashboard.today
        name = next((s.name for s in t.sections if s.section_id == section_id), "")
        base = self.tables["absent"]
        rows = []
        for kind, students in ((self.tr("Absent"), t.absent), (self.tr("Late"), t.late)):
            for s in students:
                if s.section_id == section_id:
                    rows.append((kind, s.name, s.admission_no, s.label or s.code, s.note, s.guardian_name,
                                 s.guardian_phone))
        cols = (Column(self.tr("Today")), *[c for i, c in enumerate(base.columns) if i in (0, 1, 3, 4, 5, 6)])
        return DashTable(self.tr("{section}: absent and late today").format(section=name), cols, tuple(rows))

    @Slot(object)
    def _section_opened(self, section_id: Any) -> None:
        self.open_list(self._students_of(section_id))

    @Slot(object)
    def _grade_today_picked(self, grade: Any) -> None:
        t = self.dashboard.today
        table = self.tables["sections"]
        keep = [i for i, s in enumerate(t.sections) if s.grade_level == grade]
        self.open_list(DashTable(self.tr("Grade {grade} today").format(grade=grade), table.columns,
                                 tuple(table.rows[i] for i in keep), keys=tuple(table.keys[i] for i in keep)),
                       opened=self._section_opened)

    @Slot(object)
    def _trend_picked(self, picked: Any) -> None:
        key, index = picked
        tr = self.dashboard.trends
        if not 0 <= index < len(tr.days):
            return
        self.open_day(tr.days[index], None if key == "school" else key)

    def open_day(self, day: dt.date, grade: int | None = None) -> DrillDialog:
        rows = self.dashboard.trends.section_days.get(day, ())
        rows = [r for r in rows if grade is None or r[2] == grade]
        title = self.tr("Attendance on {day}").format(day=format_date(day, self.locale))
        if grade is not None:
            title += " · " + self.tr("Grade {grade}").format(grade=grade)
        return self.open_list(DashTable(
            title, (Column(self.tr("Section")), Column(self.tr("Grade"), COUNT), Column(self.tr("Students marked"), COUNT),
                    Column(self.tr("Attendance"), PERCENT)),
            tuple((name, g, counted, rate) for _sid, name, g, counted, rate in rows)))

    @Slot(object)
    def _chronic_opened(self, student_id: Any) -> None:
        tr = self.dashboard.trends
        c = next((c for c in tr.chronic if c.student_id == student_id), None)
        if c is None:
            return
        words = {1.0: self.tr("Present"), 0.5: self.tr("Half day"), 0.0: self.tr("Absent")}
        self.open_list(DashTable(
            self.tr("{name} ({section}), last {n} school days").format(name=c.name, section=c.section_name,
                                                                      n=len(tr.days)),
            (Column(self.tr("Day"), DATE), Column(self.tr("Attendance"))),
            tuple((day, words.get(v, self.tr("Not marked")) if v is not None else self.tr("Not marked"))
                  for day, v in reversed(list(zip(tr.days, c.trend, strict=True))))),
            note=self.tr("Attendance {rate} over {days} days counted.").format(rate=self._pct(c.rate),
                                                                            days=c.days_counted))

    def _open_payments(self, title: str, start: dt.date, end: dt.date, mode: str | None) -> None:
        school = self.school
        d = self.dashboard

        def read():  # noqa: ANN202
            with school.db.session() as session:
                return payments_between(session, start, end, mode)

        def show(lines) -> None:  # noqa: ANN001
            self.open_list(DashTable(
                title, (Column(self.tr("Receipt")), Column(self.tr("Received"), DATE), Column(self.tr("Student")),
                        Column(self.tr("Admission no.")), Column(self.tr("Mode")), Column(self.tr("Amount"), MONEY),
                        Column(self.tr("Cancelled"))),
                tuple((p.receipt_no, p.received_on, p.student_name, p.admission_no, self._mode_word(p.mode),
                       p.amount_minor, self.tr("Cancelled") if p.cancelled else "") for p in lines),
                currency=d.currency, digits=d.digits),
                note=self.tr("Cancelled payments are listed but not counted."))

        self.ctx.tasks.run_task(read, on_success=show, owner=self)

    @Slot(object)
    def _collection_picked(self, label: Any) -> None:
        c = next((c for c in self.dashboard.fees.collections if c.label == label), None)
        if c is None:
            return
        self._open_payments(self.tr("Payments received: {period}").format(period=self._period_words()[label]),
                            c.starts_on, min(c.ends_on, self.dashboard.day), None)

    @Slot(object)
    def _mode_picked(self, mode: Any) -> None:
        term = next((c for c in self.dashboard.fees.collections if c.label == "term"), None)
        if term is None:
            return
        self._open_payments(self.tr("This term's payments: {mode}").format(mode=self._mode_word(mode)),
                            term.starts_on, min(term.ends_on, self.dashboard.day), mode)

    @Slot(object)
    def _outstanding_opened(self, section_name: Any) -> None:
        f = self.dashboard.fees
        rows = [x for x in f.defaulters if x.section_name == section_name]
        self.open_list(self._defaulters_table(
            self.tr("Owing in {section}").format(section=section_name or self.tr("no section")), rows))

    @Slot(object)
    def _outstanding_grade_picked(self, grade: Any) -> None:
        f = self.dashboard.fees
        rows = [x for x in f.defaulters if (x.grade_level if x.grade_level is not None else -1) == grade]
        self.open_list(self._defaulters_table(self.tr("Owing in grade {grade}").format(grade=grade), rows))

    @Slot(object)
    def _owed_opened(self, key: Any) -> None:
        r = self.dashboard.results
        o = next((o for o in r.owed if (o.section_id, o.subject_id) == key), None)
        if o is None:
            return
        self.open_list(DashTable(
            self.tr("{section} · {subject}: marks not entered yet").format(section=o.section_name, subject=o.subject_name),
            (Column(self.tr("Student")), Column(self.tr("Assessments without a mark"), COUNT)), o.missing),
            note=self.tr("Taught by {teachers}.").format(teachers=o.teachers) if o.teachers else "")

    @Slot(object)
    def _distribution_picked(self, key: Any) -> None:
        subject, grade = key
        r = self.dashboard.results
        rows = r.distribution_students.get((subject, grade), ())
        self.open_list(DashTable(
            self.tr("{subject}: grade {grade}, {term}").format(subject=subject, grade=grade, term=r.term_name),
            (Column(self.tr("Student")), Column(self.tr("Section")), Column(self.tr("Percentage"), PERCENT)), rows))

    # -- export ------------------------------------------------------------------------

    def _ask_path(self, kind: str) -> None:
        d = self.dashboard
        if d is None:
            return
        dialog = QFileDialog(self, self.tr("Export the dashboard"), f"dashboard-{d.day.isoformat()}.{kind}")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)") if kind == "pdf" else self.tr("Excel workbooks (*.xlsx)"))
        dialog.setDefaultSuffix(kind)
        dialog.fileSelected.connect(
            lambda path: self.export_pdf(Path(path)) if kind == "pdf" else self.export_xlsx(Path(path)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    exported = Signal(str)

    def _export_done(self, path: str) -> None:
        self.export_error = ""
        self.ctx.hub.status_message.emit(self.tr("Saved to {path}.").format(path=path), 8000)
        self.exported.emit(path)

    def _export_failed(self, path: Path, exc: BaseException) -> None:
        self.export_error = self.tr("The dashboard could not be saved to {path}: {reason}").format(
            path=str(path), reason=str(exc))
        self.subtitle.setText(self.export_error)

    def export_xlsx(self, path: Path) -> None:
        """Every table of the dashboard, one sheet each, written on a worker."""
        order = ("sections", "not_registered", "absent", "late", "daily", "chronic", "collections", "modes",
                 "outstanding", "all_defaulters", "owed", "distribution", "averages", "devices")
        tables = [self.tables[k] for k in order if k in self.tables and self.tables[k].columns]
        self.ctx.tasks.run_task(lambda: str(save_xlsx(tables, path)), on_success=self._export_done,
                                on_error=lambda exc: self._export_failed(path, exc), owner=self)

    def pdf_document(self) -> PdfDocument:
        """What the PDF shows, ready to write (charts drawn and encoded here; :meth:`export_pdf` encodes on a worker)."""
        return _encoded(self._pdf_document())

    def _pdf_document(self) -> PdfDocument:
        """Charts drawn here (UI thread) as images, tables formatted in the person's locale."""
        d = self.dashboard
        t, f, r = d.today, d.fees, d.results

        def table(key: str) -> tuple[str, PdfTable]:
            tb = self.tables[key]
            rows = tuple(tuple(_printable(format_cell(v, c.kind, tb, self.locale))
                               for v, c in zip(row, tb.columns, strict=True)) for row in tb.rows)
            shown, left = cut(rows, PDF_ROWS)
            more = self.tr("… and %n more (all of them in the Excel export)", "", left) if left else ""
            return tb.title, PdfTable(tuple(c.title for c in tb.columns), shown,
                                      tuple(c.kind in NUMERIC for c in tb.columns), more)

        def chart(view: ChartView, w: int = 760, h: int = 330) -> tuple[Any, float]:
            return view.image(w, h), w / h

        parts = [
            PdfPart(self.tr("Today"), (
                self.tr("Attendance {rate} · {marked} of {enrolled} students marked").format(
                    rate=self._pct(t.rate), marked=format_count(t.marked), enrolled=format_count(t.enrolled)),
                self.tr("Roll calls taken: {taken} of {total}").format(
                    taken=format_count(t.registered), total=format_count(len(t.sections))),
                self.tr("Absent: {absent} · late: {late}").format(absent=format_count(len(t.absent)),
                                                            late=format_count(len(t.late)))),
                (chart(self.today_grade_chart),), (table("not_registered"), table("absent"), table("late"))),
            PdfPart(self.tr("Trends"), (self.tr("Below {threshold}% over the last {days} school days. Each day, oldest first: "
                                      "· present, ½ half day, × absent, - not marked.").format(
                threshold=d.trends.threshold, days=len(d.trends.days)),),
                (chart(self.trend_chart, 760, 380),), (table("chronic"),)),
            PdfPart(self.tr("Fees"), tuple(
                self.tr("{period}: collected {collected} of {due} due").format(
                    period=self._period_words()[c.label], collected=self._money(c.collected_minor),
                    due=self._money(c.due_minor)) for c in f.collections) + (
                self.tr("Outstanding {outstanding}, of which {overdue} overdue").format(
                    outstanding=self._money(f.outstanding_minor), overdue=self._money(f.overdue_minor)),),
                (chart(self.collection_chart), chart(self.mode_chart, 760, 300), chart(self.outstanding_chart)),
                (table("modes"), table("outstanding"), table("defaulters"))),
        ]
        if r is not None:
            parts.append(PdfPart(self.tr("Results: {term}").format(term=r.term_name), (
                self.tr("Marks entered: {entered} of {expected}").format(entered=format_count(r.entered),
                                                                   expected=format_count(r.expected)),),
                (chart(self.distribution_chart, 760, 400),), (table("owed"), table("fallen"))))
        parts.append(PdfPart(self.tr("Freshness"), (self.freshness_note.text(),), (), (table("devices"),)))
        return PdfDocument(
            title=self.tr("Dashboard — {school}").format(school=d.school_name),
            subtitle=format_date(d.day, self.locale, QLocale.FormatType.LongFormat),
            parts=tuple(parts),
            footer=self.tr("Daftar · figures as of each device's last sync"),
            rtl=self.layoutDirection() == Qt.LayoutDirection.RightToLeft,
            page_label=self.tr("Page {page}"),
        )

    def export_pdf(self, path: Path) -> None:
        """Draw the charts here, then encode them and write the PDF on a worker."""
        doc = self._pdf_document()
        self.ctx.tasks.run_task(lambda: str(save_dashboard_pdf(_encoded(doc), path)), on_success=self._export_done,
                                on_error=lambda exc: self._export_failed(path, exc), owner=self)


def _encoded(doc: PdfDocument) -> PdfDocument:
    """The same document with its chart images as PNG bytes."""
    from dataclasses import replace

    from app.ui.dashboard.charts import png_bytes

    return replace(doc, parts=tuple(
        replace(p, charts=tuple((c if isinstance(c, bytes) else png_bytes(c), r) for c, r in p.charts))
        for p in doc.parts))


def _qdate(day: dt.date):  # noqa: ANN202 - QDate
    from PySide6.QtCore import QDate

    return QDate(day.year, day.month, day.day)


def _printable(text: str) -> str:
    """The strip of days in characters the PDF's fonts have."""
    return text.translate(_PRINTABLE)


_PRINTABLE = str.maketrans({"●": "·", "◐": "½", "○": "×", "·": "-"})


def _spark(values) -> str:  # noqa: ANN001
    """A student's days as a strip: ● present, ◐ half day, ○ absent, · not marked (oldest first)."""
    marks = {1.0: "●", 0.5: "◐", 0.0: "○"}
    return "".join(marks.get(v, "·") if v is not None else "·" for v in values)


__all__ = ["DashboardScreen", "load_dashboard"]
