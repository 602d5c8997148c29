"""``daftar import-roster`` and ``daftar export``, run as a script runs them: a child process, exit codes, words."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.school import build_small_school

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data" / "import"


def daftar(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", "--data-dir", str(data_dir), "--lang", "en_US", *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


@pytest.fixture
def data_dir(tmp_path) -> Path:
    """A data folder holding the small test school as TST."""
    root = tmp_path / "data"
    school = build_small_school(tmp_path / "made" / "tst.daftar")
    school.db.close()
    (root / "schools").mkdir(parents=True)
    shutil.copy(school.db.path, root / "schools" / "tst.daftar")
    return root


def count(data_dir: Path, sql: str) -> int:
    conn = sqlite3.connect(f"file:{data_dir / 'schools' / 'tst.daftar'}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def test_import_roster_dry_run_then_for_real_then_again(data_dir):
    roster = DATA / "roster_french_cp1252.csv"
    out = daftar(data_dir, "import-roster", str(roster), "--school", "TST", "--dry-run")
    assert out.returncode == 0, out.stderr
    assert "3 new student(s), 2 to update, 0 already up to date." in out.stdout
    assert "Nothing was written (--dry-run)." in out.stdout
    assert count(data_dir, "SELECT count(*) FROM students") == 5 and count(data_dir, "SELECT count(*) FROM outbox") == 0

    out = daftar(data_dir, "import-roster", str(roster), "--school", "TST")
    assert out.returncode == 0, out.stderr
    assert "Imported: 3 new student(s), 2 updated, 0 already up to date; 3 put in a section." in out.stdout
    assert count(data_dir, "SELECT count(*) FROM students") == 8
    entries = count(data_dir, "SELECT count(*) FROM outbox")
    assert entries == 8

    out = daftar(data_dir, "import-roster", str(roster), "--school", "TST")
    assert out.returncode == 0 and "0 new student(s), 0 updated, 5 already up to date" in out.stdout
    assert count(data_dir, "SELECT count(*) FROM outbox") == entries


def test_import_roster_with_problems_exits_1_and_writes_nothing(data_dir, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("Adm,Pupil,Grp\nB1,Ali Raza,9 Z\nB1,Ali Khan,7 A\n", encoding="utf-8")
    out = daftar(data_dir, "import-roster", str(bad), "--school", "TST", "--mapping", "admission_no=Adm",
                 "--mapping", "full_name=B,section=Grp")
    assert out.returncode == 1
    assert "2 problem(s); nothing was imported:" in out.stdout
    assert "Row 2, Grp: There is no section \"9 Z\"" in out.stdout
    assert "Row 3, Adm: Admission number B1 is also on row 2." in out.stdout
    assert count(data_dir, "SELECT count(*) FROM students") == 5 and count(data_dir, "SELECT count(*) FROM outbox") == 0


@pytest.mark.parametrize("args, words", [
    (["import-roster", "nowhere.csv", "--school", "TST"], "There is no file nowhere.csv there."),
    (["import-roster", "x.csv", "--school", "NOPE"], "There is no school file for NOPE"),
    (["import-roster", str(DATA / "roster_messy.xlsx"), "--school", "TST", "--mapping", "colour=A"],
     "\"colour\" is not a roster field"),
    (["export", "register", "--school", "TST", "--to", "r.csv"], "daftar export register needs --section."),
    (["export", "register", "--school", "TST", "--section", "9 Z", "--to", "r.csv"], "There is no section \"9 Z\""),
    (["export", "register", "--school", "TST", "--section", "7 A", "--month", "Nov", "--to", "r.csv"],
     "--month Nov is not a month like 2026-11."),
    (["export", "ledger", "--school", "TST", "--student", "Z9", "--to", "l.xlsx"],
     "There is no student with admission number Z9"),
    (["export", "defaulters", "--school", "TST", "--to", "d.pdf"], "Daftar exports to .csv or .xlsx"),
])
def test_mistakes_are_told_in_words_with_exit_status_2(data_dir, tmp_path, args, words):
    args = [str(tmp_path / a) if a.endswith((".csv", ".xlsx", ".pdf")) and "/" not in a else a for a in args]
    out = daftar(data_dir, *args)
    assert out.returncode == 2, out.stdout + out.stderr
    assert words in out.stderr and "Traceback" not in out.stderr


def test_export_each_kind(data_dir, tmp_path):
    cases = {
        "register": ["--section", "7a"],
        "marks": ["--section", "7 A", "--term", "Term 1", "--subject", "MATH"],
        "results": ["--section", "7 A", "--term", "term 1"],
        "ledger": ["--student", "A002"],
        "day-book": [],
        "defaulters": ["--overdue-only"],
    }
    for what, options in cases.items():
        target = tmp_path / f"{what}.xlsx"
        out = daftar(data_dir, "export", what, "--school", "TST", "--to", str(target), *options)
        assert out.returncode == 0, (what, out.stderr)
        assert out.stdout.startswith(f"Wrote {what} (") and str(target) in out.stdout
        wb = load_workbook(target)
        assert wb.worksheets[0].max_row >= 1
    assert [c.value for c in load_workbook(tmp_path / "ledger.xlsx").worksheets[0]["E"]][1:3] == [500, 300]
    defaulters = load_workbook(tmp_path / "defaulters.xlsx").worksheets[0]
    assert defaulters.max_row == 6 and defaulters.cell(2, 8).value == 500  # everyone owes the overdue 500.00
    csv_out = daftar(data_dir, "export", "defaulters", "--school", "TST", "--to", str(tmp_path / "d.csv"))
    assert csv_out.returncode == 0
    lines = (tmp_path / "d.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 6 and lines[1].split(",")[6] == "800.00"


def test_help_names_the_new_commands():
    out = subprocess.run([sys.executable, "main.py", "--lang", "en_US", "--help"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert "import-roster" in out.stdout and "export" in out.stdout
    out = subprocess.run([sys.executable, "main.py", "--lang", "en_US", "export", "--help"], capture_output=True, text=True, cwd=ROOT,
                         timeout=60)
    for word in ("register", "day-book", "defaulters", "--section", "--month", "--term", "--student", "--day"):
        assert word in out.stdout
