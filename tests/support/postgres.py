"""A throwaway PostgreSQL cluster for tests.

``initdb`` into a temporary directory, ``pg_ctl start`` on 127.0.0.1 and a
free port with its unix socket inside that directory, ``pg_ctl stop`` and
removal at the end. Binaries come from ``DAFTAR_PG_BIN`` or the newest
``/usr/lib/postgresql/*/bin``. initdb refuses to run as root, so under root
the cluster runs as the ``postgres`` system user (``runuser``).

In a conftest::

    from tests.support.postgres import postgres_cluster  # noqa: F401  (session fixture)

    def test_x(postgres_cluster):
        url = postgres_cluster.create_database()   # a fresh, empty database
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest


def find_bin() -> Path | None:
    env = os.environ.get("DAFTAR_PG_BIN")
    if env and (Path(env) / "initdb").exists():
        return Path(env)
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[-3]))
    return Path(candidates[-1]).parent if candidates else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresCluster:
    """One running cluster; :meth:`create_database` hands out fresh databases."""

    def __init__(self, bin_dir: Path):
        self.bin_dir = bin_dir
        self.as_root = os.geteuid() == 0
        self.tmp = Path(tempfile.mkdtemp(prefix="daftar-pg-"))
        self.data = self.tmp / "data"
        self.port = free_port()
        self.user = "daftar"
        self._names = itertools.count(1)
        self.started = False

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        cmd = [str(self.bin_dir / args[0]), *args[1:]]
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, check=check, capture_output=True, text=True, cwd=self.tmp)

    def start(self) -> None:
        if self.as_root:
            shutil.chown(self.tmp, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-U", self.user, "--auth=trust", "-E", "UTF8",
                  "--locale=C", "--no-sync")
        options = (f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.tmp} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
                   "-c shared_buffers=128MB")
        result = self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.tmp / "log"), "-w",
                           "-t", "60", "start", check=False)
        if result.returncode != 0:
            log = (self.tmp / "log").read_text() if (self.tmp / "log").exists() else ""
            raise RuntimeError(f"PostgreSQL did not start: {result.stderr}\n{log}")
        self.started = True

    def stop(self) -> None:
        if self.started:
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop", check=False)
            self.started = False
        shutil.rmtree(self.tmp, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str | None = None) -> str:
        import psycopg

        name = name or f"test_{os.getpid()}_{next(self._names)}"
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user={self.user} dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def __enter__(self) -> "PostgresCluster":
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


@pytest.fixture(scope="session")
def postgres_cluster():
    """A PostgreSQL cluster for the whole test session.

    Without PostgreSQL the tests that need it fail, saying what to install: a
    skip would let a run without the production database pass unnoticed
    (``python3 dev.py test`` and ``.ci/run`` install it).
    """
    bin_dir = find_bin()
    if bin_dir is None:
        pytest.fail("PostgreSQL is not installed: apt-get install postgresql, or set DAFTAR_PG_BIN "
                    "(python3 dev.py test installs it when run as root).")
    cluster = PostgresCluster(bin_dir)
    try:
        cluster.start()
    except Exception:
        cluster.stop()
        raise
    yield cluster
    cluster.stop()
