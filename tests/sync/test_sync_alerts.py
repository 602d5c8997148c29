"""Absence alerts end to end: queued with the roll call, sent once by the server, seen as sent."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.services.attendance import MarkEntry, take_roll_call
from app.storage.models import RejectedChange
from server.alerts import GRACE_PERIOD, LoggingSender, send_due_alerts


def last_school_day() -> dt.date:
    day = dt.datetime.now(dt.UTC).date()
    while day.weekday() >= 5:  # the server school's weekend
        day -= dt.timedelta(days=1)
    return day


DAY = last_school_day()


def after_grace() -> dt.datetime:
    return dt.datetime.now(dt.UTC) + GRACE_PERIOD + dt.timedelta(minutes=1)


def alerts_by_student(device) -> dict[str, dict]:
    return {a["student_id"]: a for a in device.rows("guardian_alerts").values()}


def test_an_absence_is_alerted_once_and_the_device_sees_it_sent(server_school, devices):
    ids = server_school.ids
    teacher = devices(server_school, "teacher1")
    roll = {ids["student1"]: MarkEntry("P"), ids["student2"]: MarkEntry("A"), ids["student3"]: MarkEntry("A")}
    result = teacher.write(take_roll_call, ids["sec_a"], DAY, roll)
    assert result.alerts_queued == 2
    assert teacher.sync().ok
    # Student 3 came in late, within the grace period: the correction cancels their alert.
    result = teacher.write(take_roll_call, ids["sec_a"], DAY, {ids["student3"]: MarkEntry("L", "9:20")})
    assert result.alerts_cancelled == 1
    assert teacher.sync().ok

    sender = LoggingSender()
    report = send_due_alerts(server_school.engine, sender, now=after_grace())
    assert report.sent == 1
    assert [(channel, recipient) for channel, recipient, _ in sender.sent] == [("sms", "+923000000002")]
    assert "Student2 Test" in sender.sent[0][2] and "absent" in sender.sent[0][2]
    assert send_due_alerts(server_school.engine, sender, now=after_grace()).sent == 0
    assert len(sender.sent) == 1

    assert teacher.sync().ok
    alerts = alerts_by_student(teacher)
    assert alerts[ids["student2"]]["status"] == "sent" and alerts[ids["student2"]]["sent_at"] is not None
    assert alerts[ids["student3"]]["status"] == "cancelled"
    principal = devices(server_school, "principal")
    assert alerts_by_student(principal)[ids["student2"]]["status"] == "sent"


def test_cancelling_an_alert_already_sent_is_refused_with_the_reason(server_school, devices):
    ids = server_school.ids
    teacher = devices(server_school, "teacher1")
    teacher.write(take_roll_call, ids["sec_a"], DAY, {ids["student1"]: MarkEntry("A")})
    assert teacher.sync().ok
    assert send_due_alerts(server_school.engine, LoggingSender(), now=after_grace()).sent == 1
    # Offline, the teacher corrects the mark before hearing that the alert went.
    result = teacher.write(take_roll_call, ids["sec_a"], DAY, {ids["student1"]: MarkEntry("P")})
    assert result.alerts_cancelled == 1
    report = teacher.sync()
    with teacher.db.session() as s:
        reasons = [r.reason for r in s.execute(select(RejectedChange)).scalars()]
    assert any("already sent to the guardian" in r for r in reasons), (reasons, report.describe())
    assert teacher.sync().ok
    assert alerts_by_student(teacher)[ids["student1"]]["status"] == "sent"
