"""The office's read-outs on the real service and report functions: the month's register, its PDF, the day book."""

from __future__ import annotations

import statistics
import time
from contextlib import contextmanager
from types import SimpleNamespace

from bench.context import Context
from bench.fig_features import _class_school
from bench.registry import Measured, at_most, figure

#: The day book's busy day: 500 payments (``--quick``: 150, the rest of the figure as it is).
DAY_BOOK_PAYMENTS = 500
DAY_BOOK_PAYMENTS_QUICK = 150


@contextmanager
def _school(ctx: Context, name: str):
    from app.storage.db import open_school

    path = ctx.client_copy(name)
    db = open_school(path, path.parent.parent / "backups")
    try:
        yield db
    finally:
        db.close()


def _register_month(db, c40):
    """The section of 40 in ``db`` (``bench.fig_features.class_of_40``), the month of the school's last school
    day, and the principal."""
    from app.services.registers import last_school_days

    with db.session() as s:
        last = last_school_days(s, 1, c40.today)[-1]
    return c40, last, c40.principal


@figure("register_screen", "monthly register of a 40-student section (Registers screen)", unit="ms",
        target=at_most(100), runs=20, quick_runs=5, group="app")
def register_screen(ctx: Context, runs: int) -> Measured:
    from app.services.registers import monthly_register
    from app.ui.register import load_register

    with _class_school(ctx, "register-screen") as (db, c40):
        c40, last, actor = _register_month(db, c40)
        section_id = c40.section_id
        samples, whole, shape = [], [], (0, 0)
        for i in range(runs + 1):
            started = time.perf_counter()
            with db.session() as s:
                reg = monthly_register(s, section_id, last.year, last.month)
            if i:  # the first also loads mappers and statement caches
                samples.append((time.perf_counter() - started) * 1000)
            shape = (len(reg.rows), len(reg.days))
        school = SimpleNamespace(db=db)  # what load_register uses of the open school
        for i in range(min(runs, 5) + 1):
            started = time.perf_counter()
            load_register(school, actor, section_id, last.year, last.month)
            if i:
                whole.append((time.perf_counter() - started) * 1000)
    return Measured(samples, note=f"{ctx.size} school; {c40.describe()}; monthly_register of {shape[0]} students × "
                                  f"{shape[1]} school "
                                  f"days ({last:%B %Y}, the month of the last school day), a session each; the "
                                  f"screen's whole read (load_register: the principal's sections, the register, "
                                  f"every section's 30-day rates) {statistics.median(whole):.0f} ms median",
                    extra={"load_register_ms": whole})


@figure("register_pdf", "monthly register of a 40-student section as A4 PDF", unit="ms", target=at_most(300),
        runs=10, quick_runs=3, group="app")
def register_pdf(ctx: Context, runs: int) -> Measured:
    from app.reports.register import save_register_pdf
    from app.services.registers import monthly_register

    with _class_school(ctx, "register-pdf") as (db, c40):
        c40, last, _actor = _register_month(db, c40)
        with db.session() as s:
            reg = monthly_register(s, c40.section_id, last.year, last.month)
    folder = ctx.scratch("register-pdf-out")
    save_register_pdf(folder / "warm.pdf", reg, printed_on="bench")  # fonts registered once per process
    samples, size_bytes = [], 0
    for i in range(runs):
        path = folder / f"register-{i}.pdf"
        started = time.perf_counter()
        save_register_pdf(path, reg, printed_on="bench")
        samples.append((time.perf_counter() - started) * 1000)
        size_bytes = path.stat().st_size
    return Measured(samples, note=f"{ctx.size} school; {c40.describe()}; save_register_pdf (as the Registers screen "
                                  "saves it, written "
                                  f"atomically) of {len(reg.rows)} students × {len(reg.days)} days, register read "
                                  f"beforehand, fonts warm; {size_bytes / 1000:.0f} kB")


def _busy_day(db, wanted: int = 500):
    """The day with the most payments, brought to ``wanted`` payments with record_payment if it has fewer."""
    import datetime as dt

    from sqlalchemy import func, select

    from app.services.context import Actor
    from app.services.fees import record_payment
    from app.storage.models import DeviceIdentity, Invoice, Payment, School, Student, User

    with db.session() as s:
        day, have = s.execute(
            select(Payment.received_on, func.count()).where(Payment.deleted.is_(False))
            .group_by(Payment.received_on).order_by(func.count().desc()).limit(1)).one()
        school = s.execute(select(School)).scalars().first()
        office = s.execute(select(User).where(User.role == "office")).scalars().first()
        device = s.execute(select(DeviceIdentity)).scalars().first()
        students = list(s.execute(
            select(Invoice.student_id).join(Student, Student.id == Invoice.student_id)
            .where(Student.status == "active", Student.deleted.is_(False)).distinct()).scalars())
    actor = Actor(user_id=office.id, role="office", device_id=device.device_id, school_id=school.id)
    added, modes = 0, ("cash", "cash", "cash", "card")
    while have + added < wanted:
        with db.write() as s:  # a hundred payments a transaction: making the day is not timed
            for _ in range(min(100, wanted - have - added)):
                record_payment(s, actor, students[added % len(students)], 50_00 + (added % 7) * 25_00,
                               modes[added % len(modes)], received_on=day, note="bench")
                added += 1
    assert isinstance(day, dt.date)
    return day, have, added, actor


@figure("day_book_500", "day book of 500 payments on screen", unit="ms", target=at_most(200), runs=20,
        quick_runs=5, group="app")
def day_book_500(ctx: Context, runs: int) -> Measured:
    from PySide6.QtWidgets import QTableView

    from app.services.day_book import day_book, expected_cash
    from app.services.fees import day_is_closed
    from app.ui.day_book import DayBookModel
    from bench.fig_app import qt_app

    app = qt_app()  # noqa: F841 - the model's strings need it
    with _school(ctx, "day-book") as db:
        wanted = DAY_BOOK_PAYMENTS_QUICK if ctx.quick else DAY_BOOK_PAYMENTS
        day, had, added, actor = _busy_day(db, wanted)
        model = DayBookModel()
        view = QTableView()  # the screen's table at a laptop's size: it asks for the rows it shows
        view.setModel(model)
        view.verticalHeader().setDefaultSectionSize(28)
        view.resize(1100, 620)
        samples, reads, count = [], [], 0
        for i in range(runs + 1):
            started = time.perf_counter()
            with db.session() as s:  # the screen's read(), on its worker
                book = day_book(s, day)
                day_is_closed(s, day, actor.device_id, actor.user_id)
                expected_cash(s, day, actor.device_id, actor.user_id)
            read = time.perf_counter()
            model.set_book(book)  # then on the UI thread: the table's model, and the table painted
            view.grab()
            if i:  # the first also loads mappers and statement caches
                samples.append((time.perf_counter() - started) * 1000)
                reads.append((read - started) * 1000)
            count = len(book.payments)
    assert count >= wanted, count
    made = f"{had} in the demo, {added} more written with record_payment" if added else "all from the demo"
    return Measured(samples, note=f"{ctx.size} school; {count:,} payments on {day.isoformat()} ({made}); the screen's "
                                  f"read (day_book, day_is_closed, expected_cash) {statistics.median(reads):.0f} ms "
                                  "median, then DayBookModel.set_book and a 1100×620 table of it painted (offscreen)",
                    extra={"read_ms": reads, "payments": count})
