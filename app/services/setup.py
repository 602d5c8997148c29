"""The school's set-up, as the admin keeps it: checks, reads and local writes (Qt-free).

Two kinds of set-up record (docs/setup.md says why each is where it is):

* **Decided by the server** (:data:`SERVER_DECIDES`): the school's details
  and its attendance rules (mode, edit window, chronic-absence threshold,
  weekend days…), academic years and terms, holidays and closed days, users,
  roles and passwords. The checks here
  (``check_…``) run first, on the computer, so a mistake is told at once; the
  change itself goes to the server's admin API and reaches this computer by
  the next pull. Nothing about them is written here.
* **Ordinary synced rows** (:data:`WRITTEN_HERE`): sections, subjects,
  teaching assignments, attendance codes, grade scales, fee heads and fee
  structures. They are checked and written here, with their outbox entry in
  the caller's transaction, like any other write, online or not.

Every refusal is a :class:`ServiceError` whose text says what to change.
Only an admin changes the set-up (the principal reads it).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.services import fee_structures, outbox
from app.services.context import QT_TRANSLATE_NOOP, Actor, Sentence, ServiceError
from app.services.grades import check_bands, save_grade_scale
from app.storage.models import (
    ATTENDANCE_KINDS,
    ROLES,
    AcademicYear,
    Assessment,
    AttendanceCode,
    AttendanceMark,
    Base,
    CalendarDay,
    Enrollment,
    FeeHead,
    FeeStructure,
    GradeScale,
    Invoice,
    InvoiceLine,
    School,
    Section,
    Subject,
    TeachingAssignment,
    Term,
    User,
)
from app.sync.protocol import LOGO_MAX_BYTES

# Set-up records only the server changes (through its admin API, online).
SERVER_DECIDES = frozenset({"schools", "academic_years", "terms", "school_calendar", "users"})
# Set-up records written on this computer through the outbox.
WRITTEN_HERE = frozenset({"sections", "subjects", "teaching_assignments", "attendance_codes", "grade_scales",
                          "fee_heads", "fee_structures"})

# Who may change the set-up on the Setup screen.
SETUP_EDITORS = frozenset({"admin"})

# The languages Daftar is offered in (a school may still name another locale).
SCHOOL_LANGUAGES = ("en_US", "en_GB", "ar_SA", "fr_FR", "hi_IN", "sw_KE", "ur_PK")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

USERNAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$")
CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
LOCALE_RE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")
MIN_PASSWORD = 8
LONGEST_YEAR = dt.timedelta(days=550)
# The school's attendance rules and the values each may take (the server checks the same: server/admin.py).
ATTENDANCE_MODES = ("daily", "period")
PERIODS_PER_DAY = (1, 12)
EDIT_WINDOW_DAYS = (0, 365)
CHRONIC_PERCENT = (1, 100)
# The most holidays added at once (a year's worth: the server's limit too).
LONGEST_HOLIDAY_RUN = 366


def may_edit(actor: Actor) -> bool:
    return actor.role in SETUP_EDITORS


def require_admin(actor: Actor) -> None:
    if not may_edit(actor):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.setup", "Only the school's admin can change the set-up; the principal can "
                              "read it."))


def _text(value: Any, what: str, longest: int, *, required: bool = True) -> str:
    text = str(value or "").strip()
    if required and not text:
        raise ServiceError(QT_TRANSLATE_NOOP("services.setup", "Give the {what}."), what=what)
    if len(text) > longest:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.setup", "The {what} is too long (at most {longest} characters)."),
            what=what, longest=longest)
    return text


def _date(value: Any, what: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.setup", "The {what} is not a date (write it as YYYY-MM-DD)."),
            what=what) from None


# The words of the refusals above (the fields, the kinds of attendance code), marked for translation.
FIRST_DAY = QT_TRANSLATE_NOOP("services.setup", "first day")
LAST_DAY = QT_TRANSLATE_NOOP("services.setup", "last day")
KIND_WORDS = {"present": QT_TRANSLATE_NOOP("services.setup", "present"),
              "absent": QT_TRANSLATE_NOOP("services.setup", "absent")}


def _live(session: Session, model: type[Base], *where: Any) -> list[Any]:
    return list(session.execute(select(model).where(model.deleted.is_(False), *where)).scalars())


def _days(a: dt.date, b: dt.date) -> Sentence:
    return Sentence(QT_TRANSLATE_NOOP("services.setup", "{first} to {last}"), first=a, last=b)


# --------------------------------------------------------------------------
# The school (server decides)
# --------------------------------------------------------------------------


def check_school_details(*, name: str, address: str, phone: str, currency: str, currency_digits: int,
                         time_zone: str, locale: str) -> dict[str, Any]:
    """The school's details as the admin typed them → the fields for the server."""
    name = _text(name, QT_TRANSLATE_NOOP("services.setup", "school's name"), 200)
    currency = str(currency or "").strip().upper()
    if not CURRENCY_RE.match(currency):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.setup", "The currency is its three-letter ISO 4217 code, such as PKR, KES "
                              "or USD."))
    if not isinstance(currency_digits, int) or not 0 <= currency_digits <= 3:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.setup", "A currency has 0 to 3 digits after the decimal point."))
    time_zone = str(time_zone or "").strip()
    try:
        ZoneInfo(time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.setup", "{name} is not a time zone Daftar knows (choose one such as "
                              "Asia/Karachi or Africa/Nairobi)."),
            name=time_zone or QT_TRANSLATE_NOOP("services.setup", "An empty name")) from None
    locale = str(locale or "").strip()
    if not LOCALE_RE.match(locale):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.setup", "The language is a locale name such as en_US or ur_PK."))
    return {"name": name,
            "address": _text(address, QT_TRANSLATE_NOOP("services.setup", "address"), 2000, required=False),
            "phone": _text(phone, QT_TRANSLATE_NOOP("services.setup", "phone number"), 40, required=False),
            "currency": currency,
            "currency_digits": currency_digits, "time_zone": time_zone, "locale": locale}


def check_logo(logo_png: str) -> str:
    """A base64 PNG of at most :data:`LOGO_MAX_BYTES` ("" removes the logo)."""
    if not logo_png:
        return ""
    try:
        data = base64.b64decode(logo_png, validate=True)
    except (binascii.Error, ValueError):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.setup", "The logo could not be read; choose the image again.")) from None
    if not data.startswith(PNG_SIGNATURE):
        raise ServiceError(QT_TRANSLATE_NOOP("services.setup", "The logo must be stored as a PNG image."))
    if len(data) > LOGO_MAX_BYTES:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.setup", "The logo is too large ({size} KB); at most {limit} KB."),
            size=len(data) // 1000, limit=LOGO_MAX_BYTES // 1000)
    return logo_png


def check_attendance_rules(*, attendance_mode: str, periods_per_day: int, attendance_edit_days: int,
                           chronic_absence_percent: int, show_class_position: bool) -> dict[str, Any]:
    """The school's attendance and results rules as the admin chose them → the fields for the server.

    ``attendance_mode``: one roll call a day ("daily") or one per period
    ("period", ``periods_per_day`` of them; their marks roll up into the day by
    :func:`app.services.attendance.day_status`). ``attendance_edit_days``: how
    many days back a teacher may still change a roll call (0: the same day
    only). ``chronic_absence_percent``: a student whose attendance rate is
    below it is listed as chronically absent (:mod:`app.services.registers`).
    """
    if attendance_mode not in ATTENDANCE_MODES:
        raise ServiceError(QT_TRANSLATE_NOOP("services.setup", "Choose how attendance is taken: once a day or "
                                             "every period."))
    for value, (low, high), what in (
            (periods_per_day, PERIODS_PER_DAY, QT_TRANSLATE_NOOP("services.setup", "number of periods a day")),
            (attendance_edit_days, EDIT_WINDOW_DAYS,
             QT_TRANSLATE_NOOP("services.setup", "number of days a roll call can still be changed")),
            (chronic_absence_percent, CHRONIC_PERCENT,
             QT_TRANSLATE_NOOP("services.setup", "chronic-absence threshold"))):
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ServiceError(QT_TRANSLATE_NOOP("services.setup", "The {what} is a whole number from {low} to "
                                                 "{high}."), what=what, low=low, high=high)
    return {"attendance_mode": attendance_mode, "periods_per_day": periods_per_day,
            "attendance_edit_days": attendance_edit_days, "chronic_absence_percent": chronic_absence_percent,
            "show_class_position": bool(show_class_position)}


def check_weekend_days(days: Iterable[int]) -> list[int]:
    """The weekdays with no school (Monday 0 … Sunday 6), sorted; at least one day must stay a school day."""
    chosen = sorted(set(days))
    if any(not isinstance(d, int) or isinstance(d, bool) or not 0 <= d <= 6 for d in chosen):
        raise ServiceError(QT_TRANSLATE_NOOP("services.setup", "Weekend days are days of the week."))
    if len(chosen) == 7:
        raise ServiceError(QT_TRANSLATE_NOOP("services.setup", "A school needs at least one day of the week that "
                                             "is not a weekend day."))
    return chosen


def school_changes(current: dict[str, Any], wanted: dict[str, Any]) -> dict[str, Any]:
    """Only the fields that differ (a PATCH that says nothing changes nothing)."""
    return {k: v for k, v in wanted.items() if current.get(k) != v}


# --------------------------------------------------------------------------
# Academic years and terms (server decides)
# --------------------------------------------------------------------------


def check_year(session: Session, *, name: str, starts_on: Any, ends_on: Any,
               year_id: str | None = None) -> dict[str, Any]:
    """A year: named once, ends after it starts, at most ~18 months, overlapping no other year,
    and still holding its terms."""
    name = _text(name, QT_TRANSLATE_NOOP("services.setup", "year's name"), 40)
    start, end = _date(starts_on, FIRST_DAY), _date(ends_on, LAST_DAY)
    if end <= start:
        raise ServiceError(QT_TRANSLATE_NOOP("services.setup", "The year must end after it starts."))
    if end - start > LONGEST_YEAR:
        raise ServiceError(QT_TRANSLATE_NOOP("services.setup", "An academic year can be at most 18 months long."))
    for other in _live(session, AcademicYear, AcademicYear.id != (year_id or "")):
        if other.name.casefold() == name.casefold():
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.setup", "There is already a year called {other}."),
                other=other.name)
        if start <= other.ends_on and other.starts_on <= end:
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.setup", "These dates overlap the year {other} ({days})."),
                other=other.name, days=_days(other.starts_on, other.ends_on))
    if year_id:
        for term in _live(session, Term, Term.academic_year_id == year_id):
            if term.starts_on < start or term.ends_on > end:
                raise ServiceError(
                    QT_TRANSLATE_NOOP("services.setup", "{term} ({days}) would fall outside the year; change the "
                                      "term first."),
                    term=term.name, days=_days(term.starts_on, term.ends_on))
    return {"name": name, "starts_on": start.isoformat(), "ends_on": end.isoformat()}


def check_term(session: Session, *, academic_year_id: str, name: str, starts_on: Any, ends_on: Any,
               weight: int, term_id: str | None = None) -> dict[str, Any]:
    """A term: inside its year, overlapping no other term of it, named once, weights at most 100% in all."""
    year = session.get(AcademicYear, academic_year_id)
    if year is None or year.deleted:
        raise ServiceError(QT_TRANSLATE_NOOP("services.setup", "Choose the year the term belongs to."))
    name = _text(name, QT_TRANSLATE_NOOP("services.setup", "term's name"), 40)
    start, end = _date(starts_on, FIRST_DAY), _date(ends_on, LAST_DAY)
    if end < start:
        raise ServiceError(QT_TRANSLATE_NOOP("services.setup", "The term must end on or after its first day."))
    if start < year.starts_on or end > year.ends_on:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.setup", "The term must lie inside the year {year} ({days})."),
            year=year.name, days=_days(year.starts_on, year.ends_on))
    if not isinstance(weight, int) or not 0 <= weight <= 100:
        raise ServiceError(QT_TRANSLATE_NOOP("services.setup", "A term's weight is a percentage from 0 to 100."))
    total = weight
    for other in _live(session, Term, Term.academic_year_id == academic_year_id, Term.id != (term_id or "")):
        if other.name.casefold() == name.casefold():
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.setup", "{year} already has a term called {other}."),
                year=year.name, other=other.name)
        if start <= other.ends_on and other.starts_on <= end:
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.setup", "These dates overlap {other} ({days})."),
                other=other.name, days=_days(other.starts_on, other.ends_on))
        total += other.weight
    if total > 100:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.setup", "The terms of {year} would weigh {total}% together; at most 100%."),
            year=year.name, total=total)
    return {"academic_year_id": academic_year_id, "name": name, "starts_on": start.isoformat(),
            "ends_on": end.isoformat(), "weight": weight}


def check_term_removal(session: Session, term_id: str) -> None:
    """A term with assessments, invoices or fee amounts stays (they would lose their term)."""
    term = session.get(Term, term_id)
    if term is None or term.deleted:
        raise ServiceError(QT_TRANSLATE_NOOP("services.setup", "That term is already gone."))
    for model, what in ((Assessment, QT_TRANSLATE_NOOP("services.setup", "assessments")),
                        (Invoice, QT_TRANSLATE_NOOP("services.setup", "invoices")),
                        (FeeStructure, QT_TRANSLATE_NOOP("services.setup", "fee amounts"))):
        n = _count(session, model, model.term_id == term_id, model.deleted.is_(False))
        if n:
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.setup", "{term} has {n} {what}; a term in use cannot be removed "
                                  "(change its dates instead)."),
                term=term.name, n=n, what=what)


# --------------------------------------------------------------------------
# Holidays and closed days (server decides)
# --------------------------------------------------------------------------


def check_holidays(session: Session, *, first: Any, last: Any, kind: str, name: str,
                   weekend_days: Iterable[int]) -> list[dt.date]:
    """Holidays or closed days from ``first`` to ``last`` → the days that become ones (weekend days left out).

    Refused: a run that ends before it starts or is longer than a year, one of
    weekend days only, and a day already in the calendar (change or remove it
    first). The server adds them all or none (``POST /v1/admin/school_calendar/days``).
    """
    if kind not in ("holiday", "closed"):
        raise ServiceError(QT_TRANSLATE_NOOP("services.setup", "Choose a holiday or a closed day."))
    _text(name, QT_TRANSLATE_NOOP("services.setup", "holiday's name"), 100, required=False)
    start, end = _date(first, FIRST_DAY), _date(last, LAST_DAY)
    if end < start:
        raise ServiceError(QT_TRANSLATE_NOOP("services.setup", "The last day comes before the first."))
    if (end - start).days + 1 > LONGEST_HOLIDAY_RUN:
        raise ServiceError(QT_TRANSLATE_NOOP("services.setup", "At most {n} days can be added at once."),
                           n=LONGEST_HOLIDAY_RUN)
    weekend = set(weekend_days or [])
    days = [d for d in (start + dt.timedelta(days=i) for i in range((end - start).days + 1))
            if d.weekday() not in weekend]
    if not days:
        raise ServiceError(QT_TRANSLATE_NOOP("services.setup", "Those days are all weekend days: there is no school "
                                             "then anyway."))
    taken = session.execute(select(CalendarDay.date).where(
        CalendarDay.deleted.is_(False), CalendarDay.date >= start, CalendarDay.date <= end)).scalars().all()
    taken = sorted(set(taken) & set(days))
    if taken:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.setup", "{day} is already in the calendar; remove it first, or choose other "
                              "days."), day=taken[0])
    return days


class RollCallsTaken(ServiceError):
    """Holidays asked for on days that already have roll calls here (:func:`check_no_roll_calls`)."""


def check_no_roll_calls(session: Session, days: Sequence[dt.date]) -> None:
    """Refuse, with :class:`RollCallsTaken`, days that have roll calls on this computer.

    A holiday or closed day takes its day out of the registers and the attendance rates, so the marks
    already taken on it stop counting (they are kept, and count again if the day is removed). The
    person is told before the days are added, and may add them all the same.
    """
    if not days:
        return
    marked = session.execute(
        select(AttendanceMark.date).where(AttendanceMark.date >= min(days), AttendanceMark.date <= max(days),
                                          AttendanceMark.deleted.is_(False)).distinct()).scalars().all()
    taken = sorted(set(marked) & set(days))
    if taken:
        raise RollCallsTaken(QT_TRANSLATE_NOOP(
            "services.setup", "Roll calls were already taken on days you chose (the first: {first}; days with roll "
            "calls: {count}). Their marks are kept, but those days will no longer count in the registers and "
            "attendance rates. Press Save again to add them anyway."), first=taken[0], count=len(taken))


# --------------------------------------------------------------------------
# Users and roles (server decides)
# --------------------------------------------------------------------------


def check_new_user(session: Session, *, username: str, full_name: str, role: str, password: str,
                   phone: str = "") -> dict[str, Any]:
    username = str(username or "").strip()
    if not USERNAME_RE.match(username):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.setup", "A username is 2 to 64 letters, digits, dots, dashes or "
                              "underscores, starting with a letter or digit."))
    taken = session.execute(select(User.username).where(func.lower(User.username) == username.lower())).first()
    if taken is not None:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.setup", "The username {username} is already taken in this school."),
            username=taken[0])
    fields = check_user_fields(full_name=full_name, role=role, phone=phone)
    check_password(password)
    return {"username": username, **fields, "password": password}


def check_user_fields(*, full_name: str, role: str, phone: str = "") -> dict[str, Any]:
    if role not in ROLES:
        raise ServiceError(QT_TRANSLATE_NOOP("services.setup", "Choose a role: teacher, office, principal or admin."))
    return {"full_name": _text(full_name, QT_TRANSLATE_NOOP("services.setup", "person's full name"), 200), "role": role,
            "phone": _text(phone, QT_TRANSLATE_NOOP("services.setup", "phone number"), 40, required=False)}


def check_password(password: str) -> str:
    if len(password or "") < MIN_PASSWORD:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.setup", "A password needs at least {limit} characters."),
            limit=MIN_PASSWORD)
    if password != password.strip():
        raise ServiceError(QT_TRANSLATE_NOOP("services.setup", "A password may not start or end with a space."))
    return password


def check_user_change(session: Session, actor: Actor, user_id: str, *, full_name: str, role: str,
                      phone: str, active: bool) -> dict[str, Any]:
    """The fields that change; an admin cannot lock themselves out, nor leave the school without an admin."""
    user = session.get(User, user_id)
    if user is None or user.deleted:
        raise ServiceError(QT_TRANSLATE_NOOP("services.setup", "That person is no longer in this school's list."))
    fields = check_user_fields(full_name=full_name, role=role, phone=phone)
    fields["active"] = bool(active)
    if user_id == actor.user_id and (fields["role"] != user.role or not fields["active"]):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.setup", "You cannot change your own role or switch off your own account; "
                              "ask another admin."))
    if user.role == "admin" and (fields["role"] != "admin" or not fields["active"]):
        admins = session.execute(select(func.count()).select_from(User).where(
            User.role == "admin", User.active.is_(True), User.deleted.is_(False), User.id != user_id)).scalar_one()
        if admins == 0:
            raise ServiceError(QT_TRANSLATE_NOOP("services.setup", "The school must keep at least one active admin."))
    return {k: v for k, v in fields.items() if getattr(user, k) != v}


# --------------------------------------------------------------------------
# Local writes: a tombstoned row with the same natural key is brought back
# --------------------------------------------------------------------------


def _put(session: Session, actor: Actor, model: type[Base], row_id: str | None, natural: dict[str, Any],
         fields: dict[str, Any]) -> Any:
    """Create or change a row. A deleted row with the same natural key comes back (the key is unique)."""
    row = session.get(model, row_id) if row_id else None
    if row_id and (row is None or row.deleted):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.setup", "That record is no longer there; it may have been removed on "
                              "another computer."))
    if row is None:
        row = session.execute(select(model).where(*(getattr(model, k) == v for k, v in natural.items()))
                              ).scalars().first()
        if row is not None and row.deleted:
            row.deleted = False
            for name, value in {**natural, **fields}.items():
                setattr(row, name, value)
            session.flush()
            # A put of every field brings the tombstoned row back on the server too.
            outbox._enqueue(session, actor, row, "put", outbox.wire_fields(row), base_version=row.version)
            return row
        if row is not None:
            raise ServiceError(QT_TRANSLATE_NOOP("services.setup", "That already exists."))
        return outbox.insert(session, actor, model(**{"school_id": actor.school_id, **natural, **fields}))
    outbox.update(session, actor, row, **natural, **fields)
    return row


def _remove(session: Session, actor: Actor, model: type[Base], row_id: str) -> None:
    row = session.get(model, row_id)
    if row is None or row.deleted:
        raise ServiceError(QT_TRANSLATE_NOOP("services.setup", "That record is already gone."))
    outbox.delete(session, actor, row)


def _count(session: Session, model: type[Base], *where: Any) -> int:
    return session.execute(select(func.count()).select_from(model).where(*where)).scalar_one()


# --------------------------------------------------------------------------
# Sections
# --------------------------------------------------------------------------


def save_section(session: Session, actor: Actor, *, academic_year_id: str, name: str, grade_level: int,
                 homeroom_teacher_id: str | None = None, room: str = "", section_id: str | None = None) -> Section:
    require_admin(actor)
    year = session.get(AcademicYear, academic_year_id)
    if year is None or year.deleted:
        raise ServiceError(QT_TRANSLATE_NOOP("services.setup", "Choose the year the section belongs to."))
    name = _text(name, QT_TRANSLATE_NOOP("services.setup", "section's name"), 40)
    if not isinstance(grade_level, int) or not 0 <= grade_level <= 14:
        raise ServiceError(QT_TRANSLATE_NOOP("services.setup", "The grade level is a number from 0 (nursery) to 14."))
    for other in _live(session, Section, Section.academic_year_id == academic_year_id,
                       Section.id != (section_id or "")):
        if other.name.casefold() == name.casefold():
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.setup", "{year} already has a section called {other}."),
                year=year.name, other=other.name)
    if homeroom_teacher_id:
        _active_staff(session, homeroom_teacher_id, QT_TRANSLATE_NOOP("services.setup", "class teacher"))
    return _put(session, actor, Section, section_id, {"academic_year_id": academic_year_id, "name": name},
                {"grade_level": grade_level, "homeroom_teacher_id": homeroom_teacher_id or None,
                 "room": _text(room, QT_TRANSLATE_NOOP("services.setup", "room"), 40, required=False)})


def delete_section(session: Session, actor: Actor, section_id: str) -> None:
    require_admin(actor)
    section = session.get(Section, section_id)
    if section is not None:
        enrolled = _count(session, Enrollment, Enrollment.section_id == section_id, Enrollment.deleted.is_(False))
        if enrolled:
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.setup", "{section} has {enrolled} students enrolled; move them to "
                                  "another section before removing it."),
                section=section.name, enrolled=enrolled)
    for ta in _live(session, TeachingAssignment, TeachingAssignment.section_id == section_id):
        outbox.delete(session, actor, ta)
    _remove(session, actor, Section, section_id)


def _active_staff(session: Session, user_id: str, what: str) -> User:
    user = session.get(User, user_id)
    if user is None or user.deleted or not user.active:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.setup", "Choose an active member of staff as the {what}."),
            what=what)
    if user.role not in ("teacher", "principal", "admin"):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.setup", "{user} works in the office; a {what} is a teacher, the principal "
                              "or an admin."),
            user=user.full_name, what=what)
    return user


# --------------------------------------------------------------------------
# Subjects and teaching assignments
# --------------------------------------------------------------------------


def save_subject(session: Session, actor: Actor, *, code: str, name: str, subject_id: str | None = None) -> Subject:
    require_admin(actor)
    code = _code(code, QT_TRANSLATE_NOOP("services.setup", "subject's code"), 20)
    name = _text(name, QT_TRANSLATE_NOOP("services.setup", "subject's name"), 100)
    for other in _live(session, Subject, Subject.id != (subject_id or "")):
        if other.code.casefold() == code.casefold():
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.setup", "The code {code} is already used by {other}."),
                code=other.code, other=other.name)
        if other.name.casefold() == name.casefold():
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.setup", "There is already a subject called {other}."),
                other=other.name)
    if subject_id:
        return _put(session, actor, Subject, subject_id, {"code": code}, {"name": name})
    return _put(session, actor, Subject, None, {"school_id": actor.school_id, "code": code}, {"name": name})


def delete_subject(session: Session, actor: Actor, subject_id: str) -> None:
    require_admin(actor)
    subject = session.get(Subject, subject_id)
    if subject is not None:
        used = _count(session, Assessment, Assessment.subject_id == subject_id, Assessment.deleted.is_(False))
        if used:
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.setup", "{subject} has {used} assessments in the gradebook; it cannot "
                                  "be removed."),
                subject=subject.name, used=used)
        teaching = _count(session, TeachingAssignment, TeachingAssignment.subject_id == subject_id,
                          TeachingAssignment.deleted.is_(False))
        if teaching:
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.setup", "{subject} is still taught in {teaching} sections; remove "
                                  "those assignments first."),
                subject=subject.name, teaching=teaching)
    _remove(session, actor, Subject, subject_id)


def save_assignment(session: Session, actor: Actor, *, section_id: str, subject_id: str, teacher_id: str,
                    weekdays: Sequence[int] = (0, 1, 2, 3, 4), assignment_id: str | None = None) -> TeachingAssignment:
    require_admin(actor)
    section = session.get(Section, section_id)
    if section is None or section.deleted:
        raise ServiceError(QT_TRANSLATE_NOOP("services.setup", "Choose the section."))
    subject = session.get(Subject, subject_id)
    if subject is None or subject.deleted:
        raise ServiceError(QT_TRANSLATE_NOOP("services.setup", "Choose the subject."))
    teacher = _active_staff(session, teacher_id, QT_TRANSLATE_NOOP("services.setup", "teacher"))
    days = sorted({int(d) for d in weekdays})
    if not days or any(not 0 <= d <= 6 for d in days):
        raise ServiceError(QT_TRANSLATE_NOOP("services.setup", "Choose at least one weekday the subject is taught."))
    for other in _live(session, TeachingAssignment, TeachingAssignment.section_id == section_id,
                       TeachingAssignment.subject_id == subject_id, TeachingAssignment.teacher_id == teacher_id,
                       TeachingAssignment.id != (assignment_id or "")):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.setup", "{teacher} already teaches {subject} in {section}."),
            teacher=teacher.full_name, subject=subject.name, section=section.name)
    return _put(session, actor, TeachingAssignment, assignment_id,
                {"section_id": section_id, "subject_id": subject_id, "teacher_id": teacher_id},
                {"weekdays": days})


def delete_assignment(session: Session, actor: Actor, assignment_id: str) -> None:
    require_admin(actor)
    _remove(session, actor, TeachingAssignment, assignment_id)


# --------------------------------------------------------------------------
# Attendance codes
# --------------------------------------------------------------------------


def _code(value: Any, what: str, longest: int) -> str:
    code = str(value or "").strip()
    if not code:
        raise ServiceError(QT_TRANSLATE_NOOP("services.setup", "Give the {what}."), what=what)
    if len(code) > longest or not CODE_RE.match(code):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.setup", "The {what} is 1 to {longest} letters or digits."),
            what=what, longest=longest)
    return code


def save_attendance_code(session: Session, actor: Actor, *, code: str, label: str, kind: str,
                         office_only: bool = False, sort_order: int = 0, code_id: str | None = None) -> AttendanceCode:
    """A code of the roll call. Letters are unique (A and a are the same); a code in use keeps its letters."""
    require_admin(actor)
    code = _code(code, QT_TRANSLATE_NOOP("services.setup", "code"), 4).upper()
    label = _text(label, QT_TRANSLATE_NOOP("services.setup", "code's meaning"), 60)
    if kind not in ATTENDANCE_KINDS:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.setup", "Choose what the code counts as: present, absent, late, excused or "
                              "half day."))
    others = _live(session, AttendanceCode, AttendanceCode.id != (code_id or ""))
    for other in others:
        if other.code.upper() == code:
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.setup", "The letters {code} are already the code for {other}."),
                code=other.code, other=other.label)
    if code_id:
        current = session.get(AttendanceCode, code_id)
        if current is not None and current.code != code and _code_used(session, current.code):
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.setup", "{code} is already on the registers; its letters cannot change "
                                  "(its meaning can)."),
                code=current.code)
        if current is not None and current.kind in ("present", "absent") and kind != current.kind and not any(
                o.kind == current.kind for o in others):
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.setup", "The roll call needs at least one {kind} code."),
                kind=KIND_WORDS.get(current.kind, current.kind))
        return _put(session, actor, AttendanceCode, code_id, {"code": code},
                    {"label": label, "kind": kind, "office_only": bool(office_only), "sort_order": int(sort_order)})
    return _put(session, actor, AttendanceCode, None, {"school_id": actor.school_id, "code": code},
                {"label": label, "kind": kind, "office_only": bool(office_only), "sort_order": int(sort_order)})


def _code_used(session: Session, code: str) -> bool:
    return session.execute(select(AttendanceMark.id).where(AttendanceMark.code == code).limit(1)).first() is not None


def delete_attendance_code(session: Session, actor: Actor, code_id: str) -> None:
    require_admin(actor)
    code = session.get(AttendanceCode, code_id)
    if code is not None and not code.deleted:
        if _code_used(session, code.code):
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.setup", "{code} ({label}) is on the registers already; it cannot be "
                                  "removed."),
                code=code.code, label=code.label)
        if code.kind in ("present", "absent") and not _live(
                session, AttendanceCode, AttendanceCode.kind == code.kind, AttendanceCode.id != code_id):
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.setup", "The roll call needs at least one {kind} code."),
                kind=KIND_WORDS.get(code.kind, code.kind))
    _remove(session, actor, AttendanceCode, code_id)


# --------------------------------------------------------------------------
# Grade scales (the rules are app.services.grades')
# --------------------------------------------------------------------------


def save_scale(session: Session, actor: Actor, *, name: str, bands: Sequence[tuple[float, str]],
               lowest_passing: str, scale_id: str | None = None) -> GradeScale:
    """The school's grade scale: bands from 0 to 100 with no gap, each grade once (it becomes the default)."""
    require_admin(actor)
    check_bands(bands, lowest_passing)
    return save_grade_scale(session, actor, name, bands, lowest_passing, scale_id=scale_id)


def delete_scale(session: Session, actor: Actor, scale_id: str) -> None:
    require_admin(actor)
    scale = session.get(GradeScale, scale_id)
    if scale is not None and scale.is_default and not scale.deleted:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.setup", "{scale} is the scale results use; make another scale the default "
                              "first."),
            scale=scale.name)
    _remove(session, actor, GradeScale, scale_id)


# --------------------------------------------------------------------------
# Fee heads and fee structures
# --------------------------------------------------------------------------


def save_fee_head(session: Session, actor: Actor, *, code: str, name: str, fee_head_id: str | None = None) -> FeeHead:
    require_admin(actor)
    code = _code(code, QT_TRANSLATE_NOOP("services.setup", "fee's code"), 20).upper()
    name = _text(name, QT_TRANSLATE_NOOP("services.setup", "fee's name"), 100)
    for other in _live(session, FeeHead, FeeHead.id != (fee_head_id or "")):
        if other.code.upper() == code:
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.setup", "The code {code} is already used by {other}."),
                code=other.code, other=other.name)
        if other.name.casefold() == name.casefold():
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.setup", "There is already a fee called {other}."),
                other=other.name)
    if fee_head_id:
        current = session.get(FeeHead, fee_head_id)
        if current is not None and current.code != code and _count(
                session, InvoiceLine, InvoiceLine.fee_head_id == fee_head_id):
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.setup", "{code} is on invoices already; its code cannot change (its "
                                  "name can)."),
                code=current.code)
        return _put(session, actor, FeeHead, fee_head_id, {"code": code}, {"name": name})
    return _put(session, actor, FeeHead, None, {"school_id": actor.school_id, "code": code}, {"name": name})


def delete_fee_head(session: Session, actor: Actor, fee_head_id: str) -> None:
    require_admin(actor)
    head = session.get(FeeHead, fee_head_id)
    if head is not None:
        if _count(session, InvoiceLine, InvoiceLine.fee_head_id == fee_head_id, InvoiceLine.deleted.is_(False)):
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.setup", "{head} is on students' invoices; it cannot be removed."),
                head=head.name)
        if _count(session, FeeStructure, FeeStructure.fee_head_id == fee_head_id, FeeStructure.deleted.is_(False)):
            raise ServiceError(
                QT_TRANSLATE_NOOP("services.setup", "{head} has amounts in the fee structures; remove those first."),
                head=head.name)
    _remove(session, actor, FeeHead, fee_head_id)


def save_fee_structure(session: Session, actor: Actor, *, term_id: str, grade_level: int, fee_head_id: str,
                       amount_minor: int, due_on: Any) -> FeeStructure:
    """What a fee costs a grade level in a term: the fees' own rule
    (:func:`app.services.fee_structures.set_structure_line`: more than zero, due in the term's year)."""
    require_admin(actor)
    if not isinstance(grade_level, int) or not 0 <= grade_level <= 14:
        raise ServiceError(QT_TRANSLATE_NOOP("services.setup", "The grade level is a number from 0 (nursery) to 14."))
    return fee_structures.set_structure_line(session, actor, term_id, grade_level, fee_head_id, amount_minor,
                                             _date(due_on, QT_TRANSLATE_NOOP("services.setup", "due date")))


def delete_fee_structure(session: Session, actor: Actor, structure_id: str) -> None:
    require_admin(actor)
    fee_structures.remove_structure_line(session, actor, structure_id)


# --------------------------------------------------------------------------
# Reads: plain values for the screens
# --------------------------------------------------------------------------


def _rows(session: Session, model: type[Base], order: Iterable[Any]) -> list[Any]:
    return list(session.execute(select(model).where(model.deleted.is_(False)).order_by(*order)).scalars())


def read_school(session: Session) -> dict[str, Any]:
    school = session.execute(select(School).where(School.deleted.is_(False))).scalars().first()
    if school is None:
        return {}
    return {"id": school.id, **outbox.wire_fields(school)}


def read_years(session: Session) -> list[dict[str, Any]]:
    return [{"id": y.id, "name": y.name, "starts_on": y.starts_on, "ends_on": y.ends_on, "current": y.current}
            for y in _rows(session, AcademicYear, (AcademicYear.starts_on.desc(),))]


def read_terms(session: Session) -> list[dict[str, Any]]:
    return [{"id": t.id, "academic_year_id": t.academic_year_id, "name": t.name, "starts_on": t.starts_on,
             "ends_on": t.ends_on, "weight": t.weight, "entry_open": t.entry_open, "published": t.published}
            for t in _rows(session, Term, (Term.starts_on,))]


def read_calendar(session: Session) -> list[dict[str, Any]]:
    """The school's holidays and closed days, in date order."""
    return [{"id": d.id, "date": d.date, "kind": d.kind, "name": d.name}
            for d in _rows(session, CalendarDay, (CalendarDay.date,))]


def read_users(session: Session) -> list[dict[str, Any]]:
    return [{"id": u.id, "username": u.username, "full_name": u.full_name, "role": u.role, "phone": u.phone,
             "active": u.active} for u in _rows(session, User, (User.full_name,))]


def read_sections(session: Session) -> list[dict[str, Any]]:
    years = {y.id: y.name for y in _rows(session, AcademicYear, ())}
    users = {u.id: u.full_name for u in _rows(session, User, ())}
    counts = dict(session.execute(select(Enrollment.section_id, func.count()).where(
        Enrollment.deleted.is_(False), Enrollment.ends_on.is_(None)).group_by(Enrollment.section_id)).all())
    return [{"id": s.id, "academic_year_id": s.academic_year_id, "year": years.get(s.academic_year_id, ""),
             "name": s.name, "grade_level": s.grade_level, "homeroom_teacher_id": s.homeroom_teacher_id,
             "homeroom_teacher": users.get(s.homeroom_teacher_id or "", ""), "room": s.room,
             "students": counts.get(s.id, 0)}
            for s in _rows(session, Section, (Section.grade_level, Section.name))]


def read_subjects(session: Session) -> list[dict[str, Any]]:
    return [{"id": s.id, "code": s.code, "name": s.name} for s in _rows(session, Subject, (Subject.name,))]


def read_assignments(session: Session) -> list[dict[str, Any]]:
    sections = {s.id: (s.grade_level, s.name) for s in _rows(session, Section, ())}
    subjects = {s.id: s.name for s in _rows(session, Subject, ())}
    users = {u.id: u.full_name for u in _rows(session, User, ())}
    out = [{"id": a.id, "section_id": a.section_id, "section": sections.get(a.section_id, (0, ""))[1],
            "subject_id": a.subject_id, "subject": subjects.get(a.subject_id, ""), "teacher_id": a.teacher_id,
            "teacher": users.get(a.teacher_id, ""), "weekdays": list(a.weekdays or [])}
           for a in _rows(session, TeachingAssignment, ()) if a.section_id in sections]
    out.sort(key=lambda a: (sections[a["section_id"]], a["subject"], a["teacher"]))
    return out


def read_attendance_codes(session: Session) -> list[dict[str, Any]]:
    return [{"id": c.id, "code": c.code, "label": c.label, "kind": c.kind, "office_only": c.office_only,
             "sort_order": c.sort_order}
            for c in _rows(session, AttendanceCode, (AttendanceCode.sort_order, AttendanceCode.code))]


def read_grade_scales(session: Session) -> list[dict[str, Any]]:
    return [{"id": g.id, "name": g.name, "bands": list(g.bands or []), "is_default": g.is_default}
            for g in _rows(session, GradeScale, (GradeScale.name,))]


def read_fee_heads(session: Session) -> list[dict[str, Any]]:
    return [{"id": h.id, "code": h.code, "name": h.name} for h in _rows(session, FeeHead, (FeeHead.code,))]


def read_fee_structures(session: Session) -> list[dict[str, Any]]:
    terms = {t.id: (t.starts_on, t.name) for t in _rows(session, Term, ())}
    heads = {h.id: h.name for h in _rows(session, FeeHead, ())}
    out = [{"id": f.id, "term_id": f.term_id, "term": terms.get(f.term_id, (None, ""))[1],
            "grade_level": f.grade_level, "fee_head_id": f.fee_head_id, "fee_head": heads.get(f.fee_head_id, ""),
            "amount_minor": f.amount_minor, "due_on": f.due_on}
           for f in _rows(session, FeeStructure, ()) if f.term_id in terms]
    out.sort(key=lambda f: (terms[f["term_id"]][0], f["grade_level"], f["fee_head"]))
    return out
