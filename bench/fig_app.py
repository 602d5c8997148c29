"""Figures of the desktop app on one school file: start-up, memory, search, a payment."""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.context import ROOT, SEED, Context, _fingerprint, _locked, say
from bench.registry import Measured, at_most, figure

SEARCH_STUDENTS = 5000


def _probe(*args: str) -> tuple[float, dict]:
    """Start ``bench.startup_probe`` in a new process; seconds from launch to its first paint, and what it
    printed (plus ``cpu``: the CPU seconds the whole process used, start to exit, every thread)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.time()
    out = subprocess.run([sys.executable, "-m", "bench.startup_probe", *args], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=300)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        raise RuntimeError(f"startup probe failed ({out.returncode}): {out.stderr[-2000:]}")
    values = json.loads(lines[-1])
    values["cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return values["painted"] - started, values


def compile_bytecode() -> None:
    """Daftar's own modules compiled to bytecode first, as an installed Daftar has them (pip and PyInstaller
    compile at install). Python writes bytecode on first import only where it may: with
    ``PYTHONDONTWRITEBYTECODE`` set (some shells and CI images set it) every start compiled every module of
    ``app/`` from source again, ~0.7 s of CPU here, and the figure measured that, not the app."""
    import compileall

    for package in ("app", "bench"):
        compileall.compile_dir(str(ROOT / package), quiet=1)


@figure("cold_start", "cold start to interactive main window", unit="s", target=at_most(1.0), runs=5,
        quick_runs=1, limit="import PySide6.QtWidgets + first paint of an empty window", group="app")
def cold_start(ctx: Context, runs: int) -> Measured:
    school = ctx.client_copy("startup")
    data_dir = str(school.parent.parent)
    compile_bytecode()
    if not ctx.quick:  # once, not counted: compiled bytecode and the file in the page cache
        _probe("app", data_dir)
        _probe("empty")
    samples, limit, cpu, cpu_limit = [], [], [], []
    for _ in range(runs):
        seconds, values = _probe("empty")
        limit.append(seconds)
        cpu_limit.append(values["cpu"])
        seconds, values = _probe("app", data_dir)
        samples.append(seconds)
        cpu.append(values["cpu"])
    return Measured(samples, limit, note=f"{ctx.size} school; `daftar --school DEMO`, offscreen, warm page cache, "
                                          "the file closed cleanly by the run before (the morning's case: no "
                                          "whole-file check; after a crash or a copy the first open adds it); "
                                          "time to the main window's first paint; CPU of the whole process "
                                          f"(start to exit) {statistics.median(cpu):.2f} s, of the limit's "
                                          f"{statistics.median(cpu_limit):.2f} s",
                    extra={"cpu_seconds": cpu, "limit_cpu_seconds": cpu_limit})


@figure("memory", "memory with the school open (Today, then Students shown)", unit="MB", target=at_most(300),
        runs=3, quick_runs=1, group="app")
def memory(ctx: Context, runs: int) -> Measured:
    school = ctx.client_copy("memory")
    data_dir = str(school.parent.parent)
    compile_bytecode()
    samples, ready = [], []
    for _ in range(runs):
        seconds, values = _probe("app", data_dir, "--memory")
        samples.append(values["rss_mb"])
        ready.append(values["students_ready"] - values["painted"] + seconds)
    return Measured(samples, note=f"RSS after both screens read their data "
                                  f"({values['students']:,} students listed, {statistics.median(ready):.2f} s "
                                  "after launch)")




# ---------------------------------------------------------------------------
# Student search
# ---------------------------------------------------------------------------


def search_school(ctx: Context) -> Path:
    """A school of 5,000 students (``--quick``: the small demo school), made by the demo generator.

    The generator's sizes stop at 2,000 students; this adds one of 5,000 (eight
    sections per grade, a whole school year like the others) for this process.
    """
    if ctx.quick:
        return ctx.client_school()
    from app.demo.generator import SIZES, SizeSpec, school_today

    size = f"bench-{SEARCH_STUDENTS}"
    SIZES.setdefault(size, SizeSpec(students=SEARCH_STUDENTS, divisions=8))
    folder = ctx.cache / f"{size}-seed{SEED}"
    stamp = json.dumps({"today": school_today().isoformat(), "source": _fingerprint()})
    with _locked(ctx.cache / f"{size}.lock"):
        manifest = folder / "manifest.json"
        if ctx.rebuild or not manifest.exists() or manifest.read_text() != stamp:
            from app.demo import generate_demo_school

            folder.mkdir(parents=True, exist_ok=True)
            say(f"making a {SEARCH_STUDENTS:,}-student school for the search figure, once")
            generate_demo_school(folder / "client.daftar", size=size, seed=SEED, replace=True)
            manifest.write_text(stamp)
    return folder / "client.daftar"


def qt_app():  # noqa: ANN201
    """The benchmark's Qt application, made once; like the app's, it collects reference cycles on this
    thread only (app/collector.py), so a screen a figure closed is never freed by a worker thread."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        from app.ui.application import collect_cycles_on_this_thread

        app = QApplication(sys.argv[:1])
        collect_cycles_on_this_thread(app)  # its timer is the app's child
    return app


@figure("student_search", f"student search, per keystroke, {SEARCH_STUDENTS:,} students", unit="ms",
        target=at_most(20), runs=3, quick_runs=1, group="app")
def student_search(ctx: Context, runs: int) -> Measured:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from sqlalchemy import select

    from app.config import Paths, Settings
    from app.storage.db import open_school
    from app.storage.models import School
    from app.ui.context import AppContext, OpenSchool
    from app.ui.signals import AppSignals
    from app.ui.students import StudentsScreen
    from app.ui.tasks import SyncTaskRunner

    app = qt_app()
    source = search_school(ctx)
    from bench.context import _copy_sqlite

    paths = Paths.default(ctx.scratch("search")).ensure()
    path = paths.school_file("DEMO")
    _copy_sqlite(source, path)
    db = open_school(path, paths.backups)
    try:
        with db.session() as s:
            school = s.execute(select(School)).scalars().first()
        hub = AppSignals()
        actx = AppContext(hub=hub, tasks=SyncTaskRunner(), paths=paths, settings=Settings(),
                          logfile=paths.logs / "bench.log")
        screen = StudentsScreen(actx, OpenSchool(db=db, path=path, code=school.code, name=school.name,
                                                 currency=school.currency, currency_digits=school.currency_digits))
        screen.resize(1180, 760)
        screen.show()  # reads the list (list_students) through the task runner
        app.processEvents()
        total = screen.model.rowCount()
        # A realistic name: a student from the middle of the list, typed as a person types it,
        # then erased letter by letter.
        rows = sorted((screen.model.row_at(i) for i in range(total)), key=lambda r: r.admission_no)
        # QTest types ASCII keys only (it aborts on others): the nearest such name to the middle.
        middle = len(rows) // 2
        name = min((r.full_name for r in rows if r.full_name.isascii()),
                   key=lambda n, order={r.full_name: i for i, r in enumerate(rows)}: abs(order[n] - middle))
        samples: list[float] = []
        for _ in range(runs):
            for char in name:
                started = time.perf_counter()
                QTest.keyClicks(screen.search, char)
                app.processEvents()  # the table's repaint
                samples.append((time.perf_counter() - started) * 1000)
            found = screen.proxy.rowCount()
            for _char in name:
                started = time.perf_counter()
                QTest.keyClick(screen.search, Qt.Key.Key_Backspace)
                app.processEvents()
                samples.append((time.perf_counter() - started) * 1000)
        screen.close()
        screen.deleteLater()
        app.processEvents()
    finally:
        db.close()
    ordered = sorted(samples)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    return Measured(samples, note=f"{total:,} students; typing {name!r} ({found} found) and erasing it; "
                                  f"each sample a keystroke incl. the table's repaint; p95 {p95:.1f} ms")


# ---------------------------------------------------------------------------
# A payment with its receipt number
# ---------------------------------------------------------------------------


@figure("payment", "payment with receipt number saved", unit="ms", target=at_most(30), runs=30, quick_runs=10,
        group="app")
def payment(ctx: Context, runs: int) -> Measured:
    from sqlalchemy import select

    from app.services.context import Actor
    from app.services.fees import record_payment
    from app.storage.db import open_school
    from app.storage.models import DeviceIdentity, Invoice, School, Student, User

    path = ctx.client_copy("payment")
    db = open_school(path, path.parent.parent / "backups")
    try:
        with db.session() as s:
            school = s.execute(select(School)).scalars().first()
            office = s.execute(select(User).where(User.role == "office")).scalars().first()
            device = s.execute(select(DeviceIdentity)).scalars().first()
            # Active students with an invoice: the front office's everyday payment.
            students = list(s.execute(
                select(Invoice.student_id).join(Student, Student.id == Invoice.student_id)
                .where(Student.status == "active", Student.deleted.is_(False)).distinct().limit(runs + 5)
            ).scalars())
        actor = Actor(user_id=office.id, role="office", device_id=device.device_id, school_id=school.id)
        samples, receipts = [], []
        record_payment_warm = True
        for i in range(runs + 1):
            started = time.perf_counter()
            with db.write() as s:
                p = record_payment(s, actor, students[i % len(students)], 150_00, "cash", note="bench")
                receipt = p.receipt_no
            elapsed = (time.perf_counter() - started) * 1000
            if record_payment_warm:  # the first one also loads the ORM's mappers and statement caches
                record_payment_warm = False
                continue
            samples.append(elapsed)
            receipts.append(receipt)
    finally:
        db.close()
    return Measured(samples, note=f"{ctx.size} school; record_payment in db.write() incl. commit "
                                  f"(oldest-first allocation); receipts {receipts[0]}…{receipts[-1]}")

