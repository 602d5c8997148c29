"""A small, hand-countable school for tests: 1 section, 5 students, 2 invoices each.

Built with ORM objects (it is small) straight into a real school file. Rows are
made as if already synced (version set), so the outbox starts empty and every
entry a test sees comes from the service under test.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from app.services.context import Actor
from app.storage.db import SchoolDB, open_school
from app.storage.models import (
    AcademicYear,
    Assessment,
    AttendanceCode,
    DeviceIdentity,
    Enrollment,
    FeeHead,
    Invoice,
    InvoiceLine,
    School,
    Section,
    Student,
    Subject,
    TeachingAssignment,
    Term,
    User,
)

TODAY = dt.date.today()


@dataclass
class SmallSchool:
    db: SchoolDB
    school: School
    section: Section
    other_section: Section
    students: list[Student]
    teacher: Actor
    other_teacher: Actor
    office: Actor
    principal: Actor
    term: Term
    assessment: Assessment
    other_assessment: Assessment
    invoices: dict[str, list[Invoice]] = field(default_factory=dict)


def build_small_school(path: Path) -> SmallSchool:
    db = open_school(path, path.parent / "backups", create=True)
    with db.write() as s:
        school = School(code="TST", name="Test School", currency="PKR", currency_digits=2, version=1)
        s.add(school)
        s.flush()
        sid = school.id
        year = AcademicYear(school_id=sid, name="2026", starts_on=TODAY - dt.timedelta(days=200),
                            ends_on=TODAY + dt.timedelta(days=100), current=True, version=1)
        s.add(year)
        s.flush()
        term = Term(school_id=sid, academic_year_id=year.id, name="Term 1",
                    starts_on=TODAY - dt.timedelta(days=60), ends_on=TODAY + dt.timedelta(days=30),
                    weight=50, version=1)
        users = {
            role: User(school_id=sid, username=role, full_name=role.title(), role=role, version=1)
            for role in ("teacher", "teacher2", "office", "principal")
        }
        users["teacher2"].role = "teacher"
        s.add_all([term, *users.values()])
        s.flush()
        section = Section(school_id=sid, academic_year_id=year.id, name="7 A", grade_level=7,
                          homeroom_teacher_id=users["teacher"].id, version=1)
        other = Section(school_id=sid, academic_year_id=year.id, name="7 B", grade_level=7,
                        homeroom_teacher_id=users["teacher2"].id, version=1)
        maths = Subject(school_id=sid, code="MATH", name="Mathematics", version=1)
        s.add_all([section, other, maths])
        s.flush()
        s.add_all([
            TeachingAssignment(school_id=sid, section_id=section.id, subject_id=maths.id,
                               teacher_id=users["teacher"].id, version=1),
            TeachingAssignment(school_id=sid, section_id=other.id, subject_id=maths.id,
                               teacher_id=users["teacher2"].id, version=1),
        ])
        for order, (code, label, kind, office_only) in enumerate([
            ("P", "Present", "present", False), ("A", "Absent", "absent", False),
            ("L", "Late", "late", False), ("E", "Excused", "excused", True),
        ]):
            s.add(AttendanceCode(school_id=sid, code=code, label=label, kind=kind,
                                 office_only=office_only, sort_order=order, version=1))
        students = []
        for i, (given, family) in enumerate([("Ayesha", "Khan"), ("Omar", "Haddad"), ("Wanjiru", "Kamau"),
                                             ("Lucía", "Fernández"), ("Arjun", "Sharma")], start=1):
            st = Student(school_id=sid, admission_no=f"A{i:03d}", given_name=given, family_name=family,
                         full_name=f"{given} {family}", guardian_phone=f"+92300000{i:04d}", version=1)
            s.add(st)
            s.flush()
            s.add(Enrollment(school_id=sid, student_id=st.id, section_id=section.id, roll_no=i,
                             starts_on=year.starts_on, version=1))
            students.append(st)
        tuition = FeeHead(school_id=sid, code="TUI", name="Tuition", version=1)
        s.add(tuition)
        s.flush()
        invoices: dict[str, list[Invoice]] = {}
        n = 0
        for st in students:
            for k, (due, amount) in enumerate([(TODAY - dt.timedelta(days=30), 500_00),
                                               (TODAY + dt.timedelta(days=30), 300_00)]):
                n += 1
                inv = Invoice(school_id=sid, student_id=st.id, term_id=term.id, number=f"INV-{n:04d}",
                              issued_on=due - dt.timedelta(days=20), due_on=due, version=1)
                s.add(inv)
                s.flush()
                s.add(InvoiceLine(school_id=sid, invoice_id=inv.id, fee_head_id=tuition.id,
                                  description="Tuition", amount_minor=amount, version=1))
                invoices.setdefault(st.id, []).append(inv)
        assessment = Assessment(school_id=sid, section_id=section.id, subject_id=maths.id, term_id=term.id,
                                name="Test 1", category="test", max_marks_centi=50_00, version=1)
        other_assessment = Assessment(school_id=sid, section_id=other.id, subject_id=maths.id, term_id=term.id,
                                      name="Test 1", category="test", max_marks_centi=50_00, version=1)
        s.add_all([assessment, other_assessment])
        s.add(DeviceIdentity(device_id="dev-1", device_code="D1", school_code="TST"))
        s.flush()
        actors = {
            role: Actor(user_id=u.id, role=u.role, device_id="dev-1", school_id=sid) for role, u in users.items()
        }
    return SmallSchool(
        db=db, school=school, section=section, other_section=other, students=students,
        teacher=actors["teacher"], other_teacher=actors["teacher2"], office=actors["office"],
        principal=actors["principal"], term=term, assessment=assessment, other_assessment=other_assessment,
        invoices=invoices,
    )
