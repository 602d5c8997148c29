"""The server process killed (SIGKILL) while devices push: the client retries, the result is exactly once.

The reference server runs as its own process (``python -m server serve``) on
PostgreSQL; a device pushes batches of payments while the server is killed at
a seeded random moment and started again on the same port.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from app.services.fees import record_payment
from server.app import create_app
from tests.support.live_server import free_port
from tests.support.postgres import postgres_cluster  # noqa: F401  (session fixture)
from tests.sync.conftest import FAST_SCRYPT, Device, build_server_school

ROOT = Path(__file__).resolve().parents[2]
RUNS = 4


class ServerProcess:
    """The server in its own process; what it logs goes to ``log`` (appended across restarts), a file in the
    test's folder that the session's secrets check greps like every other log."""

    def __init__(self, database_url: str, port: int, log: Path) -> None:
        self.database_url, self.port, self.log = database_url, port, log
        self.proc: subprocess.Popen | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        env = dict(os.environ, DAFTAR_SERVER_SCRYPT_N=str(FAST_SCRYPT), DAFTAR_SERVER_RATE_PER_SECOND="10000",
                   DAFTAR_SERVER_RATE_BURST="10000", DAFTAR_SERVER_SECRET="server-kill-test-secret-0123456789")
        with self.log.open("ab") as log:  # the child keeps its own copy of the file
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "server", "serve", "--database-url", self.database_url, "--port",
                 str(self.port), "--log-level", "info"], cwd=ROOT, env=env, stdout=log, stderr=log)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.base + "/v1/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("the server process did not start")

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=30)


class _Live:
    """What build_server_school needs of a live server: its app (for the database engine) and base URL."""

    def __init__(self, app, base: str) -> None:
        self.app, self.base = app, base


@pytest.fixture
def server_process(postgres_cluster, tmp_path):
    url = postgres_cluster.create_database()
    app = create_app(__import__("tests.server.conftest", fromlist=["settings_for"]).settings_for(url))
    proc = ServerProcess(url, free_port(), tmp_path / "server.log")
    proc.start()
    yield proc, _Live(app, proc.base)
    proc.stop()
    app.state.engine.dispose()


def test_a_server_killed_during_pushes_applies_each_change_exactly_once(server_process, tmp_path):
    proc, live = server_process
    school = build_server_school(live)
    rng = random.Random(7)
    office = Device(tmp_path / "office", school, "office", max_attempts=3)
    receipts: list[str] = []
    interrupted = 0
    try:
        for _ in range(RUNS):
            for _ in range(rng.randint(20, 60)):
                receipts.append(office.write(record_payment, school.ids[f"student{rng.randint(1, 6)}"],
                                             rng.randint(1, 9000), "cash").receipt_no)
            result = {}
            syncing = threading.Thread(target=lambda: result.update(report=office.sync()))
            syncing.start()
            time.sleep(rng.uniform(0.0, 0.25))
            proc.kill()
            syncing.join(timeout=120)
            interrupted += 0 if result["report"].ok else 1
            proc.start()
            report = office.sync()
            assert report.ok, report.describe()
            assert office.signed.engine.status.pending == 0
        server = office.signed.client.checksums()["entities"]
        assert server["payments"]["count"] == len(receipts) == len(set(receipts))
        assert sorted(p["receipt_no"] for p in office.rows("payments").values()) == sorted(receipts)
        local = office.signed.engine.local_checksums(list(server))
        assert {k: (v["count"], v["checksum"]) for k, v in server.items()} == local
    finally:
        office.close()
    print(f"\nserver kills: {RUNS}, syncs interrupted: {interrupted}")
    assert interrupted >= 1  # the kills did land inside syncs
    # Every start's log is kept (and grepped for secrets with the others at the session's end).
    assert proc.log.read_text().count("Application startup complete.") == RUNS + 1
