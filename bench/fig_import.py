"""Roster import: a 5,000-student roster read, validated and imported, on the real service."""

from __future__ import annotations

import csv
import datetime as dt
import time

from bench.context import Context
from bench.registry import Measured, at_most, figure

ROSTER_SIZE = 5_000


def _roster(path, sections: list[str]) -> None:
    """A school's spreadsheet export: 5,000 new students across the year's sections, UTF-8 with a BOM."""
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Admission No", "Student Name", "Class", "Gender", "Date of Birth", "Father's Name", "Mobile",
                    "Address"])
        for i in range(ROSTER_SIZE):
            born = dt.date(2010, 1, 1) + dt.timedelta(days=(i * 37) % 2900)
            w.writerow([f"IMP{i:05d}", f"Student{i} Family{i % 311}", sections[i % len(sections)], "MF"[i % 2],
                        f"{born:%d/%m/%Y}", f"Guardian Family{i % 311}", f"0300 {i:07d}", f"House {i}, Street {i % 50}"])


@figure("roster_import", "5,000-student roster validated and imported", unit="s", target=at_most(5.0), runs=3,
        quick_runs=1, group="app")
def roster_import(ctx: Context, runs: int) -> Measured:
    from sqlalchemy import select

    from app.services.clock import school_today
    from app.services.context import Actor
    from app.services.roster_import import import_roster, roster_year
    from app.storage.db import open_school
    from app.storage.models import DeviceIdentity, School, Section

    samples, checks, cpu = [], [], []
    for run in range(runs):
        path = ctx.client_copy(f"roster-import-{run}")
        db = open_school(path, path.parent.parent / "backups")
        try:
            with db.session() as s:
                year = roster_year(s, school_today(s))
                sections = sorted(s.execute(select(Section.name).where(Section.academic_year_id == year.id))
                                  .scalars())
                school = s.execute(select(School)).scalars().first()
                device = s.execute(select(DeviceIdentity)).scalars().first()
            roster = path.parent / "roster.csv"
            _roster(roster, sections)
            actor = Actor(user_id=None, role="office", device_id=device.device_id if device else "",
                          school_id=school.id)
            started, cpu_started = time.perf_counter(), time.process_time()
            plan, result = import_roster(db, actor, roster)
            samples.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
            if result is None or result.added != ROSTER_SIZE:
                return Measured([], note="the roster was refused: " + plan.describe()[:300])
            started = time.perf_counter()
            _plan, again = import_roster(db, actor, roster)
            checks.append(time.perf_counter() - started)
        finally:
            db.close()
    return Measured(samples, note=f"{ctx.size} school ({len(sections)} sections); {min(cpu):.2f} s CPU; CSV read, "
                    "every row checked, "
                    f"{ROSTER_SIZE:,} students + enrollments + outbox entries in one transaction; the same file "
                    f"again (nothing to write) {min(checks):.2f} s",
                    extra={"reimport_s": checks, "cpu_s": cpu})
