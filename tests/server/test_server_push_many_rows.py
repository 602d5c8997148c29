"""Push: a batch's rows written several hundred to a statement, read back as sent.

On SQLite a batch's new rows go in as a few multi-row INSERTs (64, 16 and 4 rows,
the last few one by one); on PostgreSQL by COPY. These tests write a batch
whose size needs every one of those statements, read every row back, and check
that one row already there stops the whole batch with the error the push falls
back on (then applied one entry at a time), writing nothing of it.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from server.engine import upsert
from server.models import T
from tests.server.conftest import attendance, uid

#: 5 × 64 + 16 + 2 × 4 + 1: every statement size, and a row left over.
MANY = 345


def changes(n: int, first_seq: int) -> list[dict]:
    return [{"school_id": "many-rows-school", "entity": "students", "row_id": uid(), "seq": first_seq + i,
             "version": first_seq + i, "deleted": i % 7 == 0, "domain": "roster",
             "section_id": None if i % 3 else f"section-{i}", "data": f'{{"n":{i},"name":"Ayşe \\"{i}\\""}}'}
            for i in range(n)]


def read_back(conn, row_ids: list[str]) -> dict[str, dict]:
    table = T["row_changes"]
    rows = conn.execute(select(table).where(table.c.school_id == "many-rows-school",
                                            table.c.row_id.in_(row_ids))).mappings()
    return {r["row_id"]: dict(r) for r in rows}


def test_hundreds_of_new_rows_read_back_as_sent_and_one_clash_writes_none_of_them(server_app):
    table, key = T["row_changes"], ["school_id", "entity", "row_id"]
    rows = changes(MANY, 10**9)
    with server_app.state.engine.connect() as conn, conn.begin() as transaction:
        upsert(conn, table, rows, key, new=True)
        assert read_back(conn, [r["row_id"] for r in rows]) == {r["row_id"]: r for r in rows}

        # A second batch with one row (its 200th) already written: nothing of it goes in.
        second = changes(MANY, 2 * 10**9)
        second[199] = dict(rows[5], seq=3 * 10**9)
        savepoint = conn.begin_nested()
        with pytest.raises(IntegrityError):
            upsert(conn, table, second, key, new=True)
        savepoint.rollback()
        assert read_back(conn, [r["row_id"] for r in second if r is not second[199]]) == {}

        # As changes of rows that may exist, the same batch replaces the one and adds the rest.
        upsert(conn, table, second, key)
        assert read_back(conn, [r["row_id"] for r in second]) == {r["row_id"]: r for r in second}
        transaction.rollback()


def test_a_push_of_hundreds_of_marks_is_pulled_back_mark_for_mark(client, school):
    """Four students, a hundred periods: 400 new marks in one push, each pulled back with its own values."""
    office = school.login(client, "office")
    principal = school.login(client, "principal", device=False)
    sent = {}
    for period in range(100):
        for i, section in ((1, "sec_a"), (2, "sec_a"), (3, "sec_b"), (4, "sec_b")):
            sent[uid()] = attendance(school, f"student{i}", section, period=period, code="PALP"[(period + i) % 4],
                                     note=f"period {period}" if period % 9 == 0 else "")
    results = office.push(*[office.mutation("attendance_marks", row_id, fields)
                            for row_id, fields in sent.items()])["results"]
    assert [r["status"] for r in results] == ["applied"] * len(sent)
    pulled = principal.rows()["attendance_marks"]
    assert {row_id: pulled[row_id]["data"] for row_id in sent} == sent
    versions = [r["version"] for r in results]
    assert versions == sorted(versions) and len(set(versions)) == len(sent)


def test_the_servers_sqlite_files_keep_a_push_durable_and_its_savepoint_in_memory(tmp_path):
    """A push answered "applied" is in the WAL, synced as SQLite's NORMAL level does (it survives the
    server being killed); what SQLite keeps to undo a push's savepoint stays in memory, not in files
    of the system's temp directory (about 500 writes a push of 500 marks)."""
    from server.db import make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    try:
        with engine.connect() as conn:
            settings = {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                        for name in ("journal_mode", "synchronous", "temp_store")}
    finally:
        engine.dispose()
    assert settings == {"journal_mode": "wal", "synchronous": 1, "temp_store": 2}


def test_a_batch_the_database_refuses_is_undone_whole_then_judged_entry_by_entry(client, school, server_app):
    """A change row already holding the school's next sequence number (as if written behind the
    server's back) makes the batch's writes fail: nothing of the batch stays, each entry is then
    tried alone and refused in words, and once the number is free the same marks go in."""
    office = school.login(client, "office")
    engine = server_app.state.engine
    rc, counters = T["row_changes"], T["school_counters"]
    with engine.begin() as conn:
        taken = conn.execute(select(counters.c.last_seq).where(counters.c.school_id == school.id)).scalar_one() + 1
        conn.execute(rc.insert().values(school_id=school.id, entity="students", row_id=uid(), seq=taken,
                                        version=taken, deleted=False, domain="roster", section_id=None, data="{}"))
    marks = {uid(): attendance(school, f"student{i}", "sec_a" if i <= 2 else "sec_b", period=5) for i in (1, 2, 3)}
    results = office.push(*[office.mutation("attendance_marks", row_id, fields) for row_id, fields in marks.items()])[
        "results"]
    assert [(r["status"], r["reason_key"]) for r in results] == [("rejected", "record_clash")] * 3
    table = T["attendance_marks"]
    with engine.connect() as conn:
        assert conn.execute(select(table.c.id).where(table.c.id.in_(list(marks)))).all() == []
        conn.execute(rc.delete().where(rc.c.school_id == school.id, rc.c.seq == taken))
        conn.commit()
    again = office.push(*[office.mutation("attendance_marks", row_id, fields) for row_id, fields in marks.items()])[
        "results"]
    assert [r["status"] for r in again] == ["applied"] * 3
    with engine.connect() as conn:
        assert len(conn.execute(select(table.c.id).where(table.c.id.in_(list(marks)))).all()) == 3
