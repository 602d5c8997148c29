"""The remarks editor, opened from the Results screen and typed into as the teacher and the principal do."""

from __future__ import annotations

import dataclasses
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select

from app.services.comments import MAX_CHARS, PRINCIPAL, TEACHER, card_remarks
from app.services.session import Person
from app.storage.models import ReportComment, Section, Term, User
from app.ui.results import ResultsScreen


def _first_term_and_section(school):
    with school.db.session() as s:
        term = s.execute(select(Term).where(Term.published.is_(False)).order_by(Term.starts_on)).scalars().first()
        section = s.execute(select(Section).where(Section.homeroom_teacher_id.is_not(None))
                            .order_by(Section.name)).scalars().first()
        teacher = s.get(User, section.homeroom_teacher_id)
        return term.id, term.name, section.id, section.name, teacher


def _open(main_window, qtbot, school):
    screen = ResultsScreen(main_window.ctx, school)
    qtbot.addWidget(screen)
    screen.resize(1200, 760)
    screen.show()
    qtbot.waitExposed(screen)
    term_id, _term_name, section_id, _name, _teacher = _first_term_and_section(school)
    screen.select(section_id, term_id)
    dialog = screen.show_remarks()
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)
    return screen, dialog


def _type_into(qtbot, dialog, row: int, column: int, text: str) -> None:
    index = dialog.model.index(row, column)
    dialog.table.setCurrentIndex(index)
    dialog.table.setFocus()
    dialog.table.edit(index)
    editor = dialog.table.indexWidget(index)  # the open editor of that cell
    assert isinstance(editor, QLineEdit) and editor.maxLength() == MAX_CHARS
    editor.selectAll()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:  # QTest has no key codes for Arabic script: it comes in as an input method gives it
        editor.insert(text)
    before = dialog.status.text()
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: dialog.status.text() not in (before, "Saving…"))


def _saved(school):
    with school.db.session() as s:
        return {(c.student_id, c.kind): c.text for c in s.execute(select(ReportComment)).scalars()}


@pytest.fixture
def teacher_school(main_window):
    *_rest, teacher = _first_term_and_section(main_window.school)
    person = Person(user_id=teacher.id, username=teacher.username, full_name=teacher.full_name, role="teacher")
    return dataclasses.replace(main_window.school, person=person)


def test_the_principal_writes_a_remark_and_the_card_prints_it(main_window, qtbot, tmp_path):
    school = main_window.school
    screen, dialog = _open(main_window, qtbot, school)
    model = dialog.model
    assert not model.flags(model.index(0, 2)) & Qt.ItemFlag.ItemIsEditable  # the class teacher's column
    assert model.flags(model.index(0, 3)) & Qt.ItemFlag.ItemIsEditable
    assert "Only the class teacher or a teacher of" in dialog.who.text()
    assert "You write the principal's remarks." in dialog.who.text()

    _type_into(qtbot, dialog, 0, 3, "A good term; keep reading every day.")
    student_id = model.sheet.lines[0].student_id
    assert _saved(school) == {(student_id, PRINCIPAL): "A good term; keep reading every day."}
    assert dialog.status.text() == f"Saved the remark for {model.sheet.lines[0].full_name}."
    assert model.index(0, 3).data() == "A good term; keep reading every day."
    assert "waiting to sync" in model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    dialog.grab().save(str(tmp_path / "remarks-principal.png"))

    out = tmp_path / "card.pdf"
    screen.table.clearSelection()
    screen.make_report_cards(out, [student_id])
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split())
    assert "Principal's remarks A good term; keep reading every day." in text


def test_the_class_teacher_writes_theirs_and_cannot_write_the_principals(main_window, qtbot, teacher_school,
                                                                          tmp_path):
    screen, dialog = _open(main_window, qtbot, teacher_school)
    assert screen.remarks_button.isEnabled() and screen.remarks_button.text() == "Remarks…"
    model = dialog.model
    assert model.flags(model.index(1, 2)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(1, 3)) & Qt.ItemFlag.ItemIsEditable
    assert "Only the principal writes the principal's remarks." in dialog.who.text()
    _type_into(qtbot, dialog, 1, 2, "Helpful to others; must revise spelling.")
    _type_into(qtbot, dialog, 2, 2, "علی (Ali) نے محنت کی۔")
    dialog.grab().save(str(tmp_path / "remarks-teacher.png"))
    screen.grab().save(str(tmp_path / "results.png"))
    lines = model.sheet.lines
    assert _saved(teacher_school) == {(lines[1].student_id, TEACHER): "Helpful to others; must revise spelling.",
                                      (lines[2].student_id, TEACHER): "علی (Ali) نے محنت کی۔"}
    with teacher_school.db.session() as s:
        term_id = model.sheet.term_id
        assert card_remarks(s, term_id, model.sheet.section_id)[lines[1].student_id] == (
            "Helpful to others; must revise spelling.", "")


def test_a_refused_save_says_why_and_shows_what_is_saved(main_window, qtbot, teacher_school):
    _screen, dialog = _open(main_window, qtbot, teacher_school)
    with teacher_school.db.write() as s:  # published meanwhile (a sync from the principal's laptop)
        s.get(Term, dialog.term_id).published = True
    _type_into(qtbot, dialog, 0, 2, "Too late.")
    assert dialog.status.text().startswith("Not saved: ") and "is published; its report cards are frozen." in \
        dialog.status.text()
    assert _saved(teacher_school) == {}
    assert dialog.model.index(0, 2).data() == ""
    # Read again: the term is frozen, nothing can be typed.
    assert "is published; its report cards are frozen." in dialog.who.text()
    assert not dialog.model.flags(dialog.model.index(0, 2)) & Qt.ItemFlag.ItemIsEditable


def test_a_remark_arriving_by_sync_shows_in_the_open_editor(main_window, qtbot, teacher_school):
    from app.services.comments import write_remark

    _screen, dialog = _open(main_window, qtbot, teacher_school)
    line = dialog.model.sheet.lines[3]
    with main_window.school.db.write() as s:  # as a pull from the principal's laptop writes it
        write_remark(s, main_window.school.actor, dialog.section_id, dialog.term_id, line.student_id, PRINCIPAL,
                     "Much improved.")
    main_window.ctx.hub.data_changed.emit("report_comments", [])
    qtbot.waitUntil(lambda: dialog.model.index(3, 3).data() == "Much improved.")
