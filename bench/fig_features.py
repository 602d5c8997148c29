"""The screens' own work, on the real service and report functions: roll call, receipt, report cards."""

from __future__ import annotations

import datetime as dt
import statistics
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.context import Context
from bench.registry import Measured, at_most, figure

#: The class size the issues' figures name ("a 40-student roll call", "a 40-student section").
CLASS_SIZE = 40


@contextmanager
def _school(ctx: Context, name: str):
    from app.storage.db import open_school

    path = ctx.client_copy(name)
    db = open_school(path, path.parent.parent / "backups")
    try:
        yield db
    finally:
        db.close()


@contextmanager
def _class_school(ctx: Context, name: str):
    """A copy of the school with its class of 40 (:func:`class_of_40`, made once a run), opened: (db, ClassOf40)."""
    from app.storage.db import open_school

    path, c40 = ctx.prepared_copy(name, "class-of-40", lambda db, folder: class_of_40(db, folder))
    db = open_school(path, path.parent.parent / "backups")
    try:
        yield db, c40
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


@dataclass
class ClassOf40:
    """A section of :data:`CLASS_SIZE` students in the run's copy of the school (see :func:`class_of_40`)."""

    section_id: str
    section_name: str
    had: int  # students enrolled today before the bench added any
    added: int
    students: list[str]  # enrolled today, by roll number
    teacher: Any  # Actor: the section's class teacher
    teacher_person: Any  # Person: the same, as the app's screens are given them
    principal: Any  # Actor
    today: dt.date
    term_id: str  # the term open today
    term_starts_on: dt.date

    def describe(self) -> str:
        made = (f"{self.had} in the demo and {self.added} enrolled by the bench through the roster import "
                f"from the term's start, with their roll calls and marks entered through the services"
                if self.added else "all from the demo")
        return f"{self.section_name}, {len(self.students)} students ({made})"


def class_of_40(db, folder: Path, size: int = CLASS_SIZE) -> ClassOf40:  # noqa: C901 - one set-up, step by step
    """The section with the most students today, brought to ``size`` students with the app's own services.

    The demo's largest section has fewer (36 in the large school). The rest
    are new students in a roster file (CSV in ``folder``) imported with
    :func:`app.services.roster_import.plan_import` / ``apply_import`` as the
    office imports one, dated the first day of the term open today, so that
    they are on the register and the report cards like their classmates. Then
    (also as people do it) the principal enters their attendance on every day
    the section has a roll call this term (``mark_attendance``) and their
    marks in every assessment of the section this term (``record_marks``).
    Written to the run's copy of the school, never to the cache; not timed.
    """
    import csv

    from sqlalchemy import func, select

    from app.services.attendance import MarkEntry, attendance_codes, mark_attendance, section_roster
    from app.services.clock import school_today
    from app.services.context import Actor
    from app.services.grades import MarkValue, record_marks
    from app.services.roster_import import apply_import, guess_mapping, plan_import, read_roster_file
    from app.services.session import Person
    from app.storage.models import Assessment, AttendanceMark, DeviceIdentity, Enrollment, School, Section, Term, User

    with db.session() as s:
        school = s.execute(select(School)).scalars().first()
        device = s.execute(select(DeviceIdentity)).scalars().first()
        principal_user = s.execute(select(User).where(User.role == "principal")).scalars().first()
        office_user = s.execute(select(User).where(User.role == "office")).scalars().first()
        today = school_today(s)
        section_id, had = s.execute(
            select(Enrollment.section_id, func.count()).join(Section, Section.id == Enrollment.section_id)
            .where(Enrollment.deleted.is_(False), Section.deleted.is_(False), Enrollment.starts_on <= today,
                   (Enrollment.ends_on.is_(None)) | (Enrollment.ends_on >= today))
            .group_by(Enrollment.section_id).order_by(func.count().desc(), Enrollment.section_id).limit(1)
        ).one()
        section = s.get(Section, section_id)
        section_name = section.name
        teacher_user = s.get(User, section.homeroom_teacher_id)
        term = s.execute(select(Term).where(Term.deleted.is_(False), Term.starts_on <= today, Term.ends_on >= today)
                         .order_by(Term.starts_on)).scalars().first()
        if term is None:  # between terms: the latest one not published
            term = s.execute(select(Term).where(Term.deleted.is_(False), Term.published.is_(False))
                             .order_by(Term.starts_on.desc())).scalars().first()
        term_id, term_starts_on = term.id, term.starts_on
        classmates = [st for _roll, st in section_roster(s, section_id, today)]
        codes = set(attendance_codes(s))
    principal = Actor(user_id=principal_user.id, role="principal", device_id=device.device_id, school_id=school.id)
    office = Actor(user_id=office_user.id, role="office", device_id=device.device_id, school_id=school.id)
    teacher = Actor(user_id=teacher_user.id, role="teacher", device_id=device.device_id, school_id=school.id)
    person = Person(user_id=teacher_user.id, username=teacher_user.username, full_name=teacher_user.full_name,
                    role="teacher")

    wanted = max(0, size - had)
    if wanted:
        # The roster file the office would import: names as the school's own (given and family names of
        # classmates, paired differently), a guardian's phone each.
        roster = folder / "new-students.csv"
        with roster.open("w", newline="", encoding="utf-8") as fh:
            out = csv.writer(fh)
            out.writerow(["Admission no.", "Given name", "Family name", "Gender", "Section", "Guardian's phone"])
            for k in range(wanted):
                given = classmates[(3 * k + 1) % len(classmates)]
                family = classmates[(5 * k + 2) % len(classmates)]
                out.writerow([f"BENCH-{k + 1:04d}", given.given_name, family.family_name or given.family_name,
                              given.gender or "", section_name, f"+9715{k + 1:08d}"])
        source = read_roster_file(roster)
        with db.write() as s:
            plan = plan_import(s, source, guess_mapping(source.headers), today=term_starts_on)
            if not plan.ok or len(plan.new) != wanted:
                raise RuntimeError("the bench's roster import was refused: " + plan.describe())
            apply_import(s, office, plan)
            new_ids = [c.student_id for c in plan.new]
            # Their attendance: every day (and period) the section has a roll call this term, as the office
            # would enter it from the paper register; mostly present, now and then absent or late.
            days = s.execute(
                select(AttendanceMark.date, AttendanceMark.period).where(
                    AttendanceMark.section_id == section_id, AttendanceMark.deleted.is_(False),
                    AttendanceMark.date >= term_starts_on, AttendanceMark.date <= today)
                .group_by(AttendanceMark.date, AttendanceMark.period).order_by(AttendanceMark.date)).all()
            for d, (on, period) in enumerate(days):
                entries = {}
                for k, sid in enumerate(new_ids):
                    spin = (7 * d + 11 * k) % 29
                    code = "A" if spin == 0 else "L" if spin == 1 else "P"
                    entries[sid] = MarkEntry(code if code in codes else "P")
                mark_attendance(s, principal, section_id, on, entries, period)
            # Their marks in every assessment of the section this term.
            for i, a in enumerate(s.execute(select(Assessment).where(
                    Assessment.section_id == section_id, Assessment.term_id == term_id,
                    Assessment.deleted.is_(False))).scalars().all()):
                record_marks(s, principal, a.id, {
                    sid: MarkValue("scored", a.max_marks_centi * (55 + (i * 13 + k * 17) % 45) // 100)
                    for k, sid in enumerate(new_ids)})
    with db.session() as s:
        students = [st.id for _roll, st in section_roster(s, section_id, today)]
    assert len(students) >= size, (section_name, len(students))
    return ClassOf40(section_id, section_name, had, wanted, students, teacher, person, principal, today, term_id,
                     term_starts_on)


REMARKS_EN = (
    ("{name} has worked steadily this term and joins in readily in class. Reading at home every evening and "
     "neater written work would lift the results further.",
     "A good term, {name}. Keep it up, and aim higher in the subjects that were harder this time."),
    ("{name} is attentive and helpful to classmates. Homework is sometimes late; a fixed time for it each day "
     "would help. The tests show real progress in mathematics.",
     "Well done on the progress this term. We expect the same effort next term."),
    ("{name} asks good questions and takes care over projects. Spelling and handwriting need practice, and "
     "revision before tests should start earlier.",
     "A promising term. Keep reading widely, {name}."),
)
REMARKS_AR = ("يعمل {name} بجد ويشارك في الصف بانتظام. ننصح بالقراءة اليومية في المنزل والاهتمام بترتيب الواجبات.",
              "فصل دراسي جيد، نتمنى لك مزيدًا من التقدم في الفصل القادم.")


def write_class_remarks(db, c40: ClassOf40) -> int:
    """Every student's remarks for the term, as the class teacher and the principal write them in the app.

    ``write_remarks`` from each of them (the Remarks dialog's service), a few
    sentences each, one student in five in Arabic. Returns how many remarks.
    """
    from sqlalchemy import select

    from app.services.comments import PRINCIPAL, TEACHER, write_remarks
    from app.storage.models import Enrollment, Student, Term

    with db.session() as s:
        term = s.get(Term, c40.term_id)
        pupils = s.execute(
            select(Student.id, Student.given_name).join(Enrollment, Enrollment.student_id == Student.id)
            .where(Enrollment.section_id == c40.section_id, Enrollment.deleted.is_(False),
                   Enrollment.starts_on <= term.ends_on,
                   (Enrollment.ends_on.is_(None)) | (Enrollment.ends_on >= term.starts_on),
                   Student.deleted.is_(False))
            .order_by(Enrollment.roll_no)).all()
    teacher, principal = {}, {}
    for k, (sid, given) in enumerate(pupils):
        by_teacher, by_principal = REMARKS_AR if k % 5 == 4 else REMARKS_EN[k % len(REMARKS_EN)]
        teacher[(sid, TEACHER)] = by_teacher.format(name=given)
        principal[(sid, PRINCIPAL)] = by_principal.format(name=given)
    with db.write() as s:
        write_remarks(s, c40.teacher, c40.section_id, c40.term_id, teacher)
    with db.write() as s:
        write_remarks(s, c40.principal, c40.section_id, c40.term_id, principal)
    return len(teacher) + len(principal)


def _open_roll_call_screen(tasks, db, c40: ClassOf40, expected: int) -> tuple[Any, float, dict[str, float]]:
    """Make the Roll call screen as the main window makes it on first use, show it, and wait until its roster
    is read (on the app's worker thread) and painted with ``expected`` rows. Returns the screen, the seconds, and
    when (seconds from the start) it was made and its model filled."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from sqlalchemy import select

    from app.config import Paths, Settings
    from app.storage.models import DeviceIdentity, School
    from app.ui.context import AppContext, OpenSchool
    from app.ui.roll_call import RollCallScreen
    from app.ui.signals import AppSignals

    with db.session() as s:
        school = s.execute(select(School)).scalars().first()
        device = s.execute(select(DeviceIdentity)).scalars().first()
        opened = OpenSchool(db=db, path=db.path, code=school.code, name=school.name, currency=school.currency,
                            currency_digits=school.currency_digits, school_id=school.id, device_id=device.device_id,
                            person=c40.teacher_person)
    paths = Paths.default(Path(db.path).parent.parent)
    actx = AppContext(hub=AppSignals(), tasks=tasks, paths=paths, settings=Settings(), logfile=paths.logs / "bench.log")
    loop = QEventLoop()
    painted_rows: list[int] = []

    class Painted(QObject):  # quits the wait at the first paint of the table with the roster in it
        def eventFilter(self, _obj, event) -> bool:  # noqa: ANN001, N802 - Qt's name
            if event.type() == QEvent.Type.Paint and screen.model.rowCount() >= expected and not painted_rows:
                painted_rows.append(screen.model.rowCount())
                QTimer.singleShot(0, loop.quit)  # after this paint has finished
            return False

    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(loop.quit)
    marks: dict[str, float] = {}
    started = time.perf_counter()
    screen = RollCallScreen(actx, opened)
    marks["made"] = time.perf_counter() - started
    screen.model.modelReset.connect(lambda: marks.setdefault("filled", time.perf_counter() - started)
                                    if screen.model.rowCount() >= expected else None)
    screen._section_id = c40.section_id  # the teacher picked this section (show_section without its own refresh)
    screen.resize(1200, 800)
    spy = Painted(screen)
    screen.table.viewport().installEventFilter(spy)
    screen.show()  # showEvent: the read goes to the worker; _show fills the model on this thread
    if not painted_rows:
        watchdog.start(120_000)
        loop.exec()
    seconds = time.perf_counter() - started
    watchdog.stop()
    screen.table.viewport().removeEventFilter(spy)
    if not painted_rows:
        problem = screen.data.problem if screen.data is not None else "no data"
        raise RuntimeError(f"the roll call screen did not show {expected} students: {problem}")
    return screen, seconds, marks


@figure("roll_call_open", "open a 40-student roll call", unit="ms", target=at_most(50), runs=20, quick_runs=5,
        group="app")
def roll_call_open(ctx: Context, runs: int) -> Measured:
    import sys

    from PySide6.QtCore import qInstallMessageHandler

    from app.services.attendance import load_roll_call
    from app.ui.tasks import TaskRunner
    from bench.fig_app import qt_app

    app = qt_app()

    def quiet(_mode, _context, message: str) -> None:  # noqa: ANN001 - the offscreen platform's note on every show
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(quiet)
    with _class_school(ctx, "roll-call-open") as (db, c40):
        tasks = TaskRunner()  # the app's worker threads, as the main window has them
        samples, cpu, service, made, filled, rows = [], [], [], [], [], 0
        try:
            for i in range(runs + 1):
                cpu_started = time.process_time()
                screen, seconds, when = _open_roll_call_screen(tasks, db, c40, len(c40.students))
                cpu_seconds = time.process_time() - cpu_started
                rows = screen.model.rowCount()
                assert screen.model.call.section_id == c40.section_id
                screen.close()
                screen.deleteLater()
                app.processEvents()
                if i:  # the first also imports the screen and loads mappers and statement caches
                    samples.append(seconds * 1000)
                    cpu.append(cpu_seconds * 1000)
                    made.append(when["made"] * 1000)
                    filled.append(when["filled"] * 1000)
            for i in range(runs + 1):  # the service alone, on this thread, for comparison
                started = time.perf_counter()
                with db.session() as s:
                    load_roll_call(s, c40.teacher, c40.section_id, c40.today)
                if i:
                    service.append((time.perf_counter() - started) * 1000)
        finally:
            tasks.shutdown()
            qInstallMessageHandler(previous)
    return Measured(samples, note=f"{ctx.size} school; {c40.describe()}; the class teacher opens the Roll call "
                                  f"screen (made as on first use, 1200×800, offscreen): its read on the app's worker "
                                  f"(read_roll_call_screen: the day's sections, those not registered and the roll call "
                                  f"in one read), the roster model "
                                  f"filled and the table painted with {rows} rows (medians: made at "
                                  f"{statistics.median(made):.0f} ms, model filled at "
                                  f"{statistics.median(filled):.0f} ms); CPU of both threads "
                                  f"{statistics.median(cpu):.0f} ms median; load_roll_call alone "
                                  f"{statistics.median(service):.1f} ms median",
                    extra={"cpu_ms": cpu, "load_roll_call_ms": service, "made_ms": made, "filled_ms": filled})


@figure("roll_call_save", "save a 40-student roll call", unit="ms", target=at_most(30), runs=20, quick_runs=5,
        group="app")
def roll_call_save(ctx: Context, runs: int) -> Measured:
    from app.services.attendance import MarkEntry, take_roll_call

    with _class_school(ctx, "roll-call-save") as (db, c40):
        section_id, actor, today = c40.section_id, c40.teacher, c40.today
        marks = {sid: MarkEntry("A" if i % 8 == 3 else "P") for i, sid in enumerate(c40.students)}
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
    return Measured(samples, note=f"{ctx.size} school; {c40.describe()}; take_roll_call of {len(marks)} students "
                                  f"({absent} absent, alerts queued) by the class teacher in db.write() incl. commit; "
                                  f"CPU {statistics.median(cpu):.1f} ms median (wall time stretches on a loaded "
                                  "machine)",
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
    from app.reports.report_card import save_report_cards
    from app.services.comments import card_remarks
    from app.services.results import report_card_data

    with _class_school(ctx, "report-cards") as (db, c40):
        remarks = write_class_remarks(db, c40)
        folder = ctx.scratch("report-cards-out")
        samples, cpu, pages, size_bytes = [], [], 0, 0
        for i in range(runs):
            path = folder / f"cards-{i}.pdf"
            done: list[tuple[int, int]] = []
            started, cpu_started = time.perf_counter(), time.process_time()
            with db.session() as s:  # what the Results screen's "Report cards" runs on its worker
                cards = report_card_data(s, c40.term_id, c40.section_id,
                                         comments=card_remarks(s, c40.term_id, c40.section_id))
            save_report_cards(path, cards, progress=lambda d, n: done.append((d, n)))
            samples.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
            pages, size_bytes = len(cards), path.stat().st_size
            assert done and done[-1] == (pages, pages)
            with_remarks = sum(bool(c.teacher_comment and c.principal_comment) for c in cards)
    return Measured(samples, note=f"{ctx.size} school; {c40.describe()}; {pages} cards of the term open today "
                                  f"({with_remarks} with both remarks: {remarks} written by the class teacher and the "
                                  "principal with write_remarks, one in five in Arabic); as the Results screen makes "
                                  "them: report_card_data with card_remarks, then save_report_cards (one PDF, "
                                  f"written atomically, {size_bytes / 1e6:.1f} MB); median "
                                  f"{statistics.median(samples) / max(pages, 1) * 1000:.0f} ms a card, CPU "
                                  f"{statistics.median(cpu):.2f} s",
                    extra={"cpu_s": cpu, "cards": pages})


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


def _gradebook_section(db, c40: ClassOf40, assessments: int = 15):
    """The section of 40 in ``db`` (:func:`class_of_40`), its first subject in the term open today, with
    ``assessments`` assessments, every mark entered.

    The demo school has three assessments a subject and term; the rest are
    made here (not timed) through the services, as a teacher would.
    """
    from sqlalchemy import func, select

    from app.services.assessments import AssessmentInput, category_weights, create_assessment
    from app.services.grades import MarkValue, record_marks
    from app.storage.models import Assessment, TeachingAssignment, Term

    section_id, students, boss = c40.section_id, c40.students, c40.principal
    with db.session() as s:
        term = s.get(Term, c40.term_id)
        subject_id = s.execute(select(TeachingAssignment.subject_id).where(TeachingAssignment.section_id == section_id)
                               .order_by(TeachingAssignment.subject_id)).scalars().first()
        have = s.execute(select(func.count()).select_from(Assessment).where(
            Assessment.section_id == section_id, Assessment.subject_id == subject_id, Assessment.term_id == term.id,
            Assessment.deleted.is_(False))).scalar_one()
        category = next(iter(category_weights(s, subject_id)), "test")
    for i in range(have, assessments):
        with db.write() as s:
            made = create_assessment(s, boss, section_id, subject_id, term.id,
                                     AssessmentInput(f"Quiz {i + 1}", category, 20_00, 1, term.starts_on))
            record_marks(s, boss, made.id, {sid: MarkValue("scored", (k * 37 + i * 11) % 2001)
                                             for k, sid in enumerate(students)})
    return section_id, subject_id, term.id, c40, boss, students


@figure("marks_grid_open", "open the marks grid (40 students × 15 assessments)", unit="ms", target=at_most(80),
        runs=20, quick_runs=5, group="app")
def marks_grid_open(ctx: Context, runs: int) -> Measured:
    from app.services.grades import marks_grid

    with _class_school(ctx, "marks-grid") as (db, c40):
        section_id, subject_id, term_id, c40, _boss, _students = _gradebook_section(db, c40)
        samples, shape = [], (0, 0)
        for i in range(runs + 1):
            started = time.perf_counter()
            with db.session() as s:
                grid = marks_grid(s, section_id, subject_id, term_id)
            if i:  # the first also loads mappers and statement caches
                samples.append((time.perf_counter() - started) * 1000)
            shape = (len(grid.students), len(grid.assessments))
    return Measured(samples, note=f"{ctx.size} school; {c40.describe()}; marks_grid of {shape[0]} students × "
                                  f"{shape[1]} assessments (marks, results column, sync states)")


@figure("marks_column_save", "save a column of marks (40 students)", unit="ms", runs=20, quick_runs=5, group="app")
def marks_column_save(ctx: Context, runs: int) -> Measured:
    from sqlalchemy import select

    from app.services.grades import MarkValue, record_marks
    from app.storage.models import Assessment

    with _class_school(ctx, "marks-column") as (db, c40):
        section_id, subject_id, term_id, _c40, boss, students = _gradebook_section(db, c40, assessments=4)
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
