"""Importing the school's roster from a spreadsheet (CSV or XLSX).

Qt-free, in three steps that the wizard and ``daftar import-roster`` share:

1. :func:`read_roster_file` reads the file into a :class:`SourceTable` (header
   and rows as the spreadsheet shows them). It copes with what schools'
   files really are: UTF-8 with or without a BOM, Windows-1252, UTF-16 from
   Excel's "Unicode text" (tab-separated), commas, semicolons or tabs, stray
   blank lines, a title above the header, merged cells (their value is
   spread over the cells they cover), formulas (their saved result is read;
   one with no saved result is a problem), dates as text or as Excel serial
   numbers. A file that cannot be read at all raises :class:`ImportFileError`
   with a sentence saying why.
2. :func:`guess_mapping` proposes which column holds which field from the
   headers (English, French, Urdu); :func:`plan_import` validates every row
   against the school (required fields, dates, duplicate admission numbers
   in the file and against the school, unknown sections, roll numbers) and
   returns an :class:`ImportPlan`: what would be added, what would change,
   what is already as in the file, and every problem by row.
3. :func:`apply_import` writes the plan through the outbox, in the caller's
   transaction: all of it or, when there is any problem, nothing.

Matching is on the admission number (case-insensitive): a row whose student
exists and whose values are already the school's writes nothing, so
importing the same file twice changes nothing. An empty cell never erases
what the school has; a column that is not mapped is left alone.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services import outbox
from app.services.clock import school_today
from app.services.context import QT_TRANSLATE_NOOP, Actor, Sentence, ServiceError
from app.storage.ids import new_id
from app.storage.models import AcademicYear, Enrollment, School, Section, Student

# Who may import a roster.
ROSTER_ROLES = ("office", "principal", "admin")
# More rows than this is not a roster: refused before anything is checked.
MAX_ROWS = 50_000
# Problems listed in full; past this, the plan says how many more.
MAX_PROBLEMS = 500


class ImportFileError(ServiceError):
    """The file cannot be read as a roster. ``str(exc)`` says why, and what to do."""


class ImportRefused(ServiceError):
    """The roster has problems: nothing was written. ``plan`` lists them."""

    def __init__(self, plan: "ImportPlan") -> None:
        super().__init__(QT_TRANSLATE_NOOP("services.roster_import", "The roster was not imported: {count} "
                                           "problem(s) to correct first."), count=plan.problem_count)
        self.plan = plan


# --------------------------------------------------------------------------
# The fields a roster can fill
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class RosterField:
    key: str
    label: str
    required: bool = False
    max_length: int = 0
    # Headers that mean this field, written as :func:`_header_key` folds them.
    aliases: tuple[str, ...] = ()


def _header_key(text: Any) -> str:
    """A header folded for matching: case, accents, spaces and punctuation gone (Urdu letters kept)."""
    s = unicodedata.normalize("NFKD", str(text or "")).casefold()
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[\W_]+", "", s)


def _aliases(*words: str) -> tuple[str, ...]:
    return tuple(_header_key(w) for w in words)


FIELDS: tuple[RosterField, ...] = (
    RosterField("admission_no", QT_TRANSLATE_NOOP("services.roster_import", "Admission no."), True, 32, _aliases(
        "admission no", "admission number", "adm no", "admission", "adm", "admission #", "reg no",
        "registration no", "registration number", "gr no", "student id", "student no", "student number",
        "matricule", "numéro d'admission", "n° d'admission", "numéro d'inscription", "n° inscription",
        "numéro matricule", "داخلہ نمبر", "رجسٹریشن نمبر", "جی آر نمبر")),
    RosterField("full_name", QT_TRANSLATE_NOOP("services.roster_import", "Full name"), False, 220, _aliases(
        "name", "full name", "student name", "student", "student's name", "name of student", "pupil",
        "pupil name", "nom", "nom complet", "nom de l'élève", "élève", "nom et prénom", "nom prénom",
        "نام", "طالب علم کا نام", "طالب علم", "پورا نام")),
    RosterField("given_name", QT_TRANSLATE_NOOP("services.roster_import", "Given name"), False, 100, _aliases(
        "first name", "given name", "forename", "given names", "prénom", "prénoms", "پہلا نام")),
    RosterField("family_name", QT_TRANSLATE_NOOP("services.roster_import", "Family name"), False, 100, _aliases(
        "last name", "surname", "family name", "nom de famille", "خاندانی نام", "ذات")),
    RosterField("section", QT_TRANSLATE_NOOP("services.roster_import", "Section"), False, 40, _aliases(
        "section", "class", "class section", "class/section", "grade section", "form", "stream", "classe",
        "division", "جماعت", "کلاس", "سیکشن")),
    RosterField("roll_no", QT_TRANSLATE_NOOP("services.roster_import", "Roll no."), False, 0, _aliases(
        "roll no", "roll number", "roll", "roll #", "class no", "numéro d'ordre", "n° d'ordre", "رول نمبر")),
    RosterField("gender", QT_TRANSLATE_NOOP("services.roster_import", "Gender"), False, 1, _aliases(
        "gender", "sex", "sexe", "genre", "جنس")),
    RosterField("date_of_birth", QT_TRANSLATE_NOOP("services.roster_import", "Date of birth"), False, 0, _aliases(
        "date of birth", "dob", "birth date", "birthdate", "birthday", "born", "born on", "date de naissance",
        "né le", "née le", "naissance", "تاریخ پیدائش")),
    RosterField("guardian_name", QT_TRANSLATE_NOOP("services.roster_import", "Guardian"), False, 200, _aliases(
        "guardian", "guardian name", "guardian's name", "parent", "parent name", "parent/guardian",
        "father", "father name", "father's name", "mother name", "tuteur", "nom du parent", "nom du tuteur",
        "responsable", "parent ou tuteur", "والد کا نام", "سرپرست", "والد", "سرپرست کا نام")),
    RosterField("guardian_phone", QT_TRANSLATE_NOOP("services.roster_import", "Guardian's phone"), False, 40,
                _aliases(
        "phone", "guardian phone", "guardian's phone", "parent phone", "phone number", "mobile", "mobile no",
        "contact", "contact no", "contact number", "cell", "téléphone", "tél", "tel", "téléphone du parent",
        "portable", "فون", "فون نمبر", "موبائل", "موبائل نمبر", "رابطہ نمبر")),
    RosterField("guardian_email", QT_TRANSLATE_NOOP("services.roster_import", "Guardian's email"), False, 200,
                _aliases(
        "email", "e-mail", "guardian email", "parent email", "email address", "courriel", "adresse e-mail",
        "adresse électronique", "ای میل")),
    RosterField("address", QT_TRANSLATE_NOOP("services.roster_import", "Address"), False, 2000, _aliases(
        "address", "home address", "adresse", "domicile", "پتہ", "رہائش")),
    RosterField("category", QT_TRANSLATE_NOOP("services.roster_import", "Category"), False, 40, _aliases(
        "category", "catégorie", "زمرہ", "کیٹیگری")),
    RosterField("status", QT_TRANSLATE_NOOP("services.roster_import", "Status"), False, 12, _aliases(
        "status", "statut", "état", "حیثیت")),
)
FIELD_BY_KEY = {f.key: f for f in FIELDS}
# A changed field in the words of "what changes" (lower case, inside a sentence).
CHANGED_WORDS = {
    "full_name": QT_TRANSLATE_NOOP("services.roster_import", "full name"),
    "given_name": QT_TRANSLATE_NOOP("services.roster_import", "given name"),
    "family_name": QT_TRANSLATE_NOOP("services.roster_import", "family name"),
    "gender": QT_TRANSLATE_NOOP("services.roster_import", "gender"),
    "date_of_birth": QT_TRANSLATE_NOOP("services.roster_import", "date of birth"),
    "status": QT_TRANSLATE_NOOP("services.roster_import", "status"),
    "guardian_name": QT_TRANSLATE_NOOP("services.roster_import", "guardian"),
    "guardian_phone": QT_TRANSLATE_NOOP("services.roster_import", "guardian's phone"),
    "guardian_email": QT_TRANSLATE_NOOP("services.roster_import", "guardian's email"),
    "address": QT_TRANSLATE_NOOP("services.roster_import", "address"),
    "category": QT_TRANSLATE_NOOP("services.roster_import", "category"),
}
# Student columns a row can change (names are handled together).
_STUDENT_TEXT = ("guardian_name", "guardian_phone", "guardian_email", "address", "category")

_GENDERS = {
    "m": "M", "male": "M", "boy": "M", "b": "M", "masculin": "M", "garçon": "M", "garcon": "M", "h": "M",
    "homme": "M", "لڑکا": "M", "مرد": "M", "مذکر": "M",
    "f": "F", "female": "F", "girl": "F", "g": "F", "féminin": "F", "feminin": "F", "fille": "F",
    "femme": "F", "لڑکی": "F", "عورت": "F", "مؤنث": "F", "مونث": "F",
    "x": "X", "other": "X", "autre": "X",
}
_STATUSES = {
    "active": "active", "actif": "active", "active student": "active", "current": "active", "فعال": "active",
    "left": "left", "parti": "left", "withdrawn": "left", "transferred": "left", "quitté": "left",
    "graduated": "graduated", "diplômé": "graduated", "diplome": "graduated", "passed out": "graduated",
}


# --------------------------------------------------------------------------
# Reading the file
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceRow:
    line: int  # the row number as the spreadsheet shows it (1 = the first row of the file)
    cells: tuple[Any, ...]  # str for CSV; str, int, float, date or datetime for XLSX


@dataclass
class SourceTable:
    name: str  # the file's name
    kind: str  # "CSV" | "Excel workbook"
    headers: list[str]
    header_line: int
    rows: list[SourceRow]
    encoding: str = ""  # CSV: the encoding it was read with
    sheet: str = ""  # XLSX: the sheet read
    notes: list[str] = field(default_factory=list)  # what was done to read it, in words
    cell_problems: list["Problem"] = field(default_factory=list)  # formulas with no result

    def preview(self, count: int = 20) -> list[list[str]]:
        """The first rows as text, for the mapping step."""
        return [[_text(v) for v in r.cells] for r in self.rows[:count]]


def read_roster_file(path: Path | str) -> SourceTable:
    """Read a CSV or XLSX roster (see the module's notes). Raises :class:`ImportFileError`."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("services.roster_import", "There is no file {path} there."),
            path=path.name) from None
    except OSError as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("services.roster_import", "{path} cannot be read: {reason}."),
            path=path.name, reason=exc.strerror or exc) from None
    if not data.strip():
        raise ImportFileError(QT_TRANSLATE_NOOP("services.roster_import", "{path} is empty."), path=path.name)
    if data[:4] == b"PK\x03\x04":
        return _read_xlsx(path, data)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ImportFileError(
            QT_TRANSLATE_NOOP("services.roster_import", "{path} is an old Excel 97–2003 workbook (.xls). Open it "
                              "in Excel or LibreOffice and save it as an Excel workbook (.xlsx) or as CSV, then "
                              "import that."),
            path=path.name)
    if data[:5] == b"%PDF-":
        raise ImportFileError(
            QT_TRANSLATE_NOOP("services.roster_import", "{path} is a PDF, not a spreadsheet. Import the roster as "
                              "CSV or XLSX."),
            path=path.name)
    return _read_csv(path, data)


def _decode(name: str, data: bytes) -> tuple[str, str]:
    """The text and the name of its encoding."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "UTF-8 (with BOM)"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("services.roster_import", "{name} says it is UTF-16 but is damaged; save it "
                                  "again from the spreadsheet."),
                name=name) from None
    sample = data[:4000]
    if sample.count(b"\x00") > len(sample) // 4:
        # UTF-16 without its mark: the zero bytes sit on one side of each letter.
        even = sample[0::2].count(0)
        odd = sample[1::2].count(0)
        codec = "utf-16-le" if odd > even else "utf-16-be"
        try:
            return data.decode(codec), "UTF-16"
        except UnicodeDecodeError:
            pass
        raise ImportFileError(
            QT_TRANSLATE_NOOP("services.roster_import", "{name} is not a text file or a spreadsheet Daftar can "
                              "read. Save the roster as CSV or as an Excel workbook (.xlsx)."),
            name=name)
    if re.search(rb"[\x00-\x08\x0e-\x19\x1b-\x1f]", sample):
        raise ImportFileError(
            QT_TRANSLATE_NOOP("services.roster_import", "{name} is not a text file or a spreadsheet Daftar can "
                              "read. Save the roster as CSV or as an Excel workbook (.xlsx)."),
            name=name)
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("services.roster_import", "{name} is in an encoding Daftar cannot tell. Save it from "
                              "the spreadsheet as \"CSV UTF-8\" and import that."),
            name=name) from None
    return text, "Windows-1252"


def _read_csv(path: Path, data: bytes) -> SourceTable:
    text, encoding = _decode(path.name, data)
    if "\x00" in text:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("services.roster_import", "{path} is not a text file or a spreadsheet Daftar can "
                              "read. Save the roster as CSV or as an Excel workbook (.xlsx)."),
            path=path.name)
    lines = text.splitlines()
    head = [ln for ln in lines if ln.strip()][:20]
    delimiter = _delimiter(head)
    grid = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    rows = [[c.strip() for c in r] for r in grid]
    notes = [Sentence(QT_TRANSLATE_NOOP("services.roster_import", "Read as {encoding} text, columns separated by "
                                        "{delimiter}."), encoding=encoding, delimiter=_DELIMITER_WORDS[delimiter])]
    return _table(path.name, "CSV", rows, notes, encoding=encoding)


_DELIMITER_WORDS = {",": QT_TRANSLATE_NOOP("services.roster_import", "commas"),
                    ";": QT_TRANSLATE_NOOP("services.roster_import", "semicolons"),
                    "\t": QT_TRANSLATE_NOOP("services.roster_import", "tabs"),
                    "|": QT_TRANSLATE_NOOP("services.roster_import", "bars")}


def _delimiter(head: list[str]) -> str:
    """The separator that splits the first lines into the same number of columns, most of them."""
    best, best_score = ",", -1.0
    for d in ("\t", ";", ",", "|"):
        counts = [len(next(csv.reader([ln], delimiter=d))) for ln in head]
        if not counts or max(counts) < 2:
            continue
        common = max(set(counts), key=counts.count)
        score = counts.count(common) / len(counts) * 100 + common
        if score > best_score:
            best, best_score = d, score
    return best


def _read_xlsx(path: Path, data: bytes) -> SourceTable:
    from openpyxl import load_workbook

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = archive.namelist()
    except zipfile.BadZipFile:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("services.roster_import", "{path} is a damaged workbook; open it in the spreadsheet "
                              "and save it again."),
            path=path.name) from None
    if "xl/workbook.xml" not in names:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("services.roster_import", "{path} is a zip file but not an Excel workbook. Import a "
                              ".xlsx or a .csv file."),
            path=path.name)
    try:
        # Read-only mode streams the rows (10,000 rows in about half the time); merged cells come from the XML.
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheets = [(s, [list(r) for r in s.iter_rows(values_only=True)]) for s in wb.worksheets]
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds; the person needs one sentence
        raise ImportFileError(
            QT_TRANSLATE_NOOP("services.roster_import", "{path} cannot be read as a workbook ({kind}); open it in "
                              "the spreadsheet and save it again as .xlsx."),
            path=path.name, kind=type(exc).__name__) from None
    finally:
        archive.close()
    if not sheets:
        raise ImportFileError(QT_TRANSLATE_NOOP("services.roster_import", "{path} has no sheets."), path=path.name)
    used = [(ws, g) for ws, g in sheets if sum(1 for r in g if any(v not in (None, "") for v in r)) > 1]

    def known_headers(item: tuple[Any, list[list[Any]]]) -> int:
        ws, g = item
        visible = getattr(ws, "sheet_state", "visible") == "visible"
        return visible * 100 + max((sum(1 for v in r if _field_for_header(v)) for r in g[:30]), default=0)

    ws, grid = max(used, key=known_headers) if used else sheets[0]  # the roster-like sheet, the first on a tie
    wb.close()
    notes: list[str] = []
    if len(used) > 1:
        notes.append(Sentence(QT_TRANSLATE_NOOP("services.roster_import", "The workbook has several sheets; the "
                                                "sheet \"{sheet}\" was read."), sheet=ws.title))
    width = max((len(r) for r in grid), default=0)
    for r in grid:
        r.extend([None] * (width - len(r)))
    # Merged cells: the value sits in the first cell only; spread it over the range.
    from openpyxl.worksheet.cell_range import CellRange

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read(ws._worksheet_path).decode("utf-8", errors="replace")  # noqa: SLF001 - its part's name
    spread = []
    for ref in re.findall(r'<mergeCell\s+ref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"', xml):
        rng = CellRange(ref)
        value = grid[rng.min_row - 1][rng.min_col - 1] if rng.min_row <= len(grid) and rng.min_col <= width \
            else None
        for r in range(rng.min_row, min(rng.max_row, len(grid)) + 1):
            for c in range(rng.min_col, min(rng.max_col, width) + 1):
                grid[r - 1][c - 1] = value
        if value not in (None, ""):
            spread.append(rng)
    table = _table(path.name, "Excel workbook", grid, notes, sheet=ws.title)
    spread = [rng.coord for rng in spread if rng.min_row > table.header_line]  # not the title or the header
    if spread:
        if len(spread) > 6:
            table.notes.append(Sentence(QT_TRANSLATE_NOOP("services.roster_import", "Merged cells {cells} and {more} "
                                                          "more: their value was used for every row they cover."),
                                        cells=", ".join(spread[:6]), more=len(spread) - 6))
        else:
            table.notes.append(Sentence(QT_TRANSLATE_NOOP("services.roster_import", "Merged cells {cells}: their value "
                                                          "was used for every row they cover."),
                                        cells=", ".join(spread)))
    table.cell_problems = _formulas_without_results(data, ws.title, grid, table)
    return table


def _formulas_without_results(data: bytes, sheet: str, grid: list[list[Any]], table: SourceTable) -> list["Problem"]:
    """Formula cells the workbook holds no saved result for (never opened in a spreadsheet since)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        if not any(b"<f" in z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/")):
            return []
    from openpyxl import load_workbook

    ws = load_workbook(io.BytesIO(data), read_only=True, data_only=False)[sheet]
    problems = []
    header = {i: h for i, h in enumerate(table.headers)}
    for r_index, row in enumerate(ws.iter_rows(values_only=True), start=1):
        if r_index <= table.header_line:
            continue
        for c_index, value in enumerate(row):
            if isinstance(value, str) and value.startswith("=") and r_index <= len(grid) \
                    and c_index < len(grid[r_index - 1]) and grid[r_index - 1][c_index] in (None, ""):
                problems.append(Problem(r_index, header.get(c_index, _column_letter(c_index)),
                                        Sentence(QT_TRANSLATE_NOOP("services.roster_import", "The formula "
                                                                   "{formula} has no saved result: open the file "
                                                                   "in the spreadsheet, let it calculate, and save "
                                                                   "it again (or paste values)."),
                                                 formula=value[:40])))
    return problems


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _table(name: str, kind: str, grid: list[list[Any]], notes: list[str], **extra: str) -> SourceTable:
    """Find the header (the first row that looks like one), then the data rows; skip blank lines."""
    def filled(row: list[Any]) -> int:
        return sum(1 for v in row if _text(v))

    header_index = None
    first_filled = None
    best = 0
    for i, row in enumerate(grid[:30]):
        if filled(row) == 0:
            continue
        if first_filled is None:
            first_filled = i
        known = sum(1 for v in row if _field_for_header(v) is not None)
        if known > best:
            header_index, best = i, known
    if header_index is None:
        # No header Daftar recognises: the first row with two or more filled cells.
        header_index = next((i for i, row in enumerate(grid) if filled(row) >= 2), first_filled)
    if header_index is None:
        raise ImportFileError(QT_TRANSLATE_NOOP("services.roster_import", "{name} has no rows."), name=name)
    if header_index != first_filled:
        notes.append(Sentence(QT_TRANSLATE_NOOP("services.roster_import", "Rows above row {row} were taken as a "
                                                "title and left out."), row=header_index + 1))
    raw_headers = [_text(v) for v in grid[header_index]]
    width = max([len(raw_headers)] + [len(r) for r in grid[header_index + 1:]])

    def empty_column(i: int) -> bool:
        return not (i < len(raw_headers) and raw_headers[i]) and \
            all(len(r) <= i or not _text(r[i]) for r in grid[header_index + 1:])

    while width > 0 and empty_column(width - 1):  # trailing columns with nothing in them
        width -= 1
    headers = []
    for i in range(width):
        h = raw_headers[i] if i < len(raw_headers) else ""
        headers.append(h or f"Column {_column_letter(i)}")
    rows = []
    blank = 0
    for i in range(header_index + 1, len(grid)):
        cells = grid[i][:width] + [None] * (width - len(grid[i][:width]))
        if not any(_text(v) for v in cells):
            blank += 1
            continue
        rows.append(SourceRow(i + 1, tuple(cells)))
        if len(rows) > MAX_ROWS:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("services.roster_import", "{name} has more than {limit} rows; a roster has one "
                                  "row a student. Check that this is the right file."),
                name=name, limit=f"{MAX_ROWS:,}")
    trailing = 0
    for row in reversed(grid[header_index + 1:]):
        if any(_text(v) for v in row):
            break
        trailing += 1
    inside = blank - trailing
    if inside > 0:
        notes.append(Sentence(QT_TRANSLATE_NOOP("services.roster_import", "{count} blank row(s) between students "
                                                "were skipped."), count=inside))
    if not rows:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("services.roster_import", "{name} has a header row but no students under it."),
            name=name)
    return SourceTable(name=name, kind=kind, headers=headers, header_line=header_index + 1, rows=rows,
                       notes=notes, **extra)


def _text(value: Any) -> str:
    """A cell as the text a person sees: numbers without a trailing .0, dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    return " ".join(text.split())


# --------------------------------------------------------------------------
# Which column is which field
# --------------------------------------------------------------------------


_ALIAS_INDEX = {alias: f.key for f in FIELDS for alias in f.aliases}


def _field_for_header(header: Any) -> str | None:
    key = _header_key(header)
    if not key:
        return None
    if key in _ALIAS_INDEX:
        return _ALIAS_INDEX[key]
    # "Student's full name (as in records)": the longest alias the header starts with.
    hits = [(len(a), k) for a, k in _ALIAS_INDEX.items() if len(a) >= 4 and key.startswith(a)]
    return max(hits)[1] if hits else None


def guess_mapping(headers: Iterable[str]) -> dict[str, int]:
    """field key → column index, from the headers; each column and each field at most once."""
    mapping: dict[str, int] = {}
    for i, h in enumerate(headers):
        key = _field_for_header(h)
        if key is not None and key not in mapping:
            mapping[key] = i
    if "full_name" in mapping and "given_name" in mapping and "family_name" not in mapping:
        # "Name" beside "First name" is most likely the family name (as in French "Nom" / "Prénom").
        mapping["family_name"] = mapping.pop("full_name")
    return mapping


def parse_mapping(spec: str | Iterable[str], headers: list[str]) -> dict[str, int]:
    """``"admission_no=Adm No,section=Class"`` (a field, then a header or a column letter) → a mapping.

    Fields not named keep their guessed column. Raises :class:`ImportFileError` in words.
    """
    parts: list[str] = []
    for chunk in ([spec] if isinstance(spec, str) else list(spec)):
        parts += [p for p in chunk.split(",") if p.strip()]
    mapping = guess_mapping(headers)
    folded = {_header_key(h): i for i, h in reversed(list(enumerate(headers)))}
    for part in parts:
        if "=" not in part:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("services.roster_import", "\"{part}\" is not FIELD=COLUMN (for example "
                                  "admission_no=Adm No)."),
                part=part.strip())
        key, column = (p.strip() for p in part.split("=", 1))
        key = key.replace("-", "_").casefold()
        if key not in FIELD_BY_KEY:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("services.roster_import", "\"{key}\" is not a roster field. The fields are: "
                                  "{fields}."),
                key=key, fields=", ".join(f.key for f in FIELDS))
        if column == "" or column == "-":
            mapping.pop(key, None)
            continue
        index = folded.get(_header_key(column))
        if index is None and re.fullmatch(r"[A-Za-z]{1,2}", column):
            from openpyxl.utils import column_index_from_string

            index = column_index_from_string(column.upper()) - 1
            if index >= len(headers):
                index = None
        if index is None:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("services.roster_import", "The file has no column \"{column}\". Its columns "
                                  "are: {columns}."),
                column=column, columns=", ".join(headers))
        for other, i in list(mapping.items()):
            if i == index and other != key:
                del mapping[other]
        mapping[key] = index
    return mapping


def mapping_problems(mapping: Mapping[str, int]) -> list[str]:
    """What a mapping lacks before rows can be checked (sentences)."""
    missing = []
    if "admission_no" not in mapping:
        missing.append(Sentence(QT_TRANSLATE_NOOP("services.roster_import", "Choose the column with the admission "
                                                  "number: students are matched on it.")))
    if not ({"full_name", "given_name"} & set(mapping)):
        missing.append(Sentence(QT_TRANSLATE_NOOP("services.roster_import", "Choose the column with the student's "
                                                  "name (full name, or given name).")))
    used: dict[int, str] = {}
    for key, index in mapping.items():
        if index in used:
            missing.append(Sentence(QT_TRANSLATE_NOOP("services.roster_import", "One column is chosen for both "
                                                      "{first} and {second}."),
                                    first=FIELD_BY_KEY[used[index]].label, second=FIELD_BY_KEY[key].label))
        used[index] = key
    return missing


# --------------------------------------------------------------------------
# Checking every row against the school
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    row: int | None  # the file's row number; None for the file or the mapping as a whole
    column: str
    message: str

    def describe(self) -> Sentence:
        """"Row 7, Class: …" (a Sentence: English as a str, translated by the UI)."""
        if self.row is not None and self.column:
            return Sentence(QT_TRANSLATE_NOOP("services.roster_import", "Row {row}, {column}: {problem}"),
                            row=self.row, column=self.column, problem=self.message)
        if self.row is not None:
            return Sentence(QT_TRANSLATE_NOOP("services.roster_import", "Row {row}: {problem}"), row=self.row,
                            problem=self.message)
        if self.column:
            return Sentence(QT_TRANSLATE_NOOP("services.roster_import", "The file, {column}: {problem}"),
                            column=self.column, problem=self.message)
        return Sentence(QT_TRANSLATE_NOOP("services.roster_import", "The file: {problem}"), problem=self.message)


@dataclass
class StudentChange:
    """One row that adds or changes a student."""

    line: int
    admission_no: str
    full_name: str
    student_id: str | None  # None: a new student
    fields: dict[str, Any]  # student fields to set (all of them for a new student)
    section_id: str | None = None  # where the student is to be enrolled (None: left alone)
    section_name: str = ""
    roll_no: int | None = None  # None: keep, or the next free one
    what: list[str] = field(default_factory=list)  # for an existing student: what changes, in words


@dataclass
class ImportPlan:
    source: SourceTable
    mapping: dict[str, int]
    new: list[StudentChange] = field(default_factory=list)
    changed: list[StudentChange] = field(default_factory=list)
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)
    problem_count: int = 0
    notes: list[str] = field(default_factory=list)
    year_name: str = ""
    enrolled_from: dt.date | None = None
    # What the check read of the school, for apply_import in the same transaction.
    open_enrollments: dict[str, Enrollment] = field(default_factory=dict, repr=False)  # student → this year's
    all_enrollments: dict[tuple[str, str], Enrollment] = field(default_factory=dict, repr=False)
    rolls_in_use: dict[str, dict[int, str]] = field(default_factory=dict, repr=False)  # section → roll → student

    @property
    def ok(self) -> bool:
        return self.problem_count == 0

    @property
    def rows(self) -> int:
        return len(self.source.rows)

    def add_problem(self, problem: Problem) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)

    def describe(self) -> str:
        """The plan in words, for the command line."""
        lines = [f"{self.source.name}: {self.rows:,} student row(s)."]
        lines += [f"  {n}" for n in self.source.notes + self.notes]
        if self.ok:
            lines.append(f"{len(self.new):,} new student(s), {len(self.changed):,} to update, "
                         f"{self.unchanged:,} already up to date.")
        else:
            lines.append(f"{self.problem_count:,} problem(s); nothing was imported:")
            lines += [f"  {p.describe()}" for p in self.problems]
            if self.problem_count > len(self.problems):
                lines.append(f"  … and {self.problem_count - len(self.problems):,} more.")
        return "\n".join(lines)


def _section_key(name: str) -> str:
    return re.sub(r"[\s\-/.·_]+", "", unicodedata.normalize("NFKC", name)).casefold()


_SECTION_WORDS = re.compile(r"^(?:grade|class|classe|std|standard|form|year|level|niveau|جماعت|کلاس)\b\.?\s*",
                            re.IGNORECASE)


def section_keys(name: str) -> tuple[str, str]:
    """How a section's name is matched: as written (ignoring case, spaces and dashes), then without a leading
    "Grade", "Class", "Classe"… ("7A" finds "Grade 7 A")."""
    return _section_key(name), _section_key(_SECTION_WORDS.sub("", name.strip()))


class SectionFinder:
    """Finds a section by the name a spreadsheet or a person gives it."""

    def __init__(self, sections: Iterable[Section]) -> None:
        self.sections = list(sections)
        self.exact: dict[str, Section] = {}
        loose: dict[str, list[Section]] = defaultdict(list)
        for sec in self.sections:
            exact, bare = section_keys(sec.name)
            self.exact.setdefault(exact, sec)
            loose[bare].append(sec)
        self.loose = {k: v[0] for k, v in loose.items() if len(v) == 1}  # an ambiguous short name finds nothing

    def find(self, name: str) -> Section | None:
        exact, bare = section_keys(name)
        return self.exact.get(exact) or self.loose.get(bare)

    def names(self) -> list[str]:
        return sorted((s.name for s in self.sections), key=_natural)


def roster_year(session: Session, today: dt.date) -> AcademicYear | None:
    """The academic year a roster goes into: the current one (else the one holding today, else the latest)."""
    years = session.execute(select(AcademicYear).where(AcademicYear.deleted.is_(False))).scalars().all()
    if not years:
        return None
    current = [y for y in years if y.current]
    if current:
        return max(current, key=lambda y: y.starts_on)
    holding = [y for y in years if y.starts_on <= today <= y.ends_on]
    return max(holding or years, key=lambda y: y.starts_on)


_MONTHS = {
    **{m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                   "september", "october", "november", "december"], start=1)},
    **{m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                   "dec"], start=1)},
    "sept": 9,
    **{m: i for i, m in enumerate(["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                   "septembre", "octobre", "novembre", "décembre"], start=1)},
    "fevrier": 2, "aout": 8, "decembre": 12, "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7,
}
_NUM_DATE = re.compile(r"(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})")
_WORD_DATE_DMY = re.compile(r"(\d{1,2})(?:st|nd|rd|th|er)?[\s\-/.,]+([^\W\d_]+)\.?[\s\-/.,]+(\d{2,4})")
_WORD_DATE_MDY = re.compile(r"([^\W\d_]+)\.?[\s\-/.]+(\d{1,2})(?:st|nd|rd|th)?,?[\s\-/.]+(\d{4})")
EXCEL_EPOCH = dt.date(1899, 12, 30)


def _year4(y: int, today: dt.date) -> int:
    if y >= 100:
        return y
    return 2000 + y if 2000 + y <= today.year else 1900 + y


def date_order_of(values: Iterable[Any], default: str) -> tuple[str, str]:
    """"dmy" or "mdy" for a column's dates like 03/04/2014, and why (a note), from values that settle it."""
    day_first = month_first = 0
    for v in values:
        if not isinstance(v, str):
            continue
        m = _NUM_DATE.fullmatch(v.strip())
        if not m or len(m.group(1)) == 4:
            continue
        a, b = int(m.group(1)), int(m.group(2))
        day_first += a > 12 >= b
        month_first += b > 12 >= a
    if day_first and not month_first:
        return "dmy", QT_TRANSLATE_NOOP("services.roster_import", "day first (as in 25/03/2014)")
    if month_first and not day_first:
        return "mdy", QT_TRANSLATE_NOOP("services.roster_import", "month first (as in 03/25/2014)")
    return default, QT_TRANSLATE_NOOP("services.roster_import", "day first") if default == "dmy" \
        else QT_TRANSLATE_NOOP("services.roster_import", "month first")


def parse_date(value: Any, order: str = "dmy", today: dt.date | None = None) -> dt.date:
    """A date from a cell: a date, an Excel serial number, or text. Raises ValueError with words."""
    today = today or dt.date.today()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _serial(value)
    text = _text(value)
    if re.fullmatch(r"\d{8}", text) and text[:2] in ("19", "20"):
        return _make_date(int(text[:4]), int(text[4:6]), int(text[6:]), text)
    if re.fullmatch(r"\d{1,5}(\.\d+)?", text):
        return _serial(float(text))
    m = _NUM_DATE.fullmatch(text.split(" ")[0] if re.fullmatch(r"\S+ \d{1,2}:\d{2}(:\d{2})?", text) else text)
    if m:
        a, b, c = m.groups()
        if len(a) == 4:
            return _make_date(int(a), int(b), int(c), text)
        if len(c) not in (2, 4):
            raise ValueError(_not_a_date(text))
        year = _year4(int(c), today)
        day, month = (int(a), int(b)) if order == "dmy" else (int(b), int(a))
        return _make_date(year, month, day, text)
    m = _WORD_DATE_DMY.fullmatch(text)
    if m and m.group(2).casefold() in _MONTHS:
        return _make_date(_year4(int(m.group(3)), today), _MONTHS[m.group(2).casefold()], int(m.group(1)), text)
    m = _WORD_DATE_MDY.fullmatch(text)
    if m and m.group(1).casefold() in _MONTHS:
        return _make_date(int(m.group(3)), _MONTHS[m.group(1).casefold()], int(m.group(2)), text)
    raise ValueError(_not_a_date(text))


def _not_a_date(text: str) -> Sentence:
    return Sentence(QT_TRANSLATE_NOOP("services.roster_import", "\"{text}\" is not a date Daftar can read (write it "
                                      "as 2014-03-25)."), text=text)


def _make_date(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(Sentence(QT_TRANSLATE_NOOP("services.roster_import", "\"{text}\" is not a real date (day "
                                                    "{day}, month {month}, year {year})."),
                                  text=text, day=day, month=month, year=year)) from None


def _serial(number: float) -> dt.date:
    if not 1 <= number < 2_958_466:
        raise ValueError(Sentence(QT_TRANSLATE_NOOP("services.roster_import", "{number} is not a date."),
                                  number=_text(number)))
    return EXCEL_EPOCH + dt.timedelta(days=int(number))


def _name_words(name: str) -> set[str]:
    return {w for w in _header_key_words(name) if len(w) > 1}


def _header_key_words(text: str) -> list[str]:
    s = unicodedata.normalize("NFKD", text).casefold()
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.findall(r"\w+", s)


def split_name(full_name: str) -> tuple[str, str]:
    """Given and family name from a full name: the last word is the family name."""
    words = full_name.split()
    if len(words) < 2:
        return full_name, ""
    return " ".join(words[:-1])[:100], words[-1][:100]


def plan_import(session: Session, source: SourceTable, mapping: Mapping[str, int], *,
                today: dt.date | None = None, progress: Callable[[int, int], None] | None = None) -> ImportPlan:
    """Check every row against the school; nothing is written. See :class:`ImportPlan`."""
    mapping = dict(mapping)
    plan = ImportPlan(source=source, mapping=mapping)
    for sentence in mapping_problems(mapping):
        plan.add_problem(Problem(None, "", sentence))
    if not plan.ok:
        return plan
    for p in source.cell_problems:
        plan.add_problem(p)
    today = today or school_today(session)
    school = session.execute(select(School).where(School.deleted.is_(False))).scalars().first()
    year = roster_year(session, today)
    headers = source.headers

    def cell(row: SourceRow, key: str) -> Any:
        index = mapping.get(key)
        return row.cells[index] if index is not None and index < len(row.cells) else None

    sections = SectionFinder([])
    if year is not None:
        plan.year_name = year.name
        plan.enrolled_from = min(max(today, year.starts_on), year.ends_on)
        sections = SectionFinder(session.execute(select(Section).where(Section.academic_year_id == year.id,
                                                                       Section.deleted.is_(False))).scalars())
    if "section" in mapping and year is None:
        plan.add_problem(Problem(None, headers[mapping["section"]],
                                 Sentence(QT_TRANSLATE_NOOP("services.roster_import", "The school has no academic "
                                                            "year yet, so students cannot be put in sections. Set "
                                                            "the year and its sections up first."))))

    students = {s.admission_no.strip().casefold(): s for s in session.execute(select(Student)).scalars()}
    year_section_ids = {s.id for s in sections.sections}
    unknown_sections: dict[str, int] = {}  # a section name not found → the first row that gave it
    open_enrollments: dict[str, Enrollment] = {}  # student → their open enrollment this year
    all_enrollments: dict[tuple[str, str], Enrollment] = {}
    rolls_in_use: dict[str, dict[int, str]] = defaultdict(dict)  # section → roll → student
    if year_section_ids:
        for e in session.execute(select(Enrollment).where(Enrollment.section_id.in_(year_section_ids))).scalars():
            all_enrollments[(e.student_id, e.section_id)] = e
            if not e.deleted and (e.ends_on is None or e.ends_on >= today):
                open_enrollments[e.student_id] = e
                rolls_in_use[e.section_id][e.roll_no] = e.student_id

    order = "dmy"
    if "date_of_birth" in mapping:
        locale = (school.locale if school is not None else "") or ""
        default = "mdy" if locale in ("en_US", "en_PH", "es_US") else "dmy"
        order, why = date_order_of((cell(r, "date_of_birth") for r in source.rows), default)
        if any(isinstance(cell(r, "date_of_birth"), str) and _NUM_DATE.fullmatch(str(cell(r, "date_of_birth")))
               for r in source.rows[:2000]):
            plan.notes.append(Sentence(QT_TRANSLATE_NOOP("services.roster_import", "Dates like 03/04/2014 were read "
                                                         "{how}."), how=why))

    seen: dict[str, int] = {}
    wanted_rolls: dict[str, dict[int, int]] = defaultdict(dict)  # section → roll → line
    leaving: set[str] = set()  # students this import moves out of their section
    total = len(source.rows)
    for n, row in enumerate(source.rows):
        if progress is not None and n % 500 == 0:
            progress(n, total)
        problems_before = plan.problem_count

        def problem(key: str, message: str, row: SourceRow = row) -> None:
            column = headers[mapping[key]] if key in mapping else FIELD_BY_KEY[key].label
            plan.add_problem(Problem(row.line, column, message))

        values: dict[str, Any] = {}
        for key in ("full_name", "given_name", "family_name", *_STUDENT_TEXT):
            if key in mapping:
                text = _text(cell(row, key))
                limit = FIELD_BY_KEY[key].max_length
                if limit and len(text) > limit:
                    problem(key, Sentence(QT_TRANSLATE_NOOP("services.roster_import", "is {length} characters "
                                                            "long; at most {limit} fit."),
                                          length=len(text), limit=limit))
                elif text:
                    values[key] = text
        admission = _text(cell(row, "admission_no"))
        if not admission:
            problem("admission_no", Sentence(QT_TRANSLATE_NOOP("services.roster_import", "The admission number is "
                                                               "empty; every student needs one.")))
        elif len(admission) > 32:
            problem("admission_no", Sentence(QT_TRANSLATE_NOOP("services.roster_import", "The admission number is "
                                                               "{length} characters long; at most 32 fit."),
                                             length=len(admission)))
        else:
            folded = admission.casefold()
            if folded in seen:
                problem("admission_no", Sentence(QT_TRANSLATE_NOOP("services.roster_import", "Admission number "
                                                                   "{admission_no} is also on row {row}."),
                                                 admission_no=admission, row=seen[folded]))
            else:
                seen[folded] = row.line
        derived: set[str] = set()  # names made from others: written with a new student or a changed name
        if "full_name" not in values:
            given, family = values.get("given_name", ""), values.get("family_name", "")
            if given or family:
                values["full_name"] = f"{given} {family}".strip()[:220]
                derived.add("full_name")
        if not values.get("full_name"):
            problem("full_name" if "full_name" in mapping else "given_name",
                    Sentence(QT_TRANSLATE_NOOP("services.roster_import", "The student's name is empty.")))
        elif "given_name" not in values and "family_name" not in values:
            values["given_name"], values["family_name"] = split_name(values["full_name"])
            derived |= {"given_name", "family_name"}
        elif "given_name" not in values:
            values["given_name"] = values["full_name"].split()[0][:100]
            derived.add("given_name")
        if "gender" in mapping:
            text = _text(cell(row, "gender"))
            if text:
                g = _GENDERS.get(text.casefold())
                if g is None:
                    problem("gender", Sentence(QT_TRANSLATE_NOOP("services.roster_import", "\"{text}\" is not a "
                                                                 "gender Daftar knows (write M or F)."), text=text))
                else:
                    values["gender"] = g
        if "status" in mapping:
            text = _text(cell(row, "status"))
            if text:
                st = _STATUSES.get(text.casefold())
                if st is None:
                    problem("status", Sentence(QT_TRANSLATE_NOOP("services.roster_import", "\"{text}\" is not a "
                                                                 "status (write active, left or graduated)."),
                                               text=text))
                else:
                    values["status"] = st
        if "date_of_birth" in mapping:
            raw = cell(row, "date_of_birth")
            if _text(raw):
                try:
                    born = parse_date(raw, order, today)
                except ValueError as exc:
                    problem("date_of_birth", exc.args[0] if exc.args and isinstance(exc.args[0], str)
                            else str(exc))  # a Sentence, for the UI to translate
                else:
                    if born > today:
                        problem("date_of_birth", Sentence(QT_TRANSLATE_NOOP("services.roster_import",
                                                                            "{born} is in the future."), born=born))
                    elif born.year < 1900:
                        problem("date_of_birth", Sentence(QT_TRANSLATE_NOOP("services.roster_import", "{born} is "
                                                                            "too long ago to be a student's birth."),
                                                          born=born))
                    else:
                        values["date_of_birth"] = born
        if "guardian_email" in values and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", values["guardian_email"]):
            problem("guardian_email", Sentence(QT_TRANSLATE_NOOP("services.roster_import", "\"{email}\" is not an "
                                                                 "email address."), email=values["guardian_email"]))
        section: Section | None = None
        if "section" in mapping and year is not None:
            name = _text(cell(row, "section"))
            if name:
                section = sections.find(name)
                if section is None and _section_key(name) in unknown_sections:
                    problem("section", Sentence(QT_TRANSLATE_NOOP("services.roster_import", "There is no section "
                                                                  "\"{name}\" in {year} (see row {row})."),
                                                name=name, year=year.name, row=unknown_sections[_section_key(name)]))
                elif section is None:
                    unknown_sections[_section_key(name)] = row.line
                    known = sections.names()
                    shown = ", ".join(known[:12]) + (" …" if len(known) > 12 else "")
                    if known:
                        problem("section", Sentence(QT_TRANSLATE_NOOP("services.roster_import", "There is no section "
                                                                      "\"{name}\" in {year} (the sections are "
                                                                      "{sections}). Add it in the school's setup, or "
                                                                      "correct the file."),
                                                    name=name, year=year.name, sections=shown))
                    else:
                        problem("section", Sentence(QT_TRANSLATE_NOOP("services.roster_import", "There is no section "
                                                                      "\"{name}\" in {year} (it has no sections "
                                                                      "yet). Add it in the school's setup, or correct "
                                                                      "the file."), name=name, year=year.name))
        roll: int | None = None
        if "roll_no" in mapping:
            text = _text(cell(row, "roll_no"))
            if text:
                try:
                    roll = int(float(text)) if re.fullmatch(r"\d+(\.0+)?", text) else None
                except ValueError:
                    roll = None
                if roll is None or not 1 <= roll <= 9999:
                    problem("roll_no", Sentence(QT_TRANSLATE_NOOP("services.roster_import", "\"{text}\" is not a "
                                                                  "roll number (a whole number from 1)."), text=text))
                    roll = None
                elif section is None and "section" in mapping and _text(cell(row, "section")):
                    pass  # the section's problem is enough
                elif section is not None:
                    other = wanted_rolls[section.id].get(roll)
                    if other is not None:
                        problem("roll_no", Sentence(QT_TRANSLATE_NOOP("services.roster_import", "Roll number "
                                                                      "{roll} in {section} is also on row {row}."),
                                                    roll=roll, section=section.name, row=other))
                    else:
                        wanted_rolls[section.id][roll] = row.line

        existing = students.get(admission.casefold()) if admission else None
        if existing is not None and existing.deleted:
            problem("admission_no", Sentence(QT_TRANSLATE_NOOP("services.roster_import", "Admission number "
                                                               "{admission_no} belonged to a student removed from "
                                                               "the school; give this student another number."),
                                             admission_no=admission))
            existing = None
            continue
        if existing is not None and values.get("full_name") and \
                not (_name_words(existing.full_name) & _name_words(values["full_name"])):
            problem("admission_no", Sentence(QT_TRANSLATE_NOOP("services.roster_import", "Admission number "
                                                               "{admission_no} is already {student}'s in the "
                                                               "school, but this row names {name}. Check the "
                                                               "number."),
                                             admission_no=existing.admission_no, student=existing.full_name,
                                             name=values["full_name"]))
        if plan.problem_count != problems_before:
            continue

        if existing is None:
            fields = {"admission_no": admission, "given_name": values.get("given_name", ""),
                      "family_name": values.get("family_name", ""), "full_name": values["full_name"],
                      "gender": values.get("gender", ""), "date_of_birth": values.get("date_of_birth"),
                      "status": values.get("status", "active"),
                      **{k: values.get(k, "") for k in _STUDENT_TEXT}}
            plan.new.append(StudentChange(row.line, admission, values["full_name"], None, fields,
                                          section.id if section else None, section.name if section else "", roll))
            continue
        changes: dict[str, Any] = {}
        what: list[str] = []
        for key in ("full_name", "given_name", "family_name", "gender", "date_of_birth", "status",
                    *_STUDENT_TEXT):
            if key in values and key not in derived and getattr(existing, key) != values[key]:
                changes[key] = values[key]
                what.append(CHANGED_WORDS[key])
        if changes.keys() & {"full_name", "given_name", "family_name"}:
            # A changed name: the names made from it change with it.
            for key in derived & {"full_name", "given_name", "family_name"}:
                if getattr(existing, key) != values[key]:
                    changes[key] = values[key]
        change = StudentChange(row.line, existing.admission_no, values.get("full_name") or existing.full_name,
                               existing.id, changes, what=what)
        current = open_enrollments.get(existing.id)
        if section is not None and (current is None or current.section_id != section.id):
            change.section_id, change.section_name, change.roll_no = section.id, section.name, roll
            change.what.append(Sentence(QT_TRANSLATE_NOOP("services.roster_import", "section → {section}"),
                                        section=section.name))
            if current is not None:
                leaving.add(existing.id)
        elif section is not None and roll is not None and current is not None and current.roll_no != roll:
            change.section_id, change.section_name, change.roll_no = section.id, section.name, roll
            change.what.append(Sentence(QT_TRANSLATE_NOOP("services.roster_import", "roll no. → {roll}"), roll=roll))
        if changes or change.section_id is not None:
            plan.changed.append(change)
        else:
            plan.unchanged += 1

    # Roll numbers the file asks for that another student of the section keeps.
    for change in plan.new + plan.changed:
        if change.section_id is None or change.roll_no is None:
            continue
        holder = rolls_in_use[change.section_id].get(change.roll_no)
        if holder is not None and holder != change.student_id and holder not in leaving and \
                not _moves_roll(plan, holder, change.section_id):
            plan.add_problem(Problem(change.line, headers[mapping["roll_no"]],
                                     Sentence(QT_TRANSLATE_NOOP("services.roster_import", "Roll number {roll} in "
                                                                "{section} belongs to another student of the "
                                                                "section."),
                                              roll=change.roll_no, section=change.section_name)))
    if progress is not None:
        progress(total, total)
    if not plan.ok:
        plan.new, plan.changed, plan.unchanged = [], [], 0
    plan.open_enrollments, plan.all_enrollments, plan.rolls_in_use = open_enrollments, all_enrollments, rolls_in_use
    return plan


def _moves_roll(plan: ImportPlan, student_id: str, section_id: str) -> bool:
    """Whether the file gives this student another roll number in the same section."""
    return any(c.student_id == student_id and c.section_id == section_id for c in plan.changed)


def _natural(text: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p.casefold() for p in re.split(r"(\d+)", text))


# --------------------------------------------------------------------------
# Writing it
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int
    enrolled: int

    def describe(self) -> str:
        return (f"Imported: {self.added:,} new student(s), {self.updated:,} updated, "
                f"{self.unchanged:,} already up to date; {self.enrolled:,} put in a section.")


def apply_import(session: Session, actor: Actor, plan: ImportPlan) -> ImportResult:
    """Write a checked plan through the outbox in the caller's transaction.

    Call :func:`plan_import` in the same transaction first (the school may have
    changed since the preview). A plan with problems raises
    :class:`ImportRefused` and writes nothing.
    """
    if actor.role not in ROSTER_ROLES:
        raise ServiceError(
            QT_TRANSLATE_NOOP("services.roster_import", "Only the office or an administrator can import the roster."))
    if not plan.ok:
        raise ImportRefused(plan)
    today = school_today(session)
    starts_on = plan.enrolled_from or today
    open_enrollments, all_enrollments = plan.open_enrollments, plan.all_enrollments
    rolls: dict[str, dict[int, str]] = defaultdict(dict, {k: dict(v) for k, v in plan.rolls_in_use.items()})

    # Rolls freed by students who move away, and those the file gives.
    for c in plan.changed:
        current = open_enrollments.get(c.student_id or "")
        if c.section_id is not None and current is not None and current.section_id != c.section_id:
            rolls[current.section_id].pop(current.roll_no, None)
    for c in plan.new + plan.changed:
        if c.section_id is not None and c.roll_no is not None:
            rolls[c.section_id][c.roll_no] = c.student_id or ""

    def next_roll(section_id: str) -> int:
        taken = rolls[section_id]
        roll = max(taken, default=0) + 1
        taken[roll] = ""
        return roll

    new_students = []
    new_enrollments = []
    for c in plan.new:
        student = Student(id=new_id(), school_id=actor.school_id, **c.fields)
        new_students.append(student)
        c.student_id = student.id
    updated = 0
    enrolled = 0
    for c in plan.changed:
        if c.fields:
            outbox.update(session, actor, session.get(Student, c.student_id), **c.fields)
        updated += 1
    outbox.insert_many(session, actor, new_students)
    for c in plan.new + plan.changed:
        if c.section_id is None:
            continue
        current = open_enrollments.get(c.student_id or "")
        roll = c.roll_no or (current.roll_no if current is not None and current.section_id == c.section_id
                             else None) or next_roll(c.section_id)
        if current is not None and current.section_id == c.section_id:
            outbox.update(session, actor, current, roll_no=roll)
            continue
        if current is not None:
            if current.starts_on >= today:
                outbox.delete(session, actor, current)
            else:
                outbox.update(session, actor, current, ends_on=today - dt.timedelta(days=1))
        earlier = all_enrollments.get((c.student_id or "", c.section_id))
        enrolled += 1
        if earlier is not None:
            outbox.update(session, actor, earlier, ends_on=None, deleted=False, roll_no=roll)
            continue
        new_enrollments.append(Enrollment(school_id=actor.school_id, student_id=c.student_id,
                                          section_id=c.section_id, roll_no=roll,
                                          starts_on=starts_on if current is None else today))
    outbox.insert_many(session, actor, new_enrollments)
    return ImportResult(added=len(new_students), updated=updated, unchanged=plan.unchanged, enrolled=enrolled)


def import_roster(db: Any, actor: Actor, path: Path | str, mapping: Mapping[str, int] | str | None = None, *,
                  dry_run: bool = False, progress: Callable[[int, int], None] | None = None,
                  ) -> tuple[ImportPlan, ImportResult | None]:
    """Read, check and (unless ``dry_run`` or there are problems) import a roster file in one transaction.

    ``db`` is a :class:`app.storage.db.SchoolDB`. Returns the plan, and the
    result when it was written. A file with problems writes nothing.
    """
    source = read_roster_file(path)
    if mapping is None:
        mapping = guess_mapping(source.headers)
    elif isinstance(mapping, str):
        mapping = parse_mapping(mapping, source.headers)
    if dry_run:
        with db.session() as session:
            return plan_import(session, source, mapping, progress=progress), None
    with db.write() as session:
        plan = plan_import(session, source, mapping, progress=progress)
        if not plan.ok:
            return plan, None
        return plan, apply_import(session, actor, plan)
