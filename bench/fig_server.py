"""Figures of the reference server alone: push throughput, pull streaming, pushes from 20 devices at once.

Push and pull are timed through the functions behind the endpoints
(:func:`server.sync.push`, :func:`server.sync.pull`, as ``server/benchmark.py``
does), on this run's working copy of the server's database, with every check
on; the concurrent figure goes over HTTP to the server's own process.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
import uuid

from bench.context import Context, Unavailable
from bench.registry import Measured, at_least, at_most, figure

PUSH_BATCH = 500
PUSH_MUTATIONS = 5000


def _engine(ctx: Context, backend: str):  # noqa: ANN202
    from server.db import make_engine

    key = f"engine:{backend}"
    if key not in ctx.state:
        if backend == "postgres" and ctx.pg_cluster() is None:
            raise Unavailable("PostgreSQL is not installed")
        ctx.state[key] = make_engine(ctx.server_database(backend))
        ctx.cleanups.append(ctx.state[key].dispose)
    return ctx.state[key]


def office_user(engine, school_id: str) -> str:  # noqa: ANN001
    from sqlalchemy import select

    from server.models import T

    users = T["users"]
    with engine.connect() as conn:
        return conn.execute(select(users.c.id).where(users.c.school_id == school_id, users.c.role == "office")
                            .order_by(users.c.username)).scalars().first()


def enrolled(engine, school_id: str) -> list[tuple[str, str]]:  # noqa: ANN001
    """(student, section) of every live enrollment, section by section."""
    from sqlalchemy import select

    from server.models import T

    enr = T["enrollments"]
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(
            select(enr.c.student_id, enr.c.section_id).where(enr.c.school_id == school_id, enr.c.deleted.is_(False))
            .order_by(enr.c.section_id, enr.c.roll_no))]


def marks_batch(school_id: str, students: list[tuple[str, str]], day: dt.date, device: str, start_seq: int,
                period: int) -> list[dict]:
    """A push's mutations: a new attendance mark for each student (as a device's outbox sends them)."""
    from app.sync.protocol import format_datetime
    from server.ids import new_id

    now = format_datetime(dt.datetime.now(dt.UTC))
    return [
        {"seq": start_seq + i, "entity": "attendance_marks", "id": new_id(), "op": "put",
         "fields": {"school_id": school_id, "student_id": sid, "section_id": sec, "date": day.isoformat(),
                    "period": period, "code": "P", "note": "", "marked_by": None, "marked_at": now,
                    "device_id": device},
         "base_version": None, "client_ts": now}
        for i, (sid, sec) in enumerate(students)
    ]


def _school_id(engine) -> str:  # noqa: ANN001
    from sqlalchemy import select

    from server.models import T

    with engine.connect() as conn:
        return conn.execute(select(T["schools"].c.id).where(T["schools"].c.code == "DEMO")).scalar_one()


def _periods(ctx: Context, backend: str, n: int) -> list[int]:
    """Periods of today no figure has marked yet (each push writes new marks)."""
    key = f"next_period:{backend}"
    first = ctx.state.get(key, 100)
    ctx.state[key] = first + n
    return list(range(first, first + n))


def backend_cpu(engine) -> float | None:  # noqa: ANN001
    """CPU seconds used so far by the PostgreSQL backends serving ``engine``'s database (from
    ``/proc``: the cluster is local), or None where that cannot be read."""
    import os

    if engine.dialect.name != "postgresql":
        return None
    with engine.connect() as conn:
        pids = conn.exec_driver_sql(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database()").scalars().all()
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in pids:
        try:
            fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()  # noqa: SIM115
        except OSError:
            return None
        total += (int(fields[11]) + int(fields[12])) / tick
    return total


def push_run(ctx: Context, backend: str, mutations: int, cpu: list[float] | None = None,
             db_cpu: list[float] | None = None) -> float:
    """``mutations`` new attendance marks by the office, 500 a push, through :func:`server.sync.push`.

    ``cpu`` gets this process's CPU seconds for the pushes (on SQLite, SQLite's own work
    included); ``db_cpu`` the PostgreSQL backends' (when they can be read)."""
    from server.auth import AuthService
    from server.engine import Actor
    from server.settings import Settings
    from server.sync import push

    engine = _engine(ctx, backend)
    school_id = _school_id(engine)
    office = office_user(engine, school_id)
    device = AuthService(engine, Settings(), "x").register_device(
        Actor(school_id=school_id, user_id=office, role="office", device_id=""), "bench push", None)["device_id"]
    students = enrolled(engine, school_id)
    day = dt.date.today()
    batches = []
    periods = iter(_periods(ctx, backend, mutations // len(students) + 2))
    period, offset, seq = next(periods), 0, 1
    while sum(len(b["mutations"]) for b in batches) < mutations:
        chunk = students[offset:offset + PUSH_BATCH]
        offset += len(chunk)
        if offset >= len(students):
            period, offset = next(periods), 0
        batches.append({"device_id": device, "mutations": marks_batch(school_id, chunk, day, device, seq, period)})
        seq += len(chunk)
    total = 0
    db_started = backend_cpu(engine) if db_cpu is not None else None
    started, cpu_started = time.perf_counter(), time.process_time()
    for body in batches:
        result = push(engine, Actor(school_id, office, "office", ""), body)
        assert all(r["status"] == "applied" for r in result["results"]), result["results"][:2]
        total += len(body["mutations"])
    seconds = time.perf_counter() - started
    if cpu is not None:
        cpu.append(time.process_time() - cpu_started)
    if db_started is not None:
        db_ended = backend_cpu(engine)
        if db_ended is not None:
            db_cpu.append(db_ended - db_started)
    return total / seconds


def raw_insert_run(ctx: Context, backend: str, rows: int) -> float:
    """The limit: the same number of marks, ``executemany`` straight into the server's
    ``attendance_marks`` table on the driver, 500 rows a transaction (as a push commits)."""
    from server.models import T

    engine = _engine(ctx, backend)
    school_id = _school_id(engine)
    students = enrolled(engine, school_id)
    table = T["attendance_marks"]
    cols = [c.name for c in table.columns]
    day = dt.date.today().isoformat()
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    periods = iter(_periods(ctx, backend, rows // len(students) + 2))
    period, offset, version = next(periods), 0, 10**12
    batches: list[list[tuple]] = []
    made = 0
    while made < rows:
        chunk = students[offset:offset + PUSH_BATCH]
        offset += len(chunk)
        if offset >= len(students):
            period, offset = next(periods), 0
        batch = []
        for sid, sec in chunk:
            version += 1
            values = {"school_id": school_id, "id": str(uuid.uuid4()), "student_id": sid, "section_id": sec,
                      "date": day, "period": period, "code": "P", "note": "", "marked_by": None,
                      "marked_at": now, "device_id": "bench-raw", "version": version, "deleted": False, "lww_ts": None}
            batch.append(tuple(values[c] for c in cols))
        batches.append(batch)
        made += len(batch)
    mark = "?" if backend == "sqlite" else "%s"
    sql = f'INSERT INTO attendance_marks ({", ".join(cols)}) VALUES ({", ".join([mark] * len(cols))})'
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        started = time.perf_counter()
        for batch in batches:
            if backend == "sqlite":
                driver.execute("BEGIN IMMEDIATE")
                driver.executemany(sql, batch)
                driver.execute("COMMIT")
            else:
                with driver.cursor() as cur:
                    cur.executemany(sql, batch)
                driver.commit()
        seconds = time.perf_counter() - started
    finally:
        raw.close()
    return made / seconds


def _push(ctx: Context, runs: int, backend: str) -> Measured:
    n = PUSH_MUTATIONS if not ctx.quick else 2000
    push_run(ctx, backend, PUSH_BATCH)  # once, not counted: statement caches, the device's first push
    samples, limit, cpu, db_cpu = [], [], [], []
    for _ in range(runs):
        samples.append(push_run(ctx, backend, n, cpu, db_cpu))
        limit.append(raw_insert_run(ctx, backend, n))
    per = statistics.median(cpu) / n * 1e6
    where = "incl. SQLite's own" if backend == "sqlite" else "Python and the driver"
    note = (f"{n:,} new attendance marks a run, {PUSH_BATCH} a push, every check on; server.sync.push in process: "
            f"{per:.0f} µs of its CPU per mutation ({where}; alone it would allow {1e6 / per:,.0f} mutations/s)")
    if db_cpu:
        note += f", PostgreSQL's backend {statistics.median(db_cpu) / n * 1e6:.0f} µs"
    return Measured(samples, limit, note=note, extra={"python_cpu_seconds": cpu, "database_cpu_seconds": db_cpu})


@figure("push_sqlite", "push throughput to the server (SQLite)", unit="mutations/s", target=at_least(20_000),
        runs=3, quick_runs=1, limit="raw executemany into the server's attendance table", group="server")
def push_sqlite(ctx: Context, runs: int) -> Measured:
    return _push(ctx, runs, "sqlite")


@figure("push_postgres", "push throughput to the server (PostgreSQL)", unit="mutations/s",
        target=at_least(10_000), runs=3, quick_runs=1, limit="raw executemany into the server's attendance table",
        group="server")
def push_postgres(ctx: Context, runs: int) -> Measured:
    return _push(ctx, runs, "postgres")


@figure("server_pull_postgres", "server pull of every attendance mark, server side (PostgreSQL)", unit="rows/s",
        target=at_least(150_000), runs=3, quick_runs=1, group="server")
def server_pull(ctx: Context, runs: int) -> Measured:
    from server.benchmark import bench_pull

    engine = _engine(ctx, "postgres")
    school_id = _school_id(engine)
    samples, rows, cpu, db_cpu = [], 0, [], []
    for _ in range(runs):
        db_started = backend_cpu(engine)
        cpu_started = time.process_time()
        out = bench_pull(engine, school_id)
        cpu.append(time.process_time() - cpu_started)
        db_ended = backend_cpu(engine)
        if db_started is not None and db_ended is not None:
            db_cpu.append(db_ended - db_started)
        samples.append(out["pull_rows_per_s"])
        rows = out["pull_rows"]
    note = (f"{rows:,} rows, pages of 5,000, server.sync.pull building the JSON body "
            f"(server/benchmark.py bench_pull); CPU per row: Python {statistics.median(cpu) / rows * 1e6:.1f} µs")
    if db_cpu:
        note += f", PostgreSQL's backend {statistics.median(db_cpu) / rows * 1e6:.1f} µs"
    return Measured(samples, note=note, extra={"python_cpu_seconds": cpu, "database_cpu_seconds": db_cpu})


@figure("concurrent_push_p95", "push p95, 20 devices at once, 500 mutations each (PostgreSQL)", unit="ms",
        target=at_most(200), runs=3, quick_runs=1, group="server")
def concurrent_push(ctx: Context, runs: int) -> Measured:
    from bench.fig_sync import CONCURRENT_DEVICES, p95, run_devices

    if ctx.pg_cluster() is None:
        raise Unavailable("PostgreSQL is not installed")
    engine = _engine(ctx, "postgres")
    school_id = _school_id(engine)
    students = enrolled(engine, school_id)
    base = ctx.server("postgres").url
    periods = _periods(ctx, "postgres", CONCURRENT_DEVICES * runs)
    day = dt.date.today()
    per_round: dict[int, list[float]] = {}

    def push_marks(http, device_id, n, r) -> list[float]:  # noqa: ANN001
        # Each device its own period, so every mark is new; its students a slice of the school.
        chunk = (students[(n * PUSH_BATCH) % len(students):] + students)[:PUSH_BATCH]
        body = {"device_id": device_id,
                "mutations": marks_batch(school_id, chunk, day, device_id, r * PUSH_BATCH + 1,
                                          periods[r * CONCURRENT_DEVICES + n])}
        started = time.perf_counter()
        response = http.post("/sync/push", json=body)
        elapsed = (time.perf_counter() - started) * 1000
        assert response.status_code == 200, response.text[:300]
        per_round.setdefault(r, []).append(elapsed)
        return [elapsed]

    latencies, wall = run_devices(base, "office1", runs, push_marks)
    samples = [p95(per_round[r]) for r in sorted(per_round)]
    rate = len(latencies) * PUSH_BATCH / wall
    return Measured(samples, note=f"server with {ctx.server('postgres').workers} API processes (one per core); "
                                  f"each sample the p95 of one round of {CONCURRENT_DEVICES} pushes at once over "
                                  f"HTTP; p50 {statistics.median(latencies):.0f} ms; {rate:,.0f} mutations/s "
                                  "overall incl. sign-ins", extra={"latencies_ms": latencies})
