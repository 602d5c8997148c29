"""Makes the roster files of this folder, as schools' spreadsheets really are.

Run once (``python tests/data/import/make_files.py``); the files are kept in
the repository so the tests read fixed bytes. They fit the small test school
(``tests/school.py``): sections "7 A" and "7 B", students A001–A005.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

HEADER_EN = ["Admission No", "Student Name", "Class", "Roll No", "Gender", "Date of Birth", "Father's Name", "Mobile"]
ROWS = [
    # A001 exists in the test school: its phone changes; A002 is as the school has it.
    ["A001", "Ayesha Khan", "7 A", "1", "F", "25/03/2014", "Imran Khan", "+923000000001"],
    ["A002", "Omar Haddad", "7 A", "2", "M", "", "", "+923000000002"],
    ["B101", "Zainab Bibi", "7 B", "", "F", "02/11/2013", "Muhammad Aslam", "0300 1234567"],
    ["B102", "José Müller", "7b", "", "M", "2014-01-09", "Hans Müller", "0301 7654321"],
    ["B103", "Fatima Noor", "7-A", "", "girl", "14 March 2014", "Noor Ahmed", ""],
]


def utf8_bom() -> None:
    urdu = ["داخلہ نمبر", "نام", "جماعت", "رول نمبر", "جنس", "تاریخ پیدائش", "والد کا نام", "موبائل"]
    lines = [",".join(urdu)] + [",".join(r) for r in ROWS]
    (HERE / "roster_urdu_headers_utf8_bom.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))


def cp1252_semicolons() -> None:
    french = ["Matricule", "Nom et prénom", "Classe", "N° d'ordre", "Sexe", "Date de naissance", "Tuteur",
              "Téléphone"]
    lines = [";".join(french), ""] + [";".join(r) for r in ROWS] + ["", ""]
    (HERE / "roster_french_cp1252.csv").write_bytes("\r\n".join(lines).encode("cp1252"))


def utf16_excel_text() -> None:
    lines = ["\t".join(HEADER_EN)] + ["\t".join(r) for r in ROWS]
    (HERE / "roster_excel_unicode.txt").write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))


def messy_xlsx() -> None:
    """A title merged over the table, blank rows, a section merged down, dates of every kind, formulas."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Roster"
    ws.append(["Green Hills School — roster 2026"])
    ws.merge_cells("A1:H1")
    ws.append([])
    ws.append(HEADER_EN)
    ws.append([1001, "Ayesha Siddiqui", "7 A", None, "F", dt.datetime(2014, 3, 25), "Imran Khan", "+923000000001"])
    ws.append([])
    ws.append(["B201", "Hamza Ali", "7 B", None, "M", 41711, "Ali Raza", "0300 1111111"])  # an Excel serial
    ws.append(["B202", "Maryam Iqbal", None, None, "F", "09/01/2014", "Iqbal", "0300 2222222"])
    ws.append(["B203", "Usman Tariq", None, None, "M", "2013-12-31", "Tariq", "0300 3333333"])
    ws.merge_cells("C6:C8")  # "7 B" for the three of them
    ws.append(["B204", "=\"Sana \"&\"Javed\"", "7 A", "=3+3", "F", "=DATE(2014,5,6)", "Javed", "0300 4444444"])
    wb.save(HERE / "roster_messy.xlsx")
    _with_saved_results(HERE / "roster_messy.xlsx", {"B9": ("str", "Sana Javed"), "D9": ("n", "6"),
                                                     "F9": ("n", "41765")})


def formula_without_result() -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(HEADER_EN)
    ws.append(["B301", "Ali Hassan", "7 A", None, "M", "=DATE(2014,2,3)", "Hassan", "0300 5555555"])
    wb.save(HERE / "roster_formula_no_result.xlsx")


def _with_saved_results(path: Path, results: dict[str, tuple[str, str]]) -> None:
    """Add the cached results a spreadsheet saves beside each formula (openpyxl writes none)."""
    src = zipfile.ZipFile(path)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                for ref, (kind, value) in results.items():
                    pattern = re.compile(rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/?>(</v>)?')
                    text, n = pattern.subn(
                        lambda m, kind=kind, value=value: f'<c r="{ref}"{_typed(m.group(1), kind)}><f>'
                        f"{m.group(2)}</f><v>{value}</v>", text)
                    if n == 0:
                        pattern = re.compile(rf'<c r="{ref}"([^>]*)><f>(.*?)</f></c>')
                        text, n = pattern.subn(
                            lambda m, kind=kind, value=value: f'<c r="{ref}"{_typed(m.group(1), kind)}><f>'
                            f"{m.group(2)}</f><v>{value}</v></c>", text)
                    assert n == 1, ref
                data = text.encode()
            dst.writestr(item, data)
    src.close()
    path.write_bytes(out.getvalue())


def _typed(attrs: str, kind: str) -> str:
    attrs = re.sub(r'\s+t="[^"]*"', "", attrs)
    return attrs + (' t="str"' if kind == "str" else "")


if __name__ == "__main__":
    utf8_bom()
    cp1252_semicolons()
    utf16_excel_text()
    messy_xlsx()
    formula_without_result()
    print("made", ", ".join(sorted(p.name for p in HERE.iterdir() if p.suffix != ".py")))
