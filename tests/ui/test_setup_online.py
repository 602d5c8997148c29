"""The Setup screen signed in as the school's admin, against the real reference server on 127.0.0.1.

What the server decides goes through its admin API and comes back by the
sync; a person created on the screen can sign in at once; working offline,
the same change is refused in words and the server is unchanged. The
ordinary records the admin writes here are accepted by the server's push.
"""

from __future__ import annotations

import base64
import datetime as dt

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from sqlalchemy import select

from app.storage.models import School
from app.sync.client import ServerClient
from app.ui.setup.admin_api import AdminApi, AdminRefused
from server.models import T
from server.schools import add_user
from tests.sync.conftest import FAST_SCRYPT, PASSWORD, build_server_school


@pytest.fixture
def admin_window(app, live, qtbot):
    school = build_server_school(live)
    add_user(live.app.state.engine, school.id, username="admin", full_name="Ada Admin", role="admin",
             password=PASSWORD, scrypt_n=FAST_SCRYPT)
    app.start()
    with qtbot.waitSignal(app.school_ready, timeout=30_000):
        app.sign_in(live.base, school.code, "admin", PASSWORD)
    window = app.main_window
    settle(qtbot, window)
    window.show_screen("setup")
    window.school_on_server = school
    return window


def settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.sync.running and window.sync.status.phase == "idle", timeout=20_000)


def server_rows(live, entity: str, school_id: str) -> list[dict]:
    table = T[entity]
    with live.app.state.engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(table).where(table.c.school_id == school_id)).mappings()]


def open_page(qtbot, window, key: str):
    """Show a page of Setup and wait for its first read (a background task)."""
    page = window.setup.show_page(key)
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    return page


def closed(dialog) -> bool:
    """Saved: the dialog closed (and, deleted on close, may be gone already)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def type_into(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_a_person_created_on_the_screen_can_sign_in_and_arrives_by_the_sync(admin_window, live, qtbot):
    window = admin_window
    page = open_page(qtbot, window, "users")
    assert "Ada Admin" in [r["full_name"] for r in page.model.rows]
    dialog = page.add()
    type_into(qtbot, dialog.name_edit, "Nadia Noor")
    type_into(qtbot, dialog.username_edit, "nadia")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("teacher"))
    type_into(qtbot, dialog.password_edit, "nadia's password")
    type_into(qtbot, dialog.again_edit, "nadia's password")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "can sign in now" in page.status.text(), timeout=15_000)
    assert closed(dialog)
    # The sync the save started brings the person to this computer's list.
    qtbot.waitUntil(lambda: "nadia" in [r["username"] for r in page.model.rows], timeout=20_000)
    settle(qtbot, window)

    with ServerClient(live.base) as client:
        body = client.login(window.school_on_server.code, "nadia", "nadia's password")
    assert body["user"]["role"] == "teacher"

    # A username already taken is refused on this computer, before the server is asked.
    dialog = page.add()
    type_into(qtbot, dialog.name_edit, "Another Nadia")
    type_into(qtbot, dialog.username_edit, "NADIA")
    type_into(qtbot, dialog.password_edit, "long enough")
    type_into(qtbot, dialog.again_edit, "long enough")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already taken" in dialog.error.text(), timeout=10_000)
    assert dialog.isVisible()

    # Switching the person off: they can no longer sign in.
    dialog.close()
    view = page.view
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "nadia")
    view.setCurrentIndex(model.index(row, 0))
    edit = page.edit()
    edit.active_check.setChecked(False)
    qtbot.mouseClick(edit.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(edit), timeout=15_000)
    qtbot.waitUntil(lambda: any(r["username"] == "nadia" and not r["active"] for r in page.model.rows),
                    timeout=20_000)
    with ServerClient(live.base) as client, pytest.raises(Exception, match="no longer active|not right|wrong"):
        client.login(window.school_on_server.code, "nadia", "nadia's password")


def test_working_offline_the_server_s_records_are_refused_and_the_server_is_unchanged(admin_window, live, qtbot):
    window = admin_window
    school = window.school_on_server
    window.work_offline_action.trigger()
    assert window.sync.work_offline
    page = open_page(qtbot, window, "users")
    dialog = page.add()
    type_into(qtbot, dialog.name_edit, "Omar Office")
    type_into(qtbot, dialog.username_edit, "omar")
    type_into(qtbot, dialog.password_edit, "omar's password")
    type_into(qtbot, dialog.again_edit, "omar's password")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "working offline" in dialog.error.text() and "Nothing was changed" in dialog.error.text()
    assert "omar" not in [u["username"] for u in server_rows(live, "users", school.id)]

    details = open_page(qtbot, window, "school")
    type_into(qtbot, details.name_edit, "Offline Name")
    qtbot.mouseClick(details.save_button, Qt.MouseButton.LeftButton)
    assert "working offline" in details.status.text()
    assert server_rows(live, "schools", school.id)[0]["name"] == "Sync Test School"

    # Ordinary records are still saved here, to be sent later.
    sections = open_page(qtbot, window, "sections")
    section = sections._dialog(None)
    type_into(qtbot, section.name_edit, "8 A")
    section.grade_spin.setValue(8)
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "8 A" in [r["name"] for r in sections.model.rows], timeout=10_000)
    assert "8 A" not in [s["name"] for s in server_rows(live, "sections", school.id)]

    # Back online: the section is pushed (the server accepts it from an admin).
    window.work_offline_action.trigger()
    qtbot.waitUntil(lambda: "8 A" in [s["name"] for s in server_rows(live, "sections", school.id)], timeout=20_000)
    settle(qtbot, window)
    assert window.sync.status.pending == 0


def test_school_details_and_a_term_change_on_the_server_and_come_back(admin_window, live, qtbot, tmp_path):
    window = admin_window
    school = window.school_on_server
    details = open_page(qtbot, window, "school")
    assert details.code_label.text() == school.code
    type_into(qtbot, details.name_edit, "Green Hills School")
    details.zone_combo.setCurrentText("Asia/Karachi")
    logo = QImage(640, 480, QImage.Format.Format_RGB32)
    logo.fill(QColor("#0d47a1"))
    assert logo.save(str(tmp_path / "crest.jpg"))
    details.load_logo_file(str(tmp_path / "crest.jpg"))
    qtbot.waitUntil(lambda: bool(details.logo_png), timeout=10_000)
    qtbot.mouseClick(details.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved on the school's server" in details.status.text(), timeout=15_000)
    row = server_rows(live, "schools", school.id)[0]
    assert (row["name"], row["time_zone"]) == ("Green Hills School", "Asia/Karachi")
    stored = QImage.fromData(base64.b64decode(row["logo_png"]), "PNG")
    assert (stored.width(), stored.height()) == (256, 192)

    # A bad time zone is refused in words before the server is asked.
    details.zone_combo.setCurrentText("Karachi")
    qtbot.mouseClick(details.save_button, Qt.MouseButton.LeftButton)
    assert "not a time zone" in details.error.text()

    calendar = open_page(qtbot, window, "calendar")
    qtbot.waitUntil(lambda: bool(calendar.terms.rows), timeout=10_000)
    [term] = calendar.terms.rows
    year = calendar.selected(calendar.years_view)
    # A term overlapping Term 1 is refused in the dialog.
    dialog = calendar._term_dialog(year, None)
    type_into(qtbot, dialog.name_edit, "Term 2")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "overlap Term 1" in dialog.error.text(), timeout=10_000)
    dialog.close()
    # Term 1 made shorter, then Term 2 after it: both on the server, then here.
    edit = calendar._term_dialog(year, term)
    end = term["starts_on"] + dt.timedelta(days=100)
    edit.ends_edit.setDate(edit.ends_edit.date().fromString(end.isoformat(), "yyyy-MM-dd"))
    qtbot.mouseClick(edit.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(edit), timeout=15_000)
    qtbot.waitUntil(lambda: bool(calendar.terms.rows) and calendar.terms.rows[0]["ends_on"] == end, timeout=20_000)
    settle(qtbot, window)
    second = calendar._term_dialog(year, None)
    type_into(qtbot, second.name_edit, "Term 2")
    start = end + dt.timedelta(days=1)
    second.starts_edit.setDate(second.starts_edit.date().fromString(start.isoformat(), "yyyy-MM-dd"))
    qtbot.mouseClick(second.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(second), timeout=15_000)
    assert sorted(t["name"] for t in server_rows(live, "terms", school.id)) == ["Term 1", "Term 2"]
    qtbot.waitUntil(lambda: [t["name"] for t in calendar.terms.rows] == ["Term 1", "Term 2"], timeout=20_000)
    # And the school's new name reached this computer's copy too.
    with window.school.db.session() as session:
        assert session.execute(select(School.name, School.time_zone, School.logo_png)).one() == (
            "Green Hills School", "Asia/Karachi", row["logo_png"])
    window.setup.show_page("school")
    qtbot.waitUntil(lambda: details.name_edit.text() == "Green Hills School", timeout=10_000)
    assert details.logo_png == row["logo_png"] and not details.logo_label.pixmap().isNull()


def test_a_sync_that_began_before_a_save_does_not_put_the_old_values_back(admin_window, live, qtbot, monkeypatch):
    """A sync already under way when the server accepts a change ends without it; the form keeps what was
    saved until the sync after it brings the change back."""
    import threading

    window = admin_window
    details = open_page(qtbot, window, "school")
    engine = window.sync.engine
    real_sync = engine.sync
    synced, end_first, start_second = threading.Event(), threading.Event(), threading.Event()
    calls: list[str] = []

    def held():  # a stand-in for syncs that take their time: the first ends late, the second starts late
        calls.append("sync")
        if len(calls) == 1:
            report = real_sync()
            synced.set()
            assert end_first.wait(30)
            return report
        assert start_second.wait(30)
        return real_sync()

    monkeypatch.setattr(engine, "sync", held)
    assert window.sync.sync_now("test")
    qtbot.waitUntil(synced.is_set, timeout=20_000)  # it has pulled: the server has no new name yet
    type_into(qtbot, details.name_edit, "Green Hills School")
    qtbot.mouseClick(details.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved on the school's server" in details.status.text(), timeout=15_000)
    with qtbot.waitSignal(window.sync.finished, timeout=20_000):
        end_first.set()  # the sync that began before the save ends; the one the save asked for waits
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=10_000)
    qtbot.wait(300)  # whatever the first sync's end made the page read again is shown by now
    assert details.name_edit.text() == "Green Hills School"  # not the old name the first sync left here
    with qtbot.waitSignal(window.sync.finished, timeout=20_000):
        start_second.set()
    settle(qtbot, window)
    with window.school.db.session() as session:
        assert session.execute(select(School.name)).scalar_one() == "Green Hills School"
    qtbot.waitUntil(lambda: not details.has_unsaved_edits(), timeout=10_000)  # read back: what the server has
    assert details.name_edit.text() == "Green Hills School"


def test_a_server_that_cannot_be_reached_changes_nothing_and_says_so(live):
    with ServerClient("http://127.0.0.1:9") as client, pytest.raises(AdminRefused, match="Cannot reach"):
        AdminApi(client).create_user(username="x1", full_name="X", role="teacher", password="long enough")
