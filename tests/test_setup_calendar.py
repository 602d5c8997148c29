"""The rules for holidays, weekends and the school's attendance settings (app/services/setup.py), on a real
school file: each refusal says what to change; nothing is written here (the server decides them)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services import setup
from app.services.context import ServiceError
from app.storage.models import CalendarDay
from tests.test_setup import outbox

RULES = {"attendance_mode": "daily", "periods_per_day": 1, "attendance_edit_days": 7, "chronic_absence_percent": 90,
         "show_class_position": True}


def test_holidays_leave_weekends_out_and_refuse_days_already_in_the_calendar(school):
    with school.db.session() as s:
        days = setup.check_holidays(s, first="2027-12-23", last=dt.date(2027, 12, 28), kind="holiday",
                                    name="Winter break", weekend_days=[5, 6])
        assert days == [dt.date(2027, 12, d) for d in (23, 24, 27, 28)]
        # A Friday weekend: Saturday and Sunday are school days then.
        assert len(setup.check_holidays(s, first="2027-12-23", last="2027-12-28", kind="closed", name="",
                                        weekend_days=[4])) == 5
    with school.db.write() as s:
        s.add(CalendarDay(school_id=school.school.id, date=dt.date(2027, 12, 27), kind="holiday", name="", version=1))
    with school.db.session() as s, pytest.raises(ServiceError, match="already in the calendar"):
        setup.check_holidays(s, first="2027-12-23", last="2027-12-28", kind="holiday", name="",
                             weekend_days=[5, 6])
    assert outbox(school) == []


def test_days_with_roll_calls_are_named_before_they_become_holidays(school):
    from app.services.attendance import MarkEntry, mark_attendance

    marked = [dt.date(2026, 11, 9), dt.date(2026, 11, 11)]  # a Monday and a Wednesday
    with school.db.write() as s:
        for day in marked:
            mark_attendance(s, school.principal, school.section.id, day, {school.students[0].id: MarkEntry("P")})
    week = [dt.date(2026, 11, 9) + dt.timedelta(days=i) for i in range(5)]
    with school.db.session() as s:
        with pytest.raises(setup.RollCallsTaken) as told:
            setup.check_no_roll_calls(s, week)
        assert "the first: 2026-11-09; days with roll calls: 2" in str(told.value)
        assert "Their marks are kept" in str(told.value)
        setup.check_no_roll_calls(s, [dt.date(2026, 11, 10), dt.date(2026, 11, 12)])  # the days between: none
        setup.check_no_roll_calls(s, [])
    # A roll call taken back (its marks deleted) no longer counts.
    from sqlalchemy import update

    from app.storage.models import AttendanceMark

    with school.db.write() as s:
        s.execute(update(AttendanceMark).where(AttendanceMark.date == marked[0]).values(deleted=True))
    with school.db.session() as s, pytest.raises(setup.RollCallsTaken, match="the first: 2026-11-11; days with "
                                                                            "roll calls: 1"):
        setup.check_no_roll_calls(s, week)


@pytest.mark.parametrize(("first", "last", "kind", "name", "words"), [
    ("2027-12-28", "2027-12-23", "holiday", "", "comes before the first"),
    ("2027-01-01", "2028-01-02", "holiday", "", "At most 366 days"),
    ("2027-12-25", "2027-12-26", "holiday", "", "all weekend days"),  # a Saturday and a Sunday
    ("2027-12-23", "2027-12-23", "vacation", "", "holiday or a closed day"),
    ("2027-12-23", "2027-12-23", "holiday", "x" * 101, "too long"),
    ("23/12/2027", "2027-12-23", "holiday", "", "not a date"),
])
def test_a_run_of_holidays_that_cannot_be_is_refused_in_words(school, first, last, kind, name, words):
    with school.db.session() as s, pytest.raises(ServiceError, match=words):
        setup.check_holidays(s, first=first, last=last, kind=kind, name=name, weekend_days=[5, 6])


def test_weekend_days_are_weekdays_each_once_and_leave_a_school_day():
    assert setup.check_weekend_days([6, 4, 4]) == [4, 6]
    assert setup.check_weekend_days([]) == []
    with pytest.raises(ServiceError, match="at least one day"):
        setup.check_weekend_days(range(7))
    with pytest.raises(ServiceError, match="days of the week"):
        setup.check_weekend_days([7])


@pytest.mark.parametrize(("change", "words"), [
    ({"attendance_mode": "hourly"}, "once a day or every period"),
    ({"periods_per_day": 0}, "number of periods a day is a whole number from 1 to 12"),
    ({"periods_per_day": 13}, "from 1 to 12"),
    ({"attendance_edit_days": -1}, "from 0 to 365"),
    ({"chronic_absence_percent": 101}, "chronic-absence threshold is a whole number from 1 to 100"),
    ({"chronic_absence_percent": 0}, "from 1 to 100"),
])
def test_the_attendance_rules_out_of_range_are_refused_in_words(change, words):
    with pytest.raises(ServiceError, match=words):
        setup.check_attendance_rules(**{**RULES, **change})


def test_the_attendance_rules_in_range_are_the_fields_for_the_server():
    fields = setup.check_attendance_rules(**{**RULES, "attendance_mode": "period", "periods_per_day": 8,
                                             "attendance_edit_days": 0, "show_class_position": False})
    assert fields == {"attendance_mode": "period", "periods_per_day": 8, "attendance_edit_days": 0,
                      "chronic_absence_percent": 90, "show_class_position": False}
