"""The principal's dashboard: every figure of it computed, as the screen's worker computes it
(:func:`app.services.dashboard.settle`, then :func:`~app.services.dashboard.school_dashboard`)."""

from __future__ import annotations

import statistics
import time

from bench.context import Context
from bench.fig_features import _school
from bench.registry import Measured, at_most, figure

#: The biggest query of the dashboard, bare: the last 30 school days' marks of the whole school, per
#: student and code (what the chronic absentee figure reads; ~60,000 marks in the large school).
BIGGEST_QUERY = (
    "SELECT student_id, section_id, code, count(*) FROM attendance_marks "
    "WHERE date >= ? AND date <= ? AND period = 0 AND deleted = 0 GROUP BY student_id, section_id, code"
)


@figure("dashboard", "dashboard, whole", unit="ms", target=at_most(150), runs=5, quick_runs=2,
        limit="the bare SQL of its biggest query", group="app")
def dashboard(ctx: Context, runs: int) -> Measured:
    import sqlite3

    from app.services import dashboard as service
    from app.services.attendance import MarkEntry, load_roll_call, take_roll_call
    from app.services.clock import school_today
    from app.services.context import Actor
    from app.services.registers import last_school_days
    from app.storage.models import School

    with _school(ctx, "dashboard") as db:
        service.settle(db)  # the kept figures brought up to date once, as the screen's worker does (not timed)
        with db.session() as s:  # warm: mappers, statement caches (not timed)
            service.school_dashboard(s)
            day = school_today(s)
            days = last_school_days(s, 30, day)
            school = s.query(School).one()
        path = db.engine.url.database
        samples, cpu, limit = [], [], []
        parts: dict[str, list[float]] = {}
        for _ in range(runs):
            service.forget()  # cold: nothing kept from the run before
            started, started_cpu = time.perf_counter(), time.process_time()
            service.settle(db)  # as the screen's worker: nothing to do when nothing changed
            with db.session() as s:
                d = service.school_dashboard(s)
            samples.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
            for name, ms in d.timings_ms.items():
                parts.setdefault(name, []).append(ms)
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                started = time.perf_counter()
                conn.execute(BIGGEST_QUERY, (days[0].isoformat(), day.isoformat())).fetchall()
                limit.append((time.perf_counter() - started) * 1000)
            finally:
                conn.close()
        # Read again with nothing changed, then after a roll call is saved (what a sync brings most days).
        warm = []
        for _ in range(runs):
            started = time.perf_counter()
            service.settle(db)
            with db.session() as s:
                service.school_dashboard(s)
            warm.append((time.perf_counter() - started) * 1000)
        roll_day = days[-1]  # the last school day up to today (today may be a weekend)
        with db.session() as s:
            section_id = next(x.section_id for x in service.today_figures(s, roll_day).sections)
            actor = Actor(None, "principal", "bench", school.id)
            lines = load_roll_call(s, actor, section_id, roll_day).lines
        after_roll_call = []
        for i in range(runs):
            with db.write() as s:
                take_roll_call(s, actor, section_id, roll_day,
                               {x.student_id: MarkEntry("A" if (j + i) % 7 == 0 else "P") for j, x in enumerate(lines)})
            started = time.perf_counter()
            service.settle(db)
            with db.session() as s:
                service.school_dashboard(s)
            after_roll_call.append((time.perf_counter() - started) * 1000)
    median = {name: statistics.median(v) for name, v in parts.items()}
    return Measured(
        samples, limit,
        note=(f"{ctx.size} school; school_dashboard() cold (nothing kept), {len(d.trends.days)} school days, "
              f"{len(d.today.sections)} sections; CPU {statistics.median(cpu):.0f} ms; parts "
              + ", ".join(f"{k} {v:.0f}" for k, v in median.items())
              + f" ms; read again unchanged {statistics.median(warm):.0f} ms, after a saved roll call "
              f"{statistics.median(after_roll_call):.0f} ms"),
        extra={"cpu_ms": cpu, "parts_ms": parts, "unchanged_ms": warm, "after_roll_call_ms": after_roll_call},
    )
