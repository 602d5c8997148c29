"""Figures of the sync between devices and the server: first pull, a day's sync, 20 devices at once.

The server is the reference server (``python -m server serve``) in its own
process on 127.0.0.1; devices are :func:`app.sync.account.sign_in` into empty
data directories, and sync with their :class:`app.sync.engine.SyncEngine`.
"""

from __future__ import annotations

import sqlite3
import statistics
import threading
import time
from typing import Any

from bench.context import PASSWORDS, SCHOOL_CODE, Context, Unavailable
from bench.registry import Measured, at_least, at_most, figure

DAY_MARKS = 2000
CONCURRENT_DEVICES = 20


def _backend(ctx: Context) -> str:
    """PostgreSQL, as a school's server runs; SQLite where PostgreSQL is not installed."""
    return "postgres" if ctx.pg_cluster() is not None else "sqlite"


# ---------------------------------------------------------------------------
# First pull
# ---------------------------------------------------------------------------


def raw_insert_rate(ctx: Context, source) -> tuple[int, float]:  # noqa: ANN001 - a path
    """The limit: the same rows, read from a pulled file, inserted by ``sqlite3.executemany`` into an
    empty school file (``create_school_file``: the same schema and indexes), one transaction, the
    app's pragmas. The dashboard's triggers rest, as they do in a first download (which then counts
    its figures once, inside its own time): firing for each raw row they would slow the limit some
    threefold and flatter the ratio. Returns (rows, seconds)."""
    from app.storage import aggregates
    from app.storage.db import _configure_connection
    from app.storage.migrate import create_school_file
    from app.storage.models import SYNCED_TABLES

    rows_by_table: dict[str, tuple[str, list[tuple]]] = {}
    src = sqlite3.connect(str(source))
    try:
        for name in SYNCED_TABLES:
            cur = src.execute(f'SELECT * FROM "{name}" WHERE version IS NOT NULL')
            cols = [d[0] for d in cur.description]
            sql = f'INSERT INTO "{name}" ({", ".join(chr(34) + c + chr(34) for c in cols)}) ' \
                  f'VALUES ({", ".join("?" * len(cols))})'
            rows_by_table[name] = (sql, cur.fetchall())
    finally:
        src.close()
    target = ctx.scratch("raw-insert") / "raw.daftar"
    create_school_file(target)
    conn = sqlite3.connect(str(target))
    _configure_connection(conn, None)
    conn.execute("PRAGMA foreign_keys = OFF")  # as the pull writes
    conn.execute("BEGIN IMMEDIATE")
    aggregates.rest(conn)
    conn.execute("COMMIT")
    total = sum(len(rows) for _sql, rows in rows_by_table.values())
    started = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    for sql, rows in rows_by_table.values():
        conn.executemany(sql, rows)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - started
    conn.close()
    return total, seconds


def _device_cpu() -> float:
    """CPU seconds of this process and of its children that have ended: a large download's helper process
    (app.sync.download) is one; the server, still running, is not."""
    import resource

    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _first_pull(ctx: Context, runs: int, backend: str) -> Measured:
    from app.sync.engine import PULL_PAGE

    if backend == "postgres" and ctx.pg_cluster() is None:
        raise Unavailable("PostgreSQL is not installed")
    samples, limit, sync_only, cpu, rows = [], [], [], [], 0
    for _ in range(runs):
        started = _device_cpu()
        signed, report, seconds = ctx.sign_in(backend)
        cpu.append(_device_cpu() - started)
        rows = report.pulled
        samples.append(rows / seconds)
        sync_only.append(report.seconds)
        n, raw_seconds = raw_insert_rate(ctx, signed.db.path)
        limit.append(n / raw_seconds)
    return Measured(samples, limit, note=f"{rows:,} rows; sign_in() into an empty data dir: log in, register, "
                                         f"push, pull {-(-rows // PULL_PAGE)} pages, checksums "
                                         f"(sync part {statistics.median(sync_only):.1f} s, the pull in a helper "
                                         f"process); the device's CPU {statistics.median(cpu):.1f} s",
                    extra={"rows": rows, "sync_seconds": sync_only, "client_cpu_seconds": cpu})


@figure("first_pull_postgres", "first pull of the school over loopback, end to end (server on PostgreSQL)",
        unit="rows/s", target=at_least(100_000, ratio=0.6, ratio_decides=True), runs=3, quick_runs=1,
        limit="raw sqlite3.executemany of the same rows, same schema", group="sync")
def first_pull_postgres(ctx: Context, runs: int) -> Measured:
    return _first_pull(ctx, runs, "postgres")


@figure("first_pull_sqlite", "first pull of the school over loopback, end to end (server on SQLite)",
        unit="rows/s", target=at_least(100_000, ratio=0.6, ratio_decides=True), runs=3, quick_runs=1,
        limit="raw sqlite3.executemany of the same rows, same schema", group="sync")
def first_pull_sqlite(ctx: Context, runs: int) -> Measured:
    return _first_pull(ctx, runs, "sqlite")


# ---------------------------------------------------------------------------
# A day's incremental sync
# ---------------------------------------------------------------------------


def write_day_of_marks(signed: Any, count: int, state: dict[str, int]) -> int:
    """``count`` new attendance marks on ``signed``'s device, section by section, through
    :func:`app.services.attendance.mark_attendance` (one period of the school's today after another)."""
    from sqlalchemy import select

    from app.services.attendance import MarkEntry, mark_attendance, section_roster
    from app.services.clock import school_today
    from app.storage.models import Section

    written = 0
    with signed.db.write() as s:
        day = school_today(s)
        sections = list(s.execute(select(Section.id).where(Section.deleted.is_(False)).order_by(Section.name))
                        .scalars())
        while written < count:
            state["period"] = state.get("period", 0) + 1
            for section_id in sections:
                roster = section_roster(s, section_id, day)[: count - written]
                if not roster:
                    continue
                marks = {st.id: MarkEntry("A" if roll % 13 == 0 else "P") for roll, st in roster}
                saved = mark_attendance(s, signed.actor, section_id, day, marks, period=state["period"])
                written += saved.saved
                if written >= count:
                    break
    return written


def _cursor(signed: Any) -> str:
    from app.sync.engine import CURSOR_KEY

    return signed.engine._meta_all().get(CURSOR_KEY, "")


def day_sync(ctx: Context, runs: int) -> dict[str, Any]:
    """Measured once per run for the five incremental figures (and the 20-device pull after it)."""
    key = f"day_sync:{runs}"
    if key in ctx.state:
        return ctx.state[key]
    from app.sync.engine import SyncReport

    backend = _backend(ctx)
    a, b = ctx.devices(backend, 2)
    state = ctx.state.setdefault("mark_state", {})
    out: dict[str, list[float]] = {"push": [], "pull": [], "total": [], "sync_a": [], "sync_b": []}
    cpu: dict[str, list[float]] = {name: [] for name in out}  # the device's CPU seconds (every thread)
    checkpoint: dict[str, list[float]] = {"wall": [], "cpu": []}  # the pulling device's checkpoint after it
    for _ in range(runs):
        # The push and the pull alone. The day's marks are written over the day, and their checkpoint (on the
        # file's own thread) long done when the sync comes: not counted in the push's CPU time.
        write_day_of_marks(a, DAY_MARKS, state)
        a.db.fold_log(0)
        report = SyncReport()
        started, started_cpu = time.perf_counter(), time.process_time()
        a.engine.push(report)
        push = time.perf_counter() - started
        cpu["push"].append(time.process_time() - started_cpu)
        assert report.pushed == DAY_MARKS and report.applied == DAY_MARKS, report
        pulled = SyncReport()
        started, started_cpu = time.perf_counter(), time.process_time()
        b.engine.pull(pulled)
        pull = time.perf_counter() - started
        cpu["pull"].append(time.process_time() - started_cpu)
        cpu["total"].append(cpu["push"][-1] + cpu["pull"][-1])
        assert pulled.pulled >= DAY_MARKS, pulled
        # The file's checkpoint, which follows the pull on a thread of its own (app/storage/checkpoint.py):
        # not part of the pull, but still work the laptop does; waited for here, so that it is not counted
        # in the next figure's CPU time.
        ended, ended_cpu = time.perf_counter(), time.process_time()
        b.db.fold_log(0)
        checkpoint["wall"].append(time.perf_counter() - ended)
        checkpoint["cpu"].append(time.process_time() - ended_cpu)
        a.engine.pull(SyncReport())  # the pushing device takes its own changes back (not timed)
        out["push"].append(push)
        out["pull"].append(pull)
        out["total"].append(push + pull)
        # The whole exchange each device runs (push, pull, checksums), on another day's marks.
        ctx.state[f"day_cursor:{backend}"] = (_cursor(b), DAY_MARKS)
        write_day_of_marks(a, DAY_MARKS, state)
        a.db.fold_log(0)
        for name, device in (("sync_a", a), ("sync_b", b)):
            started, started_cpu = time.perf_counter(), time.process_time()
            report = device.engine.sync()
            out[name].append(time.perf_counter() - started)
            cpu[name].append(time.process_time() - started_cpu)
            assert report.ok and not report.repaired, report
            device.db.fold_log(0)  # its checkpoint, after it on the file's own thread: not in the next one's CPU
    out["backend"] = backend  # type: ignore[assignment]
    out["cpu"] = cpu  # type: ignore[assignment]
    out["checkpoint"] = checkpoint  # type: ignore[assignment]
    ctx.state[key] = out
    return out


_DAY = f"a day's sync ({DAY_MARKS:,} marks)"


def _cpu(d: dict[str, Any], name: str) -> str:
    """The device's CPU time (every thread of its process; the server's is its own process's)."""
    return f"the device's CPU {statistics.median(d['cpu'][name]):.2f} s"


@figure("day_push", f"{_DAY}: push by the marking device", unit="s", target=at_most(0.3), runs=3, quick_runs=1,
        group="sync")
def day_push(ctx: Context, runs: int) -> Measured:
    d = day_sync(ctx, runs)
    return Measured(d["push"], note=f"SyncEngine.push, server on {d['backend']}; marks written with mark_attendance; "
                                    f"{_cpu(d, 'push')}", extra={"client_cpu_seconds": d["cpu"]["push"]})


@figure("day_pull", f"{_DAY}: pull by another device", unit="s", target=at_most(0.3), runs=3, quick_runs=1,
        group="sync")
def day_pull(ctx: Context, runs: int) -> Measured:
    d = day_sync(ctx, runs)
    after = d["checkpoint"]
    return Measured(d["pull"], note=f"SyncEngine.pull, server on {d['backend']}; {_cpu(d, 'pull')}; the file's "
                                    f"checkpoint after it, in the background, {statistics.median(after['wall']):.2f} s "
                                    f"(CPU {statistics.median(after['cpu']):.2f} s)",
                    extra={"client_cpu_seconds": d["cpu"]["pull"], "checkpoint_seconds": after["wall"],
                           "checkpoint_cpu_seconds": after["cpu"]})


@figure("day_total", f"{_DAY}: push + pull", unit="s", target=at_most(0.6), runs=3, quick_runs=1, group="sync")
def day_total(ctx: Context, runs: int) -> Measured:
    d = day_sync(ctx, runs)
    return Measured(d["total"], note=f"0.3 s each way; {_cpu(d, 'total')}",
                    extra={"client_cpu_seconds": d["cpu"]["total"]})


@figure("day_sync_a", f"{_DAY}: whole sync() of the marking device", unit="s", target=at_most(0.3), runs=3,
        quick_runs=1, group="sync")
def day_sync_a(ctx: Context, runs: int) -> Measured:
    d = day_sync(ctx, runs)
    return Measured(d["sync_a"], note=f"push, pull its own changes back (not written again), checksums of the rows "
                                      f"moved; {_cpu(d, 'sync_a')}", extra={"client_cpu_seconds": d["cpu"]["sync_a"]})


@figure("day_sync_b", f"{_DAY}: whole sync() of the other device", unit="s", target=at_most(0.3), runs=3,
        quick_runs=1, group="sync")
def day_sync_b(ctx: Context, runs: int) -> Measured:
    d = day_sync(ctx, runs)
    return Measured(d["sync_b"], note=f"pull, checksums of the rows moved; {_cpu(d, 'sync_b')}",
                    extra={"client_cpu_seconds": d["cpu"]["sync_b"]})


# ---------------------------------------------------------------------------
# 20 devices at once
# ---------------------------------------------------------------------------


def _login(base: str, username: str) -> dict[str, str]:
    import httpx

    from app.sync.protocol import PROTOCOL_HEADER

    headers = {PROTOCOL_HEADER: "1"}
    body = httpx.post(base + "/auth/login", json={"school_code": SCHOOL_CODE, "username": username,
                                                  "password": PASSWORDS[username]}, headers=headers, timeout=60)
    body.raise_for_status()
    headers["Authorization"] = "Bearer " + body.json()["access_token"]
    return headers


def run_devices(base: str, username: str, rounds: int, request) -> tuple[list[float], float]:  # noqa: ANN001
    """``CONCURRENT_DEVICES`` threads, each its own sign-in, registered device and HTTP connection,
    start each round together and time each ``request(http, device_id, device_no, round)``
    (which returns how many requests it made)."""
    import httpx

    barrier = threading.Barrier(CONCURRENT_DEVICES)
    latencies: list[float] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def device(n: int) -> None:
        try:
            headers = _login(base, username)
            with httpx.Client(base_url=base, headers=headers, timeout=120) as http:
                device_id = http.post("/devices", json={"name": f"bench concurrent {n}"}).json()["device_id"]
                for r in range(rounds):
                    barrier.wait(120)
                    mine = request(http, device_id, n, r)
                    with lock:
                        latencies.extend(mine)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)
            barrier.abort()

    threads = [threading.Thread(target=device, args=(n,)) for n in range(CONCURRENT_DEVICES)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return latencies, time.perf_counter() - started


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(round(len(ordered) * 0.95)) - 1)]


@figure("concurrent_pull_p95", f"server pull p95, {CONCURRENT_DEVICES} devices at once pulling a day's changes",
        unit="ms", target=at_most(200), runs=5, quick_runs=2, group="sync")
def concurrent_pull(ctx: Context, runs: int) -> Measured:
    backend = _backend(ctx)
    key = f"day_cursor:{backend}"
    if key not in ctx.state:
        day_sync(ctx, 1)
    cursor, expected = ctx.state[key]
    base = ctx.server(backend).url
    per_round: dict[int, list[float]] = {}

    def pull_day(http, _device_id, _n, r) -> list[float]:  # noqa: ANN001
        out, c, rows = [], cursor, 0
        while True:
            started = time.perf_counter()
            response = http.get("/sync/pull", params={"cursor": c})
            out.append((time.perf_counter() - started) * 1000)
            response.raise_for_status()
            body = response.content
            rows += body.count(b'"seq":')
            c = response.json()["cursor"] if b'"more":true' in body else None
            if c is None:
                break
        assert rows >= expected, (rows, expected)
        per_round.setdefault(r, []).extend(out)
        return out

    latencies, _wall = run_devices(base, "principal1", runs, pull_day)
    samples = [p95(per_round[r]) for r in sorted(per_round)]
    workers = ctx.server(backend).workers
    return Measured(samples, note=f"server on {backend}, {workers} API process{'es' if workers > 1 else ''} "
                                  f"(one per core); each sample the p95 of one round of {CONCURRENT_DEVICES} "
                                  f"devices pulling {expected:,} changes at once (principal's scope); all requests: "
                                  f"p50 {statistics.median(latencies):.0f} ms, p95 {p95(latencies):.0f} ms")
