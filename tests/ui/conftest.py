"""pytest-qt fixtures for the screens: offscreen Qt, a real school file, the app."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
import sqlite3  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
import shiboken6  # noqa: E402

from app.config import Paths, setup_logging  # noqa: E402


def copy_school_file(src: Path, dst: Path) -> Path:
    """A consistent copy (the SQLite backup API, so a WAL is folded in)."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    target = sqlite3.connect(dst)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    return dst


@pytest.fixture(scope="session", autouse=True)
def english_ui(qapp):
    """The screens in English with its plural forms, numbers as en_US writes them."""
    from app.ui.application import create_qapplication, install_translations

    create_qapplication([])
    install_translations(qapp, "en_US")
    yield


@pytest.fixture
def language(qapp):
    """Install a language for one test; English again afterwards."""
    from app.ui.application import install_translations

    def use(code: str) -> None:
        install_translations(qapp, code)
    yield use
    install_translations(qapp, "en_US")


@dataclass(frozen=True)
class DemoTemplate:
    """The small demo school made once per session, whole in one file, and a daily backup of it."""

    file: Path
    backup: Path


@pytest.fixture(scope="session")
def demo_school_template(tmp_path_factory) -> DemoTemplate:
    """The demo generator's ``small`` school, made once per test session, its write-ahead log folded in,
    with a daily backup made by the app's own backup."""
    from app.demo import generate_demo_school
    from app.storage.backup import take_backup

    folder = tmp_path_factory.mktemp("demo-template")
    path = folder / "demo.daftar"
    generate_demo_school(path, size="small", seed=7)
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    assert not Path(str(path) + "-wal").exists()
    return DemoTemplate(path, take_backup(path, folder / "backups", label="daily"))


@pytest.fixture
def paths(tmp_path) -> Paths:
    return Paths.default(tmp_path / "data").ensure()


@pytest.fixture
def logfile(paths) -> Path:
    return setup_logging(paths)


@pytest.fixture
def school_file(demo_school_template, paths) -> Path:
    """A private copy of the small demo school, where ``--school`` would look for it, with today's daily
    backup already made, as on its second opening of the day. The backup on open has its own tests
    (tests/test_backup.py, tests/ui/test_settings_backups.py); copying 45 MB again for every screen test
    took most of a second each."""
    from app.demo import DEMO_SCHOOL_CODE
    from app.storage.backup import backup_path

    target = paths.school_file(DEMO_SCHOOL_CODE)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(demo_school_template.file, target)  # one file, no log beside it: a plain copy is whole
    paths.backups.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(demo_school_template.backup, backup_path(paths.backups, target.stem, "daily"))
    return target


@pytest.fixture
def daftar(qtbot, paths, logfile):
    """The app with the synchronous task fake: every read happens before the call returns."""
    from app.ui.application import DaftarApp
    from app.ui.tasks import SyncTaskRunner

    app = DaftarApp(paths, logfile, tasks=SyncTaskRunner())
    yield app
    for window in (app.main_window, app.welcome):
        if window is not None and shiboken6.isValid(window):
            window.close()
    app.shutdown()
    app.deleteLater()


@pytest.fixture
def main_window(daftar, school_file, qtbot):
    daftar.open_school_file(school_file)
    window = daftar.main_window
    assert window is not None, "the school did not open"
    window.resize(1280, 800)
    return window


# -- the app against the real reference server --------------------------------------------------


@pytest.fixture
def memory_keyring():
    """Tokens in an in-memory keyring for the test (no OS keychain here), the previous one put back."""
    import keyring

    from app.sync import credentials
    from tests.sync.conftest import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    credentials.clear_memory()
    yield backend
    credentials.clear_memory()
    keyring.set_keyring(previous)


@pytest.fixture(scope="module")
def live(request, tmp_path_factory):
    """The reference server on 127.0.0.1 (SQLite), one per test module."""
    import uuid

    from tests.support.live_server import LiveServer
    from tests.sync.conftest import FAST_SCRYPT

    name = request.module.__name__.rsplit(".", 1)[-1]
    db = tmp_path_factory.mktemp(name + "-server") / "server.sqlite3"
    with LiveServer("sqlite:///" + str(db), scrypt_n=FAST_SCRYPT, rate_per_second=10_000, rate_burst=10_000,
                    jwt_secret=name + "-" + uuid.uuid4().hex) as server:
        yield server


@pytest.fixture
def app(qtbot, paths, logfile, memory_keyring):
    """The app with real background threads, quick to sync and to give up, for signing in to ``live``."""
    from app.ui.application import DaftarApp
    from app.ui.tasks import TaskRunner

    daftar = DaftarApp(paths, logfile, tasks=TaskRunner())
    daftar.sync_debounce_seconds = 0.2
    daftar.client_options = {"backoff_base": 0.01, "backoff_cap": 0.05, "max_attempts": 2}
    yield daftar
    for window in (daftar.main_window, daftar.welcome, daftar.unlock_window):
        if window is not None and shiboken6.isValid(window):
            window.close()
    daftar.shutdown()
    daftar.deleteLater()
