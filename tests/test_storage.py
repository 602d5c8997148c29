"""The school file: how it is opened, what it refuses, and the model's promises."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3

import pytest
from sqlalchemy import Integer, BigInteger, Boolean, Date, DateTime, JSON, select
from sqlalchemy.exc import IntegrityError

from app.config import Paths
from app.services.attendance import MarkEntry, mark_attendance
from app.storage.db import DAFTAR_APPLICATION_ID, SchoolFileError, open_school
from app.storage.models import SYNCED_TABLES, AttendanceMark, Base, OutboxEntry, Payment
from app.sync.protocol import DOMAINS, ENTITIES, POLICIES


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_school_file_has_wal_foreign_keys_and_busy_timeout(tmp_path):
    db = open_school(tmp_path / "s.daftar", create=True)
    with db.session() as s:
        conn = s.connection()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == DAFTAR_APPLICATION_ID
    db.close()


def test_data_dir_override_puts_every_file_under_it(tmp_path):
    paths = Paths.default(tmp_path / "portable").ensure()
    assert paths.school_file("DEMO") == tmp_path / "portable" / "schools" / "demo.daftar"
    assert paths.logs.is_relative_to(tmp_path / "portable")
    with pytest.raises(ValueError):
        paths.school_file("../etc")


def test_protocol_fields_match_the_model():
    """The wire protocol and the client's tables describe the same rows."""
    kinds = {Boolean: "bool", Integer: "int", BigInteger: "int", DateTime: "datetime", Date: "date", JSON: "json"}
    assert list(ENTITIES) == list(SYNCED_TABLES)
    for name, cls in SYNCED_TABLES.items():
        cols = {c.name: c for c in cls.__table__.columns if c.name not in ("id", "version", "deleted")}
        assert set(cols) == set(ENTITIES[name]), name
        for col_name, col in cols.items():
            kind = next((k for t, k in kinds.items() if isinstance(col.type, t)), "str")
            assert ENTITIES[name][col_name] == kind + ("?" if col.nullable else ""), f"{name}.{col_name}"
    assert set(DOMAINS) == set(ENTITIES) == set(POLICIES)


def test_every_constraint_is_named():
    for table in Base.metadata.tables.values():
        for constraint in table.constraints:
            assert constraint.name, f"unnamed constraint on {table.name}: {constraint}"


def test_natural_keys_are_unique(school):
    sid = school.students[0].id
    with school.db.write() as s:
        mark_attendance(s, school.teacher, school.section.id, dt.date.today(), {sid: MarkEntry("P")})
    with pytest.raises(IntegrityError):
        with school.db.write() as s:
            s.add(AttendanceMark(school_id=school.school.id, student_id=sid, section_id=school.section.id,
                                 date=dt.date.today(), period=0, code="A", marked_at=dt.datetime.now()))
    with pytest.raises(IntegrityError):
        with school.db.write() as s:
            for _ in range(2):
                s.add(Payment(school_id=school.school.id, student_id=sid, amount_minor=1, currency="PKR",
                              mode="cash", receipt_no="TST-D1-000009", received_on=dt.date.today(),
                              received_at=dt.datetime.now()))


def test_outbox_sequence_is_never_reused(school):
    sid = school.students[0].id
    with school.db.write() as s:
        mark_attendance(s, school.teacher, school.section.id, dt.date.today(), {sid: MarkEntry("P")})
    with school.db.write() as s:
        first = s.execute(select(OutboxEntry.seq)).scalar_one()
        s.query(OutboxEntry).delete()  # the server has answered: the queue is empty
    with school.db.write() as s:
        mark_attendance(s, school.teacher, school.section.id, dt.date.today(), {sid: MarkEntry("A")})
    with school.db.session() as s:
        assert s.execute(select(OutboxEntry.seq)).scalar_one() > first


def test_attendance_lookups_use_the_indexes(school):
    with school.db.session() as s:
        conn = s.connection()
        by_section = " ".join(r[-1] for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT student_id, code FROM attendance_marks WHERE date = '2026-01-05' "
            "AND section_id = 'x'").fetchall())
        by_student = " ".join(r[-1] for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT date, code FROM attendance_marks WHERE student_id = 'x' "
            "AND date BETWEEN '2026-01-01' AND '2026-02-01'").fetchall())
    assert "ix_attendance_marks_date_section_id" in by_section
    assert "COVERING INDEX ix_attendance_marks_student_id_date_code" in by_student


# --- Bad school files: a clear sentence, and the file left exactly as it was ---


def test_missing_file(tmp_path):
    with pytest.raises(SchoolFileError, match="no school file here"):
        open_school(tmp_path / "nope.daftar")


@pytest.mark.parametrize("content", [b"name,class\nAyesha,7A\n", b"", b"\x00" * 4096])
def test_a_file_that_is_not_sqlite_is_refused(tmp_path, content):
    path = tmp_path / "roster.daftar"
    path.write_bytes(content)
    before = sha(path)
    with pytest.raises(SchoolFileError, match="not a Daftar school file") as info:
        open_school(path)
    assert str(path) in str(info.value)
    assert sha(path) == before


def test_another_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    before = sha(path)
    with pytest.raises(SchoolFileError, match="not made by Daftar"):
        open_school(path)
    assert sha(path) == before


def test_a_corrupt_file_is_refused_untouched(school, tmp_path):
    path = school.db.path
    school.db.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    # Scribble over a few pages past the header, as a failing disk would.
    for page in (3, 4, 5):
        start = page * page_size
        data[start:start + page_size] = bytes([0xA5]) * page_size
    path.write_bytes(bytes(data))
    before = sha(path)
    with pytest.raises(SchoolFileError, match="damaged"):
        open_school(path)
    assert sha(path) == before


def test_a_locked_file_is_refused(school):
    path = school.db.path
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(SchoolFileError, match="in use by another program"):
            open_school(path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def _scribble(path, pages=(3, 4, 5)) -> None:
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    for page in pages:
        data[page * page_size:(page + 1) * page_size] = bytes([0xA5]) * page_size
    path.write_bytes(bytes(data))


def test_a_file_closed_cleanly_and_untouched_opens_without_the_whole_file_check(tmp_path):
    path = tmp_path / "s.daftar"
    db = open_school(path, create=True)
    made = db.checked_at
    db.close()
    again = open_school(path)
    # The stamp from the clean close stood in for the check: the time is the first check's.
    assert again.checked_at == made
    again.close()


def test_a_file_changed_after_a_clean_close_is_checked_whole_again(tmp_path):
    path = tmp_path / "s.daftar"
    first = open_school(path, create=True)
    first.close()
    assert open_school(path).checked_at == first.checked_at  # untouched: not checked again
    _scribble(path)  # any other writer (a failing disk, a copy) changes the file
    before = sha(path)
    with pytest.raises(SchoolFileError, match="damaged"):
        open_school(path)
    assert sha(path) == before


def test_a_crash_leaves_no_stamp_so_the_next_open_checks_the_whole_file(tmp_path):
    path = tmp_path / "s.daftar"
    db = open_school(path, create=True)
    db.close()
    crashed = open_school(path)  # opened and never closed: the process died
    with crashed.write() as s:
        s.execute(select(OutboxEntry)).all()
    assert not (tmp_path / "s.daftar-closed").exists()
    reopened = open_school(path)
    assert reopened.checked_at is not None and reopened.checked_at > db.checked_at
    reopened.close()
    crashed.close()
