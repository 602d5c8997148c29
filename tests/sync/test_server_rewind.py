"""The server goes back in time (restored from an older backup): devices send again what it lost."""

from __future__ import annotations

import datetime as dt

from app.services.attendance import MarkEntry, mark_attendance
from app.services.fees import record_payment
from tests.sync.conftest import build_server_school, copy_server_database

TODAY = dt.date.today()


def test_devices_send_again_what_a_restored_server_lost(restorable, devices, tmp_path):
    live, db = restorable
    school = build_server_school(live)
    ids = school.ids
    office = devices(school, "office")
    teacher = devices(school, "teacher1")
    early = office.write(record_payment, ids["student1"], 100_00, "cash").receipt_no
    assert office.sync().ok
    live.stop()
    copy_server_database(db, tmp_path / "nightly-backup.sqlite3")  # the server's backup of that night
    live.start()
    late = [office.write(record_payment, ids[f"student{i}"], 50_00 * i, "cash").receipt_no for i in (2, 3)]
    teacher.write(mark_attendance, ids["sec_a"], TODAY, {ids["student1"]: MarkEntry("A")})
    assert office.sync().ok and teacher.sync().ok
    assert office.signed.engine.status.pending == 0 and teacher.signed.engine.status.pending == 0
    # The server's disk fails; it is restored from the nightly backup.
    live.stop()
    copy_server_database(tmp_path / "nightly-backup.sqlite3", db)
    live.start()
    report = office.sync()
    assert report.ok and report.resent == 4, report.describe()  # two payments and their allocations
    assert "restored from an older backup" in report.describe()
    assert teacher.sync().resent == 1
    principal = devices(school, "principal")  # a fresh download sees everything, once
    assert sorted(p["receipt_no"] for p in principal.rows("payments").values()) == sorted([early, *late])
    [mark] = principal.rows("attendance_marks").values()
    assert mark["code"] == "A"
    for d in (office, teacher, principal):
        assert d.sync().ok
        server = d.signed.client.checksums()["entities"]
        assert {k: (v["count"], v["checksum"]) for k, v in server.items()} == d.signed.engine.local_checksums(
            list(server)), d.username
