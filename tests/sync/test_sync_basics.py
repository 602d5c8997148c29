"""Sign in, download the school, push and pull: the plain path, end to end."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from app.services.attendance import MarkEntry, mark_attendance
from app.storage.models import AttendanceMark, DeviceIdentity, Student

TODAY = dt.date.today()


def test_sign_in_registers_the_device_and_downloads_the_scope(server_school, devices):
    office = devices(server_school, "office")
    assert office.first_report.ok, office.first_report.describe()
    assert office.first_report.reset
    with office.db.session() as s:
        device = s.execute(select(DeviceIdentity)).scalar_one()
        assert len(device.device_code) >= 2
        assert s.execute(select(func.count()).select_from(Student)).scalar() == 6
    assert len(office.rows("invoices")) == 6


def test_a_roll_call_reaches_another_device_exactly_once(server_school, devices):
    teacher = devices(server_school, "teacher1")
    principal = devices(server_school, "principal")
    ids = server_school.ids
    roll = {ids[f"student{i}"]: MarkEntry("A" if i == 2 else "P") for i in (1, 2, 3)}
    teacher.write(mark_attendance, ids["sec_a"], TODAY, roll)
    report = teacher.sync()
    assert report.ok and report.applied == 3 and not report.repaired, report.describe()
    assert principal.sync().ok
    marks = principal.rows("attendance_marks")
    assert sorted((m["student_id"], m["code"]) for m in marks.values()) == sorted(
        (sid, e.code) for sid, e in roll.items())
    # The teacher's own rows now carry the server's versions; nothing waits.
    assert all(m["version"] is not None for m in teacher.rows("attendance_marks").values())
    assert teacher.signed.engine.status.pending == 0
    # Syncing again changes nothing anywhere.
    assert teacher.sync().pushed == 0
    assert principal.sync().pulled == 0
    with principal.db.session() as s:
        assert s.execute(select(func.count()).select_from(AttendanceMark)).scalar() == 3


def test_the_garbage_collector_rests_during_a_sync_and_comes_back_after(server_school, devices, ui_thread_collection):
    """Its full passes hold Python's lock for tens of milliseconds: none while pages are written (the
    UI thread would stand still); it is back after the sync, a failed one too. In the app the UI
    thread's timer collects (app/collector.py: it skips while a sync runs); in a process without one
    (``daftar sync``) Python's own collection is off during the sync and on again after it."""
    import gc

    from app import collector

    principal = devices(server_school, "principal")
    engine = principal.signed.engine
    seen = []
    engine._on_status = lambda status: seen.append((collector.collection_paused(), gc.isenabled()))

    # As in the app: collected on the UI thread, never while a sync runs.
    assert not collector.collection_paused()
    assert principal.sync().ok
    assert seen and all(paused and not enabled for paused, enabled in seen)
    assert not collector.collection_paused() and not gc.isenabled()

    # As on the command line: Python's automatic collection, off during the sync only.
    collector.collect_automatically()
    seen.clear()
    assert principal.sync().ok
    assert seen and not any(enabled for _paused, enabled in seen)
    assert gc.isenabled()
    client = principal.signed.client
    client._http.base_url = "http://127.0.0.1:9/v1"  # nothing listens there
    client.max_attempts = 1
    try:
        assert not principal.sync().ok
    finally:
        client._http.base_url = server_school.live.url
    assert gc.isenabled() and not collector.collection_paused()


def test_a_row_changed_three_times_goes_in_order_across_small_batches(server_school, devices):
    """Batches of two: the first settles two changes of one student's mark at once, the third waits
    for the next batch and goes on top of the version the second got (a stale base would conflict)."""
    teacher = devices(server_school, "teacher1")
    principal = devices(server_school, "principal")
    teacher.signed.engine.push_batch = 2
    ids = server_school.ids
    for code in ("A", "L", "P"):
        teacher.write(mark_attendance, ids["sec_a"], TODAY, {ids["student1"]: MarkEntry(code)})
    report = teacher.sync()
    assert report.ok and report.pushed == 3 and report.applied == 3 and report.conflicts == 0, report.describe()
    mine = teacher.rows("attendance_marks")
    assert [m["code"] for m in mine.values()] == ["P"] and all(m["version"] for m in mine.values())
    with teacher.db.engine.connect() as c:
        raw = c.connection.driver_connection
        assert raw.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
        assert raw.execute("SELECT count(*) FROM server_shadow").fetchone()[0] == 0
        assert raw.execute("SELECT count(*) FROM sent_log").fetchone()[0] == 3
    assert principal.sync().ok
    assert [m["code"] for m in principal.rows("attendance_marks").values()] == ["P"]
    assert teacher.sync().pulled >= 0 and not teacher.sync().repaired
