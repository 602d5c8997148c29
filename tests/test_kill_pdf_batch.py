"""Kill tests (issue 5): a PDF batch killed with SIGKILL part way.

A child process reads a section's report cards and its monthly register from
a real school file and writes them as PDFs (a batch of 200 cards: the
section's 5 cards, 40 times, so the batch takes a while), printing each card
as it is drawn. It is killed a few milliseconds after a chosen card, or just
as the file is being written. Afterwards: no file under the final name is
ever truncated or invalid (it is absent, or the previous complete PDF,
byte for byte), nothing in the school file changed, and the next run makes
a complete PDF that ``qpdf --check`` passes with every page.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.services.grades import MarkValue, record_marks
from tests.school import build_small_school
from tests.test_kill_migration import fingerprint, table_columns

ROOT = Path(__file__).resolve().parents[1]
COPIES = 40
TODAY = dt.date.today()

CHILD = """
import dataclasses, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from app.reports.register import save_register_pdf
from app.reports.report_card import save_report_cards
from app.services.registers import monthly_register
from app.services.results import report_card_data
from app.storage.db import open_school
school, term_id, section_id, out, copies = Path(sys.argv[2]), sys.argv[3], sys.argv[4], Path(sys.argv[5]), int(sys.argv[6])
db = open_school(school, school.parent / "backups")
with db.session() as s:
    cards = report_card_data(s, term_id, section_id)
    register = monthly_register(s, section_id, int(sys.argv[7]), int(sys.argv[8]))
db.close()
batch = [dataclasses.replace(c, student_name=f"{c.student_name} ({n + 1})") for n in range(copies) for c in cards]
print("read", flush=True)
save_report_cards(out / "cards.pdf", batch, progress=lambda done, total: print(f"card {done}", flush=True))
print("cards-saved", flush=True)
save_register_pdf(out / "register.pdf", register, printed_on="today")
print("register-saved", flush=True)
"""


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def qpdf_pages(path: Path) -> int:
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    return int(subprocess.run(["qpdf", "--show-npages", str(path)], capture_output=True, text=True,
                              check=True).stdout)


@pytest.fixture
def marked_school(tmp_path):
    school = build_small_school(tmp_path / "school.daftar")
    with school.db.write() as s:
        record_marks(s, school.teacher, school.assessment.id,
                     {st.id: MarkValue("scored", 2500 + 300 * i) for i, st in enumerate(school.students)})
    school.db.close()
    return school


def _child(school, out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(ROOT), str(school.db.path), school.term.id, school.section.id, str(out),
         str(COPIES), str(TODAY.year), str(TODAY.month)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_pdf_batch_killed_part_way_never_leaves_half_a_pdf(marked_school, tmp_path):
    rng = random.Random(5)
    path = marked_school.db.path
    columns = table_columns(path)
    before = fingerprint(path, columns)
    cards = COPIES * len(marked_school.students)
    out = tmp_path / "out"
    out.mkdir()
    # Kill points: cards part way through, the last card (the PDF is being assembled and written),
    # and just after the cards were saved (the register is being drawn and written).
    events = [f"card {rng.randint(2, cards - 2)}" for _ in range(3)] + [f"card {cards}", f"card {cards}",
                                                                         "cards-saved"]
    previous: dict[str, str] = {}
    kills = 0
    for run, event in enumerate(events):
        if run == 2:
            # From here on, a complete file from an earlier run is already under each name.
            finished = _child(marked_school, out)
            assert finished.wait(120) == 0, finished.stderr.read()
            previous = {name: sha(out / name) for name in ("cards.pdf", "register.pdf")}
        child = _child(marked_school, out)
        for line in child.stdout:
            if line.strip() == event:
                time.sleep(rng.uniform(0, 0.05))
                child.send_signal(signal.SIGKILL)
                break
        _out, err = child.communicate(timeout=120)
        assert "Traceback" not in err, err
        kills += child.returncode == -signal.SIGKILL
        for name in ("cards.pdf", "register.pdf"):
            final = out / name
            if name in previous:
                # The complete file of the earlier run, or a complete new one: never a torn one.
                assert final.exists(), f"run {run}: {name} vanished"
                assert sha(final) == previous[name] or qpdf_pages(final) > 0
            elif final.exists():
                qpdf_pages(final)
            if final.exists():
                assert qpdf_pages(final) == (cards if name == "cards.pdf" else 1)
        assert fingerprint(path, columns) == before, f"run {run}: the school file changed"

    # The next run, not killed, makes complete PDFs under the final names (over any .part left).
    done = _child(marked_school, out)
    assert done.wait(120) == 0, done.stderr.read()
    assert qpdf_pages(out / "cards.pdf") == cards
    assert qpdf_pages(out / "register.pdf") == 1
    assert not list(out.glob("*.part"))
    assert fingerprint(path, columns) == before
    text = subprocess.run(["pdftotext", str(out / "cards.pdf"), "-"], capture_output=True, text=True).stdout
    assert f"{marked_school.students[-1].full_name} ({COPIES})" in text  # the last card of the batch is there
    print(f"\nPDF batch kills: {kills} of {len(events)} runs killed part way")
    assert kills == len(events)
