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
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.ui.application import DaftarApp, install_translations
from app.ui.main_window import MainWindow
from app.ui.welcome import WelcomeWindow


def test_without_a_school_the_welcome_window_offers_sign_in_and_the_demo(daftar, qtbot):
    daftar.start()
    welcome = daftar.welcome
    assert isinstance(welcome, WelcomeWindow) and welcome.isVisible()
    assert welcome.current_page() == WelcomeWindow.CHOICE
    assert welcome.sign_in_button.text() == "Sign in to your school's server"
    assert welcome.demo_button.text() == "Try the demo school"
    assert welcome.open_button.text() == "Open a school file…"
    qtbot.mouseClick(welcome.sign_in_button, Qt.MouseButton.LeftButton)
    assert welcome.current_page() == WelcomeWindow.SIGN_IN


@pytest.mark.parametrize(("server", "code", "user", "password", "says"), [
    ("", "GHS", "amina", "pw", "Type the address of your school's server"),
    ("ftp://sis.example.org", "GHS", "amina", "pw", "is not a web address"),
    ("sis.example.org", "G H S", "amina", "pw", "Type your school's code"),
    ("sis.example.org", "GHS", "", "pw", "Type your username."),
    ("sis.example.org", "GHS", "amina", "", "Type your password."),
])
def test_the_sign_in_form_says_in_words_what_is_missing(daftar, qtbot, server, code, user, password, says):
    daftar.start()
    welcome = daftar.welcome
    welcome.show_page(WelcomeWindow.SIGN_IN)
    asked = []
    welcome.sign_in_requested.connect(lambda *a: asked.append(a))
    for edit, text in ((welcome.server_edit, server), (welcome.code_edit, code),
                       (welcome.username_edit, user), (welcome.password_edit, password)):
        edit.clear()
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(welcome.submit_button, Qt.MouseButton.LeftButton)
    assert asked == []
    assert welcome.sign_in_error.isVisible() and says in welcome.sign_in_error.text()


def test_a_server_that_cannot_be_reached_is_said_in_words(daftar, qtbot):
    from tests.support.live_server import free_port

    daftar.client_options = {"max_attempts": 1}
    daftar.start()
    welcome = daftar.welcome
    welcome.show_page(WelcomeWindow.SIGN_IN)
    qtbot.keyClicks(welcome.server_edit, f"http://127.0.0.1:{free_port()}")
    qtbot.keyClicks(welcome.code_edit, "ghs")
    qtbot.keyClicks(welcome.username_edit, "amina")
    qtbot.keyClicks(welcome.password_edit, "secret")
    qtbot.mouseClick(welcome.submit_button, Qt.MouseButton.LeftButton)
    assert welcome.current_page() == WelcomeWindow.SIGN_IN
    assert "Cannot reach the school's server" in welcome.sign_in_error.text()
    assert welcome.submit_button.isEnabled()


def test_a_local_school_file_opens_with_every_screen_and_no_syncing(main_window, daftar):
    assert isinstance(main_window, MainWindow) and main_window.isVisible()
    assert main_window.school_label.text() == daftar.school.name
    assert main_window.person_label.text() == "Local file"
    assert main_window.sync_label.text() == "Not signed in to sync"
    assert "kept on this computer only" in main_window.sync_bar.problem_label.text()
    assert not main_window.sync_bar.sync_button.isEnabled()
    assert main_window.pending_label.text()
    assert [main_window.navigation.item(i).text() for i in range(main_window.navigation.count())] == [
        "Today", "Dashboard", "Students", "Fees", "Day Book", "Defaulters", "Roll call", "Registers", "Marks",
        "Results", "Setup", "Inbox"
    ]
    menus = [a.text() for a in main_window.menuBar().actions()]
    assert menus == ["&File", "&Sync", "&Help"]
    assert not main_window.lock_action.isEnabled()


def test_an_open_school_gets_its_daily_backup_without_any_sync(main_window, daftar, paths, qtbot):
    from app.storage.backup import list_backups

    stem = daftar.school.path.stem
    qtbot.waitUntil(lambda: [b.label for b in list_backups(paths.backups, stem)] == ["daily"], timeout=5000)


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


def test_opening_another_school_file_replaces_the_window(main_window, daftar, school_file, tmp_path):
    from tests.ui.conftest import copy_school_file

    other = copy_school_file(school_file, tmp_path / "copy.daftar")
    closed = []
    daftar.hub.school_closed.connect(lambda: closed.append(True))
    daftar.open_school_file(other)
    assert closed == [True]
    assert daftar.main_window is not main_window
    assert daftar.school.path == other


def test_on_a_narrow_window_the_school_name_gives_way_to_the_sync_state(main_window, qtbot):
    main_window.show()
    main_window.resize(960, 700)
    qtbot.waitUntil(lambda: main_window.width() <= 960 + 40, timeout=5_000)  # at most its minimum size
    qtbot.wait(50)
    bar = main_window.sync_bar
    shown = [label for label in (bar.sync_label, bar.pending_label, bar.last_label) if label.isVisible()]
    assert shown
    for label in shown:  # every word of the sync's state is there, none cut
        assert label.width() >= label.sizeHint().width(), label.text()
    assert main_window.person_label.width() >= main_window.person_label.sizeHint().width()
    school = main_window.school_label
    assert school.text() == main_window.school.name and school.toolTip() == main_window.school.name
    assert school.width() < school.sizeHint().width()  # this is the one shortened, with "…"


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
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line and line[:1].isupper())
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
