"""A download commits every half second for a minute or more: the school file's write-ahead log must not
grow with it. SQLite starts its log again from the beginning only when a transaction begins on a log wholly
copied back, so a checkpointer that copies the log while the next transaction is already under way never
gets it started again; the pull waits for it between transactions once the log passes ``PULL_LOG_BYTES``.
Left alone, a download of the large demo school (520,000 rows) left a 590 MB log beside a 295 MB file."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import time
from pathlib import Path

from app.sync import engine as sync_engine
from server.ids import new_id
from server.schools import bulk_insert

TODAY = dt.date.today()
MARKS = 3000


def _wal_size(path: Path) -> int:
    wal = Path(str(path) + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def test_a_download_in_many_transactions_keeps_the_log_short(server_school, devices, monkeypatch):
    ids = server_school.ids
    students = [ids[f"student{i}"] for i in range(1, 7)]
    marks = [{"id": new_id(), "student_id": sid, "section_id": ids["sec_a" if n <= 3 else "sec_b"],
              "date": (TODAY - dt.timedelta(days=day)).isoformat(), "period": period, "code": "P", "note": "",
              "marked_by": ids["teacher1"], "marked_at": f"{TODAY.isoformat()}T08:00:00.000000Z",
              "device_id": "bench"}
             for day in range(100) for period in range(1, 6) for n, sid in enumerate(students, start=1)]
    assert len(marks) == MARKS
    bulk_insert(server_school.engine, server_school.id, {"attendance_marks": marks})
    # A small school's download made as long as a large one's: many pages, a commit after each.
    monkeypatch.setattr(sync_engine, "PULL_COMMIT_ROWS", 50)
    monkeypatch.setattr(sync_engine, "PULL_LOG_BYTES", 128 * 1024)
    principal = devices(server_school, "principal", sync=False)
    principal.signed.engine.page_size = 50
    sizes = []
    principal.signed.engine._on_status = lambda status: sizes.append(_wal_size(principal.db.path))
    report = principal.sync()
    assert report.ok, report.describe()
    assert report.pulled >= MARKS
    with principal.db.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM attendance_marks").scalar() == MARKS
    # Some 60 commits write several megabytes to the log in all; it was started again from its beginning
    # instead of growing by each of them.
    assert max(sizes) <= 1024 * 1024, [round(s / 1024) for s in sizes]


def test_a_reader_holding_the_log_makes_a_download_wait_once_not_every_transaction(server_school, devices,
                                                                                   monkeypatch):
    """A backup's copy (or any long read) keeps part of the log from being folded in: the download waits
    for it once, then carries on without waiting, and the log is folded in after the reader has gone."""
    ids = server_school.ids
    marks = [{"id": new_id(), "student_id": ids["student1"], "section_id": ids["sec_a"],
              "date": (TODAY - dt.timedelta(days=day)).isoformat(), "period": period, "code": "P", "note": "",
              "marked_by": ids["teacher1"], "marked_at": f"{TODAY.isoformat()}T08:00:00.000000Z",
              "device_id": "bench"}
             for day in range(100) for period in range(1, 11)]
    bulk_insert(server_school.engine, server_school.id, {"attendance_marks": marks})
    monkeypatch.setattr(sync_engine, "PULL_COMMIT_ROWS", 50)
    monkeypatch.setattr(sync_engine, "PULL_LOG_BYTES", 64 * 1024)
    monkeypatch.setattr(sync_engine, "PULL_FOLD_WAIT_SECONDS", 1.0)
    principal = devices(server_school, "principal", sync=False)
    principal.signed.engine.page_size = 50
    waits = []
    real_fold = principal.db.fold_log

    def fold_log(longer_than, timeout=30.0):
        started = time.monotonic()
        folded = real_fold(longer_than, timeout)
        waits.append((folded, time.monotonic() - started))
        return folded

    monkeypatch.setattr(principal.db, "fold_log", fold_log)
    reader = sqlite3.connect(principal.db.path)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM sync_meta").fetchone()  # a snapshot, held through the download
        report = principal.sync()
    finally:
        reader.close()
    assert report.ok, report.describe()
    with principal.db.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM attendance_marks").scalar() == len(marks)
    held_back = [seconds for folded, seconds in waits if not folded]
    assert len(held_back) == 1 and held_back[0] >= 0.9, waits  # waited its second once, then no more
    assert len(waits) == 1 + sum(1 for folded, _s in waits if folded), waits
    # With the reader gone, the log is folded in (a copy of the file alone holds every mark).
    deadline = time.monotonic() + 30
    while True:
        copy = principal.db.path.with_name("alone.daftar")
        shutil.copyfile(principal.db.path, copy)
        check = sqlite3.connect(f"file:{copy}?immutable=1", uri=True)
        try:
            alone = check.execute("SELECT count(*) FROM attendance_marks").fetchone()[0]
        except sqlite3.DatabaseError:
            alone = None
        finally:
            check.close()
        if alone == len(marks):
            break
        assert time.monotonic() < deadline, alone
        time.sleep(0.1)
