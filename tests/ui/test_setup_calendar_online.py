"""Holidays, weekends and the attendance rules set on the Setup screen, against the real server on 127.0.0.1.

The admin sets them on the screen; the server keeps them (and checks them
again), and the sync brings them back to this computer, where the roll call
then refuses the new holidays and weekend days. Working offline, the same
changes are refused in words and the server is unchanged.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from app.services.attendance import check_school_day
from app.services.context import ServiceError
from app.storage.models import CalendarDay, School
from app.sync.client import ServerClient
from app.ui.setup.admin_api import AdminApi, AdminRefused
from tests.sync.conftest import PASSWORD
from tests.ui.test_setup_online import admin_window, closed, open_page, server_rows, settle  # noqa: F401

#: A fortnight in a future winter: Monday 2027-12-20 to Sunday 2028-01-02.
BREAK_FIRST, BREAK_LAST = dt.date(2027, 12, 20), dt.date(2028, 1, 2)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def live_days(live, school_id: str) -> dict[str, dict]:
    return {r["date"]: r for r in server_rows(live, "school_calendar", school_id) if not r["deleted"]}


def local_days(window) -> dict[dt.date, str]:
    with window.school.db.session() as s:
        return dict(s.execute(select(CalendarDay.date, CalendarDay.name).where(CalendarDay.deleted.is_(False))).all())


def test_the_weekend_and_a_winter_break_set_on_the_screen_reach_the_server_and_the_roll_call(
        admin_window, live, qtbot):
    window = admin_window
    school = window.school_on_server
    page = open_page(qtbot, window, "holidays")
    assert not any(c.isChecked() for c in page.weekend_checks)  # the test school has no weekend

    # A Friday-and-Saturday weekend.
    page.weekend_checks[4].setChecked(True)
    page.weekend_checks[5].setChecked(True)
    qtbot.mouseClick(page.save_weekend_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved on the school's server" in page.status.text(), timeout=15_000)
    assert server_rows(live, "schools", school.id)[0]["weekend_days"] == [4, 5]
    settle(qtbot, window)

    # The winter break: the Fridays and Saturdays in it are weekend days, left out.
    dialog = page.add_days()
    dialog.first_edit.setDate(_qdate(BREAK_FIRST))
    dialog.last_edit.setDate(_qdate(BREAK_LAST))
    qtbot.keyClicks(dialog.name_edit, "Winter break")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog), timeout=15_000)
    expected = [BREAK_FIRST + dt.timedelta(days=i) for i in range(14)]
    expected = [d for d in expected if d.weekday() not in (4, 5)]
    on_server = live_days(live, school.id)
    assert sorted(on_server) == [d.isoformat() for d in expected]
    assert {(r["kind"], r["name"]) for r in on_server.values()} == {("holiday", "Winter break")}
    # ...and they come back to this computer by the sync the save started.
    qtbot.waitUntil(lambda: len(page.days.rows) == len(expected), timeout=20_000)
    settle(qtbot, window)
    assert local_days(window) == {d: "Winter break" for d in expected}

    # The roll call on this computer now refuses a day of the break and a weekend day, with the reason.
    with window.school.db.session() as s:
        assert s.execute(select(School.weekend_days)).scalar_one() == [4, 5]
        with pytest.raises(ServiceError, match="Winter break"):
            check_school_day(s, dt.date(2027, 12, 22))
        with pytest.raises(ServiceError, match="weekend day"):
            check_school_day(s, dt.date(2027, 12, 17))  # a Friday

    # A day already in the calendar is refused in the dialog, before the server is asked.
    again = page.add_days()
    again.first_edit.setDate(_qdate(dt.date(2027, 12, 27)))
    again.last_edit.setDate(_qdate(dt.date(2027, 12, 27)))
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already in the calendar" in again.error.text(), timeout=10_000)
    again.close()

    # Two days removed (chosen together in the table), then one of them added back as a closed day.
    view = page.days_view
    model = view.model()
    rows = {model.index(r, 0).data(0x0101)["date"]: r for r in range(model.rowCount())}
    selection = view.selectionModel()
    for day in (dt.date(2027, 12, 27), dt.date(2027, 12, 28)):
        selection.select(model.index(rows[day], 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    page.remove_days()
    qtbot.waitUntil(lambda: "Taken off the calendar" in page.status.text(), timeout=15_000)
    assert {"2027-12-27", "2027-12-28"}.isdisjoint(live_days(live, school.id))
    qtbot.waitUntil(lambda: dt.date(2027, 12, 27) not in local_days(window), timeout=20_000)
    settle(qtbot, window)
    assert len(local_days(window)) == len(expected) - 2

    closed_day = page.add_days()
    closed_day.first_edit.setDate(_qdate(dt.date(2027, 12, 27)))
    closed_day.last_edit.setDate(_qdate(dt.date(2027, 12, 27)))
    closed_day.kind_combo.setCurrentIndex(closed_day.kind_combo.findData("closed"))
    qtbot.keyClicks(closed_day.name_edit, "Fog")
    qtbot.mouseClick(closed_day.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(closed_day), timeout=15_000)
    qtbot.waitUntil(lambda: local_days(window).get(dt.date(2027, 12, 27)) == "Fog", timeout=20_000)
    settle(qtbot, window)
    assert window.sync.status.pending == 0 and not window.sync.status.last_error


def test_the_attendance_rules_set_on_the_school_page_are_kept_by_the_server_and_come_back(
        admin_window, live, qtbot):
    window = admin_window
    school = window.school_on_server
    page = open_page(qtbot, window, "school")
    page.mode_combo.setCurrentIndex(page.mode_combo.findData("period"))
    page.periods_spin.setValue(6)
    page.edit_days_spin.setValue(3)
    page.chronic_spin.setValue(85)
    page.position_check.setChecked(False)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved on the school's server" in page.status.text(), timeout=15_000)
    row = server_rows(live, "schools", school.id)[0]
    assert (row["attendance_mode"], row["periods_per_day"], row["attendance_edit_days"],
            row["chronic_absence_percent"], row["show_class_position"]) == ("period", 6, 3, 85, False)
    qtbot.waitUntil(lambda: (page.data or {}).get("chronic_absence_percent") == 85, timeout=20_000)
    settle(qtbot, window)
    with window.school.db.session() as s:
        assert s.execute(select(School.attendance_mode, School.periods_per_day, School.attendance_edit_days,
                                School.chronic_absence_percent, School.show_class_position)).one() == (
            "period", 6, 3, 85, False)
    assert not page.has_unsaved_edits()


def test_the_server_checks_the_rules_again_and_adds_a_run_of_days_all_or_none(admin_window, live):
    school = admin_window.school_on_server
    with ServerClient(live.base) as client:
        client.login(school.code, "admin", PASSWORD)
        api = AdminApi(client)
        for fields, words in (({"chronic_absence_percent": 0}, "from 1 to 100"),
                              ({"attendance_edit_days": -1}, "from 0 to 365"),
                              ({"periods_per_day": 40}, "from 1 to 12"),
                              ({"weekend_days": [0, 1, 2, 3, 4, 5, 6]}, "at least one day"),
                              ({"weekend_days": [5, 5]}, "each once"),
                              ({"weekend_days": [7]}, "Monday 0 to Sunday 6"),
                              ({"attendance_mode": "hourly"}, "daily, period")):
            with pytest.raises(AdminRefused, match=words):
                api.change_school(fields)
        row = server_rows(live, "schools", school.id)[0]
        assert (row["chronic_absence_percent"], row["attendance_edit_days"], row["weekend_days"]) == (90, 7, [])

        api.add_holidays(first="2028-03-23", last="2028-03-23", kind="holiday", name="Pakistan Day")
        # A run that holds a day already in the calendar adds nothing at all.
        with pytest.raises(AdminRefused, match="Already in the school's calendar: 2028-03-23"):
            api.add_holidays(first="2028-03-20", last="2028-03-24", kind="holiday", name="Spring break")
        assert sorted(live_days(live, school.id)) == ["2028-03-23"]
        with pytest.raises(AdminRefused, match="comes before"):
            api.add_holidays(first="2028-03-24", last="2028-03-20", kind="holiday", name="")


def test_working_offline_holidays_and_the_weekend_are_refused_and_the_server_is_unchanged(admin_window, live, qtbot):
    window = admin_window
    school = window.school_on_server
    window.work_offline_action.trigger()
    page = open_page(qtbot, window, "holidays")
    page.weekend_checks[6].setChecked(True)
    qtbot.mouseClick(page.save_weekend_button, Qt.MouseButton.LeftButton)
    assert "working offline" in page.status.text() and "Nothing was changed" in page.status.text()
    dialog = page.add_days()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "working offline" in dialog.error.text()
    assert server_rows(live, "schools", school.id)[0]["weekend_days"] == []
    assert live_days(live, school.id) == {}
    assert page.weekend_checks[6].isChecked()  # what the admin chose stays on the page
    window.work_offline_action.trigger()


def test_days_that_already_have_roll_calls_are_added_only_once_the_admin_has_been_told(
        admin_window, live, qtbot, tmp_path):
    from app.services.attendance import MarkEntry, mark_attendance
    from app.storage.models import AttendanceMark
    from tests.sync.conftest import TODAY, Device

    window = admin_window
    school = window.school_on_server
    marked_day = TODAY - dt.timedelta(days=2)
    teacher = Device(tmp_path / "teacher", school, "teacher1")
    try:
        teacher.write(mark_attendance, school.ids["sec_a"], marked_day,
                      {school.ids[f"student{i}"]: MarkEntry("P" if i != 2 else "A") for i in (1, 2, 3)})
        assert teacher.sync().pushed == 3
    finally:
        teacher.close()

    def marks_here() -> list[tuple]:
        with window.school.db.session() as s:
            return s.execute(select(AttendanceMark.student_id, AttendanceMark.code).where(
                AttendanceMark.date == marked_day, AttendanceMark.deleted.is_(False)).order_by(
                AttendanceMark.student_id)).all()

    window.sync.sync_now()
    qtbot.waitUntil(lambda: len(marks_here()) == 3, timeout=20_000)
    settle(qtbot, window)
    kept = marks_here()

    page = open_page(qtbot, window, "holidays")
    dialog = page.add_days()
    dialog.first_edit.setDate(_qdate(marked_day - dt.timedelta(days=1)))
    dialog.last_edit.setDate(_qdate(marked_day + dt.timedelta(days=1)))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("closed"))
    qtbot.keyClicks(dialog.name_edit, "Flood")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Roll calls were already taken" in dialog.error.text(), timeout=10_000)
    told = dialog.error.text()
    assert "days with roll calls: 1" in told and "Their marks are kept" in told and "Press Save again" in told
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    # Shown whole: the dialog grew for the lines, and the form above them kept its height.
    assert dialog.error.height() >= dialog.error.heightForWidth(dialog.error.width())
    assert dialog.name_edit.height() >= dialog.name_edit.sizeHint().height()
    assert live_days(live, school.id) == {}  # nothing was asked of the server yet

    # Other days: asked again, and days with no roll call go through at once.
    dialog.first_edit.setDate(_qdate(marked_day + dt.timedelta(days=30)))
    dialog.last_edit.setDate(_qdate(marked_day + dt.timedelta(days=30)))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog), timeout=15_000)
    assert sorted(live_days(live, school.id)) == [(marked_day + dt.timedelta(days=30)).isoformat()]
    settle(qtbot, window)

    # The same days twice: the second Save adds them, and the marks stay on this computer and the server.
    again = page.add_days()
    again.first_edit.setDate(_qdate(marked_day - dt.timedelta(days=1)))
    again.last_edit.setDate(_qdate(marked_day + dt.timedelta(days=1)))
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Roll calls were already taken" in again.error.text(), timeout=10_000)
    assert live_days(live, school.id).keys() == {(marked_day + dt.timedelta(days=30)).isoformat()}
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(again), timeout=15_000)
    assert marked_day.isoformat() in live_days(live, school.id)
    qtbot.waitUntil(lambda: marked_day in local_days(window), timeout=20_000)
    settle(qtbot, window)
    assert marks_here() == kept
    assert len([r for r in server_rows(live, "attendance_marks", school.id)
                if str(r["date"]) == marked_day.isoformat() and not r["deleted"]]) == 3
