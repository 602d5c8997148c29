"""The Today screen shows what a hand count of the school file gives."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import QLocale, Qt

from app.services import fees
from app.services.context import Actor
from app.storage.models import School
from app.ui.formatting import format_count, format_money


def query(path, sql: str, *params):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def busiest_attendance_day(path) -> dt.date:
    (day,), = query(path, "SELECT max(date) FROM attendance_marks WHERE deleted = 0")
    return dt.date.fromisoformat(day)


def hand_count(path, day: dt.date) -> dict:
    d = day.isoformat()
    (enrolled,), = query(path, """
        SELECT count(DISTINCT e.student_id) FROM enrollments e
        JOIN students s ON s.id = e.student_id JOIN sections c ON c.id = e.section_id
        WHERE e.deleted = 0 AND s.deleted = 0 AND c.deleted = 0
          AND e.starts_on <= ? AND (e.ends_on IS NULL OR e.ends_on >= ?)""", d, d)
    (sections,), = query(path, """
        SELECT count(*) FROM sections c JOIN academic_years y ON y.id = c.academic_year_id
        WHERE c.deleted = 0 AND y.starts_on <= ? AND y.ends_on >= ?""", d, d)
    (taken,), = query(path, """
        SELECT count(DISTINCT m.section_id) FROM attendance_marks m
        JOIN students s ON s.id = m.student_id WHERE m.deleted = 0 AND s.deleted = 0 AND m.date = ?""", d)
    kinds = dict(query(path, """
        SELECT k.kind, count(DISTINCT m.student_id) FROM attendance_marks m
        JOIN attendance_codes k ON k.code = m.code AND k.deleted = 0
        JOIN students s ON s.id = m.student_id
        WHERE m.deleted = 0 AND s.deleted = 0 AND m.date = ? AND m.period = 0 GROUP BY k.kind""", d))
    (payments, total), = query(path, """
        SELECT count(*), coalesce(sum(p.amount_minor), 0) FROM payments p
        WHERE p.deleted = 0 AND p.received_on = ?
          AND p.id NOT IN (SELECT payment_id FROM payment_cancellations)""", d)
    (pending,), = query(path, "SELECT count(*) FROM outbox")
    return {
        "enrolled": enrolled, "sections": sections, "taken": taken,
        "present": kinds.get("present", 0) + kinds.get("late", 0), "absent": kinds.get("absent", 0),
        "payments": payments, "total": total, "pending": pending,
    }


@pytest.fixture
def today(main_window):
    main_window.show()
    assert main_window.current_screen_key() == "today"
    return main_window.today


def test_figures_match_a_hand_count_on_a_school_day(today, school_file):
    day = busiest_attendance_day(school_file)
    today.show_day(day)
    expected = hand_count(school_file, day)
    assert expected["taken"] > 0 and expected["present"] > 0

    assert today.enrolled_card.value.text() == format_count(expected["enrolled"])
    assert today.roll_call_card.value.text() == f"{format_count(expected['taken'])} of {format_count(expected['sections'])}"
    assert today.present_card.value.text() == format_count(expected["present"])
    assert today.absent_card.value.text() == format_count(expected["absent"])
    assert today.pending_card.value.text() == format_count(expected["pending"])
    assert today.subtitle.text() == QLocale().toString(day, QLocale.FormatType.LongFormat)
    # The table lists every section, those not taken first.
    model = today.roll_call_model
    assert model.rowCount() == expected["sections"]
    states = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert states.count("Taken") == expected["taken"]
    assert states == sorted(states, key=lambda s: s != "Not taken")


def test_payments_of_a_day_are_counted_and_totalled_in_the_school_currency(today, school_file):
    rows = query(school_file, """SELECT received_on FROM payments GROUP BY received_on
                                 ORDER BY count(*) DESC LIMIT 1""")
    assert rows, "the demo school has payments"
    day = dt.date.fromisoformat(rows[0][0])
    today.show_day(day)
    expected = hand_count(school_file, day)
    (currency, digits), = query(school_file, "SELECT currency, currency_digits FROM schools")
    assert expected["payments"] > 0
    assert today.payments_card.value.text() == format_money(expected["total"], currency, digits)
    assert today.payments_card.note.text().startswith(format_count(expected["payments"]))


def test_moving_a_day_back_and_returning_to_today(today, qtbot):
    first = today.overview.day
    qtbot.mouseClick(today.previous_day, Qt.MouseButton.LeftButton)
    assert today.overview.day == first - dt.timedelta(days=1)
    assert today.date_edit.date().toPython() == first - dt.timedelta(days=1)
    qtbot.mouseClick(today.today_button, Qt.MouseButton.LeftButton)
    assert today.overview.day == first


def test_a_new_payment_updates_today_and_the_status_bar_on_data_changed(today, main_window, daftar):
    db = main_window.school.db
    with db.session() as s:
        school = s.query(School).one()
        student_id = s.execute(
            __import__("sqlalchemy").text("SELECT id FROM students WHERE deleted = 0 LIMIT 1")
        ).scalar_one()
    day = today.overview.day
    before = today.overview
    with db.write() as s:
        office = Actor(user_id=None, role="office", device_id="dev-test", school_id=school.id)
        from app.storage.models import DeviceIdentity

        if s.query(DeviceIdentity).first() is None:
            s.add(DeviceIdentity(device_id="dev-test", device_code="T1", school_code=school.code))
            s.flush()
        payment = fees.record_payment(s, office, student_id, 12_345, "cash", received_on=day)
    daftar.hub.data_changed.emit("payments", [payment.id])
    after = today.overview
    assert after.payments_count == before.payments_count + 1
    assert after.payments_total_minor == before.payments_total_minor + 12_345
    assert after.pending_changes > before.pending_changes
    n = after.pending_changes
    assert main_window.pending_label.text() == (
        "1 change waiting to sync" if n == 1 else f"{format_count(n)} changes waiting to sync"
    )


def test_a_weekend_day_and_a_holiday_say_why_there_is_no_roll_call_and_miss_no_section(today, main_window,
                                                                                    school_file):
    from app.storage.models import CalendarDay

    with main_window.school.db.session() as s:
        school = s.query(School).one()
        weekend = sorted(school.weekend_days)
    assert weekend, "the demo school has a weekend"
    saturday = today.overview.day
    while saturday.weekday() != weekend[0]:
        saturday -= dt.timedelta(days=1)
    today.show_day(saturday)
    assert "weekend day at this school" in today.roll_call_card.note.text()
    model = today.roll_call_model
    states = {model.index(r, 3).data() for r in range(model.rowCount())}
    assert states == {"No roll call"}

    # Roll calls were taken on the busiest day; then it became a holiday. They still count, and none is missing.
    day = busiest_attendance_day(school_file)
    taken = hand_count(school_file, day)["taken"]
    with main_window.school.db.write() as s:
        s.add(CalendarDay(school_id=school.id, date=day, kind="holiday", name="Flood", version=1))
    today.show_day(day)
    assert "is a holiday (Flood): no roll call is taken" in today.roll_call_card.note.text()
    assert today.roll_call_card.value.text().startswith(format_count(taken))
    states = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert states.count("Taken") == taken and "Not taken" not in states
