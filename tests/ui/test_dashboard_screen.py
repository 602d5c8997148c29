"""The dashboard screen on the demo school: its figures, drill-downs, exports, refresh and direction."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
import subprocess
from decimal import Decimal

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from app.services.dashboard import school_dashboard
from app.ui.dashboard import DashboardScreen
from app.ui.formatting import format_count, format_money
from app.ui.roles import may_see


def query(path, sql: str, *params):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def last_marked_day(path) -> dt.date:
    """The demo's last day with roll calls (today may be a weekend)."""
    (day,), = query(path, "SELECT max(date) FROM attendance_marks WHERE deleted = 0")
    return dt.date.fromisoformat(day)


@pytest.fixture
def dashboard(main_window, school_file, qtbot) -> DashboardScreen:
    main_window.show()
    main_window.show_screen("dashboard")
    screen = main_window.dashboard
    qtbot.waitUntil(lambda: screen.dashboard is not None, timeout=20_000)
    day = last_marked_day(school_file)
    if screen.dashboard.day != day:
        with qtbot.waitSignal(screen.shown, timeout=20_000):
            screen.show_day(day)
    assert screen.dashboard.day == day and screen.day_edit.date().toPython() == day
    return screen


def click_chart(qtbot, view, x: float, y: float, series_index: int = 0) -> None:
    """Click where the value (x, y) of a series is drawn, as a person would."""
    chart = view.chart()
    series = chart.series()[series_index]
    scene_point = chart.mapToScene(chart.mapToPosition(QPointF(x, y), series))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(scene_point))


def test_only_the_principal_and_the_admin_have_the_dashboard():
    assert may_see("principal", "dashboard") and may_see("admin", "dashboard")
    assert not may_see("teacher", "dashboard") and not may_see("office", "dashboard")


def test_the_screen_shows_the_services_figures(dashboard, main_window, school_file):
    d = dashboard.dashboard
    with main_window.school.db.session() as s:
        again = school_dashboard(s, d.day)
    # A hand count of today's absences (daily marks of the kind absent) agrees with the service.
    (absent,), = query(school_file, """SELECT count(DISTINCT m.student_id) FROM attendance_marks m
        JOIN attendance_codes k ON k.code = m.code AND k.deleted = 0 JOIN students s ON s.id = m.student_id
        WHERE m.deleted = 0 AND s.deleted = 0 AND m.date = ? AND m.period = 0 AND k.kind = 'absent'""",
                       d.day.isoformat())
    assert len(again.today.absent) == absent > 0
    assert dashboard.absent_card.value.text() == format_count(absent)
    taken = len(again.today.sections) - len(again.today.not_registered)
    assert dashboard.registered_card.value.text() == f"{taken} of {len(again.today.sections)}"
    assert dashboard.rate_card.value.text() == f"{again.today.rate:.1f}%"
    assert dashboard.outstanding_card.value.text() == format_money(
        again.fees.outstanding_minor, again.currency, again.digits)
    term = next(c for c in again.fees.collections if c.label == "term")
    assert dashboard.term_card.value.text() == format_money(term.collected_minor, again.currency, again.digits)
    # The tables list what the service found, in its order.
    absent_view = dashboard.views["absent"]
    assert absent_view.model().rowCount() == absent
    assert [absent_view.model().index(r, 0).data() for r in range(absent)] == [a.name for a in again.today.absent]
    assert dashboard.views["chronic"].model().rowCount() == len(again.trends.chronic)
    assert dashboard.views["devices"].model().index(0, 5).data() == "This computer"
    # The trend chart has the school's line and one per grade level.
    names = [s.name() for s in dashboard.trend_chart.chart().series()]
    assert names[0] == "Whole school" and len(names) == 1 + len(again.trends.by_grade)


def test_every_chart_drills_down_to_the_list_behind_it(dashboard, qtbot):
    d = dashboard.dashboard
    opened = []
    dashboard.drilled.connect(opened.append)

    # A bar of today's attendance by grade: that grade's sections.
    grades = list(d.today.by_grade)
    taken = next(i for i, g in enumerate(grades) if d.today.by_grade[g])
    dashboard.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    click_chart(qtbot, dashboard.today_grade_chart, taken, d.today.by_grade[grades[taken]] / 2)
    assert opened, "clicking the bar opened nothing"
    dialog = opened[-1]
    expected = [s.name for s in d.today.sections if s.grade_level == grades[taken]]
    assert [dialog.view.model().index(r, 0).data() for r in range(dialog.view.model().rowCount())] == expected
    dialog.close()

    # A day on the trend line: each section's attendance that day.
    dashboard.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    last = len(d.trends.days) - 1
    click_chart(qtbot, dashboard.trend_chart, last, d.trends.school[last])
    dialog = opened[-1]
    assert dialog.windowTitle().startswith("Attendance on ")
    assert dialog.view.model().rowCount() == len(d.trends.section_days[d.trends.days[last]])
    dialog.close()

    # The collected bar of "This term": its payments, read on a worker.
    dashboard.tabs.setCurrentIndex(2)
    QApplication.processEvents()
    term = next(c for c in d.fees.collections if c.label == "term")
    click_chart(qtbot, dashboard.collection_chart, 2 - 0.2, term.collected_minor / 10**d.digits / 2)
    dialog = opened[-1]
    rows = dialog.view.model().rowCount()
    cancelled = sum(1 for r in range(rows) if dialog.view.model().index(r, 6).data() == "Cancelled")
    assert rows - cancelled == term.payments
    dialog.close()

    # A part of the grade distribution: the students with that grade in that subject.
    dashboard.tabs.setCurrentIndex(3)
    QApplication.processEvents()
    r = d.results
    subject = list(r.distribution)[0]
    first_grade = next(g for g in r.grades if r.distribution[subject][g])
    dashboard.distribution_chart.picked.emit((subject, first_grade))  # the stacked bar's own signal
    dialog = opened[-1]
    assert dialog.view.model().rowCount() == r.distribution[subject][first_grade]


def test_table_rows_drill_down_and_lists_export_to_csv_and_xlsx(dashboard, qtbot, tmp_path):
    from openpyxl import load_workbook

    d = dashboard.dashboard
    opened = []
    dashboard.drilled.connect(opened.append)
    # A section of today's table: its absent and late students.
    view = dashboard.views["sections"]
    section = next(s for s in d.today.sections if s.absent)
    row = next(r for r in range(view.model().rowCount()) if view.model().index(r, 0).data() == section.name)
    view.doubleClicked.emit(view.model().index(row, 0))
    dialog = opened[-1]
    names = {dialog.view.model().index(r, 1).data() for r in range(dialog.view.model().rowCount())}
    assert names == {a.name for a in d.today.absent + d.today.late if a.section_id == section.section_id}
    dialog.close()

    # The top defaulters' whole list, filtered, to CSV: what is on screen is what is written.
    dashboard.defaulters_panel.open_button.click()
    dialog = opened[-1]
    first = d.fees.top_defaulters[0]
    qtbot.keyClicks(dialog.filter, first.admission_no)
    assert dialog.view.model().rowCount() == 1
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_to(tmp_path / "owing.csv")
    with open(tmp_path / "owing.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][5] == f"Outstanding ({d.currency})"
    assert rows[1][0] == first.full_name
    assert Decimal(rows[1][5]) == Decimal(first.outstanding_minor).scaleb(-d.digits)
    dialog.filter.clear()
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_to(tmp_path / "owing.xlsx")
    ws = load_workbook(tmp_path / "owing.xlsx").active
    assert ws.max_row == 1 + len(d.fees.top_defaulters)
    assert Decimal(str(ws.cell(2, 6).value)) == Decimal(first.outstanding_minor).scaleb(-d.digits)

    # Every table in one workbook, a sheet each, numbers as numbers.
    with qtbot.waitSignal(dashboard.exported, timeout=20_000):
        dashboard.export_xlsx(tmp_path / "dashboard.xlsx")
    wb = load_workbook(tmp_path / "dashboard.xlsx")
    assert {"Absent today", "Chronic absentees", "Marks still owed", "Defaulters"} <= set(wb.sheetnames)
    sheet = wb["Chronic absentees"]
    assert sheet.max_row == 1 + len(d.trends.chronic)
    assert isinstance(sheet.cell(2, 6).value, float) and sheet.cell(2, 6).value < d.trends.threshold


def test_the_dashboard_prints_to_a_valid_pdf(dashboard, qtbot, tmp_path):
    path = tmp_path / "dashboard.pdf"
    with qtbot.waitSignal(dashboard.exported, timeout=30_000):
        dashboard.export_pdf(path)
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
    d = dashboard.dashboard
    for words in (f"Dashboard — {d.school_name}", "Chronic absentees", "Top defaulters", "Marks still owed",
                  "Devices and their last sync", d.today.absent[0].name):
        assert words in text, f"{words!r} is not in the PDF"
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")],
                   check=True)
    from PySide6.QtGui import QImage

    page = QImage(str(tmp_path / "page-1.png"))
    assert page.width() > 300 and page.height() > 400
    # The first chart is drawn: the page has plenty of the bars' green (not a blank rectangle).
    greens = sum(1 for x in range(0, page.width(), 2) for y in range(0, page.height(), 2)
                 if page.pixelColor(x, y).green() > page.pixelColor(x, y).red() + 40)
    assert greens > 200


def test_new_marks_from_a_sync_refresh_the_dashboard(dashboard, main_window, daftar, qtbot):
    from app.services.attendance import MarkEntry, take_roll_call

    d = dashboard.dashboard
    section = d.today.not_registered[0] if d.today.not_registered else None
    assert section is not None, "the demo school leaves some sections without a roll call today"
    db = main_window.school.db
    with db.write() as s:
        from app.services.attendance import load_roll_call

        actor = main_window.school.actor
        lines = load_roll_call(s, actor, section.section_id, d.day).lines
        take_roll_call(s, actor, section.section_id, d.day, {line.student_id: MarkEntry("A") for line in lines})
    with qtbot.waitSignal(dashboard.shown, timeout=10_000):
        for entity in ("students", "attendance_marks", "payments"):  # as a sync announces what it pulled
            daftar.hub.data_changed.emit(entity, [])
    after = dashboard.dashboard
    assert len(after.today.not_registered) == len(d.today.not_registered) - 1
    assert len(after.today.absent) == len(d.today.absent) + len(lines)
    assert dashboard.absent_card.value.text() == format_count(len(d.today.absent) + len(lines))


def test_right_to_left_charts_run_from_the_right(main_window, qtbot):
    main_window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    main_window.show()
    main_window.show_screen("dashboard")
    screen = main_window.dashboard
    qtbot.waitUntil(lambda: screen.dashboard is not None, timeout=20_000)
    screen.refresh()
    qtbot.waitUntil(lambda: screen.refresh_button.isEnabled(), timeout=20_000)
    chart = screen.trend_chart.chart()
    x_axis = chart.axes(Qt.Orientation.Horizontal)[0]
    y_axis = chart.axes(Qt.Orientation.Vertical)[0]
    assert x_axis.isReverse()
    assert y_axis.alignment() == Qt.AlignmentFlag.AlignRight
    doc = screen.pdf_document()
    assert doc.rtl
    screen.grab().save(str(main_window.school.path.parent / "rtl.png"))


def test_an_export_that_cannot_be_written_says_so_and_leaves_nothing(dashboard, qtbot, tmp_path):
    target = tmp_path / "no such folder" / "dashboard.pdf"
    dashboard.export_pdf(target)
    qtbot.waitUntil(lambda: bool(dashboard.export_error), timeout=20_000)
    assert dashboard.export_error.startswith("The dashboard could not be saved to ")
    assert dashboard.subtitle.text() == dashboard.export_error
    assert not target.parent.exists()


def test_the_freshness_tab_lists_each_device_and_what_still_waits(main_window, qtbot):
    """The devices the server listed at the last sync: who synced last, when, and changes still waiting."""
    import json

    from app.storage.models import SyncMeta

    with main_window.school.db.write() as s:
        s.merge(SyncMeta(key="devices", value=json.dumps([
            {"device_id": "tab-1", "name": "Grade 3 tablet", "device_code": "T3", "last_user_name": "Amina Teacher",
             "last_sync_at": "2026-11-20T07:30:00Z", "pending": 14},
            {"device_id": "lap-2", "name": "Office laptop", "device_code": "OF2", "last_user_name": None,
             "last_sync_at": None, "pending": None},
        ])))
    main_window.show()
    main_window.show_screen("dashboard")
    screen = main_window.dashboard
    qtbot.waitUntil(lambda: screen.dashboard is not None, timeout=20_000)
    screen.tabs.setCurrentIndex(4)
    model = screen.views["devices"].model()
    rows = {model.index(r, 1).data(): [model.index(r, c).data() for c in range(6)] for r in range(model.rowCount())}
    assert rows["T3"][0] == "Grade 3 tablet" and rows["T3"][2] == "Amina Teacher" and rows["T3"][4] == "14"
    assert rows["OF2"][3] == "—" and rows["OF2"][5] == "Never synced"
    assert any(row[5] == "This computer" for row in rows.values())
    note = screen.freshness_note.text()
    # The tablet waits with 14 changes; the office laptop and this local file never synced.
    assert "Changes are still waiting on 1 device" in note and "2 devices never synced" in note


def test_the_figures_as_of_another_day_picked_in_the_date_field(dashboard, school_file, qtbot):
    from PySide6.QtCore import QDate

    day = dashboard.dashboard.day
    (before,), = query(school_file, "SELECT max(date) FROM attendance_marks WHERE deleted = 0 AND date < ?",
                       day.isoformat())
    earlier = dt.date.fromisoformat(before)
    with qtbot.waitSignal(dashboard.shown, timeout=20_000):
        dashboard.day_edit.setDate(QDate(earlier.year, earlier.month, earlier.day))
    d = dashboard.dashboard
    assert d.day == earlier and d.trends.days[-1] == earlier
    (absent,), = query(school_file, """SELECT count(DISTINCT m.student_id) FROM attendance_marks m
        JOIN attendance_codes k ON k.code = m.code AND k.deleted = 0 JOIN students s ON s.id = m.student_id
        WHERE m.deleted = 0 AND s.deleted = 0 AND m.date = ? AND m.period = 0 AND k.kind = 'absent'""", before)
    assert dashboard.absent_card.value.text() == format_count(absent)
    # A sync's data_changed reads again for the same day, not back to today.
    with qtbot.waitSignal(dashboard.shown, timeout=10_000):
        dashboard.ctx.hub.data_changed.emit("attendance_marks", [])
    assert dashboard.dashboard.day == earlier


def test_a_day_made_a_holiday_shows_why_and_lists_no_section_as_missing(dashboard, main_window, qtbot):
    from app.storage.models import CalendarDay, School

    day = dashboard.dashboard.day
    taken = dashboard.dashboard.today.registered
    assert taken > 0
    with main_window.school.db.write() as s:
        s.add(CalendarDay(school_id=s.query(School).one().id, date=day, kind="holiday", name="Flood", version=1))
    with qtbot.waitSignal(dashboard.shown, timeout=10_000):
        dashboard.ctx.hub.data_changed.emit("school_calendar", [])  # as a sync that brought it says
    assert "is a holiday (Flood): no roll call is taken" in dashboard.registered_card.note.text()
    assert dashboard.registered_card.value.text().startswith(format_count(taken))
    assert dashboard.views["not_registered"].model().rowCount() == 0
    sections = dashboard.views["sections"].model()
    states = [sections.index(r, 6).data() for r in range(sections.rowCount())]
    assert states.count("Taken") == taken and "Not taken" not in states
