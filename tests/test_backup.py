"""Backups and restores: a copy a day, and a restore that loses nothing it can save."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from app.services import ServiceError
from app.services.fees import record_payment
from app.storage import backup
from app.storage.db import SchoolFileError, check_school_file, open_school
from app.storage.models import OutboxEntry, Payment

ROOT = Path(__file__).resolve().parent.parent


def assert_only_backups(folder: Path) -> None:
    """The backups folder holds the backups and nothing else."""
    names = sorted(p.name for p in folder.iterdir())
    assert names and all(n.endswith(".daftar") for n in names), names


def test_a_backup_of_an_open_file_is_complete_and_healthy(school, tmp_path):
    with school.db.write() as s:
        record_payment(s, school.office, school.students[0].id, 100_00, "cash")
    copy = backup.take_backup(school.db.path, tmp_path / "backups")  # while the app has it open
    assert backup.is_healthy(copy)
    assert_only_backups(tmp_path / "backups")  # no -wal, -shm or half-made copy left beside it
    db = open_school(copy, tmp_path / "b2")
    with db.session() as s:
        assert [p.receipt_no for p in s.execute(select(Payment)).scalars()] == ["TST-D1-000001"]
    db.close()


def test_the_daily_backup_is_made_once_a_day_and_old_ones_pruned(school, tmp_path):
    backups = tmp_path / "backups"
    now = dt.datetime(2026, 11, 23, 8, 0)
    first = backup.backup_if_due(school.db.path, backups, keep=3, now=now)
    assert first is not None
    assert backup.backup_if_due(school.db.path, backups, keep=3, now=now + dt.timedelta(hours=5)) is None
    for _ in range(4):
        backup.take_backup(school.db.path, backups, keep=3)
    assert len(backup.list_backups(backups, school.db.path.stem)) == 3
    assert_only_backups(backups)
    later = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(days=2)
    assert backup.backup_if_due(school.db.path, backups, keep=3, now=later) is not None


def test_restore_keeps_the_replaced_file_and_recovers_its_waiting_changes(school, tmp_path):
    backups = tmp_path / "backups"
    with school.db.write() as s:
        record_payment(s, school.office, school.students[0].id, 100_00, "cash")
    backup.take_backup(school.db.path, backups)
    with school.db.write() as s:  # after the backup: two more payments, not yet synced
        record_payment(s, school.office, school.students[1].id, 200_00, "cash")
        record_payment(s, school.office, school.students[2].id, 300_00, "cash")
    school.db.close()
    report = backup.restore(school.db.path, backups)
    assert report.recovered_changes == 4  # two payments, two allocations
    assert report.replaced_file is not None and report.replaced_file.exists()
    db = open_school(school.db.path, backups)
    with db.write() as s:
        queued = [(e.entity, e.fields.get("receipt_no")) for e in s.execute(select(OutboxEntry)).scalars()
                  if e.entity == "payments"]
        assert sorted(r for _, r in queued) == ["TST-D1-000001", "TST-D1-000002", "TST-D1-000003"]
        nxt = record_payment(s, school.office, school.students[3].id, 50_00, "cash")
    assert nxt.receipt_no == "TST-D1-000004"  # the series went on from the replaced file: no number twice
    db.close()


def test_restoring_over_an_unreadable_file_holds_payments_until_a_sync(school, tmp_path):
    backups = tmp_path / "backups"
    backup.take_backup(school.db.path, backups)
    school.db.close()
    school.db.path.write_bytes(b"\x00" * 8192)  # the disk ate it
    with pytest.raises(SchoolFileError):
        check_school_file(school.db.path)
    report = backup.restore(school.db.path, backups)
    assert report.unreadable_replaced and "could not be read" in report.describe()
    db = open_school(school.db.path, backups)
    with pytest.raises(ServiceError, match="sync once before taking payments"):
        with db.write() as s:
            record_payment(s, school.office, school.students[0].id, 10_00, "cash")
    db.close()


def test_a_damaged_backup_is_passed_over(school, tmp_path):
    backups = tmp_path / "backups"
    good = backup.take_backup(school.db.path, backups)
    bad = backup.take_backup(school.db.path, backups)
    bad.write_bytes(bad.read_bytes()[:4096] + b"\xff" * 8192)
    assert backup.newest_good_backup(backups, school.db.path.stem).path == good


def test_backup_and_restore_on_the_command_line(tmp_path):
    data = tmp_path / "data"
    from app.config import Paths
    from tests.school import build_small_school

    paths = Paths.default(data).ensure()
    s = build_small_school(paths.school_file("TST"))
    s.db.close()

    def daftar(*args):
        return subprocess.run([sys.executable, "main.py", "--data-dir", str(data), "--lang", "en_US", *args], cwd=ROOT,
                              capture_output=True, text=True, timeout=120)

    made = daftar("backup", "--school", "TST")
    assert made.returncode == 0 and "Backed up to" in made.stdout
    listed = daftar("backup", "--school", "TST", "--list")
    assert listed.returncode == 0 and "by hand" in listed.stdout
    assert_only_backups(paths.backups)
    restored = daftar("restore", "--school", "TST")
    assert restored.returncode == 0, restored.stderr
    assert "Restored the school from the backup" in restored.stdout
    assert daftar("check", str(paths.school_file("TST"))).returncode == 0


def test_the_backup_command_keeps_as_many_backups_as_the_setting_says(tmp_path):
    from app.config import Paths, Settings
    from app.ui.settings_dialog import BACKUPS_KEPT_KEY
    from tests.school import build_small_school

    data = tmp_path / "data"
    paths = Paths.default(data).ensure()
    build_small_school(paths.school_file("TST")).db.close()
    settings = Settings.load(paths)
    settings.extra[BACKUPS_KEPT_KEY] = "2"  # fewer than the built-in 7, so each extra copy shows
    settings.save(paths)
    for _ in range(3):
        made = subprocess.run([sys.executable, "main.py", "--data-dir", str(data), "backup", "--school", "TST"],
                              cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert made.returncode == 0, made.stderr
    assert len(backup.list_backups(paths.backups, paths.school_file("TST").stem)) == 2
    assert_only_backups(paths.backups)


def _damage_pages(path: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    for n in (3, 4, 5):
        data[n * page:(n + 1) * page] = bytes([0xA5]) * page
    path.write_bytes(bytes(data))


def test_a_backup_of_a_damaged_file_is_refused_and_the_good_backups_are_kept(tmp_path):
    path = tmp_path / "schools" / "s.daftar"
    db = open_school(path, create=True)
    db.close()
    backups = tmp_path / "backups"
    good = [backup.take_backup(path, backups, label="daily", keep=2) for _ in range(2)]
    assert (tmp_path / "schools" / "s.daftar-closed").exists()  # closed cleanly: the next open would skip the check
    _damage_pages(path)
    with pytest.raises(SchoolFileError, match="damaged"):
        backup.take_backup(path, backups, label="daily", keep=2)
    # No damaged copy pushed a good one out; the next open checks the file whole and refuses it.
    assert [b.path for b in backup.list_backups(backups, "s")] == sorted(good, reverse=True)
    assert not list(backups.glob("*.partial"))
    assert not (tmp_path / "schools" / "s.daftar-closed").exists()
    with pytest.raises(SchoolFileError, match="damaged"):
        open_school(path)


def test_the_daily_backup_in_the_app_tells_the_person_when_it_finds_damage(tmp_path, qtbot):
    from app.ui.backups import DailyBackup
    from app.ui.tasks import TaskRunner

    path = tmp_path / "schools" / "s.daftar"
    open_school(path, create=True).close()
    _damage_pages(path)
    tasks = TaskRunner()
    daily = DailyBackup(tasks, path, tmp_path / "backups")
    with qtbot.waitSignal(daily.damaged, timeout=20_000) as told:
        daily.start()
    assert "damage in this school's file" in told.args[0]
    assert "open it again" in told.args[0]
    assert not list((tmp_path / "backups").glob("*.daftar"))
    tasks.shutdown()


def test_the_daily_backup_in_the_app_is_an_hourly_apscheduler_job_that_makes_todays_copy(school, tmp_path, qtbot):
    from apscheduler.triggers.interval import IntervalTrigger

    from app.ui.backups import DailyBackup
    from app.ui.tasks import TaskRunner

    backups = tmp_path / "backups"
    tasks = TaskRunner()
    daily = DailyBackup(tasks, school.db.path, backups)
    daily.start()
    try:
        job = daily.scheduler.job()
        assert isinstance(job.trigger, IntervalTrigger) and job.trigger.interval == dt.timedelta(hours=1)
        qtbot.waitUntil(lambda: len(backup.list_backups(backups, school.db.path.stem)) == 1, timeout=20_000)
        [made] = backup.list_backups(backups, school.db.path.stem)
        assert made.label == "daily"
        daily.check()  # the next hour: a copy of today is there, so none is made
        qtbot.wait(500)
        assert len(backup.list_backups(backups, school.db.path.stem)) == 1
        assert_only_backups(backups)
    finally:
        daily.stop()
        tasks.shutdown()
