"""Shared test set-up: offscreen Qt, one data directory per test, a small school."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from tests.school import SmallSchool, build_small_school  # noqa: E402


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A private data directory: nothing a test writes reaches the user's own."""
    root = tmp_path / "data"
    monkeypatch.setenv("DAFTAR_DATA_DIR", str(root))
    return root


@pytest.fixture
def school(tmp_path) -> SmallSchool:
    """A real school file with a handful of students, built through the models."""
    s = build_small_school(tmp_path / "school.daftar")
    yield s
    s.db.close()


@pytest.fixture
def school_day():
    """A fake device clock pinned to a school day (Monday to Friday): the day, for tests that take attendance today.

    On a weekday it is today; on a weekend, the Friday before (tests/support/clock.py).
    """
    from tests.support.clock import fake_school_clock

    with fake_school_clock() as day:
        yield day


@pytest.fixture(scope="session", autouse=True)
def _cycles_collected_on_the_main_thread():
    """The tests collect reference cycles as the app does (app/collector.py): on the main thread only.

    Python's own collection runs on whichever thread allocates when a
    generation fills up, so a sync or a reading thread of one test could free
    a window or a timer another test left in a cycle, off its thread: Qt then
    aborts the process, at a moment no test chose. Here cycles are collected
    after each test (:func:`_collect_due_cycles`), and while a test waits on
    Qt's event loop by the app's own timer.
    """
    from app import collector

    collector.collect_on_one_thread()
    yield
    collector.collect_automatically()


@pytest.fixture(autouse=True)
def _collect_due_cycles():
    """What Python would have collected by the end of a test, collected then, on the main thread."""
    yield
    from PySide6.QtCore import QCoreApplication

    from app import collector

    app = QCoreApplication.instance()
    if app is not None and not getattr(app, "_daftar_collects", False):
        from app.ui.application import collect_cycles_on_this_thread

        app._daftar_collects = collect_cycles_on_this_thread(app)  # type: ignore[attr-defined]
    collector.collect_due()


@pytest.fixture
def python_collection():
    """Python's own automatic collection, on any thread, for one test (the hazard the session avoids)."""
    from app import collector

    collector.collect_automatically()
    yield collector
    collector.collect_on_one_thread()


@pytest.fixture
def ui_thread_collection():
    """The collector as the app has it (app/collector.py): cycles collected only when the UI thread's timer
    calls ``collect_due`` (the whole session runs so: :func:`_cycles_collected_on_the_main_thread`)."""
    from app import collector

    collector.collect_on_one_thread()
    yield collector
    collector.collect_on_one_thread()


#: The scrypt cost of the offline-unlock verifier in the tests, as cheap as the server tests' passwords
#: (tests/server/conftest.py FAST_SCRYPT): a fake cost, because the real one (app/sync/unlock.py, N=2**15)
#: takes 0.2 s of every sign-in and the suite signs in hundreds of times. The verifier keeps its own cost
#: beside it, so unlocking works the same; :func:`production_unlock_cost` gives one test the real one.
TEST_UNLOCK_N = 2**10


@pytest.fixture(scope="session", autouse=True)
def _cheap_unlock_verifier():
    from app.sync import unlock

    real = dict(unlock.SCRYPT)
    unlock.SCRYPT["n"] = TEST_UNLOCK_N
    yield real
    unlock.SCRYPT.update(real)


@pytest.fixture
def production_unlock_cost(_cheap_unlock_verifier):
    """The offline-unlock verifier at the cost the app ships with, for one test."""
    from app.sync import unlock

    unlock.SCRYPT.update(_cheap_unlock_verifier)
    yield dict(_cheap_unlock_verifier)
    unlock.SCRYPT["n"] = TEST_UNLOCK_N


@pytest.fixture(scope="session", autouse=True)
def _slow_programs_started_early(request, tmp_path_factory):
    """The frozen build and the quick benchmark start with the session and run beside it (tests/support/early.py)."""
    from tests.support import early

    queued = early.start_needed(request.session.items, tmp_path_factory.mktemp)
    yield
    early.stop_all(queued)


# -- no secret in any log the whole run wrote (issue 5: "grep the logs of a full test run") --------------

#: The passwords the tests sign in with (every other one is registered as a sign-in succeeds with it).
_SECRETS = ("correct horse battery",)
_SECRET_FIGURES: dict[str, int] = {}


def _is_log_file(path: Path) -> bool:
    return path.is_file() and (path.suffix == ".log" or ".log." in path.name)


_SECRET_SCAN: dict = {"found": [], "lines": 0, "files": 0, "seen": set()}


def _grep_for_secrets(paths, base: Path) -> None:
    """Grep each file (once a session) for every secret registered so far; hits are kept for the session's end."""
    from tests.support import secrets_watch

    for path in paths:
        if path in _SECRET_SCAN["seen"]:
            continue
        _SECRET_SCAN["seen"].add(path)
        count, hits = secrets_watch.grep_file(path, secrets_watch.REGISTRY, where=str(path.relative_to(base)))
        _SECRET_SCAN["lines"] += count
        _SECRET_SCAN["files"] += 1
        _SECRET_SCAN["found"] += hits


@pytest.fixture(scope="session", autouse=True)
def no_secret_in_any_log_file(tmp_path_factory):
    """For the whole session every log record at DEBUG goes to a file and every token and password handed
    out is registered (tests/support/secrets_watch.py). Each log file the app and the servers wrote is
    grepped for them: a test's own folder as the test ends (pytest then removes it, unless the test failed),
    and, after every test has run, the session's records and whatever is left under the run's temporary
    folders. A hit fails the run, naming the line with the secret cut short."""
    import logging

    from tests.support import secrets_watch

    for password in _SECRETS:
        secrets_watch.REGISTRY.add_password(password)
    secrets_watch.install_recording_hook()
    collector = secrets_watch.LineCollector(tmp_path_factory.mktemp("log-lines") / "session-records.txt")
    root = logging.getLogger()
    root.addHandler(collector)
    root.setLevel(logging.DEBUG)
    yield collector
    root.removeHandler(collector)
    collector.close()
    base = tmp_path_factory.getbasetemp()
    left = [path for path in sorted(base.rglob("*")) if _is_log_file(path) or path == Path(collector.baseFilename)]
    _grep_for_secrets(left, base)
    found = _SECRET_SCAN["found"]
    _SECRET_FIGURES.update(lines=_SECRET_SCAN["lines"], files=_SECRET_SCAN["files"], records=collector.lines,
                           tokens=secrets_watch.REGISTRY.tokens_seen, passwords=len(secrets_watch.REGISTRY.passwords))
    if found:
        pytest.fail(f"Secrets in {len(found)} log lines: " + "; ".join(found[:20]), pytrace=False)


@pytest.fixture(autouse=True)
def _log_everything(request, no_secret_in_any_log_file, tmp_path_factory):
    """A test that set up the app's logging at INFO still has its DEBUG lines seen by the session's check;
    the log files in the test's own folder are grepped as it ends, before pytest removes the folder."""
    import logging

    root = logging.getLogger()
    if root.level > logging.DEBUG:
        root.setLevel(logging.DEBUG)
    if no_secret_in_any_log_file not in root.handlers:
        root.addHandler(no_secret_in_any_log_file)
    # Asked for here, the test's folder is made before this fixture and removed after it.
    folder = request.getfixturevalue("tmp_path") if "tmp_path" in request.fixturenames else None
    yield
    # The app's log file a test set up (app.config.setup_logging) ends with the test: the records of the
    # tests after it went on into it, and now into a file that is removed (the session's records have them).
    for handler in [h for h in root.handlers if getattr(h, "_daftar", False)]:
        root.removeHandler(handler)
        handler.close()
    if folder is not None and folder.is_dir():
        _grep_for_secrets([path for path in sorted(folder.rglob("*")) if _is_log_file(path)],
                          tmp_path_factory.getbasetemp())


def pytest_terminal_summary(terminalreporter):
    if _SECRET_FIGURES:
        f = _SECRET_FIGURES
        terminalreporter.write_line(
            f"secrets check: {f['lines']} log lines in {f['files']} files grepped ({f['records']} records at DEBUG), "
            f"for {f['tokens']} tokens handed out and {f['passwords']} passwords")
