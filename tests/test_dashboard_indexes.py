"""The dashboard reads a school's two biggest tables, attendance marks and marks, only through indexes.

A large school has ~370,000 attendance marks and ~80,000 marks: the
dashboard's counts of the last 30 school days and of a term's marks must go
to the rows they need, never through the whole table (schema revision 0005).
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import event

from app.services import dashboard
from app.services.attendance import MarkEntry, mark_attendance
from app.services.grades import MarkValue, record_marks


def _plans(school, day: dt.date) -> dict[str, str]:
    """Each SELECT the whole dashboard runs → its query plan."""
    statements: list[tuple[str, object]] = []

    def seen(_conn, _cursor, statement, parameters, _context, _many):  # noqa: ANN001, ANN202
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(school.db.engine, "before_cursor_execute", seen)
    try:
        dashboard.forget()
        with school.db.session() as s:
            dashboard.school_dashboard(s, day)
    finally:
        event.remove(school.db.engine, "before_cursor_execute", seen)
    plans = {}
    with school.db.session() as s:
        raw = s.connection().connection.dbapi_connection
        for statement, parameters in statements:
            rows = raw.execute("EXPLAIN QUERY PLAN " + statement, parameters).fetchall()
            plans[statement] = " | ".join(r[-1] for r in rows)
    return plans


def test_attendance_and_marks_are_never_scanned_whole(school, school_day):
    day = school_day
    with school.db.write() as s:
        mark_attendance(s, school.principal, school.section.id, day,
                        {st.id: MarkEntry("A" if i == 0 else "P") for i, st in enumerate(school.students)})
        record_marks(s, school.teacher, school.assessment.id,
                     {st.id: MarkValue("scored", 30_00 + i) for i, st in enumerate(school.students)})
    plans = _plans(school, day)
    reading = {sql: plan for sql, plan in plans.items()
               if re.search(r"\bFROM (attendance_marks|marks)\b|JOIN (attendance_marks|marks)\b", sql)}
    assert len(reading) >= 8  # today, the trends, the fingerprints, the results: all of them looked at
    whole = [sql for sql, plan in reading.items() if re.search(r"\bSCAN (attendance_marks|marks)\b", plan)]
    assert whole == []
    # The window's counts (what the trends and the fingerprint add up) never touch the table.
    window = [plan for sql, plan in reading.items()
              if "FROM attendance_marks" in sql and "date >=" in sql and "student_id IN" not in sql]
    assert window and all("COVERING INDEX ix_attendance_marks_date_section_id" in p for p in window)
    # A term's marks: the term's assessments by their index, their marks from the covering one.
    term_marks = [plan for sql, plan in reading.items() if "term_id" in sql and "marks" in sql and "JOIN" in sql]
    assert term_marks and all("ix_assessments_term_id" in p and "COVERING INDEX ix_marks_assessment_id" in p
                              for p in term_marks)
