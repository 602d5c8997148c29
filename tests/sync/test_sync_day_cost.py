"""What a day's sync spares itself, with every promise kept: a device's own changes coming back are
not written again; the push sends the outbox's own text and time."""

from __future__ import annotations

import datetime as dt
import sqlite3

from app.services.attendance import MarkEntry, mark_attendance
from app.sync.engine import SyncReport

TODAY = dt.date.today()


def _writes(device, table: str = "attendance_marks") -> int:
    """How many writes the dashboard's triggers counted on ``table`` in this device's file."""
    conn = sqlite3.connect(device.db.path)
    try:
        return conn.execute("SELECT writes FROM agg_writes WHERE name = ?", (table,)).fetchone()[0]
    finally:
        conn.close()


def test_own_marks_coming_back_are_not_written_again_but_a_change_made_elsewhere_is(server_school, devices):
    ids = server_school.ids
    teacher = devices(server_school, "teacher1")
    laptop = devices(server_school, "teacher1")  # the same teacher's second laptop
    roll = {ids["student1"]: MarkEntry("P"), ids["student2"]: MarkEntry("A"), ids["student3"]: MarkEntry("P")}
    teacher.write(mark_attendance, ids["sec_a"], TODAY, roll)
    pushed = SyncReport()
    teacher.signed.engine.push(pushed)
    assert pushed.applied == 3, pushed.describe()
    assert laptop.sync().ok
    laptop.write(mark_attendance, ids["sec_a"], TODAY, {ids["student2"]: MarkEntry("L")})
    assert laptop.sync().ok

    before = _writes(teacher)
    pulled = SyncReport()
    teacher.signed.engine.pull(pulled)
    assert len(pulled.moved_rows["attendance_marks"]) == 3, pulled.describe()
    # Two of the three marks are back exactly as this laptop holds them: not written again.
    # The one changed on the other laptop is (without the sparing, all three were).
    assert _writes(teacher) - before == 1
    marks = {m["student_id"]: m for m in teacher.rows("attendance_marks").values()}
    assert {sid: m["code"] for sid, m in marks.items()} == {
        ids["student1"]: "P", ids["student2"]: "L", ids["student3"]: "P"}
    # Every row holds the server's version: the checks after the pull agree with the server's.
    assert marks == {m["student_id"]: m for m in laptop.rows("attendance_marks").values()}
    report = teacher.sync()
    assert report.ok and report.pulled == 0 and not report.repaired, report.describe()
    # The dashboard's kept figures count the marks as they are.
    conn = sqlite3.connect(teacher.db.path)
    try:
        kept = dict(conn.execute("SELECT code, sum(marks) FROM agg_attendance_days WHERE date = ? AND marks > 0 "
                                 "GROUP BY code",
                                 (TODAY.isoformat(),)).fetchall())
    finally:
        conn.close()
    assert kept == {"P": 2, "L": 1}


def test_a_change_queued_with_a_time_stored_without_fraction_is_sent(server_school, devices):
    """The push makes the wire's time from the outbox's stored text without parsing it; a time kept in
    another form (without microseconds) is still read and sent in the wire's form (the server refuses
    a time it cannot read), and the sent log keeps it as it was queued."""
    ids = server_school.ids
    teacher = devices(server_school, "teacher1")
    principal = devices(server_school, "principal")
    teacher.write(mark_attendance, ids["sec_a"], TODAY, {ids["student1"]: MarkEntry("L")})
    stamp = (dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(minutes=1)).strftime("%Y-%m-%d %H:%M:%S")
    conn = sqlite3.connect(teacher.db.path)
    conn.execute("UPDATE outbox SET client_ts = ?", (stamp,))
    conn.commit()
    conn.close()
    report = teacher.sync()
    assert report.ok and report.applied == 1 and not report.rejected, report.describe()
    assert principal.sync().ok
    (mark,) = principal.rows("attendance_marks").values()
    assert (mark["student_id"], mark["code"]) == (ids["student1"], "L")
    conn = sqlite3.connect(teacher.db.path)
    try:
        assert conn.execute("SELECT client_ts FROM sent_log").fetchall() == [(stamp,)]
    finally:
        conn.close()
