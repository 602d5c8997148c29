"""The Day book and Defaulters screens, as the office uses them at the end of the day."""

from __future__ import annotations

import csv
import subprocess

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.services.fees import record_payment
from app.storage.models import CashClose
from tests.ui.test_fees_screen import office_ctx, open_as  # noqa: F401 - the fixture


def test_day_book_totals_then_cash_close_with_a_difference(school, office_ctx, qtbot, tmp_path):  # noqa: F811
    from app.ui.day_book import DayBookScreen

    with school.db.write() as s:
        record_payment(s, school.office, school.students[0].id, 300_00, "cash")
        record_payment(s, school.office, school.students[1].id, 120_00, "bank_transfer", reference="TRX9")
    screen = DayBookScreen(office_ctx, open_as(school, "office"))
    screen.no_printer = True
    qtbot.addWidget(screen)
    screen.resize(1100, 700)
    screen.show()
    assert screen.model.rowCount() == 2
    assert "PKR\u00a0420.00" in screen.summary.text() and "Office" in screen.summary.text()
    assert "300.00" in screen.status.text()
    dialog = screen.open_close_dialog()
    qtbot.keyClicks(dialog.counted, "295")
    assert not dialog.close_button.isEnabled() and "note" in dialog.problem.text()
    qtbot.keyClicks(dialog.note, "Five short, counted twice")
    assert dialog.close_button.isEnabled()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    with school.db.session() as s:
        close = s.execute(select(CashClose)).scalars().one()
        assert (close.expected_cash_minor, close.counted_cash_minor, close.difference_minor) == \
            (300_00, 295_00, -5_00)
    assert not screen.close_button.isEnabled() and "closed" in screen.status.text()
    # The close printed the day book (to PDF here: no printer in tests).
    out = screen.save_pdf(tmp_path / "day.pdf")
    subprocess.run(["qpdf", "--check", str(out)], check=True, capture_output=True)
    text = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True, text=True).stdout
    assert "Five short, counted twice" in text
    assert "expected PKR 300.00, counted PKR 295.00, difference -PKR 5.00" in " ".join(text.split())


def test_defaulters_filter_sort_and_export(school, office_ctx, qtbot, tmp_path):  # noqa: F811
    from app.ui.defaulters import Col, DefaultersScreen

    with school.db.write() as s:
        record_payment(s, school.office, school.students[0].id, 800_00, "cash")
    screen = DefaultersScreen(office_ctx, open_as(school, "office"))
    qtbot.addWidget(screen)
    screen.show()
    assert len(screen.visible_rows()) == 4
    screen.age.setCurrentIndex(screen.age.findData(31))
    assert screen.visible_rows() == []
    screen.age.setCurrentIndex(screen.age.findData(1))
    assert len(screen.visible_rows()) == 4
    screen.table.sortByColumn(Col.NAME, Qt.SortOrder.AscendingOrder)
    assert [d.full_name for d in screen.visible_rows()] == sorted(d.full_name for d in screen.visible_rows())
    out = screen.export("csv", tmp_path / "d.csv")
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert len(rows) == 5 and rows[1][1] == "Arjun Sharma"
    assert screen.export("xlsx", tmp_path / "d.xlsx").stat().st_size > 1000
