"""What figures measure on: the cached demo schools, the servers, signed-in devices.

Everything is made on first use and kept for the rest of the run:

* the demo school, made once and cached under ``.bench-cache/`` (git-ignored):
  the client file by :func:`app.demo.generate_demo_school` and the server's
  databases (SQLite, and PostgreSQL in a cluster kept in the cache) by
  :func:`server.demo.load_demo`, both with the client CLI's seed (7), so the
  client and the server hold the same school. The demo is made relative to
  the school's today, so the cache is remade on a new day (or with
  ``--rebuild``);
* per run, working copies of those (the cache is never written to), and the
  reference server on each (``python -m server serve`` in its own process,
  on 127.0.0.1, as a school would run it);
* devices signed in to a server (``app.sync.account.sign_in`` into an empty
  data directory, which downloads the school): the first-pull figure makes
  them, later figures reuse them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CACHE = ROOT / ".bench-cache"
SEED = 7  # the client CLI's default seed (``daftar demo-data --seed``)
SCHOOL_CODE = "DEMO"
PASSWORDS = {"principal1": "principal1", "office1": "office1", "teacher1": "teacher1"}
#: The server for the benchmark: its defaults, except the per-user request rate,
#: which the concurrent figures exceed on purpose (20 devices of one user).
SERVER_ENV = {"DAFTAR_SERVER_RATE_PER_SECOND": "1000000", "DAFTAR_SERVER_RATE_BURST": "1000000"}
#: API processes of the server on PostgreSQL: one per core, as a district runs it (server/README.md, "Pull
#: speed"); the server on SQLite keeps one (its writes take the file's one lock anyway).
POSTGRES_SERVER_WORKERS = 2
#: ``--quick``'s school: the demo generator's school, with fewer students (every figure still has its rows,
#: each first pull downloads about a third of the small school's).
QUICK_SIZE = "bench-quick"
QUICK_STUDENTS = 120

log = logging.getLogger("bench")


def say(text: str) -> None:
    print(f"  · {text}", file=sys.stderr, flush=True)


def _fingerprint() -> str:
    """What makes the school's rows and schema: a change to them remakes the cache.

    (Not the loaders: they write the same rows however they do it; after a
    fix to one, ``--rebuild``.)
    """
    h = hashlib.sha256()
    for rel in ("app/demo/generator.py", "app/demo/names.py",
                "app/storage/migrations/versions", "server/migrations/versions"):
        p = ROOT / rel
        files = sorted(p.glob("*.py")) if p.is_dir() else [p]
        for f in files:
            if f.exists():
                h.update(f.name.encode())
                h.update(f.read_bytes())
    return h.hexdigest()[:12]


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _copy_sqlite(src: Path, dst: Path) -> None:
    """A consistent copy of a SQLite database (the backup API, pages as they are)."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    if dst.exists():
        dst.unlink()
    source = sqlite3.connect(str(src))
    target = sqlite3.connect(str(dst))
    try:
        source.backup(target, pages=4096)
    finally:
        target.close()
        source.close()


class RunningServer:
    """``python -m server serve`` in its own process, on 127.0.0.1."""

    def __init__(self, database_url: str, log_path: Path) -> None:
        from tests.support.live_server import free_port

        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"  # what a device is given (the client adds /v1)
        self.url = self.base + "/v1"
        env = dict(os.environ, **SERVER_ENV)
        self.workers = POSTGRES_SERVER_WORKERS if database_url.startswith("postgresql") else 1
        env["DAFTAR_SERVER_WORKERS"] = str(self.workers)
        env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
        self._log = open(log_path, "ab")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "server", "serve", "--database-url", database_url, "--host", "127.0.0.1",
             "--port", str(self.port), "--log-level", "warning"],
            cwd=ROOT, env=env, stdout=self._log, stderr=subprocess.STDOUT,
        )
        from app.sync.client import wait_until_healthy

        if wait_until_healthy(self.url + "/health", lambda: self.proc.poll() is None, 120):
            return
        if self.proc.poll() is not None:
            raise RuntimeError(f"The server stopped at start (see {log_path})")
        self.stop()
        raise RuntimeError(f"The server did not answer on {self.url}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()


class Context:
    def __init__(self, *, quick: bool, cache_dir: Path | None = None, rebuild: bool = False) -> None:
        self.quick = quick
        self.size = QUICK_SIZE if quick else "large"
        if quick:
            register_quick_size()
        self.seed = SEED
        self.cache = Path(cache_dir or os.environ.get("DAFTAR_BENCH_CACHE") or DEFAULT_CACHE)
        self.rebuild = rebuild
        self.work = self.cache / f"run-{os.getpid()}"
        _remove_abandoned_runs(self.cache)
        self.work.mkdir(parents=True, exist_ok=True)
        self._cluster = None
        self._pg_checked = False
        self._servers: dict[str, RunningServer] = {}
        self._server_urls: dict[str, str] = {}
        self._devices: dict[str, list[Any]] = {}
        self._manifest: dict[str, Any] | None = None
        self._prepared: dict[str, tuple[Path, Any]] = {}
        self._counter = 0
        self.state: dict[str, Any] = {}  # what one figure leaves for another (e.g. a day's cursor)
        self.cleanups: list[Any] = []  # callables run at close(), before the servers stop
        self._install_memory_keyring()

    # -- the run's scratch space ----------------------------------------------

    def scratch(self, name: str) -> Path:
        self._counter += 1
        path = self.work / f"{self._counter:03d}-{name}"
        path.mkdir(parents=True, exist_ok=True)
        return path

    @staticmethod
    def _install_memory_keyring() -> None:
        """No OS keychain in a benchmark: Daftar's own no-keyring path (tokens in memory only)."""
        import keyring
        from keyring.backends import fail

        keyring.set_keyring(fail.Keyring())

    # -- the cached demo school -----------------------------------------------

    @property
    def school_dir(self) -> Path:
        return self.cache / f"{self.size}-seed{self.seed}"

    def manifest(self) -> dict[str, Any]:
        """The cached school, made now if it is missing, stale (a new day, a new generator) or ``--rebuild``."""
        if self._manifest is not None:
            return self._manifest
        from app.demo.generator import school_today

        wanted = {"size": self.size, "seed": self.seed, "today": school_today().isoformat(),
                  "source": _fingerprint()}
        path = self.school_dir / "manifest.json"
        with _locked(self.cache / f"{self.size}.lock"):
            current = json.loads(path.read_text()) if path.exists() else {}
            if self.rebuild or any(current.get(k) != v for k, v in wanted.items()):
                self._build_school(wanted)
                path.write_text(json.dumps(wanted, indent=1))
                current = wanted
            self._manifest = current
        return current

    def _build_school(self, wanted: dict[str, Any]) -> None:
        from app.demo import generate_demo_school
        from server.db import make_engine, migrate
        from server.demo import load_demo

        if self.school_dir.exists():
            shutil.rmtree(self.school_dir)
        self.school_dir.mkdir(parents=True)
        started = time.perf_counter()
        say(f"making the {self.size} demo school (seed {self.seed}), once; it is cached in {self.cache.name}/")
        generate_demo_school(self.school_dir / "client.daftar", size=self.size, seed=self.seed)
        say(f"client file made in {time.perf_counter() - started:.0f} s; loading the server's SQLite database")
        started = time.perf_counter()
        engine = make_engine("sqlite:///" + str(self.school_dir / "server.sqlite3"))
        migrate(engine)
        load_demo(engine, size=self.size, seed=self.seed)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        engine.dispose()
        say(f"server SQLite loaded in {time.perf_counter() - started:.0f} s")
        cluster = self.pg_cluster()
        if cluster is not None:
            started = time.perf_counter()
            name = self._pg_template_name(wanted)
            for old in cluster.databases():
                if old.startswith(f"demo_{self.size}_"):
                    cluster.drop_database(old)
            url = cluster.create_database(name)
            engine = make_engine(url)
            migrate(engine)
            load_demo(engine, size=self.size, seed=self.seed)
            engine.dispose()
            say(f"server PostgreSQL loaded in {time.perf_counter() - started:.0f} s")

    def _pg_template_name(self, manifest: dict[str, Any]) -> str:
        return f"demo_{self.size}_{manifest['today'].replace('-', '')}"

    def client_school(self) -> Path:
        """The cached client file (read only: use :meth:`client_copy` to change it)."""
        self.manifest()
        return self.school_dir / "client.daftar"

    def client_copy(self, name: str = "school") -> Path:
        """A fresh copy of the client file, in a data directory of its own (``schools/demo.daftar``)."""
        from app.config import Paths

        paths = Paths.default(self.scratch(name)).ensure()
        target = paths.school_file(SCHOOL_CODE)
        _copy_sqlite(self.client_school(), target)
        return target

    def prepared_copy(self, name: str, key: str, prepare: Any) -> tuple[Path, Any]:
        """A fresh copy of the client file to which ``prepare(db, folder)`` was applied, and what it returned.

        ``prepare`` runs once in the run (not timed), on a copy of its own;
        every later figure that asks for the same ``key`` gets a copy of that
        prepared file (e.g. the class of 40 that six figures use) instead of
        preparing it again.
        """
        if key not in self._prepared:
            from app.storage.db import open_school

            path = self.client_copy(f"{key}-made")
            db = open_school(path, path.parent.parent / "backups")
            try:
                result = prepare(db, path.parent.parent)
            finally:
                db.close()
            self._prepared[key] = (path, result)
        source, result = self._prepared[key]
        from app.config import Paths

        paths = Paths.default(self.scratch(name)).ensure()
        target = paths.school_file(SCHOOL_CODE)
        _copy_sqlite(source, target)
        return target, result

    # -- PostgreSQL -------------------------------------------------------------

    def pg_cluster(self):  # noqa: ANN201 - BenchCluster | None
        if not self._pg_checked:
            self._pg_checked = True
            from bench.postgres import BenchCluster, find_bin

            bin_dir = find_bin()
            if bin_dir is not None:
                self._cluster = BenchCluster(self.cache / "postgres", bin_dir).start()
        return self._cluster

    def pg_version(self) -> str:
        cluster = self.pg_cluster()
        return cluster.server_version() if cluster is not None else "not installed"

    # -- servers ----------------------------------------------------------------

    def server_database(self, backend: str) -> str:
        """A working copy of the server's database for this run (made once per run)."""
        if backend in self._server_urls:
            return self._server_urls[backend]
        manifest = self.manifest()
        if backend == "sqlite":
            path = self.work / "server.sqlite3"
            _copy_sqlite(self.school_dir / "server.sqlite3", path)
            url = "sqlite:///" + str(path)
        elif backend == "postgres":
            cluster = self.pg_cluster()
            if cluster is None:
                raise Unavailable("PostgreSQL is not installed")
            url = cluster.create_database(f"work_{os.getpid()}", template=self._pg_template_name(manifest))
        else:
            raise ValueError(backend)
        self._server_urls[backend] = url
        return url

    def server(self, backend: str) -> RunningServer:
        if backend not in self._servers:
            url = self.server_database(backend)
            self._servers[backend] = RunningServer(url, self.work / f"server-{backend}.log")
        return self._servers[backend]

    # -- signed-in devices ------------------------------------------------------

    def sign_in(self, backend: str, username: str = "principal1", name: str = "device") -> tuple[Any, Any, float]:
        """A new device signs in to the server and downloads the school: (SignedIn, SyncReport, seconds)."""
        from app.config import Paths
        from app.sync.account import sign_in

        server = self.server(backend)
        paths = Paths.default(self.scratch(f"{name}-{backend}")).ensure()
        started = time.perf_counter()
        signed, report = sign_in(paths, server.base, SCHOOL_CODE, username, PASSWORDS[username],
                                 device_name=f"bench {name}")
        seconds = time.perf_counter() - started
        if report is None or not report.ok:
            raise RuntimeError(f"sign-in did not complete: {report.error if report else 'no report'}")
        self._devices.setdefault(backend, []).append(signed)
        return signed, report, seconds

    def devices(self, backend: str, n: int) -> list[Any]:
        """At least ``n`` devices signed in to ``backend`` (the principal's scope: the whole school)."""
        have = self._devices.setdefault(backend, [])
        while len(have) < n:
            self.sign_in(backend, name=f"device{len(have) + 1}")
        return have[:n]

    # -- the end ----------------------------------------------------------------

    def close(self) -> None:
        for cleanup in reversed(self.cleanups):
            with contextlib.suppress(Exception):
                cleanup()
        for devices in self._devices.values():
            for signed in devices:
                with contextlib.suppress(Exception):
                    signed.close()
        for server in self._servers.values():
            with contextlib.suppress(Exception):
                server.stop()
        if self._cluster is not None:
            pg_work = self._server_urls.get("postgres")
            if pg_work:
                with contextlib.suppress(Exception):
                    self._cluster.drop_database(pg_work.rsplit("/", 1)[1])
            self._cluster.stop()
        shutil.rmtree(self.work, ignore_errors=True)


def _remove_abandoned_runs(cache: Path) -> None:
    """A run killed before ``close()`` leaves its ``run-<pid>`` scratch folder (copies of the school,
    hundreds of MB); the next run removes those whose process is gone. A running benchmark's folder
    (its process alive) is left alone."""
    for folder in cache.glob("run-*"):
        try:
            pid = int(folder.name.removeprefix("run-"))
        except ValueError:
            continue
        if pid == os.getpid() or _process_alive(pid):
            continue
        shutil.rmtree(folder, ignore_errors=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def register_quick_size() -> None:
    """Make ``--quick``'s school known to the demo generator (and so to the server's loader) in this process."""
    from app.demo.generator import SIZES, SizeSpec

    SIZES.setdefault(QUICK_SIZE, SizeSpec(students=QUICK_STUDENTS, divisions=1))


class Unavailable(Exception):
    """A figure cannot be measured on this machine (e.g. no PostgreSQL): printed as skipped, with why."""


def today() -> dt.date:
    return dt.date.today()
