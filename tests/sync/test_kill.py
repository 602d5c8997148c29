"""Kill tests (issue 5): ``daftar sync`` killed with SIGKILL at random points.

A real client process syncs a school with payments waiting to go up and tens
of thousands of attendance marks waiting to come down; it is killed at a
seeded random moment (during push, during the pull's page applies, or
between). Before each kill the principal saves payments, a roll call and
marks of a test. After each kill the school file must open cleanly, every
payment, attendance mark and mark saved must still be there once with its
last value, the next sync must complete, and the server must hold each
exactly once.
"""

from __future__ import annotations

import datetime as dt
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.services.attendance import MarkEntry, mark_attendance
from app.services.fees import record_payment
from app.services.grades import MarkValue, record_marks
from app.storage.db import check_school_file
from app.sync import credentials
from app.sync.account import resume
from server.ids import new_id
from server.schools import bulk_insert
from tests.sync.conftest import SYNC_CHILD, share_keyring

ROOT = Path(__file__).resolve().parents[2]
RUNS = 6
TODAY = dt.date.today()



@pytest.fixture(scope="module")
def backend_url(tmp_path_factory) -> str:
    """SQLite: what is killed is the client; the server's database changes nothing here."""
    return "sqlite:///" + str(tmp_path_factory.mktemp("server") / "server.sqlite3")


def _flood(school, n: int, run: int) -> None:
    """n attendance marks of past days (each run its own days), straight into the server, for a long pull."""
    ids = school.ids
    rows = []
    for i in range(n):
        student = ids[f"student{1 + i % 3}"]
        day = TODAY - dt.timedelta(days=1 + run * n // 3 + i // 3)
        rows.append({"id": new_id(), "student_id": student, "section_id": ids["sec_a"], "date": day.isoformat(),
                     "period": 0, "code": "P", "note": "", "marked_by": None,
                     "marked_at": f"{day.isoformat()}T07:30:00.000000Z", "device_id": "flood"})
    bulk_insert(school.engine, school.id, {"attendance_marks": rows})


def test_a_sync_killed_at_random_points_loses_and_doubles_nothing(server_school, devices, tmp_path):
    rng = random.Random(20261123)
    office = devices(server_school, "principal")  # takes payments, calls the roll and enters marks
    # From here on parent and child share one keyring file, as processes share the OS keychain.
    shared = share_keyring(tmp_path / "keyring.json")
    saved: list[str] = []
    ids = server_school.ids
    pupils = [ids[f"student{i}"] for i in (1, 2, 3)]  # the pupils of 7 A
    roll: dict[str, str] = {}  # today's attendance mark of each pupil, as last saved
    scores: dict[str, int] = {}  # each pupil's mark in Test 1, as last saved
    kills = {"during_push": 0, "during_pull": 0, "finished": 0}
    paths, code = office.paths, server_school.code
    office.close()
    for run in range(RUNS):
        _flood(server_school, 4200, run)
        signed = resume(paths, code)
        with signed.db.write() as s:
            for _ in range(rng.randint(5, 40)):
                saved.append(record_payment(s, signed.actor, server_school.ids[f"student{rng.randint(1, 6)}"],
                                            rng.randint(1, 5000), "cash").receipt_no)
            codes = {p: rng.choice("PAL") for p in pupils}
            mark_attendance(s, signed.actor, ids["sec_a"], TODAY, {p: MarkEntry(c) for p, c in codes.items()})
            roll.update(codes)
            marks = {p: rng.randint(0, 5000) for p in pupils}
            record_marks(s, signed.actor, ids["assess_a"], {p: MarkValue("scored", v) for p, v in marks.items()})
            scores.update(marks)
        signed.close()
        credentials.clear_memory()  # read what the child left in the keyring, as a new process would
        child = subprocess.Popen([sys.executable, "-c", SYNC_CHILD, str(ROOT), str(shared.path), str(paths.data), code],
                                 cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        # Kill a few milliseconds after a chosen progress event: "sending" (the push is under way)
        # or the k-th page received (the pull is applying pages). Events, not a timer: the
        # machine's load cannot move the kill out of the sync.
        target = 0 if run % 3 == 0 else rng.randint(1, 3)  # every third run aims at the push
        seen = []
        for line in child.stdout:
            seen.append(line)
            if len(seen) > target:
                # The push of a few dozen changes is over in milliseconds: a kill meant for it comes at once.
                time.sleep(rng.uniform(0, 0.03) if target else rng.uniform(0, 0.002))
                child.send_signal(signal.SIGKILL)
                break
        out, err = child.communicate(timeout=60)
        out = "".join(seen) + out
        assert "Traceback" not in err, err
        finished = child.returncode == 0
        # After the kill: the file is healthy, nothing saved is missing, and the next sync completes.
        check_school_file(paths.school_file(code))
        credentials.clear_memory()
        signed = resume(paths, code)
        try:
            with signed.db.session() as s:
                from app.storage.models import Payment

                from app.storage.models import AttendanceMark, Mark, OutboxEntry

                # Killed before the server had answered the whole push, the changes still wait in the outbox.
                waiting = s.query(OutboxEntry).count()
                kills["finished" if finished else "during_push" if waiting else "during_pull"] += 1

                local = sorted(p.receipt_no for p in s.query(Payment))
                today = sorted((m.student_id, m.code) for m in s.query(AttendanceMark).filter_by(date=TODAY))
                entered = sorted((m.student_id, m.score_centi) for m in s.query(Mark).filter_by(
                    assessment_id=ids["assess_a"], deleted=False))
            assert local == sorted(saved), f"run {run}: a saved payment went missing"
            assert today == sorted(roll.items()), f"run {run}: today's roll call is not as saved"
            assert entered == sorted(scores.items()), f"run {run}: the marks are not as saved"
            report = signed.engine.sync()
            assert report.ok, report.describe()
            assert signed.engine.status.pending == 0
            server = signed.client.checksums()["entities"]
            assert server["payments"]["count"] == len(saved)  # each exactly once
            assert server["marks"]["count"] == len(pupils)
            local_sums = signed.engine.local_checksums(list(server))
            assert {k: (v["count"], v["checksum"]) for k, v in server.items()} == local_sums
        finally:
            signed.close()
    print(f"\nkills: {kills}")
    assert kills["during_push"] >= 1 and kills["during_pull"] >= 2, kills  # both phases really were hit
