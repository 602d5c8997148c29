"""The Results screen and the principal's gradebook set-up, driven as the principal would."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.services.results import term_results
from app.storage.models import GradeScale, Subject, Term
from app.ui.results import FINAL, ResultsScreen


@pytest.fixture
def results_screen(main_window, qtbot):
    screen = ResultsScreen(main_window.ctx, main_window.school)
    qtbot.addWidget(screen)
    screen.resize(1200, 760)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def _terms(school):
    with school.db.session() as s:
        return [(t.id, t.name, t.entry_open, t.published) for t in
                s.execute(select(Term).order_by(Term.starts_on)).scalars()]


def test_term_results_match_the_service_and_sort_by_position(results_screen):
    screen = results_screen
    school = screen.school
    term_id = _terms(school)[1][0]  # a finished, published term
    section_id = screen.section_box.itemData(0)
    screen.select(section_id, term_id)
    with school.db.session() as s:
        expected = term_results(s, term_id, section_id)
    model = screen.proxy
    assert model.rowCount() == len(expected.students) > 10
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["Position", "Roll", "Student"] and headers[-2:] == ["Overall %", "Grade"]
    assert headers[3:-2] == [s.name for s in expected.subjects]
    screen.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    first = model.index(0, 2).data()
    best = min((st for st in expected.students if st.position), key=lambda st: st.position)
    assert first == best.full_name
    assert model.index(0, model.columnCount() - 2).data() == f"{best.percent:.1f}"
    assert model.index(0, model.columnCount() - 1).data() == best.grade
    assert "absent counts 0" in screen.rule.text()
    assert "published" in screen.subtitle.text()
    assert not screen.publish_button.isEnabled()  # already published


def test_final_result_over_the_terms(results_screen):
    screen = results_screen
    screen.select(screen.section_box.itemData(0), FINAL)
    model = screen.proxy
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[3:6] == ["Term 1 (30%)", "Term 2 (30%)", "Term 3 (40%)"]
    assert headers[-2:] == ["Final %", "Grade"]
    assert model.index(0, model.columnCount() - 2).data().endswith("*")  # term 3 not published yet


def test_principal_closes_and_publishes_the_current_term(results_screen, qtbot):
    screen = results_screen
    school = screen.school
    term_id, name, entry_open, published = next(t for t in _terms(school) if t[2])
    screen.select(screen.section_box.itemData(0), term_id)
    assert screen.entry_button.text() == "Close mark entry"
    qtbot.mouseClick(screen.entry_button, Qt.MouseButton.LeftButton)
    assert _terms(school)[-1][2] is False
    assert "closed" in screen.entry_label.text() and screen.entry_button.text() == "Open mark entry"
    box = screen.confirm_publish()
    publish = next(b for b in box.buttons() if b.text() == "Publish")
    qtbot.mouseClick(publish, Qt.MouseButton.LeftButton)
    assert _terms(school)[-1][3] is True
    assert "published" in screen.entry_label.text()
    assert not screen.entry_button.isEnabled() and not screen.publish_button.isEnabled()


def test_category_weights_dialog_shows_the_total_and_refuses_until_100(results_screen, qtbot):
    screen = results_screen
    dialog = screen.show_weights()
    with screen.school.db.session() as s:
        subject = s.execute(select(Subject).where(Subject.code == "SCI")).scalar_one()
    dialog.subject.setCurrentIndex(dialog.subject.findData(subject.id))
    assert "100%" in dialog.total.text()
    dialog.table.item(0, 1).setText("40")  # exam 50 → 40: total 90
    assert "total 90%, not 100%: add 10%" in dialog.total.text()
    dialog.save()
    assert "not 100%" in dialog.error.text() and dialog.isVisible()
    # Term 1 and 2 are published: weights are frozen for this year.
    dialog.table.item(0, 1).setText("60")  # exam 60, test 20, homework 20: 100, but a change
    dialog.table.item(1, 1).setText("20")
    assert "100%" in dialog.total.text()
    dialog.save()
    assert "Term 1 is already published" in dialog.error.text() and dialog.isVisible()


def test_grade_scale_dialog_refuses_a_scale_without_a_zero_band(results_screen):
    screen = results_screen
    dialog = screen.show_scale()
    assert dialog.lowest_pass.currentText() == "E"  # the demo scale's lowest pass
    last = dialog.table.rowCount() - 1
    dialog.table.item(last, 0).setText("5")
    dialog.save()
    assert "start at 0%" in dialog.error.text() and dialog.isVisible()
    with screen.school.db.session() as s:
        assert s.execute(select(GradeScale)).scalars().first().bands[-1]["min_percent"] == 0


def test_report_cards_for_a_section_in_the_background(results_screen, tmp_path, qtbot):
    screen = results_screen
    school = screen.school
    term_id = _terms(school)[1][0]
    screen.select(screen.section_box.itemData(0), term_id)
    progress = []
    screen.progress.valueChanged.connect(progress.append)
    out = tmp_path / "cards.pdf"
    screen.make_report_cards(out)
    assert out.exists() and screen.last_report_file == out
    assert screen.progress.isHidden()
    n = screen.proxy.rowCount()
    assert progress and progress[-1] == n
    assert f"{n} report card" in screen.status.text() and "saved to" in screen.status.text()
    check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert f"Pages:           {n}" in info


def test_one_students_report_card(results_screen, tmp_path, qtbot):
    screen = results_screen
    screen.select(screen.section_box.itemData(0), _terms(screen.school)[1][0])
    screen.table.selectRow(2)
    student_id, name = screen.selected_student()
    assert name == screen.proxy.index(2, 2).data()
    out = tmp_path / "one.pdf"
    screen.make_report_cards(out, [student_id])
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "Pages:           1" in info
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert name in text
