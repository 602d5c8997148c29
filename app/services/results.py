"""Term and final results, Qt-free.

How a subject's term percentage is counted — the missing-marks rule — is
written down once, in :func:`subject_results`; the marks screen shows it to
the teacher. Everything else here builds on it:

* :func:`term_results` — a section's term: each student's subjects
  (category averages, weighted percentage, grade), overall percentage and
  grade, and class position when the school shows it;
* :func:`school_term_results` — the same for every section of a term at once;
* :func:`final_results` — the year over its terms, weighted by term weight.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.services.context import QT_TRANSLATE_NOOP, ServiceError
from app.services.grades import GradeBand, grade_for, school_scale
from app.storage.models import (
    AcademicYear,
    Assessment,
    CategoryWeight,
    Enrollment,
    Mark,
    School,
    Section,
    Student,
    Subject,
    Term,
)


def round_half_up(value: float, digits: int = 1) -> float:
    """72.25 → 72.3 (not banker's rounding), with room for float noise."""
    scale = 10**digits
    return math.floor(value * scale + 0.5 + 1e-9) / scale


@dataclass(frozen=True)
class ScoredAssessment:
    """What the rule needs of an assessment."""

    id: str
    category: str
    max_marks_centi: int
    weight: int = 1


@dataclass(slots=True)
class CategoryResult:
    category: str
    weight_percent: float  # as the subject sets it
    applied_percent: float  # after re-spreading the weight of categories with no marks
    percent: float | None  # the category average, None when no mark counts yet
    counted: int  # marks in the average (scored or absent)
    exempt: int
    not_entered: int


@dataclass(slots=True)
class SubjectResult:
    percent: float | None  # rounded to one decimal; None when no mark counts yet
    categories: tuple[CategoryResult, ...]
    not_entered: int  # assessments with no mark for the student yet
    grade: str = ""
    passing: bool = False

    @property
    def complete(self) -> bool:
        return self.percent is not None and self.not_entered == 0


def subject_result(
    assessments: Sequence[ScoredAssessment],
    marks: Mapping[str, tuple[str, int | None]],
    weights: Mapping[str, int],
    bands: Sequence[GradeBand] | None = None,
    details: bool = True,
) -> SubjectResult:
    """One student's term result in one subject: :func:`subject_results` (the missing-marks rule) for one."""
    return subject_results(assessments, (marks,), weights, bands, details)[0]


def subject_results(
    assessments: Sequence[ScoredAssessment],
    marks_of: Iterable[Mapping[str, tuple[str, int | None]]],
    weights: Mapping[str, int],
    bands: Sequence[GradeBand] | None = None,
    details: bool = True,
) -> list[SubjectResult]:
    """Each student's term result in one subject. **The missing-marks rule lives here.**

    ``marks_of`` holds one mapping per student, of an assessment id to
    ``(status, score_centi)``; the results come back in the same order (what
    does not depend on the student is worked out once).

    1. An assessment's percentage is score ÷ maximum × 100.
    2. **Absent** (``ab``) counts as 0: an assessment missed is marks not earned.
    3. **Exempt** (``ex``) is left out: for that student the assessment does
       not exist (neither its marks nor its maximum count).
    4. **Not entered yet** (an empty cell) is left out too, but counted in
       ``not_entered`` so the result is shown as incomplete.
    5. A **category's average** is the mean of its counted assessments'
       percentages, weighted by each assessment's weight within the category.
    6. The **term percentage** is the mean of the category averages weighted
       by the subject's category weights (which total 100%). A category with
       **no counted marks yet** gives its weight to the others in proportion
       to theirs (re-spread), so an early-term result is not dragged to 0.
       When the subject has no weights set, its categories weigh the same;
       a category missing from the weights counts 0.
    7. No counted mark at all: no percentage and no grade.
    8. The percentage is rounded half-up to one decimal, and the grade comes
       from that rounded figure (the one the report card prints), from the
       school's scale: the highest band whose minimum it reaches.

    ``details=False`` leaves out the per-category breakdown (school-wide figures).
    """
    # The categories: the weighted ones first, then any other an assessment has, in order; their weights.
    index: dict[str, int] = {c: i for i, c in enumerate(weights)}
    scored: list[tuple[str, int, int, int]] = []  # (assessment, its category, maximum, weight within it)
    for a in assessments:
        i = index.get(a.category)
        if i is None:
            i = index[a.category] = len(index)
        scored.append((a.id, i, a.max_marks_centi, a.weight if a.weight > 0 else 0))
    categories = list(index)
    n = len(categories)
    if weights:
        weight_of = [float(weights.get(c, 0)) for c in categories]
    else:
        weight_of = [100.0 / n] * n if n else []
    out: list[SubjectResult] = []
    for marks in marks_of:
        # Per category: Σ percent × weight, Σ weight, Σ percent, counted, exempt, not entered
        pw, ws, ps = [0.0] * n, [0.0] * n, [0.0] * n
        counted, exempt, missing = [0] * n, [0] * n, [0] * n
        get = marks.get
        for aid, i, top, w in scored:
            status, score = get(aid, (None, None))
            if status is None:
                missing[i] += 1
            elif status == "exempt":
                exempt[i] += 1
            else:
                p = 0.0 if status == "absent" else 100.0 * (score or 0) / top
                pw[i] += p * w
                ws[i] += w
                ps[i] += p
                counted[i] += 1
        # 5. each category's average; 6. the categories with marks and a weight share the whole weight
        averages: list[float | None] = [None] * n
        weighted = spread_total = 0.0
        for i in range(n):
            if counted[i]:
                average = averages[i] = ps[i] / counted[i] if ws[i] == 0 else pw[i] / ws[i]
                if weight_of[i] > 0:
                    weighted += average * weight_of[i]
                    spread_total += weight_of[i]
        percent = round_half_up(weighted / spread_total) if spread_total > 0 else None
        results = () if not details else tuple(
            CategoryResult(
                c,
                weight_of[i],
                (100.0 * weight_of[i] / spread_total) if (averages[i] is not None and weight_of[i] > 0) else 0.0,
                None if averages[i] is None else round_half_up(averages[i]),  # type: ignore[arg-type]
                counted[i],
                exempt[i],
                missing[i],
            )
            for i, c in enumerate(categories)
        )
        grade, passing = grade_for(percent, bands) if bands is not None else ("", False)
        out.append(SubjectResult(percent, results, sum(missing), grade, passing))
    return out


def overall_percent(subject_percents: Iterable[float | None]) -> float | None:
    """A term's overall percentage: the plain mean of the subjects that have a result."""
    values = [p for p in subject_percents if p is not None]
    return round_half_up(sum(values) / len(values)) if values else None


def positions(percents: Mapping[str, float | None]) -> dict[str, int]:
    """Class positions by overall percentage, ties sharing a place (1, 2, 2, 4); no result, no position."""
    ranked = sorted(((p, sid) for sid, p in percents.items() if p is not None), key=lambda t: -t[0])
    out: dict[str, int] = {}
    previous = None
    place = 0
    for i, (p, sid) in enumerate(ranked, start=1):
        if p != previous:
            place = i
            previous = p
        out[sid] = place
    return out


# --------------------------------------------------------------------------
# A section's term, from the school file
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class SubjectInfo:
    id: str
    code: str
    name: str


@dataclass
class StudentTermResult:
    student_id: str
    full_name: str
    admission_no: str
    roll_no: int
    subjects: dict[str, SubjectResult]  # by subject id
    percent: float | None = None
    grade: str = ""
    passing: bool = False
    position: int | None = None

    @property
    def not_entered(self) -> int:
        return sum(s.not_entered for s in self.subjects.values())


@dataclass
class TermResults:
    term_id: str
    term_name: str
    term_weight: int
    entry_open: bool
    published: bool
    section_id: str
    section_name: str
    subjects: list[SubjectInfo]
    students: list[StudentTermResult]
    show_position: bool
    scale_name: str
    bands: tuple[GradeBand, ...] = field(default_factory=tuple)


def _plain_rows(session: Session, statement: Select) -> list[tuple]:
    """The rows of a select of plain columns (strings, numbers: nothing to convert) as the driver's tuples,
    in the session's transaction."""
    conn = session.connection()
    compiled = statement.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = tuple(compiled.params[name] for name in compiled.positiontup or ())
    return conn.connection.dbapi_connection.execute(str(compiled), params).fetchall()  # type: ignore[union-attr]


def _load_term(session: Session, term_id: str) -> Term:
    term = session.get(Term, term_id)
    if term is None or term.deleted:
        raise ServiceError(QT_TRANSLATE_NOOP("services.results", "This term is not on this device."))
    return term


def school_term_results(session: Session, term_id: str, section_ids: Iterable[str] | None = None,
                        details: bool = False) -> dict[str, TermResults]:
    """Term results of every section (or those given), read in a handful of queries.

    ``details``: keep each subject's category averages (a section's screen and
    report cards want them; school-wide figures do not).
    """
    term = _load_term(session, term_id)
    school = session.execute(select(School).where(School.deleted.is_(False))).scalars().first()
    show_position = bool(school.show_class_position) if school is not None else True
    scale_name, bands = school_scale(session)
    wanted = set(section_ids) if section_ids is not None else None

    sections_q = select(Section.id, Section.name, Section.grade_level).where(
        Section.academic_year_id == term.academic_year_id, Section.deleted.is_(False))
    sections = {r.id: r for r in session.execute(sections_q)}
    if wanted is not None:
        sections = {k: v for k, v in sections.items() if k in wanted}
    subjects = {r.id: SubjectInfo(r.id, r.code, r.name)
                for r in session.execute(select(Subject.id, Subject.code, Subject.name).where(Subject.deleted.is_(False)))}
    weights: dict[str, dict[str, int]] = defaultdict(dict)
    for w in session.execute(select(CategoryWeight.subject_id, CategoryWeight.category, CategoryWeight.weight_percent)
                             .where(CategoryWeight.deleted.is_(False))):
        weights[w.subject_id][w.category] = w.weight_percent

    a_query = select(Assessment.id, Assessment.section_id, Assessment.subject_id, Assessment.category,
                     Assessment.max_marks_centi, Assessment.weight).where(
        Assessment.term_id == term.id, Assessment.deleted.is_(False))
    if wanted is not None:
        a_query = a_query.where(Assessment.section_id.in_(wanted))
    by_class: dict[tuple[str, str], list[ScoredAssessment]] = defaultdict(list)
    section_of: dict[str, str] = {}
    for a in session.execute(a_query):
        if a.section_id not in sections:
            continue
        by_class[(a.section_id, a.subject_id)].append(ScoredAssessment(a.id, a.category, a.max_marks_centi, a.weight))
        section_of[a.id] = a.section_id

    marks: dict[str, dict[str, tuple[str, int | None]]] = defaultdict(dict)  # student → assessment → mark
    m_query = (select(Mark.student_id, Mark.assessment_id, Mark.status, Mark.score_centi)
               .join(Assessment, Assessment.id == Mark.assessment_id)
               .where(Assessment.term_id == term.id, Mark.deleted.is_(False), Assessment.deleted.is_(False)))
    if wanted is not None:
        m_query = m_query.where(Assessment.section_id.in_(wanted))
    # ~30,000 marks a term in a large school: plain tuples from the driver (half the time of Rows).
    for student_id, assessment_id, status, score in _plain_rows(session, m_query):
        marks[student_id][assessment_id] = (status, score)

    e_query = (select(Enrollment.section_id, Enrollment.roll_no, Student.id, Student.full_name, Student.admission_no)
               .join(Student, Student.id == Enrollment.student_id)
               .where(Enrollment.deleted.is_(False), Student.deleted.is_(False),
                      Enrollment.starts_on <= term.ends_on,
                      Enrollment.ends_on.is_(None) | (Enrollment.ends_on >= term.starts_on)))
    if wanted is not None:
        e_query = e_query.where(Enrollment.section_id.in_(wanted))
    roster: dict[str, list] = defaultdict(list)
    for r in session.connection().execute(e_query):
        if r.section_id in sections:
            roster[r.section_id].append(r)

    subjects_of: dict[str, list[str]] = defaultdict(list)
    for section_id, subject_id in by_class:
        subjects_of[section_id].append(subject_id)

    out: dict[str, TermResults] = {}
    for section_id, sec in sections.items():
        subject_list = sorted((subjects[s] for s in subjects_of.get(section_id, []) if s in subjects),
                              key=lambda s: s.name)
        students: list[StudentTermResult] = []
        rows = sorted(roster.get(section_id, []), key=lambda r: (r.roll_no, r.full_name))
        owns = [marks.get(r.id, {}) for r in rows]
        by_subject = [(s.id, subject_results(by_class[(section_id, s.id)], owns, weights.get(s.id, {}), bands, details))
                      for s in subject_list]
        for k, r in enumerate(rows):
            per_subject = {subject_id: results[k] for subject_id, results in by_subject}
            percent = overall_percent(sr.percent for sr in per_subject.values())
            grade, passing = grade_for(percent, bands)
            students.append(StudentTermResult(r.id, r.full_name, r.admission_no, r.roll_no, per_subject, percent,
                                              grade, passing))
        if show_position:
            places = positions({s.student_id: s.percent for s in students})
            for s in students:
                s.position = places.get(s.student_id)
        out[section_id] = TermResults(
            term_id=term.id, term_name=term.name, term_weight=term.weight, entry_open=bool(term.entry_open),
            published=bool(term.published), section_id=section_id, section_name=sec.name, subjects=subject_list,
            students=students, show_position=show_position, scale_name=scale_name, bands=tuple(bands),
        )
    return out


def term_results(session: Session, term_id: str, section_id: str) -> TermResults:
    """One section's results for a term."""
    results = school_term_results(session, term_id, [section_id], details=True)
    if section_id not in results:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.results", "This class is not on this device for that term's year."))
    return results[section_id]


# --------------------------------------------------------------------------
# The final result over the year's terms
# --------------------------------------------------------------------------


def weighted_over_terms(values: Sequence[tuple[float | None, int]]) -> float | None:
    """(term percentage, term weight) pairs → the final percentage.

    Terms without a result yet give their weight to the others, in
    proportion (as categories do within a term); zero weights all round mean
    the terms count the same.
    """
    present = [(p, w) for p, w in values if p is not None]
    if not present:
        return None
    total = sum(w for _, w in present)
    if total <= 0:
        return round_half_up(sum(p for p, _ in present) / len(present))
    return round_half_up(sum(p * w for p, w in present) / total)


@dataclass
class StudentFinalResult:
    student_id: str
    full_name: str
    roll_no: int
    term_percents: dict[str, float | None]  # by term id
    subject_percents: dict[str, float | None]  # by subject id, over the terms
    percent: float | None
    grade: str
    passing: bool
    position: int | None = None
    provisional: bool = False  # a weighted term has no result yet, or is not published


@dataclass
class FinalResults:
    section_id: str
    section_name: str
    terms: list[tuple[str, str, int, bool]]  # (id, name, weight, published)
    subjects: list[SubjectInfo]
    students: list[StudentFinalResult]
    show_position: bool


def final_results(session: Session, section_id: str) -> FinalResults:
    """A section's year: every term's result, weighted by the terms' weights."""
    section = session.get(Section, section_id)
    if section is None or section.deleted:
        raise ServiceError(QT_TRANSLATE_NOOP("services.results", "This class is not on this device."))
    terms = session.execute(
        select(Term).where(Term.academic_year_id == section.academic_year_id, Term.deleted.is_(False))
        .order_by(Term.starts_on)
    ).scalars().all()
    per_term = {t.id: term_results(session, t.id, section_id) for t in terms}
    _, bands = school_scale(session)
    subjects: dict[str, SubjectInfo] = {}
    students: dict[str, StudentFinalResult] = {}
    own_subjects: dict[tuple[str, str], dict[str, SubjectResult]] = {}
    for t in terms:
        tr = per_term[t.id]
        for s in tr.subjects:
            subjects[s.id] = s
        for st in tr.students:
            row = students.setdefault(st.student_id, StudentFinalResult(
                st.student_id, st.full_name, st.roll_no, {}, {}, None, "", False))
            row.term_percents[t.id] = st.percent
            own_subjects[(t.id, st.student_id)] = st.subjects
    show_position = next(iter(per_term.values())).show_position if per_term else True
    for row in students.values():
        row.percent = weighted_over_terms([(row.term_percents.get(t.id), t.weight) for t in terms])
        for s in subjects:
            row.subject_percents[s] = weighted_over_terms([
                (_percent_of(own_subjects.get((t.id, row.student_id), {}).get(s)), t.weight) for t in terms
            ])
        row.grade, row.passing = grade_for(row.percent, bands)
        row.provisional = any(
            (t.weight > 0 and row.term_percents.get(t.id) is None) or not t.published for t in terms
        )
    if show_position:
        places = positions({r.student_id: r.percent for r in students.values()})
        for r in students.values():
            r.position = places.get(r.student_id)
    return FinalResults(
        section_id=section_id, section_name=section.name,
        terms=[(t.id, t.name, t.weight, bool(t.published)) for t in terms],
        subjects=sorted(subjects.values(), key=lambda s: s.name),
        students=sorted(students.values(), key=lambda r: (r.roll_no, r.full_name)),
        show_position=show_position,
    )


def _percent_of(result: SubjectResult | None) -> float | None:
    return result.percent if result is not None else None


# --------------------------------------------------------------------------
# What a report card prints
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportSubjectLine:
    subject: str
    categories: dict[str, float | None]  # category → average %
    percent: float | None
    grade: str
    passing: bool
    incomplete: bool


@dataclass(frozen=True)
class AttendanceSummary:
    days: int  # school days marked
    present: float  # the sum of the days' values (attendance.day_status): a half day counts ½
    absent: int
    late: int
    excused: int


@dataclass(frozen=True)
class ReportCardData:
    school_name: str
    school_address: str
    school_phone: str
    year_name: str
    term_name: str
    published: bool
    section_name: str
    student_id: str
    student_name: str
    admission_no: str
    roll_no: int
    categories: tuple[str, ...]  # the columns, in order
    subjects: tuple[ReportSubjectLine, ...]
    percent: float | None
    grade: str
    passing: bool
    position: int | None
    class_size: int
    attendance: AttendanceSummary | None
    teacher_comment: str = ""
    principal_comment: str = ""
    homeroom_teacher: str = ""


def attendance_summaries(session: Session, student_ids: Sequence[str], starts_on, ends_on) -> dict[str, AttendanceSummary]:  # noqa: ANN001
    """Days present, absent, late and excused per student between two dates, as the register counts them.

    One rule for the register and the report card: a day's marks roll up by
    :func:`app.services.attendance.day_status` (a daily mark if there is one,
    else the day's per-period marks). ``present`` is the sum of the days'
    values (a half day counts ½), ``absent`` the days whose value is 0,
    ``late`` and ``excused`` the days with a mark of that kind.
    """
    from app.services.attendance import day_status
    from app.storage.models import AttendanceCode, AttendanceMark

    kinds = dict(session.execute(select(AttendanceCode.code, AttendanceCode.kind)).all())
    marks: dict[str, dict] = defaultdict(lambda: defaultdict(list))
    ids = list(student_ids)
    for i in range(0, len(ids), 500):
        for sid, day, period, code in session.execute(
            select(AttendanceMark.student_id, AttendanceMark.date, AttendanceMark.period, AttendanceMark.code).where(
                AttendanceMark.student_id.in_(ids[i:i + 500]), AttendanceMark.deleted.is_(False),
                AttendanceMark.date >= starts_on, AttendanceMark.date <= ends_on)
        ):
            marks[sid][day].append((period, code))
    out = {}
    for sid in ids:
        days = present = absent = late = excused = 0
        for day_marks in marks.get(sid, {}).values():
            daily = [code for period, code in day_marks if period == 0]
            day_kinds = [kinds.get(c, "present") for c in daily or [code for _p, code in sorted(day_marks)]]
            value = day_status(day_kinds)
            days += 1
            present += value
            absent += value == 0
            late += "late" in day_kinds
            excused += "excused" in day_kinds
        out[sid] = AttendanceSummary(days=days, present=present, absent=absent, late=late, excused=excused)
    return out


def report_card_data(
    session: Session, term_id: str, section_id: str, comments: Mapping[str, tuple[str, str]] | None = None,
) -> list[ReportCardData]:
    """Everything the report cards of a section print, read once (the PDF needs no session).

    ``comments``: student id → (teacher's comment, principal's comment).
    """
    from app.storage.models import User

    results = term_results(session, term_id, section_id)
    term = session.get(Term, term_id)
    assert term is not None
    school = session.execute(select(School).where(School.deleted.is_(False))).scalars().first()
    section = session.get(Section, section_id)
    year = session.execute(
        select(AcademicYear.name).where(AcademicYear.id == term.academic_year_id)).scalar() or ""
    homeroom = ""
    if section is not None and section.homeroom_teacher_id:
        homeroom = session.execute(select(User.full_name).where(User.id == section.homeroom_teacher_id)).scalar() or ""
    categories: list[str] = []
    for st in results.students:
        for sr in st.subjects.values():
            for c in sr.categories:
                if c.category not in categories:
                    categories.append(c.category)
    order = {"test": 0, "homework": 1, "exam": 9}
    categories.sort(key=lambda c: (order.get(c, 5), c))
    attendance = attendance_summaries(session, [s.student_id for s in results.students], term.starts_on,
                                      term.ends_on)
    comments = comments or {}
    cards = []
    for st in results.students:
        lines = tuple(
            ReportSubjectLine(
                subject=subject.name,
                categories={c.category: c.percent for c in st.subjects[subject.id].categories},
                percent=st.subjects[subject.id].percent,
                grade=st.subjects[subject.id].grade,
                passing=st.subjects[subject.id].passing,
                incomplete=st.subjects[subject.id].not_entered > 0,
            )
            for subject in results.subjects
        )
        teacher_comment, principal_comment = comments.get(st.student_id, ("", ""))
        cards.append(ReportCardData(
            school_name=school.name if school else "", school_address=school.address if school else "",
            school_phone=school.phone if school else "", year_name=year, term_name=term.name,
            published=bool(term.published), section_name=results.section_name, student_id=st.student_id,
            student_name=st.full_name, admission_no=st.admission_no, roll_no=st.roll_no,
            categories=tuple(categories), subjects=lines, percent=st.percent, grade=st.grade, passing=st.passing,
            position=st.position, class_size=sum(1 for s in results.students if s.percent is not None),
            attendance=attendance.get(st.student_id), teacher_comment=teacher_comment,
            principal_comment=principal_comment, homeroom_teacher=homeroom,
        ))
    return cards
