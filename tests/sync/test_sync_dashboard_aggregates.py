"""The principal's kept dashboard figures stay equal to the raw rows when pulls bring changes.

A teacher's roll calls and marks and the office's payments reach the
principal's laptop by the sync engine's bulk upserts, with codes corrected,
a payment cancelled and a mark cleared (a tombstone); the principal writes on
their own laptop too. After each pull the tables the triggers keep equal a
rebuild from the raw rows, and every dashboard figure counted from them equals
the one counted from the raw rows (``tests/test_dashboard_aggregates.py``).
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from app.services import dashboard
from app.services.attendance import MarkEntry, mark_attendance
from app.services.clock import school_today
from app.services.fees import cancel_payment, record_payment
from app.services.grades import MarkValue, clear_marks, record_marks
from app.storage import aggregates
from app.storage.migrate import create_school_file
from tests.test_dashboard_aggregates import assert_kept_figures_are_right


def test_pulled_changes_keep_the_dashboard_figures_right(server_school, devices, tmp_path):
    ids = server_school.ids
    principal = devices(server_school, "principal")  # a first download: the triggers rest, then a rebuild
    assert principal.first_report.ok, principal.first_report.describe()
    with principal.db.session() as s:  # the download dropped the triggers, made them again and rebuilt
        assert aggregates.usable(s)
        triggers = s.connection().exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'agg%'").scalar()
    fresh = tmp_path / "fresh.daftar"
    create_school_file(fresh)
    with sqlite3.connect(fresh) as conn:
        assert triggers == conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'agg%'").fetchone()[0]
    teacher = devices(server_school, "teacher1")
    office = devices(server_school, "office")
    with principal.db.session() as s:
        today = school_today(s)
    days = [today - dt.timedelta(days=n) for n in range(3)]
    sec_a = [ids[f"student{i}"] for i in range(1, 4)]
    sec_b = [ids[f"student{i}"] for i in range(4, 7)]
    assert_kept_figures_are_right(principal.db, tmp_path / "downloaded", today)

    # Round 1: roll calls, marks and payments made elsewhere; the principal's own roll call.
    for n, day in enumerate(days):
        teacher.write(mark_attendance, ids["sec_a"], day,
                      {sid: MarkEntry("A" if (i + n) % 2 == 0 else "P") for i, sid in enumerate(sec_a)})
    teacher.write(record_marks, ids["assess_a"], {sid: MarkValue("scored", 30_00 + 100 * i)
                                                  for i, sid in enumerate(sec_a)})
    cash = office.write(record_payment, sec_a[0], 400_00, "cash")
    office.write(record_payment, sec_b[0], 1000_00, "cheque", reference="CHQ 7")
    principal.write(mark_attendance, ids["sec_b"], today, {sid: MarkEntry("P") for sid in sec_b})
    for d in (teacher, office, principal):
        report = d.sync()
        assert report.ok, report.describe()
    with principal.db.session() as s:
        assert aggregates.usable(s)
    first = assert_kept_figures_are_right(principal.db, tmp_path / "round1", today)
    assert first.fees.collections[0].collected_minor == 1400_00
    assert first.today.marked == 6

    # Round 2: a code corrected, the cash payment cancelled, a mark cleared (a tombstone pulled).
    teacher.write(mark_attendance, ids["sec_a"], days[1], {sec_a[0]: MarkEntry("P"), sec_a[1]: MarkEntry("A")})
    teacher.write(clear_marks, ids["assess_a"], [sec_a[2]])
    office.write(cancel_payment, cash.id, "the wrong student")
    principal.write(record_payment, sec_b[1], 250_00, "cash")
    for d in (teacher, office, principal):
        report = d.sync()
        assert report.ok, report.describe()
    with principal.db.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM marks WHERE deleted = 1").scalar() == 1
    second = assert_kept_figures_are_right(principal.db, tmp_path / "round2", today)
    assert second.fees.collections[0].collected_minor == 1250_00
    assert second.results is not None and second.results.entered < first.results.entered
    dashboard.forget()


def _triggers_on(path, table: str) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)))
    finally:
        conn.close()


def test_a_pull_of_many_marks_keeps_the_figures_in_bulk_and_right(server_school, devices, tmp_path):
    """A pull that writes hundreds of attendance marks (a day's register of every period) counts the
    days and weeks it touched again in one go, its triggers resting meanwhile: new marks, codes
    corrected, marks deleted (pulled as tombstones), daily and per-period marks, on several days;
    the figures equal the raw rows' after each pull and the triggers are all there again."""
    from app.services import outbox
    from app.storage.models import AttendanceMark
    from app.sync.engine import BULK_FIGURES_ROWS
    from sqlalchemy import select

    ids = server_school.ids
    office_laptop = devices(server_school, "principal")  # where the marks are taken
    laptop = devices(server_school, "principal")  # the principal's other laptop, which pulls them
    triggers = _triggers_on(laptop.db.path, "attendance_marks")
    assert len(triggers) == 6
    with laptop.db.session() as s:
        today = school_today(s)
    students = {sec: [ids[f"student{i}"] for i in rng] for sec, rng in (("sec_a", range(1, 4)),
                                                                          ("sec_b", range(4, 7)))}
    periods = BULK_FIGURES_ROWS // 6 + 2  # every student, every period: more marks than the bulk needs
    days = [today - dt.timedelta(days=n) for n in (0, 1, 8)]  # two weeks
    for n, day in enumerate(days):
        for sec, sids in students.items():
            office_laptop.write(mark_attendance, ids[sec], day,
                                {sid: MarkEntry("A" if (i + n) % 3 == 0 else "P") for i, sid in enumerate(sids)})
            for period in range(1, periods + 1) if n == 0 else ():
                office_laptop.write(mark_attendance, ids[sec], day,
                                    {sid: MarkEntry("L" if (i + period) % 4 == 0 else "P")
                                     for i, sid in enumerate(sids)}, period=period)
    assert office_laptop.sync().ok
    laptop.write(mark_attendance, ids["sec_b"], days[1], {students["sec_b"][0]: MarkEntry("L")})  # its own
    report = laptop.sync()
    assert report.ok and report.pulled >= BULK_FIGURES_ROWS, report.describe()
    assert _triggers_on(laptop.db.path, "attendance_marks") == triggers
    first = assert_kept_figures_are_right(laptop.db, tmp_path / "first", today)
    assert first.today.marked == 6

    # Codes corrected on every period, marks deleted (tombstones), a daily mark moved to another code.
    for sec, sids in students.items():
        for period in range(1, periods + 1):
            office_laptop.write(mark_attendance, ids[sec], today,
                                {sid: MarkEntry("A" if (i + period) % 2 == 0 else "P")
                                 for i, sid in enumerate(sids)}, period=period)
    office_laptop.write(mark_attendance, ids["sec_a"], days[2], {students["sec_a"][1]: MarkEntry("L")})

    def delete_some(s, actor):
        found = s.execute(select(AttendanceMark).where(
            AttendanceMark.date.in_([today, days[2]]), AttendanceMark.period.in_([0, 1, 2]),
            AttendanceMark.student_id == students["sec_a"][0])).scalars().all()
        for mark in found:
            outbox.delete(s, actor, mark)
        return len(found)

    assert office_laptop.write(delete_some) == 4
    assert office_laptop.sync().ok
    report = laptop.sync()
    assert report.ok and report.pulled >= BULK_FIGURES_ROWS and not report.repaired, report.describe()
    assert _triggers_on(laptop.db.path, "attendance_marks") == triggers
    with laptop.db.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM attendance_marks WHERE deleted = 1").scalar() == 4
        kept = c.exec_driver_sql("SELECT sum(marks) FROM agg_attendance_days WHERE date = ? AND by_period = 0",
                                 (today.isoformat(),)).scalar()
    assert kept == 5  # the deleted daily mark of today is not counted
    assert_kept_figures_are_right(laptop.db, tmp_path / "second", today)

    # A few marks afterwards are kept by the triggers, on top of the counted figures.
    office_laptop.write(mark_attendance, ids["sec_a"], today, {students["sec_a"][0]: MarkEntry("P")})
    assert office_laptop.sync().ok
    assert laptop.sync().ok
    assert assert_kept_figures_are_right(laptop.db, tmp_path / "third", today).today.marked == 6
    dashboard.forget()
