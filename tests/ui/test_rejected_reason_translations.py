"""The server's reason for refusing a change reads in the person's language, values and all.

A teacher, offline, takes attendance on a day the school has just made a
holiday (Eid) and enters a mark after the principal closed mark entry; the
reference server (SQLite on 127.0.0.1) refuses both, naming its sentences
(``reason_key``, ``reason_args``). The teacher's inbox shows them in French
and in Urdu, the date in the locale's format and the term's name as the
school wrote it; a reason kept from an older server (no key) stays its
English.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.services.attendance import MarkEntry, mark_attendance
from app.services.grades import MarkValue, record_marks, set_entry_open
from app.services.session import Person
from app.storage.models import RejectedChange
from app.ui.context import OpenSchool
from app.ui.inbox import InboxScreen
from server.ids import new_id
from server.schools import bulk_insert
from tests.sync.conftest import Device, build_server_school

YESTERDAY = dt.date.today() - dt.timedelta(days=1)


@pytest.fixture
def refused(live, memory_keyring, daftar, tmp_path, qtbot):
    """The teacher's inbox with a refused roll call (a holiday) and a refused mark (entry closed)."""
    school = build_server_school(live)
    ids = school.ids
    teacher = Device(tmp_path / "teacher", school, "teacher1")
    principal = Device(tmp_path / "principal", school, "principal")
    try:
        assert teacher.sync().ok and principal.sync().ok
        # The school makes yesterday a holiday; the principal closes mark entry. The teacher has not synced.
        bulk_insert(school.engine, school.id, {"school_calendar": [
            {"id": new_id(), "date": YESTERDAY.isoformat(), "kind": "holiday", "name": "Eid"}]})
        principal.write(set_entry_open, ids["term"], False)
        assert principal.sync().ok
        teacher.write(mark_attendance, ids["sec_a"], YESTERDAY, {ids["student1"]: MarkEntry("P")})
        teacher.write(record_marks, ids["assess_a"], {ids["student2"]: MarkValue("scored", 2550)})
        assert teacher.sync().rejected == 2
        with teacher.db.session() as s:
            kept = {r.reason_key: r.reason_args for r in s.execute(select(RejectedChange)).scalars()}
        assert kept == {"holiday_named": {"date": YESTERDAY.isoformat(), "name": "Eid"},
                        "mark_entry_closed": {"term": "Term 1"}}

        open_school = OpenSchool(
            db=teacher.db, path=Path(teacher.db.path), code=school.code, name="Sync Test School", currency="PKR",
            currency_digits=2, school_id=school.id, device_id=teacher.actor.device_id,
            person=Person(user_id=ids["teacher1"], username="teacher1", full_name="Teacher1", role="teacher"),
        )
        screen = InboxScreen(daftar.ctx, open_school)
        qtbot.addWidget(screen)
        screen.resize(1000, 700)
        screen.show()
        screen.refresh()
        yield screen, teacher
    finally:
        teacher.close()
        principal.close()


def _texts(screen: InboxScreen) -> dict[str, str]:
    """Each refused item's full text, by the kind of record it was."""
    out = {}
    for row in range(screen.proxy.rowCount()):
        screen.table.setCurrentIndex(screen.proxy.index(row, 1))
        QApplication.processEvents()
        item = screen.current_item()
        assert item.kind == "rejected"
        text = screen.detail_text.text()
        out["attendance" if "Student1" in text else "mark"] = text
    return out


def _short(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def test_the_refusals_read_in_french(refused, language):
    screen, _teacher = refused
    language("fr_FR")
    screen.refresh()
    texts = _texts(screen)
    assert texts["attendance"].endswith(
        f"Le {_short(YESTERDAY)} est un jour férié (Eid) : pas d’appel ce jour-là."), texts["attendance"]
    assert _short(YESTERDAY) != YESTERDAY.isoformat()  # the French way of writing the date
    assert texts["mark"] == ("Votre note pour Student2 Test en Maths Test 1 a été refusée par le serveur de "
                             "l’école : La saisie des notes de Term 1 est fermée ; demandez au directeur de la "
                             "rouvrir.")
    for text in texts.values():
        assert "no attendance" not in text and "ask the principal" not in text


def test_the_refusals_read_in_urdu(refused, language):
    screen, _teacher = refused
    language("ur_PK")
    screen.refresh()
    texts = _texts(screen)
    assert texts["attendance"].endswith(f"{_short(YESTERDAY)} کو چھٹی ہے (Eid): حاضری نہیں لی جاتی۔"), \
        texts["attendance"]
    assert texts["mark"].endswith("Term 1 کے نمبروں کا اندراج بند ہے؛ پرنسپل سے اسے دوبارہ کھولنے کو کہیں۔"), \
        texts["mark"]
    # Back in English, the server's own sentences.
    language("en_US")
    screen.refresh()
    texts = _texts(screen)
    assert texts["attendance"].endswith(f"{_short(YESTERDAY)} is a holiday (Eid): no attendance is taken.")
    assert texts["mark"].endswith("Mark entry for Term 1 is closed; ask the principal to reopen it.")


def test_a_reason_from_a_newer_server_stays_its_english(refused, language):
    screen, teacher = refused
    newer = "Attendance is refused during the inspection."
    with teacher.db.write() as s:
        for r in s.execute(select(RejectedChange)).scalars():
            if r.reason_key == "holiday_named":
                r.reason_key, r.reason_args, r.reason = "inspection_day", {"inspector": "Mr Khan"}, newer
    language("fr_FR")
    screen.refresh()
    assert _texts(screen)["attendance"].endswith(" : " + newer)


def test_a_reason_kept_before_the_server_named_it_is_translated_from_its_english(refused, language):
    """A refusal stored by an older Daftar (schema 0005: the English only) reads in French all the same."""
    screen, teacher = refused
    with teacher.db.write() as s:
        for r in s.execute(select(RejectedChange)).scalars():
            if r.reason_key == "mark_entry_closed":
                r.reason_key, r.reason_args = "", {}
    language("fr_FR")
    screen.refresh()
    assert _texts(screen)["mark"].endswith(
        " : La saisie des notes de Term 1 est fermée ; demandez au directeur de la rouvrir.")
