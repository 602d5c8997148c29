"""Students as the office reads them: the list, and one student's record.

Qt-free. :func:`list_students` reads every student with their current section
in one query (the Students screen holds up to ~5,000 rows);
:func:`student_details` reads one student's record, enrollments and fee
balance for the details panel.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.fees import Balance, student_balance
from app.storage.models import AcademicYear, Enrollment, School, Section, Student

STUDENT_STATUSES = ("active", "left", "graduated")


@dataclass(frozen=True)
class StudentRow:
    id: str
    admission_no: str
    full_name: str
    section_id: str | None
    section_name: str  # "" when not enrolled anywhere now
    grade_level: int | None
    roll_no: int | None
    guardian_name: str
    guardian_phone: str
    status: str  # active | left | graduated


@dataclass(frozen=True)
class EnrollmentInfo:
    section_name: str
    grade_level: int
    academic_year: str
    roll_no: int
    starts_on: dt.date
    ends_on: dt.date | None


@dataclass(frozen=True)
class StudentDetails:
    id: str
    admission_no: str
    full_name: str
    gender: str
    date_of_birth: dt.date | None
    guardian_name: str
    guardian_phone: str
    guardian_email: str
    address: str
    category: str
    status: str
    enrollments: tuple[EnrollmentInfo, ...]  # newest first
    balance: Balance
    currency: str
    currency_digits: int


def _latest_enrollment_id():  # noqa: ANN202 - a correlated scalar subquery
    """The student's newest live enrollment (by start date, then id)."""
    return (
        select(Enrollment.id)
        .where(Enrollment.student_id == Student.id, Enrollment.deleted.is_(False))
        .order_by(Enrollment.starts_on.desc(), Enrollment.id.desc())
        .limit(1)
        .correlate(Student)
        .scalar_subquery()
    )


def list_students(session: Session) -> list[StudentRow]:
    """Every student (not removed), with the section of their newest enrollment.

    One query; ordered by admission number. A student whose newest enrollment
    has ended keeps that section's name (where they were last).
    """
    rows = session.execute(
        select(
            Student.id,
            Student.admission_no,
            Student.full_name,
            Section.id,
            Section.name,
            Section.grade_level,
            Enrollment.roll_no,
            Student.guardian_name,
            Student.guardian_phone,
            Student.status,
        )
        .select_from(Student)
        .outerjoin(Enrollment, Enrollment.id == _latest_enrollment_id())
        .outerjoin(Section, Section.id == Enrollment.section_id)
        .where(Student.deleted.is_(False))
        .order_by(Student.admission_no)
    ).all()
    return [
        StudentRow(
            id=r[0],
            admission_no=r[1],
            full_name=r[2],
            section_id=r[3],
            section_name=r[4] or "",
            grade_level=r[5],
            roll_no=r[6],
            guardian_name=r[7] or "",
            guardian_phone=r[8] or "",
            status=r[9],
        )
        for r in rows
    ]


def student_details(session: Session, student_id: str) -> StudentDetails:
    """One student's record for the details panel (read-only)."""
    student = session.get(Student, student_id)
    if student is None or student.deleted:
        raise LookupError("This student is no longer on this device.")
    enrollments = session.execute(
        select(Section.name, Section.grade_level, AcademicYear.name, Enrollment.roll_no,
               Enrollment.starts_on, Enrollment.ends_on)
        .join(Section, Section.id == Enrollment.section_id)
        .outerjoin(AcademicYear, AcademicYear.id == Section.academic_year_id)
        .where(Enrollment.student_id == student_id, Enrollment.deleted.is_(False))
        .order_by(Enrollment.starts_on.desc())
    ).all()
    school = session.execute(select(School).where(School.deleted.is_(False))).scalars().first()
    return StudentDetails(
        id=student.id,
        admission_no=student.admission_no,
        full_name=student.full_name,
        gender=student.gender,
        date_of_birth=student.date_of_birth,
        guardian_name=student.guardian_name,
        guardian_phone=student.guardian_phone,
        guardian_email=student.guardian_email,
        address=student.address,
        category=student.category,
        status=student.status,
        enrollments=tuple(
            EnrollmentInfo(
                section_name=name, grade_level=grade, academic_year=year or "", roll_no=roll,
                starts_on=starts, ends_on=ends,
            )
            for name, grade, year, roll, starts, ends in enrollments
        ),
        balance=student_balance(session, student_id),
        currency=school.currency if school else "",
        currency_digits=school.currency_digits if school else 2,
    )
