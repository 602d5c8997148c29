"""The "Export…" buttons of the Day book and Results screens: an XLSX a person opens and checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate
from sqlalchemy import select

from app.services.fees import record_payment
from app.services.results import term_results
from app.storage.models import Term
from tests.ui.test_fees_screen import office_ctx, open_as  # noqa: F401 - the fixture


def test_day_book_exports_the_days_payments_to_xlsx(school, office_ctx, qtbot, tmp_path, monkeypatch):  # noqa: F811
    from app.ui.day_book import DayBookScreen

    with school.db.write() as s:
        first = record_payment(s, school.office, school.students[0].id, 300_00, "cash")
        second = record_payment(s, school.office, school.students[1].id, 120_50, "bank_transfer", reference="TRX9")
        receipts = {first.receipt_no: 300.0, second.receipt_no: 120.5}
        day = first.received_on
    screen = DayBookScreen(office_ctx, open_as(school, "office"))
    qtbot.addWidget(screen)
    screen.resize(1100, 700)
    screen.date.setDate(QDate(day.year, day.month, day.day))
    screen.show()
    assert screen.export_button.text() == "Export…" and screen.export_button.isEnabled()

    # The button asks where; a name without an extension takes the chosen filter's.
    chosen = tmp_path / "day"
    monkeypatch.setattr("app.ui.day_book.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(chosen), "Excel workbooks (*.xlsx)"))
    screen.export_button.click()
    out = tmp_path / "day.xlsx"
    assert screen.last_export == out and out.exists()
    assert "exported to" in screen.export_status.text() and str(out) in screen.export_status.text()

    sheet = load_workbook(out)["Payments"]
    header = [c.value for c in sheet[1]]
    assert header[0] == "Receipt no." and header[6] == "Amount (PKR)"
    rows = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True) if r[0] in receipts}
    assert set(rows) == set(receipts)
    for receipt, amount in receipts.items():
        assert rows[receipt][6] == pytest.approx(amount)
    assert rows[second.receipt_no][5] == "TRX9"

    # CSV by the filter, too.
    monkeypatch.setattr("app.ui.day_book.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "day-csv"), "CSV files (*.csv)"))
    screen.export_button.click()
    text = (tmp_path / "day-csv.csv").read_text(encoding="utf-8-sig")
    assert first.receipt_no in text and "120.50" in text


def test_day_book_export_failure_is_said_in_words(school, office_ctx, qtbot, tmp_path):  # noqa: F811
    from app.ui.day_book import DayBookScreen

    screen = DayBookScreen(office_ctx, open_as(school, "office"))
    qtbot.addWidget(screen)
    screen.show()
    screen.export(tmp_path / "no-such-folder" / "day.xlsx")
    assert "could not be exported" in screen.export_status.text()
    assert screen.export_button.isEnabled()


@pytest.fixture
def results_screen(main_window, qtbot):
    from app.ui.results import ResultsScreen

    screen = ResultsScreen(main_window.ctx, main_window.school)
    qtbot.addWidget(screen)
    screen.resize(1200, 760)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_results_export_a_terms_results_to_xlsx(results_screen, tmp_path, monkeypatch):
    from app.ui.results import FINAL

    screen = results_screen
    school = screen.school
    with school.db.session() as s:
        term_id = [t.id for t in s.execute(select(Term).order_by(Term.starts_on)).scalars()][1]  # published
    section_id = screen.section_box.itemData(0)
    screen.select(section_id, term_id)
    assert screen.export_button.text() == "Export…" and screen.export_button.isEnabled()
    with school.db.session() as s:
        expected = term_results(s, term_id, section_id)

    out = tmp_path / "results.xlsx"
    monkeypatch.setattr("app.ui.results.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(out), "Excel workbooks (*.xlsx)"))
    screen.export_button.click()
    assert screen.last_export == out
    assert "exported to" in screen.status.text() and expected.term_name in screen.status.text()

    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["Roll no.", "Admission no.", "Name"] and "Overall (%)" in header
    by_admission = {r[1]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert len(by_admission) == len(expected.students) > 10
    overall, grade = header.index("Overall (%)"), header.index("Grade")
    first_subject = expected.subjects[0]
    subject_col = header.index(f"{first_subject.name} (%)")
    for st in expected.students[:5]:
        row = by_admission[st.admission_no]
        assert row[2] == st.full_name
        assert row[overall] == pytest.approx(st.percent)
        assert row[grade] == st.grade
        assert row[subject_col] == pytest.approx(st.subjects[first_subject.id].percent)

    # The year's final result has no export: the button says so by being off.
    screen.select(section_id, FINAL)
    assert not screen.export_button.isEnabled()


def test_render_the_screens_with_their_export_button(school, office_ctx, results_screen, qtbot):  # noqa: F811
    """Pictures for a person to look at (``DAFTAR_SHOTS=folder``); otherwise only the painting is checked."""
    import os

    from app.ui.day_book import DayBookScreen

    with school.db.write() as s:
        record_payment(s, school.office, school.students[0].id, 300_00, "cash")
    day_screen = DayBookScreen(office_ctx, open_as(school, "office"))
    qtbot.addWidget(day_screen)
    day_screen.resize(1100, 560)
    day_screen.show()
    with results_screen.school.db.session() as s:
        term_id = [t.id for t in s.execute(select(Term).order_by(Term.starts_on)).scalars()][1]
    results_screen.select(results_screen.section_box.itemData(0), term_id)
    shots = os.environ.get("DAFTAR_SHOTS")
    for name, widget in (("day-book", day_screen), ("results", results_screen)):
        picture = widget.grab()
        assert not picture.isNull()
        if shots:
            picture.save(str(Path(shots) / f"export-{name}.png"))
