"""Slow programs a few tests run, started as the session starts so they run beside the rest of the suite.

The frozen build (``tests/test_package.py``, PyInstaller, a minute or two of
one core) and the quick benchmark (``tests/test_bench.py``, about a minute)
are programs the tests start and then read. Started when their tests come,
the suite waits for each while the machine's other core idles; started with
the session's first test (``tests/conftest.py``), they are done by the time
their tests run, and the suite is that much shorter. The tests read what each
program wrote and returned exactly as if they had run it themselves: the same
command, the same checks.

They run one after the other, so the suite's own tests always keep one core
of the two. A program is started only when a test that needs it was
collected, and one still running when the session ends (a run stopped by
``-x``) is killed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Finished:
    """What the program returned and printed, as :func:`subprocess.run` would give it."""

    returncode: int
    stdout: str
    stderr: str
    seconds: float  # from its start to its end, whatever else ran beside it


@dataclass
class EarlyProgram:
    name: str
    argv: list[str]
    needed_by: str  # the test file whose tests read it
    fixture: str | None = None  # only tests of that file using this fixture; None: every test of the file
    env: dict[str, str] = field(default_factory=dict)
    timeout: float = 1800.0
    in_folder: bool = False  # run in its own folder (PyInstaller writes beside where it runs), else the checkout
    folder: Path | None = None
    _process: subprocess.Popen | None = None
    _started: float = 0.0
    _finished: float | None = None
    _running: threading.Event = field(default_factory=threading.Event)

    def needed(self, items) -> bool:  # noqa: ANN001 - pytest items
        return any(item.nodeid.split("::")[0].endswith(self.needed_by)
                   and (self.fixture is None or self.fixture in getattr(item, "fixturenames", ()))
                   for item in items)

    def start(self, folder: Path) -> None:
        self.folder = folder
        env = dict(os.environ, **self.env)
        argv = [a.replace("{folder}", str(folder)) for a in self.argv]
        with open(folder / "stdout.txt", "wb") as out, open(folder / "stderr.txt", "wb") as err:
            self._process = subprocess.Popen(argv, cwd=folder if self.in_folder else ROOT, env=env,
                                             stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        self._started = time.monotonic()
        self._running.set()

    def wait(self) -> None:
        try:
            self._process.wait(timeout=self.timeout)
        except subprocess.TimeoutExpired:  # its test then fails on the exit status, and the next one runs
            self._process.kill()
            self._process.wait()
        self._finished = time.monotonic()

    def result(self) -> Finished:
        """Wait for the program (and those queued before it) and say what it did."""
        assert self.folder is not None, f"{self.name} was not queued: its test was not collected"
        assert self._running.wait(timeout=3600), f"{self.name} never started"
        self._process.wait(timeout=max(1.0, self.timeout - (time.monotonic() - self._started)))
        if self._finished is None:
            self._finished = time.monotonic()
        return Finished(self._process.returncode, (self.folder / "stdout.txt").read_text(errors="replace"),
                        (self.folder / "stderr.txt").read_text(errors="replace"), self._finished - self._started)

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.wait()


# In the order their tests come.
PROGRAMS = {
    "bench": EarlyProgram(
        "bench", [sys.executable, "-m", "bench", "--quick", "--json", "{folder}/bench.json"],
        needed_by="tests/test_bench.py", env={"QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1"},
        timeout=900),
    "package": EarlyProgram(
        "package",
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--workpath", "{folder}/build", "--distpath", "{folder}/dist", str(ROOT / "packaging" / "daftar.spec")],
        needed_by="tests/test_package.py", fixture="build", in_folder=True),
}
_turns = threading.Lock()  # held while a program is started, and by stop_all: none starts after the session
_stopped = threading.Event()


def start_needed(items, make_folder) -> list[EarlyProgram]:  # noqa: ANN001 - pytest items, a folder factory
    """Queue the programs the collected tests need and start the first; each starts when the one before ends."""
    queued = [program for program in PROGRAMS.values() if program.needed(items)]
    for program in queued:
        program.folder = make_folder(program.name)

    def run_in_turn() -> None:
        for program in queued:
            with _turns:
                if _stopped.is_set():
                    return
                program.start(program.folder)
            program.wait()

    _stopped.clear()
    if queued:
        threading.Thread(target=run_in_turn, name="early-programs", daemon=True).start()
    return queued


def stop_all(queued: list[EarlyProgram]) -> None:
    """The session ends: kill what still runs, start nothing more."""
    with _turns:
        _stopped.set()
    for program in queued:
        program.stop()
