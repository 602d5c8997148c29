"""Exports to CSV and XLSX: attendance registers, marks, results, ledgers, day books, defaulters, the dashboard.

Qt-free; one module that every screen and ``daftar export`` use. Each
``*_export`` function reads through the service that already computes the
figure (``registers``, ``grades``, ``results``, ``fees``, ``day_book``) and
returns an :class:`Export`: sheets of typed columns. :func:`write_export`
writes it:

* **XLSX** (openpyxl): row 1 is the header (frozen), then one row a line.
  Money is a number with the currency's decimals and a number format
  (``#,##0.00`` for two), dates are dates in the school's date format,
  percentages are numbers with one decimal; a totals line is bold.
* **CSV**: UTF-8 with a BOM (so Excel reads accents and Urdu), the header
  first; money as plain text with the currency's decimals (``1250.50``),
  dates in the school's format. An export of several sheets (the day book)
  writes each under its title, a blank line between.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.context import QT_TRANSLATE_NOOP, ServiceError
from app.storage.models import AcademicYear, School, Section, Student, Subject, Term

TEXT, INT, MONEY, DATE, DATETIME, PERCENT, NUMBER = "text", "int", "money", "date", "datetime", "percent", "number"


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = TEXT
    width: int = 14  # 0: fitted to what the column holds


@dataclass
class Sheet:
    title: str
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)  # money in minor units, dates as dates
    totals: list[Any] | None = None  # a last, bold line


@dataclass(frozen=True)
class Formats:
    """The school's ways of writing money and dates."""

    currency: str = ""
    digits: int = 2
    date_pattern: str = "dd/mm/yyyy"  # Excel's number format; also how CSV writes a date

    def date_text(self, day: dt.date | dt.datetime | None) -> str:
        if day is None:
            return ""
        p = self.date_pattern
        text = p.replace("yyyy", f"{day.year:04d}").replace("mm", f"{day.month:02d}").replace("dd", f"{day.day:02d}")
        if isinstance(day, dt.datetime):
            text += f" {day.hour:02d}:{day.minute:02d}"
        return text

    def money_text(self, minor: int | None) -> str:
        if minor is None:
            return ""
        sign = "-" if minor < 0 else ""
        whole, frac = divmod(abs(int(minor)), 10**self.digits)
        return f"{sign}{whole}.{frac:0{self.digits}d}" if self.digits else f"{sign}{whole}"

    @property
    def money_format(self) -> str:
        return "#,##0" + ("." + "0" * self.digits if self.digits else "")


@dataclass
class Export:
    name: str  # a file name without its extension ("register-7A-2026-11")
    sheets: list[Sheet]
    formats: Formats


def date_pattern_for(locale: str) -> str:
    """The date format a school of this locale writes (Excel's codes)."""
    language, _, country = (locale or "").replace("-", "_").partition("_")
    if country.upper() in ("US", "PH", "FM"):
        return "mm/dd/yyyy"
    if language in ("zh", "ja", "ko", "hu", "sv", "lt", "fa") or locale in ("en_CA", "fr_CA"):
        return "yyyy-mm-dd"
    if language in ("de", "ru", "pl", "tr", "cs", "fi", "nb", "da", "uk", "ro", "sk", "kk", "az"):
        return "dd.mm.yyyy"
    return "dd/mm/yyyy"


def school_formats(session: Session) -> Formats:
    school = session.execute(select(School).where(School.deleted.is_(False))).scalars().first()
    if school is None:
        return Formats()
    return Formats(school.currency, school.currency_digits, date_pattern_for(school.locale))


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------


def write_export(export: Export, path: Path | str, kind: str | None = None) -> Path:
    """Write ``export`` as CSV or XLSX (``kind``, else from the file's extension)."""
    path = Path(path)
    kind = (kind or path.suffix.lstrip(".")).casefold()
    if kind not in ("csv", "xlsx"):
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.exports", "Daftar exports to .csv or .xlsx, not \"{suffix}\"."),
            suffix=path.suffix or path.name)
    tmp = path.with_name(path.name + ".part")  # a whole file or none: written aside, then put in place
    if kind == "csv":
        tmp.write_text(export_csv_text(export), encoding="utf-8-sig", newline="")
    else:
        export_xlsx(export, tmp)
    tmp.replace(path)
    return path


def _csv_value(value: Any, kind: str, f: Formats) -> Any:
    if value is None:
        return ""
    if kind == MONEY and isinstance(value, int):
        return f.money_text(value)
    if kind in (DATE, DATETIME) and isinstance(value, (dt.date, dt.datetime)):
        return f.date_text(value)
    if kind in (PERCENT, NUMBER) and isinstance(value, float):
        return f"{value:.1f}" if kind == PERCENT else _number_text(value)
    return value


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0")


def export_csv_text(export: Export) -> str:
    out = io.StringIO()
    w = csv.writer(out)
    several = len(export.sheets) > 1
    for i, sheet in enumerate(export.sheets):
        if several:
            if i:
                w.writerow([])
            w.writerow([sheet.title])
        w.writerow([c.header for c in sheet.columns])
        for row in sheet.rows + ([sheet.totals] if sheet.totals else []):
            w.writerow([_csv_value(v, c.kind, export.formats) for v, c in zip(row, sheet.columns, strict=False)])
    return out.getvalue()


_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")


def export_xlsx(export: Export, path: Path | str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    f = export.formats
    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    for sheet in export.sheets:
        title = _SHEET_BAD.sub("-", sheet.title)[:31] or "Sheet"
        base, n = title, 2
        while title.casefold() in used:
            title = f"{base[:28]} {n}"
            n += 1
        used.add(title.casefold())
        ws = wb.create_sheet(title)
        ws.append([c.header for c in sheet.columns])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        formats = {
            MONEY: f.money_format, DATE: f.date_pattern, DATETIME: f.date_pattern + " hh:mm",
            PERCENT: "0.0", INT: "0",
        }
        lines = sheet.rows + ([sheet.totals] if sheet.totals else [])
        for r, row in enumerate(lines, start=2):
            for c, (value, col) in enumerate(zip(row, sheet.columns, strict=False), start=1):
                if value is None or value == "":
                    continue
                if col.kind == MONEY and isinstance(value, int):
                    value = Decimal(value).scaleb(-f.digits) if f.digits else value
                elif isinstance(value, dt.datetime) and value.tzinfo is not None:
                    value = value.replace(tzinfo=None)  # Excel has no time zones
                cell = ws.cell(r, c, value)
                fmt = formats.get(col.kind)
                if fmt and not isinstance(value, str):
                    cell.number_format = fmt
            if sheet.totals is not None and r == len(lines) + 1:
                for cell in ws[r]:
                    cell.font = Font(bold=True)
        for c, col in enumerate(sheet.columns, start=1):  # a width of 0: fitted to the header and values
            ws.column_dimensions[get_column_letter(c)].width = col.width or min(48, 2 + max([6, len(col.header)] + [
                len(str(_csv_value(r[c - 1], col.kind, f))) for r in lines[:200] if len(r) >= c]))
        ws.freeze_panes = "A2"
    if not export.sheets:
        wb.create_sheet("Empty")
    wb.properties.title = export.name
    wb.properties.creator = "Daftar"
    wb.save(str(path))


def file_name(*parts: str) -> str:
    """A file name from its parts: letters, digits and dashes."""
    text = "-".join(p for p in parts if p)
    return re.sub(r"[^\w\-]+", "", text.replace(" ", "")) or "export"


# --------------------------------------------------------------------------
# Finding what to export (the command line names things as people do)
# --------------------------------------------------------------------------


def _fold(text: str) -> str:
    return re.sub(r"[\s\-/.·_]+", "", text).casefold()


def _current_year(session: Session) -> AcademicYear | None:
    from app.services.clock import school_today
    from app.services.roster_import import roster_year

    return roster_year(session, school_today(session))


def find_section(session: Session, name: str) -> Section:
    """A section of the current year by its name ("7 A", "7a", "7-A")."""
    year = _current_year(session)
    query = select(Section).where(Section.deleted.is_(False))
    if year is not None:
        query = query.where(Section.academic_year_id == year.id)
    from app.services.roster_import import SectionFinder

    finder = SectionFinder(session.execute(query).scalars().all())
    found = finder.find(name)
    if found is not None:
        return found
    names = ", ".join(finder.names()) or "none"
    raise ServiceError(
        QT_TRANSLATE_NOOP("services.exports", "There is no section \"{name}\" this year (the sections are {names})."),
        name=name, names=names)


def find_term(session: Session, name: str) -> Term:
    year = _current_year(session)
    query = select(Term).where(Term.deleted.is_(False))
    if year is not None:
        query = query.where(Term.academic_year_id == year.id)
    terms = session.execute(query.order_by(Term.starts_on)).scalars().all()
    for t in terms:
        if _fold(t.name) == _fold(name):
            return t
    names = ", ".join(t.name for t in terms) or "none"
    raise ServiceError(
        QT_TRANSLATE_NOOP("services.exports", "There is no term \"{name}\" this year (the terms are {names})."),
        name=name, names=names)


def find_subject(session: Session, name: str) -> Subject:
    subjects = session.execute(select(Subject).where(Subject.deleted.is_(False))).scalars().all()
    for s in subjects:
        if _fold(s.code) == _fold(name) or _fold(s.name) == _fold(name):
            return s
    names = ", ".join(sorted(s.code for s in subjects)) or "none"
    raise ServiceError(
        QT_TRANSLATE_NOOP("services.exports", "There is no subject \"{name}\" (the subjects are {names})."),
        name=name, names=names)


def find_student(session: Session, admission_no: str) -> Student:
    student = session.execute(
        select(Student).where(Student.admission_no == admission_no.strip(), Student.deleted.is_(False))
    ).scalars().first()
    if student is None:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.exports", "There is no student with admission number {admission_no} on "
                              "this computer."),
            admission_no=admission_no)
    return student


# --------------------------------------------------------------------------
# What each export holds
# --------------------------------------------------------------------------


def register_export(session: Session, section_id: str, year: int, month: int) -> Export:
    """A section's monthly attendance register: a code a school day, totals and the rate."""
    from app.services.registers import monthly_register

    return register_export_of(monthly_register(session, section_id, year, month), school_formats(session))


def register_export_of(reg: Any, f: Formats | None = None) -> Export:
    """The export of a register already read (:class:`app.services.registers.MonthlyRegister`)."""
    f = f or Formats()
    year, month = reg.year, reg.month
    columns = [Column("Roll no.", INT, 8), Column("Name", TEXT, 26)]
    columns += [Column(f"{d.day:02d} {d:%a}", TEXT, 7) for d in reg.days]  # a register's day: its number
    columns += [Column("Present", NUMBER, 9), Column("Absent", INT, 8), Column("Late", INT, 8),
                Column("Days counted", INT, 12), Column("Rate (%)", PERCENT, 9)]
    rows = [[r.roll_no, r.name, *r.cells, r.present, r.absent, r.late, r.days_counted, r.rate] for r in reg.rows]
    totals = [None, "Present each day", *reg.daily_totals, None, None, None, None, reg.section_rate]
    sheet = Sheet(f"{reg.section_name} {year}-{month:02d}", columns, rows, totals)
    return Export(file_name("register", reg.section_name, f"{year}-{month:02d}"), [sheet], f)


def marks_export(session: Session, section_id: str, term_id: str, subject_id: str | None = None) -> Export:
    """Every mark of a section in a term: a sheet a subject, a column an assessment."""
    from app.services.grades import format_mark, marks_grid
    from app.storage.models import Assessment

    section = session.get(Section, section_id)
    term = session.get(Term, term_id)
    if section is None or term is None:
        raise ServiceError(QT_TRANSLATE_NOOP("services.exports", "That class or term is not on this computer."))
    subject_ids = [subject_id] if subject_id else list(dict.fromkeys(session.execute(
        select(Assessment.subject_id).where(Assessment.section_id == section_id, Assessment.term_id == term_id,
                                            Assessment.deleted.is_(False))).scalars()))
    subjects = {s.id: s for s in session.execute(select(Subject).where(Subject.id.in_(subject_ids))).scalars()}
    sheets = []
    for sid in sorted(subject_ids, key=lambda i: subjects[i].name if i in subjects else ""):
        grid = marks_grid(session, section_id, sid, term_id)
        columns = [Column("Roll no.", INT, 8), Column("Admission no.", TEXT, 14), Column("Name", TEXT, 26)]
        columns += [Column(f"{a.name} (out of {_number_text(a.max_marks_centi / 100)})", NUMBER, 14)
                    for a in grid.assessments]
        rows = []
        for st in grid.students:
            line: list[Any] = [st.roll_no, st.admission_no, st.full_name]
            for a in grid.assessments:
                c = grid.cells.get((st.id, a.id))
                if c is None:
                    line.append(None)
                elif c.status == "scored" and c.score_centi is not None:
                    line.append(c.score_centi / 100)
                else:
                    line.append(format_mark(c.status, c.score_centi))
            rows.append(line)
        name = subjects[sid].name if sid in subjects else "Marks"
        sheets.append(Sheet(name, columns, rows))
    return Export(file_name("marks", section.name, term.name), sheets, school_formats(session))


def results_export(session: Session, section_id: str, term_id: str) -> Export:
    """A section's term results: each subject's percentage, the overall one, the grade and position."""
    from app.services.results import term_results

    tr = term_results(session, term_id, section_id)
    columns = [Column("Roll no.", INT, 8), Column("Admission no.", TEXT, 14), Column("Name", TEXT, 26)]
    columns += [Column(f"{s.name} (%)", PERCENT, 12) for s in tr.subjects]
    columns += [Column("Overall (%)", PERCENT, 11), Column("Grade", TEXT, 8), Column("Passing", TEXT, 8)]
    if tr.show_position:
        columns.append(Column("Position", INT, 9))
    rows = []
    for st in tr.students:
        line: list[Any] = [st.roll_no, st.admission_no, st.full_name]
        line += [st.subjects[s.id].percent if s.id in st.subjects else None for s in tr.subjects]
        line += [st.percent, st.grade, "yes" if st.passing else "no"]
        if tr.show_position:
            line.append(st.position)
        rows.append(line)
    sheet = Sheet(f"{tr.section_name} {tr.term_name}", columns, rows)
    return Export(file_name("results", tr.section_name, tr.term_name), [sheet], school_formats(session))


def ledger_export(session: Session, student_id: str) -> Export:
    """A student's account: what was charged and paid, with the running balance."""
    from app.services.fees import student_account

    acc = student_account(session, student_id)
    f = school_formats(session)
    cur = f" ({f.currency})" if f.currency else ""
    columns = [Column("Date", DATE, 12), Column("Kind", TEXT, 13), Column("Reference", TEXT, 20),
               Column("Description", TEXT, 34), Column(f"Charged{cur}", MONEY, 14),
               Column(f"Paid{cur}", MONEY, 14), Column(f"Balance{cur}", MONEY, 14)]
    rows = [[e.on, e.kind + (" (cancelled)" if e.cancelled else ""), e.reference, e.description,
             e.debit or None, e.credit or None, e.balance] for e in acc.entries]
    totals = [None, "Total", None, f"{acc.full_name} ({acc.admission_no})",
              sum(e.debit for e in acc.entries), sum(e.credit for e in acc.entries),
              acc.entries[-1].balance if acc.entries else 0]
    sheet = Sheet(f"Ledger {acc.admission_no}", columns, rows, totals)
    return Export(file_name("ledger", acc.admission_no), [sheet], f)


def day_book_export(session: Session, day: dt.date) -> Export:
    """A day's collections: the payments, the cancellations, and the totals by mode and cashier."""
    from app.services.day_book import day_book
    from app.services.fees import MODE_WORDS

    book = day_book(session, day)
    f = school_formats(session)
    cur = f" ({f.currency})" if f.currency else ""
    payments = Sheet("Payments", [
        Column("Receipt no.", TEXT, 20), Column("Received at", DATETIME, 17), Column("Student", TEXT, 26),
        Column("Admission no.", TEXT, 13), Column("Mode", TEXT, 14), Column("Reference", TEXT, 16),
        Column(f"Amount{cur}", MONEY, 14), Column("Cashier", TEXT, 18), Column("Cancelled", TEXT, 10),
    ], [[p.receipt_no, p.received_at, p.student_name, p.admission_no, MODE_WORDS.get(p.mode, p.mode),
         p.reference, p.amount_minor, p.cashier, "yes" if p.cancelled else ""] for p in book.payments],
        [None, None, "Received", None, None, None, book.received_minor, None, None])
    cancellations = Sheet("Cancellations", [
        Column("Receipt no.", TEXT, 20), Column("Received on", DATE, 12), Column("Cancelled at", DATETIME, 17),
        Column("Student", TEXT, 26), Column("Mode", TEXT, 14), Column(f"Amount{cur}", MONEY, 14),
        Column("Reason", TEXT, 30), Column("Cancelled by", TEXT, 18),
    ], [[c.receipt_no, c.received_on, c.cancelled_at, c.student_name, MODE_WORDS.get(c.mode, c.mode),
         c.amount_minor, c.reason, c.cancelled_by] for c in book.cancellations])
    totals = Sheet("Totals", [Column("What", TEXT, 30), Column(f"Amount{cur}", MONEY, 14)],
                   [[f"By mode: {MODE_WORDS.get(m, m)}", v] for m, v in sorted(book.by_mode.items())]
                   + [[f"By cashier: {c}", v] for c, v in sorted(book.by_cashier.items())]
                   + [["Received", book.received_minor], ["Cancelled", book.cancelled_minor]],
                   ["Net", book.net_minor])
    return Export(file_name("day-book", day.isoformat()), [payments, cancellations, totals], f)


def defaulters_export(rows: list, currency: str, digits: int, date_pattern: str = "yyyy-mm-dd") -> Export:
    """Who owes money (rows from :func:`app.services.day_book.defaulters`, as shown or filtered)."""
    f = Formats(currency, digits, date_pattern)
    cur = f" ({currency})" if currency else ""
    columns = [Column("Admission no.", TEXT, 14), Column("Name", TEXT, 28), Column("Section", TEXT, 10),
               Column("Guardian", TEXT, 24), Column("Phone", TEXT, 18), Column("Status", TEXT, 10),
               Column(f"Outstanding{cur}", MONEY, 16), Column(f"Overdue{cur}", MONEY, 16),
               Column("Oldest due", DATE, 12), Column("Days overdue", INT, 12), Column("Age", TEXT, 14)]
    lines = [[d.admission_no, d.full_name, d.section_name, d.guardian_name, d.guardian_phone, d.status,
              d.outstanding_minor, d.overdue_minor, d.oldest_due_on, d.days_overdue, d.age] for d in rows]
    return Export("defaulters", [Sheet("Defaulters", columns, lines)], f)


def school_defaulters_export(session: Session, section_id: str | None = None, only_overdue: bool = False) -> Export:
    """The defaulters list of the whole school (or one section), in the school's formats."""
    from app.services.day_book import defaulters

    rows = defaulters(session, only_overdue=only_overdue)
    name = "defaulters"
    if section_id is not None:
        section = session.get(Section, section_id)
        rows = [d for d in rows if section is not None and d.section_name == section.name]
        name = file_name("defaulters", section.name if section else "")
    f = school_formats(session)
    export = defaulters_export(rows, f.currency, f.digits, f.date_pattern)
    export.name = name
    return export


# What ``daftar export`` can write, and the options each needs.
EXPORTS = {
    "register": ("section", "month"),
    "marks": ("section", "term"),
    "results": ("section", "term"),
    "ledger": ("student",),
    "day-book": ("day",),
    "defaulters": (),
}
