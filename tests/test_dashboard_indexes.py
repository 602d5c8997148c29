"""The dashboard reads a school's two biggest tables, attendance marks and marks, only through indexes,
and once its kept figures are up to date it hardly reads them at all.

A large school has ~370,000 attendance marks and ~80,000 marks. Since schema
0007 the counts of the last 30 school days come from the tables kept by
triggers (``agg_attendance_days``, ``agg_attendance_weeks``), and a term's
results from the kept summaries (``agg_term_results``): the raw marks are read
only for today's lists, the days at the edges of the window and the chronic
absentees' own days, always by an index.
"""

from __future__ import annotations

import datetime as dt
import re

from app.services import dashboard
from app.services.attendance import MarkEntry, mark_attendance
from app.services.grades import MarkValue, record_marks


def _statements(school, day: dt.date) -> dict[str, str]:
    """Each SELECT the whole dashboard runs (bound values written in, as SQLite ran it) → its query plan."""
    statements: list[str] = []
    dashboard.forget()
    with school.db.session() as s:
        raw = s.connection().connection.dbapi_connection
        raw.set_trace_callback(statements.append)
        try:
            dashboard.school_dashboard(s, day)
        finally:
            raw.set_trace_callback(None)
        plans = {}
        for statement in statements:
            if statement.lstrip().upper().startswith("SELECT"):
                rows = raw.execute("EXPLAIN QUERY PLAN " + statement).fetchall()
                plans[statement] = " | ".join(r[-1] for r in rows)
    return plans


def _reading(plans: dict[str, str], table: str) -> dict[str, str]:
    return {sql: plan for sql, plan in plans.items() if re.search(rf"\b(FROM|JOIN) {table}\b", sql)}


def test_attendance_and_marks_are_never_scanned_whole(school, school_day):
    day = school_day
    with school.db.write() as s:
        mark_attendance(s, school.principal, school.section.id, day,
                        {st.id: MarkEntry("A" if i == 0 else "P") for i, st in enumerate(school.students)})
        record_marks(s, school.teacher, school.assessment.id,
                     {st.id: MarkValue("scored", 30_00 + i) for i, st in enumerate(school.students)})
    # Before the summaries are kept: the term's marks are read, by the indexes of schema 0005.
    plans = _statements(school, day)
    marks = _reading(plans, "marks")
    attendance = _reading(plans, "attendance_marks")
    assert marks and attendance
    whole = [sql for sql, plan in plans.items() if re.search(r"\bSCAN (attendance_marks|marks)\b", plan)]
    assert whole == []
    assert all("ix_assessments_term_id" in p and "COVERING INDEX ix_marks_assessment_id" in p
               for sql, p in marks.items() if "term_id" in sql)
    # The window's counts come from the kept tables, never from a range of days of the raw marks (only the
    # chronic absentees' own days are read, student by student).
    assert _reading(plans, "agg_attendance_days")
    assert not [sql for sql in attendance if "date >=" in sql and "student_id IN" not in sql]

    # Once the worker has kept the summaries (what the screen does before reading), no mark is read.
    dashboard.settle(school.db, day)
    plans = _statements(school, day)
    assert _reading(plans, "agg_term_results")
    assert _reading(plans, "marks") == {}
    whole = [sql for sql, plan in plans.items() if re.search(r"\bSCAN (attendance_marks|marks)\b", plan)]
    assert whole == []
