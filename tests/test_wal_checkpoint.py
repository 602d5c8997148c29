"""An open school's write-ahead log is copied back into the school file in the background.

Every connection of an open school has SQLite's automatic checkpoint off (it ran inside the commit
that crossed 1,000 pages: a day's pull paid for it, and so could a person's save); the file's
checkpointer (``app/storage/checkpoint.py``) does it on its own thread. What a person would notice
if it did not: the ``-wal`` file beside the school growing with every save for as long as Daftar is
open, and the school file itself (what a copy of it with a file manager takes) missing the day's work.
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time
from pathlib import Path

from app.services.attendance import MarkEntry, mark_attendance
from app.storage import checkpoint
from app.storage.db import open_school

WAIT_SECONDS = 30.0  # a loaded machine's disk can be slow; the checkpointer looks every 0.5 s


def _alone(path: Path, scratch: Path) -> sqlite3.Connection:
    """The school file as a copy of the file alone (no ``-wal`` beside it) would have it."""
    scratch.mkdir(exist_ok=True)
    copy = scratch / f"alone-{time.monotonic_ns()}.daftar"
    shutil.copyfile(path, copy)
    return sqlite3.connect(f"file:{copy}?immutable=1", uri=True)


def _marks_in_file_alone(path: Path, scratch: Path, code: str) -> int | None:
    """How many of the school's attendance marks have ``code`` in the file alone (None: caught mid-write)."""
    try:
        conn = _alone(path, scratch)
        try:
            return conn.execute("SELECT count(*) FROM attendance_marks WHERE code = ? AND deleted = 0",
                                (code,)).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError:  # copied while a checkpoint was writing into it: look again
        return None


def _wait_for_file(path: Path, scratch: Path, code: str, expected: int) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while _marks_in_file_alone(path, scratch, code) != expected:
        assert time.monotonic() < deadline, "the school file itself never got the saves (nothing checkpointed)"
        time.sleep(0.1)


def _wal_size(path: Path) -> int:
    wal = Path(str(path) + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def test_saves_reach_the_school_file_itself_and_its_log_does_not_grow_with_every_save(school, school_day, tmp_path):
    db, students = school.db, school.students
    conn = db.engine.raw_connection()
    try:
        # Every connection of the open school leaves checkpoints to the background.
        assert conn.driver_connection.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
    finally:
        conn.close()
    sizes = []
    for burst in range(6):  # a morning's roll calls, a pause after each, as a person takes them
        code = "A" if burst % 2 else "P"
        for saves in range(40):
            marks = {st.id: MarkEntry(code if (i + saves) % 2 else "L") for i, st in enumerate(students)}
            marks[students[0].id] = MarkEntry(code)
            with db.write() as s:
                mark_attendance(s, school.principal, school.section.id, school_day, marks, period=1 + saves % 4)
        sizes.append(_wal_size(db.path))
        # Within moments of the last save, the school file itself holds it (SQLite would have left up to
        # 1,000 pages in the log alone; with its checkpoint off and none of our own, it would hold all).
        with db.engine.connect() as c:  # what Daftar itself reads (the file and its log)
            saved = c.exec_driver_sql("SELECT count(*) FROM attendance_marks WHERE code = ? AND deleted = 0",
                                      (code,)).scalar()
        assert saved >= 4
        _wait_for_file(db.path, tmp_path / "copies", code, saved)
    # The log was written again from its start after each checkpoint: six bursts' saves in the space of
    # about one (without checkpoints, the log holds every save and ends some six times the first burst's size).
    assert sizes[-1] <= 2 * sizes[0], sizes
    db.close()
    assert not Path(str(db.path) + "-wal").exists()  # closed: the log folded in and removed, as before


def test_a_file_closed_while_the_checkpointer_works_on_it_closes_whole(tmp_path):
    """Closing a school (sign-out, switching school) waits for a checkpoint of it under way, then its last
    connection folds the rest in: no thread left looking at the file, nothing left in a log."""
    path = tmp_path / "big.daftar"
    db = open_school(path, create=True)
    with db.engine.begin() as c:
        raw = c.connection.driver_connection
        raw.execute("CREATE TABLE filler (n INTEGER PRIMARY KEY, blob BLOB)")
    for start in range(0, 4000, 400):  # ~16 MB written in ten commits, none checkpointed by its commit
        with db.engine.begin() as c:
            c.connection.driver_connection.executemany(
                "INSERT INTO filler VALUES (?, randomblob(4000))", [(n,) for n in range(start, start + 400)])
    assert _wal_size(path) > 0
    db.checkpoint_soon()
    time.sleep(0.05)  # the checkpointer has very likely started on it
    db.close()
    assert not Path(str(path) + "-wal").exists()
    assert not any(w.path == path for w in checkpoint._watches)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM filler").fetchone()[0] == 4000
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    # The last open school closed: the checkpointer's thread ends with it.
    deadline = time.monotonic() + WAIT_SECONDS
    while any(t.name == "daftar-checkpoint" for t in threading.enumerate()) and not checkpoint._watches:
        assert time.monotonic() < deadline, "the checkpointer's thread outlived the last open school"
        time.sleep(0.05)
