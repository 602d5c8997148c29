"""The principal's dashboard: the school at a glance, Qt-free.

:func:`school_dashboard` reads the school file and returns plain figures in
five parts; the screen (``app.ui.dashboard``) only draws them. Every figure
goes through the rule that already owns it, so the dashboard and the other
screens never disagree:

* **Today** (:func:`today_figures`): the Today screen's roll call by section
  (:func:`app.services.overview.school_overview`'s rule and queries, those the
  dashboard needs run by it); a student's day counts by
  :func:`app.services.attendance.day_status` (a daily mark, or the day's
  periods rolled up), and a rate is :func:`app.services.registers.attendance_rate`
  of those day values (students not marked are left out). Absent: a day value
  of 0. Late: a mark of the kind "late" that day.
* **Trends** (:func:`attendance_trends`): the last 30 school days
  (:func:`app.services.registers.last_school_days`); each day's rate for the
  school and per grade level, by the same rule; chronic absentees are
  :attr:`app.services.registers.AttendanceRates.chronic` (below the school's
  threshold over those days), each with their day-by-day values.
* **Fees** (:func:`fee_figures`): payments not cancelled, in the school's
  currency, received today, this month and this term, against what fell due
  in the same period (invoice lines less concessions of the invoices due in
  it; for the term, the term's invoices); outstanding by section and the top
  defaulters from :func:`app.services.day_book.defaulters`; this term's
  collection by mode.
* **Results** (:func:`result_figures`): the current term's results from
  :func:`app.services.results.school_term_results` (the missing-marks rule):
  marks still owed per section and subject (assessments × students with no
  mark yet), the grade distribution per subject, and the sections whose
  average overall percentage fell against the previous term.
* **Freshness** (:func:`freshness`): each device's last sync and the changes
  still waiting there (:func:`app.services.devices.device_freshness`).

Money is integer minor units; rates are percentages (floats) or ``None``
when nothing counts.
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
import threading
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from app.collector import collector_paused
from app.services.attendance import current_school, day_status, why_no_roll_call
from app.services.context import Sentence
from app.storage import aggregates
from app.services.clock import school_today
from app.services.registers import (
    CHRONIC_WINDOW_DAYS,
    attendance_rate,
    last_school_days,
    rate_rows,
)
from app.storage.models import (
    Assessment,
    AttendanceCode,
    AttendanceMark,
    Concession,
    Invoice,
    InvoiceLine,
    Payment,
    PaymentCancellation,
    Section,
    Student,
    TeachingAssignment,
    Term,
    User,
)

log = logging.getLogger(__name__)

# How many defaulters the fees part lists (the drill-down has them all).
TOP_DEFAULTERS = 10

# What each part reads (tables of the school file, which are also the outbox's entity names).
RESULT_TABLES = ("marks", "assessments", "terms", "enrollments", "students", "sections", "subjects",
                 "category_weights", "grade_scales", "teaching_assignments", "users", "schools")
FEE_TABLES = ("payments", "payment_cancellations", "payment_allocations", "invoices", "invoice_lines",
              "concessions", "students", "enrollments", "sections", "schools", "terms")
ATTENDANCE_TABLES = ("students", "enrollments", "sections", "attendance_codes", "school_calendar", "terms",
                     "academic_years", "schools")


# ``session.info`` key of the per-table sums one :func:`school_dashboard` has already read (its parts read
# the same small tables; one read transaction, so a sum read for one part holds for the next).
_SHARED_SUMS = "dashboard.fingerprint_sums"


def _usable(session: Session) -> bool:
    """:func:`app.storage.aggregates.usable`, read once per :func:`school_dashboard` (one read transaction)."""
    shared = session.info.get(_SHARED_SUMS)
    if shared is None:
        return aggregates.usable(session)
    if ("usable",) not in shared:
        shared[("usable",)] = aggregates.usable(session)
    return shared[("usable",)]


def fingerprint(session: Session, tables: Sequence[str], window: tuple[dt.date, dt.date] | None = None,
                term_marks: Sequence[str] | str | None = None) -> tuple:
    """A cheap summary of ``tables`` that changes whenever one of their rows does.

    Every change reaches a school file one of two ways: a pull, whose rows
    carry the server's new (ever higher) version, or a local write, which
    adds an outbox entry whose ``seq`` is never reused. So per table: its
    row count and the sum of its rows' versions, and for all of them the
    newest outbox entry. ``window`` adds the attendance marks of those days
    (the whole table is too big to add up each time), ``term_marks`` the marks
    of the assessments of one term or of those given (both read from covering indexes).
    """
    from sqlalchemy import text

    shared: dict[tuple, tuple] = session.info.get(_SHARED_SUMS, {})
    if ("writes",) not in shared:
        shared = {**shared, ("writes",): (_usable(session) and aggregates.write_counts(session),)}
        if _SHARED_SUMS in session.info:
            session.info[_SHARED_SUMS] = shared
    counts = shared[("writes",)][0]
    if counts:
        # The writes each table has had, counted by the triggers of schema 0007: one small read.
        names = [*tables, *(("attendance_marks",) if window is not None else ()),
                 *(("marks",) if term_marks is not None else ())]
        return ("writes", tuple(counts.get(t) for t in names))
    wanted: list[tuple[tuple, str]] = [((t,), f"SELECT '{t}', count(*), total(version) FROM {t}") for t in tables]
    params: dict[str, Any] = {}
    entities = list(tables)
    if window is not None:
        wanted.append((("attendance_marks", window),
                       "SELECT 'attendance_marks', count(*), total(version) FROM attendance_marks "
                       "WHERE date >= :first AND date <= :last"))
        params = {"first": window[0].isoformat(), "last": window[1].isoformat()}
        entities.append("attendance_marks")
    if term_marks is not None:
        terms = (term_marks,) if isinstance(term_marks, str) else tuple(term_marks)
        for i, term in enumerate(terms):
            wanted.append((("marks", term),
                           f"SELECT 'marks', count(*), total(m.version) FROM marks m "
                           f"JOIN assessments a ON a.id = m.assessment_id WHERE a.term_id = :term{i}"))
            params[f"term{i}"] = term
        entities.append("marks")
    missing = [(key, sql) for key, sql in wanted if key not in shared]
    if missing:
        rows = session.execute(text(" UNION ALL ".join(sql for _key, sql in missing)), params).all()
        found = {key: tuple(row) for (key, _sql), row in zip(missing, rows, strict=True)}
    else:
        found = {}
    if _SHARED_SUMS in session.info:
        shared.update(found)
    names = ", ".join(f"'{e}'" for e in entities)
    newest = session.execute(text(f"SELECT max(seq) FROM outbox WHERE entity IN ({names})")).scalar()
    return (tuple(shared.get(key) or found[key] for key, _sql in wanted), newest)


class _Memo:
    """The latest result of each part, per school file, with the fingerprint of what it read.

    One entry per part (and day, term): an older fingerprint is never asked for
    again, so it is replaced, not kept. The least recently used part goes first.
    """

    def __init__(self, size: int = 32) -> None:
        self._lock = threading.Lock()
        self._items: dict[tuple, tuple[tuple, Any]] = {}
        self._size = size
        self.hits = 0

    def get_or_make(self, session: Session, key: tuple, tables: Sequence[str], make,  # noqa: ANN001
                    window: tuple[dt.date, dt.date] | None = None,
                    term_marks: Sequence[str] | str | None = None) -> Any:
        slot = (str(session.get_bind().url), *key)
        print_ = fingerprint(session, tables, window, term_marks)
        with self._lock:
            kept = self._items.pop(slot, None)
            if kept is not None and kept[0] == print_:
                self._items[slot] = kept  # most recently used last
                self.hits += 1
                return kept[1]
        value = make()
        with self._lock:
            self._items[slot] = (print_, value)
            while len(self._items) > self._size:
                self._items.pop(next(iter(self._items)))
        return value

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self.hits = 0


_memo = _Memo()


def forget() -> None:
    """Drop every kept result (the benchmark's cold start; tests)."""
    _memo.clear()


# --------------------------------------------------------------------------
# Today
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class StudentDay:
    """A student on the day's lists (absent, late), with who to call."""

    student_id: str
    name: str
    admission_no: str
    section_id: str
    section_name: str
    code: str  # the day's code ("" for a roll-up of periods)
    label: str
    note: str
    guardian_name: str
    guardian_phone: str
    guardian_email: str


@dataclass(frozen=True)
class SectionToday:
    section_id: str
    name: str
    grade_level: int
    enrolled: int
    marked: int
    present: int  # day value 1
    half_day: int
    absent: int  # day value 0
    late: int
    rate: float | None

    @property
    def taken(self) -> bool:
        return self.marked > 0


@dataclass(frozen=True)
class TodayFigures:
    day: dt.date
    enrolled: int
    marked: int
    rate: float | None
    sections: tuple[SectionToday, ...]
    absent: tuple[StudentDay, ...]
    late: tuple[StudentDay, ...]
    no_roll_call: Sentence | None = None  # why the day has none (a holiday, a weekend day); None on a school day

    @property
    def registered(self) -> int:
        """Sections with a roll call that day."""
        return sum(1 for s in self.sections if s.taken)

    @property
    def not_registered(self) -> tuple[SectionToday, ...]:
        """Sections whose roll call is missing: none on a day without school."""
        if self.no_roll_call is not None:
            return ()
        return tuple(s for s in self.sections if not s.taken)

    @property
    def by_grade(self) -> dict[int, float | None]:
        """Each grade level's rate today: its sections' students pooled (1, ½ and 0 as counted)."""
        pooled: dict[int, list[float]] = {}
        for s in self.sections:
            acc = pooled.setdefault(s.grade_level, [0, 0.0])
            acc[0] += s.present + s.half_day + s.absent
            acc[1] += s.present + 0.5 * s.half_day
        return {g: (100.0 * total / counted if counted else None) for g, (counted, total) in sorted(pooled.items())}


def _kinds(session: Session) -> dict[str, tuple[str, str]]:
    """code → (kind, label); a removed code keeps its kind for the record."""
    rows = session.execute(
        select(AttendanceCode.code, AttendanceCode.kind, AttendanceCode.label, AttendanceCode.deleted)
        .order_by(AttendanceCode.deleted.desc())
    ).all()
    return {code: (kind, label) for code, kind, label, _deleted in rows}


def today_figures(session: Session, day: dt.date) -> TodayFigures:
    """The day's attendance: the school's and each section's rate, who is absent, who came late.

    Kept while nothing it reads has changed (:func:`fingerprint`).
    """
    return _memo.get_or_make(session, ("today", day), ATTENDANCE_TABLES, lambda: _today_figures(session, day),
                             window=(day, day))


@dataclass(frozen=True)
class _Roll:
    """What :func:`_today_figures` reads of :func:`app.services.overview.school_overview`: the same figures."""

    students_enrolled: int
    sections: tuple[Any, ...]  # app.services.overview.SectionRollCall


def _roll_calls(session: Session, day: dt.date, marks: Sequence[tuple]) -> _Roll:
    """The Today screen's sections with their enrolment and students marked
    (:func:`app.services.overview.school_overview`'s rule and queries, without its other figures),
    ``marks`` being the day's marks of students not deleted."""
    from app.services.overview import SectionRollCall, _year_for

    year_id = _year_for(session, day)
    conn = session.connection().connection.dbapi_connection
    rows = conn.execute(  # type: ignore[union-attr]
        "SELECT id, name, grade_level FROM sections WHERE deleted = 0 AND academic_year_id = ? "
        "ORDER BY grade_level, name", (year_id,)).fetchall() if year_id is not None else []
    on = day.isoformat()
    enrolled: dict[str, set[str]] = defaultdict(set)
    students: set[str] = set()
    for section_id, student_id in conn.execute(  # type: ignore[union-attr]
        "SELECT e.section_id, e.student_id FROM enrollments e JOIN students st ON st.id = e.student_id "
        "JOIN sections sc ON sc.id = e.section_id WHERE e.deleted = 0 AND e.starts_on <= ? "
        "AND (e.ends_on IS NULL OR e.ends_on >= ?) AND st.deleted = 0 AND sc.deleted = 0", (on, on)
    ):
        enrolled[section_id].add(student_id)
        students.add(student_id)
    marked: dict[str, set[str]] = defaultdict(set)
    for student_id, section_id, *_rest in marks:
        marked[section_id].add(student_id)
    return _Roll(len(students), tuple(
        SectionRollCall(section_id=sid, name=name, grade_level=grade, enrolled=len(enrolled.get(sid, ())),
                        marked=len(marked.get(sid, ())))
        for sid, name, grade in rows))


def _today_figures(session: Session, day: dt.date) -> TodayFigures:
    kinds = _kinds(session)
    marks = session.connection().connection.dbapi_connection.execute(  # type: ignore[union-attr]
        "SELECT m.student_id, m.section_id, m.period, m.code, m.note FROM attendance_marks m "
        "JOIN students st ON st.id = m.student_id WHERE m.date = ? AND m.deleted = 0 AND st.deleted = 0 "
        "ORDER BY m.period", (day.isoformat(),)).fetchall()
    overview = _roll_calls(session, day, marks)
    daily: dict[str, tuple[str, str, str]] = {}
    periods: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for student_id, section_id, period, code, note in marks:
        if period == 0:
            daily[student_id] = (section_id, code, note)
        else:
            periods[student_id].append((section_id, code, note))
    # student → (section, value, code shown, note, late?)
    status: dict[str, tuple[str, float, str, str, bool]] = {}
    for student_id, (section_id, code, note) in daily.items():
        kind = kinds.get(code, ("present", code))[0]
        status[student_id] = (section_id, day_status([kind]), code, note, kind == "late")
    for student_id, rows in periods.items():
        if student_id in status:
            continue
        period_kinds = [kinds.get(code, ("present", code))[0] for _s, code, _n in rows]
        codes = {code for _s, code, _n in rows}
        status[student_id] = (rows[-1][0], day_status(period_kinds), codes.pop() if len(codes) == 1 else "",
                              "; ".join(n for _s, _c, n in rows if n), "late" in period_kinds)
    per_section: dict[str, list[float]] = defaultdict(list)
    late_in: dict[str, int] = defaultdict(int)
    for section_id, value, _code, _note, late in status.values():
        per_section[section_id].append(value)
        late_in[section_id] += int(late)
    sections = tuple(
        SectionToday(
            s.section_id, s.name, s.grade_level, s.enrolled, s.marked,
            sum(1 for v in per_section.get(s.section_id, []) if v == 1.0),
            sum(1 for v in per_section.get(s.section_id, []) if v == 0.5),
            sum(1 for v in per_section.get(s.section_id, []) if v == 0.0),
            late_in.get(s.section_id, 0),
            attendance_rate(per_section.get(s.section_id, [])),
        )
        for s in overview.sections
    )
    listed = [sid for sid, st in status.items() if st[1] == 0.0 or st[4]]
    info = {}
    if listed:
        for row in session.execute(
            select(Student.id, Student.full_name, Student.admission_no, Student.guardian_name,
                   Student.guardian_phone, Student.guardian_email).where(Student.id.in_(listed))
        ):
            info[row.id] = row
    names = {s.section_id: s.name for s in overview.sections}
    if listed and any(status[sid][0] not in names for sid in listed):
        names.update(dict(session.execute(select(Section.id, Section.name)).all()))
    absent: list[StudentDay] = []
    late: list[StudentDay] = []
    for sid in listed:
        row = info.get(sid)
        if row is None:
            continue
        section_id, value, code, note, was_late = status[sid]
        line = StudentDay(sid, row.full_name, row.admission_no, section_id, names.get(section_id, ""), code,
                          kinds.get(code, ("", code))[1] if code else "", note, row.guardian_name or "",
                          row.guardian_phone or "", row.guardian_email or "")
        if value == 0.0:
            absent.append(line)
        if was_late:
            late.append(line)
    order = {s.section_id: i for i, s in enumerate(overview.sections)}

    def key(line: StudentDay) -> tuple:
        return (order.get(line.section_id, len(order)), line.section_name, line.name.casefold())

    return TodayFigures(
        day=day,
        enrolled=overview.students_enrolled,
        marked=len(status),
        rate=attendance_rate(v for _s, v, _c, _n, _l in status.values()),
        sections=sections,
        absent=tuple(sorted(absent, key=key)),
        late=tuple(sorted(late, key=key)),
        no_roll_call=why_no_roll_call(session, day),
    )


# --------------------------------------------------------------------------
# Trends
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class ChronicStudent:
    student_id: str
    name: str
    section_id: str
    section_name: str
    roll_no: int
    days_counted: int
    days_absent: float
    rate: float
    # One value per day of :attr:`Trends.days`: the day's value (1, ½, 0), None when not marked.
    trend: tuple[float | None, ...]


@dataclass(frozen=True)
class Trends:
    days: tuple[dt.date, ...]
    school: tuple[float | None, ...]  # the school's rate on each day
    by_grade: dict[int, tuple[float | None, ...]]  # grade level → its rate on each day
    threshold: int
    chronic: tuple[ChronicStudent, ...]
    section_rates: tuple[tuple[str, str, float | None], ...] = ()  # (id, name, rate over the days)
    # day → each section's (id, name, grade level, students counted, rate) that day.
    section_days: dict[dt.date, tuple[tuple[str, str, int, int, float | None], ...]] = field(default_factory=dict)


def daily_rates(session: Session, days: Sequence[dt.date],
                section_ids: Iterable[str] | None = None) -> dict[tuple[dt.date, str], tuple[int, float]]:
    """Per (day, section): students counted and the sum of their day values (:func:`day_status`).

    Daily marks are counted by the database, grouped in the order of the
    ``(date, section_id)`` index; per-period marks of a student with no daily
    mark that day are rolled up here, day by day.
    """
    if not days:
        return {}
    kinds = _kinds(session)
    weight = {code: day_status([kind]) for code, (kind, _label) in kinds.items()}
    # CASE code WHEN 'A' THEN 0.0 … ELSE 1.0 (a code the school no longer has counts as present, as in the
    # registers).
    value_of = _case_weight(weight)
    wanted = set(days)
    in_window = (AttendanceMark.date >= min(days), AttendanceMark.date <= max(days),
                 AttendanceMark.deleted.is_(False))
    section_filter = () if section_ids is None else (AttendanceMark.section_id.in_(list(section_ids)),)
    out: dict[tuple[dt.date, str], tuple[int, float]] = {}
    any_periods = False
    if _usable(session):
        # The marks counted per (day, section, code) as they were written (schema 0007): a few thousand rows.
        # Plain tuples through the driver, the days as the file keeps them (ISO text).
        # Added up per (day, section) by SQLite in the table's key order, each code weighed by its value
        # (0, ½ or 1 times a count: exact in any order).
        iso = {d.isoformat(): d for d in wanted}
        weighed = ("CASE code " + " ".join("WHEN ? THEN ?" for _ in weight) + " ELSE 1.0 END") if weight else "1.0"
        sql = ("SELECT date, section_id, sum(CASE WHEN by_period THEN 0 ELSE marks END), "
               f"sum(CASE WHEN by_period THEN 0 ELSE marks * ({weighed}) END), max(by_period) "
               "FROM agg_attendance_days WHERE date >= ? AND date <= ? AND marks > 0 GROUP BY date, section_id")
        params: list[Any] = [v for code, w in weight.items() for v in (code, float(w))] + [min(iso), max(iso)]
        chosen = set(section_ids) if section_ids is not None else None
        for day, section_id, n, total, by_period in session.connection().connection.dbapi_connection.execute(
                sql, params):  # type: ignore[union-attr]
            if chosen is not None and section_id not in chosen:
                continue
            if by_period:
                any_periods = True
            if n and day in iso:
                out[(iso[day], section_id)] = (int(n), float(total))
    else:
        any_periods = _count_window(session, value_of, in_window, section_filter, wanted, out)
    if not any_periods:
        return out
    return _roll_up_periods(session, kinds, in_window, section_filter, wanted, out)


def _count_window(session: Session, value_of: Any, in_window: tuple, section_filter: tuple, wanted: set,
                  out: dict) -> bool:
    """The window's daily marks counted and weighed from the raw rows; whether any per-period mark is there."""
    daily = AttendanceMark.period == 0
    any_periods = False
    # One pass over the window: daily marks counted and weighed, per-period marks only counted.
    # Core rows (not the ORM's): the window's ~1,800 (day, section) groups, from the covering index in its order.
    for day, section_id, counted, total, by_period in session.connection().execute(
        select(AttendanceMark.date, AttendanceMark.section_id,
               func.sum(case((daily, 1), else_=0)), func.sum(case((daily, value_of), else_=0.0)),
               func.sum(case((daily, 0), else_=1)))
        .where(*in_window, *section_filter)
        .group_by(AttendanceMark.date, AttendanceMark.section_id)
    ):
        any_periods = any_periods or bool(by_period)
        if day in wanted and counted:
            out[(day, section_id)] = (int(counted), float(total or 0.0))
    return any_periods


def _roll_up_periods(session: Session, kinds: dict, in_window: tuple, section_filter: tuple, wanted: set,
                     out: dict) -> dict:
    """Per-period marks of students with no daily mark that day, rolled up and added to ``out``."""
    with_daily = {(sid, day) for sid, day in session.execute(
        select(AttendanceMark.student_id, AttendanceMark.date)
        .where(AttendanceMark.period == 0, *in_window, *section_filter))}
    rolled: dict[tuple[str, str, dt.date], list[str]] = defaultdict(list)
    for student_id, section_id, day, code in session.execute(
        select(AttendanceMark.student_id, AttendanceMark.section_id, AttendanceMark.date, AttendanceMark.code)
        .where(AttendanceMark.period > 0, *in_window, *section_filter).order_by(AttendanceMark.period)
    ):
        if day in wanted and (student_id, day) not in with_daily:
            rolled[(student_id, section_id, day)].append(kinds.get(code, ("present", ""))[0])
    for (_student, section_id, day), period_kinds in rolled.items():
        counted, total = out.get((day, section_id), (0, 0.0))
        out[(day, section_id)] = (counted + 1, total + day_status(period_kinds))
    return out


def _case_weight(weight: dict[str, float]) -> Any:
    from sqlalchemy import literal

    if not weight:
        return literal(1.0)
    return case({code: literal(float(w)) for code, w in weight.items()}, value=AttendanceMark.code,
                else_=literal(1.0))


def student_day_values(session: Session, student_ids: Sequence[str], days: Sequence[dt.date],
                       daily_days: dict[str, int] | None = None) -> dict[str, dict[dt.date, float]]:
    """Each student's day values (:func:`day_status`) on the days given, read by student (a few hundred).

    Plain tuples through the driver (no SQLAlchemy row objects: some 6,000 marks for the chronic
    absentees of the large school). ``daily_days`` (student → days of ``days`` with a daily mark not
    deleted, as the registers counted them) lets the marks be read from the ``(student_id, date, code)``
    index alone when the kept tables say the window has no per-period mark: a student whose marks there
    are as many as their days counted has no cleared mark among them; the others (a cleared mark, a mark
    in another section) are read again in full.
    """
    if not student_ids or not days:
        return {}
    kinds = _kinds(session)
    wanted = {d.isoformat(): d for d in days}
    first, last = min(wanted), max(wanted)
    one_mark = {code: day_status([kind]) for code, (kind, _label) in kinds.items()}  # a day's only mark, daily
    conn = session.connection().connection.dbapi_connection
    marks: dict[tuple[str, str], list[tuple[int, str]]] = {}

    def read(sql: str, ids: list[str]) -> list[tuple]:
        out: list[tuple] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            out += conn.execute(sql.format(ids=",".join("?" * len(chunk))),  # type: ignore[union-attr]
                                [*chunk, first, last]).fetchall()
        return out

    out: dict[str, dict[dt.date, float]] = {}
    ids = list(student_ids)
    if daily_days is not None and not _any_periods(session, days):
        # A student's day → its one mark's code; a day with two marks (a cleared one, another section's)
        # sends the student to the full read below.
        quick: dict[str, dict[str, str]] = {}
        twice = set()
        for sid, day, code in read("SELECT student_id, date, code FROM attendance_marks "
                                   "WHERE student_id IN ({ids}) AND date >= ? AND date <= ?", ids):
            if day in wanted:
                got = quick.get(sid)
                if got is None:
                    quick[sid] = {day: code}
                elif day in got:
                    twice.add(sid)
                else:
                    got[day] = code
        ids = []
        for sid in student_ids:
            got = quick.get(sid, {})
            if sid not in twice and len(got) == daily_days.get(sid, -1):
                # Each day its daily mark alone: its value as the registers count it.
                out[sid] = {wanted[day]: one_mark[code] if code in one_mark else
                            day_status([kinds.get(code, ("present", ""))[0]]) for day, code in got.items()}
            else:
                ids.append(sid)
    for sid, day, period, code in read("SELECT student_id, date, period, code FROM attendance_marks "
                                       "WHERE student_id IN ({ids}) AND date >= ? AND date <= ? AND deleted = 0",
                                       ids):
        if day in wanted:
            got = marks.get((sid, day))
            if got is None:
                marks[(sid, day)] = [(period, code)]
            else:
                got.append((period, code))
    for (sid, day), on_day in marks.items():
        # As the registers count a day: its daily mark, or its periods rolled up.
        if len(on_day) == 1 and on_day[0][0] == 0 and on_day[0][1] in one_mark:
            value = one_mark[on_day[0][1]]
        else:
            daily = [code for period, code in on_day if period == 0]
            codes = daily or [code for _period, code in sorted(on_day)]
            value = day_status([kinds.get(c, ("present", ""))[0] for c in codes])
        out.setdefault(sid, {})[wanted[day]] = value
    return out


def _any_periods(session: Session, days: Sequence[dt.date]) -> bool:
    """Whether any per-period mark (not deleted) falls in the days' span; True when the kept tables cannot say."""
    if not _usable(session):
        return True
    t = aggregates.attendance_days
    return session.connection().execute(
        select(t.c.marks).where(t.c.by_period.is_(True), t.c.marks > 0, t.c.date >= min(days),
                                t.c.date <= max(days)).limit(1)).first() is not None


def attendance_trends(session: Session, until: dt.date, window: int = CHRONIC_WINDOW_DAYS) -> Trends:
    """The last ``window`` school days up to ``until``: daily rates (school, grade levels) and chronic absentees.

    Kept while nothing it reads has changed (:func:`fingerprint`).
    """
    days = last_school_days(session, window, until)
    return _memo.get_or_make(session, ("trends", until, window), ATTENDANCE_TABLES,
                             lambda: _attendance_trends(session, until, window, days),
                             window=(days[0] if days else until, until))


def _attendance_trends(session: Session, until: dt.date, window: int, days: list[dt.date]) -> Trends:
    # Each student's rate a tuple (2,000 of them; the trends need only the chronic absentees' whole).
    rates = rate_rows(session, until=until, window=window, days=days)
    section_ids = [s.section_id for s in rates.sections]
    grade_of = dict(session.execute(
        select(Section.id, Section.grade_level).where(Section.id.in_(section_ids))).all()) if section_ids else {}
    per = daily_rates(session, days, section_ids) if section_ids else {}
    school_day: dict[dt.date, list[float]] = defaultdict(lambda: [0, 0.0])
    grade_day: dict[tuple[int, dt.date], list[float]] = defaultdict(lambda: [0, 0.0])
    for (day, section_id), (counted, total) in per.items():
        grade = grade_of.get(section_id)
        if grade is None:
            continue
        for acc in (school_day[day], grade_day[(grade, day)]):
            acc[0] += counted
            acc[1] += total

    def rate(acc: list[float] | None) -> float | None:
        return 100.0 * acc[1] / acc[0] if acc and acc[0] else None

    grades = sorted({g for g in grade_of.values()})
    names = {s.section_id: s.name for s in rates.sections}
    section_days: dict[dt.date, list[tuple[str, str, int, int, float | None]]] = defaultdict(list)
    for (day, section_id), (counted, total) in sorted(per.items(), key=lambda kv: (
            kv[0][0], grade_of.get(kv[0][1], 0), names.get(kv[0][1], ""))):
        section_days[day].append((section_id, names.get(section_id, ""), grade_of.get(section_id, 0), counted,
                                  100.0 * total / counted if counted else None))
    chronic = rates.chronic()  # (student_id, name, section_id, section_name, roll_no, days_counted, absent, rate)
    values = student_day_values(session, [c[0] for c in chronic], days, {c[0]: c[5] for c in chronic})
    chronic_rows = tuple(
        ChronicStudent(*c[:7], float(c[7]), tuple(values.get(c[0], {}).get(d) for d in days))
        for c in chronic
    )
    return Trends(
        days=tuple(days),
        school=tuple(rate(school_day.get(d)) for d in days),
        by_grade={g: tuple(rate(grade_day.get((g, d))) for d in days) for g in grades},
        threshold=rates.threshold,
        chronic=chronic_rows,
        section_rates=tuple((s.section_id, s.name, s.rate) for s in rates.sections),
        section_days={d: tuple(rows) for d, rows in section_days.items()},
    )


# --------------------------------------------------------------------------
# Fees
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Collection:
    """Money received in a period, against what fell due in it."""

    label: str  # today | month | term
    starts_on: dt.date
    ends_on: dt.date
    collected_minor: int
    due_minor: int
    payments: int


@dataclass(frozen=True)
class SectionOutstanding:
    section_name: str
    grade_level: int | None
    students: int
    outstanding_minor: int
    overdue_minor: int


@dataclass(frozen=True)
class FeeFigures:
    currency: str
    digits: int
    term_name: str
    collections: tuple[Collection, ...]  # today, this month, this term
    outstanding_minor: int
    overdue_minor: int
    by_section: tuple[SectionOutstanding, ...]
    top_defaulters: tuple[Any, ...]  # app.services.day_book.Defaulter, most owed first
    defaulters: tuple[Any, ...]  # every one, for the drill-down
    by_mode: dict[str, int] = field(default_factory=dict)  # this term, not cancelled


def current_term(session: Session, day: dt.date) -> Term | None:
    """The term ``day`` falls in; between terms, the latest one that has begun; else the first."""
    terms = session.execute(
        select(Term).where(Term.deleted.is_(False)).order_by(Term.starts_on)).scalars().all()
    for t in terms:
        if t.starts_on <= day <= t.ends_on:
            return t
    begun = [t for t in terms if t.starts_on <= day]
    if begun:
        return begun[-1]
    return terms[0] if terms else None


def previous_term(session: Session, term: Term) -> Term | None:
    return session.execute(
        select(Term).where(Term.deleted.is_(False), Term.ends_on < term.starts_on)
        .order_by(Term.ends_on.desc()).limit(1)
    ).scalars().first()


def _collected(session: Session, currency: str, start: dt.date, end: dt.date) -> tuple[int, int]:
    if _usable(session):  # payments kept counted per day, currency and mode (schema 0007)
        t = aggregates.payment_days
        count, total = session.connection().execute(
            select(func.coalesce(func.sum(t.c.payments), 0), func.coalesce(func.sum(t.c.amount_minor), 0))
            .where(t.c.received_on >= start, t.c.received_on <= end, t.c.currency == currency)).one()
        return int(total), int(count)
    count, total = session.execute(
        select(func.count(Payment.id), func.coalesce(func.sum(Payment.amount_minor), 0))
        .outerjoin(PaymentCancellation, and_(PaymentCancellation.payment_id == Payment.id,
                                             PaymentCancellation.deleted.is_(False)))
        .where(Payment.received_on >= start, Payment.received_on <= end, Payment.deleted.is_(False),
               Payment.currency == currency, PaymentCancellation.id.is_(None))
    ).one()
    return int(total), int(count)


def _due_on(due_on: Any, term_id: Any, start: dt.date, end: dt.date, term: Term | None) -> tuple:
    """Invoices due from ``start`` to ``end``; for a term, its invoices (and those of no term due in it)."""
    if term is None:
        return (due_on >= start, due_on <= end)
    return (or_(term_id == term.id, and_(term_id.is_(None), due_on >= term.starts_on, due_on <= term.ends_on)),)


def _due(session: Session, start: dt.date, end: dt.date, term: Term | None = None) -> int:
    """Invoice lines less concessions of the invoices due from ``start`` to ``end`` (of ``term``, if given).

    The invoices first, then their lines by the invoice index (not every line of the school looked up).
    """
    if _usable(session):  # each invoice's lines and concessions kept added up (schema 0007)
        t = aggregates.invoices
        return int(session.connection().execute(
            select(func.coalesce(func.sum(t.c.billed - t.c.conceded), 0))
            .where(*_due_on(t.c.due_on, t.c.term_id, start, end, term))).scalar_one())
    invoices = select(Invoice.id).where(Invoice.deleted.is_(False),
                                        *_due_on(Invoice.due_on, Invoice.term_id, start, end, term))
    lines = session.execute(
        select(func.coalesce(func.sum(InvoiceLine.amount_minor), 0))
        .where(InvoiceLine.deleted.is_(False), InvoiceLine.invoice_id.in_(invoices))
    ).scalar_one()
    conceded = session.execute(
        select(func.coalesce(func.sum(Concession.amount_minor), 0))
        .where(Concession.deleted.is_(False), Concession.invoice_id.in_(invoices))
    ).scalar_one()
    return int(lines) - int(conceded)


def fee_figures(session: Session, day: dt.date, term: Term | None = None) -> FeeFigures:
    """Collections against dues (today, month, term), outstanding by section, defaulters, modes.

    Kept while nothing it reads has changed (:func:`fingerprint`).
    """
    term = term if term is not None else current_term(session, day)
    return _memo.get_or_make(session, ("fees", day, term.id if term else None), FEE_TABLES,
                             lambda: _fee_figures(session, day, term))


def _fee_figures(session: Session, day: dt.date, term: Term | None) -> FeeFigures:
    from app.services.day_book import defaulters

    school = current_school(session)
    month_start = day.replace(day=1)
    month_end = day.replace(day=calendar.monthrange(day.year, day.month)[1])
    periods: list[tuple[str, dt.date, dt.date, Term | None]] = [
        ("today", day, day, None), ("month", month_start, month_end, None)]
    if term is not None:
        periods.append(("term", term.starts_on, term.ends_on, term))
    collections = []
    for label, start, end, of_term in periods:
        collected, count = _collected(session, school.currency, start, min(end, day))
        collections.append(Collection(label, start, end, collected, _due(session, start, end, of_term), count))
    by_mode: dict[str, int] = {}
    if term is not None and _usable(session):
        t = aggregates.payment_days
        by_mode = {mode: int(total) for mode, total in session.connection().execute(
            select(t.c.mode, func.sum(t.c.amount_minor))
            .where(t.c.received_on >= term.starts_on, t.c.received_on <= min(term.ends_on, day),
                   t.c.currency == school.currency)
            .group_by(t.c.mode).having(func.sum(t.c.payments) > 0).order_by(func.sum(t.c.amount_minor).desc())
        ).all()}
    elif term is not None:
        by_mode = {mode: int(total) for mode, total in session.execute(
            select(Payment.mode, func.sum(Payment.amount_minor))
            .outerjoin(PaymentCancellation, and_(PaymentCancellation.payment_id == Payment.id,
                                                 PaymentCancellation.deleted.is_(False)))
            .where(Payment.received_on >= term.starts_on, Payment.received_on <= min(term.ends_on, day),
                   Payment.deleted.is_(False), Payment.currency == school.currency,
                   PaymentCancellation.id.is_(None))
            .group_by(Payment.mode).order_by(func.sum(Payment.amount_minor).desc())
        ).all()}
    owing = defaulters(session, day)
    sections: dict[str, list] = {}
    for d in owing:
        acc = sections.setdefault(d.section_name, [d.grade_level, 0, 0, 0])
        acc[1] += 1
        acc[2] += d.outstanding_minor
        acc[3] += d.overdue_minor
    by_section = tuple(
        SectionOutstanding(name, grade, n, out, over)
        for name, (grade, n, out, over) in sorted(
            sections.items(), key=lambda kv: (kv[1][0] is None, kv[1][0] or 0, kv[0]))
    )
    top = sorted(owing, key=lambda d: (-d.outstanding_minor, -d.days_overdue, d.full_name.casefold()))
    return FeeFigures(
        currency=school.currency, digits=school.currency_digits, term_name=term.name if term else "",
        collections=tuple(collections),
        outstanding_minor=sum(d.outstanding_minor for d in owing),
        overdue_minor=sum(d.overdue_minor for d in owing),
        by_section=by_section, top_defaulters=tuple(top[:TOP_DEFAULTERS]), defaulters=tuple(top),
        by_mode=by_mode,
    )


@dataclass(frozen=True)
class PaymentLine:
    receipt_no: str
    received_on: dt.date
    student_name: str
    admission_no: str
    mode: str
    amount_minor: int
    cancelled: bool


def payments_between(session: Session, start: dt.date, end: dt.date, mode: str | None = None) -> list[PaymentLine]:
    """The payments behind a collection figure: received from ``start`` to ``end``, newest first.

    Cancelled ones are listed (marked) but are not in the figure.
    """
    query = (
        select(Payment.receipt_no, Payment.received_on, Student.full_name, Student.admission_no, Payment.mode,
               Payment.amount_minor, PaymentCancellation.id)
        .join(Student, Student.id == Payment.student_id)
        .outerjoin(PaymentCancellation, and_(PaymentCancellation.payment_id == Payment.id,
                                             PaymentCancellation.deleted.is_(False)))
        .where(Payment.received_on >= start, Payment.received_on <= end, Payment.deleted.is_(False))
        .order_by(Payment.received_on.desc(), Payment.received_at.desc(), Payment.receipt_no)
    )
    if mode is not None:
        query = query.where(Payment.mode == mode)
    return [PaymentLine(r, d, n, a, m, int(amt), c is not None) for r, d, n, a, m, amt, c in session.execute(query)]


# --------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class MarksOwed:
    """Marks entry of one section in one subject this term."""

    section_id: str
    section_name: str
    grade_level: int
    subject_id: str
    subject_name: str
    teachers: str  # who teaches it there (names, comma-separated)
    assessments: int
    expected: int  # assessments × students
    entered: int
    # (student name, assessments with no mark yet), for the drill-down.
    missing: tuple[tuple[str, int], ...] = ()

    @property
    def owed(self) -> int:
        return self.expected - self.entered

    @property
    def percent(self) -> float | None:
        return 100.0 * self.entered / self.expected if self.expected else None


@dataclass(frozen=True)
class SectionAverage:
    section_id: str
    section_name: str
    grade_level: int
    students: int
    average: float | None  # mean overall percentage this term
    previous: float | None  # the same section, the previous term

    @property
    def change(self) -> float | None:
        if self.average is None or self.previous is None:
            return None
        return self.average - self.previous


@dataclass(frozen=True)
class ResultFigures:
    term_id: str
    term_name: str
    previous_term_name: str
    grades: tuple[str, ...]  # the school's scale, highest first
    owed: tuple[MarksOwed, ...]  # every (section, subject) with assessments, most owed first
    # subject name → grade → students (results with a percentage only).
    distribution: dict[str, dict[str, int]]
    # (subject, grade) → the students behind it: (name, section, percent), for the drill-down.
    distribution_students: dict[tuple[str, str], tuple[tuple[str, str, float], ...]]
    sections: tuple[SectionAverage, ...]

    @property
    def fallen(self) -> tuple[SectionAverage, ...]:
        """Sections whose average fell against the previous term, the biggest fall first."""
        down = [s for s in self.sections if s.change is not None and s.change < 0]
        return tuple(sorted(down, key=lambda s: (s.change, s.section_name)))

    @property
    def expected(self) -> int:
        return sum(o.expected for o in self.owed)

    @property
    def entered(self) -> int:
        return sum(o.entered for o in self.owed)


def _mean(values: Iterable[float | None]) -> float | None:
    got = [v for v in values if v is not None]
    return sum(got) / len(got) if got else None


def _summary(r: Any) -> dict[str, Any]:
    """What the dashboard reads of one section's :class:`app.services.results.TermResults` (kept as JSON).

    The section's mean overall percentage comes first, as text (``repr`` of the float, "" when no
    student has one): for the previous term SQLite takes it out alone (``aggregates.term_means``),
    exactly, without the rest being decoded. A summary kept before it had no mean: it is taken as
    not kept (``aggregates.SUMMARY_PREFIX``) and counted again.
    """
    mean = _mean(st.percent for st in r.students)
    return {
        "mean": "" if mean is None else repr(mean),
        "name": r.section_name,
        "subjects": [[sub.id, sub.name] for sub in r.subjects],
        "students": [[st.full_name, st.percent,
                      {sid: [res.not_entered, res.percent, res.grade] for sid, res in st.subjects.items()}]
                     for st in r.students],
    }


def _term_sections(session: Session, term: Term) -> tuple[str, ...]:
    """The sections whose results a term has, in the order :func:`app.services.results.school_term_results`
    reads them (the same query)."""
    return tuple(session.execute(select(Section.id, Section.name, Section.grade_level).where(
        Section.academic_year_id == term.academic_year_id, Section.deleted.is_(False))).scalars())


def term_summaries(session: Session, term: Term) -> dict[str, dict[str, Any]]:
    """section id → its results of ``term`` as the dashboard reads them (:func:`_summary`).

    From the summaries kept in the school file (``agg_term_results``, schema 0007) where no write has
    made them stale; the others computed now by :func:`app.services.results.school_term_results` (the
    missing-marks rule), for those sections only. :func:`settle` keeps what was computed.
    """
    from app.services.results import school_term_results

    order = _term_sections(session, term)
    kept = aggregates.term_results(session, term.id) if _usable(session) else {}
    missing = [sid for sid in order if sid not in kept]
    if missing:
        kept.update((sid, _summary(r)) for sid, r in school_term_results(session, term.id, missing).items())
    return {sid: kept[sid] for sid in order if sid in kept}


def _section_averages(session: Session, term: Term) -> dict[str, tuple[str, float | None]]:
    """section id → (name, mean overall percentage) for a term (the previous one: kept on its own,
    so that marks entered in the current term do not make it counted again)."""

    def make() -> dict[str, tuple[str, float | None]]:
        if _usable(session):
            # Only the name and the mean of each kept summary, taken out by SQLite (not decoded here).
            order = _term_sections(session, term)
            kept = aggregates.term_means(session, term.id)
            if all(sid in kept for sid in order):
                return {sid: (kept[sid][0], float(kept[sid][1]) if kept[sid][1] else None) for sid in order}
        return {sid: (r["name"], _mean(st[1] for st in r["students"]))
                for sid, r in term_summaries(session, term).items()}

    tables = tuple(t for t in RESULT_TABLES if t != "marks")
    return _memo.get_or_make(session, ("averages", term.id), tables, make, term_marks=term.id)


def settle(db: Any, day: dt.date | None = None) -> None:
    """Bring the kept figures up to date, in one write transaction: what the dashboard's worker does first.

    Rebuilds the aggregate tables if a first download left them stale, and keeps the summaries of
    this term's and the previous term's results that a write made stale (only those sections are
    computed). Quick when nothing changed. If the file is busy (a sync writing), it is left for the
    next time: the figures are right either way, only slower to count.
    """
    from sqlalchemy.exc import OperationalError

    with db.session() as s:
        if aggregates.usable(s) and not _stale_terms(s, day):
            return
    try:
        _settle(db, day)
    except OperationalError:
        log.info("The dashboard's kept figures were not brought up to date (the school file is busy)")


def _settle(db: Any, day: dt.date | None) -> None:
    with db.write() as s:
        if not aggregates.usable(s):
            if aggregates.downloading(s):
                return  # a first download is under way: it rebuilds them when it ends
            aggregates.rebuild(s.connection())
        from app.services.results import school_term_results

        for term in _stale_terms(s, day):
            kept = set(aggregates.term_results_ids(s, term.id))
            missing = [sid for sid in _term_sections(s, term) if sid not in kept]
            aggregates.keep_term_results(s, term.id, {
                sid: _summary(r) for sid, r in school_term_results(s, term.id, missing).items()})


def _stale_terms(session: Session, day: dt.date | None) -> list[Term]:
    """This term and the previous one, if a section's summary of it is not kept."""
    day = day or school_today(session)
    term = current_term(session, day)
    if term is None:
        return []
    before = previous_term(session, term)
    out = []
    for t in (term, before):
        if t is not None:
            kept = set(aggregates.term_results_ids(session, t.id))
            if any(sid not in kept for sid in _term_sections(session, t)):
                out.append(t)
    return out


def result_figures(session: Session, term: Term | None) -> ResultFigures | None:
    """Marks still owed, grade distribution per subject and falling sections, for ``term``.

    Kept while nothing it reads has changed (:func:`fingerprint`).
    """
    if term is None:
        return None
    # Of the marks, this term's and the previous term's (what the sections' averages are compared with).
    tables = tuple(t for t in RESULT_TABLES if t != "marks")
    before = previous_term(session, term)
    return _memo.get_or_make(session, ("results", term.id), tables, lambda: _result_figures(session, term),
                             term_marks=(term.id,) if before is None else (term.id, before.id))


def _result_figures(session: Session, term: Term) -> ResultFigures:
    from app.services.grades import school_scale

    results = term_summaries(session, term)
    bands = school_scale(session)[1]  # (what every section's results carry)
    grade_level = dict(session.execute(
        select(Section.id, Section.grade_level).where(Section.id.in_(list(results)))).all()) if results else {}
    teachers: dict[tuple[str, str], list[str]] = defaultdict(list)
    for section_id, subject_id, name in session.execute(
        select(TeachingAssignment.section_id, TeachingAssignment.subject_id, User.full_name)
        .join(User, User.id == TeachingAssignment.teacher_id)
        .where(TeachingAssignment.deleted.is_(False), User.deleted.is_(False))
        .order_by(User.full_name)
    ):
        if name not in teachers[(section_id, subject_id)]:
            teachers[(section_id, subject_id)].append(name)
    assessments: dict[tuple[str, str], int] = {
        (section_id, subject_id): int(n) for section_id, subject_id, n in session.execute(
            select(Assessment.section_id, Assessment.subject_id, func.count())
            .where(Assessment.term_id == term.id, Assessment.deleted.is_(False))
            .group_by(Assessment.section_id, Assessment.subject_id))
    }
    owed: list[MarksOwed] = []
    distribution: dict[str, dict[str, int]] = {}
    behind: dict[tuple[str, str], list[tuple[str, str, float]]] = {}
    grade_names = tuple(b.grade for b in bands)
    for section_id, r in results.items():
        section_name = r["name"]
        students = r["students"]
        for subject_id, subject_name in r["subjects"]:
            count = assessments.get((section_id, subject_id), 0)
            missing = []
            taking = not_entered_sum = 0
            lists: dict[str, list[tuple[str, str, float]]] = {}  # grade → behind[(subject, grade)]
            for full_name, _percent, subjects in students:
                res = subjects.get(subject_id)
                if res is None:
                    continue
                not_entered, percent, grade = res
                taking += 1
                if not_entered:
                    not_entered_sum += not_entered
                    missing.append((full_name, not_entered))
                if percent is not None and grade:
                    got = lists.get(grade)
                    if got is None:
                        got = lists[grade] = behind.setdefault((subject_name, grade), [])
                    got.append((full_name, section_name, percent))
            entered = count * taking - not_entered_sum  # each student taking it: its assessments less those owed
            owed.append(MarksOwed(section_id, section_name, grade_level.get(section_id, 0), subject_id,
                                  subject_name, ", ".join(teachers.get((section_id, subject_id), [])), count,
                                  count * len(r["students"]), entered, tuple(missing)))
    owed.sort(key=lambda o: (-o.owed, o.grade_level, o.section_name, o.subject_name))
    # A subject's grades: how many students each (every one graded is in behind[(subject, grade)] once); the
    # scale's grades first, any other in the order first met.
    for (subject_name, grade), graded in behind.items():
        dist = distribution.get(subject_name)
        if dist is None:
            dist = distribution[subject_name] = {g: 0 for g in grade_names}
        dist[grade] = dist.get(grade, 0) + len(graded)
    before = previous_term(session, term)
    previous = _section_averages(session, before) if before is not None else {}
    previous_by_name = {name: avg for name, avg in previous.values()}
    sections = []
    for section_id, r in sorted(results.items(), key=lambda kv: (grade_level.get(kv[0], 0), kv[1]["name"])):
        prev = previous[section_id][1] if section_id in previous else previous_by_name.get(r["name"])
        sections.append(SectionAverage(section_id, r["name"], grade_level.get(section_id, 0), len(r["students"]),
                                       _mean(st[1] for st in r["students"]), prev))
    return ResultFigures(
        term_id=term.id, term_name=term.name, previous_term_name=before.name if before is not None else "",
        grades=grade_names, owed=tuple(owed),
        distribution=dict(sorted(distribution.items())),
        # Highest first, ties in the order read (a stable sort reversed keeps them so, as -percent did).
        distribution_students={k: tuple(sorted(v, key=itemgetter(2), reverse=True)) for k, v in behind.items()},
        sections=tuple(sections),
    )


# --------------------------------------------------------------------------
# Freshness
# --------------------------------------------------------------------------


def freshness(session: Session) -> tuple[Any, ...] | None:
    """Each device's last sync and changes waiting (:func:`app.services.devices.device_freshness`).

    ``None`` when this version of Daftar cannot say (the devices module is missing).
    """
    try:
        from app.services.devices import device_freshness
    except ImportError:
        return None
    return tuple(device_freshness(session))  # this device first, then the stalest


# --------------------------------------------------------------------------
# The whole dashboard
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Dashboard:
    school_name: str
    currency: str
    digits: int
    locale: str
    day: dt.date
    today: TodayFigures
    trends: Trends
    fees: FeeFigures
    results: ResultFigures | None
    devices: tuple[Any, ...] | None  # app.services.devices.DeviceFreshness, or None when unknown
    timings_ms: dict[str, float] = field(default_factory=dict)


# The parts, in the order they are read.
PARTS = ("today", "trends", "fees", "results", "freshness")


def school_dashboard(session: Session, day: dt.date | None = None, report=None) -> Dashboard:  # noqa: ANN001
    """Every figure of the dashboard for ``day`` (the school's today when not given).

    ``report(done, total, part)`` is called after each part (a progress line).
    """
    import time

    timings: dict[str, float] = {}

    def timed(name: str, fn):  # noqa: ANN001, ANN202
        started = time.perf_counter()
        value = fn()
        timings[name] = (time.perf_counter() - started) * 1000
        if report is not None:
            report(len(timings), len(PARTS), name)
        return value

    school = current_school(session)
    day = day or school_today(session)
    term = current_term(session, day)
    # A cold reading makes some 100,000 small objects, none of them in a reference cycle: Python's collector
    # is paused meanwhile (as a sync pauses it; ~15 % of the reading's CPU), and resumes when it ends.

    session.info[_SHARED_SUMS] = {}  # the parts' fingerprints share what they read (one transaction)
    try:
        with collector_paused():
            today = timed("today", lambda: today_figures(session, day))
            trends = timed("trends", lambda: attendance_trends(session, day))
            fees = timed("fees", lambda: fee_figures(session, day, term))
            results = timed("results", lambda: result_figures(session, term))
            devices = timed("freshness", lambda: freshness(session))
    finally:
        session.info.pop(_SHARED_SUMS, None)
    return Dashboard(school.name, school.currency, school.currency_digits, school.locale, day, today, trends,
                     fees, results, devices, timings)
