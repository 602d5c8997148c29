"""The server refuses attendance on the school's weekend days, as the device does, with the reason in words.

Dates are chosen relative to the real today (the server's edit window is
real), so the tests pass whatever day of the week they run on.
"""

from __future__ import annotations

import datetime as dt

from server.engine import weekend_refusal
from tests.server.conftest import attendance, uid


def _latest(weekday: int, *, before: dt.date | None = None) -> dt.date:
    """The latest ``weekday`` (Monday 0) on or before ``before`` (today): at most six days back."""
    day = before or dt.datetime.now(dt.UTC).date()
    while day.weekday() != weekday:
        day -= dt.timedelta(days=1)
    return day


def _set_weekend(school, client, days: list[int]) -> None:
    admin = school.login(client, "admin")
    result = admin.push_one("schools", school.id, {"weekend_days": days})
    assert result["status"] == "applied", result


def _marks(session, school) -> dict[str, dict]:
    return {r["data"]["date"]: r["data"] for r in session.rows().get("attendance_marks", {}).values()}


def test_a_friday_weekend_refuses_a_teacher_mark_and_keeps_nothing(client, school):
    _set_weekend(school, client, [4])  # a school whose weekend is Friday
    friday = _latest(4)
    thursday = friday - dt.timedelta(days=1)
    teacher = school.login(client, "teacher1")

    refused = teacher.push_one("attendance_marks", uid(),
                               attendance(school, "student1", "sec_a", date=friday.isoformat()))
    assert refused["status"] == "rejected"
    assert refused["reason"] == (f"Friday {friday.isoformat()} is a weekend day at this school: "
                                 "no attendance is taken.")
    applied = teacher.push_one("attendance_marks", uid(),
                               attendance(school, "student1", "sec_a", date=thursday.isoformat(), code="A"))
    assert applied["status"] == "applied", applied

    principal = school.login(client, "principal")
    marks = _marks(principal, school)
    assert friday.isoformat() not in marks
    assert marks[thursday.isoformat()]["code"] == "A"


def test_the_weekend_binds_the_office_and_principal_too_and_follows_the_setting(client, school):
    _set_weekend(school, client, [5, 6])
    saturday = _latest(5)
    principal = school.login(client, "principal")
    refused = principal.push_one("attendance_marks", uid(),
                                 attendance(school, "student3", "sec_b", date=saturday.isoformat()))
    assert refused["status"] == "rejected"
    assert "is a weekend day at this school" in refused["reason"]

    # The school changes its weekend: the same day can be marked.
    _set_weekend(school, client, [4])
    applied = principal.push_one("attendance_marks", uid(),
                                 attendance(school, "student3", "sec_b", date=saturday.isoformat()))
    assert applied["status"] == "applied", applied
    assert _marks(principal, school)[saturday.isoformat()]["code"] == "P"


def test_changing_a_mark_onto_a_weekend_is_refused_and_the_mark_stays(client, school):
    _set_weekend(school, client, [6])  # Sunday
    sunday = _latest(6)
    monday_before = sunday - dt.timedelta(days=6)
    office = school.login(client, "office")
    mark_id = uid()
    first = office.push_one("attendance_marks", mark_id,
                            attendance(school, "student1", "sec_a", date=monday_before.isoformat()))
    assert first["status"] == "applied", first
    moved = office.push_one("attendance_marks", mark_id, {"date": sunday.isoformat()},
                            base_version=first["version"])
    assert moved["status"] == "rejected"
    assert moved["reason"].startswith(f"Sunday {sunday.isoformat()} is a weekend day")
    assert set(_marks(office, school)) == {monday_before.isoformat()}


def test_the_rule_reads_the_setting_as_stored():
    assert weekend_refusal("2026-11-28", [5, 6]) == (
        "Saturday 2026-11-28 is a weekend day at this school: no attendance is taken.")
    assert weekend_refusal("2026-11-27", "[4]").startswith("Friday 2026-11-27")
    assert weekend_refusal("2026-11-30", [5, 6]) is None  # a Monday
    assert weekend_refusal("2026-11-28", []) is None
    assert weekend_refusal("2026-11-28", None) is None
    assert weekend_refusal("not a date", [5, 6]) is None  # the date field's own check answers that
