"""Engines, migrations and the per-school write lock.

PostgreSQL in production (``postgresql+psycopg://…``), SQLite for the demo
and tests (``sqlite:///path``). Migrations live in ``server/migrations`` inside
the package and are applied at start.
"""

from __future__ import annotations

import importlib.resources
import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import StaticPool


log = logging.getLogger(__name__)


def is_sqlite(engine: Engine | Connection) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(url: str) -> Engine:
    """An engine for PostgreSQL or SQLite.

    On SQLite, pysqlite's own transaction handling is switched off (it breaks
    SAVEPOINT) and every transaction is begun explicitly: ``BEGIN IMMEDIATE``
    for writing connections (see :func:`writing`), so two writers queue on
    ``busy_timeout`` instead of failing with "database is locked".
    """
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    # As many kept connections as requests run at once in the usual rush (20 devices of a school
    # syncing together): a connection opened past the pool's size is closed again after its one
    # request, and opening one costs PostgreSQL a new backend process each time (SQLite: the file
    # opened again and its settings below).
    pool = {"pool_size": 24, "max_overflow": 16}
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True, **pool)
    memory = url in ("sqlite://", "sqlite:///:memory:")
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": 30},
        **({"poolclass": StaticPool} if memory else pool),
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):  # noqa: ANN001
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        if not memory:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA wal_autocheckpoint=20000")  # checkpoint (and fsync) every ~80 MB, not every push
        cur.execute("PRAGMA cache_size=-65536")  # 64 MiB
        # A push writes in a savepoint (a clash falls back to one entry at a time): SQLite keeps the
        # pages it changes there as they were, in a journal of the savepoint that spills to a file in
        # the system's temp directory past 64 KB — ~500 writes a push of 500 marks. In memory it is
        # a few MB for the length of one transaction; nothing of it is needed after a crash (the
        # committed transactions are in the WAL).
        cur.execute("PRAGMA temp_store=MEMORY")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):  # noqa: ANN001
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("daftar_write") else "BEGIN")

    if memory:
        engine._daftar_write_lock = threading.RLock()  # type: ignore[attr-defined]
    return engine


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A writing transaction (committed on success, rolled back on error)."""
    lock = getattr(engine, "_daftar_write_lock", None)
    if lock is not None:
        lock.acquire()
    try:
        with engine.connect().execution_options(daftar_write=True) as conn, conn.begin():
            yield conn
    finally:
        if lock is not None:
            lock.release()


def migrations_dir() -> Path:
    return Path(str(importlib.resources.files("server") / "migrations"))


def migrate(engine: Engine) -> None:
    """Bring the database to the newest schema (idempotent)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("path_separator", "os")
    with writing(engine) as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


_PSYCOPG_SQL: dict[str, str] = {}


def driver_sql(conn: Connection, sql: str) -> str:
    """``sql``, written with SQLite's ``?`` marks, as the connection's driver takes it (psycopg's ``%s``),
    for ``exec_driver_sql``: the push's few small statements, whose set-up by SQLAlchemy Core cost
    several times SQLite's work for them."""
    if conn.dialect.name == "sqlite":
        return sql
    found = _PSYCOPG_SQL.get(sql)
    if found is None:
        found = _PSYCOPG_SQL[sql] = sql.replace("?", "%s")
    return found


def driver_rows(conn: Connection, sql: str, params: tuple = ()) -> list[tuple]:
    """Run one small statement (written with ``?`` marks) and return its rows (see :func:`driver_fetch`)."""
    return driver_fetch(conn, driver_sql(conn, sql), params)


def driver_fetch(conn: Connection, sql: str, params: tuple | list = ()) -> list[tuple]:
    """Run one statement written for the connection's driver and return its rows (none for a statement
    that returns none). On SQLite on the driver's own cursor, in the connection's transaction: SQLAlchemy's
    set-up of a statement and its result (~50-100 µs) is several times SQLite's work for a small one.
    Errors are SQLAlchemy's, as from any other statement (a duplicate is an
    :class:`~sqlalchemy.exc.IntegrityError`)."""
    if conn.dialect.name != "sqlite":
        result = conn.exec_driver_sql(sql, params)
        return result.fetchall() if result.returns_rows else []
    import sqlite3

    from sqlalchemy.exc import DBAPIError

    cursor = conn.connection.driver_connection.cursor()
    try:
        return cursor.execute(sql, params).fetchall()
    except sqlite3.Error as exc:
        raise DBAPIError.instance(sql, params, exc, sqlite3.Error, dialect=conn.dialect) from exc
    finally:
        cursor.close()


class Savepoint:
    """A savepoint inside the connection's transaction: ``commit()`` keeps what was done since,
    ``rollback()`` undoes it. On SQLite written on the driver (``SAVEPOINT``, ``RELEASE``, ``ROLLBACK
    TO``): SQLAlchemy's ``begin_nested`` compiles each of those statements (~0.2 ms each, per push).
    Elsewhere SQLAlchemy's own."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._nested = None if conn.dialect.name == "sqlite" else conn.begin_nested()
        if self._nested is None:
            driver_rows(conn, "SAVEPOINT daftar_batch")

    def commit(self) -> None:
        if self._nested is not None:
            self._nested.commit()
        else:
            driver_rows(self._conn, "RELEASE daftar_batch")

    def rollback(self) -> None:
        if self._nested is not None:
            self._nested.rollback()
        else:
            driver_rows(self._conn, "ROLLBACK TO daftar_batch")
            driver_rows(self._conn, "RELEASE daftar_batch")


@contextmanager
def write_transaction(engine: Engine, school_id: str) -> Iterator[tuple[Connection, int]]:
    """One writing transaction for a school, holding its counter row.

    On PostgreSQL the counter row is locked (``SELECT … FOR UPDATE``) so that
    the school's writers commit one after another and sequence numbers are
    handed out in commit order: a pull never skips a change. SQLite has one
    writer at a time anyway (``BEGIN IMMEDIATE``). Yields the connection and
    the school's last sequence; the batch advances ``conn.info["last_seq"]``.
    """
    with writing(engine) as conn:
        lock = "" if conn.dialect.name == "sqlite" else " FOR UPDATE"  # SQLite's write transaction locks
        found = driver_rows(conn, "SELECT last_seq FROM school_counters WHERE school_id = ?" + lock, (school_id,))
        if not found:
            raise LookupError(school_id)
        last = found[0][0]
        conn.info["last_seq"] = last
        yield conn, last
        if conn.info["last_seq"] != last:
            driver_rows(conn, "UPDATE school_counters SET last_seq = ? WHERE school_id = ?",
                        (conn.info["last_seq"], school_id))


def env_flag(name: str) -> bool:
    return os.environ.get(name, "").lower() in ("1", "true", "yes")
