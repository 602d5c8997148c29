"""Start-up: the welcome window, opening files (good and bad), the demo school, languages."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from app.ui.application import DaftarApp, install_translations
from app.ui.main_window import MainWindow
from app.ui.tasks import TaskRunner
from app.ui.welcome import WelcomeWindow


def test_without_a_school_the_welcome_window_offers_the_demo_and_a_file(daftar, qtbot):
    daftar.start()
    welcome = daftar.welcome
    assert isinstance(welcome, WelcomeWindow) and welcome.isVisible()
    assert welcome.demo_button.text() == "Open the demo school"
    assert welcome.open_button.text() == "Open a school file…"
    # No sign-in form until signing in exists.
    from PySide6.QtWidgets import QLineEdit

    assert welcome.findChildren(QLineEdit) == []


def test_opening_the_school_shows_the_main_window_with_its_status_bar(main_window, daftar):
    assert isinstance(main_window, MainWindow) and main_window.isVisible()
    assert main_window.school_label.text() == daftar.school.name
    assert main_window.sync_label.text() == "Offline — not connected to a server yet"
    assert main_window.pending_label.text()
    assert [main_window.navigation.item(i).text() for i in range(main_window.navigation.count())] == [
        "Today", "Students", "Fees", "Day Book", "Defaulters"
    ]
    menus = [a.text() for a in main_window.menuBar().actions()]
    assert menus == ["&File", "&Help"]


@pytest.mark.parametrize("content", [b"Dear parents, the school will be closed on Friday.\n", "sqlite"])
def test_a_file_that_is_not_a_daftar_school_is_refused_in_words_and_left_untouched(
    daftar, tmp_path, qtbot, content
):
    path = tmp_path / "notes.daftar"
    if content == "sqlite":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.execute("INSERT INTO recipes VALUES ('chai')")
        conn.commit()
        conn.close()
    else:
        path.write_bytes(content)
    before = path.read_bytes()

    daftar.start()
    qtbot.mouseClick(daftar.welcome.open_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible())
    dialog.selectFile(str(path))
    dialog.accept()

    box = daftar.message
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "not a Daftar school file" in box.informativeText() or "not made by Daftar" in box.informativeText()
    assert str(path) in box.informativeText()
    assert "Traceback" not in box.informativeText()
    assert daftar.main_window is None
    assert daftar.welcome.isVisible() and daftar.welcome.open_button.isEnabled()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "notes.daftar"]


def test_a_school_code_with_no_file_says_so_and_offers_the_welcome_window(daftar):
    daftar.start(school_code="NOPE")
    assert daftar.welcome.isVisible()
    assert "no school file here" in daftar.message.informativeText()


def test_the_demo_school_is_made_in_the_background_then_opened(paths, logfile, qtbot):
    """The real task runner: a worker makes the school while the progress bar moves."""
    from app.demo import DEMO_SCHOOL_CODE

    daftar = DaftarApp(paths, logfile, tasks=TaskRunner())
    progress_seen: list[tuple[int, int, str]] = []
    daftar._demo_progress_orig = daftar._demo_progress

    def record(done, total, stage):
        progress_seen.append((done, total, stage))
        daftar._demo_progress_orig(done, total, stage)

    daftar._demo_progress = record
    try:
        assert not paths.school_file(DEMO_SCHOOL_CODE).exists()
        daftar.start(demo=True)
        assert daftar.progress is not None and daftar.progress.isVisible()
        buttons = [b for b in daftar.progress.findChildren(QPushButton) if b.isVisible()]
        assert buttons == []  # nothing to cancel: the school is written whole or not at all
        with qtbot.waitSignal(daftar.school_ready, timeout=120_000):
            pass
        assert progress_seen and progress_seen[-1][1] > 0
        assert any(stage for _, _, stage in progress_seen)
        window = daftar.main_window
        assert window is not None and window.isVisible()
        assert daftar.progress is None
        assert paths.school_file(DEMO_SCHOOL_CODE).exists()
        qtbot.waitUntil(lambda: window.today.overview is not None, timeout=10_000)
        assert window.today.overview.students_enrolled > 0
    finally:
        if daftar.main_window is not None and shiboken6.isValid(daftar.main_window):
            daftar.main_window.close()
        daftar.shutdown()


def test_the_second_demo_start_reuses_the_school_file(daftar, school_file):
    mtime = school_file.stat().st_mtime_ns
    daftar.start(demo=True)
    assert daftar.progress is None
    assert daftar.main_window is not None
    assert school_file.stat().st_mtime_ns >= mtime


def test_opening_another_school_file_replaces_the_window(main_window, daftar, school_file, tmp_path):
    from tests.ui.conftest import copy_school_file

    other = copy_school_file(school_file, tmp_path / "copy.daftar")
    closed = []
    daftar.hub.school_closed.connect(lambda: closed.append(True))
    daftar.open_school_file(other)
    assert closed == [True]
    assert daftar.main_window is not main_window
    assert daftar.school.path == other


RUN_APP_SCRIPT = """
import argparse, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.config import Paths, setup_logging
from app.ui.application import run_app
from app.ui.main_window import MainWindow

app = QApplication(sys.argv[:1])  # the timers below need it; run_app uses it
paths = Paths.default(sys.argv[1]).ensure()
logfile = setup_logging(paths)
args = argparse.Namespace(demo=False, school=sys.argv[2], data_dir=sys.argv[1], verbose=False)

def look_then_quit():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if windows and windows[0].today.overview is not None:
        print("TITLE", windows[0].windowTitle())
        print("ENROLLED", windows[0].today.enrolled_card.value.text())
        QApplication.quit()
    else:
        QTimer.singleShot(50, look_then_quit)

QTimer.singleShot(50, look_then_quit)
QTimer.singleShot(60_000, QApplication.quit)
print("EXIT", run_app(args, paths, logfile))
"""


def test_run_app_opens_the_school_by_code_and_quits_cleanly(paths, school_file):
    """The real start-up, in its own process: exec() and aboutToQuit end that process's Qt."""
    from app.demo import DEMO_SCHOOL_CODE

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-c", RUN_APP_SCRIPT, str(paths.data), DEMO_SCHOOL_CODE],
                          capture_output=True, text=True, timeout=120, env=env, cwd=root)
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    assert lines["TITLE"].endswith("— Daftar")
    assert int(lines["ENROLLED"].replace(",", "")) > 0
    assert lines["EXIT"] == "0"
    assert "QThread: Destroyed while thread is still running" not in done.stderr


@pytest.fixture
def restore_language(qapp):
    yield
    install_translations(qapp, "en_US")


def test_a_right_to_left_language_turns_the_layout_and_loads_qt_translations(qapp, restore_language):
    translators = install_translations(qapp, "ar_EG")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert len(translators) >= 1  # qtbase_ar
    assert QLocale().name() == "ar_EG"
    install_translations(qapp, "en_US")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
