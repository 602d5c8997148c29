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
