"""Signing out never loses data (issue 6, item 8), on one office computer against the real server.

A teacher works offline and signs out with changes waiting: Daftar says they
are kept. The principal then signs in on the same computer and syncs: the
teacher's changes are not sent under the principal's name, and the
principal's inbox says, in words, whose changes wait, how many and since
when. When the teacher signs in again, they go to the server.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from app.services.grades import MarkValue, record_marks
from app.services.outbox import pending_count, waiting_from_others
from server.models import T
from tests.sync.conftest import PASSWORD, build_server_school


def _settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.sync.running and window.sync.status.phase == "idle"
                    and window.sync.last_report is not None, timeout=20_000)


def _sign_in(app, live, qtbot, code: str, username: str):
    with qtbot.waitSignal(app.school_ready, timeout=30_000):
        app.sign_in(live.base, code, username, PASSWORD)
    window = app.main_window
    if window.sync.work_offline:  # still on from the last person: switched off in the new window
        assert window.sync_bar.offline_button.isChecked() and window.sync_bar.sync_label.text() == "Working offline"
        qtbot.mouseClick(window.sync_bar.offline_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    return window


def _server_marks(live, school) -> dict[str, int]:
    table = T["marks"]
    with live.app.state.engine.connect() as conn:
        rows = conn.execute(select(table.c.student_id, table.c.score_centi).where(
            table.c.school_id == school.id, table.c.assessment_id == school.ids["assess_a"])).all()
    return {student: score for student, score in rows}


def test_a_teachers_waiting_changes_survive_the_principals_session_and_go_when_she_is_back(app, live, qtbot):
    school = build_server_school(live)
    ids = school.ids
    app.start()

    # -- the teacher, working offline, enters two marks and signs out ----------------------------------
    window = _sign_in(app, live, qtbot, school.code, "teacher1")
    qtbot.mouseClick(window.sync_bar.offline_button, Qt.MouseButton.LeftButton)
    assert window.sync.work_offline
    with app.school.db.write() as s:
        record_marks(s, app.school.actor, ids["assess_a"], {ids["student1"]: MarkValue("scored", 4100),
                                                            ids["student2"]: MarkValue("scored", 3700)})
    app.hub.data_changed.emit("marks", [])
    with app.school.db.session() as s:
        waiting = pending_count(s)
    assert waiting >= 2
    qtbot.waitUntil(lambda: window.sync_bar.pending == waiting, timeout=5_000)
    app.sign_out()
    qtbot.waitUntil(lambda: app.main_window is None, timeout=10_000)
    # Daftar says so: she was the only one here, so the sign-in form, and a message box over it.
    said = [box.text() for box in QApplication.topLevelWidgets() if isinstance(box, QMessageBox) and box.isVisible()]
    assert any(f"Changes waiting to be sent: {waiting}. They are kept on this computer" in t for t in said), said
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox) and box.isVisible():
            box.accept()

    # -- the principal signs in on the same computer, online ------------------------------------------
    window = _sign_in(app, live, qtbot, school.code, "principal")
    assert not window.sync.work_offline and window.sync.last_report.ok
    assert window.sync.last_report.pushed == 0  # not the teacher's changes, not under her name
    assert ids["student1"] not in _server_marks(live, school)
    with app.school.db.session() as s:
        assert pending_count(s) == waiting
        [others] = waiting_from_others(s, ids["principal"])
    assert (others.user_id, others.name, others.count) == (ids["teacher1"], "Teacher1", waiting)

    window.show_screen("inbox")
    note = window.inbox.others_waiting
    qtbot.waitUntil(lambda: note.isVisible(), timeout=10_000)
    lines = note.text().splitlines()
    assert lines[0].startswith("Changes made on this computer by other people are waiting to be sent.")
    assert lines[1].startswith(f"• Teacher1 — changes waiting: {waiting}, the oldest made "), lines

    # -- the teacher signs in again: her changes go, and the note is gone --------------------------------
    app.sign_out()
    qtbot.waitUntil(lambda: app.main_window is None, timeout=10_000)
    window = _sign_in(app, live, qtbot, school.code, "teacher1")
    qtbot.waitUntil(lambda: window.sync_bar.pending == 0 and window.sync.last_report.pushed >= waiting,
                    timeout=20_000)
    marks = _server_marks(live, school)
    assert (marks[ids["student1"]], marks[ids["student2"]]) == (4100, 3700)
    with app.school.db.session() as s:
        assert waiting_from_others(s, ids["principal"]) == []
    # A teacher is not shown the others' waiting note (there is none now, and it is not hers to see).
    window.show_screen("inbox")
    assert not window.inbox.others_waiting.isVisible()
