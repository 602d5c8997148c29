"""A PostgreSQL cluster kept in the benchmark cache, started for a run and stopped after it.

The tests' cluster (:mod:`tests.support.postgres`) is thrown away after each
session; the benchmark keeps its data directory so that the ``large`` demo
school is loaded once. Each run copies the loaded database
(``CREATE DATABASE … TEMPLATE …``) and works on the copy, so the cached school
stays as loaded. initdb refuses to run as root: as root the cluster runs as
the ``postgres`` system user (``runuser``), as the tests do.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import socket
import subprocess
from pathlib import Path


def find_bin() -> Path | None:
    from tests.support.postgres import find_bin as tests_find_bin

    return tests_find_bin()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class BenchCluster:
    """``initdb`` once into ``root/data``; :meth:`start` and :meth:`stop` per run."""

    user = "daftar"

    def __init__(self, root: Path, bin_dir: Path) -> None:
        self.root = Path(root)
        self.data = self.root / "data"
        self.bin_dir = Path(bin_dir)
        self.as_root = os.geteuid() == 0
        self.port = 0
        self.started = False

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        cmd = [str(self.bin_dir / args[0]), *args[1:]]
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, check=check, capture_output=True, text=True, cwd=self.root)

    def version(self) -> str:
        out = subprocess.run([str(self.bin_dir / "postgres"), "--version"], capture_output=True, text=True)
        return out.stdout.strip().rsplit(" ", 1)[-1] if out.returncode == 0 else "?"

    def start(self) -> "BenchCluster":
        """Start the cluster, or join it where another benchmark run has started it.

        Each run holds a shared lock while it uses the cluster; the last one to
        leave stops it (:meth:`stop`).
        """
        self.root.mkdir(parents=True, exist_ok=True)
        if self.as_root:
            shutil.chown(self.root, "postgres", "postgres")
        self._users = open(self.root.parent / "postgres-users.lock", "a+")  # noqa: SIM115 - closed in stop()
        with open(self.root.parent / "postgres-start.lock", "a+") as start_lock:
            fcntl.flock(start_lock, fcntl.LOCK_EX)
            fcntl.flock(self._users, fcntl.LOCK_SH)
            pid_file = self.data / "postmaster.pid"
            if pid_file.exists() and self._run("pg_ctl", "-D", str(self.data), "status", check=False).returncode == 0:
                self.port = int(pid_file.read_text().splitlines()[3])
                self.started = True
                return self
            self._start()
        return self

    def _start(self) -> None:
        if not (self.data / "PG_VERSION").exists():
            shutil.rmtree(self.data, ignore_errors=True)
            self._run("initdb", "-D", str(self.data), "-U", self.user, "--auth=trust", "-E", "UTF8",
                      "--locale=C", "--no-sync")
        self.port = _free_port()
        # The same settings as the tests' cluster: a throwaway database, so no fsync.
        options = (f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.root} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
                   "-c shared_buffers=128MB")
        log = self.root / "log"
        result = self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(log), "-w", "-t", "60",
                           "start", check=False)
        if result.returncode != 0:
            text = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"PostgreSQL did not start: {result.stderr}\n{text}")
        self.started = True

    def stop(self) -> None:
        """Leave the cluster; stop it if no other benchmark run is using it."""
        if not self.started:
            return
        self.started = False
        with open(self.root.parent / "postgres-start.lock", "a+") as start_lock:
            fcntl.flock(start_lock, fcntl.LOCK_EX)
            fcntl.flock(self._users, fcntl.LOCK_UN)
            try:
                fcntl.flock(self._users, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                pass  # another run still uses it
            else:
                self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop", check=False)
            finally:
                self._users.close()

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def _admin(self):  # noqa: ANN202 - a psycopg connection
        import psycopg

        return psycopg.connect(f"host=127.0.0.1 port={self.port} user={self.user} dbname=postgres", autocommit=True)

    def databases(self) -> set[str]:
        with self._admin() as conn:
            return {r[0] for r in conn.execute("SELECT datname FROM pg_database")}

    def create_database(self, name: str, template: str | None = None) -> str:
        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)

    def drop_database(self, name: str) -> None:
        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def server_version(self) -> str:
        with self._admin() as conn:
            return str(conn.execute("SHOW server_version").fetchone()[0]).split(" ")[0]
