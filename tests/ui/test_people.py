"""Several people on one computer: navigation by role, switching user, idle lock, signing out,
and the demo school's own server. Against the real reference server on 127.0.0.1."""

from __future__ import annotations


import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services.fees import record_payment
from app.services.outbox import pending_count
from app.ui.application import DaftarApp
from app.ui.tasks import TaskRunner
from app.ui.welcome import WelcomeWindow
from tests.sync.conftest import PASSWORD, build_server_school


def sign_in(qtbot, daftar, live, code, username):
    with qtbot.waitSignal(daftar.school_ready, timeout=30_000):
        daftar.sign_in(live.base, code, username, PASSWORD)
    window = daftar.main_window
    qtbot.waitUntil(lambda: not window.sync.running and window.sync.status.phase == "idle", timeout=15_000)
    return window


def screen_keys(window) -> list[str]:
    return list(window.screens)


def unlock_as(qtbot, daftar, username):
    qtbot.waitUntil(lambda: daftar.unlock_window is not None and daftar.unlock_window.isVisible(), timeout=10_000)
    unlock = daftar.unlock_window
    unlock.select_person(username)
    with qtbot.waitSignal(daftar.school_ready, timeout=15_000):
        qtbot.keyClicks(unlock.password_edit, PASSWORD)
        qtbot.keyClick(unlock.password_edit, Qt.Key.Key_Return)
    return daftar.main_window


def test_each_person_on_one_computer_sees_what_their_role_allows(app, live, qtbot):
    school = build_server_school(live)
    app.start()
    teacher = sign_in(qtbot, app, live, school.code, "teacher1")
    keys = screen_keys(teacher)
    assert keys[0] == "today" and keys[-1] == "inbox"
    assert not {"students", "fees", "day_book", "defaulters"} & set(keys)
    assert not teacher.settings_action.isVisible()
    assert teacher.person_label.text() == "Teacher1 · Teacher"

    # Switch user: the unlock window; someone new signs in online on the same computer.
    teacher.switch_user_action.trigger()
    qtbot.waitUntil(lambda: app.unlock_window is not None and app.unlock_window.isVisible(), timeout=10_000)
    assert not teacher.isVisible()
    qtbot.mouseClick(app.unlock_window.other_button, Qt.MouseButton.LeftButton)
    assert app.welcome.current_page() == WelcomeWindow.SIGN_IN
    assert app.welcome.code_edit.text() == school.code
    office = sign_in(qtbot, app, live, school.code, "office")
    keys = screen_keys(office)
    assert {"today", "students", "fees", "inbox"} <= set(keys)
    assert not office.settings_action.isVisible()

    # Both can now unlock offline; the teacher comes back with her own screens.
    office.lock_action.trigger()
    qtbot.waitUntil(lambda: app.unlock_window is not None and app.unlock_window.isVisible(), timeout=10_000)
    combo = app.unlock_window.person_combo
    assert sorted(combo.itemData(i) for i in range(combo.count())) == ["office", "teacher1"]
    again = unlock_as(qtbot, app, "teacher1")
    assert again is not office and "students" not in screen_keys(again)
    assert app.school.actor.role == "teacher"


def test_the_idle_lock_keeps_the_window_and_what_was_typed(app, live, qtbot):
    school = build_server_school(live)
    app.start()
    window = sign_in(qtbot, app, live, school.code, "principal")
    assert window.settings_action.isVisible() is False  # principal: every screen, but not the settings
    app.idle.set_timeout_ms(300)
    window.show_screen("students")
    qtbot.keyClicks(window.students.search, "Student4")
    qtbot.waitUntil(lambda: app.unlock_window is not None and app.unlock_window.isVisible(), timeout=5_000)
    assert not window.isVisible()
    texts = [label.text() for label in app.unlock_window.findChildren(type(app.unlock_window.error))]
    assert any("nothing was lost" in t for t in texts)
    app.idle.set_timeout_ms(0)
    same = unlock_as(qtbot, app, "principal")
    assert same is window and window.isVisible()
    assert window.current_screen_key() == "students"
    assert window.students.search.text() == "Student4"


def test_signing_out_keeps_the_changes_waiting_and_says_how_many(app, live, qtbot):
    school = build_server_school(live)
    app.start()
    window = sign_in(qtbot, app, live, school.code, "office")
    qtbot.mouseClick(window.sync_bar.offline_button, Qt.MouseButton.LeftButton)
    with app.school.db.write() as s:
        record_payment(s, app.school.actor, school.ids["student2"], 250_00, "cash")
    app.hub.data_changed.emit("payments", [])
    qtbot.waitUntil(lambda: (window.sync_bar.pending_label.property("pending") or 0) == 2, timeout=5_000)
    db = app.school.db

    box = window.confirm_sign_out()
    assert "Changes waiting to be sent: 2" in box.informativeText()
    sign_out = next(b for b in box.buttons() if b.text() == "Sign Out")
    qtbot.mouseClick(sign_out, Qt.MouseButton.LeftButton)
    # Nobody else has used this computer: back to the sign-in form, told the changes wait.
    qtbot.waitUntil(lambda: app.welcome is not None and app.welcome.isVisible(), timeout=10_000)
    assert app.welcome.current_page() == WelcomeWindow.SIGN_IN
    assert app.welcome.username_edit.text() == "office"
    assert isinstance(app.message, QMessageBox) and "Changes waiting to be sent: 2" in app.message.text()
    with db.session() as s:
        assert pending_count(s) == 2  # nothing lost
    # Signing in again sends them.
    window = sign_in(qtbot, app, live, school.code, "office")
    qtbot.waitUntil(lambda: window.sync_bar.pending_label.text() == "No changes waiting", timeout=15_000)


def test_the_demo_starts_its_own_server_and_lists_its_people(paths, logfile, qtbot, memory_keyring):
    from app.demo import DEMO_USERS

    daftar = DaftarApp(paths, logfile, tasks=TaskRunner())
    daftar.demo_size = "small"
    try:
        daftar.start(demo=True)
        welcome = daftar.welcome
        assert welcome.current_page() == WelcomeWindow.DEMO
        with qtbot.waitSignal(daftar.demo_ready, timeout=120_000) as ready:
            pass
        url = ready.args[0]
        assert url.startswith("http://127.0.0.1:")
        assert set(welcome.demo_user_buttons) == {u.username for u in DEMO_USERS}
        office = next(u for u in DEMO_USERS if u.role == "office")
        assert office.password in welcome.demo_user_buttons[office.username].findChildren(
            type(welcome.demo_text))[1].text()
        with qtbot.waitSignal(daftar.school_ready, timeout=120_000):
            qtbot.mouseClick(welcome.demo_user_buttons[office.username], Qt.MouseButton.LeftButton)
        assert daftar.school.person.role == "office"
        assert (paths.data / "demo-server" / "server.sqlite3").exists()
        server = daftar.demo_server
    finally:
        for window in (daftar.main_window, daftar.welcome):
            if window is not None and shiboken6.isValid(window):
                window.close()
        daftar.shutdown()
    assert not server.running
