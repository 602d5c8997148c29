"""The roster import wizard, driven as the office would: choose, match, check, import."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

DATA = Path(__file__).resolve().parent.parent / "data" / "import"
SHOTS = os.environ.get("DAFTAR_SCREENSHOTS")  # a folder: the wizard's pages are saved there as PNG


@pytest.fixture
def ctx(tmp_path, qapp):
    from app.config import Paths, Settings
    from app.ui.context import AppContext
    from app.ui.signals import AppSignals
    from app.ui.tasks import SyncTaskRunner

    paths = Paths.default(tmp_path / "data").ensure()
    return AppContext(hub=AppSignals(), tasks=SyncTaskRunner(), paths=paths, settings=Settings(),
                      logfile=tmp_path / "log.txt")


def open_as(school, role: str):
    from app.services.session import Person
    from app.ui.context import OpenSchool

    actor = getattr(school, role)
    person = Person(user_id=actor.user_id, username=role, full_name=role.title(), role=role)
    return OpenSchool(db=school.db, path=school.db.path, code="TST", name="Test School", currency="PKR",
                      currency_digits=2, school_id=actor.school_id, device_id=actor.device_id, person=person)


def count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def students_screen(school, ctx, qtbot):
    from app.ui.students import StudentsScreen

    screen = StudentsScreen(ctx, open_as(school, "office"))
    qtbot.addWidget(screen)
    screen.resize(1100, 700)
    screen.show()
    return screen


def open_wizard(screen, qtbot):
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    wizard = screen.findChild(QWizard)
    assert wizard is not None and wizard.isVisible()
    return wizard


def next_button(wizard):
    page = wizard.currentPage()
    return wizard.button(QWizard.WizardButton.CommitButton if page.isCommitPage() else QWizard.WizardButton.NextButton)


def test_the_office_imports_a_roster_and_the_list_grows(students_screen, school, qtbot):
    screen = students_screen
    assert screen.count_label.text().startswith("5 ")
    wizard = open_wizard(screen, qtbot)
    assert not next_button(wizard).isEnabled()  # no file yet
    wizard.file_page.load_file(DATA / "roster_french_cp1252.csv")
    assert "Windows-1252" in wizard.file_page.status.text() and "5 student row(s)" in wizard.file_page.status.text()
    assert next_button(wizard).isEnabled()
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)

    page = wizard.mapping_page
    assert wizard.currentPage() is page
    assert page.combos["admission_no"].currentText() == "Matricule"
    assert page.combos["section"].currentText() == "Classe"
    assert page.combos["address"].currentText() == "— not in the file —"
    headers = page.preview_model.headers
    assert headers[0] == "Matricule\n→ Admission no." and headers[2] == "Classe\n→ Section"
    assert page.preview_model.rows[3][1] == "José Müller"
    assert "1 blank row(s)" in page.notes.text()
    shot(wizard, "roster-import-mapping")
    # Without the admission number the next step stays closed, and says why.
    page.combos["admission_no"].setCurrentIndex(0)
    assert not next_button(wizard).isEnabled()
    assert "admission number" in page.problems.text()
    page.combos["admission_no"].setCurrentIndex(page.combos["admission_no"].findText("Matricule"))
    assert next_button(wizard).isEnabled() and page.problems.isHidden()
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)

    check = wizard.check_page
    assert wizard.currentPage() is check
    assert check.summary.text() == "3 new student(s), 2 to update, 0 already up to date."
    what = {r[1]: r[3] for r in check.change_model.rows}
    assert what["B102"] == "new → 7 B" and what["A001"] == "gender, date of birth, guardian"
    assert next_button(wizard).text() == "Import" and count(school.db.path, "SELECT count(*) FROM students") == 5
    shot(wizard, "roster-import-check")
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)

    done = wizard.done_page
    assert wizard.currentPage() is done and done.summary.text() == "The roster is imported."
    shot(wizard, "roster-import-done")
    assert "3 new student(s), 2 updated" in done.detail.text()
    assert count(school.db.path, "SELECT count(*) FROM students") == 8
    assert count(school.db.path, "SELECT count(*) FROM outbox") == 8
    assert screen.count_label.text().startswith("8 ")  # the list read again
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_problems_are_listed_by_row_and_nothing_can_be_imported(students_screen, school, qtbot, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("Admission No,Name,Class,Date of Birth\nB1,Ali Raza,9 Z,01/02/2014\nB1,Ali Khan,7 A,31/02/2014\n"
                   "B2,Sara Khan,7 A,\n", encoding="utf-8")
    wizard = open_wizard(students_screen, qtbot)
    wizard.file_page.load_file(bad)
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    check = wizard.check_page
    assert check.summary.text() == "3 problem(s) in 3 row(s):"
    assert check.problem_model.rows == [
        ["2", "Class", "There is no section \"9 Z\" in 2026 (the sections are 7 A, 7 B). Add it in the school's "
                       "setup, or correct the file."],
        ["3", "Admission No", "Admission number B1 is also on row 2."],
        ["3", "Date of Birth", "\"31/02/2014\" is not a real date (day 31, month 2, year 2014)."],
    ]
    assert check.problem_table.isVisible() and not check.change_table.isVisible()
    assert not next_button(wizard).isEnabled()
    shot(wizard, "roster-import-problems")
    assert count(school.db.path, "SELECT count(*) FROM outbox") == 0


def test_a_file_that_cannot_be_read_says_why(students_screen, qtbot, tmp_path):
    pdf = tmp_path / "roster.pdf"
    pdf.write_bytes(b"%PDF-1.4 a scanned list")
    wizard = open_wizard(students_screen, qtbot)
    wizard.file_page.load_file(pdf)
    assert wizard.file_page.error.isVisible()
    assert wizard.file_page.error.text() == "roster.pdf is a PDF, not a spreadsheet. Import the roster as CSV or XLSX."
    assert not next_button(wizard).isEnabled()
    shot(wizard, "roster-import-unreadable")


def test_a_teacher_has_no_import_button(school, ctx, qtbot):
    from app.ui.students import StudentsScreen

    screen = StudentsScreen(ctx, open_as(school, "teacher"))
    qtbot.addWidget(screen)
    assert screen.import_button is None


def test_with_the_apps_real_background_threads(students_screen, school, qtbot):
    """Reading, checking and importing run on workers; the wizard waits for their signals."""
    from app.ui.tasks import TaskRunner

    runner = TaskRunner()
    students_screen.ctx = dataclasses.replace(students_screen.ctx, tasks=runner)
    try:
        wizard = open_wizard(students_screen, qtbot)
        wizard.file_page.load_file(DATA / "roster_messy.xlsx")
        qtbot.waitUntil(lambda: next_button(wizard).isEnabled(), timeout=10_000)
        qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
        assert "Merged cells C6:C8" in wizard.mapping_page.notes.text()
        qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: wizard.check_page.plan is not None, timeout=10_000)
        assert wizard.check_page.summary.text() == "5 new student(s), 0 to update, 0 already up to date."
        qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: wizard.done_page.result is not None, timeout=10_000)
        assert count(school.db.path, "SELECT count(*) FROM students") == 10
        qtbot.waitUntil(lambda: students_screen.count_label.text().startswith("10 "), timeout=10_000)
    finally:
        runner.shutdown()
