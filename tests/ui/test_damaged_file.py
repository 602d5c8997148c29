"""A damaged school file: the app offers the newest good backup, restores it, says what may be missing.

Real files: a small school is backed up, changed, then damaged by writing
over pages in the middle of the file; the app is started on it as a person
would (``daftar --school TST``).
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.services.fees import record_payment
from app.storage import backup
from app.storage.db import open_school
from app.ui.main_window import MainWindow
from tests.school import build_small_school


def damage(path: Path) -> None:
    """Write over pages in the middle of the file, as a failing disk or a killed copy would."""
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek((size // 3) // 4096 * 4096)
        fh.write(b"\xde\xad\xbe\xef" * (4096 * 4 // 4))
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert [r[0] for r in conn.execute("PRAGMA quick_check")] != ["ok"]
    except sqlite3.DatabaseError:
        pass
    finally:
        conn.close()


def count(path: Path, table: str) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def school_with_backups(paths) -> tuple[Path, Path]:
    """TST with one payment in a good backup, a later backup that is damaged too, and a payment after both."""
    school = build_small_school(paths.school_file("TST"))
    with school.db.write() as s:
        record_payment(s, school.office, school.students[0].id, 100_00, "cash")
    school.db.close()
    good = backup.take_backup(school.db.path, paths.backups, label="daily")
    time.sleep(0.01)
    db = open_school(school.db.path, paths.backups)
    with db.write() as s:
        record_payment(s, school.office, school.students[1].id, 250_00, "cash")
    db.close()
    bad = backup.take_backup(school.db.path, paths.backups, label="manual")
    damage(bad)
    conn = sqlite3.connect(school.db.path)  # fold the log in, so the damage below hits the data
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    damage(school.db.path)
    return school.db.path, good


def test_a_damaged_file_is_replaced_by_its_newest_good_backup_on_confirmation(daftar, qtbot, paths, tmp_path):
    path, good = school_with_backups(paths)
    good_payments = count(good, "payments")
    assert good_payments == 1

    daftar.start(school_code="TST")
    recovery = daftar.recovery
    assert recovery is not None and recovery.box is not None, "no backup was offered"
    box = recovery.box
    text = box.text() + "\n" + box.informativeText()
    assert "tst.daftar is damaged" in text
    assert "Daftar found a good backup made" in text
    assert "already synced come back from the school's server at the next sync" in text
    # The payment and outbox entries after the backup are still readable in the damaged file: said, and kept.
    assert re.search(r"2 change(s|\(s\))? waiting to sync can still be read from the damaged file", text), text
    # The newest backup is damaged too: the older, good one is offered.
    assert recovery.offer.backup.path == good
    assert recovery.restore_button.text() == "Restore the Backup"
    box.grab().save(str(tmp_path / "offer.png"))

    with qtbot.waitSignal(daftar.school_ready, timeout=20_000):
        recovery.restore_button.click()
    assert isinstance(daftar.main_window, MainWindow) and daftar.main_window.isVisible()
    # The school is the backup's: its payment is there, the later one was not in it.
    assert count(path, "payments") == good_payments
    assert count(path, "students") == 5
    # The damaged file was kept aside, not deleted.
    kept = list(paths.backups.glob("tst-replaced-*.daftar"))
    assert len(kept) == 1
    # What may be missing is said after the restore too.
    told = daftar.message
    assert isinstance(told, QMessageBox)
    assert "restored from the backup made" in told.text()
    assert "kept as tst-replaced-" in told.text()
    assert "come back at the next sync" in told.text()
    assert re.search(r"2 change(s|\(s\))? waiting to sync were recovered", told.text()), told.text()
    assert count(path, "outbox") == count(good, "outbox") + 2  # the later payment will still reach the server
    told.grab().save(str(tmp_path / "told.png"))


def test_saying_no_leaves_the_damaged_file_as_it_was(daftar, qtbot, paths):
    path, _good = school_with_backups(paths)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    daftar.start(school_code="TST")
    recovery = daftar.recovery
    not_now = next(b for b in recovery.box.buttons() if b.text() == "Not Now")
    with qtbot.waitSignal(daftar.open_failed):
        not_now.click()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not list(paths.backups.glob("tst-replaced-*"))
    assert daftar.main_window is None and daftar.welcome.isVisible()


def test_with_no_good_backup_it_says_so_and_changes_nothing(daftar, qtbot, paths):
    school = build_small_school(paths.school_file("TST"))
    school.db.close()
    damage(school.db.path)
    before = hashlib.sha256(school.db.path.read_bytes()).hexdigest()
    with qtbot.waitSignal(daftar.open_failed):
        daftar.start(school_code="TST")
    assert "there is no good backup of it on this computer" in daftar.message.informativeText()
    assert hashlib.sha256(school.db.path.read_bytes()).hexdigest() == before
    assert daftar.main_window is None


def school_damaged_after_a_clean_close(paths) -> tuple[Path, Path]:
    """TST backed up, a payment after the backup, closed cleanly; then a failing disk flips bytes in a page
    without changing the file's size or time (so opening it skips the whole-file check)."""
    import os

    school = build_small_school(paths.school_file("TST"))
    school.db.close()
    good = backup.take_backup(school.db.path, paths.backups, label="daily")
    db = open_school(school.db.path, paths.backups)
    with db.write() as s:
        record_payment(s, school.office, school.students[1].id, 250_00, "cash")
    db.close()
    path = school.db.path
    assert Path(str(path) + "-closed").exists(), "not stamped as closed cleanly"
    st = path.stat()
    damage(path)
    for side in ("-wal", "-shm"):  # left empty by damage()'s own read-only look
        Path(str(path) + side).unlink(missing_ok=True)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    return path, good


def test_writes_wait_for_the_start_up_check_and_a_damaged_file_is_never_written(paths):
    from sqlalchemy import text

    from app.storage.db import SchoolFileError, StartupCheck

    path, _good = school_damaged_after_a_clean_close(paths)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    db = open_school(path, paths.backups)  # opens at once: closed cleanly and unchanged, as far as it can tell
    try:
        check = StartupCheck(db, wait_seconds=0.2)
        assert StartupCheck.needed(db)
        with pytest.raises(SchoolFileError, match="still being checked"):
            with db.write() as s:
                s.execute(text("DELETE FROM outbox"))
        with db.engine.connect() as c, pytest.raises(Exception, match="readonly"):
            c.exec_driver_sql("DELETE FROM outbox")  # even a raw write, past the ORM, is refused
        with pytest.raises(SchoolFileError, match="damaged"):
            check.run()
        with pytest.raises(SchoolFileError, match="damaged"):
            with db.write() as s:
                s.execute(text("DELETE FROM outbox"))
    finally:
        db.close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not Path(str(path) + "-closed").exists()  # the next open checks it whole


def test_damage_found_by_the_start_up_check_closes_the_school_and_offers_the_good_backup(daftar, qtbot, paths):
    path, good = school_damaged_after_a_clean_close(paths)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    daftar.start(school_code="TST")
    # The window showed at once (no whole-file check on opening); the check behind it finds the damage.
    qtbot.waitUntil(lambda: daftar.recovery is not None and daftar.recovery.box is not None, timeout=20_000)
    assert daftar.main_window is None and daftar.school is None
    box = daftar.recovery.box
    text = box.text() + "\n" + box.informativeText()
    assert "tst.daftar is damaged" in text and "Daftar found a good backup made" in text, text
    assert daftar.recovery.offer.backup.path == good
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # nothing was written to it
    with qtbot.waitSignal(daftar.school_ready, timeout=20_000):
        daftar.recovery.restore_button.click()
    assert isinstance(daftar.main_window, MainWindow) and daftar.main_window.isVisible()
    assert count(path, "students") == 5
