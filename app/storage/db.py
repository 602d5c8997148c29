"""One SQLite file per school: opening it safely, and sessions on it.

Opening a school file checks, before anything is written, that the file is a
SQLite database, that it is a Daftar school (``PRAGMA application_id``), that
it is not corrupt (``PRAGMA quick_check``), that no other program holds it,
and that it was not made by a newer Daftar. Each failure raises
:class:`SchoolFileError` with a sentence that names the file and says what to
do; the file is never overwritten or deleted.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app.services.context import QT_TRANSLATE_NOOP, Sentence
from app.storage import checkpoint

log = logging.getLogger(__name__)

# ``PRAGMA application_id`` of every Daftar school file ("Dftr").
DAFTAR_APPLICATION_ID = 0x44667472
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
# A file closed cleanly by Daftar and untouched since is opened without the
# whole-file ``quick_check`` if its last one passed within this many days.
CHECK_EVERY_DAYS = 7
# The newest schema revision (tests/test_migrations.py keeps it equal to the
# migrations' head): a file already there opens without importing Alembic.
SCHEMA_HEAD = "0007"


class SchoolFileError(Exception):
    """A school file cannot be opened. ``str(exc)`` is meant for the person."""

    def __init__(self, path: Path, problem: str, advice: str) -> None:
        self.path = Path(path)
        self.problem = problem
        self.advice = advice
        super().__init__(f"{problem} ({self.path}). {advice}")


def _configure_connection(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin,
    # so that a PRAGMA can run outside any transaction and BEGIN IMMEDIATE
    # can be asked for (the SQLAlchemy documentation's pysqlite recipe).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.close()


# Past this, a log that SQLite starts again from its beginning is cut back to it (it would otherwise keep
# the size of the largest transaction since the file was opened: a download's hundreds of megabytes).
WAL_KEEP_BYTES = 16 * 1024 * 1024


def _no_automatic_checkpoint(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # An open school's log is checkpointed by app.storage.checkpoint, off the committing thread.
    dbapi_conn.execute("PRAGMA wal_autocheckpoint = 0")
    dbapi_conn.execute(f"PRAGMA journal_size_limit = {WAL_KEEP_BYTES}")


def _begin(conn) -> None:  # noqa: ANN001 - SQLAlchemy Connection
    mode = "BEGIN IMMEDIATE" if conn.get_execution_options().get("immediate") else "BEGIN"
    conn.exec_driver_sql(mode)


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


def check_school_file(path: Path, *, thorough: bool = True) -> None:
    """Raise :class:`SchoolFileError` if ``path`` is not a healthy, free Daftar file.

    Read-only: nothing in the file is changed. ``thorough=False`` leaves out
    ``PRAGMA quick_check``, which reads the whole file (seconds for a large
    school); see :func:`open_school` for when that is safe.
    """
    path = Path(path)
    if not path.exists():
        raise SchoolFileError(path, QT_TRANSLATE_NOOP("SchoolFile", "There is no school file here"),
                              QT_TRANSLATE_NOOP("SchoolFile", "Check the path, or sign in to download the school "
                                                              "again."))
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise SchoolFileError(
            path,
            QT_TRANSLATE_NOOP("SchoolFile", "This file is not a Daftar school file"),
            QT_TRANSLATE_NOOP("SchoolFile", "Choose the school's .daftar file; this one was left exactly as it was."),
        )
    uri = f"file:{path}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=1.0, isolation_level=None)
    except sqlite3.Error as exc:  # pragma: no cover - permissions and such
        raise SchoolFileError(path, Sentence(QT_TRANSLATE_NOOP(
                                  "SchoolFile", "The school file cannot be opened ({problem})"), problem=str(exc)),
                              QT_TRANSLATE_NOOP("SchoolFile", "Check that you may read it.")) from exc
    try:
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            if "locked" in str(exc):
                raise _locked(path) from exc
            raise _corrupt(path) from exc
        if app_id != DAFTAR_APPLICATION_ID:
            raise SchoolFileError(
                path,
                QT_TRANSLATE_NOOP("SchoolFile", "This database was not made by Daftar"),
                QT_TRANSLATE_NOOP("SchoolFile", "Choose the school's .daftar file; this one was left exactly "
                                                "as it was."),
            )
        _quick_check(conn, path) if thorough else _schema_readable(conn, path)
    finally:
        conn.close()
    # Another program holding a write lock: try to take it, briefly.
    probe = sqlite3.connect(str(path), timeout=1.0, isolation_level=None)
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        raise _locked(path) from exc
    finally:
        probe.close()


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    try:
        result = [row[0] for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc):
            raise _locked(path) from exc
        raise _corrupt(path) from exc
    if result != ["ok"]:
        log.error("quick_check of %s failed: %s", path, result[:10])
        raise _corrupt(path)


def _schema_readable(conn: sqlite3.Connection, path: Path) -> None:
    """The cheap part of the check: the file's table of tables reads."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc):
            raise _locked(path) from exc
        raise _corrupt(path) from exc


def schema_revision(path: Path) -> str | None:
    """The file's schema revision (Alembic's table), read without Alembic."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:  # no such table: a file no migration has touched
        return None
    finally:
        conn.close()
    return row[0] if row else None


def _stamp_path(path: Path) -> Path:
    return path.with_name(path.name + "-closed")


def _file_state(path: Path) -> dict[str, int] | None:
    """Size and modification time of a file with no write-ahead log beside it (None otherwise)."""
    try:
        if Path(str(path) + "-wal").exists():
            return None
        st = os.stat(path)
    except OSError:
        return None
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _checked_when_closed(path: Path) -> float | None:
    """When the last whole-file check passed, if Daftar closed the file cleanly since and nothing touched it."""
    try:
        stamp = json.loads(_stamp_path(path).read_text())
        state = _file_state(path)
        if state is not None and stamp.get("size") == state["size"] and stamp.get("mtime_ns") == state["mtime_ns"]:
            checked = float(stamp["checked_at"])
            if 0 <= time.time() - checked <= CHECK_EVERY_DAYS * 86400:
                return checked
    except (OSError, ValueError, TypeError, KeyError):
        pass
    return None


def _forget_clean_close(path: Path) -> None:
    with contextlib.suppress(OSError):
        _stamp_path(path).unlink()


def _locked(path: Path) -> SchoolFileError:
    return SchoolFileError(
        path,
        QT_TRANSLATE_NOOP("SchoolFile", "The school file is in use by another program"),
        QT_TRANSLATE_NOOP("SchoolFile", "Close the other Daftar window (or the program using the file) and try again."),
    )


def _corrupt(path: Path) -> SchoolFileError:
    return SchoolFileError(
        path,
        QT_TRANSLATE_NOOP("SchoolFile", "The school file is damaged"),
        QT_TRANSLATE_NOOP("SchoolFile", "Nothing was changed. Restore the newest copy from the backups folder, "
                                        "or sign in again to download the school from the server."),
    )


# ``sync_meta`` key: the SQL of the indexes a first download leaves out until it ends.
DEFERRED_INDEXES_KEY = "deferred_indexes"


def defer_indexes(conn: sqlite3.Connection, tables: Iterable[str]) -> None:
    """Drop the plain (not unique) indexes of ``tables``, keeping their SQL in ``sync_meta``.

    For a download into an empty file: rows go in faster without them, and
    each is then made once, sorted (:func:`restore_deferred_indexes`). Run it
    in the download's first transaction; if the process ends before the
    download does, the next pull or the next opening of the file makes them.
    """
    names = list(tables)
    found = conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({','.join('?' * len(names))})",
        names,
    ).fetchall()
    plain = [(name, sql) for name, sql in found if sql.upper().startswith("CREATE INDEX ")]
    if not plain:
        return
    conn.execute("INSERT OR REPLACE INTO sync_meta (key, value) VALUES (?, ?)",
                 (DEFERRED_INDEXES_KEY, json.dumps([sql for _name, sql in plain])))
    for name, _sql in plain:
        conn.execute(f'DROP INDEX "{name}"')


def restore_deferred_indexes(conn: sqlite3.Connection) -> bool:
    """Make the indexes :func:`defer_indexes` left out, inside the caller's transaction.
    False if none were left out."""
    row = conn.execute("SELECT value FROM sync_meta WHERE key = ?", (DEFERRED_INDEXES_KEY,)).fetchone()
    if row is None:
        return False
    for sql in json.loads(row[0]):
        conn.execute(sql.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1))
    conn.execute("DELETE FROM sync_meta WHERE key = ?", (DEFERRED_INDEXES_KEY,))
    return True


def _restore_after_crash(path: Path) -> None:
    """A first download ended by the end of its process left indexes out: make them now."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        _configure_connection(conn, None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            restored = restore_deferred_indexes(conn)
            conn.execute("COMMIT")
        except sqlite3.OperationalError:  # an older file without sync_meta, or busy: the sync does it
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            return
        if restored:
            log.info("Made the indexes an interrupted download had left out in %s", path.name)
    finally:
        conn.close()


@dataclass
class SchoolDB:
    """An open school file: its engine and sessions."""

    path: Path
    engine: Engine
    # When the file last passed the whole-file check (``time.time()``); None: not known.
    checked_at: float | None = None

    def __post_init__(self) -> None:
        # SQLite's own checkpoint would run inside the commit that takes the log past 1,000 pages
        # (a day's pull, a person's save): this file's log is checkpointed in the background instead.
        event.listen(self.engine, "connect", _no_automatic_checkpoint)
        self._checkpoints = checkpoint.watch(self.path, self)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(
            self.engine.execution_options(immediate=True), expire_on_commit=False
        )

    def session(self) -> Session:
        """A session for reading (and short writes that need no lock up front)."""
        return self._read()

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (``BEGIN IMMEDIATE``): commit on success, roll back on error."""
        with self._write() as session, session.begin():
            yield session

    def checkpoint_soon(self) -> None:
        """Have the background checkpointer fold the log into the file at its next look (a sync has ended)."""
        self._checkpoints.soon()

    def fold_log(self, longer_than: int, timeout: float = 30.0) -> bool:
        """Before a long writer's next transaction: a log longer than ``longer_than`` bytes is folded into
        the file first (waiting for the background checkpointer), so that the transaction starts it again
        from its beginning. See :meth:`app.storage.checkpoint.Watch.fold`."""
        return self._checkpoints.fold(longer_than, timeout)

    def close(self) -> None:
        """Close every connection; a file left whole (no write-ahead log) is stamped as closed cleanly.

        The background checkpoints of the file end first (one under way is waited for); the last
        connection to close folds what is left of the log into the file and removes it, as SQLite does.
        """
        self._checkpoints.close()
        self.engine.dispose()
        state = _file_state(self.path)
        if self.checked_at is not None and state is not None:
            with contextlib.suppress(OSError):
                _stamp_path(self.path).write_text(json.dumps({**state, "checked_at": self.checked_at}))


def open_school(path: Path, backups_dir: Path | None = None, *, create: bool = False,
                thorough: bool | None = None) -> SchoolDB:
    """Open (or create) a school file and bring its schema up to date.

    A new file is created with the current schema. An existing one is checked
    (:func:`check_school_file`) and migrated by the safe procedure of
    :func:`app.storage.migrate.upgrade_school_file`.

    The whole-file ``quick_check`` reads every page (seconds for a large
    school). With ``thorough=None`` it is left out only for a file Daftar
    closed cleanly, unchanged since (same size and time, no write-ahead log),
    whose last check passed within :data:`CHECK_EVERY_DAYS`; a crash, a copy,
    a restore or any other program's write changes the file and brings the
    check back.
    """
    path = Path(path)
    if not path.exists():
        if not create:
            check_school_file(path)  # raises "no school file here"
        from app.storage import migrate

        path.parent.mkdir(parents=True, exist_ok=True)
        migrate.create_school_file(path)
    else:
        checked_at = _checked_when_closed(path) if thorough is None else None
        if thorough is None:
            thorough = checked_at is None
        check_school_file(path, thorough=thorough)
        _forget_clean_close(path)  # a crash from here on leaves no stamp
        if thorough:
            checked_at = time.time()
            _restore_after_crash(path)
        if schema_revision(path) != SCHEMA_HEAD:
            from app.storage import migrate

            migrate.upgrade_school_file(path, backups_dir or path.parent / "backups")
        db = SchoolDB(path, make_engine(path), checked_at)
        db.whole_file_checked = thorough  # False: a StartupCheck should follow (see below)
        return db
    return SchoolDB(path, make_engine(path), time.time())


class StartupCheck:
    """The whole-file check of a file opened without it, run in the background; writes wait for its answer.

    :func:`open_school` leaves ``quick_check`` out for a file Daftar closed
    cleanly and that is unchanged, so the window shows at once. Damage that
    leaves a file's size and time as they were (a failing disk) would then go
    unseen; this check finds it right after. Until it answers, every
    connection of the file is ``query_only`` and every ORM write waits, so a
    damaged file is never written; when it finds damage, writes are refused
    with :class:`SchoolFileError`.
    """

    def __init__(self, db: "SchoolDB", wait_seconds: float = 600.0) -> None:
        self.db = db
        self.wait_seconds = wait_seconds
        self.error: SchoolFileError | None = None
        self._answered = threading.Event()
        self._open = False
        event.listen(db.engine, "connect", self._read_only)
        # Before the engine's own BEGIN (IMMEDIATE): the wait comes first.
        event.remove(db.engine, "begin", _begin)
        event.listen(db.engine, "begin", self._wait)
        event.listen(db.engine, "begin", _begin)
        db.engine.dispose()  # connections made before the gate reopen read-only

    @staticmethod
    def needed(db: "SchoolDB") -> bool:
        """Whether :func:`open_school` left the whole-file check out (the last one passed earlier)."""
        return not getattr(db, "whole_file_checked", True)

    @property
    def answered(self) -> bool:
        return self._answered.is_set()

    def run(self) -> None:
        """The check itself (on a worker thread): opens the writes, or raises :class:`SchoolFileError`."""
        try:
            conn = sqlite3.connect(f"file:{self.db.path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                                   isolation_level=None)
            try:
                _quick_check(conn, self.db.path)
            finally:
                conn.close()
        except SchoolFileError as exc:
            self.error = exc
            _forget_clean_close(self.db.path)
            self.db.checked_at = None  # closing it must not stamp it as checked
            self._answered.set()
            raise
        except sqlite3.Error as exc:
            self.error = _corrupt(self.db.path)
            _forget_clean_close(self.db.path)
            self.db.checked_at = None
            self._answered.set()
            raise self.error from exc
        self._open = True
        event.remove(self.db.engine, "connect", self._read_only)
        self.db.engine.dispose()  # from here on connections may write
        self.db.checked_at = time.time()
        self._answered.set()

    def _read_only(self, dbapi_conn: sqlite3.Connection, _record: object) -> None:
        if not self._open:
            dbapi_conn.execute("PRAGMA query_only = ON")

    def _wait(self, conn) -> None:  # noqa: ANN001 - SQLAlchemy Connection
        if not conn.get_execution_options().get("immediate"):
            return
        if not self._answered.wait(self.wait_seconds):
            raise SchoolFileError(self.db.path, QT_TRANSLATE_NOOP("SchoolFile", "The school file is still being "
                                                                                "checked"),
                                  QT_TRANSLATE_NOOP("SchoolFile", "Nothing was changed. Try again in a moment."))
        if self.error is not None:
            raise self.error
