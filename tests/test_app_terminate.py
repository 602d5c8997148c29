"""SIGTERM (a logout, ``kill``) closes Daftar as its Quit does: the school closed cleanly, nothing lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_sigterm_quits_cleanly_and_the_next_start_finds_the_file_closed_cleanly(tmp_path):
    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    made = subprocess.run([sys.executable, "-m", "app.cli", "--data-dir", str(data), "demo-data", "--size", "small",
                           "--seed", "3"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert made.returncode == 0, made.stderr
    [school] = list((data / "schools").glob("*.daftar"))
    app = subprocess.Popen([sys.executable, "-m", "app.cli", "--data-dir", str(data), "--school", "DEMO"],
                           cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    log = data / "logs" / "daftar.log"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not (log.exists() and "Opened " in log.read_text()):
            assert app.poll() is None, app.stdout.read()
            time.sleep(0.2)
        assert "Opened " in log.read_text(), "the school never opened"
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=60) == 0
    finally:
        if app.poll() is None:
            app.kill()
    assert "Daftar closed" in log.read_text()
    # Closed cleanly: no write-ahead log left, and the file is stamped so the next start skips the long check.
    assert not Path(str(school) + "-wal").exists()
    assert Path(str(school) + "-closed").exists()
