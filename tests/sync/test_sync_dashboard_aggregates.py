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
