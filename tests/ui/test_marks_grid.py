"""The marks grid, driven as a teacher does: typing, Enter, Tab, pasting from a spreadsheet."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication
from sqlalchemy import select

from app.services.assessments import AssessmentInput, create_assessment
from app.services.grades import set_entry_open
from app.services.session import Person
from app.storage.models import Assessment, Mark, ServerConflict, TeachingAssignment, Term, User
from app.ui.marks import FIXED_COLUMNS, SYNC_ROLE, MarksScreen


def file_marks(path, assessment_id) -> dict[str, tuple[str, int | None]]:
    """Read straight from the file, not through the service under test."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT student_id, status, score_centi FROM marks WHERE assessment_id = ? AND deleted = 0",
                            (assessment_id,)).fetchall()
        return {r[0]: (r[1], r[2]) for r in rows}
    finally:
        conn.close()


def outbox_rows(path, row_ids) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        marks = ",".join("?" * len(row_ids))
        return conn.execute(f"SELECT count(*) FROM outbox WHERE entity = 'marks' AND row_id IN ({marks})",
                            list(row_ids)).fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def teacher_grid(main_window, qtbot):
    """A teacher's marks screen on a class they teach, with a fresh, empty quiz (out of 20) first."""
    school = main_window.school
    with school.db.session() as s:
        term = s.execute(select(Term).where(Term.entry_open.is_(True)).order_by(Term.starts_on)).scalars().first()
        ta = s.execute(select(TeachingAssignment).join(User, User.id == TeachingAssignment.teacher_id)
                       .where(User.role == "teacher", User.active.is_(True))).scalars().first()
        user = s.get(User, ta.teacher_id)
        section_id, subject_id, term_id = ta.section_id, ta.subject_id, term.id
        held = term.starts_on
    teacher = dataclasses.replace(school, person=Person(user.id, user.username, user.full_name, "teacher"))
    with school.db.write() as s:
        quiz = create_assessment(s, teacher.actor, section_id, subject_id, term_id,
                                 AssessmentInput("A quiz", "test", 20_00, 1, held))
        quiz_id = quiz.id
    screen = MarksScreen(main_window.ctx, teacher)
    qtbot.addWidget(screen)
    screen.resize(1200, 760)
    screen.show()
    qtbot.waitExposed(screen)
    screen.select(section_id, subject_id, term_id)
    grid = screen.model.grid
    col = FIXED_COLUMNS + [a.id for a in grid.assessments].index(quiz_id)
    screen.table.setFocus()
    screen.table.setCurrentIndex(screen.model.index(0, col))
    return screen, col, quiz_id, teacher


def type_in(qtbot, table, text: str) -> None:
    """Type as a person does: the first key opens the cell's editor, the rest go into it."""
    qtbot.keyClicks(table, text[0])
    editor = QApplication.focusWidget()
    assert editor is not table, "typing did not open the cell"
    if text[1:]:
        qtbot.keyClicks(editor, text[1:])


def enter(qtbot, table) -> None:
    qtbot.keyClick(QApplication.focusWidget() or table, Qt.Key.Key_Return)
    QApplication.processEvents()  # Qt commits an editor's data on Enter through a queued call


def students(screen) -> list[str]:
    return [s.id for s in screen.model.grid.students]


def test_type_a_number_and_enter_moves_down_and_saves(teacher_grid, qtbot, school_file):
    screen, col, quiz_id, _ = teacher_grid
    table = screen.table
    for text in ("12.5", "ab", "ex", "20"):
        type_in(qtbot, table, text)
        enter(qtbot, table)
    assert table.currentIndex().row() == 4 and table.currentIndex().column() == col
    ids = students(screen)
    assert file_marks(school_file, quiz_id) == {
        ids[0]: ("scored", 1250), ids[1]: ("absent", None), ids[2]: ("exempt", None), ids[3]: ("scored", 2000)}
    model = screen.model
    assert [model.index(r, col).data() for r in range(4)] == ["12.5", "ab", "ex", "20"]
    # Saved with the outbox, each cell waiting for the server.
    with screen.school.db.session() as s:
        mark_ids = list(s.execute(select(Mark.id).where(Mark.assessment_id == quiz_id)).scalars())
    assert outbox_rows(school_file, mark_ids) == 4
    assert {model.index(r, col).data(SYNC_ROLE) for r in range(4)} == {"waiting"}
    assert "waiting to sync" in model.index(0, col).data(Qt.ItemDataRole.ToolTipRole)
    assert "Saved on this computer" in screen.status.text()


def test_tab_moves_across_into_the_next_cell(teacher_grid, qtbot):
    screen, col, _, _ = teacher_grid
    table = screen.table
    assert col + 1 < screen.model.result_column(), "the grid has an assessment to the right to move into"
    type_in(qtbot, table, "7")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert table.currentIndex().column() == col + 1 and table.currentIndex().row() == 0
    assert table.state() == QAbstractItemView.State.EditingState
    assert screen.model.index(0, col).data() == "7"


def test_a_bad_value_is_refused_in_place_and_the_cell_stays_editable(teacher_grid, qtbot, school_file):
    screen, col, quiz_id, _ = teacher_grid
    table = screen.table
    type_in(qtbot, table, "25")  # the quiz is out of 20
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert table.state() == QAbstractItemView.State.EditingState  # still typing in the same cell
    assert table.currentIndex().row() == 0
    assert "more than the maximum of 20" in screen.status.text()
    assert "more than the maximum" in editor.toolTip()
    assert file_marks(school_file, quiz_id) == {}
    editor.selectAll()
    qtbot.keyClicks(editor, "abc")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert "not a mark" in screen.status.text()
    editor.selectAll()
    qtbot.keyClicks(editor, "19")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert table.currentIndex().row() == 1
    assert file_marks(school_file, quiz_id) == {students(screen)[0]: ("scored", 1900)}


def test_pasting_a_column_from_a_spreadsheet(teacher_grid, qtbot, school_file):
    screen, col, quiz_id, _ = teacher_grid
    QGuiApplication.clipboard().setText("15\r\n17.5\r\nabc\r\n\r\nAB\r\n21\r\n")
    qtbot.keyClick(screen.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    ids = students(screen)
    assert file_marks(school_file, quiz_id) == {
        ids[0]: ("scored", 1500), ids[1]: ("scored", 1750), ids[4]: ("absent", None)}
    model = screen.model
    # The refused ones stay in their cells, in red, with the reason.
    assert model.index(2, col).data() == "abc"
    assert "not a mark" in model.index(2, col).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(5, col).data() == "21"
    assert "more than the maximum" in model.index(5, col).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(3, col).data() == ""  # an empty pasted cell leaves the cell as it was
    assert "Saved on this computer (3 mark" in screen.status.text()
    assert "not saved, shown in red" in screen.status.text()


def test_a_paste_of_the_wrong_shape_is_refused_whole(teacher_grid, qtbot, school_file):
    screen, col, quiz_id, _ = teacher_grid
    n = len(students(screen))
    screen.table.setCurrentIndex(screen.model.index(n - 2, col))
    QGuiApplication.clipboard().setText("1\n2\n3\n")
    qtbot.keyClick(screen.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "Nothing was pasted" in screen.status.text() and "2 student(s) below" in screen.status.text()
    assert file_marks(school_file, quiz_id) == {}


def test_delete_empties_cells(teacher_grid, qtbot, school_file):
    screen, col, quiz_id, _ = teacher_grid
    QGuiApplication.clipboard().setText("1\n2\n")
    qtbot.keyClick(screen.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(file_marks(school_file, quiz_id)) == 2
    table = screen.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(screen.model.index(0, col)).center())
    assert [(i.row(), i.column()) for i in table.selectedIndexes()] == [(0, col)]
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert file_marks(school_file, quiz_id) == {students(screen)[1]: ("scored", 200)}


def test_a_closed_term_is_read_only(teacher_grid, qtbot, school_file):
    screen, col, quiz_id, teacher = teacher_grid
    principal = dataclasses.replace(teacher.actor, role="principal")
    with screen.school.db.write() as s:
        set_entry_open(s, principal, screen.model.grid.term_id, False)
    screen.ctx.hub.data_changed.emit("terms", [])
    assert screen.model.grid.read_only
    assert screen.banner.isVisible() and "closed" in screen.banner.text()
    assert not screen.model.flags(screen.model.index(0, col)) & Qt.ItemFlag.ItemIsEditable
    screen.table.setCurrentIndex(screen.model.index(0, col))
    qtbot.keyClicks(screen.table, "5")
    QGuiApplication.clipboard().setText("5\n")
    qtbot.keyClick(screen.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "closed" in screen.status.text()
    assert file_marks(school_file, quiz_id) == {}
    assert not screen.new_button.isEnabled()


def test_term_result_columns_and_a_conflict_in_its_cell(teacher_grid, qtbot):
    screen, col, quiz_id, teacher = teacher_grid
    type_in(qtbot, screen.table, "10")
    enter(qtbot, screen.table)
    model = screen.model
    percent = model.index(0, model.result_column()).data()
    assert percent not in ("", "—") and model.index(0, model.result_column() + 1).data()
    with screen.school.db.write() as s:
        mark = s.execute(select(Mark).where(Mark.assessment_id == quiz_id)).scalar_one()
        s.add(ServerConflict(school_id=teacher.school_id, entity="marks", row_id=mark.id,
                             section_id=screen.model.grid.section_id, kind="marks_conflict", kept={}, lost={},
                             message="Two different marks were entered.", detected_at=dt.datetime(2026, 1, 1)))
    screen.ctx.hub.data_changed.emit("server_conflicts", [])
    assert model.index(0, col).data(SYNC_ROLE) == "conflict"
    assert "Two different marks" in model.index(0, col).data(Qt.ItemDataRole.ToolTipRole)
    assert "absent (ab) counts 0" in screen.rule.text()


def test_a_new_assessment_from_the_dialog(teacher_grid, qtbot):
    screen, _, _, _ = teacher_grid
    before = screen.model.assessment_count
    dialog = screen.new_assessment()
    dialog.name.setText("")
    dialog.save()
    assert "name" in dialog.error.text() and dialog.isVisible()
    qtbot.keyClicks(dialog.name, "Homework 9")
    dialog.maximum.setValue(10)
    dialog.save()
    assert not dialog.isVisible()
    assert screen.model.assessment_count == before + 1
    with screen.school.db.session() as s:
        a = s.execute(select(Assessment).where(Assessment.name == "Homework 9")).scalar_one()
        assert a.max_marks_centi == 1000 and a.created_by == screen.school.person.user_id


def test_a_mark_for_a_student_who_left_is_refused_in_its_cell_and_the_others_are_saved(teacher_grid, qtbot,
                                                                                        school_file):
    from app.storage.models import Enrollment

    screen, col, quiz_id, _ = teacher_grid
    grid = screen.model.grid
    leaver = grid.students[1]
    with screen.school.db.write() as s:
        quiz = s.get(Assessment, quiz_id)
        term = s.get(Term, quiz.term_id)
        quiz.held_on = term.starts_on + dt.timedelta(days=10)
        enrollment = s.execute(select(Enrollment).where(Enrollment.student_id == leaver.id,
                                                        Enrollment.section_id == grid.section_id)).scalar_one()
        enrollment.ends_on = term.starts_on + dt.timedelta(days=5)
    screen.ctx.hub.data_changed.emit("enrollments", [])
    assert screen.model.grid.students[1].left_on is not None
    assert "left this class" in screen.model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole)
    screen.table.setCurrentIndex(screen.model.index(0, col))
    QGuiApplication.clipboard().setText("11\n12\n13\n")
    qtbot.keyClick(screen.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    ids = students(screen)
    assert file_marks(school_file, quiz_id) == {ids[0]: ("scored", 1100), ids[2]: ("scored", 1300)}
    cell = screen.model.index(1, col)
    assert cell.data() == "12" and "left this class" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "2 saved; 1 refused" in screen.status.text()


def test_typing_fast_with_real_background_threads(teacher_grid, qtbot, school_file):
    """The app's own task runner: saves run on the write thread while the teacher keeps typing."""
    from app.ui.tasks import TaskRunner

    screen, col, quiz_id, _ = teacher_grid
    runner = TaskRunner()
    screen.ctx = dataclasses.replace(screen.ctx, tasks=runner)
    try:
        table = screen.table
        for text in ("1", "2", "3", "4", "5", "6"):
            type_in(qtbot, table, text)
            enter(qtbot, table)
        assert table.currentIndex().row() == 6  # no reload took the cursor away
        ids = students(screen)
        qtbot.waitUntil(lambda: len(file_marks(school_file, quiz_id)) == 6 and runner.pending == 0, timeout=10_000)
        assert file_marks(school_file, quiz_id) == {ids[i]: ("scored", (i + 1) * 100) for i in range(6)}
        qtbot.waitUntil(lambda: {screen.model.index(r, col).data(SYNC_ROLE) for r in range(6)} == {"waiting"},
                        timeout=10_000)
    finally:
        runner.shutdown()
