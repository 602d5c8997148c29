"""The conflicts inbox speaks the person's language: whole sentences, no English left but data.

A real marks conflict — a teacher and the principal change the same mark on
two computers against the reference server (SQLite on 127.0.0.1) — and a
real refused change (a mark entered offline after the principal closed mark
entry) land in the teacher's inbox. The inbox screen shows them in the
pseudo-language, where nothing may be left in plain English but the school's
data (names, the assessment, numbers, times) — the server's reason included,
which it names by key — and in French, where each line reads exactly as the
translator wrote it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.services.grades import MarkValue, record_marks, set_entry_open
from app.services.session import Person
from app.ui.context import OpenSchool
from app.ui.i18n import PSEUDO
from app.ui.inbox import InboxScreen
from tests.sync.conftest import Device, build_server_school
from tests.ui.test_translations import data_pattern, problems

# The school's data, as the server school of tests/sync has it.
DATA = ["Student1 Test", "Student2 Test", "Maths Test 1", "Principal", "Teacher1", "Term 1"]
# The server's reason for refusing the mark, as it sent it in English (said in the person's language:
# the server names the sentence, app/sync/reasons.py).
SERVER_REASON = "Mark entry for Term 1 is closed; ask the principal to reopen it."
SERVER_REASON_FR = "La saisie des notes de Term 1 est fermée ; demandez au directeur de la rouvrir."
TIME = r"\d{1,2}:\d{2}"  # the time today, in the locale's short format
TIME_EN = TIME + r"\s?[AP]M"


@pytest.fixture
def teachers_inbox(live, memory_keyring, daftar, tmp_path, qtbot):
    """The teacher's inbox screen, with a marks conflict and a refused mark in it."""
    school = build_server_school(live)
    ids = school.ids
    teacher = Device(tmp_path / "teacher", school, "teacher1")
    principal = Device(tmp_path / "principal", school, "principal")
    try:
        s1, s2, assess = ids["student1"], ids["student2"], ids["assess_a"]
        teacher.write(record_marks, assess, {s1: MarkValue("scored", 3000)})
        assert teacher.sync().ok and principal.sync().ok
        # Both change the same mark from the same base, offline; the principal's is later and kept.
        teacher.write(record_marks, assess, {s1: MarkValue("scored", 3500)})
        principal.write(record_marks, assess, {s1: MarkValue("scored", 4000)})
        assert teacher.sync().ok and principal.sync().ok and teacher.sync().ok
        # The principal closes mark entry; the teacher, not synced since, enters a mark offline.
        principal.write(set_entry_open, ids["term"], False)
        assert principal.sync().ok
        teacher.write(record_marks, assess, {s2: MarkValue("scored", 2550)})
        assert teacher.sync().rejected == 1

        open_school = OpenSchool(
            db=teacher.db, path=Path(teacher.db.path), code=school.code, name="Sync Test School", currency="PKR",
            currency_digits=2, school_id=school.id, device_id=teacher.actor.device_id,
            person=Person(user_id=ids["teacher1"], username="teacher1", full_name="Teacher1", role="teacher"),
        )
        screen = InboxScreen(daftar.ctx, open_school)
        qtbot.addWidget(screen)
        screen.resize(1000, 700)
        screen.show()
        screen.refresh()  # the synchronous task runner: loaded when this returns
        assert sorted(item.kind for item in screen.items) == ["marks_conflict", "rejected"]
        yield screen
    finally:
        teacher.close()
        principal.close()


def _show(screen: InboxScreen, kind: str):  # noqa: ANN202 - an InboxItem
    for row in range(screen.proxy.rowCount()):
        screen.table.setCurrentIndex(screen.proxy.index(row, 1))  # as a click on the line
        QApplication.processEvents()
        item = screen.current_item()
        if item.kind == kind:
            return item
    raise AssertionError(f"no {kind} in the inbox")


def test_the_inbox_shows_no_english_but_data_in_the_pseudo_language(teachers_inbox, language):
    screen = teachers_inbox
    language(PSEUDO)
    screen.refresh()  # what MainWindow does on a language change
    data = data_pattern(DATA)
    found = []
    for kind in ("marks_conflict", "rejected"):
        _show(screen, kind)
        found += [f"{kind}: {p}" for p in problems(screen, data)]
    assert not found, "English left in the inbox:\n" + "\n".join(found)
    # The lines are there, with their data, in the pseudo-language's brackets.
    _show(screen, "marks_conflict")
    text = screen.detail_text.text()
    assert "Student1 Test" in text and "Maths Test 1" in text and "Principal" in text and "[" in text
    assert "35" in text and "40" in text and "50" in text
    assert screen.keep_button.isVisible() and screen.keep_button.text().startswith("[")
    _show(screen, "rejected")
    text = screen.detail_text.text()
    assert "Student2 Test" in text and "Term 1" in text and SERVER_REASON not in text


def test_the_inbox_reads_as_the_translator_wrote_it_in_french(teachers_inbox, language):
    screen = teachers_inbox
    language("fr_FR")
    screen.refresh()
    _show(screen, "marks_conflict")
    assert re.fullmatch(
        re.escape("Votre note 35/50 pour Student1 Test en Maths Test 1 a été remplacée par 40/50, saisie par "
                  "Principal à ") + TIME + re.escape(". Choisissez la bonne."),
        screen.detail_text.text()), screen.detail_text.text()
    assert screen.detail_title.text() == "Deux notes pour Student1 Test en Maths Test 1"
    assert screen.keep_button.text() == "Garder 40/50 (de Principal)"
    assert screen.restore_button.text() == "Rétablir 35/50 (la vôtre)"
    _show(screen, "rejected")
    assert screen.detail_title.text() == "Refusé : votre note pour Student2 Test en Maths Test 1"
    assert screen.detail_text.text() == (
        "Votre note pour Student2 Test en Maths Test 1 a été refusée par le serveur de l’école : " + SERVER_REASON_FR)
    # In English, the same lines as before; in Urdu, the Urdu sentence.
    language("en_US")
    screen.refresh()
    _show(screen, "marks_conflict")
    assert re.fullmatch(
        re.escape("Your mark 35/50 for Student1 Test in Maths Test 1 was replaced by 40/50 entered by Principal at ")
        + TIME_EN + re.escape(". Choose which one is right."), screen.detail_text.text()), screen.detail_text.text()
    assert screen.restore_button.text() == "Restore 35/50 (yours)"
    assert screen.keep_button.text() == "Keep 40/50 (Principal's)"
    language("ur_PK")
    screen.refresh()
    assert screen.details.isVisible(), "right to left, the first item is chosen too"
    _show(screen, "marks_conflict")
    assert screen.detail_title.text() == "Student1 Test کے Maths Test 1 میں دو نمبر"
    assert screen.restore_button.text() == "35/50 بحال کریں (آپ کا)"


def test_a_score_with_decimals_is_written_the_locales_way(language):
    from app.ui.inbox import Score, say

    language("fr_FR")
    assert say(Score(2550)) == "25,5"
    language("en_US")
    assert say(Score(2550)) == "25.5"
