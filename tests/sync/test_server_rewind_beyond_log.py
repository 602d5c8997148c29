"""The server goes back further than the changes a device keeps to send again (60 days): it says so."""

from __future__ import annotations

import logging

from app.services.fees import record_payment
from app.sync.rewind import rewind_warning
from tests.sync.conftest import build_server_school, copy_server_database


def test_a_server_put_back_beyond_the_sent_log_is_reported_in_words(restorable, devices, tmp_path, caplog):
    live, db = restorable
    school = build_server_school(live)
    ids = school.ids
    office = devices(school, "office")
    live.stop()
    copy_server_database(db, tmp_path / "old-backup.sqlite3")  # the server's backup, taken before the work below
    live.start()
    office.write(record_payment, ids["student1"], 100_00, "cash")
    assert office.sync().ok
    # Two months pass: the first payment's record in the sent log is older than the days kept.
    with office.db.write() as s:
        s.connection().exec_driver_sql("UPDATE sent_log SET sent_at = '2000-01-01 00:00:00.000000'")
    recent = office.write(record_payment, ids["student2"], 200_00, "cash").receipt_no
    assert office.sync().ok
    with office.db.engine.connect() as c:
        kept = [r[0] for r in c.exec_driver_sql("SELECT entity FROM sent_log")]
    assert sorted(kept) == ["payment_allocations", "payments"]  # only the recent payment can be sent again
    # The server is restored from the old backup.
    live.stop()
    copy_server_database(tmp_path / "old-backup.sqlite3", db)
    live.start()
    with caplog.at_level(logging.WARNING):
        report = office.sync()
    assert report.resent == 2  # the recent payment and its allocation went again
    warning = rewind_warning(office.signed.engine._meta_all())
    assert warning is not None, "the person was not told that older work cannot be sent again"
    assert "cannot be sent again" in warning and "2 record(s)" in warning, warning
    assert any("older than this device's sent log covers" in r.getMessage() for r in caplog.records)
    # The person sees it where sync problems show, once: the next sync that has nothing to say clears it.
    assert "cannot be sent again" in office.signed.engine.status.last_error
    assert office.sync().ok and not office.signed.engine.status.last_error
    assert recent in {p["receipt_no"] for p in office.rows("payments").values()}
