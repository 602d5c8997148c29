"""The figures kept up to date as rows are written (schema 0007) say what the raw rows say.

Two checks, on a school changed through the services (roll calls, a code
corrected, payments and a cancellation, marks entered and cleared):

* the kept tables equal what a rebuild from the raw rows makes
  (:func:`app.storage.aggregates.rebuild` on a copy of the file);
* every figure of the dashboard counted from them equals the same figure
  counted from the raw rows (a copy of the file with the kept tables marked
  stale, which makes every part count from the raw rows as before 0007).

``tests/sync/test_sync_dashboard_aggregates.py`` does the same after pulls.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from app.services import dashboard
from app.services.attendance import MarkEntry, mark_attendance
from app.services.fees import cancel_payment, record_payment
from app.services.grades import MarkValue, clear_marks, record_marks
from app.storage import aggregates, migrate
from app.storage.db import open_school

#: The kept tables a rebuild makes, and the column that is 0 in a row a trigger emptied (a rebuild has none).
KEPT = {"agg_attendance_days": "marks", "agg_attendance_weeks": "marks", "agg_invoices": None,
        "agg_payment_days": "payments"}
PARTS = ("today", "trends", "fees", "results")


def kept_rows(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {table: sorted(conn.execute(
            f"SELECT * FROM {table}" + (f" WHERE {count} <> 0" if count else "")).fetchall())
            for table, count in KEPT.items()}
    finally:
        conn.close()


def copy_of(path: Path, target: Path) -> Path:
    source = sqlite3.connect(path)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    return target


def rebuilt_rows(path: Path, work: Path) -> dict[str, list[tuple]]:
    """The kept tables as a rebuild from the raw rows makes them (on a copy)."""
    copy = copy_of(path, work / "rebuilt.daftar")
    conn = sqlite3.connect(copy, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        aggregates.rebuild(conn)
        conn.execute("COMMIT")
    finally:
        conn.close()
    return kept_rows(copy)


def raw_dashboard(path: Path, work: Path, day: dt.date) -> dashboard.Dashboard:
    """The dashboard counted from the raw rows: a copy whose kept tables are marked stale."""
    copy = copy_of(path, work / "raw.daftar")
    conn = sqlite3.connect(copy)
    conn.execute("INSERT OR REPLACE INTO agg_state (key, value) VALUES ('stale', '1')")
    conn.commit()
    conn.close()
    db = open_school(copy, work / "raw-backups")
    try:
        dashboard.forget()
        with db.session() as s:
            assert not aggregates.usable(s)
            return dashboard.school_dashboard(s, day)
    finally:
        db.close()


def assert_kept_figures_are_right(db, work: Path, day: dt.date, *, settle: bool = True) -> dashboard.Dashboard:
    """The kept tables equal a rebuild, and each dashboard part read from them equals the raw rows' one."""
    work.mkdir(parents=True, exist_ok=True)
    if settle:
        dashboard.settle(db, day)
    with db.session() as s:
        assert aggregates.usable(s)
    assert kept_rows(db.path) == rebuilt_rows(db.path, work)
    dashboard.forget()
    with db.session() as s:
        kept = dashboard.school_dashboard(s, day)
    raw = raw_dashboard(db.path, work, day)
    for part in PARTS:
        assert getattr(kept, part) == getattr(raw, part), part
    return kept


def _busy_school(school, day: dt.date) -> None:
    """Roll calls over several days, a code corrected, payments and a cancellation, marks entered and cleared."""
    students = school.students
    days = [day - dt.timedelta(days=n) for n in range(0, 12) if (day - dt.timedelta(days=n)).weekday() < 5][:4]
    with school.db.write() as s:
        for n, d in enumerate(days):
            mark_attendance(s, school.principal, school.section.id, d,
                            {st.id: MarkEntry("A" if (i + n) % 3 == 0 else "L" if i == 2 else "P")
                             for i, st in enumerate(students)})
        # A correction: yesterday's absent student was there after all; one present is now absent.
        mark_attendance(s, school.principal, school.section.id, days[1],
                        {students[0].id: MarkEntry("P"), students[1].id: MarkEntry("A")})
        record_marks(s, school.teacher, school.assessment.id,
                     {st.id: MarkValue("scored", 20_00 + 300 * i) for i, st in enumerate(students)})
        first = record_payment(s, school.office, students[0].id, 700_00, "cash")
        record_payment(s, school.office, students[1].id, 450_00, "cheque", reference="CHQ 1")
        record_payment(s, school.office, students[2].id, 120_00, "cash")
    with school.db.write() as s:
        cancel_payment(s, school.office, first.id, "typed the wrong amount")
        clear_marks(s, school.teacher, school.assessment.id, [students[3].id])
        record_marks(s, school.teacher, school.assessment.id, {students[4].id: MarkValue("absent", None)})


def test_services_keep_the_figures_equal_to_the_raw_rows(school, school_day, tmp_path):
    _busy_school(school, school_day)
    d = assert_kept_figures_are_right(school.db, tmp_path / "check", school_day)
    # Not an empty comparison: the figures moved.
    assert d.today.marked == len(school.students)
    assert any(c.collected_minor for c in d.fees.collections)
    assert d.results is not None and d.results.entered > 0
    # And a figure the dashboard keeps is counted again after a write (here a roll call corrected today).
    with school.db.write() as s:
        mark_attendance(s, school.principal, school.section.id, school_day,
                        {st.id: MarkEntry("A") for st in school.students})
    d = assert_kept_figures_are_right(school.db, tmp_path / "again", school_day)
    assert d.today.rate == 0.0


@pytest.mark.parametrize("rest", [False, True], ids=["triggers-resting", "triggers-dropped"])
def test_a_download_under_way_rests_the_triggers_and_its_end_rebuilds(school, school_day, tmp_path, rest):
    """While ``deferred_indexes`` is in sync_meta (a first download), the triggers write nothing (or were
    dropped by :func:`aggregates.rest`) and the figures are counted from the raw rows; :func:`settle`
    rebuilds the tables (and makes the dropped triggers again) once it is gone."""
    conn = sqlite3.connect(school.db.path)
    triggers = set(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    conn.execute("INSERT OR REPLACE INTO sync_meta (key, value) VALUES ('deferred_indexes', '[]')")
    if rest:  # what the engine does beside defer_indexes: the triggers dropped, their SQL kept
        aggregates.rest(conn)
        assert len(set(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))) < len(triggers)
    conn.commit()
    conn.close()
    before = kept_rows(school.db.path)
    _busy_school(school, school_day)
    assert kept_rows(school.db.path) == before  # the triggers rested
    dashboard.settle(school.db, school_day)  # nothing to do while a download is under way
    with school.db.session() as s:
        assert not aggregates.usable(s)
    raw = raw_dashboard(school.db.path, tmp_path, school_day)
    dashboard.forget()
    with school.db.session() as s:
        assert dashboard.school_dashboard(s, school_day).fees == raw.fees  # counted from the raw rows
    conn = sqlite3.connect(school.db.path)
    conn.execute("DELETE FROM sync_meta WHERE key = 'deferred_indexes'")  # the download's end, cut short
    conn.commit()
    conn.close()
    assert_kept_figures_are_right(school.db, tmp_path / "after", school_day)
    conn = sqlite3.connect(school.db.path)
    assert set(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")) == triggers
    conn.close()


def test_a_populated_0006_file_upgraded_has_its_figures_kept(school, school_day, tmp_path):
    """Schema 0007 fills the kept tables from the rows already in the file."""
    _busy_school(school, school_day)
    school.db.close()
    old = tmp_path / "at-0006.daftar"
    migrate._run_upgrade(old, "0006", ())
    conn = sqlite3.connect(old)
    conn.execute("ATTACH DATABASE ? AS src", (str(school.db.path),))
    tables = [r[0] for r in conn.execute("SELECT name FROM main.sqlite_master WHERE type='table'")
              if r[0] not in ("alembic_version", "sqlite_sequence")]
    for table in tables:
        cols = [r[1] for r in conn.execute(f'PRAGMA main.table_info("{table}")')]
        src_cols = {r[1] for r in conn.execute(f'PRAGMA src.table_info("{table}")')}
        shared = ", ".join(f'"{c}"' for c in cols if c in src_cols)
        conn.execute(f'INSERT INTO main."{table}" ({shared}) SELECT {shared} FROM src."{table}"')
    conn.commit()
    conn.execute("DETACH DATABASE src")
    conn.close()
    migrate.upgrade_school_file(old, tmp_path / "backups")
    assert migrate.current_revision(old) == "0007"
    rows = kept_rows(old)
    assert rows["agg_attendance_days"] and rows["agg_invoices"] and rows["agg_payment_days"]
    db = open_school(old, tmp_path / "backups")
    try:
        assert_kept_figures_are_right(db, tmp_path / "check", school_day, settle=False)
    finally:
        db.close()


def test_a_chronic_absentees_cleared_mark_is_not_in_their_days(school, school_day, tmp_path):
    """The chronic absentees' days are read from an index that does not say whether a mark was cleared:
    a student whose marks there are more than the days the registers counted has one, and is read again
    in full. Here an absence cleared (a tombstone, as a pull writes it) leaves that day out of the strip."""
    _busy_school(school, school_day)
    dashboard.settle(school.db, school_day)
    dashboard.forget()
    with school.db.session() as s:
        trends = dashboard.attendance_trends(s, school_day)
    before = {c.student_id: c for c in trends.chronic}
    days = list(trends.days)
    # A student absent twice: with one absence cleared, still below the threshold.
    chronic = next(c for c in before.values() if c.trend.count(0.0) >= 2)
    cleared = days[chronic.trend.index(0.0)]
    conn = sqlite3.connect(school.db.path)
    conn.execute("UPDATE attendance_marks SET deleted = 1, version = version + 1000 "
                 "WHERE student_id = ? AND date = ? AND period = 0", (chronic.student_id, cleared.isoformat()))
    conn.commit()
    conn.close()
    d = assert_kept_figures_are_right(school.db, tmp_path / "check", school_day)
    after = {c.student_id: c for c in d.trends.chronic}
    row = after[chronic.student_id]  # the cleared day is a day with no mark
    assert row.trend[days.index(cleared)] is None
    assert row.days_counted == chronic.days_counted - 1
    assert sum(v is not None for v in row.trend) == row.days_counted
    # Every other student's strip is as it was.
    for sid, c in before.items():
        if sid != chronic.student_id and sid in after:
            assert after[sid].trend == c.trend


def test_rates_over_windows_beginning_on_any_weekday_equal_the_raw_rows(school, school_day, tmp_path):
    """The 30-day rates read a week the window covers in part either from the raw marks of its days in the
    window or from its kept counts less the raw marks of its other days (whichever reads fewer rows). For
    windows beginning and ending on every weekday, with a code corrected and a mark cleared by a pull (a
    tombstone) on a day just outside some of them, the rates equal those counted from the raw rows alone."""
    from app.services.registers import attendance_rates, last_school_days

    students = school.students
    with school.db.session() as s:
        days = last_school_days(s, 15, school_day)
    with school.db.write() as s:
        for n, d in enumerate(days):
            mark_attendance(s, school.principal, school.section.id, d,
                            {st.id: MarkEntry("A" if (i + n) % 4 == 0 else "L" if (i * n) % 5 == 1 else "P")
                             for i, st in enumerate(students)})
        mark_attendance(s, school.principal, school.section.id, days[3], {students[0].id: MarkEntry("A")})
    conn = sqlite3.connect(school.db.path)
    conn.execute("UPDATE attendance_marks SET deleted = 1, version = version + 1000 "
                 "WHERE student_id = ? AND date = ? AND period = 0", (students[1].id, days[5].isoformat()))
    conn.commit()
    conn.close()
    raw = copy_of(school.db.path, tmp_path / "raw.daftar")
    conn = sqlite3.connect(raw)
    conn.execute("INSERT OR REPLACE INTO agg_state (key, value) VALUES ('stale', '1')")
    conn.commit()
    conn.close()
    raw_db = open_school(raw, tmp_path / "raw-backups")
    try:
        seen = set()
        for until in days[-7:]:
            for window in (2, 3, 4, 6, 8, 11):
                with school.db.session() as s, raw_db.session() as r:
                    assert aggregates.usable(s) and not aggregates.usable(r)
                    kept = attendance_rates(s, until=until, window=window)
                    counted = attendance_rates(r, until=until, window=window)
                assert kept == counted, (until, window)
                assert any(x.days_counted for x in kept.students)
                seen.add(kept.days[0].weekday())
        assert seen == {0, 1, 2, 3, 4}  # windows beginning on every school weekday
    finally:
        raw_db.close()


def test_kept_means_are_read_right_for_a_section_name_with_quotes_and_arabic(school, school_day):
    """The previous term's means are read from the head of each kept summary (the text before its
    subjects), not from the summary decoded whole: a section's name with quotes, a comma, Arabic and even
    the text that ends that head gives the name and mean SQLite's own JSON reading gives."""
    from app.storage.models import Section

    name = 'Grade 5 "Blue",\u0627\u0644\u0623\u0632\u0631\u0642,"subjects":[1]'
    with school.db.write() as s:
        s.get(Section, school.section.id).name = name
    _busy_school(school, school_day)
    dashboard.settle(school.db, school_day)
    with school.db.session() as s:
        term = dashboard.current_term(s, school_day)
        got = aggregates.term_means(s, term.id)
        expected = {sid: (n, m) for sid, n, m in s.connection().exec_driver_sql(
            "SELECT section_id, json_extract(summary, '$.name'), json_extract(summary, '$.mean') "
            "FROM agg_term_results WHERE term_id = ?", (term.id,))}
    assert got == expected
    assert got[school.section.id][0] == name and float(got[school.section.id][1]) > 0
