"""The sync state in the tray icon and in the status bar's spinner, against the real server on 127.0.0.1.

There is no system tray offscreen, so the application never makes its
:class:`SyncTray` here: the test builds one on the signed-in window's real
sync controller (and status bar), as the application does where a tray
exists, and reads its tooltip and menu as the person would see them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.fees import record_payment
from app.services.outbox import pending_count
from app.ui.sync_status import SyncTray
from tests.sync.conftest import PASSWORD, build_server_school


def _settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.sync.running and window.sync.status.phase == "idle", timeout=20_000)


def _signed_in(app, live, qtbot):
    school = build_server_school(live)
    app.start()
    with qtbot.waitSignal(app.school_ready, timeout=30_000):
        app.sign_in(live.base, school.code, "principal", PASSWORD)
    window = app.main_window
    _settle(qtbot, window)
    return school, window


def test_the_tray_follows_waiting_changes_last_sync_and_errors(app, live, qtbot):
    school, window = _signed_in(app, live, qtbot)
    tray = SyncTray(window.sync, app.school.name, window, status_bar=window.sync_bar)
    tip = tray.toolTip().splitlines()
    assert tip[0] == f"{app.school.name} — Daftar"
    assert "Up to date" in tip and "No changes waiting" in tip
    assert any(line.startswith("Last synced ") for line in tip)
    assert tray.state_action.text() == "Up to date · No changes waiting"
    assert tray.sync_action.isEnabled() and not tray.offline_action.isChecked()

    # "Work offline" from the tray's menu: the window follows, and so does the tray.
    tray.offline_action.trigger()
    assert window.sync.work_offline and window.sync_bar.offline_button.isChecked()
    assert "Working offline" in tray.toolTip().splitlines()
    assert not tray.sync_action.isEnabled()

    # Two payments taken while offline: the tray counts them with the status bar, with no sync.
    for amount in (300_00, 200_00):
        with app.school.db.write() as s:
            payment = record_payment(s, app.school.actor, school.ids["student1"], amount, "cash")
        app.hub.data_changed.emit("payments", [payment.id])
        qtbot.waitUntil(lambda: "waiting to sync" in tray.state_action.text(), timeout=5_000)
    with app.school.db.session() as s:
        waiting = pending_count(s)
    assert waiting >= 2
    qtbot.waitUntil(lambda: window.sync_bar.pending == waiting, timeout=5_000)
    assert f"{waiting} changes waiting to sync" in tray.toolTip().splitlines()
    assert tray.state_action.text() == f"Working offline · {waiting} changes waiting to sync"

    # The server gone and "Work offline" off: the tray says what is wrong, in words.
    live.stop()
    try:
        tray.offline_action.trigger()
        assert not window.sync.work_offline
        qtbot.waitUntil(lambda: window.sync.status.phase == "offline" and not window.sync.running, timeout=20_000)
        tip = tray.toolTip().splitlines()
        assert "Offline" in tip and f"{waiting} changes waiting to sync" in tip
        assert any("Cannot reach the school's server" in line for line in tip), tip
        assert tray.state_action.text() == f"Offline · {waiting} changes waiting to sync"
    finally:
        live.start()

    # Back: "Sync now" from the tray sends them, and the tray counts down to none.
    tray.sync_action.trigger()
    qtbot.waitUntil(lambda: tray.state_action.text() == "Up to date · No changes waiting", timeout=20_000)
    tip = tray.toolTip().splitlines()
    assert not any("Cannot reach" in line for line in tip)
    assert any(line.startswith("Last synced ") for line in tip)
    qtbot.waitUntil(lambda: window.sync.last_report is not None and window.sync.last_report.pushed >= waiting,
                    timeout=10_000)


def test_the_status_bar_spins_and_says_the_phase_while_a_sync_runs(app, live, qtbot):
    school, window = _signed_in(app, live, qtbot)
    bar = window.sync_bar
    assert not bar.spinner.spinning and not bar.spinner.isVisibleTo(bar)
    with app.school.db.write() as s:
        record_payment(s, app.school.actor, school.ids["student1"], 100_00, "cash")
    seen: list[tuple[str, bool, bool]] = []
    # What the status bar shows at each step of the sync, read right after it drew that step.
    window.sync.status_changed.connect(
        lambda status: seen.append((bar.sync_label.text(), bar.spinner.spinning, bar.sync_button.isEnabled())))
    qtbot.mouseClick(bar.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.sync.running and window.sync.status.phase == "idle", timeout=20_000)
    busy = [(text, spinning, enabled) for text, spinning, enabled in seen if spinning]
    assert ("Sending changes…", True, False) in busy, seen
    assert any(text.startswith("Receiving changes…") for text, _, _ in busy), seen
    assert all(not enabled for _, _, enabled in busy), "Sync now stays off while a sync runs"
    assert seen[-1] == ("Up to date", False, True)
    assert not bar.spinner.spinning and bar.pending_label.text() == "No changes waiting"
