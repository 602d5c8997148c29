"""The command line, as a person runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args, env=None, timeout=60, **kw):
    """``python *args``, in English unless ``env`` or ``--lang`` says otherwise (whatever this computer speaks)."""
    env = {**os.environ, "DAFTAR_LANG": "en_US"} if env is None else env
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=ROOT, timeout=timeout, env=env,
                          **kw)


def test_main_py_help_describes_commands_and_options():
    out = run("main.py", "--help")
    assert out.returncode == 0
    for word in ("--data-dir", "--demo", "demo-data", "check", "offline-first"):
        assert word in out.stdout


def test_sub_command_help():
    out = run("main.py", "demo-data", "--help")
    assert out.returncode == 0 and "--size" in out.stdout and "large" in out.stdout


def test_check_reports_a_bad_file_in_words_and_keeps_it(tmp_path):
    bad = tmp_path / "notes.daftar"
    bad.write_text("not a school")
    out = run("main.py", "--data-dir", str(tmp_path / "d"), "check", str(bad))
    assert out.returncode == 2
    assert "not a Daftar school file" in out.stderr and "Traceback" not in out.stderr
    assert bad.read_text() == "not a school"


def test_check_accepts_a_healthy_file(school, tmp_path):
    school.db.close()
    out = run("main.py", "--data-dir", str(tmp_path / "d"), "check", str(school.db.path))
    assert out.returncode == 0, out.stderr
    assert "healthy" in out.stdout
