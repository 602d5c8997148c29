"""Figures kept up to date as rows are written: what the dashboard adds up instead of the raw rows.

Schema 0007 made these tables and the SQLite triggers that keep them (its
docstring says what each holds). A trigger fires for every write, whoever
makes it, so the services and the sync engine's bulk upserts keep them right
without a line of code of their own. Three exceptions:

* a **first download** (indexes left out, :func:`app.storage.db.defer_indexes`)
  writes with the triggers resting and the tables marked stale; the engine
  calls :func:`rebuild` where it makes the indexes again. While they are stale
  (:func:`usable` is false) every figure is counted from the raw rows.
* a **pull transaction of many attendance marks** rests that table's triggers
  inside the transaction (:func:`rest_table`) and counts the days it touched
  again before it commits (:func:`recount_attendance`, then :func:`wake`);
* ``agg_term_results`` (a section's results of a term, as JSON) is written by
  the dashboard, from the results rules; the triggers only delete the rows a
  write makes stale, and :func:`term_results` tells which are still kept.

Plain SQL and SQLAlchemy Core; nothing here knows a school's rules.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import orjson
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    Index,
    Integer,
    String,
    Table,
    Text,
    delete,
    insert,
    select,
)
from sqlalchemy.orm import Session

from app.storage.models import Base, Concession

metadata = Base.metadata

agg_state = Table(
    "agg_state", metadata,
    Column("key", String(40), primary_key=True),
    Column("value", String(200), nullable=False),
)
attendance_days = Table(
    "agg_attendance_days", metadata,
    Column("date", Date, primary_key=True),
    Column("section_id", String(36), primary_key=True),
    Column("by_period", Boolean, primary_key=True),
    Column("code", String(4), primary_key=True),
    Column("marks", Integer, nullable=False),
    sqlite_with_rowid=False,
)
attendance_weeks = Table(
    "agg_attendance_weeks", metadata,
    Column("week", Date, primary_key=True),  # its Monday
    Column("section_id", String(36), primary_key=True),
    Column("student_id", String(36), primary_key=True),
    Column("code", String(4), primary_key=True),
    Column("marks", Integer, nullable=False),
    sqlite_with_rowid=False,
)
invoices = Table(
    "agg_invoices", metadata,
    Column("invoice_id", String(36), primary_key=True),
    Column("student_id", String(36), nullable=False),
    Column("term_id", String(36), nullable=True),
    Column("due_on", Date, nullable=False),
    Column("billed", BigInteger, nullable=False),
    Column("conceded", BigInteger, nullable=False),
    Column("settled", BigInteger, nullable=False),
)
payment_days = Table(
    "agg_payment_days", metadata,
    Column("received_on", Date, primary_key=True),
    Column("currency", String(3), primary_key=True),
    Column("mode", String(16), primary_key=True),
    Column("payments", Integer, nullable=False),
    Column("amount_minor", BigInteger, nullable=False),
    sqlite_with_rowid=False,
)
term_results_table = Table(
    "agg_term_results", metadata,
    Column("term_id", String(36), primary_key=True),
    Column("section_id", String(36), primary_key=True),
    Column("summary", Text, nullable=False),
    sqlite_with_rowid=False,
)
writes = Table(
    "agg_writes", metadata,
    Column("name", String(40), primary_key=True),
    Column("writes", BigInteger, nullable=False),
)
# What the invoice triggers look a concession up by.
Index("ix_concessions_invoice_id", Concession.__table__.c.invoice_id)

_WEEK = "date({d}, '-6 days', 'weekday 1')"
_NOT_CANCELLED = "NOT EXISTS (SELECT 1 FROM payment_cancellations x WHERE x.payment_id = p.id AND x.deleted = 0)"

# Every table filled again from the raw rows (the same statements as schema 0007's).
FILL = (
    "DELETE FROM agg_attendance_days",
    "INSERT INTO agg_attendance_days (date, section_id, by_period, code, marks) "
    "SELECT date, section_id, period > 0, code, count(*) FROM attendance_marks WHERE deleted = 0 "
    "GROUP BY date, section_id, period > 0, code",
    "DELETE FROM agg_attendance_weeks",
    f"INSERT INTO agg_attendance_weeks (week, section_id, student_id, code, marks) "
    f"SELECT {_WEEK.format(d='date')} AS week, section_id, student_id, code, count(*) FROM attendance_marks "
    f"WHERE deleted = 0 AND period = 0 GROUP BY week, section_id, student_id, code",
    "DELETE FROM agg_invoices",
    "INSERT INTO agg_invoices (invoice_id, student_id, term_id, due_on, billed, conceded, settled) "
    "SELECT i.id, i.student_id, i.term_id, i.due_on, "
    "(SELECT coalesce(sum(l.amount_minor), 0) FROM invoice_lines l WHERE l.invoice_id = i.id AND l.deleted = 0), "
    "(SELECT coalesce(sum(c.amount_minor), 0) FROM concessions c WHERE c.invoice_id = i.id AND c.deleted = 0), "
    "(SELECT coalesce(sum(a.amount_minor), 0) FROM payment_allocations a JOIN payments p ON p.id = a.payment_id "
    f"WHERE a.invoice_id = i.id AND a.deleted = 0 AND p.deleted = 0 AND {_NOT_CANCELLED}) "
    "FROM invoices i WHERE i.deleted = 0",
    "DELETE FROM agg_payment_days",
    "INSERT INTO agg_payment_days (received_on, currency, mode, payments, amount_minor) "
    "SELECT p.received_on, p.currency, p.mode, count(*), sum(p.amount_minor) FROM payments p "
    f"WHERE p.deleted = 0 AND {_NOT_CANCELLED} GROUP BY p.received_on, p.currency, p.mode",
    "DELETE FROM agg_term_results",
    "UPDATE agg_writes SET writes = writes + 1",
    "DELETE FROM agg_state WHERE key = 'stale'",
)


# ``agg_state`` key: the SQL of the triggers :func:`rest` dropped, made again by :func:`rebuild`.
RESTED_KEY = "rested_triggers"


def _runner(conn: Any) -> Any:
    return getattr(conn, "exec_driver_sql", None) or conn.execute


def rest(conn: Any) -> None:
    """Drop the triggers for a first download (keeping their SQL), inside the caller's transaction.

    Even resting (their ``WHEN`` false), SQLite runs them for each row: some
    30 µs a row. Call it where the download leaves its indexes out
    (:func:`app.storage.db.defer_indexes`); :func:`rebuild` makes them again.
    """
    run = _runner(conn)
    found = run("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'agg\\_%' ESCAPE '\\' "
                "AND name NOT LIKE 'agg\\_stale\\_%' ESCAPE '\\'").fetchall()
    if not found:
        return
    kept = run("SELECT value FROM agg_state WHERE key = ?", (RESTED_KEY,)).fetchone()
    sqls = (json.loads(kept[0]) if kept else []) + [sql for _name, sql in found]
    run("INSERT OR REPLACE INTO agg_state (key, value) VALUES (?, ?)", (RESTED_KEY, json.dumps(sqls)))
    run("INSERT OR REPLACE INTO agg_state (key, value) VALUES ('stale', '1')")
    for name, _sql in found:
        run(f'DROP TRIGGER "{name}"')


def rebuild(conn: Any) -> None:
    """Make the triggers :func:`rest` dropped again and fill every table from the raw rows, inside the
    caller's transaction.

    ``conn``: a ``sqlite3`` connection (the sync engine's) or a SQLAlchemy one.
    Called where a first download makes its indexes again; harmless at any time.
    """
    run = _runner(conn)
    kept = run("SELECT value FROM agg_state WHERE key = ?", (RESTED_KEY,)).fetchone()
    if kept:
        for sql in json.loads(kept[0]):
            run(sql.replace("CREATE TRIGGER ", "CREATE TRIGGER IF NOT EXISTS ", 1))
        run("DELETE FROM agg_state WHERE key = ?", (RESTED_KEY,))
    for sql in FILL:
        run(sql)


def rest_table(conn: Any, table: str) -> list[str]:
    """Drop the kept figures' triggers on ``table`` inside the caller's transaction; their SQL, for
    :func:`wake` to make them again before that transaction commits.

    For a bulk write that keeps the figures itself (the sync's pull pages: :func:`recount_attendance`):
    nobody else ever sees the table without them, and a rollback puts them back.
    """
    run = _runner(conn)
    found = run("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
                "AND name LIKE 'agg\\_%' ESCAPE '\\'", (table,)).fetchall()
    for name, _sql in found:
        run(f'DROP TRIGGER "{name}"')
    return [sql for _name, sql in found]


def wake(conn: Any, sqls: Iterable[str]) -> None:
    """Make again the triggers :func:`rest_table` dropped (in the same transaction)."""
    run = _runner(conn)
    for sql in sqls:
        run(sql)


def recount_attendance(conn: Any, dates: Iterable[str], daily_dates: Iterable[str], writes: int) -> None:
    """Count again, from the raw rows, the kept attendance figures of these days, inside the caller's
    transaction: ``agg_attendance_days`` of every day in ``dates``, ``agg_attendance_weeks`` of every
    week holding a day in ``daily_dates`` (days a daily mark was written on or taken from), and
    ``writes`` more writes of ``attendance_marks`` in ``agg_writes``.

    What the triggers do row by row, done for a bulk write's rows at once (one ``INSERT … SELECT …
    GROUP BY`` per kind of figure): a day's pull writes 2,000 marks of one day, and the count of that
    day reads some thousands of index entries where the triggers cost ~50 µs a row. Days as the file
    keeps them (``YYYY-MM-DD``).
    """
    run = _runner(conn)
    days = sorted(set(dates))
    for start in range(0, len(days), 500):
        chunk = days[start:start + 500]
        marks = ",".join("?" * len(chunk))
        run(f"DELETE FROM agg_attendance_days WHERE date IN ({marks})", chunk)
        run("INSERT INTO agg_attendance_days (date, section_id, by_period, code, marks) "
            "SELECT date, section_id, period > 0, code, count(*) FROM attendance_marks "
            f"WHERE deleted = 0 AND date IN ({marks}) GROUP BY date, section_id, period > 0, code", chunk)
    daily = sorted(set(daily_dates))
    weeks: set[str] = set()
    for start in range(0, len(daily), 500):
        chunk = daily[start:start + 500]
        weeks.update(w for (w,) in run(
            f"SELECT DISTINCT {_WEEK.format(d='value')} FROM json_each(?)", (json.dumps(chunk),)).fetchall()
            if w is not None)
    for week in sorted(weeks):
        run("DELETE FROM agg_attendance_weeks WHERE week = ?", (week,))
        run(f"INSERT INTO agg_attendance_weeks (week, section_id, student_id, code, marks) "
            f"SELECT ?, section_id, student_id, code, count(*) FROM attendance_marks "
            f"WHERE date BETWEEN ? AND date(?, '+6 days') AND {_WEEK.format(d='date')} = ? "
            f"AND period = 0 AND deleted = 0 GROUP BY section_id, student_id, code", (week, week, week, week))
    if writes:
        run("UPDATE agg_writes SET writes = writes + ? WHERE name = 'attendance_marks'", (writes,))


def usable(session: Session) -> bool:
    """Whether the tables hold what the raw rows say (not stale, no first download under way)."""
    from sqlalchemy import text

    return session.execute(text(
        "SELECT NOT EXISTS (SELECT 1 FROM agg_state WHERE key = 'stale') "
        "AND NOT EXISTS (SELECT 1 FROM sync_meta WHERE key = 'deferred_indexes')")).scalar() == 1


def write_counts(session: Session) -> dict[str, int]:
    """table → writes it has had (every insert, update and delete; a rebuild counts as one for each)."""
    return dict(session.connection().execute(select(writes.c.name, writes.c.writes)).all())


def downloading(session: Session) -> bool:
    """Whether a first download is under way (its triggers resting, its indexes left out)."""
    from sqlalchemy import text

    return session.execute(text("SELECT 1 FROM sync_meta WHERE key = 'deferred_indexes'")).first() is not None


# How a summary kept in the present form begins (``app.services.dashboard._summary``: its mean first);
# one kept before is taken as not kept, so that it is counted again and kept anew.
SUMMARY_PREFIX = '{"mean":'


def _current(column: Any) -> Any:
    from sqlalchemy import func

    return func.substr(column, 1, len(SUMMARY_PREFIX)) == SUMMARY_PREFIX


def term_results_ids(session: Session, term_id: str) -> list[str]:
    """The sections whose summary of the term is kept."""
    t = term_results_table
    return list(session.connection().execute(
        select(t.c.section_id).where(t.c.term_id == term_id, _current(t.c.summary))).scalars())


def term_results(session: Session, term_id: str) -> dict[str, Any]:
    """section id → the kept summary of its results for the term (only the rows no write has made stale)."""
    t = term_results_table
    rows = session.connection().execute(
        select(t.c.section_id, t.c.summary).where(t.c.term_id == term_id, _current(t.c.summary))).all()
    # orjson: the same values as the standard codec (floats included: both round correctly), in less time.
    return {section_id: orjson.loads(summary) for section_id, summary in rows}


def term_means(session: Session, term_id: str) -> dict[str, tuple[str, str]]:
    """section id → (name, mean as kept: the float's ``repr``, or "" for none) of each kept summary of the
    term, without the rest being decoded.

    A summary begins ``{"mean":…,"name":…,"subjects":`` (``app.services.dashboard._summary``): SQLite
    hands over only the text before ``,"subjects":`` (which cannot occur inside an encoded name: its
    quotes are escaped), and that much is decoded here. A summary without it is left out (counted again).
    """
    from sqlalchemy import text

    out: dict[str, tuple[str, str]] = {}
    for sid, head in session.connection().execute(text(
            "SELECT section_id, substr(summary, 1, instr(summary, ',\"subjects\":') - 1) FROM agg_term_results "
            "WHERE term_id = :term AND substr(summary, 1, :n) = :prefix AND instr(summary, ',\"subjects\":') > 0"),
            {"term": term_id, "n": len(SUMMARY_PREFIX), "prefix": SUMMARY_PREFIX}):
        got = orjson.loads(head + "}")
        out[sid] = (got["name"], got["mean"])
    return out


def keep_term_results(session: Session, term_id: str, summaries: dict[str, Any]) -> None:
    """Keep these sections' summaries (in the caller's write transaction)."""
    if not summaries:
        return
    conn = session.connection()
    conn.execute(delete(term_results_table).where(term_results_table.c.term_id == term_id,
                                                  term_results_table.c.section_id.in_(list(summaries))))
    conn.execute(insert(term_results_table), [
        {"term_id": term_id, "section_id": sid, "summary": json.dumps(summary, separators=(",", ":"))}
        for sid, summary in summaries.items()])


def week_of(day: Any) -> Any:
    """The Monday on or before ``day`` (how ``agg_attendance_weeks`` keys a week)."""
    import datetime as dt

    return day - dt.timedelta(days=day.weekday())


def in_chunks(values: Iterable[Any], size: int = 500) -> Iterable[list[Any]]:
    items = list(values)
    for start in range(0, len(items), size):
        yield items[start:start + size]
