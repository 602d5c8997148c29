"""The replica on the device: pending changes stay on screen, damage is found and repaired."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

from app.services.attendance import MarkEntry, mark_attendance
from app.services.grades import MarkValue, record_marks
from app.storage.models import Student
from app.sync.engine import SyncReport
from tests.sync.conftest import SYNC_CHILD, share_keyring

TODAY = dt.date.today()
ROOT = Path(__file__).resolve().parents[2]


def test_a_pull_never_undoes_a_change_still_waiting(server_school, devices):
    ids = server_school.ids
    teacher = devices(server_school, "teacher1")
    principal = devices(server_school, "principal")
    student = ids["student1"]
    teacher.write(record_marks, ids["assess_a"], {student: MarkValue("scored", 1500)})
    assert teacher.sync().ok and principal.sync().ok
    teacher.write(record_marks, ids["assess_a"], {student: MarkValue("scored", 2500)})  # waiting
    principal.write(mark_attendance, ids["sec_a"], TODAY, {student: MarkEntry("L")})
    with principal.db.write() as s:  # the principal also renames the student
        row = s.get(Student, student)
        from app.services import outbox

        outbox.update(s, principal.actor, row, full_name="Student1 Renamed")
    assert principal.sync().ok
    report = SyncReport()
    teacher.signed.engine.pull(report)  # a pull arrives before the teacher's change is sent
    assert report.pulled >= 2
    [mark] = teacher.rows("marks").values()
    assert mark["score_centi"] == 2500  # still the teacher's own, on screen
    assert teacher.rows("students")[student]["full_name"] == "Student1 Renamed"
    assert teacher.sync().ok and principal.sync().ok
    [mark] = principal.rows("marks").values()
    assert mark["score_centi"] == 2500


def test_a_damaged_replica_is_found_by_checksum_and_downloaded_again(server_school, devices):
    ids = server_school.ids
    office = devices(server_school, "office")
    path = office.db.path
    # Damage the replica behind the engine's back: a lost row and a stale version.
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM invoice_lines WHERE id = (SELECT min(id) FROM invoice_lines)")
    conn.execute("UPDATE students SET version = 1, full_name = 'stale' WHERE id = ?", (ids["student2"],))
    conn.execute("DELETE FROM sync_meta WHERE key = 'last_full_verify'")  # as if half a day had passed
    conn.commit()
    conn.close()
    report = office.sync()
    assert report.ok, report.describe()
    assert set(report.repaired) == {"invoice_lines", "students"}
    assert len(office.rows("invoice_lines")) == 6
    assert office.rows("students")[ids["student2"]]["full_name"] == "Student2 Test"
    assert office.sync().repaired == []  # and it stays repaired


def test_daftar_sync_on_the_command_line(server_school, devices, tmp_path):
    ids = server_school.ids
    office = devices(server_school, "office")
    from app.services.fees import record_payment

    office.write(record_payment, ids["student3"], 75_00, "cash")
    school_code = server_school.code
    office.close()
    shared = share_keyring(tmp_path / "keyring.json")
    out = subprocess.run([sys.executable, "-c", SYNC_CHILD, str(ROOT), str(shared.path), str(office.paths.data),
                          school_code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Sent 2 changes: 2 applied" in out.stdout
    assert "Traceback" not in out.stderr


def test_a_day_s_sync_checks_the_rows_it_moved_and_the_twice_daily_check_reads_them_all(server_school, devices):
    """Between whole checks (every 12 hours), a sync checks just the rows it sent or received against the
    server's: a damaged row among them is found at once; one elsewhere, at the next whole check."""
    ids = server_school.ids
    teacher = devices(server_school, "teacher1")
    principal = devices(server_school, "principal")
    roll = {ids["student1"]: MarkEntry("P"), ids["student2"]: MarkEntry("A")}
    teacher.write(mark_attendance, ids["sec_a"], TODAY, roll)
    assert teacher.sync().ok
    conn = sqlite3.connect(principal.db.path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE students SET version = 1, full_name = 'stale' WHERE id = ?", (ids["student3"],))
    conn.commit()
    report = principal.sync()  # brings the two marks: they are checked, and the student is not read
    assert report.ok and report.pulled == 2 and report.repaired == [], report.describe()
    # One of the two marks this sync brought, damaged as the pull wrote it: found and repaired.
    teacher.write(mark_attendance, ids["sec_a"], TODAY, {ids["student1"]: MarkEntry("L")})
    assert teacher.sync().ok
    engine = principal.signed.engine
    real_apply = engine._apply

    def apply_wrongly(conn, changes, seen, rows=None, **kw):  # the fault injected: one pull writes a wrong version
        real_apply(conn, changes, seen, rows, **kw)
        engine._apply = real_apply
        conn.execute("UPDATE attendance_marks SET version = version - 1 WHERE student_id = ?", (ids["student1"],))

    engine._apply = apply_wrongly
    try:
        report = engine.sync()
    finally:
        engine._apply = real_apply
    assert report.ok and report.repaired == ["attendance_marks"], report.describe()
    marks = {m["student_id"]: m["code"] for m in principal.rows("attendance_marks").values()}
    assert marks[ids["student1"]] == "L"
    assert principal.rows("students")[ids["student3"]]["full_name"] == "stale"  # not moved, not read yet
    conn.execute("UPDATE sync_meta SET value = '2000-01-01T00:00:00.000000Z' WHERE key = 'last_full_verify'")
    conn.commit()
    conn.close()
    report = principal.sync()
    assert report.ok and report.repaired == ["students"], report.describe()
    assert principal.rows("students")[ids["student3"]]["full_name"] == "Student3 Test"


def test_a_pulled_row_that_refers_to_a_row_missing_here_is_logged(server_school, devices, caplog):
    ids = server_school.ids
    teacher = devices(server_school, "teacher1")
    principal = devices(server_school, "principal")
    conn = sqlite3.connect(principal.db.path)  # damage: a student lost here (and only here)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM students WHERE id = ?", (ids["student2"],))
    conn.commit()
    conn.close()
    teacher.write(mark_attendance, ids["sec_a"], TODAY, {ids["student1"]: MarkEntry("P"),
                                                         ids["student2"]: MarkEntry("A")})
    assert teacher.sync().ok
    caplog.clear()
    report = SyncReport()
    principal.signed.engine.pull(report)
    assert report.pulled == 2
    [warning] = [r.getMessage() for r in caplog.records if "refer to rows this device does not have" in r.getMessage()]
    assert "1 rows" in warning and "attendance_marks" in warning and "students" in warning


def test_a_change_made_on_the_server_while_the_rows_are_checked_is_pulled_and_checked_too(server_school, devices):
    """The device asks for the server's checksums of the rows its sync moved as its last pull page
    is written. If another device's change reaches the server before that answer is made, the answer
    is of a newer state than this device has: the device pulls the change, asks again, and the sync
    ends with both changes here, nothing taken for damage."""
    ids = server_school.ids
    teacher = devices(server_school, "teacher1")
    principal = devices(server_school, "principal")
    assert principal.sync().ok
    teacher.write(mark_attendance, ids["sec_a"], TODAY, {ids["student1"]: MarkEntry("A")})
    assert teacher.sync().ok
    client = principal.signed.client
    real_checksums = client.checksums
    asked: list[dict | None] = []

    def checksums(rows=None):
        asked.append(rows)
        if len(asked) == 1:  # the teacher's next change reaches the server before this answer is made
            teacher.write(mark_attendance, ids["sec_a"], TODAY, {ids["student2"]: MarkEntry("L")})
            assert teacher.sync().ok
        return real_checksums(rows)

    client.checksums = checksums
    try:
        report = principal.sync()
    finally:
        del client.checksums
    assert report.ok and not report.repaired, report.describe()
    assert len(asked) == 2 and all(rows is not None for rows in asked)
    assert len(asked[1]["attendance_marks"]) == 2  # the second check: both marks this sync brought
    marks = {m["student_id"]: m["code"] for m in principal.rows("attendance_marks").values()}
    assert marks == {ids["student1"]: "A", ids["student2"]: "L"}
