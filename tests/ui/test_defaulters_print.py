"""The Defaulters screen prints, or saves as PDF, the list as it is shown: the school's header and the filters applied."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.services.fees import record_payment
from app.storage.models import School
from tests.ui.test_fees_screen import office_ctx, open_as  # noqa: F401 - the fixture


def _read(path) -> str:
    subprocess.run(["qpdf", "--check", str(path)], check=True, capture_output=True)
    png = path.with_suffix("")
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", str(path), str(png)], check=True)
    assert png.with_suffix(".png").stat().st_size > 5_000
    return " ".join(subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                                   text=True).stdout.split())


def test_the_list_as_shown_saved_as_pdf_with_the_school_header_and_filters(school, office_ctx, qtbot,  # noqa: F811
                                                                          tmp_path):
    from app.ui.defaulters import Col, DefaultersScreen

    with school.db.write() as s:
        sch = s.execute(select(School)).scalar_one()
        sch.address, sch.phone = "Plot 7, Gulberg III\nLahore", "+92 42 3575 0000"
        record_payment(s, school.office, school.students[0].id, 800_00, "cash")
    screen = DefaultersScreen(office_ctx, open_as(school, "office"))
    qtbot.addWidget(screen)
    screen.resize(1200, 600)
    screen.show()
    screen.section.setCurrentIndex(screen.section.findData("7 A"))
    screen.age.setCurrentIndex(screen.age.findData(1))
    screen.table.sortByColumn(Col.NAME, Qt.SortOrder.AscendingOrder)
    shown = [d.full_name for d in screen.visible_rows()]
    assert len(shown) == 4 and "Ayesha Khan" not in shown
    screen.save_as_pdf(tmp_path / "owing.pdf")
    assert "saved" in screen.status.text()
    text = _read(tmp_path / "owing.pdf")
    for expected in ("Test School", "Plot 7, Gulberg III", "Lahore", "+92 42 3575 0000", "Defaulters",
                     "Section: 7 A · Overdue", "4 students owe PKR", "Admission no.", "Days overdue", "Printed on",
                     "Page 1 of 1"):
        assert expected in text, expected
    assert "Ayesha Khan" not in text  # paid up: not on the list
    # The screen's order: by name.
    assert [text.index(name) for name in shown] == sorted(text.index(name) for name in shown)
    screen.grab().save(str(tmp_path / "screen.png"))

    # Another filter, another list: nobody is over 30 days late yet.
    screen.age.setCurrentIndex(screen.age.findData(31))
    screen.save_as_pdf(tmp_path / "over30.pdf")
    text = _read(tmp_path / "over30.pdf")
    assert "Section: 7 A · Over 30 days" in text and "0 students owe" in text
    assert not any(name in text for name in shown)


def test_print_makes_the_pdf_and_hands_it_to_the_printer(school, office_ctx, qtbot):  # noqa: F811
    from app.ui.defaulters import DefaultersScreen

    screen = DefaultersScreen(office_ctx, open_as(school, "office"))
    screen.no_printer = True  # no printer here: the PDF it would print is kept
    qtbot.addWidget(screen)
    screen.show()
    qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    assert screen.last_pdf is not None and screen.last_pdf.startswith(b"%PDF")
    assert screen.print_button.isEnabled()

