"""The session-wide secrets check sees the run's log lines (tests/support/secrets_watch.py, tests/conftest.py).

A token logged at DEBUG by any logger lands in the session's line file and the
same grep that runs at the end of the session finds it, with the token cut
short in the report. (The token here is registered only in this test's own
registry, so the session's check, which knows nothing of it, stays green.)
"""

from __future__ import annotations

import logging
import secrets

from tests.support.secrets_watch import SecretRegistry, find_secrets, grep_file


def test_a_logged_token_or_password_is_found_by_the_session_grep(no_secret_in_any_log_file):
    collector = no_secret_in_any_log_file
    registry = SecretRegistry()
    refresh = secrets.token_urlsafe(32)
    registry.add_token(refresh)
    registry.add_password("a fake pass phrase " + secrets.token_hex(4))
    password = next(iter(registry.passwords))
    logging.getLogger("daftar.fake.module").debug("careless: refresh token %s for user 7", refresh)
    logging.getLogger("daftar.fake.other").debug("careless: signed in with %r", password)
    collector.flush()

    count, hits = grep_file(__import__("pathlib").Path(collector.baseFilename), registry, where="session")
    assert count >= 2
    assert len(hits) == 2, hits
    assert "a token" in hits[0] and "daftar.fake.module DEBUG careless: refresh token" in hits[0]
    assert refresh not in hits[0] and refresh[:6] + "...[redacted]" in hits[0]
    assert "a password" in hits[1] and password not in hits[1]


def test_an_access_token_is_known_by_its_signature_even_cut_from_its_header():
    registry = SecretRegistry()
    signature = secrets.token_urlsafe(32)
    registry.add_token(f"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.{signature}")
    lines = [b"nothing here\n", f"sig={signature} dangling\n".encode(), b"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.\n"]
    hits = list(find_secrets(lines, registry, where="f"))
    assert [h.split(":")[1] for h in hits] == ["2", "3"]
    assert "a token" in hits[0] and signature not in hits[0]
    assert "an access token" in hits[1]  # the shape of one, registered or not
