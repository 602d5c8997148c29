"""``daftar sync`` says its report in the person's language, against the real reference server."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.sync.conftest import SYNC_CHILD, share_keyring

ROOT = Path(__file__).resolve().parents[2]


def test_daftar_sync_reports_in_french(server_school, devices, tmp_path):
    from app.services.fees import record_payment

    office = devices(server_school, "office")
    office.write(record_payment, server_school.ids["student3"], 75_00, "cash")
    office.close()
    shared = share_keyring(tmp_path / "keyring.json")
    french = SYNC_CHILD.replace('"--lang", "en_US"', '"--lang", "fr_FR"')
    assert french != SYNC_CHILD
    out = subprocess.run([sys.executable, "-c", french, str(ROOT), str(shared.path), str(office.paths.data),
                          server_school.code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.splitlines()
    assert "2 modifications envoyées : 2 appliquées, 0 fusionnées, 0 en conflit, 0 refusées." in lines, lines
    assert any(line.startswith("Durée : ") and line.endswith(" s.") and "," in line for line in lines), lines
    assert not any(line.startswith(("Sent ", "Received ", "Took ")) for line in lines), lines
