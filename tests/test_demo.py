"""The demo school: a real school file that opens, adds up, and looks like a school.

One ``small`` school (300 students) is generated for the module and written
to a real SQLite file; the tests read it back the way the app does (through
``open_school`` and the services) and check what a principal, the office or
a teacher would notice if it were wrong.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from app.demo import DEMO_SCHOOL_CODE, DEMO_USERS, build_demo_school, generate_demo_school
from app.demo.generator import DemoSchool, DemoSummary
from app.services.fees import invoice_dues, student_balance
from app.storage.db import open_school
from app.storage.models import Invoice
from app.sync.protocol import ENTITIES

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 3, 12)  # a Thursday: a school day


@dataclass
class Made:
    school: DemoSchool
    path: Path
    summary: DemoSummary
    progress: list[tuple[int, int, str]]
    files: list[str]  # in the folder, just after


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Made:
    """The small demo school, made as the app makes it, over an old demo file."""
    path = tmp_path_factory.mktemp("demo") / "demo.daftar"
    path.write_bytes(b"an old demo file")
    Path(f"{path}-wal").write_bytes(b"the old file's write-ahead log")
    seen: list[tuple[int, int, str]] = []
    summary = generate_demo_school(
        path, size="small", seed=7, replace=True, today=TODAY,
        progress=lambda done, total, stage: seen.append((done, total, stage)),
    )
    # The same seed and day make the same school: this is the one in the file.
    files = sorted(p.name for p in path.parent.iterdir())
    school = build_demo_school("small", seed=7, today=TODAY)
    return Made(school, path, summary, seen, files)


@pytest.fixture
def sql(demo):
    """A read-only connection to the demo file."""
    conn = sqlite3.connect(f"file:{demo.path}?mode=ro", uri=True)
    yield conn
    conn.close()


def one(conn: sqlite3.Connection, query: str, *args):
    return conn.execute(query, args).fetchone()[0]


# ---------------------------------------------------------------------------
# The file
# ---------------------------------------------------------------------------


def test_the_file_opens_and_is_healthy(demo, sql):
    path = demo.path
    db = open_school(path, path.parent / "backups")
    db.close()
    assert sql.execute("PRAGMA foreign_key_check").fetchall() == []
    assert one(sql, "PRAGMA quick_check") == "ok"
    assert one(sql, "PRAGMA journal_mode") == "wal"
    # As if already synced: every row has a version, none is waiting to be sent.
    assert one(sql, "SELECT count(*) FROM outbox") == 0
    versions = []
    for entity in ENTITIES:
        assert one(sql, f"SELECT count(*) FROM {entity} WHERE version IS NULL OR deleted") == 0, entity
        versions += [v for (v,) in sql.execute(f"SELECT version FROM {entity}")]
    assert sorted(versions) == list(range(1, len(versions) + 1))
    assert sql.execute("SELECT device_code, school_code FROM device_identity").fetchall() == [("OF1", DEMO_SCHOOL_CODE)]


def test_row_counts_are_those_of_a_small_school(demo, sql):
    school = demo.school
    counts = {entity: one(sql, f"SELECT count(*) FROM {entity}") for entity in ENTITIES}
    assert counts == school.counts()
    assert counts["schools"] == 1
    assert counts["students"] == 300
    assert counts["sections"] == 10
    assert counts["terms"] == 3
    assert len(school.school_days) == 190
    assert 300 * 190 * 0.95 <= counts["attendance_marks"] <= 300 * 190
    assert 8_000 <= counts["marks"] <= 16_000
    assert 2.5 * 300 <= counts["invoices"] <= 3 * 300
    assert 4 * 300 <= counts["payments"] <= 7 * 300
    assert 3 <= counts["payment_cancellations"] <= 0.03 * counts["payments"]
    assert counts["concessions"] > 0
    assert counts["attendance_codes"] == 6


def test_the_demo_users_exist_and_teacher1_teaches_several_sections_and_subjects(sql):
    roles = dict(sql.execute("SELECT username, role FROM users"))
    for user in DEMO_USERS:
        assert roles[user.username] == user.role
    assert {u.role for u in DEMO_USERS} == {"teacher", "office", "principal", "admin"}
    taught = sql.execute(
        "SELECT DISTINCT t.section_id, t.subject_id FROM teaching_assignments t JOIN users u ON u.id = t.teacher_id "
        "WHERE u.username = 'teacher1'"
    ).fetchall()
    assert len({s for s, _ in taught}) >= 3 and len({j for _, j in taught}) >= 2
    # Every section has every subject, with a teacher, and a homeroom teacher.
    assert one(sql, "SELECT count(*) FROM sections WHERE homeroom_teacher_id IS NULL") == 0
    assert one(sql, "SELECT count(DISTINCT section_id || subject_id) FROM teaching_assignments") == 10 * 5


# ---------------------------------------------------------------------------
# Students and the calendar
# ---------------------------------------------------------------------------


def test_every_active_student_has_one_enrollment_this_year(sql):
    rows = sql.execute(
        "SELECT s.status, count(y.id) FROM students s "
        "LEFT JOIN enrollments e ON e.student_id = s.id "
        "LEFT JOIN sections c ON c.id = e.section_id "
        "LEFT JOIN academic_years y ON y.id = c.academic_year_id AND y.current "
        "GROUP BY s.id"
    ).fetchall()
    assert all(n == 1 for status, n in rows if status == "active")
    assert Counter(status for status, _ in rows)["active"] >= 290
    # Leavers have an enrollment that ended; nobody active has one that ended.
    assert one(sql, "SELECT count(*) FROM students s JOIN enrollments e ON e.student_id = s.id "
                    "WHERE (s.status = 'active') = (e.ends_on IS NOT NULL)") == 0


def test_dates_of_birth_match_the_grade(sql):
    start = dt.date.fromisoformat(one(sql, "SELECT starts_on FROM academic_years"))
    for dob, grade in sql.execute(
        "SELECT s.date_of_birth, c.grade_level FROM students s JOIN enrollments e ON e.student_id = s.id "
        "JOIN sections c ON c.id = e.section_id"
    ):
        age = (start - dt.date.fromisoformat(dob)).days / 365.25
        assert grade + 4.99 <= age < grade + 7.01, (dob, grade)


def test_names_and_phones_come_from_several_cultures(demo):
    school = demo.school
    students = school["students"]
    markers = {  # a few names of each region, any of which shows the region is there
        "South Asian": ("Ayesha", "Fatima", "Aarav", "Priya", "Karthik", "Nusrat", "Hamza", "Ananya"),
        "Arabic": ("Omar", "Layla", "Khalid", "Mariam", "Yousef", "Noura", "Zaid", "Salma"),
        "East African": ("Wanjiru", "Achieng", "Baraka", "Selam", "Dawit", "Nakato", "Hodan", "Brian"),
        "Latin American": ("Sofía", "Mateo", "Valentina", "Santiago", "Camila", "Miguel", "Helena", "Arthur"),
    }
    given = Counter(s["given_name"] for s in students)
    for region, names in markers.items():
        assert sum(given[n] for n in names) >= 3, region
    codes = Counter(s["guardian_phone"].split()[0] for s in students)
    assert codes.most_common(1)[0][0] == "+971"
    assert len({"+91", "+92", "+254", "+52", "+971"} & set(codes)) >= 4
    assert all(re.fullmatch(r"\+\d{2,3}( [\d-]+)+", s["guardian_phone"]) for s in students)
    assert all(s["full_name"] == f"{s['given_name']} {s['family_name']}" for s in students)


def test_school_days_skip_weekends_and_end_today(demo, sql):
    school = demo.school
    days = school.school_days
    assert days[-1] == TODAY
    assert all(d.weekday() < 5 for d in days)
    assert days == tuple(sorted(set(days)))
    stored = {dt.date.fromisoformat(d) for (d,) in sql.execute("SELECT DISTINCT date FROM attendance_marks")}
    assert stored == set(days)
    terms = sql.execute("SELECT name, starts_on, ends_on, entry_open FROM terms ORDER BY starts_on").fetchall()
    assert [t[0] for t in terms] == ["Term 1", "Term 2", "Term 3"]
    assert dt.date.fromisoformat(terms[2][1]) <= TODAY < dt.date.fromisoformat(terms[2][2])
    assert [bool(t[3]) for t in terms] == [False, False, True]


def test_a_saturday_today_ends_the_year_on_friday_with_every_roll_call_taken():
    school = build_demo_school("small", seed=3, today=dt.date(2026, 3, 14))
    assert school.school_days[-1] == dt.date(2026, 3, 13)
    assert school.untaken_today == ()


# ---------------------------------------------------------------------------
# Attendance
# ---------------------------------------------------------------------------


def test_one_mark_per_enrolled_student_per_school_day_except_untaken_sections_today(demo, sql):
    school = demo.school
    assert 1 <= len(school.untaken_today) < 10
    teacher1_homeroom = one(
        sql, "SELECT c.id FROM sections c JOIN users u ON u.id = c.homeroom_teacher_id WHERE u.username = 'teacher1'"
    )
    assert teacher1_homeroom in school.untaken_today
    assert one(sql, "SELECT count(*) FROM attendance_marks WHERE period != 0") == 0

    enrollments = sql.execute("SELECT student_id, section_id, starts_on, ends_on FROM enrollments").fetchall()
    marked = Counter(sql.execute("SELECT date, section_id FROM attendance_marks").fetchall())
    expected: Counter = Counter()
    for _student, section, starts, ends in enrollments:
        for day in school.school_days:
            iso = day.isoformat()
            if starts <= iso and (ends is None or iso <= ends):
                expected[iso, section] += 1
    untaken = {(TODAY.isoformat(), s) for s in school.untaken_today}
    for key, count in expected.items():
        assert marked[key] == (0 if key in untaken else count), key
    assert sum(marked.values()) == sum(expected.values()) - sum(expected[k] for k in untaken)
    # The natural key holds: one mark per student, day and period.
    assert one(sql, "SELECT count(*) FROM (SELECT 1 FROM attendance_marks GROUP BY student_id, date, period "
                    "HAVING count(*) > 1)") == 0


def test_absence_is_realistic_with_a_few_chronic_absentees(demo, sql):
    school = demo.school
    kinds = dict(sql.execute("SELECT code, kind FROM attendance_codes"))
    office_only = {c for (c,) in sql.execute("SELECT code FROM attendance_codes WHERE office_only")}
    assert office_only == {"E", "S"}
    per_student: dict[str, Counter] = defaultdict(Counter)
    for student, code in sql.execute("SELECT student_id, code FROM attendance_marks"):
        per_student[student][kinds[code]] += 1
    total = Counter()
    for counts in per_student.values():
        total.update(counts)
    marks = sum(total.values())
    absent = total["absent"] + total["excused"]
    assert 0.03 <= absent / marks <= 0.08
    assert 0.005 <= total["late"] / marks <= 0.05
    assert total["half_day"] > 0
    rate = {s: (c["absent"] + c["excused"]) / sum(c.values()) for s, c in per_student.items()}
    chronic = {s for s, r in rate.items() if r >= 0.15}
    assert 0.01 * 300 <= len(chronic) <= 0.06 * 300
    assert all(rate[s] >= 0.1 for s in school.chronic_absentees)
    assert len(chronic & set(school.chronic_absentees)) >= 0.6 * len(chronic)
    # The office's codes: entered by office staff, and the teacher's mark they replaced is kept.
    roles = dict(sql.execute("SELECT id, role FROM users"))
    for code, by in sql.execute("SELECT code, marked_by FROM attendance_marks WHERE code IN ('E', 'S')"):
        assert roles[by] == "office"
    assert one(sql, "SELECT count(*) FROM attendance_history") == one(
        sql, "SELECT count(*) FROM attendance_marks WHERE code IN ('E', 'S')"
    )


# ---------------------------------------------------------------------------
# Gradebook
# ---------------------------------------------------------------------------


def test_category_weights_total_100_per_subject(sql):
    totals = dict(sql.execute("SELECT subject_id, sum(weight_percent) FROM category_weights GROUP BY subject_id"))
    assert len(totals) == one(sql, "SELECT count(*) FROM subjects")
    assert set(totals.values()) == {100}
    bands = json.loads(one(sql, "SELECT bands FROM grade_scales WHERE is_default"))
    assert [b["min_percent"] for b in bands] == sorted((b["min_percent"] for b in bands), reverse=True)
    assert bands[-1]["min_percent"] == 0 and not bands[-1]["passing"] and bands[0]["passing"]


def test_marks_are_within_bounds_with_some_absent_and_exempt(sql):
    assert one(sql, "SELECT count(*) FROM marks m JOIN assessments a ON a.id = m.assessment_id "
                    "WHERE m.status = 'scored' AND (m.score_centi < 0 OR m.score_centi > a.max_marks_centi)") == 0
    assert one(sql, "SELECT count(*) FROM marks WHERE (status = 'scored') != (score_centi IS NOT NULL)") == 0
    statuses = Counter(s for (s,) in sql.execute("SELECT status FROM marks"))
    assert statuses["absent"] > 0 and statuses["exempt"] > 0
    assert statuses["scored"] > 0.95 * sum(statuses.values())
    # Finished terms have an exam; the current term has none yet.
    exams = dict(sql.execute("SELECT t.name, count(a.id) FROM terms t LEFT JOIN assessments a "
                             "ON a.term_id = t.id AND a.category = 'exam' GROUP BY t.id"))
    assert exams["Term 1"] == exams["Term 2"] == 10 * 5 and exams["Term 3"] == 0
    average = one(sql, "SELECT avg(100.0 * m.score_centi / a.max_marks_centi) FROM marks m "
                       "JOIN assessments a ON a.id = m.assessment_id WHERE m.status = 'scored'")
    assert 55 <= average <= 80


# ---------------------------------------------------------------------------
# Fees
# ---------------------------------------------------------------------------


def test_receipt_numbers_are_unique_and_gap_free_per_device_series(demo, sql):
    school = demo.school
    rows = sql.execute("SELECT receipt_no, received_at FROM payments ORDER BY received_at, receipt_no").fetchall()
    assert len({r for r, _ in rows}) == len(rows)
    numbers: dict[str, list[int]] = defaultdict(list)
    for receipt, _ in rows:
        prefix, _, number = receipt.rpartition("-")
        assert re.fullmatch(r"DEMO-OF\d", prefix) and len(number) == 6, receipt
        numbers[prefix].append(int(number))
    assert 2 <= len(numbers) <= 3
    for prefix, taken in numbers.items():
        assert taken == list(range(1, len(taken) + 1)), f"{prefix} is not in time order or has gaps"
    series = dict(sql.execute("SELECT prefix, last_number FROM receipt_series"))
    assert series == {p: len(t) for p, t in numbers.items()} == school.receipt_series


def test_payments_follow_the_rules_of_the_fees_service(sql):
    modes = Counter(m for (m,) in sql.execute("SELECT mode FROM payments"))
    assert {"cash", "cheque", "bank_transfer", "mobile_money"} <= set(modes)
    assert one(sql, "SELECT count(*) FROM payments WHERE mode IN ('cheque', 'bank_transfer', 'mobile_money') "
                    "AND reference = ''") == 0
    assert one(sql, "SELECT count(*) FROM payment_cancellations WHERE trim(reason) = ''") == 0
    # A cancelled payment keeps its number; its cancellation comes after it.
    assert one(sql, "SELECT count(*) FROM payment_cancellations c JOIN payments p ON p.id = c.payment_id "
                    "WHERE c.cancelled_at <= p.received_at") == 0
    # No payment allocates more than it brought.
    assert one(sql, "SELECT count(*) FROM (SELECT p.id FROM payments p JOIN payment_allocations a "
                    "ON a.payment_id = p.id GROUP BY p.id HAVING sum(a.amount_minor) > p.amount_minor)") == 0
    # Invoices are numbered INV-<year>-000001…, one per student per term at most.
    assert one(sql, "SELECT count(*) FROM invoices WHERE number NOT GLOB 'INV-[0-9][0-9][0-9][0-9]-[0-9]*'") == 0
    assert one(sql, "SELECT count(*) FROM (SELECT 1 FROM invoices GROUP BY student_id, term_id "
                    "HAVING count(*) > 1)") == 0
    reasons = Counter(r for (r,) in sql.execute("SELECT reason FROM concessions"))
    assert any("Sibling" in r for r in reasons) and any("staff" in r for r in reasons)


def test_balances_are_what_the_generator_meant(demo):
    school, path = demo.school, demo.path
    by_profile: dict[str, list[str]] = defaultdict(list)
    for student_id, profile in school.payer_profile.items():
        by_profile[profile].append(student_id)
    assert set(by_profile) == {"paid", "partial", "overdue", "unpaid"}
    assert len(by_profile["paid"]) > 0.6 * 300
    db = open_school(path, path.parent / "backups")
    try:
        with db.session() as session:
            for profile, students in by_profile.items():
                for student_id in students[:5]:
                    balance = student_balance(session, student_id)
                    assert balance.due == school.expected_balance[student_id], (profile, balance)
                    live_paid = balance.paid - balance.cancelled
                    if profile == "paid":
                        assert balance.due == 0
                    elif profile == "partial":
                        assert balance.due > 0 and live_paid > 0
                    elif profile == "unpaid":
                        assert live_paid == 0 and balance.due == balance.invoiced - balance.concessions > 0
                    else:  # overdue: nothing paid on the latest invoice, which is past due
                        invoice, still_open = invoice_dues(session, student_id)[-1]
                        assert invoice.due_on < TODAY and live_paid > 0
                        net = _invoice_net(session, invoice)
                        assert still_open == net > 0
            # Every student, not only a sample, owes what was meant.
            for student_id, expected in school.expected_balance.items():
                assert student_balance(session, student_id).due == expected
    finally:
        db.close()


def _invoice_net(session, invoice: Invoice) -> int:
    from app.storage.models import Concession, InvoiceLine

    lines = session.execute(select(InvoiceLine.amount_minor).where(InvoiceLine.invoice_id == invoice.id)).scalars()
    conceded = session.execute(select(Concession.amount_minor).where(Concession.invoice_id == invoice.id)).scalars()
    return sum(lines) - sum(conceded)


# ---------------------------------------------------------------------------
# The generator itself
# ---------------------------------------------------------------------------


def _fingerprint(school: DemoSchool) -> list:
    return [
        [(s["full_name"], s["guardian_name"], s["guardian_phone"], s["date_of_birth"]) for s in school["students"]],
        [(p["amount_minor"], p["receipt_no"], p["mode"]) for p in school["payments"]],
        [m["score_centi"] for m in school["marks"][:2000]],
        Counter(m["code"] for m in school["attendance_marks"]),
    ]


def test_the_same_seed_gives_the_same_school(demo):
    school = demo.school
    again = build_demo_school("small", seed=7, today=TODAY)
    assert _fingerprint(again) == _fingerprint(school)
    assert [s["id"] for s in again["students"]] == [s["id"] for s in school["students"]]
    other = build_demo_school("small", seed=8, today=TODAY)
    assert _fingerprint(other)[0] != _fingerprint(school)[0]
    assert _fingerprint(other)[1] != _fingerprint(school)[1]


def test_rows_have_exactly_the_wire_fields_and_ids_are_uuid7(demo):
    school = demo.school
    assert list(school.rows) == list(ENTITIES)
    uuid7 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
    for entity, rows in school.rows.items():
        for row in rows[:50]:
            assert set(row) == {"id", *ENTITIES[entity]}, entity
            assert uuid7.fullmatch(row["id"]), row["id"]
        ids = [r["id"] for r in rows]
        assert ids == sorted(ids), f"{entity} ids are not in insertion order"


def test_the_generator_imports_nothing_of_the_client_storage(demo):
    code = (
        "import sys, datetime as dt\n"
        "from app.demo.generator import build_demo_school\n"
        "import app.demo\n"
        "s = build_demo_school('small', seed=7, today=dt.date(2026, 3, 12))\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('app.storage', 'app.services', 'sqlalchemy')))\n"
        "print(bad)\n"
        "print([r['full_name'] for r in s['students'][:20]])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
        env={"PYTHONHASHSEED": "12345", "PATH": "", "PYTHONPATH": str(ROOT)},
    ).stdout.splitlines()
    assert out[0] == "[]"
    # A different hash seed in another process makes the same names.
    expected = [r["full_name"] for r in demo.school["students"][:20]]
    assert out[1] == repr(expected)


def test_an_existing_file_is_kept_unless_replacing_is_asked_for(tmp_path):
    path = tmp_path / "demo.daftar"
    path.write_bytes(b"the user's own file")
    with pytest.raises(FileExistsError):
        generate_demo_school(path, size="small", today=TODAY)
    assert path.read_bytes() == b"the user's own file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.daftar"]


def test_a_demo_interrupted_half_way_leaves_nothing_behind(tmp_path):
    class Stop(Exception):
        pass

    def stop_at_attendance(done: int, total: int, stage: str) -> None:
        if "attendance marks" in stage:
            raise Stop

    path = tmp_path / "demo.daftar"
    with pytest.raises(Stop):
        generate_demo_school(path, size="small", today=TODAY, progress=stop_at_attendance)
    assert list(tmp_path.iterdir()) == []


def test_the_summary_and_the_progress_reports(demo):
    summary, seen = demo.summary, demo.progress
    assert summary.students == 300 and summary.sections == 10 and summary.payments > 0
    assert summary.counts == demo.school.counts()
    text = summary.describe()
    for word in (str(demo.path), "300", "attendance marks", "marks", "payments", "teacher1/teacher1"):
        assert word in text
    assert re.search(r"\d+\.\d s", text)
    assert seen[0][:2] == (0, 0)  # making up the school: no total yet (a busy bar)
    done = [d for d, total, _ in seen if total]
    assert done == sorted(done)
    assert seen[-1][0] == seen[-1][1] == sum(summary.counts.values())
    assert any("attendance marks" in stage for _, _, stage in seen)
    # The old file was replaced, its write-ahead log did not survive, no temporary file is left.
    assert demo.files == ["demo.daftar"]


def test_unknown_size_is_refused():
    with pytest.raises(ValueError, match="small"):
        build_demo_school("huge")
