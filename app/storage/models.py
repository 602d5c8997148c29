"""The school's data, as one SQLite file holds it (DESIGN.md §2).

Conventions every synced table follows:

* ``id`` is a UUIDv7 string made on the device that created the row, so rows
  can be created offline and B-tree inserts stay sequential;
* ``version`` is the server sequence of the row's last accepted change, or
  NULL while the row has never been synced;
* ``deleted`` is a tombstone: rows are never removed while they may still
  need to travel to or from the server;
* money is an integer count of minor units of the school's currency;
* marks are integer hundredths of a point (``score_centi``), so 17.5 is 1750.

Local-only bookkeeping (outbox, cursors, device identity, conflicts, the
offline-unlock verifier) lives in tables without those columns.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.storage.ids import new_id

# Batch migrations on SQLite recreate tables; they can only drop or alter a
# constraint that has a name, so every constraint gets one.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ROLES = ("teacher", "office", "principal", "admin")
ATTENDANCE_KINDS = ("present", "absent", "late", "excused", "half_day")
MARK_STATUSES = ("scored", "absent", "exempt")
PAYMENT_MODES = ("cash", "cheque", "bank_transfer", "mobile_money", "card")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Synced:
    """Columns every row that travels to and from the server carries."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    version: Mapped[int | None] = mapped_column(BigInteger, default=None)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))


def _school_fk() -> Mapped[str]:
    return mapped_column(String(36), ForeignKey("schools.id"), index=False)


# --------------------------------------------------------------------------
# The school and its calendar
# --------------------------------------------------------------------------


class School(Synced, Base):
    __tablename__ = "schools"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    currency: Mapped[str] = mapped_column(String(3), default="USD")  # ISO 4217
    currency_digits: Mapped[int] = mapped_column(Integer, default=2)  # minor units
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")
    locale: Mapped[str] = mapped_column(String(16), default="en_US")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    attendance_mode: Mapped[str] = mapped_column(String(10), default="daily")  # daily | period
    periods_per_day: Mapped[int] = mapped_column(Integer, default=1)
    attendance_edit_days: Mapped[int] = mapped_column(Integer, default=7)
    chronic_absence_percent: Mapped[int] = mapped_column(Integer, default=90)
    late_fee_rule: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    show_class_position: Mapped[bool] = mapped_column(Boolean, default=True)
    # Weekdays with no school (0 = Monday): Saturday and Sunday unless the school says otherwise.
    weekend_days: Mapped[list[Any]] = mapped_column(JSON, default=lambda: [5, 6])
    # The school's logo for receipts and report cards: a base64 PNG (at most
    # app.sync.protocol.LOGO_MAX_BYTES decoded), "" when the school has none.
    logo_png: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint("attendance_mode IN ('daily', 'period')", name="attendance_mode"),
    )


class AcademicYear(Synced, Base):
    __tablename__ = "academic_years"

    school_id: Mapped[str] = _school_fk()
    name: Mapped[str] = mapped_column(String(40))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    current: Mapped[bool] = mapped_column(Boolean, default=False)


class Term(Synced, Base):
    __tablename__ = "terms"

    school_id: Mapped[str] = _school_fk()
    academic_year_id: Mapped[str] = mapped_column(ForeignKey("academic_years.id"), index=True)
    name: Mapped[str] = mapped_column(String(40))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    weight: Mapped[int] = mapped_column(Integer, default=0)  # percent of the final result
    entry_open: Mapped[bool] = mapped_column(Boolean, default=True)
    published: Mapped[bool] = mapped_column(Boolean, default=False)


class CalendarDay(Synced, Base):
    """A holiday or closed day: no roll call is taken."""

    __tablename__ = "school_calendar"

    school_id: Mapped[str] = _school_fk()
    date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(10), default="holiday")  # holiday | closed
    name: Mapped[str] = mapped_column(String(100), default="")

    __table_args__ = (
        UniqueConstraint("school_id", "date"),
        CheckConstraint("kind IN ('holiday', 'closed')", name="kind"),
    )


# --------------------------------------------------------------------------
# People, classes and subjects
# --------------------------------------------------------------------------


class User(Synced, Base):
    """A member of staff who signs in to Daftar."""

    __tablename__ = "users"

    school_id: Mapped[str] = _school_fk()
    username: Mapped[str] = mapped_column(String(64))
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    phone: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (
        UniqueConstraint("school_id", "username"),
        CheckConstraint("role IN ('teacher', 'office', 'principal', 'admin')", name="role"),
    )


class Section(Synced, Base):
    """A class: a grade level and a division, e.g. Grade 7 B."""

    __tablename__ = "sections"

    school_id: Mapped[str] = _school_fk()
    academic_year_id: Mapped[str] = mapped_column(ForeignKey("academic_years.id"), index=True)
    name: Mapped[str] = mapped_column(String(40))
    grade_level: Mapped[int] = mapped_column(Integer)
    homeroom_teacher_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), default=None)
    room: Mapped[str] = mapped_column(String(40), default="")

    __table_args__ = (UniqueConstraint("academic_year_id", "name"),)


class Subject(Synced, Base):
    __tablename__ = "subjects"

    school_id: Mapped[str] = _school_fk()
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(100))

    __table_args__ = (UniqueConstraint("school_id", "code"),)


class TeachingAssignment(Synced, Base):
    """Who teaches which subject to which section (the source of a teacher's scope)."""

    __tablename__ = "teaching_assignments"

    school_id: Mapped[str] = _school_fk()
    section_id: Mapped[str] = mapped_column(ForeignKey("sections.id", ondelete="CASCADE"))
    subject_id: Mapped[str] = mapped_column(ForeignKey("subjects.id"))
    teacher_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    # Weekdays (0 = Monday) and periods this assignment is timetabled for.
    weekdays: Mapped[list[Any]] = mapped_column(JSON, default=lambda: [0, 1, 2, 3, 4])
    periods: Mapped[list[Any]] = mapped_column(JSON, default=list)

    __table_args__ = (UniqueConstraint("section_id", "subject_id", "teacher_id"),)


class Student(Synced, Base):
    __tablename__ = "students"

    school_id: Mapped[str] = _school_fk()
    admission_no: Mapped[str] = mapped_column(String(32))
    given_name: Mapped[str] = mapped_column(String(100))
    family_name: Mapped[str] = mapped_column(String(100), default="")
    full_name: Mapped[str] = mapped_column(String(220))  # as the school writes it
    gender: Mapped[str] = mapped_column(String(1), default="")
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date, default=None)
    guardian_name: Mapped[str] = mapped_column(String(200), default="")
    guardian_phone: Mapped[str] = mapped_column(String(40), default="")
    guardian_email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(40), default="")  # for concessions
    status: Mapped[str] = mapped_column(String(12), default="active")

    __table_args__ = (
        UniqueConstraint("school_id", "admission_no"),
        CheckConstraint("status IN ('active', 'left', 'graduated')", name="status"),
        Index("ix_students_full_name", "full_name"),
        Index("ix_students_guardian_phone", "guardian_phone"),
    )


class Enrollment(Synced, Base):
    """A student's place in a section for a year, with a roll number."""

    __tablename__ = "enrollments"

    school_id: Mapped[str] = _school_fk()
    student_id: Mapped[str] = mapped_column(ForeignKey("students.id", ondelete="CASCADE"))
    section_id: Mapped[str] = mapped_column(ForeignKey("sections.id", ondelete="CASCADE"))
    roll_no: Mapped[int] = mapped_column(Integer)
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date, default=None)

    __table_args__ = (
        UniqueConstraint("student_id", "section_id"),
        Index("ix_enrollments_section_id_roll_no", "section_id", "roll_no"),
    )


# --------------------------------------------------------------------------
# Attendance
# --------------------------------------------------------------------------


class AttendanceCode(Synced, Base):
    """The school's own attendance codes, e.g. P, A, L, E (excused, office only)."""

    __tablename__ = "attendance_codes"

    school_id: Mapped[str] = _school_fk()
    code: Mapped[str] = mapped_column(String(4))
    label: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(10))
    office_only: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        UniqueConstraint("school_id", "code"),
        CheckConstraint(
            "kind IN ('present', 'absent', 'late', 'excused', 'half_day')", name="kind"
        ),
    )


class AttendanceMark(Synced, Base):
    """One mark per (student, date, period); period 0 is the daily mark."""

    __tablename__ = "attendance_marks"

    school_id: Mapped[str] = _school_fk()
    student_id: Mapped[str] = mapped_column(ForeignKey("students.id", ondelete="CASCADE"))
    section_id: Mapped[str] = mapped_column(ForeignKey("sections.id", ondelete="CASCADE"))
    date: Mapped[dt.date] = mapped_column(Date)
    period: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(4))
    note: Mapped[str] = mapped_column(Text, default="")
    marked_by: Mapped[str | None] = mapped_column(String(36), default=None)
    marked_at: Mapped[dt.datetime] = mapped_column(DateTime)  # clock-corrected UTC
    device_id: Mapped[str] = mapped_column(String(36), default="")

    __table_args__ = (
        UniqueConstraint("student_id", "date", "period"),
        # The roll call and the dashboard read a section's day; the dashboard's counts of the last school
        # days (and their fingerprint) read nothing else, so they never touch the table (covering).
        Index("ix_attendance_marks_date_section_id", "date", "section_id", "period", "student_id", "code", "deleted",
              "version"),
        # A student's record over time without touching the table (covering).
        Index("ix_attendance_marks_student_id_date_code", "student_id", "date", "code"),
    )


class AttendanceHistory(Synced, Base):
    """A mark that lost to a later one (DESIGN.md §5): kept, never thrown away."""

    __tablename__ = "attendance_history"

    school_id: Mapped[str] = _school_fk()
    mark_id: Mapped[str] = mapped_column(String(36), index=True)
    student_id: Mapped[str] = mapped_column(String(36))
    date: Mapped[dt.date] = mapped_column(Date)
    period: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(4))
    note: Mapped[str] = mapped_column(Text, default="")
    marked_by: Mapped[str | None] = mapped_column(String(36), default=None)
    marked_at: Mapped[dt.datetime] = mapped_column(DateTime)
    device_id: Mapped[str] = mapped_column(String(36), default="")
    reason: Mapped[str] = mapped_column(String(200), default="")


class GuardianAlert(Synced, Base):
    """A message to a guardian (e.g. "absent today"), queued here, sent by the server."""

    __tablename__ = "guardian_alerts"

    school_id: Mapped[str] = _school_fk()
    student_id: Mapped[str] = mapped_column(ForeignKey("students.id", ondelete="CASCADE"))
    section_id: Mapped[str] = mapped_column(String(36))
    mark_id: Mapped[str | None] = mapped_column(String(36), default=None)
    date: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(8), default="sms")  # sms | email
    recipient: Mapped[str] = mapped_column(String(200), default="")
    message: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="queued")  # queued | cancelled | sent | failed
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str | None] = mapped_column(String(36), default=None)
    device_id: Mapped[str] = mapped_column(String(36), default="")
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)

    __table_args__ = (
        UniqueConstraint("student_id", "date", "channel"),
        CheckConstraint("status IN ('queued', 'cancelled', 'sent', 'failed')", name="status"),
        CheckConstraint("channel IN ('sms', 'email')", name="channel"),
    )


# --------------------------------------------------------------------------
# Gradebook
# --------------------------------------------------------------------------


class GradeScale(Synced, Base):
    """Bands mapping a percentage to a grade, highest first.

    ``bands`` is a list of ``{"min_percent": 90, "grade": "A", "passing": true}``.
    """

    __tablename__ = "grade_scales"

    school_id: Mapped[str] = _school_fk()
    name: Mapped[str] = mapped_column(String(60))
    bands: Mapped[list[Any]] = mapped_column(JSON, default=list)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)


class CategoryWeight(Synced, Base):
    """How much a category (test, homework, exam…) weighs in a subject's term result."""

    __tablename__ = "category_weights"

    school_id: Mapped[str] = _school_fk()
    subject_id: Mapped[str] = mapped_column(ForeignKey("subjects.id"))
    category: Mapped[str] = mapped_column(String(30))
    weight_percent: Mapped[int] = mapped_column(Integer)

    __table_args__ = (UniqueConstraint("subject_id", "category"),)


class Assessment(Synced, Base):
    __tablename__ = "assessments"

    school_id: Mapped[str] = _school_fk()
    section_id: Mapped[str] = mapped_column(ForeignKey("sections.id", ondelete="CASCADE"))
    subject_id: Mapped[str] = mapped_column(ForeignKey("subjects.id"))
    term_id: Mapped[str] = mapped_column(ForeignKey("terms.id"))
    name: Mapped[str] = mapped_column(String(100))
    category: Mapped[str] = mapped_column(String(30))
    max_marks_centi: Mapped[int] = mapped_column(Integer)
    weight: Mapped[int] = mapped_column(Integer, default=1)  # within its category
    held_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    created_by: Mapped[str | None] = mapped_column(String(36), default=None)

    __table_args__ = (
        Index("ix_assessments_section_id_subject_id_term_id", "section_id", "subject_id", "term_id"),
        Index("ix_assessments_term_id", "term_id"),
        CheckConstraint("max_marks_centi > 0", name="max_marks_positive"),
    )


class Mark(Synced, Base):
    """One mark per (assessment, student)."""

    __tablename__ = "marks"

    school_id: Mapped[str] = _school_fk()
    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    student_id: Mapped[str] = mapped_column(ForeignKey("students.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(8), default="scored")
    score_centi: Mapped[int | None] = mapped_column(Integer, default=None)
    entered_by: Mapped[str | None] = mapped_column(String(36), default=None)
    entered_at: Mapped[dt.datetime] = mapped_column(DateTime)
    device_id: Mapped[str] = mapped_column(String(36), default="")

    __table_args__ = (
        UniqueConstraint("assessment_id", "student_id"),
        Index("ix_marks_student_id", "student_id"),
        # A term's marks (results, the dashboard) without touching the table (covering).
        Index("ix_marks_assessment_id_student_id_status_score_centi_deleted_version", "assessment_id", "student_id",
              "status", "score_centi", "deleted", "version"),
        CheckConstraint("status IN ('scored', 'absent', 'exempt')", name="status"),
    )


class ReportComment(Synced, Base):
    """The teacher's or the principal's words on a student's report card for a term.

    One per (student, term, kind); its id is derived from those three
    (:func:`app.sync.protocol.report_comment_id`) so two devices writing the
    same comment offline write the same row, and the later writer wins.
    """

    __tablename__ = "report_comments"

    school_id: Mapped[str] = _school_fk()
    student_id: Mapped[str] = mapped_column(ForeignKey("students.id", ondelete="CASCADE"))
    section_id: Mapped[str] = mapped_column(ForeignKey("sections.id", ondelete="CASCADE"), index=True)
    term_id: Mapped[str] = mapped_column(ForeignKey("terms.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))  # teacher | principal
    text: Mapped[str] = mapped_column(Text, default="")
    written_by: Mapped[str | None] = mapped_column(String(36), default=None)
    written_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        UniqueConstraint("student_id", "term_id", "kind"),
        CheckConstraint("kind IN ('teacher', 'principal')", name="kind"),
    )


# --------------------------------------------------------------------------
# Fees
# --------------------------------------------------------------------------


class FeeHead(Synced, Base):
    """A kind of fee: tuition, transport, exam…"""

    __tablename__ = "fee_heads"

    school_id: Mapped[str] = _school_fk()
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(100))

    __table_args__ = (UniqueConstraint("school_id", "code"),)


class FeeStructure(Synced, Base):
    """What a fee head costs a grade level in a term."""

    __tablename__ = "fee_structures"

    school_id: Mapped[str] = _school_fk()
    term_id: Mapped[str] = mapped_column(ForeignKey("terms.id"))
    grade_level: Mapped[int] = mapped_column(Integer)
    fee_head_id: Mapped[str] = mapped_column(ForeignKey("fee_heads.id"))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    due_on: Mapped[dt.date] = mapped_column(Date)

    __table_args__ = (
        UniqueConstraint("term_id", "grade_level", "fee_head_id"),
        CheckConstraint("amount_minor >= 0", name="amount_not_negative"),
    )


class Invoice(Synced, Base):
    """What a student owes for a term; amounts are frozen in its lines when issued."""

    __tablename__ = "invoices"

    school_id: Mapped[str] = _school_fk()
    student_id: Mapped[str] = mapped_column(ForeignKey("students.id", ondelete="CASCADE"))
    term_id: Mapped[str | None] = mapped_column(ForeignKey("terms.id"), default=None)
    number: Mapped[str] = mapped_column(String(40))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (
        UniqueConstraint("school_id", "number"),
        Index("ix_invoices_student_id_due_on", "student_id", "due_on"),
    )


class InvoiceLine(Synced, Base):
    __tablename__ = "invoice_lines"

    school_id: Mapped[str] = _school_fk()
    invoice_id: Mapped[str] = mapped_column(ForeignKey("invoices.id", ondelete="CASCADE"), index=True)
    fee_head_id: Mapped[str | None] = mapped_column(ForeignKey("fee_heads.id"), default=None)
    description: Mapped[str] = mapped_column(String(200))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(10), default="fee")  # fee | late_fee

    __table_args__ = (CheckConstraint("kind IN ('fee', 'late_fee')", name="kind"),)


class Concession(Synced, Base):
    """A reduction on what a student owes, with reason and approver."""

    __tablename__ = "concessions"

    school_id: Mapped[str] = _school_fk()
    student_id: Mapped[str] = mapped_column(ForeignKey("students.id", ondelete="CASCADE"), index=True)
    invoice_id: Mapped[str | None] = mapped_column(ForeignKey("invoices.id"), default=None)
    fee_head_id: Mapped[str | None] = mapped_column(ForeignKey("fee_heads.id"), default=None)
    kind: Mapped[str] = mapped_column(String(8))  # percent | fixed
    value: Mapped[int] = mapped_column(BigInteger)  # basis points, or minor units
    amount_minor: Mapped[int] = mapped_column(BigInteger)  # frozen when granted
    reason: Mapped[str] = mapped_column(String(200))
    approved_by: Mapped[str | None] = mapped_column(String(36), default=None)
    granted_on: Mapped[dt.date] = mapped_column(Date)

    __table_args__ = (CheckConstraint("kind IN ('percent', 'fixed')", name="kind"),)


class Payment(Synced, Base):
    """Money received. Append-only: a mistake is a cancellation, never an edit."""

    __tablename__ = "payments"

    school_id: Mapped[str] = _school_fk()
    student_id: Mapped[str] = mapped_column(ForeignKey("students.id"), index=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    mode: Mapped[str] = mapped_column(String(16))
    reference: Mapped[str] = mapped_column(String(80), default="")
    receipt_no: Mapped[str] = mapped_column(String(48))
    received_on: Mapped[dt.date] = mapped_column(Date)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)
    received_by: Mapped[str | None] = mapped_column(String(36), default=None)
    device_id: Mapped[str] = mapped_column(String(36), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        UniqueConstraint("school_id", "receipt_no"),
        Index("ix_payments_received_on", "received_on"),
        CheckConstraint("amount_minor > 0", name="amount_positive"),
        CheckConstraint(
            "mode IN ('cash', 'cheque', 'bank_transfer', 'mobile_money', 'card')", name="mode"
        ),
    )


class PaymentAllocation(Synced, Base):
    """Which invoice a part of a payment settles."""

    __tablename__ = "payment_allocations"

    school_id: Mapped[str] = _school_fk()
    payment_id: Mapped[str] = mapped_column(ForeignKey("payments.id", ondelete="CASCADE"), index=True)
    invoice_id: Mapped[str] = mapped_column(ForeignKey("invoices.id"), index=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger)


class PaymentCancellation(Synced, Base):
    """Reverses a payment; the receipt keeps its number."""

    __tablename__ = "payment_cancellations"

    school_id: Mapped[str] = _school_fk()
    payment_id: Mapped[str] = mapped_column(ForeignKey("payments.id"), unique=True)
    reason: Mapped[str] = mapped_column(String(200))
    cancelled_by: Mapped[str | None] = mapped_column(String(36), default=None)
    cancelled_at: Mapped[dt.datetime] = mapped_column(DateTime)
    device_id: Mapped[str] = mapped_column(String(36), default="")


class CashClose(Synced, Base):
    """The end of a cashier's day: counted cash against the day book. Append-only."""

    __tablename__ = "cash_closes"

    school_id: Mapped[str] = _school_fk()
    date: Mapped[dt.date] = mapped_column(Date)
    closed_by: Mapped[str | None] = mapped_column(String(36), default=None)
    device_id: Mapped[str] = mapped_column(String(36), default="")
    expected_cash_minor: Mapped[int] = mapped_column(BigInteger)
    counted_cash_minor: Mapped[int] = mapped_column(BigInteger)
    difference_minor: Mapped[int] = mapped_column(BigInteger)
    note: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (UniqueConstraint("date", "device_id", "closed_by"),)


class AuditEntry(Synced, Base):
    """Who changed money or marks, from which device, when, before and after."""

    __tablename__ = "audit_log"

    school_id: Mapped[str] = _school_fk()
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    user_id: Mapped[str | None] = mapped_column(String(36), default=None)
    device_id: Mapped[str] = mapped_column(String(36), default="")
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(20))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)


class ServerConflict(Synced, Base):
    """Two different marks that met from the same base, as the server recorded it.

    Shown to the teacher and the principal until someone resolves it
    (DESIGN.md §5); a client may only set the resolution fields.
    """

    __tablename__ = "server_conflicts"

    school_id: Mapped[str] = _school_fk()
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    section_id: Mapped[str | None] = mapped_column(String(36), default=None)
    kind: Mapped[str] = mapped_column(String(20))
    base_version: Mapped[int | None] = mapped_column(BigInteger, default=None)
    kept: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    lost: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    message: Mapped[str] = mapped_column(Text, default="")
    detected_at: Mapped[dt.datetime] = mapped_column(DateTime)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    resolved_by: Mapped[str | None] = mapped_column(String(36), default=None)
    resolution: Mapped[str] = mapped_column(Text, default="")


# --------------------------------------------------------------------------
# Sync bookkeeping (local only: never sent as rows)
# --------------------------------------------------------------------------


class OutboxEntry(Base):
    """A local change waiting for the server (DESIGN.md §3).

    ``seq`` is the device's mutation sequence number. An entry is never
    edited once written: a second change to the same row is a new entry.
    """

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))  # put | delete
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    base_version: Mapped[int | None] = mapped_column(BigInteger, default=None)
    client_ts: Mapped[dt.datetime] = mapped_column(DateTime)  # clock-corrected UTC
    user_id: Mapped[str | None] = mapped_column(String(36), default=None)
    attempts: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        Index("ix_outbox_entity_row_id", "entity", "row_id"),
        CheckConstraint("op IN ('put', 'delete')", name="op"),
        # AUTOINCREMENT: a sequence number is never reused, even after the
        # outbox empties (the server deduplicates by it).
        {"sqlite_autoincrement": True},
    )


class SentChange(Base):
    """An outbox entry the server has answered, kept for a while after it left the queue.

    If the server is later restored from an older backup, the changes it lost
    (those it had accepted with a version above its new newest) are sent again
    from here (issue 5). Pruned after :data:`SENT_KEEP_DAYS` days.
    """

    __tablename__ = "sent_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    base_version: Mapped[int | None] = mapped_column(BigInteger, default=None)
    client_ts: Mapped[dt.datetime] = mapped_column(DateTime)
    user_id: Mapped[str | None] = mapped_column(String(36), default=None)
    version: Mapped[int | None] = mapped_column(BigInteger, default=None)  # what the server accepted it as
    sent_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_sent_log_version", "version"), Index("ix_sent_log_sent_at", "sent_at"))


SENT_KEEP_DAYS = 60


class RejectedChange(Base):
    """A change the server refused, kept with its reason for the person to see."""

    __tablename__ = "rejected_changes"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    seq: Mapped[int] = mapped_column(Integer)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    reason: Mapped[str] = mapped_column(Text)  # the server's English sentence
    # The sentence's key in the server's catalogue and the values in its holes, so the
    # inbox says it in the person's language (``app/sync/reasons.py``); "" from an older server.
    reason_key: Mapped[str] = mapped_column(String(60), default="")
    reason_args: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    rejected_at: Mapped[dt.datetime] = mapped_column(DateTime)
    acknowledged: Mapped[bool] = mapped_column(Boolean, default=False)


class Conflict(Base):
    """Two changes that met; shown until someone resolves it (DESIGN.md §5)."""

    __tablename__ = "conflicts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(20))  # superseded | marks_conflict | …
    local_value: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    server_value: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    message: Mapped[str] = mapped_column(Text, default="")
    detected_at: Mapped[dt.datetime] = mapped_column(DateTime)
    server_conflict_id: Mapped[str | None] = mapped_column(String(36), default=None)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    resolved_by: Mapped[str | None] = mapped_column(String(36), default=None)
    resolution: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_conflicts_resolved_at", "resolved_at"),)


class ServerShadow(Base):
    """The server's state of a row that still has a pending local change.

    The pending change is shown on top of it until the server has answered
    (DESIGN.md §4, "Pending changes win locally").
    """

    __tablename__ = "server_shadow"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    version: Mapped[int | None] = mapped_column(BigInteger, default=None)


class SyncMeta(Base):
    """Small key/value facts of the sync: cursor, scope, clock offset, last sync."""

    __tablename__ = "sync_meta"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DeviceIdentity(Base):
    """This device, as the server knows it in this school. One row."""

    __tablename__ = "device_identity"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_code: Mapped[str] = mapped_column(String(8))
    school_code: Mapped[str] = mapped_column(String(32))
    server_url: Mapped[str] = mapped_column(String(400), default="")
    registered_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)


class ReceiptSeries(Base):
    """The device's own receipt numbers: gap-free, allocated with the payment."""

    __tablename__ = "receipt_series"

    prefix: Mapped[str] = mapped_column(String(40), primary_key=True)  # SCHOOL-DEVICE
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class LocalCredential(Base):
    """An offline-unlock verifier: salted scrypt of the user's password, never the password."""

    __tablename__ = "local_credentials"

    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(36))
    salt: Mapped[bytes] = mapped_column(LargeBinary)
    verifier: Mapped[bytes] = mapped_column(LargeBinary)
    params: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


# Tables whose rows travel over the wire, by protocol entity name. The order
# is a valid insertion order (parents before children).
SYNCED_TABLES: dict[str, type[Base]] = {
    cls.__tablename__: cls
    for cls in (
        School,
        AcademicYear,
        Term,
        User,
        Section,
        Subject,
        TeachingAssignment,
        Student,
        Enrollment,
        AttendanceCode,
        AttendanceMark,
        AttendanceHistory,
        GradeScale,
        CategoryWeight,
        Assessment,
        Mark,
        ReportComment,
        FeeHead,
        FeeStructure,
        Invoice,
        InvoiceLine,
        Concession,
        Payment,
        PaymentAllocation,
        PaymentCancellation,
        AuditEntry,
        CalendarDay,
        GuardianAlert,
        CashClose,
        ServerConflict,
    )
}


# The dashboard's aggregate tables (schema 0007) are part of the same schema.
from app.storage import aggregates as _aggregates  # noqa: E402,F401
