"""Roster import: real files as schools send them, into a real school file, through the outbox."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest

from app.services.context import ServiceError
from app.services.roster_import import (
    ImportFileError,
    ImportRefused,
    apply_import,
    date_order_of,
    guess_mapping,
    import_roster,
    parse_date,
    parse_mapping,
    plan_import,
    read_roster_file,
)
from tests.school import TODAY

DATA = Path(__file__).parent / "data" / "import"
HEADER = "Admission No,Student Name,Class,Roll No,Gender,Date of Birth,Father's Name,Mobile"


def read_db(path: Path, sql: str, *args) -> list[tuple]:
    """Straight from the file, not through the code under test."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def fingerprint(path: Path) -> str:
    """Every roster row and outbox entry: equal fingerprints mean nothing was written."""
    rows = []
    for table in ("students", "enrollments", "outbox"):
        rows.append(read_db(path, f"SELECT * FROM {table} ORDER BY 1"))
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def outbox_count(path: Path) -> int:
    return read_db(path, "SELECT count(*) FROM outbox")[0][0]


def student(path: Path, admission_no: str) -> dict:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        row = conn.execute(
            "SELECT s.*, sec.name AS section, e.roll_no, e.starts_on AS enrolled_on, e.ends_on AS left_on "
            "FROM students s LEFT JOIN enrollments e ON e.student_id = s.id AND e.deleted = 0 "
            "AND (e.ends_on IS NULL) LEFT JOIN sections sec ON sec.id = e.section_id WHERE s.admission_no = ?",
            (admission_no,)).fetchone()
        return dict(row) if row else {}
    finally:
        conn.close()


def write_csv(tmp_path: Path, lines: list[str], name: str = "roster.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


@pytest.mark.parametrize("name, encoding", [
    ("roster_urdu_headers_utf8_bom.csv", "UTF-8 (with BOM)"),
    ("roster_french_cp1252.csv", "Windows-1252"),
    ("roster_excel_unicode.txt", "UTF-16"),
])
def test_a_real_file_in_each_encoding_imports_and_a_second_import_changes_nothing(school, name, encoding):
    path = school.db.path
    source = read_roster_file(DATA / name)
    assert source.encoding == encoding
    assert [guess_mapping(source.headers).get(k) for k in ("admission_no", "full_name", "section", "date_of_birth",
                                                          "guardian_phone")] == [0, 1, 2, 5, 7]
    plan, result = import_roster(school.db, school.office, DATA / name)
    assert plan.ok, plan.describe()
    assert (result.added, result.updated, result.unchanged) == (3, 2, 0)

    jose = student(path, "B102")
    assert (jose["full_name"], jose["given_name"], jose["family_name"]) == ("José Müller", "José", "Müller")
    assert (jose["section"], jose["gender"], jose["date_of_birth"]) == ("7 B", "M", "2014-01-09")
    assert jose["guardian_name"] == "Hans Müller" and jose["guardian_phone"] == "0301 7654321"
    # Numbered after the section's last roll number, in the file's order.
    assert student(path, "B101")["roll_no"] == 1 and student(path, "B103")["roll_no"] == 6
    assert student(path, "B103")["date_of_birth"] == "2014-03-14" and student(path, "B103")["gender"] == "F"
    ayesha = student(path, "A001")
    assert (ayesha["date_of_birth"], ayesha["gender"], ayesha["guardian_name"]) == ("2014-03-25", "F", "Imran Khan")
    assert ayesha["section"] == "7 A" and ayesha["roll_no"] == 1  # already there: not enrolled again

    # Every new row went through the outbox: 3 students, 3 enrollments, 2 updates.
    assert read_db(path, "SELECT entity, count(*) FROM outbox GROUP BY entity ORDER BY entity") == [
        ("enrollments", 3), ("students", 5)]
    before = fingerprint(path)
    plan, result = import_roster(school.db, school.office, DATA / name)
    assert (result.added, result.updated, result.unchanged) == (0, 0, 5)
    assert fingerprint(path) == before


def test_a_messy_workbook_title_blank_rows_merged_cells_formulas_and_dates_of_every_kind(school):
    source = read_roster_file(DATA / "roster_messy.xlsx")
    assert source.header_line == 3 and [r.line for r in source.rows] == [4, 6, 7, 8, 9]
    notes = " ".join(source.notes)
    assert "Merged cells C6:C8" in notes and "1 blank row(s)" in notes and "row 3 were taken as a title" in notes
    plan, result = import_roster(school.db, school.office, DATA / "roster_messy.xlsx")
    assert plan.ok, plan.describe()
    assert result.added == 5
    path = school.db.path
    assert student(path, "1001")["full_name"] == "Ayesha Siddiqui"  # a number cell, not "1001.0"
    assert student(path, "1001")["date_of_birth"] == "2014-03-25"  # a date cell
    assert student(path, "B201")["date_of_birth"] == "2014-03-13"  # an Excel serial (41711)
    assert student(path, "B203")["date_of_birth"] == "2013-12-31"  # ISO text
    # The test school writes en_US: 09/01/2014 is September the 1st; the plan says how it read it.
    assert student(path, "B202")["date_of_birth"] == "2014-09-01"
    assert any("month first" in n for n in plan.notes)
    # The section merged over three rows reaches all three.
    assert {student(path, a)["section"] for a in ("B201", "B202", "B203")} == {"7 B"}
    # Formulas: their saved results.
    sana = student(path, "B204")
    assert (sana["full_name"], sana["roll_no"], sana["date_of_birth"]) == ("Sana Javed", 6, "2014-05-06")


def test_a_formula_with_no_saved_result_is_a_problem_and_nothing_is_written(school):
    before = fingerprint(school.db.path)
    plan, result = import_roster(school.db, school.office, DATA / "roster_formula_no_result.xlsx")
    assert result is None and not plan.ok
    assert [p.describe() for p in plan.problems] == [
        "Row 2, Date of Birth: The formula =DATE(2014,2,3) has no saved result: open the file in the spreadsheet, "
        "let it calculate, and save it again (or paste values)."]
    assert fingerprint(school.db.path) == before


def test_every_problem_is_listed_by_row_and_a_bad_file_changes_nothing(school, tmp_path):
    with school.db.write() as s:  # a student the school removed: their number is not free again
        s.execute(__import__("sqlalchemy").text("UPDATE students SET deleted = 1 WHERE admission_no = 'A005'"))
    path = write_csv(tmp_path, [
        HEADER,
        "B001,Bilal Ahmed,7 A,,M,12/05/2013,Ahmed,0300",          # 2: fine
        "B001,Bilal Ahmad,7 A,,M,,,",                            # 3: the same number again
        ",No Number,7 A,,,,,",                                    # 4: no admission number
        "B003,,7 A,,,,,",                                         # 5: no name
        "B004,Hina Shah,9 Z,,F,,,",                               # 6: no such section
        "B005,Sadia Ali,7 A,,F,31/02/2014,,",                     # 7: not a real date
        f"B006,Kamran Ali,7 A,,M,{(TODAY + dt.timedelta(days=3)).isoformat()},,",  # 8: born in the future
        "B007,Rabia Anwar,7 A,,robot,,,",                         # 9: not a gender
        "A002,Bilal Chaudhry,7 A,,M,,,",                          # 10: A002 is Omar Haddad in the school
        "A005,Arjun Sharma,7 A,,M,,,",                            # 11: a removed student's number
        "B008,Nadia Karim,7 A,3,F,,,",                            # 12: roll 3 of 7 A is Wanjiru's
        "B009,Asad Umar,7 A,x,M,,,",                              # 13: not a roll number
    ])
    before = fingerprint(school.db.path)
    plan, result = import_roster(school.db, school.office, path)
    assert result is None
    said = [p.describe() for p in plan.problems]
    assert said == [
        "Row 3, Admission No: Admission number B001 is also on row 2.",
        "Row 4, Admission No: The admission number is empty; every student needs one.",
        "Row 5, Student Name: The student's name is empty.",
        "Row 6, Class: There is no section \"9 Z\" in 2026 (the sections are 7 A, 7 B). Add it in the school's "
        "setup, or correct the file.",
        "Row 7, Date of Birth: \"31/02/2014\" is not a real date (day 31, month 2, year 2014).",
        f"Row 8, Date of Birth: {(TODAY + dt.timedelta(days=3)).isoformat()} is in the future.",
        "Row 9, Gender: \"robot\" is not a gender Daftar knows (write M or F).",
        "Row 10, Admission No: Admission number A002 is already Omar Haddad's in the school, but this row names "
        "Bilal Chaudhry. Check the number.",
        "Row 11, Admission No: Admission number A005 belonged to a student removed from the school; give this "
        "student another number.",
        "Row 13, Roll No: \"x\" is not a roll number (a whole number from 1).",
        "Row 12, Roll No: Roll number 3 in 7 A belongs to another student of the section.",
    ]
    assert plan.problem_count == len(said) and not plan.new and not plan.changed
    assert fingerprint(school.db.path) == before


def test_a_changed_row_updates_only_what_changed_and_a_new_section_moves_the_student(school, tmp_path):
    path = school.db.path
    first = write_csv(tmp_path, [HEADER, "A003,Wanjiru Kamau,7 A,3,F,,,+923000000003"])
    plan, result = import_roster(school.db, school.office, first)
    assert (result.added, result.updated, result.unchanged) == (0, 1, 0)  # gender was empty
    assert read_db(path, "SELECT entity, fields FROM outbox") == [("students", '{"gender": "F"}')]

    moved = write_csv(tmp_path, [HEADER, "A003,Wanjiru Kamau,7 B,,F,,,+254700000003"], "moved.csv")
    plan, result = import_roster(school.db, school.office, moved)
    assert (result.updated, result.enrolled) == (1, 1)
    assert plan.changed[0].what == ["guardian's phone", "section → 7 B"]
    w = student(path, "A003")
    assert (w["section"], w["roll_no"], w["guardian_phone"], w["enrolled_on"]) == ("7 B", 1, "+254700000003",
                                                                                   TODAY.isoformat())
    ended = read_db(path, "SELECT e.ends_on FROM enrollments e JOIN sections s ON s.id = e.section_id "
                          "JOIN students st ON st.id = e.student_id WHERE st.admission_no = 'A003' AND s.name = '7 A'")
    assert ended == [((TODAY - dt.timedelta(days=1)).isoformat(),)]
    # An empty cell never erases: the file without a phone keeps the phone.
    blank = write_csv(tmp_path, [HEADER, "A003,Wanjiru Kamau,7 B,,,,,"], "blank.csv")
    before = fingerprint(path)
    plan, result = import_roster(school.db, school.office, blank)
    assert result.unchanged == 1 and fingerprint(path) == before


def test_ten_thousand_rows_one_bad_row_refuses_all_then_all_import_once(school, tmp_path):
    lines = [HEADER] + [
        f"S{i:05d},Student {i} Name{i % 97},{'7 A' if i % 2 else '7 B'},,{'MF'[i % 2]},"
        f"{dt.date(2012, 1, 1) + dt.timedelta(days=i % 900):%d/%m/%Y},Guardian {i},0300{i:07d}"
        for i in range(1, 10_001)
    ]
    lines[7_501] = lines[7_501].replace("7 A", "7 Q")
    bad = write_csv(tmp_path, lines)
    before = fingerprint(school.db.path)
    plan, result = import_roster(school.db, school.office, bad)
    assert result is None and plan.rows == 10_000
    assert [p.describe()[:30] for p in plan.problems] == ["Row 7502, Class: There is no s"]
    assert fingerprint(school.db.path) == before

    lines[7_501] = lines[7_501].replace("7 Q", "7 A")
    good = write_csv(tmp_path, lines, "good.csv")
    plan, result = import_roster(school.db, school.office, good)
    assert result.added == 10_000 and result.enrolled == 10_000
    path = school.db.path
    assert read_db(path, "SELECT count(*) FROM students WHERE admission_no LIKE 'S%'") == [(10_000,)]
    assert read_db(path, "SELECT s.name, count(*), min(e.roll_no), max(e.roll_no) FROM enrollments e "
                         "JOIN sections s ON s.id = e.section_id GROUP BY s.name") == [
        ("7 A", 5_005, 1, 5_005), ("7 B", 5_000, 1, 5_000)]
    assert outbox_count(path) == 20_000
    assert student(path, "S07502")["date_of_birth"] == (dt.date(2012, 1, 1) + dt.timedelta(days=7502 % 900)).isoformat()
    before = fingerprint(path)
    plan, result = import_roster(school.db, school.office, good)
    assert (result.added, result.updated, result.unchanged) == (0, 0, 10_000)
    assert fingerprint(path) == before


@pytest.mark.parametrize("content, words", [
    (b"", "is empty"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old Excel 97"),
    (b"%PDF-1.4 junk", "is a PDF"),
    (b"PK\x03\x04 not really a zip", "damaged workbook"),
    (bytes(range(256)) * 20, "not a text file"),
    ("Admission No,Name\r\n\r\n\r\n".encode(), "no students under it"),
])
def test_a_file_that_is_not_a_roster_is_refused_in_words(tmp_path, content, words):
    path = tmp_path / "roster.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as caught:
        read_roster_file(path)
    assert words in str(caught.value) and "roster.csv" in str(caught.value)


def test_a_missing_file_is_refused_in_words(tmp_path):
    with pytest.raises(ImportFileError, match="There is no file nothing.csv there"):
        read_roster_file(tmp_path / "nothing.csv")


def test_the_mapping_can_be_given_by_header_or_column_letter_and_is_checked(school, tmp_path):
    path = write_csv(tmp_path, ["Code,Pupil's full name,Grp,Phone no", "B900,Noor Fatima,7 A,0300 9"])
    source = read_roster_file(path)
    assert "admission_no" not in guess_mapping(source.headers)
    with school.db.session() as s:
        plan = plan_import(s, source, guess_mapping(source.headers))
    assert [p.message for p in plan.problems] == [
        "Choose the column with the admission number: students are matched on it."]
    mapping = parse_mapping("admission_no=code, full_name=B,section=Grp", source.headers)
    assert mapping == {"admission_no": 0, "full_name": 1, "section": 2, "guardian_phone": 3}  # the rest guessed
    plan, result = import_roster(school.db, school.office, path, "admission_no=Code,full_name=B,section=C")
    assert result.added == 1 and student(school.db.path, "B900")["section"] == "7 A"
    with pytest.raises(ImportFileError, match="no column \"Klass\""):
        parse_mapping("section=Klass", source.headers)
    with pytest.raises(ImportFileError, match="\"colour\" is not a roster field"):
        parse_mapping("colour=Grp", source.headers)


def test_only_the_office_or_an_administrator_imports(school, tmp_path):
    path = write_csv(tmp_path, [HEADER, "B010,Iqra Aziz,7 A,,F,,,"])
    with school.db.write() as s:
        plan = plan_import(s, read_roster_file(path), guess_mapping(read_roster_file(path).headers))
        with pytest.raises(ServiceError, match="Only the office or an administrator"):
            apply_import(s, school.teacher, plan)
    assert student(school.db.path, "B010") == {}


def test_a_plan_with_problems_cannot_be_applied(school, tmp_path):
    path = write_csv(tmp_path, [HEADER, "B010,Iqra Aziz,9 Z,,F,,,"])
    with school.db.write() as s:
        plan = plan_import(s, read_roster_file(path), guess_mapping(read_roster_file(path).headers))
        with pytest.raises(ImportRefused, match="1 problem"):
            apply_import(s, school.office, plan)


@pytest.mark.parametrize("value, order, expected", [
    ("2014-03-25", "dmy", dt.date(2014, 3, 25)),
    ("25/03/2014", "dmy", dt.date(2014, 3, 25)),
    ("03/25/2014", "mdy", dt.date(2014, 3, 25)),
    ("25.03.2014", "dmy", dt.date(2014, 3, 25)),
    ("25-3-14", "dmy", dt.date(2014, 3, 25)),
    ("25 March 2014", "dmy", dt.date(2014, 3, 25)),
    ("25-Mar-2014", "dmy", dt.date(2014, 3, 25)),
    ("March 25, 2014", "dmy", dt.date(2014, 3, 25)),
    ("25 mars 2014", "dmy", dt.date(2014, 3, 25)),
    ("1er février 2014", "dmy", dt.date(2014, 2, 1)),
    ("20140325", "dmy", dt.date(2014, 3, 25)),
    ("41723", "dmy", dt.date(2014, 3, 25)),  # an Excel serial written out as text
    (41723, "dmy", dt.date(2014, 3, 25)),
    (41723.0, "dmy", dt.date(2014, 3, 25)),
    (dt.datetime(2014, 3, 25, 0, 0), "dmy", dt.date(2014, 3, 25)),
    ("2014-03-25 00:00:00", "dmy", dt.date(2014, 3, 25)),
])
def test_dates_as_text_or_numbers(value, order, expected):
    assert parse_date(value, order, dt.date(2026, 11, 23)) == expected


@pytest.mark.parametrize("value", ["tomorrow", "32/01/2014", "2014-13-01", "0", "25/03/201"])
def test_what_is_not_a_date_says_so(value):
    with pytest.raises(ValueError, match="not a"):
        parse_date(value, "dmy", dt.date(2026, 11, 23))


def test_the_date_order_comes_from_the_values_that_settle_it():
    assert date_order_of(["01/02/2014", "25/03/2014"], "mdy")[0] == "dmy"
    assert date_order_of(["01/02/2014", "03/25/2014"], "dmy")[0] == "mdy"
    assert date_order_of(["01/02/2014", "2014-03-25"], "mdy")[0] == "mdy"  # nothing settles it: the school's


def test_a_workbook_of_several_sheets_reads_the_roster_sheet(school, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    notes = wb.active
    notes.title = "Read me"
    notes.append(["Fill one row a student."])
    notes.append(["Ask the office for help."])
    roster = wb.create_sheet("Class lists")
    roster.append(["Admission No", "Name", "Class"])
    roster.append(["B500", "Iqra Aziz", "7 B"])
    wb.save(tmp_path / "two.xlsx")
    source = read_roster_file(tmp_path / "two.xlsx")
    assert source.sheet == "Class lists" and source.rows[0].cells == ("B500", "Iqra Aziz", "7 B")
    assert "several sheets; the sheet \"Class lists\" was read" in " ".join(source.notes)


def test_a_section_is_found_as_schools_write_it_and_an_unknown_one_is_explained_once(school, tmp_path):
    with school.db.write() as s:
        from app.storage.models import Section

        s.get(Section, school.other_section.id).name = "Grade 7 B"
    path = write_csv(tmp_path, [HEADER, "B701,Ali Raza,7b,,M,,,", "B702,Sana Ali,Class 7-B,,F,,,",
                                "B703,Hina Shah,7 A,,F,,,", "B704,Omar Khan,8 C,,M,,,", "B705,Zara Khan,8c,,F,,,"])
    with school.db.session() as s:
        plan = plan_import(s, read_roster_file(path), guess_mapping(read_roster_file(path).headers))
    assert [p.describe() for p in plan.problems] == [
        "Row 5, Class: There is no section \"8 C\" in 2026 (the sections are 7 A, Grade 7 B). Add it in the "
        "school's setup, or correct the file.",
        "Row 6, Class: There is no section \"8c\" in 2026 (see row 5).",
    ]
    path = write_csv(tmp_path, [HEADER, "B701,Ali Raza,7b,,M,,,", "B702,Sana Ali,Class 7-B,,F,,,",
                                "B703,Hina Shah,7 A,,F,,,"], "ok.csv")
    plan, result = import_roster(school.db, school.office, path)
    assert result.enrolled == 3
    assert [student(school.db.path, a)["section"] for a in ("B701", "B702", "B703")] == ["Grade 7 B", "Grade 7 B",
                                                                                        "7 A"]
