"""The screens' own exports go through the one export module: what is saved is what the screen shows."""

from __future__ import annotations

from openpyxl import load_workbook

from tests.test_attendance_registers import march  # noqa: F401  (fixture)
from tests.ui.test_register_screen import open_register


def test_the_register_screen_saves_the_month_as_xlsx_and_csv(qtbot, tmp_path, school, march):  # noqa: F811
    screen = open_register(qtbot, tmp_path, school, school.principal, "principal")
    screen.show_month(2026, 3, school.section.id)
    shown = {screen.month_model.index(r, 1).data(): [screen.month_model.index(r, c).data()
                                                     for c in range(2, 2 + screen.month_model.day_count)]
             for r in range(screen.month_model.rowCount())}
    with qtbot.waitSignal(screen.pdf_saved):
        screen.save_pdf(tmp_path / "register.xlsx")
    rows = [list(r) for r in load_workbook(tmp_path / "register.xlsx").worksheets[0].iter_rows(values_only=True)]
    days = screen.month_model.day_count
    assert rows[0][2] == "02 Mon" and len(rows[0]) == 2 + days + 5
    for line in rows[1:-1]:
        assert [c or "" for c in line[2:2 + days]] == [c or "" for c in shown[line[1]]], line[1]
    with qtbot.waitSignal(screen.pdf_saved):
        screen.save_pdf(tmp_path / "register.csv")
    text = (tmp_path / "register.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Roll no.,Name,02 Mon") and "Present each day" in text
