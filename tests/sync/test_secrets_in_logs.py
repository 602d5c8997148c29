"""No password or token in any log line or file (issue 5).

A realistic flow against the real reference server (in this process, so its
log lines land in the same file), with logging at DEBUG into the app's
rotating log: sign in, sync, take a payment and sync it, let the access token
expire so the next sync refreshes it, try a wrong password, resume the
session from the keyring, sign out, and sign in once more. Every access and
refresh token the server handed out is recorded as it arrives; afterwards the
log files and every file in the data folder are searched for the passwords,
each token, and each token's signature part (a cut-off token still leaks).
"""

from __future__ import annotations

import logging
import time
import uuid
from pathlib import Path

import pytest

from app.config import Paths, setup_logging
from app.services.fees import record_payment
from app.sync import client as client_module
from app.sync.account import resume, sign_in, sign_out
from app.sync.client import SyncError
from tests.support.live_server import LiveServer
from tests.sync.conftest import FAST_SCRYPT, PASSWORD, build_server_school

ACCESS_SECONDS = 2
WRONG_PASSWORD = "Tr0ub4dor&3-wrong"


@pytest.fixture(scope="module")
def short_lived(tmp_path_factory):
    """The reference server with access tokens that expire after two seconds."""
    url = "sqlite:///" + str(tmp_path_factory.mktemp("server") / "server.sqlite3")
    with LiveServer(url, scrypt_n=FAST_SCRYPT, rate_per_second=10_000, rate_burst=10_000,
                    jwt_secret="secrets-test-" + uuid.uuid4().hex, access_token_seconds=ACCESS_SECONDS) as live:
        yield live


def _secrets_found(haystack: bytes, secrets: set[str]) -> list[str]:
    return sorted(s[:12] + "…" for s in secrets if s.encode() in haystack)


def test_no_password_or_token_reaches_a_log_or_a_file(short_lived, tmp_path, monkeypatch):
    school = build_server_school(short_lived)
    paths = Paths.default(tmp_path / "data").ensure()
    logfile = setup_logging(paths, logging.DEBUG)
    handed_out: list[tuple[str, str]] = []
    rotate = client_module.Tokens.rotate

    def recording_rotate(self, access: str, refresh: str) -> None:
        handed_out.append((access, refresh))
        rotate(self, access, refresh)

    monkeypatch.setattr(client_module.Tokens, "rotate", recording_rotate)
    try:
        # Sign in and download; a payment, synced.
        signed, first = sign_in(paths, short_lived.base, school.code, "office", PASSWORD, device_name="Front desk")
        assert first.ok, first.describe()
        with signed.db.write() as s:
            record_payment(s, signed.actor, school.ids["student1"], 1500_00, "cash")
        assert signed.engine.sync().ok
        # The access token expires; the next sync refreshes it (a new pair is handed out).
        issued = len(handed_out)
        time.sleep(ACCESS_SECONDS + 1.5)
        report = signed.engine.sync()
        assert report.ok, report.describe()
        assert len(handed_out) > issued, "the expired access token was not refreshed"
        signed.close()
        # A wrong password is refused (and written nowhere).
        with pytest.raises(SyncError):
            sign_in(paths, short_lived.base, school.code, "office", WRONG_PASSWORD)
        # The session again from the keyring, a sync, then sign out; then sign in once more.
        again = resume(paths, school.code)
        assert again.engine.sync().ok
        sign_out(again)
        again.close()
        last, _ = sign_in(paths, short_lived.base, school.code, "office", PASSWORD, first_sync=False)
        last.close()
    finally:
        for handler in logging.getLogger().handlers:
            handler.flush()

    log_text = b"".join(p.read_bytes() for p in sorted(paths.logs.glob("*")) if p.is_file())
    # The log really holds the flow at DEBUG (the search below can find something).
    assert b"DEBUG" in log_text and b"/v1/" in log_text and len(log_text) > 2_000, log_text[:500]
    assert len(handed_out) >= 4
    secrets = {PASSWORD, WRONG_PASSWORD}
    for access, refresh in handed_out:
        secrets |= {access, refresh, access.rsplit(".", 1)[-1]}
        if len(refresh) > 24:
            secrets.add(refresh[-24:])
    assert not _secrets_found(log_text, secrets), "a secret is in the log"
    for path in sorted(p for p in Path(paths.data).rglob("*") if p.is_file()):
        leaked = _secrets_found(path.read_bytes(), secrets)
        assert not leaked, f"{path.name} holds {leaked}"
