"""The inbox's "Keep theirs" and "Dismiss", on a real conflict and a real refusal from the server.

The principal's mark, changed offline, loses to a teacher's later one (the
server keeps the later and reports a conflict), and her roll call for a day
the school has just made a holiday is refused. In her inbox she keeps the
teacher's mark — her copy becomes it and the server keeps it after the next
sync — and dismisses the refusal, which leaves the inbox and sends nothing. Real parts:
the reference server on 127.0.0.1 (SQLite), real school files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.services.attendance import MarkEntry, mark_attendance
from app.services.conflicts import inbox
from app.services.grades import MarkValue, record_marks
from app.services.outbox import pending_count
from app.services.session import Person
from app.storage.models import RejectedChange, ServerConflict
from app.ui.context import OpenSchool
from app.ui.inbox import InboxScreen
from server.ids import new_id
from server.schools import bulk_insert
from tests.sync.conftest import Device, build_server_school

YESTERDAY = dt.date.today() - dt.timedelta(days=1)


@pytest.fixture
def principals_inbox(live, memory_keyring, daftar, tmp_path, qtbot):
    school = build_server_school(live)
    ids = school.ids
    teacher = Device(tmp_path / "teacher", school, "teacher1")
    principal = Device(tmp_path / "principal", school, "principal")
    try:
        teacher.write(record_marks, ids["assess_a"], {ids["student3"]: MarkValue("scored", 3000)})
        assert teacher.sync().ok and principal.sync().ok
        # Offline, the principal corrects the mark and takes yesterday's roll call; then the teacher
        # changes the same mark and syncs first, and the school makes yesterday a holiday.
        principal.write(record_marks, ids["assess_a"], {ids["student3"]: MarkValue("scored", 3500)})
        principal.write(mark_attendance, ids["sec_a"], YESTERDAY, {ids["student1"]: MarkEntry("P")})
        teacher.write(record_marks, ids["assess_a"], {ids["student3"]: MarkValue("scored", 4000)})
        assert teacher.sync().ok
        bulk_insert(school.engine, school.id, {"school_calendar": [
            {"id": new_id(), "date": YESTERDAY.isoformat(), "kind": "holiday", "name": "Eid"}]})
        report = principal.sync()
        assert (report.conflicts, report.rejected) == (1, 1), report.describe()

        open_school = OpenSchool(
            db=principal.db, path=Path(principal.db.path), code=school.code, name="Sync Test School",
            currency="PKR", currency_digits=2, school_id=school.id, device_id=principal.actor.device_id,
            person=Person(user_id=ids["principal"], username="principal", full_name="Principal",
                          role="principal"),
        )
        screen = InboxScreen(daftar.ctx, open_school)
        qtbot.addWidget(screen)
        screen.resize(1000, 700)
        screen.show()
        screen.refresh()
        qtbot.waitUntil(lambda: len(screen.items) == 2, timeout=10_000)
        yield screen, principal, school
    finally:
        teacher.close()
        principal.close()


def _select(screen: InboxScreen, kind: str):
    for row in range(screen.proxy.rowCount()):
        screen.table.setCurrentIndex(screen.proxy.index(row, 1))
        QApplication.processEvents()
        if screen.current_item().kind == kind:
            return screen.current_item()
    raise AssertionError(f"no {kind} in the inbox: {[i.kind for i in screen.items]}")


def test_keep_theirs_takes_the_teachers_mark_here_and_on_the_server(principals_inbox, qtbot):
    screen, principal, school = principals_inbox
    ids = school.ids
    item = _select(screen, "marks_conflict")
    assert "35/50" in item.text and "40/50" in item.text and "Teacher1" in item.text
    assert screen.keep_button.isVisible() and screen.restore_button.isVisible()
    assert screen.keep_button.text() == "Keep 40/50 (Teacher1's)"
    qtbot.mouseClick(screen.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [i.kind for i in screen.items] == ["rejected"], timeout=10_000)
    [mark] = [m for m in principal.rows("marks").values() if m["student_id"] == ids["student3"]]
    assert mark["score_centi"] == 4000
    with principal.db.session() as s:
        assert s.get(ServerConflict, item.id).resolved_at is not None
    assert principal.sync().ok
    [mark] = [m for m in principal.rows("marks").values() if m["student_id"] == ids["student3"]]
    assert mark["score_centi"] == 4000


def test_dismiss_takes_a_refusal_out_of_the_inbox_and_sends_nothing(principals_inbox, qtbot):
    screen, principal, school = principals_inbox
    item = _select(screen, "rejected")
    assert "Eid" in item.text
    assert screen.dismiss_button.isVisible()
    assert not screen.keep_button.isVisible() and not screen.restore_button.isVisible()
    with principal.db.session() as s:
        before = pending_count(s)
    qtbot.mouseClick(screen.dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [i.kind for i in screen.items] == ["marks_conflict"], timeout=10_000)
    with principal.db.session() as s:
        assert pending_count(s) == before  # a dismissal is this person's own business: nothing to send
        assert "rejected" not in [a.kind for a in inbox(s, principal.actor)]
        refused = s.execute(select(RejectedChange)).scalars().one()
        assert refused.id == item.id
    # The refused roll call itself is not brought back by dismissing it.
    assert not [m for m in principal.rows("attendance_marks").values()
                if m["date"] == YESTERDAY.isoformat() and m["student_id"] == school.ids["student1"]]
