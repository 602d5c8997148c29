"""The Settings dialog (issue 6, item 9): each value refused in words or saved, and then really used.

The server address is checked (``check_server_url``) and the next sign-in
form offers the saved one; the sync interval reschedules the signed-in
session's syncing; the idle lock locks the session after the time chosen;
the number of backups kept prunes the backups. Real parts: school files,
the reference server on 127.0.0.1, the app's real timers — only for the
idle lock the test's minute is shortened (``fake_minute``), so as not to
wait a real one.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.config import Settings
from app.storage import backup
from app.ui.idle import IdleWatcher
from app.ui.settings_dialog import DEFAULT_BACKUPS_KEPT, SettingsDialog
from tests.sync.conftest import PASSWORD, build_server_school

#: The test's minute for the idle lock: 0.4 s of real time.
FAKE_MINUTE_MS = 400


@pytest.fixture
def fake_minute(monkeypatch):
    """A fake clock for the idle lock: a minute lasts ``FAKE_MINUTE_MS`` (the watcher's timer is real)."""
    monkeypatch.setattr(IdleWatcher, "set_minutes", lambda self, m: self.set_timeout_ms(int(m * FAKE_MINUTE_MS)))


@pytest.fixture(autouse=True)
def usual_backups_kept():
    yield
    backup.set_keep(DEFAULT_BACKUPS_KEPT)


def _save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)


def _type(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_a_server_address_is_refused_in_words_until_it_is_one_and_the_next_sign_in_offers_it(
        qtbot, paths, logfile):
    dialog = SettingsDialog(Settings.load(paths), paths)
    qtbot.addWidget(dialog)
    dialog.open()
    refused = {
        "not a web address": "“https://not a web address” is not a web address. It looks like https://sis.example.org.",
        "ftp://sis.example.org": "“ftp://sis.example.org” is not a web address.",
        "https://sis.example.org/?school=7": "The server address has no “?” or “#” part",
        "https://sis.example.org:99999": "is not a web address",
    }
    for typed, says in refused.items():
        _type(qtbot, dialog.server_edit, typed)
        _save(qtbot, dialog)
        assert dialog.isVisible(), f"{typed!r} was accepted"
        assert dialog.problem.isVisible() and says in dialog.problem.text(), (typed, dialog.problem.text())
        assert Settings.load(paths).last_server_url == ""
        # Typing again takes the complaint away.
        qtbot.keyClick(dialog.server_edit, Qt.Key.Key_End)
        qtbot.keyClicks(dialog.server_edit, " ")
        assert not dialog.problem.isVisible()

    _type(qtbot, dialog.server_edit, "  sis.example.org/ ")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    assert Settings.load(paths).last_server_url == "https://sis.example.org"

    # The next time Daftar starts with no school, the sign-in form has that address.
    from app.ui.application import DaftarApp
    from app.ui.tasks import SyncTaskRunner

    daftar = DaftarApp(paths, logfile, tasks=SyncTaskRunner())
    try:
        daftar.start()
        assert daftar.welcome.server_edit.text() == "https://sis.example.org"
    finally:
        daftar.welcome.close()
        daftar.shutdown()
        daftar.deleteLater()


def test_the_sync_interval_and_the_idle_lock_are_used_by_the_signed_in_session(app, live, qtbot, fake_minute):
    school = build_server_school(live)
    app.start()
    with qtbot.waitSignal(app.school_ready, timeout=30_000):
        app.sign_in(live.base, school.code, "principal", PASSWORD)
    window = app.main_window
    qtbot.waitUntil(lambda: not window.sync.running and window.sync.status.phase == "idle", timeout=20_000)
    assert window.sync.scheduler is not None

    dialog = window.show_settings()
    # Out of range: the boxes do not take it.
    _type(qtbot, dialog.interval_spin.lineEdit(), "0")
    assert dialog.interval_spin.value() >= 1
    _type(qtbot, dialog.interval_spin.lineEdit(), "7")
    _type(qtbot, dialog.idle_spin.lineEdit(), "1")
    assert dialog.idle_spin.value() == 1
    _save(qtbot, dialog)
    saved = Settings.load(app.ctx.paths)
    assert (saved.sync_interval_minutes, saved.idle_lock_minutes) == (7, 1)

    # The syncing is rescheduled every 7 minutes, at once, without signing in again.
    assert window.sync.interval_minutes == 7 and window.sync.scheduler.interval_minutes == 7
    job = window.sync.scheduler._scheduler.get_job("interval")
    assert job.trigger.interval.total_seconds() == 7 * 60

    # Left alone for the (fake) minute, the session locks: the unlock window, the main window hidden.
    qtbot.waitUntil(lambda: app.unlock_window is not None and app.unlock_window.isVisible(),
                    timeout=10 * FAKE_MINUTE_MS)
    assert not window.isVisible()
    assert app.unlock_window.person_combo.currentData() == "principal"
    with qtbot.waitSignal(app.school_ready, timeout=10_000):
        qtbot.keyClicks(app.unlock_window.password_edit, PASSWORD)
        qtbot.keyClick(app.unlock_window.password_edit, Qt.Key.Key_Return)
    window = app.main_window
    assert window.isVisible()

    # "Never": no lock however long she is away.
    dialog = window.show_settings()
    _type(qtbot, dialog.idle_spin.lineEdit(), "0")
    assert dialog.idle_spin.value() == dialog.idle_spin.minimum() == 0
    assert dialog.idle_spin.specialValueText() == "Never"
    _save(qtbot, dialog)
    assert Settings.load(app.ctx.paths).idle_lock_minutes == 0
    qtbot.wait(3 * FAKE_MINUTE_MS)
    assert window.isVisible() and (app.unlock_window is None or not app.unlock_window.isVisible())
    assert not app.idle.active


def test_the_number_of_backups_kept_prunes_the_backups(main_window, daftar, qtbot, school_file):
    dialog = main_window.show_settings()
    _type(qtbot, dialog.backups_spin.lineEdit(), "0")
    assert dialog.backups_spin.value() >= 1  # at least one backup is always kept
    _type(qtbot, dialog.backups_spin.lineEdit(), "2")
    _save(qtbot, dialog)
    assert Settings.load(daftar.ctx.paths).extra["backups_kept"] == "2"

    backups = daftar.ctx.paths.backups
    made = [backup.take_backup(school_file, backups, label="manual") for _ in range(4)]
    kept = sorted(p.name for p in backups.glob(school_file.stem + "-*"))
    assert len(kept) == 2, kept
    assert made[-1].name in kept and made[0].name not in kept
