"""The set-up's rules (app/services/setup.py) on a real school file: what is refused, in words,
changes nothing; what is saved is saved with its outbox entry."""

from __future__ import annotations

import base64
import datetime as dt

import pytest
from sqlalchemy import func, select

from app.services import setup
from app.services.context import Actor, ServiceError
from app.storage.models import (
    AcademicYear,
    AttendanceCode,
    AttendanceMark,
    FeeStructure,
    GradeScale,
    OutboxEntry,
    Section,
    Subject,
    User,
)


@pytest.fixture
def admin(school) -> Actor:
    with school.db.write() as s:
        user = User(school_id=school.school.id, username="admin", full_name="Admin", role="admin", version=1)
        s.add(user)
        s.flush()
        return Actor(user_id=user.id, role="admin", device_id="dev-1", school_id=school.school.id)


def outbox(school) -> list[tuple[str, str, dict]]:
    with school.db.session() as s:
        return [(e.entity, e.op, e.fields) for e in s.execute(select(OutboxEntry).order_by(OutboxEntry.seq)).scalars()]


def write(school, fn, *args, **kwargs):
    with school.db.write() as s:
        return fn(s, *args, **kwargs)


def refused(school, match, fn, *args, **kwargs) -> None:
    before = outbox(school)
    with pytest.raises(ServiceError, match=match):
        write(school, fn, *args, **kwargs)
    assert outbox(school) == before, "a refused change wrote something"


def test_terms_lie_inside_their_year_and_do_not_overlap(school):
    year_id = school.term.academic_year_id
    term = school.term
    with school.db.session() as s:

        year = s.get(AcademicYear, year_id)
        start, end = year.starts_on, year.ends_on
        with pytest.raises(ServiceError, match="inside the year"):
            setup.check_term(s, academic_year_id=year_id, name="Term 0", starts_on=start - dt.timedelta(days=1),
                             ends_on=start + dt.timedelta(days=10), weight=10)
        with pytest.raises(ServiceError, match="overlap Term 1"):
            setup.check_term(s, academic_year_id=year_id, name="Term 2", starts_on=term.ends_on,
                             ends_on=end, weight=10)
        with pytest.raises(ServiceError, match="already has a term called Term 1"):
            setup.check_term(s, academic_year_id=year_id, name="term 1", starts_on=term.ends_on + dt.timedelta(days=1),
                             ends_on=end, weight=10)
        with pytest.raises(ServiceError, match="weigh 110%"):
            setup.check_term(s, academic_year_id=year_id, name="Term 2", starts_on=term.ends_on + dt.timedelta(days=1),
                             ends_on=end, weight=60)
        with pytest.raises(ServiceError, match="end on or after"):
            setup.check_term(s, academic_year_id=year_id, name="Term 2", starts_on=end, ends_on=end - dt.timedelta(1),
                             weight=10)
        fields = setup.check_term(s, academic_year_id=year_id, name=" Term 2 ",
                                  starts_on=term.ends_on + dt.timedelta(days=1), ends_on=end, weight=50)
        assert fields == {"academic_year_id": year_id, "name": "Term 2",
                          "starts_on": (term.ends_on + dt.timedelta(days=1)).isoformat(), "ends_on": end.isoformat(),
                          "weight": 50}
        # The term itself may keep its own dates when edited.
        setup.check_term(s, academic_year_id=year_id, name="Term 1", starts_on=term.starts_on, ends_on=term.ends_on,
                         weight=50, term_id=term.id)


def test_a_year_overlaps_no_other_and_keeps_its_terms(school):
    year_id = school.term.academic_year_id
    with school.db.session() as s:
        year = s.get(AcademicYear, year_id)
        with pytest.raises(ServiceError, match="overlap the year 2026"):
            setup.check_year(s, name="Next", starts_on=year.ends_on, ends_on=year.ends_on + dt.timedelta(days=300))
        with pytest.raises(ServiceError, match="Term 1 .* would fall outside"):
            setup.check_year(s, name="2026", starts_on=school.term.starts_on + dt.timedelta(days=1),
                             ends_on=year.ends_on, year_id=year_id)
        with pytest.raises(ServiceError, match="at most 18 months"):
            setup.check_year(s, name="Long", starts_on=year.ends_on + dt.timedelta(days=1),
                             ends_on=year.ends_on + dt.timedelta(days=700))
        with pytest.raises(ServiceError, match="not a date"):
            setup.check_year(s, name="Bad", starts_on="31/12/2030", ends_on="2031-06-01")
        fields = setup.check_year(s, name="Next", starts_on=year.ends_on + dt.timedelta(days=1),
                                  ends_on=year.ends_on + dt.timedelta(days=300))
        assert fields["name"] == "Next"


def test_attendance_code_letters_are_unique_and_a_code_in_use_keeps_them(school, admin):
    refused(school, "already the code for Present", setup.save_attendance_code, admin, code="p", label="Present too",
            kind="present")
    refused(school, "what the code counts as", setup.save_attendance_code, admin, code="H", label="Half", kind="half")
    refused(school, "1 to 4 letters", setup.save_attendance_code, admin, code="H D", label="Half", kind="half_day")
    code = write(school, setup.save_attendance_code, admin, code="h", label="Half day", kind="half_day")
    assert code.code == "H"
    assert outbox(school)[-1] == ("attendance_codes", "put", {
        "school_id": school.school.id, "code": "H", "label": "Half day", "kind": "half_day", "office_only": False,
        "sort_order": 0})
    # The roll call needs a present and an absent code.
    with school.db.session() as s:
        absent = s.execute(select(AttendanceCode).where(AttendanceCode.code == "A")).scalar_one()
    refused(school, "at least one absent code", setup.delete_attendance_code, admin, absent.id)
    # A code already on the registers keeps its letters; its meaning may change.
    with school.db.write() as s:
        s.add(AttendanceMark(school_id=school.school.id, student_id=school.students[0].id,
                             section_id=school.section.id, date=dt.date.today(), code="L",
                             marked_at=dt.datetime.now(dt.UTC).replace(tzinfo=None), version=1))
        late = s.execute(select(AttendanceCode).where(AttendanceCode.code == "L")).scalar_one()
    refused(school, "cannot change", setup.save_attendance_code, admin, code="LT", label="Late", kind="late",
            code_id=late.id)
    refused(school, "cannot be removed", setup.delete_attendance_code, admin, late.id)
    write(school, setup.save_attendance_code, admin, code="L", label="Late (after 8:15)", kind="late",
          sort_order=2, code_id=late.id)
    assert outbox(school)[-1] == ("attendance_codes", "put", {"label": "Late (after 8:15)"})


def test_grade_bands_must_cover_0_to_100(school, admin):
    refused(school, "start at 0%", setup.save_scale, admin, name="Letters", bands=[(50, "P"), (80, "D")],
            lowest_passing="P")
    refused(school, "same percentage", setup.save_scale, admin, name="Letters", bands=[(0, "F"), (50, "P"), (50, "D")],
            lowest_passing="P")
    refused(school, "between 0 and 100", setup.save_scale, admin, name="Letters", bands=[(0, "F"), (150, "P")],
            lowest_passing="P")
    refused(school, "only once", setup.save_scale, admin, name="Letters", bands=[(0, "F"), (60, "F")],
            lowest_passing="F")
    scale = write(school, setup.save_scale, admin, name="Pass/Fail", bands=[("0", "F"), ("40", "P")],
                  lowest_passing="P")
    with school.db.session() as s:
        saved = s.get(GradeScale, scale.id)
        assert saved.is_default
        assert saved.bands == [{"min_percent": 40, "grade": "P", "passing": True},
                               {"min_percent": 0, "grade": "F", "passing": False}]
    refused(school, "the scale results use", setup.delete_scale, admin, scale.id)


def test_only_the_admin_changes_the_set_up(school, admin):
    for actor in (school.principal, school.office, school.teacher):
        refused(school, "Only the school's admin", setup.save_subject, actor, code="ENG", name="English")
    write(school, setup.save_subject, admin, code="ENG", name="English")
    assert outbox(school)[-1][:2] == ("subjects", "put")


def test_a_subject_removed_and_added_again_comes_back_as_itself(school, admin):
    subject = write(school, setup.save_subject, admin, code="ART", name="Art")
    refused(school, "already used by Art", setup.save_subject, admin, code="art", name="Drawing")
    refused(school, "2 assessments in the gradebook", setup.delete_subject, admin,
            write(school, lambda s: s.execute(select(Subject.id).where(Subject.code == "MATH")).scalar_one()))
    write(school, setup.delete_subject, admin, subject.id)
    again = write(school, setup.save_subject, admin, code="ART", name="Art & craft")
    assert again.id == subject.id
    assert outbox(school)[-2:] == [("subjects", "delete", {}), ("subjects", "put", {
        "school_id": school.school.id, "code": "ART", "name": "Art & craft"})]
    with school.db.session() as s:
        assert s.execute(select(func.count()).select_from(Subject).where(Subject.code == "ART")).scalar_one() == 1


def test_sections_are_named_once_a_year_and_keep_their_students(school, admin):
    year_id = school.term.academic_year_id
    refused(school, "already has a section called 7 A", setup.save_section, admin, academic_year_id=year_id,
            name="7 a", grade_level=7)
    with school.db.session() as s:
        office_id = s.execute(select(User.id).where(User.role == "office")).scalar()
    refused(school, "works in the office", setup.save_section, admin, academic_year_id=year_id, name="8 A",
            grade_level=8, homeroom_teacher_id=office_id)
    refused(school, "grade level", setup.save_section, admin, academic_year_id=year_id, name="8 A", grade_level=40)
    refused(school, "5 students enrolled", setup.delete_section, admin, school.section.id)
    section = write(school, setup.save_section, admin, academic_year_id=year_id, name="8 A", grade_level=8,
                    homeroom_teacher_id=school.teacher.user_id, room="R12")
    with school.db.session() as s:
        assert s.get(Section, section.id).room == "R12"
    write(school, setup.save_section, admin, academic_year_id=year_id, name="8 A", grade_level=8, room="R14",
          section_id=section.id)
    assert outbox(school)[-1] == ("sections", "put", {"homeroom_teacher_id": None, "room": "R14"})


def test_teaching_assignments_once_each_and_on_school_days(school, admin):
    with school.db.session() as s:
        maths = s.execute(select(Subject.id).where(Subject.code == "MATH")).scalar_one()
    refused(school, "already teaches Mathematics in 7 A", setup.save_assignment, admin,
            section_id=school.section.id, subject_id=maths, teacher_id=school.teacher.user_id)
    refused(school, "at least one weekday", setup.save_assignment, admin, section_id=school.section.id,
            subject_id=maths, teacher_id=school.other_teacher.user_id, weekdays=[])
    write(school, setup.save_assignment, admin, section_id=school.section.id, subject_id=maths,
          teacher_id=school.other_teacher.user_id, weekdays=[4, 0, 2])
    assert outbox(school)[-1][2]["weekdays"] == [0, 2, 4]


def test_fee_heads_and_structures(school, admin):
    refused(school, "already used by Tuition", setup.save_fee_head, admin, code="tui", name="Tuition 2")
    head = write(school, setup.save_fee_head, admin, code="trn", name="Transport")
    assert head.code == "TRN"
    year_end = school.term.ends_on + dt.timedelta(days=400)
    refused(school, "due date must fall", setup.save_fee_structure, admin, term_id=school.term.id, grade_level=7,
            fee_head_id=head.id, amount_minor=1500_00, due_on=year_end)
    refused(school, "more than zero", setup.save_fee_structure, admin, term_id=school.term.id, grade_level=7,
            fee_head_id=head.id, amount_minor=-5, due_on=school.term.starts_on)
    line = write(school, setup.save_fee_structure, admin, term_id=school.term.id, grade_level=7, fee_head_id=head.id,
                 amount_minor=1500_00, due_on=school.term.starts_on)
    refused(school, "amounts in the fee structures", setup.delete_fee_head, admin, head.id)
    with school.db.session() as s:
        assert s.get(FeeStructure, line.id).amount_minor == 1500_00
    write(school, setup.delete_fee_structure, admin, line.id)
    write(school, setup.delete_fee_head, admin, head.id)
    assert [e[:2] for e in outbox(school)[-2:]] == [("fee_structures", "delete"), ("fee_heads", "delete")]


def test_school_details_in_words(school):
    good = {"name": "Green Hills", "address": "1 Road", "phone": "+92", "currency": "pkr", "currency_digits": 2,
            "time_zone": "Asia/Karachi", "locale": "ur_PK"}
    assert setup.check_school_details(**good)["currency"] == "PKR"
    for change, match in (({"name": " "}, "school's name"), ({"currency": "RUPEES"}, "ISO 4217"),
                          ({"time_zone": "Mars/Olympus"}, "not a time zone"), ({"locale": "urdu"}, "locale name"),
                          ({"currency_digits": 5}, "0 to 3 digits")):
        with pytest.raises(ServiceError, match=match):
            setup.check_school_details(**{**good, **change})
    assert setup.school_changes({"name": "Green Hills", "phone": "1"}, {"name": "Green Hills", "phone": "2"}) == \
        {"phone": "2"}


def test_a_logo_is_a_small_png(school):
    png = base64.b64encode(setup.PNG_SIGNATURE + b"\0" * 100).decode()
    assert setup.check_logo(png) == png
    assert setup.check_logo("") == ""
    with pytest.raises(ServiceError, match="PNG"):
        setup.check_logo(base64.b64encode(b"GIF89a....").decode())
    with pytest.raises(ServiceError, match="too large"):
        setup.check_logo(base64.b64encode(setup.PNG_SIGNATURE + b"\0" * 100_000).decode())
    with pytest.raises(ServiceError, match="could not be read"):
        setup.check_logo("not base64!")


def test_users_named_once_and_the_last_admin_kept(school, admin):
    with school.db.session() as s:
        with pytest.raises(ServiceError, match="already taken"):
            setup.check_new_user(s, username="Office", full_name="X", role="office", password="long enough")
        with pytest.raises(ServiceError, match="at least 8"):
            setup.check_new_user(s, username="newbie", full_name="New", role="teacher", password="short")
        with pytest.raises(ServiceError, match="username is 2 to 64"):
            setup.check_new_user(s, username="a b", full_name="New", role="teacher", password="long enough")
        assert setup.check_new_user(s, username="newbie", full_name=" New Person ", role="teacher",
                                    password="long enough")["full_name"] == "New Person"
        with pytest.raises(ServiceError, match="your own role"):
            setup.check_user_change(s, admin, admin.user_id, full_name="Admin", role="principal", phone="",
                                    active=True)
        other = Actor(user_id=school.principal.user_id, role="admin", device_id="d", school_id=admin.school_id)
        with pytest.raises(ServiceError, match="at least one active admin"):
            setup.check_user_change(s, other, admin.user_id, full_name="Admin", role="admin", phone="",
                                    active=False)
        assert setup.check_user_change(s, admin, school.teacher.user_id, full_name="Teacher", role="office",
                                       phone="", active=True) == {"role": "office"}


def test_a_term_in_use_is_not_removed(school, admin):
    with school.db.session() as s:
        with pytest.raises(ServiceError, match="Term 1 has 2 assessments"):
            setup.check_term_removal(s, school.term.id)
