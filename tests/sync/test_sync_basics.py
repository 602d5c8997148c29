"""Sign in, download the school, push and pull: the plain path, end to end."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading

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


def _sync_while_the_file_is_held(device):
    """A sync while another write holds the school file for half a second (a roll call being saved):
    the first pushed batch's settling waits for it."""
    busy = sqlite3.connect(device.db.path, isolation_level=None, check_same_thread=False)
    busy.execute("BEGIN IMMEDIATE")
    threading.Timer(0.5, busy.commit).start()
    try:
        return device.sync()
    finally:
        busy.close()


def test_a_row_changed_three_times_goes_in_order_across_small_batches(server_school, devices):
    """Batches of two: the first settles two changes of one student's mark at once, the third waits
    for the next batch and goes on top of the version the second got (a stale base would conflict)."""
    teacher = devices(server_school, "teacher1")
    principal = devices(server_school, "principal")
    teacher.signed.engine.push_batch = 2
    ids = server_school.ids
    for code in ("A", "L", "P"):
        teacher.write(mark_attendance, ids["sec_a"], TODAY, {ids["student1"]: MarkEntry(code)})
    # The second batch is read and sent while the first batch's settling waits.
    report = _sync_while_the_file_is_held(teacher)
    assert report.ok and report.pushed == 3 and report.applied == 3 and report.conflicts == 0, report.describe()
    mine = teacher.rows("attendance_marks")
    assert [m["code"] for m in mine.values()] == ["P"] and all(m["version"] for m in mine.values())
    with teacher.db.engine.connect() as c:
        raw = c.connection.driver_connection
        assert raw.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
        assert raw.execute("SELECT count(*) FROM server_shadow").fetchone()[0] == 0
        assert raw.execute("SELECT count(*) FROM sent_log").fetchone()[0] == 3
        # What was sent: each change on top of the version the one before it got, though the third was
        # read and sent while the first batch was still waiting to be settled.
        sent = raw.execute("SELECT base_version, version FROM sent_log ORDER BY seq").fetchall()
        assert sent[2][0] == sent[1][1] and sent[1][1] is not None
    assert principal.sync().ok
    assert [m["code"] for m in principal.rows("attendance_marks").values()] == ["P"]
    assert teacher.sync().pulled >= 0 and not teacher.sync().repaired


def test_a_change_two_batches_on_goes_on_top_of_the_version_the_first_batch_gave(server_school, devices):
    """Batches of two: the third changes a mark the first made. The first batch's settling waits (a
    roll call holds the school file) while the second is sent; the third still goes on top of the
    version the first batch got: no conflict, and every change arrives once."""
    teacher = devices(server_school, "teacher1")
    principal = devices(server_school, "principal")
    teacher.signed.engine.push_batch = 2
    ids = server_school.ids
    one, two, three = (ids[f"student{i}"] for i in (1, 2, 3))
    for student, code in ((one, "A"), (two, "A"), (three, "A"), (three, "L"), (one, "L")):
        teacher.write(mark_attendance, ids["sec_a"], TODAY, {student: MarkEntry(code)})
    report = _sync_while_the_file_is_held(teacher)
    assert report.ok and report.pushed == 5 and report.applied == 5 and report.conflicts == 0, report.describe()
    with teacher.db.engine.connect() as c:
        raw = c.connection.driver_connection
        sent = raw.execute("SELECT base_version, version FROM sent_log ORDER BY seq").fetchall()
        assert raw.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
    assert sent[4][0] == sent[0][1] and sent[0][1] is not None  # the fifth on top of the first
    assert principal.sync().ok
    marks = sorted((m["student_id"], m["code"]) for m in principal.rows("attendance_marks").values())
    assert marks == sorted([(one, "L"), (two, "A"), (three, "L")])
    mine = teacher.rows("attendance_marks")
    assert sorted((m["student_id"], m["code"]) for m in mine.values()) == marks
    assert all(m["version"] for m in mine.values())


def test_a_batch_that_cannot_be_settled_here_stays_queued_while_the_next_is_sent(server_school, devices):
    """A batch the server applied whole is settled on a thread of its own while the next is on its way.
    If its settling fails here (the school file refuses the write: a real SQLite error, raised by a
    trigger standing in for a full disk), the sync says so, that batch and the one sent after it stay
    queued, and the next sync sends both again: the server answers from what it applied, every mark
    is there once, and nothing conflicts."""
    teacher = devices(server_school, "teacher1")
    principal = devices(server_school, "principal")
    teacher.signed.engine.push_batch = 2
    ids = server_school.ids
    students = [ids[f"student{i}"] for i in (1, 2, 3)]
    for code in ("A", "L"):  # two changes of each of three students' marks: three batches of two
        teacher.write(mark_attendance, ids["sec_a"], TODAY, {sid: MarkEntry(code) for sid in students})
    with teacher.db.engine.begin() as c:
        raw = c.connection.driver_connection
        first = raw.execute("SELECT min(seq) FROM outbox").fetchone()[0]
        raw.execute(f"CREATE TRIGGER refuse BEFORE INSERT ON sent_log WHEN NEW.seq = {first} "
                    "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
    report = teacher.sync()
    assert not report.ok
    with teacher.db.engine.connect() as c:
        raw = c.connection.driver_connection
        assert raw.execute("SELECT count(*) FROM outbox").fetchone()[0] == 6  # the two batches sent, and the third
        assert raw.execute("SELECT count(*) FROM sent_log").fetchone()[0] == 0
    with teacher.db.engine.begin() as c:
        c.connection.driver_connection.execute("DROP TRIGGER refuse")
    again = teacher.sync()
    assert again.ok and again.conflicts == 0 and not again.repaired, again.describe()
    with teacher.db.engine.connect() as c:
        raw = c.connection.driver_connection
        assert raw.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
        assert raw.execute("SELECT count(*) FROM sent_log").fetchone()[0] == 6
    assert principal.sync().ok
    marks = principal.rows("attendance_marks")
    assert sorted((m["student_id"], m["code"]) for m in marks.values()) == sorted((sid, "L") for sid in students)


def test_the_last_batch_settles_while_the_pull_asks_and_a_failed_settling_writes_nothing_pulled(
        server_school, devices):
    """The sync asks for its first pull page while the push's last batch is being settled, and writes
    nothing pulled before that settling ends. If it fails here (a real SQLite error, raised by a
    trigger standing in for a full disk), the sync says so, the batch stays queued, no pulled row is
    written and the cursor stays where it was; the next sync sends the batch again (the server answers
    from what it applied) and brings the rest."""
    teacher = devices(server_school, "teacher1")
    principal = devices(server_school, "principal")
    ids = server_school.ids
    principal.write(mark_attendance, ids["sec_a"], TODAY, {ids["student3"]: MarkEntry("L")})
    assert principal.sync().ok
    teacher.write(mark_attendance, ids["sec_a"], TODAY, {ids["student1"]: MarkEntry("A"),
                                                         ids["student2"]: MarkEntry("P")})
    with teacher.db.engine.begin() as c:
        raw = c.connection.driver_connection
        cursor = raw.execute("SELECT value FROM sync_meta WHERE key = 'cursor'").fetchone()
        raw.execute("CREATE TRIGGER refuse BEFORE INSERT ON sent_log "
                    "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
    report = teacher.sync()
    assert not report.ok and report.pushed == 0 and report.pulled == 0, report.describe()
    with teacher.db.engine.connect() as c:
        raw = c.connection.driver_connection
        assert raw.execute("SELECT count(*) FROM outbox").fetchone()[0] == 2
        assert raw.execute("SELECT value FROM sync_meta WHERE key = 'cursor'").fetchone() == cursor
        assert raw.execute("SELECT count(*) FROM attendance_marks WHERE student_id = ?",
                           (ids["student3"],)).fetchone()[0] == 0
    assert teacher.signed.engine.status.pending == 2
    with teacher.db.engine.begin() as c:
        c.connection.driver_connection.execute("DROP TRIGGER refuse")
    again = teacher.sync()
    assert again.ok and again.applied == 2 and again.conflicts == 0 and not again.repaired, again.describe()
    assert teacher.signed.engine.status.pending == 0
    mine = {m["student_id"]: (m["code"], m["version"]) for m in teacher.rows("attendance_marks").values()}
    assert {sid: code for sid, (code, _v) in mine.items()} == {
        ids["student1"]: "A", ids["student2"]: "P", ids["student3"]: "L"}
    assert all(version for _code, version in mine.values())
    assert principal.sync().ok
    assert sorted((m["student_id"], m["code"]) for m in principal.rows("attendance_marks").values()) == sorted(
        [(ids["student1"], "A"), (ids["student2"], "P"), (ids["student3"], "L")])
