"""A large first download runs in a helper process (app.sync.download): the app's own process keeps
Python's lock for its UI thread. What it writes, and what stops it, are those of a download in the app's
own thread; these tests make any download "large" (``process_rows``) and use small pages."""

from __future__ import annotations

import contextlib
import datetime as dt
import multiprocessing
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import jwt

from app.storage.db import DEFERRED_INDEXES_KEY, check_school_file
from app.storage.migrate import create_school_file
from app.storage.models import SYNCED_TABLES
from app.sync import download
from app.sync import engine as engine_module
from app.sync.status import SyncStatus
from server.ids import new_id
from server.schools import bulk_insert
from server.security import make_access_token
from tests.sync.conftest import TODAY, share_keyring
from tests.sync.test_first_download import indexes, meta, synced_rows

ROOT = Path(__file__).resolve().parents[2]


def checksums_match(device) -> None:
    server = device.signed.client.checksums()["entities"]
    local = device.signed.engine.local_checksums(list(server))
    assert {k: (v["count"], v["checksum"]) for k, v in server.items()} == local


def large(device, page_size: int = 3):
    """Any download of ``device`` is "large": it runs in a helper process, in pages of ``page_size``."""
    engine = device.signed.engine
    engine.page_size, engine.process_rows = page_size, 1
    return engine


def niceness_of_each_thread(pid: int) -> list[int]:
    """The niceness of every thread of process ``pid`` (Linux's /proc; the 19th field of each task's stat)."""
    found = []
    for stat in Path(f"/proc/{pid}/task").glob("*/stat"):
        with contextlib.suppress(FileNotFoundError):  # a thread that ended meanwhile
            found.append(int(stat.read_text().rsplit(")", 1)[1].split()[16]))
    return found


def test_a_large_download_runs_in_a_helper_process_and_ends_equal_to_the_server(server_school, devices):
    principal = devices(server_school, "principal", sync=False)
    engine = large(principal)
    seen: list[SyncStatus] = []
    helper_niceness: list[int] = []

    def look(status: SyncStatus) -> None:
        seen.append(status)
        if status.phase == "pulling" and status.rows_done and not helper_niceness and sys.platform == "linux":
            helper = next(p for p in multiprocessing.active_children() if p.name == "daftar-download")
            helper_niceness.extend(niceness_of_each_thread(helper.pid))

    engine._on_status = look
    report = principal.sync()
    assert report.ok, report.describe()
    assert report.download_process not in (None, os.getpid())
    if sys.platform == "linux":
        # The helper and each of its threads (the page reader among them) give way to the app's.
        ours = os.getpriority(os.PRIO_PROCESS, 0)
        assert len(helper_niceness) >= 2 and set(helper_niceness) == {min(19, ours + download.HELPER_NICENESS)}
    checksums_match(principal)
    pulling = [s for s in seen if s.phase == "pulling" and s.rows_done]
    assert [s.rows_done for s in pulling] == sorted(s.rows_done for s in pulling)
    assert pulling[-1].rows_done == pulling[-1].rows_total == report.pulled > 3
    assert pulling[-1].pages_done == -(-report.pulled // 3)


def test_cancel_stops_the_helper_between_pages_and_what_arrived_is_kept(server_school, devices, tmp_path):
    principal = devices(server_school, "principal", sync=False)
    engine = large(principal)
    rows: list[int] = []
    engine._on_status = lambda s: rows.append(s.rows_done) if s.phase == "pulling" and s.rows_done else None
    engine.should_stop = lambda: len(rows) >= 2  # Cancel, once two pages have arrived
    report = principal.sync()
    assert report.stopped and "stopped" in report.error
    kept = synced_rows(principal.db)
    assert kept == report.pulled >= 6 and kept % 3 == 0  # whole pages, each committed with its cursor
    assert meta(principal.db, DEFERRED_INDEXES_KEY) is None and indexes_whole(principal.db.path, tmp_path)
    engine.should_stop = None
    report = principal.sync()  # carries on from the cursor (no longer a download into an empty file)
    assert report.ok and not report.repaired, report.describe()
    checksums_match(principal)


def test_a_helper_killed_mid_download_is_reported_and_the_next_sync_carries_on(server_school, devices, tmp_path):
    principal = devices(server_school, "principal", sync=False)
    engine = large(principal)
    killed: list[int] = []

    def kill_the_helper(status: SyncStatus) -> None:
        if status.phase == "pulling" and status.rows_done >= 6 and not killed:
            helper = next(p for p in multiprocessing.active_children() if p.name == "daftar-download")
            os.kill(helper.pid, signal.SIGKILL)
            killed.append(helper.pid)

    engine._on_status = kill_the_helper
    report = principal.sync()
    assert killed and report.download_process == killed[0]
    assert not report.ok and "stopped unexpectedly" in report.error and "What arrived is kept" in report.error
    assert engine.status.phase == "error" and engine.status.last_error == report.error
    check_school_file(principal.db.path, thorough=True)
    assert indexes_whole(principal.db.path, tmp_path)  # left out by the download, made again by the app
    engine._on_status = None
    report = principal.sync()
    assert report.ok and not report.repaired, report.describe()
    checksums_match(principal)


def test_an_access_token_that_expires_mid_download_is_refreshed_by_the_app(server_school, devices, monkeypatch,
                                                                          memory_keyring):
    principal = devices(server_school, "principal", sync=False)
    large(principal)
    client = principal.signed.client
    refresh_before = client.tokens.refresh_token
    expired = expired_token(server_school, client)
    real_run = engine_module.run_download

    def run_after_the_token_expired(engine, report):  # the token runs out between the first page and the helper
        client.tokens.access_token = expired
        real_run(engine, report)

    monkeypatch.setattr(engine_module, "run_download", run_after_the_token_expired)
    report = principal.sync()
    assert report.ok and report.download_process, report.describe()
    assert client.tokens.access_token not in ("", expired)  # the app refreshed it ...
    assert client.tokens.refresh_token not in (None, refresh_before)  # ... and keeps the rotated refresh token
    checksums_match(principal)


def test_a_sign_in_revoked_mid_download_stops_it_and_asks_to_sign_in_again(server_school, devices, monkeypatch):
    principal = devices(server_school, "principal", sync=False)
    large(principal)
    client = principal.signed.client
    expired = expired_token(server_school, client)
    real_run = engine_module.run_download

    def run_after_a_sign_out_elsewhere(engine, report):
        client.tokens.access_token = expired
        # Signed out from elsewhere: the server revokes the refresh token.
        assert httpx.post(f"{server_school.live.url}/auth/logout", headers={"X-Daftar-Protocol": "1"},
                          json={"refresh_token": client.tokens.refresh_token}).status_code < 300
        real_run(engine, report)

    monkeypatch.setattr(engine_module, "run_download", run_after_a_sign_out_elsewhere)
    report = principal.sync()
    assert not report.ok and "Sign in again" in report.error
    assert principal.signed.engine.status.phase == "signed_out"


#: The app (``daftar sync``) with every download "large", in pages of 3.
APP_WITH_A_HELPER = """
import sys, keyring
sys.path.insert(0, sys.argv[1])
from tests.sync.conftest import FileKeyring
keyring.set_keyring(FileKeyring(sys.argv[2]))
from app.sync import engine
engine.PROCESS_DOWNLOAD_ROWS = 1
real = engine.SyncEngine.__init__
def small_pages(self, *args, **kwargs):
    real(self, *args, **kwargs)
    self.page_size = 3
engine.SyncEngine.__init__ = small_pages
from app.cli import main
sys.exit(main(["--data-dir", sys.argv[3], "--lang", "en_US", "sync", "--school", sys.argv[4]]))
"""


def test_a_helper_whose_app_is_killed_stops(server_school, devices, tmp_path):
    many_marks(server_school, 3000)  # ~1,000 pages of 3: the helper is busy when the app goes
    principal = devices(server_school, "principal", sync=False)
    shared = share_keyring(tmp_path / "keyring.json")
    paths, code = principal.paths, server_school.code
    principal.close()
    app = subprocess.Popen([sys.executable, "-c", APP_WITH_A_HELPER, str(ROOT), str(shared.path), str(paths.data),
                            code], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        helper = wait_for_helper(paths.logs / "daftar.log")
        deadline = time.monotonic() + 30
        while synced_rows_at(paths.school_file(code)) < 30 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert running(helper)
    finally:
        app.kill()
        app.communicate(timeout=30)
    deadline = time.monotonic() + 20
    while running(helper) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not running(helper)  # it read the end of its orders and stopped after its page ...
    assert synced_rows_at(paths.school_file(code)) < 3000  # ... long before the download's end
    check_school_file(paths.school_file(code), thorough=True)


# -- helpers ---------------------------------------------------------------------------


def synced_rows_at(path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    try:
        return sum(conn.execute(f'SELECT count(*) FROM "{name}" WHERE version IS NOT NULL').fetchone()[0]
                   for name in SYNCED_TABLES)
    finally:
        conn.close()


def indexes_whole(path, scratch) -> bool:
    """Whether the file at ``path`` has every index a new school file has (a download leaves some out)."""
    create_school_file(scratch / "new.daftar")
    return indexes(path) == indexes(scratch / "new.daftar")


def expired_token(school, client) -> str:
    claims = jwt.decode(client.tokens.access_token, options={"verify_signature": False})
    return make_access_token(school.live.settings.jwt_secret, claims["sub"], claims["sch"], -60)


def many_marks(school, n: int) -> None:
    ids = school.ids
    rows = [{"id": new_id(), "student_id": ids[f"student{1 + i % 3}"], "section_id": ids["sec_a"],
             "date": (TODAY - dt.timedelta(days=1 + i // 3)).isoformat(), "period": 0, "code": "P", "note": "",
             "marked_by": None, "marked_at": "2026-01-05T07:30:00.000000Z", "device_id": "flood"}
            for i in range(n)]
    bulk_insert(school.engine, school.id, {"attendance_marks": rows})


def wait_for_helper(logfile, timeout: float = 30.0) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if logfile.exists():
            found = re.search(r"in a helper process \((\d+)\)", logfile.read_text())
            if found:
                return int(found.group(1))
        time.sleep(0.05)
    raise AssertionError("the app did not start a helper process")


def running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has ended
    except FileNotFoundError:
        return False
