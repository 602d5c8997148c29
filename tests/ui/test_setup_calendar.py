"""Setup → Holidays & weekends, and the attendance rules on Setup → School, with no server (pytest-qt, offscreen).

What the page shows is read from the school file; every change is the
server's to make, so here (nobody signed in to a server) each one is refused
in words and the file and its outbox stay as they were. The rules that need
no server are told first, before anything is sent.
tests/ui/test_setup_calendar_online.py does the online half.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from sqlalchemy import select, text

from app.storage.models import CalendarDay, School
from tests.ui.test_setup_screen import admin_id, ctx, outbox, screen, type_into  # noqa: F401 - fixtures


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def test_the_page_shows_the_weekend_and_the_holidays_of_the_school_file(screen, school, qtbot):
    with school.db.write() as s:
        s.execute(text("UPDATE schools SET weekend_days = '[4]'"))  # a Friday weekend
        s.add(CalendarDay(school_id=school.school.id, date=dt.date(2026, 12, 25), kind="holiday",
                          name="Quaid-e-Azam Day", version=3))
        s.add(CalendarDay(school_id=school.school.id, date=dt.date(2026, 12, 28), kind="closed",
                          name="Fog", version=4))
    page = screen.show_page("holidays")
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    assert [c.isChecked() for c in page.weekend_checks] == [False, False, False, False, True, False, False]
    assert page.weekend_checks[4].text() == "Friday"
    model = page.days_view.model()
    shown = [[model.index(r, c).data() for c in (1, 2, 3)] for r in range(model.rowCount())]
    assert shown == [["Friday", "Holiday", "Quaid-e-Azam Day"], ["Monday", "Closed day", "Fog"]]


def test_a_weekend_of_every_day_is_refused_before_the_server_is_asked(screen, school, qtbot):
    page = screen.show_page("holidays")
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    for check in page.weekend_checks:
        check.setChecked(True)
    qtbot.mouseClick(page.save_weekend_button, Qt.MouseButton.LeftButton)
    assert "at least one day of the week that is not a weekend day" in page.status.text()
    # A real weekend is the server's to keep: without one, refused in words, nothing changed.
    for weekday, check in enumerate(page.weekend_checks):
        check.setChecked(weekday == 4)
    qtbot.mouseClick(page.save_weekend_button, Qt.MouseButton.LeftButton)
    assert "not signed in to the school's server" in page.status.text()
    with school.db.session() as s:
        assert s.execute(select(School.weekend_days)).scalar_one() == [5, 6]
    assert outbox(school) == []


def test_holidays_are_refused_without_a_server_and_nothing_changes(screen, school, qtbot):
    page = screen.show_page("holidays")
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    dialog = page.add_days()
    dialog.first_edit.setDate(_qdate(dt.date(2026, 12, 21)))
    dialog.last_edit.setDate(_qdate(dt.date(2027, 1, 1)))
    type_into(qtbot, dialog.name_edit, "Winter break")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "not signed in to the school's server" in dialog.error.text()
    assert "Nothing was changed" in dialog.error.text()
    with school.db.session() as s:
        assert s.execute(select(CalendarDay.id)).first() is None
    assert outbox(school) == []


def test_choosing_days_to_remove_is_asked_for_first(screen, qtbot):
    page = screen.show_page("holidays")
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    page.remove_days()
    assert "Choose the days to remove" in page.status.text()


def test_the_school_page_shows_the_attendance_rules_and_keeps_them_for_the_server(screen, school, ctx, qtbot):
    page = screen.show_page("school")
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    assert page.mode_combo.currentData() == "daily" and not page.periods_spin.isEnabled()
    with school.db.write() as s:  # as a pull from the server would write them
        s.execute(text("UPDATE schools SET attendance_mode = 'period', periods_per_day = 6, "
                       "attendance_edit_days = 3, chronic_absence_percent = 85, show_class_position = 0"))
    ctx.hub.data_changed.emit("schools", [])
    assert page.mode_combo.currentData() == "period" and page.periods_spin.isEnabled()
    assert (page.periods_spin.value(), page.edit_days_spin.value(), page.chronic_spin.value()) == (6, 3, 85)
    assert not page.position_check.isChecked()
    assert not page.has_unsaved_edits()

    page.mode_combo.setCurrentIndex(page.mode_combo.findData("daily"))
    assert not page.periods_spin.isEnabled()
    page.chronic_spin.setValue(80)
    assert page.has_unsaved_edits()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "not signed in to the school's server" in page.status.text()
    with school.db.session() as s:
        assert s.execute(select(School.attendance_mode, School.chronic_absence_percent)).one() == ("period", 85)
    assert outbox(school) == []
    assert page.chronic_spin.value() == 80  # what was typed stays on the page


def test_the_principal_reads_the_holidays_and_rules_but_cannot_change_them(school, ctx, qtbot):  # noqa: F811
    from app.ui.setup import SetupScreen
    from tests.ui.test_setup_screen import open_as

    principal = SetupScreen(ctx, open_as(school, school.principal.user_id, "principal"))
    qtbot.addWidget(principal)
    principal.show()
    page = principal.show_page("holidays")
    assert not any(c.isEnabled() for c in page.weekend_checks)
    assert not page.save_weekend_button.isEnabled()
    assert page.edit_buttons and not any(b.isEnabled() for b in page.edit_buttons)
    details = principal.show_page("school")
    assert not details.mode_combo.isEnabled() and not details.position_check.isEnabled()
    assert details.chronic_spin.isReadOnly() and details.edit_days_spin.isReadOnly()
