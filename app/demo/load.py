"""Writing the demo school into a new school file.

The rows go in as if they had already come from the server: every row has a
``version`` (1, 2, 3… in insertion order, as a server sequence would give
them), the outbox is empty, and the file belongs to the front office device
``OF1``, whose receipt series continues where the generated payments stopped.

The file is built beside its final place and moved there only when complete,
so a half-made demo never stays behind: an interrupted run leaves the old
file (if any) as it was. Rows are written with a SQLAlchemy Core
``insert()`` and one executemany per 20,000 rows, one transaction per
entity (STYLE.md: ORM objects one by one are several times slower). The
values are converted by the columns' own SQLAlchemy types, column by column
(:func:`_parameters`), which halves the time of ``conn.execute(insert(t),
dicts)`` for the large school. While the file is still private, SQLite's
journal and fsyncs are switched off; the finished file is in WAL mode like
every school file.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import time
from collections.abc import Callable
from itertools import repeat
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Dialect, Table, insert

from app.demo.generator import DemoSchool, DemoSummary, build_demo_school
from app.storage.db import open_school
from app.storage.models import SYNCED_TABLES, DeviceIdentity, ReceiptSeries

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]

# Rows per executemany call: large enough to be fast, small enough for a
# progress bar that moves.
CHUNK = 20_000
# SQLite page cache while loading (KiB): the attendance indexes stay in memory.
LOAD_CACHE_KIB = 65_536


def generate_demo_school(
    path: str | os.PathLike[str],
    size: str = "default",
    seed: int = 7,
    replace: bool = False,
    progress: Progress | None = None,
    *,
    today: dt.date | None = None,
) -> DemoSummary:
    """Make the demo school of ``size`` and write it to a new school file at ``path``.

    ``progress(done, total, stage)`` is called as the work goes on; ``total``
    is 0 while the school is being made up (a busy indicator), then the number
    of rows to write. Raises :class:`FileExistsError` if ``path`` exists and
    ``replace`` is false.
    """
    started = time.perf_counter()
    path = Path(path)
    _refuse_existing(path, replace)
    if progress is not None:
        progress(0, 0, "making up the school")
    school = build_demo_school(size, seed, today)
    return write_demo_school(path, school, replace=replace, progress=progress, started=started)


def write_demo_school(
    path: str | os.PathLike[str],
    school: DemoSchool,
    replace: bool = False,
    progress: Progress | None = None,
    *,
    started: float | None = None,
) -> DemoSummary:
    """Write an already made :class:`DemoSchool` to a new school file at ``path``."""
    started = time.perf_counter() if started is None else started
    path = Path(path)
    _refuse_existing(path, replace)
    path.parent.mkdir(parents=True, exist_ok=True)
    work = path.with_name(path.name + ".demo-tmp")
    _remove_sqlite_files(work)
    try:
        db = open_school(work, None, create=True)
        try:
            _write_rows(db.engine, school, progress or (lambda done, total, stage: None))
        finally:
            db.close()
        _refuse_existing(path, replace)
        # A WAL left by the old file must not be replayed into the new one.
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        os.replace(work, path)
    finally:
        _remove_sqlite_files(work)
    seconds = time.perf_counter() - started
    summary = DemoSummary(
        path=path,
        size=school.size,
        seed=school.seed,
        counts=school.counts(),
        seconds=seconds,
        cancelled_payments=len(school.rows["payment_cancellations"]),
        users=school.users,
    )
    log.info("Demo school (%s, seed %s) written to %s in %.1f s", school.size, school.seed, path, seconds)
    return summary


def _write_rows(engine, school: DemoSchool, progress: Progress) -> None:  # noqa: ANN001 - Engine
    total = school.total_rows
    done = 0
    version = 0
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        # The file is not in its place yet: nobody else can see it, and if
        # this fails it is thrown away. So no journal and no fsync while
        # loading; WAL is switched back on before it is moved in place.
        raw.execute("PRAGMA journal_mode = OFF")
        raw.execute("PRAGMA synchronous = OFF")
        raw.execute(f"PRAGMA cache_size = -{LOAD_CACHE_KIB}")
        for entity, rows in school.rows.items():
            if not rows:
                continue
            table = SYNCED_TABLES[entity].__table__
            compiled = insert(table).compile(dialect=conn.dialect, column_keys=[*rows[0], "version", "deleted"])
            sql, keys = str(compiled), list(compiled.positiontup or ())
            stage = f"writing {entity.replace('_', ' ')}"
            with conn.begin():
                for start in range(0, len(rows), CHUNK):
                    chunk = rows[start : start + CHUNK]
                    params = _parameters(table, keys, chunk, version + 1, conn.dialect)
                    conn.exec_driver_sql(sql, params)
                    version += len(chunk)
                    done += len(chunk)
                    progress(done, total, stage)
        device = school.local_device
        with conn.begin():
            conn.execute(
                insert(DeviceIdentity),
                {
                    "device_id": device.device_id,
                    "device_code": device.code,
                    "school_code": school.school_code,
                    "server_url": "",
                    "registered_at": dt.datetime.combine(school.school_days[0], dt.time(6, 0)),
                },
            )
            conn.execute(
                insert(ReceiptSeries),
                [{"prefix": prefix, "last_number": last} for prefix, last in school.receipt_series.items()],
            )
        progress(total, total, "finishing the school file")
        raw.execute("PRAGMA cache_size = -2000")
        raw.execute("PRAGMA synchronous = NORMAL")
        mode = raw.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode != "wal":
            raise RuntimeError(f"could not switch the demo school file to WAL (journal mode {mode!r})")


def _parameters(
    table: Table, keys: list[str], rows: list[dict[str, Any]], first_version: int, dialect: Dialect
) -> list[tuple[Any, ...]]:
    """executemany parameters (``keys`` in the statement's order) of ``rows``, converted by the columns' own types.

    Each column's SQLAlchemy bind processor (the one ``conn.execute(insert(…),
    rows)`` would apply, e.g. a date to ``'2026-03-12'``) is applied column by
    column, once per distinct value where values repeat (dates, times), instead
    of row by row: the same stored values for a fraction of the Python work.
    """
    n = len(rows)
    columns: list[Any] = []
    for key in keys:
        if key == "version":
            columns.append(range(first_version, first_version + n))
            continue
        if key == "deleted":
            columns.append(repeat(0, n))
            continue
        values = list(map(itemgetter(key), rows))
        column_type = table.c[key].type
        process = column_type._cached_bind_processor(dialect)
        if process is not None:
            if isinstance(column_type, JSON):
                values = [process(v) for v in values]
            else:
                converted = {v: process(v) for v in set(values)}
                values = list(map(converted.__getitem__, values))
        columns.append(values)
    return list(zip(*columns, strict=True))


def _refuse_existing(path: Path, replace: bool) -> None:
    if path.exists() and not replace:
        raise FileExistsError(f"{path} already exists; choose another file or replace it.")


def _remove_sqlite_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", "-closed"):
        Path(str(path) + suffix).unlink(missing_ok=True)
