"""Exports: every XLSX read back with openpyxl, every CSV with the csv module, values as a person checks them."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from app.services.attendance import MarkEntry, mark_attendance
from app.services.context import ServiceError
from app.services.exports import (
    date_pattern_for,
    day_book_export,
    find_section,
    find_student,
    find_term,
    ledger_export,
    marks_export,
    register_export,
    results_export,
    school_defaulters_export,
    write_export,
)
from app.services.fees import record_payment
from app.services.grades import MarkValue, record_marks
from app.services.registers import school_days
from app.storage.models import School
from tests.school import TODAY


def sheet_rows(path, title=None) -> list[list]:
    wb = load_workbook(path)
    ws = wb[title] if title else wb.worksheets[0]
    return [list(r) for r in ws.iter_rows(values_only=True)]


def csv_rows(path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a BOM, so Excel reads the accents"
    return list(csv.reader(raw.decode("utf-8-sig").splitlines()))


@pytest.fixture
def busy_school(school):
    """The small school with a roll call, marks and a payment of today."""
    with school.db.write() as s:
        first = TODAY.replace(day=1)
        days = [d for d in school_days(s, first, TODAY)]
        if not days:  # the first school day of the month has not come: take last month's
            first = (first - dt.timedelta(days=1)).replace(day=1)
            days = school_days(s, first, TODAY)
        day = days[-1]
        marks = {st.id: MarkEntry("P") for st in school.students}
        marks[school.students[1].id] = MarkEntry("A")
        mark_attendance(s, school.teacher, school.section.id, day, marks)
        record_marks(s, school.teacher, school.assessment.id, {
            school.students[0].id: MarkValue("scored", 42_50), school.students[1].id: MarkValue("absent"),
            school.students[2].id: MarkValue("scored", 30_00)})
        record_payment(s, school.office, school.students[0].id, 600_00, "cash")
    school.day = day
    return school


def test_the_register_in_xlsx_and_csv(busy_school, tmp_path):
    school = busy_school
    day = school.day
    with school.db.session() as s:
        export = register_export(s, school.section.id, day.year, day.month)
    rows = sheet_rows(write_export(export, tmp_path / "r.xlsx"))
    header = rows[0]
    assert header[:2] == ["Roll no.", "Name"] and header[-5:] == ["Present", "Absent", "Late", "Days counted",
                                                                   "Rate (%)"]
    column = header.index(f"{day.day:02d} {day:%a}")  # the day of the month, as a register heads it
    by_name = {r[1]: r for r in rows[1:]}
    assert by_name["Omar Haddad"][column] == "A" and by_name["Ayesha Khan"][column] == "P"
    assert by_name["Omar Haddad"][-5:] == [0, 1, 0, 1, 0] and by_name["Ayesha Khan"][-1] == 100
    assert rows[-1][1] == "Present each day" and rows[-1][column] == 4 and rows[-1][-1] == 80
    wb = load_workbook(tmp_path / "r.xlsx")
    assert wb.worksheets[0].freeze_panes == "A2"

    lines = csv_rows(write_export(export, tmp_path / "r.csv"))
    assert lines[0] == header and len(lines) == len(rows)
    omar = next(line for line in lines if line[1] == "Omar Haddad")
    assert omar[column] == "A" and omar[-1] == "0.0"


def test_marks_and_results(busy_school, tmp_path):
    school = busy_school
    with school.db.session() as s:
        marks = marks_export(s, school.section.id, school.term.id)
        results = results_export(s, school.section.id, school.term.id)
    rows = sheet_rows(write_export(marks, tmp_path / "m.xlsx"), "Mathematics")
    assert rows[0] == ["Roll no.", "Admission no.", "Name", "Test 1 (out of 50)"]
    assert rows[1] == [1, "A001", "Ayesha Khan", 42.5]
    assert rows[2][3] == "ab" and rows[3][3] == 30 and rows[4][3] is None
    lines = csv_rows(write_export(marks, tmp_path / "m.csv"))
    assert lines[1] == ["1", "A001", "Ayesha Khan", "42.5"] and lines[2][3] == "ab"

    rows = sheet_rows(write_export(results, tmp_path / "res.xlsx"))
    assert rows[0][:4] == ["Roll no.", "Admission no.", "Name", "Mathematics (%)"]
    assert rows[0][4:] == ["Overall (%)", "Grade", "Passing", "Position"]
    ayesha = rows[1]
    assert ayesha[3] == pytest.approx(85.0) and ayesha[4] == pytest.approx(85.0) and ayesha[7] == 1
    wb = load_workbook(tmp_path / "res.xlsx")
    assert wb.worksheets[0].cell(2, 4).number_format == "0.0"


def test_a_ledger_with_money_as_numbers_in_the_currency_format(busy_school, tmp_path):
    school = busy_school
    with school.db.session() as s:
        export = ledger_export(s, school.students[0].id)
    path = write_export(export, tmp_path / "ledger.xlsx")
    ws = load_workbook(path).worksheets[0]
    assert [c.value for c in ws[1]] == ["Date", "Kind", "Reference", "Description", "Charged (PKR)", "Paid (PKR)",
                                        "Balance (PKR)"]
    lines = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    kinds = [line[1] for line in lines]
    assert kinds == ["invoice", "payment", "invoice", "Total"]  # the second invoice is issued in ten days
    first = ws.cell(2, 1)
    assert isinstance(first.value, dt.datetime) and first.number_format == "mm/dd/yyyy"
    assert ws.cell(2, 5).value == 500 and ws.cell(2, 5).number_format == "#,##0.00"
    assert [line[6] for line in lines] == [500, -100, 200, 200]  # the running balance, then the last one
    assert lines[-1][4:6] == [800, 600] and ws.cell(ws.max_row, 2).font.bold

    rows = csv_rows(write_export(export, tmp_path / "ledger.csv"))
    assert rows[1][4] == "500.00" and rows[2][5] == "600.00" and rows[2][6] == "-100.00" and rows[-1][6] == "200.00"
    assert rows[1][0] == school.invoices[school.students[0].id][0].issued_on.strftime("%m/%d/%Y")


def test_the_day_book_in_three_sheets(busy_school, tmp_path):
    school = busy_school
    with school.db.session() as s:
        export = day_book_export(s, TODAY)
    path = write_export(export, tmp_path / "day.xlsx")
    assert load_workbook(path).sheetnames == ["Payments", "Cancellations", "Totals"]
    payments = sheet_rows(path, "Payments")
    assert payments[1][0].startswith("TST-D1-") and payments[1][2] == "Ayesha Khan" and payments[1][6] == 600
    assert isinstance(payments[1][1], dt.datetime)
    assert payments[-1][2:7] == ["Received", None, None, None, 600]
    totals = sheet_rows(path, "Totals")
    assert ["By mode: Cash", 600] in totals and totals[-1] == ["Net", 600]
    text = (write_export(export, tmp_path / "day.csv")).read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "Payments" and "Cancellations" in text and "Net,600.00" in text


def test_defaulters_by_section_and_no_decimals_for_a_currency_without_them(busy_school, tmp_path):
    school = busy_school
    with school.db.write() as s:
        s.execute(update(School).values(currency="JPY", currency_digits=0, locale="fr_FR"))
    with school.db.session() as s:
        export = school_defaulters_export(s, find_section(s, "7a").id)
        other = school_defaulters_export(s, find_section(s, "7-B").id)
    path = write_export(export, tmp_path / "d.xlsx")
    ws = load_workbook(path).worksheets[0]
    assert ws.cell(1, 7).value == "Outstanding (JPY)" and ws.max_row == 6
    ayesha = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "Ayesha Khan")
    assert ayesha[6].value == 20_000 and ayesha[6].number_format == "#,##0"  # 800.00 owed less 600.00, in minor units
    assert ayesha[8].number_format == "dd/mm/yyyy"
    assert sheet_rows(write_export(other, tmp_path / "o.xlsx")) == [sheet_rows(path)[0]]  # nobody in 7 B owes
    lines = csv_rows(write_export(export, tmp_path / "d.csv"))
    row = next(line for line in lines if line[1] == "Ayesha Khan")
    assert row[6] == "20000" and row[8] == (TODAY + dt.timedelta(days=30)).strftime("%d/%m/%Y")


def test_names_as_people_write_them_and_refusals_in_words(school, tmp_path):
    with school.db.session() as s:
        assert find_section(s, "7 a").id == school.section.id
        assert find_term(s, "term1").id == school.term.id
        assert find_student(s, "A003").id == school.students[2].id
        with pytest.raises(ServiceError, match=r"no section \"9 C\" this year \(the sections are 7 A, 7 B\)"):
            find_section(s, "9 C")
        with pytest.raises(ServiceError, match="no term \"Term 9\""):
            find_term(s, "Term 9")
        with pytest.raises(ServiceError, match="no student with admission number Z9"):
            find_student(s, "Z9")
        export = ledger_export(s, school.students[0].id)
    with pytest.raises(ServiceError, match="exports to .csv or .xlsx"):
        write_export(export, tmp_path / "ledger.pdf")
    assert not (tmp_path / "ledger.pdf").exists()


@pytest.mark.parametrize("locale, pattern", [
    ("en_US", "mm/dd/yyyy"), ("en_GB", "dd/mm/yyyy"), ("fr_FR", "dd/mm/yyyy"), ("ur_PK", "dd/mm/yyyy"),
    ("de_DE", "dd.mm.yyyy"), ("ja_JP", "yyyy-mm-dd"), ("", "dd/mm/yyyy"),
])
def test_the_school_date_format(locale, pattern):
    assert date_pattern_for(locale) == pattern


def test_money_is_exact(busy_school, tmp_path):
    """A decimal amount is written exactly, never through a float's rounding."""
    school = busy_school
    with school.db.write() as s:
        record_payment(s, school.office, school.students[3].id, 123_45, "cash")
    with school.db.session() as s:
        export = day_book_export(s, TODAY)
    ws = load_workbook(write_export(export, tmp_path / "x.xlsx"))["Payments"]
    amounts = sorted(Decimal(str(r[6])) for r in ws.iter_rows(min_row=2, max_row=3, values_only=True))
    assert amounts == [Decimal("123.45"), Decimal("600")]
