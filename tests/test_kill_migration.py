"""Kill tests (issue 5): a migration killed with SIGKILL part way.

A child process migrates a populated school file (tens of thousands of
attendance marks, pending changes of every kind) with a deliberately slow
test migration, and is killed a few milliseconds after a chosen progress
event: while the backup is being made, after it, after the copy, in the
middle of migrating the copy, just before the swap, just after it. After
each kill the school file must be either the old version intact or the new
one — never half of either — with every row there (same counts and the same
content checksum of every column the old version had), and the next open
must migrate it (or find it done) and keep every row.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.services.attendance import MarkEntry, mark_attendance
from app.services.fees import record_payment
from app.services.grades import MarkValue, record_marks
from app.storage import backup, migrate
from app.storage.db import check_school_file
from tests.school import build_small_school

ROOT = Path(__file__).resolve().parents[1]
SLOW = ROOT / "tests" / "migration_scripts" / "slow"
TODAY = dt.date.today()
BULK_DAYS = 4000

CHILD = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from app.storage import migrate
path, backups, scripts = Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4])
print("starting", flush=True)
migrate.upgrade_school_file(path, backups, [scripts], on_step=lambda name: print(name, flush=True))
print("done", flush=True)
"""

# (event to wait for, the most milliseconds to wait after it before the kill)
KILL_POINTS = [
    ("starting", 250),      # in the checks or while the backup is being copied
    ("backed-up", 5),       # the backup is made, the copy not yet
    ("copied", 20),         # the copy is made; the migration starts on it
    ("slow-step 1", 30),    # in the middle of migrating the copy
    ("slow-step 4", 30),
    ("slow-step 5", 5),     # the last step, then the checks on the copy
    ("migrated", 2),        # the copy passed its checks: just before the swap
    ("replaced", 2),        # just after the swap, before the clean-up
]


def fingerprint(path: Path, columns: dict[str, list[str]]) -> dict[str, tuple[int, str]]:
    """Per table: row count and a checksum of the given columns of every row, in primary-key order."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out = {}
        for table, cols in columns.items():
            names = ", ".join(f'"{c}"' for c in cols)
            digest = hashlib.sha256()
            count = 0
            for row in conn.execute(f'SELECT {names} FROM "{table}" ORDER BY {names}'):
                digest.update(repr(row).encode())
                count += 1
            out[table] = (count, digest.hexdigest())
        return out
    finally:
        conn.close()


def table_columns(path: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
                  if r[0] not in ("alembic_version", "sqlite_sequence")]
        return {t: [c[1] for c in conn.execute(f'PRAGMA table_info("{t}")')] for t in tables}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    """A school at the newest real revision with pending work of every kind and 20,000 attendance marks."""
    folder = tmp_path_factory.mktemp("pristine")
    school = build_small_school(folder / "kill.daftar")
    with school.db.write() as s:
        mark_attendance(s, school.teacher, school.section.id, TODAY,
                        {st.id: MarkEntry("A" if i == 1 else "P") for i, st in enumerate(school.students)})
        record_marks(s, school.teacher, school.assessment.id,
                     {st.id: MarkValue("scored", 3000 + i) for i, st in enumerate(school.students)})
        for st in school.students:
            record_payment(s, school.office, st.id, 500_00, "cash")
    school.db.close()
    conn = sqlite3.connect(school.db.path)
    template = conn.execute("SELECT school_id, section_id, marked_by, device_id FROM attendance_marks").fetchone()
    students = [st.id for st in school.students]
    rows = []
    for day in range(1, BULK_DAYS + 1):
        date = (TODAY - dt.timedelta(days=day)).isoformat()
        for n, student in enumerate(students):
            rows.append((f"bulk-{day:05d}-{n}", template[0], student, template[1], date, 0, "P", "",
                         template[2], f"{date} 07:30:00.000000", template[3], day))
    conn.executemany(
        "INSERT INTO attendance_marks (id, school_id, student_id, section_id, date, period, code, note, "
        "marked_by, marked_at, device_id, version, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows)
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return school.db.path


def _run_child(path: Path, backups: Path) -> subprocess.Popen:
    env = dict(os.environ, DAFTAR_TEST_MIGRATION_PAUSE="0.15")  # the slow steps pause: a kill lands among them
    return subprocess.Popen([sys.executable, "-c", CHILD, str(ROOT), str(path), str(backups), str(SLOW)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_migration_killed_at_any_step_leaves_the_old_file_or_the_new_one(pristine, tmp_path, monkeypatch):
    monkeypatch.setenv("DAFTAR_TEST_MIGRATION_PAUSE", "0")  # this process's own upgrades after each kill
    rng = random.Random(20261123)
    old_revision = migrate.current_revision(pristine)
    assert old_revision == migrate.head_revision()
    columns = table_columns(pristine)
    before = fingerprint(pristine, columns)
    assert before["attendance_marks"][0] == BULK_DAYS * 5 + 5 and before["outbox"][0] > 0
    outcomes = {"old": 0, "new": 0}
    for run, (event, max_ms) in enumerate(KILL_POINTS):
        folder = tmp_path / f"run{run}"
        folder.mkdir()
        path, backups = folder / pristine.name, folder / "backups"
        shutil.copy(pristine, path)
        child = _run_child(path, backups)
        seen = []
        for line in child.stdout:
            seen.append(line.strip())
            if seen[-1] == event:
                time.sleep(rng.uniform(0, max_ms / 1000))
                child.send_signal(signal.SIGKILL)
                break
        out, err = child.communicate(timeout=60)
        seen += out.split()
        assert event in seen, f"run {run}: the child never reached {event}: {seen} {err}"
        assert "Traceback" not in err, err
        assert child.returncode == -signal.SIGKILL, f"run {run}: the child finished before the kill ({seen})"

        # The file is healthy, at the old revision or the new one, with every row and every value.
        check_school_file(path)
        revision = migrate.current_revision(path)
        assert revision in (old_revision, "9001"), revision
        outcomes["old" if revision == old_revision else "new"] += 1
        assert fingerprint(path, columns) == before, f"run {run} (killed after {event}): rows changed"
        if revision == "9001":
            assert "source" in table_columns(path)["attendance_marks"]
        # No half-made backup passes for a backup.
        for info in backup.list_backups(backups, path.stem):
            assert backup.is_healthy(info.path)
            assert fingerprint(info.path, columns) == before

        # The next open finishes the job (or finds it done), and every row is still there.
        migrate.upgrade_school_file(path, backups, [SLOW])
        assert migrate.current_revision(path) == "9001"
        assert fingerprint(path, columns) == before
        assert not list(folder.glob("*.migrating*")), "what the killed migration left was not cleared"
        assert not list(backups.glob("*.partial")), "a half-made backup was left behind"
        check_school_file(path)
    print(f"\nmigration kills: {len(KILL_POINTS)}, files found at the old version {outcomes['old']}, "
          f"at the new one {outcomes['new']}")
    assert outcomes["old"] >= 3 and outcomes["new"] >= 1, outcomes  # both sides of the swap were hit
