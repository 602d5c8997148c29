"""The backups folder in the settings (issue 6): chosen, checked writable, used by daily backups and ``daftar backup``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt

from app.config import Paths, Settings, setup_logging
from app.ui.settings_dialog import SettingsDialog
from tests.school import build_small_school

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def dialog(qtbot, paths):
    d = SettingsDialog(Settings.load(paths), paths)
    qtbot.addWidget(d)
    d.open()
    return d


def test_a_folder_that_is_missing_or_not_writable_is_refused_in_words(dialog, tmp_path):
    usual = str(dialog.paths.backups)
    assert dialog.backups_where.text() == usual
    assert not dialog.set_backups_folder(str(tmp_path / "no-stick"))
    assert dialog.problem.isVisible() and "is not there. Plug in the USB stick" in dialog.problem.text()
    if os.geteuid() == 0:
        locked = Path("/proc")  # root may write anywhere else
    else:
        locked = tmp_path / "read-only"
        locked.mkdir()
        locked.chmod(0o500)
    assert not dialog.set_backups_folder(str(locked))
    assert "Daftar cannot write in" in dialog.problem.text()
    assert dialog.backups_where.text() == usual  # nothing changed
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert Settings.load(dialog.paths).backups_folder == ""


def test_a_chosen_folder_is_used_by_daily_backups_and_daftar_backup(qtbot, paths, tmp_path):
    stick = tmp_path / "usb-stick" / "Daftar backups"
    stick.mkdir(parents=True)
    school = build_small_school(paths.school_file("TST"))
    school.db.close()

    dialog = SettingsDialog(Settings.load(paths), paths)
    qtbot.addWidget(dialog)
    dialog.resize(640, 420)
    dialog.open()
    assert dialog.set_backups_folder(str(stick))
    assert dialog.backups_where.text() == str(stick)
    assert "From now on the daily backups" in dialog.backups_note.text()
    dialog.grab().save(str(tmp_path / "settings.png"))
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert Settings.load(paths).backups_folder == str(stick)
    assert Paths.default(paths.data).backups == stick

    # `daftar backup` puts its copy on the stick.
    done = subprocess.run([sys.executable, "main.py", "--data-dir", str(paths.data), "backup", "--school", "TST"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert len(list(stick.glob("tst-manual-*.daftar"))) == 1

    # The app's daily backup of the open school goes there too (the newest is a day old: none yet today).
    for old in stick.glob("tst-*.daftar"):
        old.unlink()
    from app.ui.application import DaftarApp
    from app.ui.tasks import SyncTaskRunner

    app = DaftarApp(Paths.default(paths.data), setup_logging(paths), tasks=SyncTaskRunner())
    try:
        with qtbot.waitSignal(app.school_ready, timeout=20_000):
            app.open_school_file(paths.school_file("TST"))
        qtbot.waitUntil(lambda: len(list(stick.glob("tst-daily-*.daftar"))) == 1, timeout=20_000)
        assert not list(paths.data.joinpath("backups").glob("tst-daily-*"))
    finally:
        if app.main_window is not None and shiboken6.isValid(app.main_window):
            app.main_window.close()
        app.shutdown()


def test_when_the_stick_is_not_plugged_in_backups_go_to_the_usual_folder(qtbot, paths, tmp_path):
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    settings = Settings.load(paths)
    settings.backups_folder = str(stick)
    settings.save(paths)
    assert Paths.default(paths.data).backups == stick
    stick.rmdir()  # unplugged
    unplugged = Paths.default(paths.data)
    assert unplugged.backups == paths.data / "backups"
    assert not stick.exists()  # not made on the computer's own disk
    dialog = SettingsDialog(Settings.load(paths), unplugged)
    qtbot.addWidget(dialog)
    dialog.open()
    assert "is not there now (is the USB stick plugged in?)" in dialog.backups_note.text()
    assert dialog.backups_where.text() == str(paths.data / "backups")
    # Saving other settings meanwhile keeps the choice for when the stick is back.
    dialog.interval_spin.setValue(10)
    dialog.save()
    assert Settings.load(paths).backups_folder == str(stick)
