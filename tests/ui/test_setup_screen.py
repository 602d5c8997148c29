"""The Setup screen on a real school file, driven as the admin would (pytest-qt, offscreen).

Here nobody is signed in to a server: the ordinary records (sections, codes,
scales, fees…) are saved on the computer through the outbox, and what the
server decides (users, the school's details, the calendar) is refused in words
with nothing changed. tests/ui/test_setup_online.py does the online half.
"""

from __future__ import annotations

import base64

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from sqlalchemy import func, select, text

from app.storage.models import AttendanceCode, FeeStructure, GradeScale, OutboxEntry, School, Section, User


@pytest.fixture
def ctx(tmp_path, qapp):
    from app.config import Paths, Settings
    from app.ui.context import AppContext
    from app.ui.signals import AppSignals
    from app.ui.tasks import SyncTaskRunner

    paths = Paths.default(tmp_path / "data").ensure()
    return AppContext(hub=AppSignals(), tasks=SyncTaskRunner(), paths=paths, settings=Settings(),
                      logfile=tmp_path / "log.txt")


@pytest.fixture
def admin_id(school) -> str:
    with school.db.write() as s:
        user = User(school_id=school.school.id, username="admin", full_name="Ada Admin", role="admin", version=1)
        s.add(user)
        s.flush()
        return user.id


def open_as(school, user_id: str, role: str):
    from app.services.session import Person
    from app.ui.context import OpenSchool

    person = Person(user_id=user_id, username=role, full_name=role.title(), role=role)
    return OpenSchool(db=school.db, path=school.db.path, code="TST", name="Test School", currency="PKR",
                      currency_digits=2, school_id=school.school.id, device_id="dev-1", person=person)


@pytest.fixture
def screen(school, ctx, admin_id, qtbot):
    from app.ui.setup import SetupScreen

    widget = SetupScreen(ctx, open_as(school, admin_id, "admin"), sync=None)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def outbox(school) -> list[tuple[str, str, dict]]:
    with school.db.session() as s:
        return [(e.entity, e.op, e.fields) for e in s.execute(select(OutboxEntry).order_by(OutboxEntry.seq)).scalars()]


def shown(page_model) -> list[dict]:
    return list(page_model.rows)


def cell_texts(view) -> list[list[str]]:
    model = view.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def select_row(view, column: int, text: str) -> None:
    model = view.model()
    for r in range(model.rowCount()):
        if model.index(r, column).data() == text:
            view.setCurrentIndex(model.index(r, column))
            return
    raise AssertionError(f"{text!r} is not in the table")


def type_into(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_the_principal_reads_the_set_up_and_the_admin_changes_it(school, ctx, admin_id, qtbot):
    from app.ui.setup import SetupScreen

    principal = SetupScreen(ctx, open_as(school, school.principal.user_id, "principal"))
    qtbot.addWidget(principal)
    principal.show()
    assert principal.read_only_note.isVisible()
    page = principal.show_page("sections")
    assert [r["name"] for r in page.model.rows] == ["7 A", "7 B"]
    assert page.edit_buttons and not any(b.isEnabled() for b in page.edit_buttons)
    assert not principal.pages["school"].save_button.isEnabled()

    admin = SetupScreen(ctx, open_as(school, admin_id, "admin"))
    qtbot.addWidget(admin)
    admin.show()
    assert not admin.read_only_note.isVisible()
    assert all(b.isEnabled() for b in admin.show_page("sections").edit_buttons)


def test_adding_a_section_saves_it_here_and_a_duplicate_is_refused_in_the_dialog(screen, school, qtbot):
    page = screen.show_page("sections")
    dialog = page._dialog(None)
    type_into(qtbot, dialog.name_edit, "7 a")
    dialog.grade_spin.setValue(7)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible(), "a refused section closed its dialog"
    assert "already has a section called 7 A" in dialog.error.text()
    assert outbox(school) == []

    type_into(qtbot, dialog.name_edit, "8 C")
    dialog.grade_spin.setValue(8)
    dialog.teacher_combo.setCurrentIndex(dialog.teacher_combo.findText("Teacher"))
    type_into(qtbot, dialog.room_edit, "R-8")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert ["2026", "8 C", "8", "Teacher", "R-8", "0"] in cell_texts(page.view)
    assert "sent to the school's server with the next sync" in page.status.text()
    [(entity, op, fields)] = outbox(school)
    assert (entity, op, fields["name"], fields["grade_level"]) == ("sections", "put", "8 C", 8)

    # A section with students stays.
    select_row(page.view, 1, "7 A")
    page.remove()
    assert "5 students enrolled" in page.status.text()
    with school.db.session() as s:
        assert s.execute(select(func.count()).select_from(Section).where(Section.deleted.is_(False))).scalar_one() == 3


def test_attendance_code_letters_are_unique(screen, school, qtbot):
    page = screen.show_page("codes")
    assert [r["code"] for r in page.model.rows] == ["P", "A", "L", "E"]
    dialog = page._dialog(None)
    type_into(qtbot, dialog.code_edit, "l")
    type_into(qtbot, dialog.label_edit, "Left early")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "already the code for Late" in dialog.error.text()
    assert outbox(school) == []
    type_into(qtbot, dialog.code_edit, "le")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("half_day"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert ["LE", "Left early", "Half day", "", "5"] in cell_texts(page.view)
    with school.db.session() as s:
        assert s.execute(select(AttendanceCode.kind).where(AttendanceCode.code == "LE")).scalar_one() == "half_day"


def test_grade_bands_must_cover_0_to_100_without_gaps(screen, school, qtbot):
    page = screen.show_page("grades")
    dialog = page._dialog(None)
    type_into(qtbot, dialog.name_edit, "Pass or fail")
    table = dialog.bands_table
    while table.rowCount():
        table.removeRow(0)
    page._add_band(table, "40", "P")
    page._add_band(table, "75", "D")
    dialog.passing_combo.setCurrentText("P")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "must start at 0%" in dialog.error.text()
    assert outbox(school) == []
    page._add_band(table, "0", "F")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    [row] = page.model.rows
    assert row["name"] == "Pass or fail" and row["is_default"]
    assert cell_texts(page.view)[0][1:] == ["D ≥ 75%  P ≥ 40%  F ≥ 0%", "P", "Yes"]
    with school.db.session() as s:
        assert s.execute(select(func.count()).select_from(GradeScale)).scalar_one() == 1


def test_subjects_and_who_teaches_them(screen, school, qtbot):
    page = screen.show_page("subjects")
    dialog = page._subject_dialog(None)
    type_into(qtbot, dialog.code_edit, "ENG")
    type_into(qtbot, dialog.name_edit, "English")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert ["ENG", "English"] in cell_texts(page.subjects_view)
    dialog = page._assignment_dialog(None)
    dialog.section_combo.setCurrentIndex(dialog.section_combo.findText("7 B (2026)"))
    dialog.subject_combo.setCurrentIndex(dialog.subject_combo.findText("English"))
    dialog.teacher_combo.setCurrentIndex(dialog.teacher_combo.findText("Teacher"))
    for day in (1, 3):  # Tuesday and Thursday off
        dialog.day_checks[day].setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert ["7 B", "English", "Teacher", "Mon Wed Fri"] in cell_texts(page.assignments_view)
    # The same again is refused in place.
    dialog = page._assignment_dialog(None)
    dialog.section_combo.setCurrentIndex(dialog.section_combo.findText("7 B (2026)"))
    dialog.subject_combo.setCurrentIndex(dialog.subject_combo.findText("English"))
    dialog.teacher_combo.setCurrentIndex(dialog.teacher_combo.findText("Teacher"))
    before = outbox(school)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "already teaches English in 7 B" in dialog.error.text()
    assert outbox(school) == before


def test_a_fee_amount_is_typed_as_money_and_kept_in_minor_units(screen, school, qtbot):
    page = screen.show_page("fees")
    dialog = page._structure_dialog(None)
    dialog.grade_spin.setValue(7)
    type_into(qtbot, dialog.amount_edit, "1,500.505")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "more than 2 digits after the point" in dialog.error.text()
    type_into(qtbot, dialog.amount_edit, "about 1500")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "as a number" in dialog.error.text()
    assert outbox(school) == []
    type_into(qtbot, dialog.amount_edit, "1,500.50")
    start = school.term.starts_on
    dialog.due_edit.setDate(dialog.due_edit.date().fromString(start.isoformat(), "yyyy-MM-dd"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.error.text()
    with school.db.session() as s:
        assert s.execute(select(FeeStructure.amount_minor)).scalar_one() == 1500_50
    row = cell_texts(page.structures_view)[0]
    assert row[:3] == ["Term 1", "7", "Tuition"] and "1,500.50" in row[3]


def test_what_the_server_decides_is_refused_without_a_server_and_nothing_changes(screen, school, qtbot):
    users = screen.show_page("users")
    dialog = users.add()
    type_into(qtbot, dialog.name_edit, "Nadia Noor")
    type_into(qtbot, dialog.username_edit, "nadia")
    type_into(qtbot, dialog.password_edit, "a good password")
    type_into(qtbot, dialog.again_edit, "a good password")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "not signed in to the school's server" in dialog.error.text()
    assert "Nothing was changed" in dialog.error.text()
    with school.db.session() as s:
        assert s.execute(select(User.id).where(User.username == "nadia")).first() is None

    page = screen.show_page("school")
    type_into(qtbot, page.name_edit, "Renamed School")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "not signed in to the school's server" in page.status.text()
    with school.db.session() as s:
        assert s.execute(select(School.name)).scalar_one() == "Test School"
    calendar = screen.show_page("calendar")
    year_dialog = calendar._year_dialog(None)
    type_into(qtbot, year_dialog.name_edit, "2027")
    qtbot.mouseClick(year_dialog.save_button, Qt.MouseButton.LeftButton)
    assert "not signed in" in year_dialog.error.text()
    assert outbox(school) == []


def test_a_logo_is_scaled_and_kept_small(screen, tmp_path, qtbot):
    page = screen.show_page("school")
    image = QImage(1600, 900, QImage.Format.Format_RGB32)
    image.fill(QColor("#1b5e20"))
    big = tmp_path / "logo.png"
    assert image.save(str(big))
    qtbot.mouseClick(page.choose_logo_button, Qt.MouseButton.LeftButton)
    chooser = page.file_dialog
    assert chooser.isVisible()
    chooser.selectFile(str(big))  # the person picks the file and presses Open
    chooser.accept()
    assert page.logo_png
    data = base64.b64decode(page.logo_png)
    assert len(data) <= 100_000
    small = QImage.fromData(data, "PNG")
    assert (small.width(), small.height()) == (256, 144)
    assert not page.logo_label.pixmap().isNull()
    assert "save to keep it" in page.status.text()

    not_image = tmp_path / "notes.png"
    not_image.write_text("not an image")
    page.load_logo_file(str(not_image))
    assert "not an image Daftar can read" in page.error.text()
    assert base64.b64decode(page.logo_png) == data  # the chosen logo stays


def test_the_fees_page_opens_the_fee_structures_where_invoices_are_issued(screen, qtbot):
    from app.ui.fee_structures import FeeStructuresDialog

    page = screen.show_page("fees")
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    dialogs = [w for w in page.findChildren(FeeStructuresDialog) if w.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].close()


def test_a_sync_finishing_while_the_admin_types_keeps_what_was_typed(screen, school, ctx, qtbot):
    page = screen.show_page("school")
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    type_into(qtbot, page.name_edit, "Green Hills School")
    ctx.hub.sync_finished.emit(True, "")  # a background sync brought other rows meanwhile
    qtbot.wait(300)
    assert page.name_edit.text() == "Green Hills School"
    # With nothing typed, the page reads again after a sync: what the sync brought shows.
    type_into(qtbot, page.name_edit, page.data["name"])
    with school.db.write() as s:  # as a pull would write it
        s.execute(text("UPDATE schools SET name = 'Renamed by the Server'"))
    ctx.hub.sync_finished.emit(True, "")
    qtbot.waitUntil(lambda: page.name_edit.text() == "Renamed by the Server", timeout=10_000)


def test_typing_that_begins_while_the_page_is_being_read_is_kept(screen, school, ctx, qtbot):
    from app.ui.tasks import TaskRunner

    ctx.tasks = TaskRunner()  # reads in the background, as in the application
    page = screen.show_page("school")
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    original = page.data["name"]
    with school.db.write() as s:  # a pull wrote the school meanwhile
        s.execute(text("UPDATE schools SET address = 'Plot 9, Canal Road'"))
    ctx.hub.sync_finished.emit(True, "")  # nothing typed yet: the page starts reading again...
    page.name_edit.setText("Green Hills School")  # ...and the admin types before it is back
    qtbot.wait(500)
    assert page.name_edit.text() == "Green Hills School"
    # A save sends only what the admin changed, not the older address the form still shows.
    assert page.data["name"] == original and page.has_unsaved_edits()
    fields = {key: value for key, value in page.wanted().items() if page.data.get(key) != value}
    assert fields == {"name": "Green Hills School"}
