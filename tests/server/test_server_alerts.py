"""Guardian alerts on the server: sent once after the grace period, never undone, holidays refused."""

from __future__ import annotations

import datetime as dt
import threading

from sqlalchemy import select

from server.alerts import GRACE_PERIOD, LoggingSender, send_due_alerts
from server.models import T
from tests.server.conftest import attendance, now_ts, today, uid


def alert(school, student: str, section: str, *, status: str = "queued", created_at: str | None = None,
          mark_id: str | None = None) -> dict:
    return {"school_id": school.id, "student_id": school.ids[student], "section_id": school.ids[section],
            "mark_id": mark_id, "date": today(), "channel": "sms", "recipient": "+92 300 0000001",
            "message": f"{student} was marked absent on {today()}.", "status": status,
            "created_at": created_at or now_ts(), "created_by": None, "device_id": "dev", "sent_at": None}


def stored(server_app, alert_id: str) -> dict:
    table = T["guardian_alerts"]
    with server_app.state.engine.connect() as conn:
        return dict(conn.execute(select(table).where(table.c.id == alert_id)).mappings().one())


def later() -> dt.datetime:
    return dt.datetime.now(dt.UTC) + GRACE_PERIOD + dt.timedelta(minutes=1)


class FailingSender:
    def send(self, channel, recipient, message):
        raise ConnectionError("the SMS gateway did not answer")


def test_an_alert_is_sent_once_after_the_grace_period_and_devices_see_it(client, school, server_app):
    teacher = school.login(client, "teacher1")
    mark_id, alert_id = uid(), uid()
    results = teacher.push(
        teacher.mutation("attendance_marks", mark_id, attendance(school, "student1", "sec_a", code="A")),
        teacher.mutation("guardian_alerts", alert_id, alert(school, "student1", "sec_a", mark_id=mark_id)),
    )["results"]
    assert [r["status"] for r in results] == ["applied", "applied"]
    _changes, cursor, _reset = teacher.pull_all()
    engine = server_app.state.engine
    sender = LoggingSender()
    assert send_due_alerts(engine, sender).sent == 0  # still in its grace period
    report = send_due_alerts(engine, sender, now=later())
    assert report.sent == 1
    assert sender.sent == [("sms", "+92 300 0000001", f"student1 was marked absent on {today()}.")]
    assert send_due_alerts(engine, sender, now=later()).sent == 0  # never twice
    assert len(sender.sent) == 1
    row = stored(server_app, alert_id)
    assert row["status"] == "sent" and row["sent_at"]
    # The teacher's device learns it by the normal pull.
    changes, _cursor, _reset = teacher.pull_all(cursor)
    [change] = [c for c in changes if c["entity"] == "guardian_alerts"]
    assert change["data"]["status"] == "sent"


def test_a_cancelled_alert_is_not_sent_and_a_sent_one_cannot_be_cancelled(client, school, server_app):
    teacher = school.login(client, "teacher1")
    cancelled_id, sent_id = uid(), uid()
    teacher.push(
        teacher.mutation("guardian_alerts", cancelled_id, alert(school, "student1", "sec_a")),
        teacher.mutation("guardian_alerts", cancelled_id, {"status": "cancelled"}),
        teacher.mutation("guardian_alerts", sent_id, alert(school, "student2", "sec_a")),
    )
    sender = LoggingSender()
    assert send_due_alerts(server_app.state.engine, sender, now=later()).sent == 1
    assert stored(server_app, cancelled_id)["status"] == "cancelled"
    late = teacher.push_one("guardian_alerts", sent_id, {"status": "cancelled"})
    assert late["status"] == "rejected" and "already sent" in late["reason"]
    forged = teacher.push_one("guardian_alerts", uid(), alert(school, "student1", "sec_a", status="sent"))
    assert forged["status"] == "rejected" and "Only the server" in forged["reason"]
    assert stored(server_app, sent_id)["status"] == "sent"


def test_an_alert_whose_absence_was_corrected_elsewhere_is_cancelled(client, school, server_app):
    teacher = school.login(client, "teacher1")
    office = school.login(client, "office")
    mark_id, alert_id = uid(), uid()
    teacher.push(
        teacher.mutation("attendance_marks", mark_id, attendance(school, "student1", "sec_a", code="A")),
        teacher.mutation("guardian_alerts", alert_id, alert(school, "student1", "sec_a", mark_id=mark_id)),
    )
    office.push_one("attendance_marks", mark_id, {"code": "L", "marked_at": now_ts(1)}, client_ts=now_ts(1))
    sender = LoggingSender()
    report = send_due_alerts(server_app.state.engine, sender, now=later())
    assert report.cancelled == 1 and report.sent == 0 and sender.sent == []
    assert stored(server_app, alert_id)["status"] == "cancelled"


def test_a_failing_sender_records_failed_and_the_next_alert_still_goes(client, school, server_app):
    teacher = school.login(client, "teacher1")
    first = uid()
    teacher.push(teacher.mutation("guardian_alerts", first, alert(school, "student1", "sec_a")))
    report = send_due_alerts(server_app.state.engine, FailingSender(), now=later())
    assert report.failed == 1
    assert stored(server_app, first)["status"] == "failed"
    assert send_due_alerts(server_app.state.engine, LoggingSender(), now=later()).sent == 0  # not retried twice


def test_two_senders_at_once_send_each_alert_once(client, school, server_app):
    teacher = school.login(client, "teacher1")
    teacher.push(*[teacher.mutation("guardian_alerts", uid(), alert(school, s, "sec_a"))
                   for s in ("student1", "student2")])
    senders = [LoggingSender(), LoggingSender()]
    threads = [threading.Thread(target=send_due_alerts, args=(server_app.state.engine, s, later())) for s in senders]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(m for s in senders for (_c, _r, m) in s.sent) == sorted(
        f"{s} was marked absent on {today()}." for s in ("student1", "student2"))


def test_attendance_on_a_holiday_is_refused_with_the_reason(client, school):
    admin = school.login(client, "admin")
    response = admin.post("/sync/push", {
        "device_id": admin.device_id,
        "mutations": [admin.mutation("school_calendar", uid(), {"school_id": school.id, "date": today(-1),
                                                                  "kind": "holiday", "name": "Eid"})]})
    assert response.json()["results"][0]["status"] == "applied"
    teacher = school.login(client, "teacher1")
    refused = teacher.push_one("attendance_marks", uid(), attendance(school, "student1", "sec_a", date=today(-1)))
    assert refused["status"] == "rejected"
    assert refused["reason"] == f"{today(-1)} is a holiday (Eid): no attendance is taken."
    fine = teacher.push_one("attendance_marks", uid(), attendance(school, "student1", "sec_a", date=today(-2)))
    assert fine["status"] == "applied"


def test_send_alerts_command(tmp_path, capsys):
    from server.__main__ import main

    url = "sqlite:///" + str(tmp_path / "server.sqlite3")
    assert main(["send-alerts", "--database-url", url]) == 0
    assert "0 sent" in capsys.readouterr().out


def test_a_second_alert_for_the_same_student_and_day_is_refused_in_words(client, school):
    teacher = school.login(client, "teacher1")
    principal = school.login(client, "principal")
    assert teacher.push_one("guardian_alerts", uid(), alert(school, "student1", "sec_a"))["status"] == "applied"
    second = principal.push_one("guardian_alerts", uid(), alert(school, "student1", "sec_a"))
    assert second["status"] == "rejected"
    assert second["reason"] == ("The guardian already has an alert for this day (queued from another device); "
                                "it is sent once.")
