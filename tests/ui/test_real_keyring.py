"""The real keyring path: a sign-in whose token goes to a real Secret Service (gnome-keyring).

Every other test uses an in-memory keyring. This one starts a private D-Bus
session with ``dbus-run-session``, unlocks a fresh gnome-keyring in it, and
runs a child process that signs in to the real server; after forgetting the
token held in memory, ``resume`` finds it again in the keyring, and signing
out removes it. Skipped where gnome-keyring is not installed
(``apt-get install gnome-keyring dbus-x11``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.support.live_server import LiveServer
from tests.sync.conftest import FAST_SCRYPT, PASSWORD, build_server_school

CHILD = r"""
import sys
import keyring
from app.config import Paths
from app.sync import credentials
from app.sync.account import resume, sign_in, sign_out

root, url, code, password = sys.argv[1:5]
backend = keyring.get_keyring()
print("BACKEND", type(backend).__module__ + "." + type(backend).__name__)
assert credentials.secure_storage_available(), "no usable keyring"
paths = Paths.default(root).ensure()
signed, report = sign_in(paths, url, code, "office", password, first_sync=False)
account = signed.client.tokens.account
signed.close()
credentials.clear_memory()  # as after a restart: only the keyring has it now
stored = keyring.get_password(credentials.SERVICE, account)
print("STORED", bool(stored))
again = resume(paths, code)
print("RESUMED", again.user["username"])
sign_out(again)
credentials.clear_memory()
print("AFTER_SIGN_OUT", keyring.get_password(credentials.SERVICE, account) is None)
again.close()
"""

def test_a_sign_in_keeps_its_token_in_a_real_secret_service(tmp_path):
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        pytest.fail("A real Secret Service is needed: apt-get install gnome-keyring dbus-x11 "
                    "(python3 dev.py test installs them when run as root).")
    with LiveServer("sqlite:///" + str(tmp_path / "server.sqlite3"), scrypt_n=FAST_SCRYPT,
                    rate_per_second=10_000, rate_burst=10_000, jwt_secret="kr-" + uuid.uuid4().hex) as live:
        school = build_server_school(live)
        root = Path(__file__).resolve().parents[2]
        home = tmp_path / "home"
        (home / ".local" / "share" / "keyrings").mkdir(parents=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "PYTHON_KEYRING", "XDG_"))}
        env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"),
                   XDG_RUNTIME_DIR=str(tmp_path / "run"), PYTHONPATH=str(root))
        (tmp_path / "run").mkdir(mode=0o700)
        script = tmp_path / "child.py"
        script.write_text(CHILD, encoding="utf-8")
        command = (
            "printf 'test-keyring-password' | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
            f'"{sys.executable}" "{script}" "{tmp_path / "data"}" "{live.base}" "{school.code}" "{PASSWORD}"'
        )
        done = subprocess.run(["dbus-run-session", "--", "sh", "-c", command], capture_output=True, text=True,
                              timeout=120, env=env, cwd=root)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    assert "SecretService" in lines["BACKEND"]
    assert lines["STORED"] == "True"
    assert lines["RESUMED"] == "office"
    assert lines["AFTER_SIGN_OUT"] == "True"
