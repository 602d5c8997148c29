"""File → Switch School (issue 6, item 5): two schools on one computer, switched without restarting.

The principal of two schools signs in to the first, takes a payment while
working offline, and through File → Switch School signs in to the second:
its window shows the second school's file, its own people and its own sync
state. Switching back through the menu and unlocking shows the first school
again, whose waiting payment then syncs — to the first school. Real parts:
the reference server on 127.0.0.1 (SQLite) with two schools, one school
file each, the real background threads.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.services.fees import record_payment
from app.services.outbox import pending_count
from app.storage.models import User
from app.ui.welcome import WelcomeWindow
from server.models import T
from tests.sync.conftest import PASSWORD, build_server_school


def _settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.sync.running and window.sync.status.phase == "idle"
                    and window.sync.last_report is not None, timeout=20_000)


def _switch(app, qtbot) -> WelcomeWindow:
    app.main_window.switch_school_action.trigger()
    qtbot.waitUntil(lambda: app.welcome is not None and app.welcome.isVisible(), timeout=5_000)
    assert app.welcome.current_page() == WelcomeWindow.CHOICE
    return app.welcome


def test_switching_school_through_the_menu_shows_the_other_schools_data_and_sync(app, live, qtbot):
    first, second = build_server_school(live), build_server_school(live)
    app.start()
    with qtbot.waitSignal(app.school_ready, timeout=30_000):
        app.sign_in(live.base, first.code, "principal", PASSWORD)
    window = app.main_window
    _settle(qtbot, window)
    assert window.windowTitle() == "Sync Test School — Principal — Daftar"

    # A payment at the desk while working offline: it waits in the first school's file.
    qtbot.mouseClick(window.sync_bar.offline_button, Qt.MouseButton.LeftButton)
    with app.school.db.write() as s:
        payment = record_payment(s, app.school.actor, first.ids["student1"], 250_00, "cash")
    app.hub.data_changed.emit("payments", [payment.id])
    with app.school.db.session() as s:
        waiting = pending_count(s)
    qtbot.waitUntil(lambda: window.sync_bar.pending == waiting, timeout=5_000)
    first_file = app.school.path

    # -- File → Switch School, and a first sign-in to the second school from the welcome window ----------
    welcome = _switch(app, qtbot)
    assert [b.text() for b in welcome.school_buttons] == [first.code]
    qtbot.mouseClick(welcome.sign_in_button, Qt.MouseButton.LeftButton)
    for edit, text in ((welcome.server_edit, live.base), (welcome.code_edit, second.code),
                       (welcome.username_edit, "principal"), (welcome.password_edit, PASSWORD)):
        edit.clear()
        qtbot.keyClicks(edit, text)
    with qtbot.waitSignal(app.school_ready, timeout=30_000):
        qtbot.mouseClick(welcome.submit_button, Qt.MouseButton.LeftButton)
    first_window, window = window, app.main_window
    assert window is not first_window and window.isVisible()
    assert app.school.code == second.code and app.school.path != first_file
    with app.school.db.session() as s:
        assert s.get(User, second.ids["principal"]) is not None
        assert s.get(User, first.ids["principal"]) is None  # the first school's people are not here
    # Its own sync state: nothing waiting (the first school's payment is not counted here).
    bar = window.sync_bar
    if window.sync.work_offline:  # still on from the first school: switched off here
        qtbot.mouseClick(bar.offline_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    assert bar.pending_label.text() == "No changes waiting" and bar.sync_label.text() == "Up to date"
    assert bar.last_label.text().startswith("Last synced ")

    # -- and back to the first school through the menu: its file, unlocked with the password -----------
    welcome = _switch(app, qtbot)
    assert sorted(b.text() for b in welcome.school_buttons) == sorted([first.code, second.code])
    [button] = [b for b in welcome.school_buttons if b.text() == first.code]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.unlock_window is not None and app.unlock_window.isVisible(), timeout=10_000)
    with qtbot.waitSignal(app.school_ready, timeout=10_000):
        qtbot.keyClicks(app.unlock_window.password_edit, PASSWORD)
        qtbot.keyClick(app.unlock_window.password_edit, Qt.Key.Key_Return)
    window = app.main_window
    assert app.school.path == first_file and app.school.code == first.code
    with app.school.db.session() as s:
        assert s.get(User, first.ids["principal"]) is not None and s.get(User, second.ids["principal"]) is None
    # The waiting payment is the first school's, and it syncs to the first school.
    qtbot.waitUntil(lambda: window.sync_bar.pending_label.text() == "No changes waiting"
                    and window.sync.last_report is not None and window.sync.last_report.pushed >= waiting,
                    timeout=20_000)
    with live.app.state.engine.connect() as conn:
        payments = T["payments"]
        [school_id] = conn.execute(select(payments.c.school_id).where(payments.c.id == payment.id)).scalars()
    assert school_id == first.id
