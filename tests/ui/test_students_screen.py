"""The Students screen, driven as the office would: type, look, double-click."""

from __future__ import annotations

import re
import sqlite3

import pytest
from PySide6.QtCore import QPoint, Qt

from app.services.fees import student_balance
from app.ui.formatting import format_money


def all_students(path) -> list[dict]:
    """Read straight from the file, not through the service under test."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(
            "SELECT id, admission_no, full_name, guardian_phone FROM students WHERE deleted = 0"
        )]
    finally:
        conn.close()


def expected_matches(students: list[dict], query: str) -> set[str]:
    words = query.casefold().split()

    def hit(s: dict, word: str) -> bool:
        if word in s["full_name"].casefold() or word in s["admission_no"].casefold():
            return True
        if word in s["guardian_phone"].casefold():
            return True
        digits = re.sub(r"\D", "", word)
        return bool(digits) and digits in re.sub(r"\D", "", s["guardian_phone"])

    return {s["id"] for s in students if all(hit(s, w) for w in words)}


@pytest.fixture
def students_screen(main_window, qtbot):
    main_window.show()
    qtbot.mouseClick(
        main_window.navigation.viewport(),
        Qt.MouseButton.LeftButton,
        pos=main_window.navigation.visualItemRect(
            main_window.navigation.item(list(main_window.screens).index("students"))).center(),
    )
    assert main_window.current_screen_key() == "students"
    return main_window.students


def visible_ids(screen) -> set[str]:
    return {row.id for row in screen.visible_rows()}


def test_every_student_is_listed_with_section_and_status(students_screen, school_file):
    students = all_students(school_file)
    assert len(students) > 100
    assert visible_ids(students_screen) == {s["id"] for s in students}
    assert students_screen.count_label.text().startswith(f"{len(students):,}")
    model = students_screen.proxy
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Admission no.", "Name", "Section", "Guardian", "Phone", "Status"]
    first = model.index(0, 0)
    assert first.data()  # an admission number is shown
    assert all(model.index(0, c).data() for c in (1, 2, 5))


def test_typing_a_name_filters_as_you_type(students_screen, school_file, qtbot):
    students = all_students(school_file)
    family = students[0]["full_name"].split()[-1]
    fragment = family[:4]
    qtbot.keyClicks(students_screen.search, fragment)
    expected = expected_matches(students, fragment)
    assert 0 < len(expected) < len(students)
    assert visible_ids(students_screen) == expected
    assert students_screen.count_label.text() == f"{len(expected)} of {len(students):,} students"
    # Each shown row really holds the fragment (what the person sees).
    for row in students_screen.visible_rows():
        shown = f"{row.full_name} {row.admission_no} {row.guardian_phone}".casefold()
        assert fragment.casefold() in shown


def test_two_words_narrow_to_one_student(students_screen, school_file, qtbot):
    students = all_students(school_file)
    target = students[len(students) // 2]
    qtbot.keyClicks(students_screen.search, f"{target['full_name'].split()[0]} {target['admission_no']}")
    assert visible_ids(students_screen) == {target["id"]}


def test_admission_number_and_phone_digits_find_the_student(students_screen, school_file, qtbot):
    students = all_students(school_file)
    target = next(s for s in students if len(re.sub(r"\D", "", s["guardian_phone"])) >= 7)
    qtbot.keyClicks(students_screen.search, target["admission_no"])
    assert target["id"] in visible_ids(students_screen)
    assert visible_ids(students_screen) == expected_matches(students, target["admission_no"])

    students_screen.search.clear()
    assert visible_ids(students_screen) == {s["id"] for s in students}
    digits = re.sub(r"\D", "", target["guardian_phone"])[-7:]
    qtbot.keyClicks(students_screen.search, digits)
    assert target["id"] in visible_ids(students_screen)
    assert visible_ids(students_screen) == expected_matches(students, digits)


def test_a_search_that_matches_nobody_shows_no_rows_and_says_so(students_screen, qtbot):
    qtbot.keyClicks(students_screen.search, "zzqxj")
    assert students_screen.visible_rows() == []
    assert students_screen.count_label.text().startswith("0 of ")


def test_sorting_by_section_puts_grade_2_before_grade_10(students_screen, qtbot):
    header = students_screen.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(2) + 10, header.height() // 2))
    assert header.sortIndicatorSection() == 2
    rows = [r for r in students_screen.visible_rows() if r.grade_level is not None]
    grades = [r.grade_level for r in rows]
    assert grades == sorted(grades)


def test_double_click_opens_the_record_with_enrollment_and_balance(students_screen, main_window, qtbot):
    table = students_screen.table
    index = students_screen.proxy.index(3, 1)
    row = index.data(Qt.ItemDataRole.UserRole + 1)
    assert not students_screen.details_panel.isVisible()
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    panel = students_screen.details_panel
    assert panel.isVisible()
    assert panel.name.text() == row.full_name
    assert row.admission_no in panel.subtitle.text()
    if row.section_name:
        assert row.section_name in panel.enrollments.text()
    with main_window.school.db.session() as s:
        balance = student_balance(s, row.id)
    school = main_window.school
    assert panel.fields["invoiced"].text() == format_money(balance.invoiced, school.currency, school.currency_digits)
    assert panel.fields["paid"].text() == format_money(balance.paid, school.currency, school.currency_digits)
    if balance.due > 0:
        assert panel.balance.text() == format_money(balance.due, school.currency, school.currency_digits)
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible()


def test_a_search_stays_right_when_the_list_is_reloaded(qtbot):
    """Matches and sort order are cached per list of students; a reload with new rows refreshes them."""
    from dataclasses import fields

    from app.services.students import StudentRow
    from app.ui.students import Column, StudentFilterProxy, StudentTableModel

    def row(name: str, adm: str) -> StudentRow:
        values = {f.name: None for f in fields(StudentRow)}
        values.update(full_name=name, admission_no=adm, guardian_phone="", guardian_name="", status="active",
                      section_name="", student_id=adm)
        return StudentRow(**{k: v for k, v in values.items() if k in {f.name for f in fields(StudentRow)}})

    model = StudentTableModel()
    proxy = StudentFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows([row("Amina Yusuf", "A10"), row("Bilal Khan", "A9")])
    proxy.set_query("amina")
    assert [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())] == ["Amina Yusuf"]
    model.set_rows([row("Chidi Okafor", "A2"), row("Amina Rashid", "A1")])  # same count, new students
    assert [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())] == ["Amina Rashid"]
    proxy.set_query("")
    proxy.sort(Column.ADMISSION_NO)
    assert [proxy.index(r, Column.ADMISSION_NO).data() for r in range(proxy.rowCount())] == ["A1", "A2"]
