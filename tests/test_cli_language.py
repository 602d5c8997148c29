"""The command line speaks the person's language: ``--lang``, else ``DAFTAR_LANG``, else the settings'."""

from __future__ import annotations

import os

from tests.test_cli import run


def test_check_and_backup_speak_french_with_lang(school, tmp_path):
    school.db.close()
    data = str(tmp_path / "d")
    out = run("main.py", "--data-dir", data, "--lang", "fr_FR", "check", str(school.db.path))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"{school.db.path} : un fichier d’école Daftar en bon état, à jour."
    bad = tmp_path / "notes.daftar"
    bad.write_text("not a school")
    out = run("main.py", "--data-dir", data, "--lang", "fr_FR", "check", str(bad))
    assert out.returncode == 2 and "n’est pas un fichier d’école Daftar" in out.stderr, out.stderr
    assert "Traceback" not in out.stderr
    out = run("main.py", "--data-dir", data, "--lang", "fr_FR", "backup", "--school", "NOPE")
    assert out.returncode == 2 and out.stderr.startswith("Il n’y a pas de fichier d’école pour NOPE"), out.stderr


def test_the_language_comes_from_daftar_lang_too_and_english_stays_english(tmp_path):
    data = str(tmp_path / "d")
    urdu = run("main.py", "--data-dir", data, "backup", "--school", "NOPE",
               env={**os.environ, "DAFTAR_LANG": "ur_PK"})
    assert urdu.returncode == 2 and urdu.stderr.startswith("NOPE کی کوئی اسکول فائل نہیں ہے"), urdu.stderr
    english = run("main.py", "--data-dir", data, "--lang", "en_US", "backup", "--school", "NOPE")
    assert english.stderr.startswith("There is no school file for NOPE"), english.stderr


def test_backup_list_and_restore_report_in_french_and_urdu(tmp_path):
    from app.config import Paths
    from tests.school import build_small_school

    data = tmp_path / "d"
    paths = Paths.default(data).ensure()
    build_small_school(paths.school_file("TST")).db.close()

    def daftar(lang, *args):
        return run("main.py", "--data-dir", str(data), "--lang", lang, *args)

    assert daftar("fr_FR", "backup", "--school", "TST").stdout.startswith("Sauvegardé dans ")
    listed = daftar("ur_PK", "backup", "--school", "TST", "--list")
    assert listed.returncode == 0, listed.stderr
    [line] = listed.stdout.splitlines()
    assert " UTC  دستی  " in line and line.endswith(".daftar"), line
    restored = daftar("fr_FR", "restore", "--school", "TST")
    assert restored.returncode == 0, restored.stderr
    said = restored.stdout.splitlines()
    assert said[0].startswith("École restaurée à partir de la sauvegarde tst-manual-"), said
    assert said[1].startswith("Le fichier remplacé est gardé sous le nom tst-replaced-"), said
    english = daftar("en_US", "restore", "--school", "TST")
    assert english.stdout.startswith("Restored the school from the backup tst-manual-"), english.stdout


def test_help_and_a_mistake_in_french():
    helped = run("main.py", "--lang", "fr_FR", "backup", "--help")
    assert helped.returncode == 0, helped.stderr
    text = " ".join(helped.stdout.split())  # argparse wraps the lines to the terminal's width
    assert text.startswith("utilisation : daftar backup [-h] --school CODE"), text
    assert "Copier le fichier d’une école dans le dossier des sauvegardes" in text
    assert "afficher cette aide et quitter" in text
    assert "lister les sauvegardes de l’école, la plus récente d’abord" in text
    wrong = run("main.py", "--lang", "fr_FR", "demo-data", "--size", "huge")
    assert wrong.returncode == 2
    assert "daftar demo-data : erreur : argument --size : choix non valable : 'huge'" in wrong.stderr, wrong.stderr
    english = run("main.py", "--lang", "en_US", "backup", "--help")
    assert "usage: daftar backup" in english.stdout and "list the school's backups" in english.stdout


def test_demo_data_summary_in_urdu(tmp_path):
    out = run("main.py", "--data-dir", str(tmp_path / "d"), "--lang", "ur_PK", "demo-data", "--size", "small",
              "--seed", "3", timeout=300)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("ڈیمو اسکول (small، سیڈ 3) ") and lines[0].endswith(" میں لکھ دیا گیا"), lines
    assert lines[1].strip().startswith("طلبہ: 300، ") and lines[1].endswith(" سیکشنوں میں"), lines
    payments = lines[4].strip()  # how many depends on the day: the demo's year runs to today
    assert payments.startswith("ادائیگیاں: ") and " منسوخ)، " in payments and payments.endswith(" انوائسیں"), lines
    assert "teacher1/teacher1 (استاد)" in lines[-1] and "admin1/admin1 (ایڈمن)" in lines[-1], lines
    # The people are listed with Urdu's comma and its "and", not English's.
    assert "، " in lines[-1] and ", " not in lines[-1] and " اور " in lines[-1], lines


SYNC_REPORT = """
import sys
sys.path.insert(0, sys.argv[1])
from app.cli_words import speak, sync_report
from app.config import Paths
from app.sync.status import SyncReport
speak(Paths.default(sys.argv[2]), sys.argv[3])
print(sync_report(SyncReport(pushed=1, applied=1, pulled=120, reset=True, dropped=3, resent=2, seconds=1.5,
                             repaired=["attendance_marks", "fee_heads", "server_conflicts"])))
"""


def test_every_line_of_a_sync_report_in_urdu_and_english(tmp_path):
    from tests.test_cli import ROOT

    def said(lang):
        out = run("-c", SYNC_REPORT, str(ROOT), str(tmp_path / "d"), lang)
        assert out.returncode == 0, out.stderr
        return out.stdout.splitlines()

    assert said("ur_PK") == [
        "1 تبدیلی بھیجی گئی: 1 لاگو، 0 ضم، 0 میں تضاد، 0 مسترد۔",
        "120 تبدیلیاں وصول ہوئیں، یعنی جو کچھ یہ کمپیوٹر دیکھ سکتا ہے اس کا پورا ڈاؤن لوڈ۔",
        "3 قطاریں ہٹا دی گئیں جو یہ کمپیوٹر اب نہیں دیکھ سکتا۔",
        "سرور ایک پرانے بیک اپ سے بحال کیا گیا تھا: اس سے ضائع ہونے والی 2 تبدیلیاں دوبارہ بھیج دی گئیں۔",
        f"چیک سم میں فرق کے بعد دوبارہ ڈاؤن لوڈ کیا گیا: {said_urdu_kinds()}۔",
        "1.50 سیکنڈ لگے۔",
    ]
    assert said("en_US") == [
        "Sent 1 change: 1 applied, 0 merged, 0 in conflict, 0 refused.",
        "Received 120 changes, a full download of what this computer may see.",
        "Removed 3 rows this computer may no longer see.",
        "The server had been restored from an older backup: 2 changes it had lost were sent again.",
        "Downloaded again after a checksum difference: attendance mark, fee head, server_conflicts.",
        "Took 1.50 s.",
    ]


def said_urdu_kinds() -> str:
    """The server's words for an attendance mark and a fee head, as daftar_ur.ts has them."""
    import xml.etree.ElementTree as ET

    from tests.test_cli import ROOT

    tree = ET.parse(ROOT / "resources" / "translations" / "daftar_ur.ts")
    words = {m.findtext("source"): m.findtext("translation") for ctx in tree.iter("context")
             if ctx.findtext("name") == "ServerReasons" for m in ctx.iter("message")}
    return ", ".join((words["attendance mark"], words["fee head"], "server_conflicts"))
