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
