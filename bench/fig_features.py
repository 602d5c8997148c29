"""The screens' own work, on the real service and report functions: roll call, receipt, report cards."""

from __future__ import annotations

import statistics
import time
from contextlib import contextmanager

from bench.context import Context
from bench.registry import Measured, at_most, figure


@contextmanager
def _school(ctx: Context, name: str):
    from app.storage.db import open_school

    path = ctx.client_copy(name)
    db = open_school(path, path.parent.parent / "backups")
    try:
        yield db
    finally:
        db.close()


def _largest_section_today(db):
    """The biggest section, its homeroom teacher as the actor, and today (the school's)."""
    from sqlalchemy import func, select

    from app.services.clock import school_today
    from app.services.context import Actor
    from app.storage.models import DeviceIdentity, Enrollment, School, Section

    with db.session() as s:
        school = s.execute(select(School)).scalars().first()
        device = s.execute(select(DeviceIdentity)).scalars().first()
        section_id, size = s.execute(
            select(Enrollment.section_id, func.count()).group_by(Enrollment.section_id)
            .order_by(func.count().desc()).limit(1)
        ).one()
        section = s.get(Section, section_id)
        today = school_today(s)
    actor = Actor(user_id=section.homeroom_teacher_id, role="teacher", device_id=device.device_id,
                  school_id=school.id)
    return section_id, size, actor, today


@figure("roll_call_open", "open a 40-student roll call", unit="ms", target=at_most(50), runs=20, quick_runs=5,
        group="app")
def roll_call_open(ctx: Context, runs: int) -> Measured:
    from app.services.attendance import load_roll_call

    with _school(ctx, "roll-call-open") as db:
        section_id, size, actor, today = _largest_section_today(db)
        samples = []
        for i in range(runs + 1):
            started = time.perf_counter()
            with db.session() as s:
                load_roll_call(s, actor, section_id, today)
            if i:  # the first also loads mappers and statement caches
                samples.append((time.perf_counter() - started) * 1000)
    return Measured(samples, note=f"{ctx.size} school; load_roll_call of a {size}-student section, today")


@figure("roll_call_save", "save a 40-student roll call", unit="ms", target=at_most(30), runs=20, quick_runs=5,
        group="app")
def roll_call_save(ctx: Context, runs: int) -> Measured:
    from app.services.attendance import MarkEntry, load_roll_call, take_roll_call

    with _school(ctx, "roll-call-save") as db:
        section_id, size, actor, today = _largest_section_today(db)
        with db.session() as s:
            students = [line.student_id for line in load_roll_call(s, actor, section_id, today).lines]
        marks = {sid: MarkEntry("A" if i % 8 == 3 else "P") for i, sid in enumerate(students)}
        samples, cpu = [], []
        for i in range(runs + 1):
            with db.engine.begin() as c:  # not timed: the day's roll call not taken yet
                c.exec_driver_sql("DELETE FROM attendance_marks WHERE section_id = ? AND date = ?",
                                  (section_id, today.isoformat()))
                c.exec_driver_sql("DELETE FROM guardian_alerts WHERE section_id = ? AND date = ?",
                                  (section_id, today.isoformat()))
            started, cpu_started = time.perf_counter(), time.process_time()
            with db.write() as s:
                take_roll_call(s, actor, section_id, today, marks)
            if i:
                samples.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - cpu_started) * 1000)
    absent = sum(m.code == "A" for m in marks.values())
    return Measured(samples, note=f"{ctx.size} school; take_roll_call of {len(marks)} students ({absent} absent, "
                                  "alerts queued) in db.write() incl. commit; CPU "
                                  f"{statistics.median(cpu):.1f} ms median (wall time stretches on a loaded machine)",
                    extra={"cpu_ms": cpu})


@figure("receipt_pdf", "receipt PDF", unit="ms", target=at_most(10), runs=30, quick_runs=5,
        limit="reportlab drawing an empty A5 page", group="app")
def receipt_pdf(ctx: Context, runs: int) -> Measured:
    import io

    from reportlab.lib.pagesizes import A5
    from reportlab.pdfgen.canvas import Canvas
    from sqlalchemy import select

    from app.reports.receipt import receipt_pdf as make_receipt
    from app.services.fees import receipt_data
    from app.storage.models import Payment

    with _school(ctx, "receipt") as db:
        with db.session() as s:
            ids = list(s.execute(select(Payment.id).limit(runs + 1)).scalars())
            data = [receipt_data(s, pid) for pid in ids]
    samples, limit = [], []
    make_receipt(data[0])  # warm: fonts registered once per process
    for d in data[1:]:
        started = time.perf_counter()
        make_receipt(d)
        samples.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        c = Canvas(io.BytesIO(), pagesize=A5)
        c.showPage()
        c.save()
        limit.append((time.perf_counter() - started) * 1000)
    return Measured(samples, limit, note="A5, warm (fonts registered), data read beforehand; "
                                         f"{len(data[1:])} different payments")


@figure("report_cards", "report cards for a 40-student section", unit="s", target=at_most(5), runs=3, quick_runs=1,
        group="app")
def report_cards(ctx: Context, runs: int) -> Measured:
    from sqlalchemy import select

    from app.reports.report_card import report_cards_pdf
    from app.services.results import report_card_data
    from app.storage.models import Term

    with _school(ctx, "report-cards") as db:
        section_id, size, _actor, _today = _largest_section_today(db)
        with db.session() as s:
            term_id = s.execute(select(Term.id).order_by(Term.starts_on)).scalars().first()
        samples, pages = [], 0
        for _ in range(runs):
            started = time.perf_counter()
            with db.session() as s:
                cards = report_card_data(s, term_id, section_id)
            report_cards_pdf(cards)
            samples.append(time.perf_counter() - started)
            pages = len(cards)
    return Measured(samples, note=f"{ctx.size} school; {pages} cards of the first term (results read, then one "
                                  f"PDF); median {statistics.median(samples) / max(pages, 1) * 1000:.0f} ms a card")


@figure("receipts_batch", "1,000 receipts batch", unit="s", target=at_most(5), runs=3, quick_runs=1,
        group="app")
def receipts_batch(ctx: Context, runs: int) -> Measured:
    import tempfile
    from itertools import cycle, islice
    from pathlib import Path

    from sqlalchemy import select

    from app.reports.receipt_batch import save_receipt_batch
    from app.storage.models import Payment

    with _school(ctx, "receipts-batch") as db:
        with db.session() as s:
            paid = list(s.execute(select(Payment.id).order_by(Payment.receipt_no).limit(1000)).scalars())
        ids = list(islice(cycle(paid), 1000))  # a small school has fewer: some receipts twice
        samples, cpu, size = [], [], 0
        with tempfile.TemporaryDirectory() as tmp:
            for i in range(runs):
                started, started_cpu = time.perf_counter(), time.process_time()
                result = save_receipt_batch(db, ids, Path(tmp) / f"batch-{i}.pdf")
                samples.append(time.perf_counter() - started)
                cpu.append(time.process_time() - started_cpu)
                size = result.bytes
    per_s = len(ids) / statistics.median(samples)
    return Measured(samples, note=f"{ctx.size} school; {len(ids)} A5 receipts ({len(paid)} different payments) read "
                                  f"in bulk, drawn on one canvas and written atomically; {per_s:,.0f} receipts/s, "
                                  f"{statistics.median(cpu):.2f} s of CPU, {size / 1e6:.1f} MB",
                    extra={"receipts_per_second": per_s, "cpu_s": statistics.median(cpu)})


# -- the gradebook (issue #9) --------------------------------------------------------------------------------------


def _gradebook_section(db, assessments: int = 15):
    """The largest section's first subject in the open term, with ``assessments`` assessments, every mark entered.

    The demo school has three assessments a subject and term; the rest are
    made here (not timed) through the services, as a teacher would.
    """
    import datetime as dt

    from sqlalchemy import func, select

    from app.services.assessments import AssessmentInput, category_weights, create_assessment
    from app.services.context import Actor
    from app.services.grades import MarkValue, record_marks
    from app.storage.models import Assessment, Enrollment, TeachingAssignment, Term, User

    section_id, size, actor, _today = _largest_section_today(db)
    with db.session() as s:
        term = s.execute(select(Term).where(Term.published.is_(False)).order_by(Term.starts_on)).scalars().first()
        subject_id = s.execute(select(TeachingAssignment.subject_id).where(TeachingAssignment.section_id == section_id)
                               .order_by(TeachingAssignment.subject_id)).scalars().first()
        principal = s.execute(select(User).where(User.role == "principal")).scalars().first()
        have = s.execute(select(func.count()).select_from(Assessment).where(
            Assessment.section_id == section_id, Assessment.subject_id == subject_id, Assessment.term_id == term.id,
            Assessment.deleted.is_(False))).scalar_one()
        students = list(s.execute(select(Enrollment.student_id).where(
            Enrollment.section_id == section_id, Enrollment.deleted.is_(False),
            Enrollment.ends_on.is_(None))).scalars())
        category = next(iter(category_weights(s, subject_id)), "test")
    boss = Actor(user_id=principal.id, role="principal", device_id=actor.device_id, school_id=actor.school_id)
    for i in range(have, assessments):
        with db.write() as s:
            made = create_assessment(s, boss, section_id, subject_id, term.id,
                                     AssessmentInput(f"Quiz {i + 1}", category, 20_00, 1, term.starts_on))
            record_marks(s, boss, made.id, {sid: MarkValue("scored", (k * 37 + i * 11) % 2001)
                                             for k, sid in enumerate(students)})
    return section_id, subject_id, term.id, size, boss, students, dt


@figure("marks_grid_open", "open the marks grid (40 students × 15 assessments)", unit="ms", target=at_most(80),
        runs=20, quick_runs=5, group="app")
def marks_grid_open(ctx: Context, runs: int) -> Measured:
    from app.services.grades import marks_grid

    with _school(ctx, "marks-grid") as db:
        section_id, subject_id, term_id, size, _boss, _students, _dt = _gradebook_section(db)
        samples, shape = [], (0, 0)
        for i in range(runs + 1):
            started = time.perf_counter()
            with db.session() as s:
                grid = marks_grid(s, section_id, subject_id, term_id)
            if i:  # the first also loads mappers and statement caches
                samples.append((time.perf_counter() - started) * 1000)
            shape = (len(grid.students), len(grid.assessments))
    return Measured(samples, note=f"{ctx.size} school; marks_grid of {shape[0]} students × {shape[1]} assessments "
                                  "(marks, results column, sync states)")


@figure("marks_column_save", "save a column of marks (40 students)", unit="ms", runs=20, quick_runs=5, group="app")
def marks_column_save(ctx: Context, runs: int) -> Measured:
    from sqlalchemy import select

    from app.services.grades import MarkValue, record_marks
    from app.storage.models import Assessment

    with _school(ctx, "marks-column") as db:
        section_id, subject_id, term_id, _size, boss, students, _dt = _gradebook_section(db, assessments=4)
        with db.session() as s:
            assessment_id = s.execute(select(Assessment.id).where(
                Assessment.section_id == section_id, Assessment.subject_id == subject_id,
                Assessment.term_id == term_id).order_by(Assessment.name)).scalars().first()
        samples = []
        for i in range(runs + 1):
            column = {sid: MarkValue("scored", (k * 13 + i * 7) % 2001) for k, sid in enumerate(students)}
            started = time.perf_counter()
            with db.write() as s:
                record_marks(s, boss, assessment_id, column)
            if i:
                samples.append((time.perf_counter() - started) * 1000)
    return Measured(samples, note=f"{ctx.size} school; record_marks of {len(students)} changed marks of one "
                                  "assessment (each with its outbox entry) in db.write() incl. commit")


@figure("term_results_section", "term results of a section", unit="ms", runs=10, quick_runs=3, group="app")
def term_results_section(ctx: Context, runs: int) -> Measured:
    from sqlalchemy import select

    from app.services.results import term_results
    from app.storage.models import Term

    with _school(ctx, "term-results-section") as db:
        section_id, size, _actor, _today = _largest_section_today(db)
        with db.session() as s:
            term_id = s.execute(select(Term.id).order_by(Term.starts_on)).scalars().first()
        samples, subjects = [], 0
        for i in range(runs + 1):
            started = time.perf_counter()
            with db.session() as s:
                results = term_results(s, term_id, section_id)
            if i:
                samples.append((time.perf_counter() - started) * 1000)
            subjects = len(results.subjects)
    return Measured(samples, note=f"{ctx.size} school; term_results of a {size}-student section, {subjects} "
                                  "subjects, the first term (category averages, grades, positions)")


@figure("term_results_school", "term results of the whole school", unit="ms", target=at_most(500), runs=5,
        quick_runs=2, group="app")
def term_results_school(ctx: Context, runs: int) -> Measured:
    from sqlalchemy import select

    from app.services.results import school_term_results
    from app.storage.models import Term

    with _school(ctx, "term-results-school") as db:
        with db.session() as s:
            term_id = s.execute(select(Term.id).order_by(Term.starts_on)).scalars().first()
        samples, sections = [], 0
        for i in range(runs + 1):
            started = time.perf_counter()
            with db.session() as s:
                sections = len(school_term_results(s, term_id))
            if i:
                samples.append((time.perf_counter() - started) * 1000)
    return Measured(samples, note=f"{ctx.size} school; school_term_results of {sections} sections, the first term")


@figure("report_card_one", "report card PDF, one student", unit="ms", runs=10, quick_runs=3, group="app")
def report_card_one(ctx: Context, runs: int) -> Measured:
    from sqlalchemy import select

    from app.reports.report_card import report_card_pdf
    from app.services.comments import card_remarks
    from app.services.results import report_card_data
    from app.storage.models import Term

    with _school(ctx, "report-card-one") as db:
        section_id, _size, _actor, _today = _largest_section_today(db)
        with db.session() as s:
            term_id = s.execute(select(Term.id).order_by(Term.starts_on)).scalars().first()
        samples = []
        for i in range(runs + 1):
            started = time.perf_counter()
            with db.session() as s:
                cards = report_card_data(s, term_id, section_id, comments=card_remarks(s, term_id, section_id))
            report_card_pdf(cards[i % len(cards)])
            if i:  # the first also registers the fonts
                samples.append((time.perf_counter() - started) * 1000)
    return Measured(samples, note=f"{ctx.size} school; one student's card: the section's results and remarks read, "
                                  "then one page drawn")
