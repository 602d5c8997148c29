"""The demo school's server: the reference server, run locally for ``daftar --demo``.

The demo is the real thing on one computer: the reference central API
(``python -m server``; in a frozen build, ``daftar --run-server``) with the demo school, on 127.0.0.1, storing its data
in SQLite under Daftar's data folder (``demo-server/server.sqlite3``). The
school is loaded once (``load-demo``, with the same seed as ``daftar
demo-data``) and reused on every later run, so what people changed in the
demo is still there next time. The port is remembered too, so the demo
device stays the same device from one run to the next.

Qt-free: the app starts it in a background task and stops it at quit.

    server = DemoServer(paths)
    server.start()          # loads the school the first time; waits for /v1/health
    server.base_url         # "http://127.0.0.1:PORT"
    server.stop()
"""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from app.config import Paths
from app.services.context import QT_TRANSLATE_NOOP, Sentence
from app.sync.client import wait_until_healthy

log = logging.getLogger(__name__)

# The seed and size of the demo school: the same as ``daftar demo-data``'s defaults.
DEMO_SEED = 7
DEMO_SIZE = "default"
LOADED_MARKER = "loaded"
PORT_FILE = "port"


def demo_database_stamp(size: str, seed: int) -> str:
    """What the demo server's database is made for: the wire protocol, the server's and the school file's
    newest migrations, and the demo school's size and seed. Kept beside the database (``loaded``); when a
    new Daftar's stamp differs, the demo database is made again (issue 6)."""
    from app.sync.protocol import PROTOCOL_VERSION

    def newest(package: str, folder: str) -> str:
        import importlib.resources

        try:
            names = [p.name for p in importlib.resources.files(package).joinpath(folder).iterdir()
                     if p.name.endswith(".py") and p.name[:1].isdigit()]
        except (FileNotFoundError, ModuleNotFoundError, NotADirectoryError):
            return "?"
        return max(names).split("_", 1)[0] if names else "?"

    return (f"protocol {PROTOCOL_VERSION}; server schema {newest('server', 'migrations/versions')}; "
            f"school schema {newest('app.storage', 'migrations/versions')}; demo {size} seed {seed}")


def demo_database_is_stale(marker: Path, stamp: str) -> str:
    """"" when the demo database was made for ``stamp``; "missing" when it was never made; "changed" when
    it was made by another version of Daftar (or another size or seed)."""
    try:
        made_for = marker.read_text(encoding="utf-8").strip()
    except OSError:
        return "missing"
    return "" if made_for == stamp else "changed"


class DemoServerError(Exception):
    """The demo server could not be started. ``str()`` is the English sentence; raised with a marked
    :class:`~app.services.context.Sentence`, said in the person's language by ``app.ui.i18n.translated``."""


def server_command(python: str | None = None) -> list[str]:
    """How to start the reference server: ``python -m server``, or, in a frozen
    build (which has no ``-m``), this same program with its hidden
    ``--run-server`` entry (``app/cli.py``)."""
    if python is None and getattr(sys, "frozen", False):
        return [sys.executable, "--run-server"]
    return [python or sys.executable, "-m", "server"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _port_is_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


class DemoServer:
    """The reference server as a child process, with the demo school loaded."""

    def __init__(self, paths: Paths, *, python: str | None = None, size: str = DEMO_SIZE, seed: int = DEMO_SEED,
                 extra_env: dict[str, str] | None = None) -> None:
        self.folder = paths.data / "demo-server"
        self._paths = paths
        self.database = self.folder / "server.sqlite3"
        self.command = server_command(python)
        self.size = size
        self.seed = seed
        self.port = 0
        self._extra_env = dict(extra_env or {})
        self._process: subprocess.Popen[bytes] | None = None
        self._log: Path = paths.logs / "demo-server.log"

    @property
    def database_url(self) -> str:
        return "sqlite:///" + self.database.as_posix()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    # -- start ----------------------------------------------------------------

    def start(self, timeout: float = 60.0, on_stage: Callable[[str], None] | None = None) -> str:
        """Load the school if it is not there yet, start serving, wait until it answers; return the URL."""
        if self.running:
            return self.base_url
        self.folder.mkdir(parents=True, exist_ok=True)
        self._log.parent.mkdir(parents=True, exist_ok=True)
        stale = demo_database_is_stale(self.folder / LOADED_MARKER, demo_database_stamp(self.size, self.seed))
        if stale:
            if on_stage:
                on_stage("rebuilding" if stale == "changed" else "loading")
            if stale == "changed":
                self._set_aside_demo_school()
            self._load()
        self.port = self._choose_port()
        if on_stage:
            on_stage("starting")
        command = [*self.command, "serve", "--database-url", self.database_url,
                   "--host", "127.0.0.1", "--port", str(self.port), "--log-level", "warning"]
        log.info("Starting the demo server on 127.0.0.1:%d", self.port)
        with self._log.open("ab") as out:
            self._process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
                command, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=self._env(),
                cwd=str(self.folder), **_new_process_group(),
            )
        process = self._process
        if wait_until_healthy(self.base_url + "/v1/health", lambda: process.poll() is None, timeout):
            (self.folder / PORT_FILE).write_text(str(self.port), encoding="utf-8")
            return self.base_url
        if process.poll() is not None:
            self._process = None
            raise DemoServerError(Sentence(QT_TRANSLATE_NOOP(
                "Sync", "The demo server stopped as it started. The details are in {log}."), log=str(self._log)))
        self.stop()
        raise DemoServerError(Sentence(QT_TRANSLATE_NOOP(
            "Sync", "The demo server did not answer in time. The details are in {log}."), log=str(self._log)))

    def _load(self) -> None:
        log.info("Loading the demo school into the demo server (%s, seed %d)", self.size, self.seed)
        if self.database.exists():
            # A load that stopped halfway: start again from nothing (it is the demo's own file).
            for suffix in ("", "-wal", "-shm"):
                Path(str(self.database) + suffix).unlink(missing_ok=True)
        command = [*self.command, "load-demo", "--database-url", self.database_url,
                   "--size", self.size, "--seed", str(self.seed)]
        with self._log.open("ab") as out:
            done = subprocess.run(  # noqa: S603
                command, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=self._env(),
                cwd=str(self.folder), check=False, timeout=600,
            )
        if done.returncode != 0:
            raise DemoServerError(Sentence(QT_TRANSLATE_NOOP(
                "Sync", "The demo school could not be loaded into the demo server. The details are in {log}."),
                log=str(self._log)))
        (self.folder / LOADED_MARKER).write_text(demo_database_stamp(self.size, self.seed) + "\n", encoding="utf-8")

    def _set_aside_demo_school(self) -> None:
        """The demo's school file on this computer belongs to the old demo database: keep it aside, out of the way."""
        from app.demo import DEMO_SCHOOL_CODE

        school_file = self._paths.school_file(DEMO_SCHOOL_CODE)
        if not school_file.exists():
            return
        self._paths.backups.mkdir(parents=True, exist_ok=True)
        aside = self._paths.backups / f"{school_file.stem}-replaced-{time.strftime('%Y%m%dT%H%M%S')}000000.daftar"
        for suffix in ("", "-wal", "-shm"):
            side = Path(str(school_file) + suffix)
            if side.exists():
                os.replace(side, Path(str(aside) + suffix))
        log.info("The demo school file of the old demo server was kept aside as %s", aside.name)

    def _choose_port(self) -> int:
        try:
            remembered = int((self.folder / PORT_FILE).read_text(encoding="utf-8").strip())
        except (OSError, ValueError):
            remembered = 0
        if 1024 <= remembered <= 65535 and _port_is_free(remembered):
            return remembered
        return _free_port()

    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        if getattr(sys, "frozen", False):
            # Started as a separate instance of the same frozen program (PyInstaller's documented switch).
            env["PYINSTALLER_RESET_ENVIRONMENT"] = "1"
        else:
            # The server is the project's own package: make sure the child finds it.
            root = str(Path(__file__).resolve().parents[2])
            env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        env.pop("DAFTAR_SERVER_DATABASE_URL", None)
        env.update(self._extra_env)
        return env

    # -- stop -----------------------------------------------------------------

    def stop(self, timeout: float = 10.0) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        log.info("Stopping the demo server")
        process.terminate()
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)

    def __enter__(self) -> "DemoServer":
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _new_process_group() -> dict:
    # Ctrl+C in the terminal goes to the app, which stops the server itself.
    if os.name == "nt":
        return {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}  # type: ignore[attr-defined]
    return {"start_new_session": True}
