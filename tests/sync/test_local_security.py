"""Secrets stay secret: keyring or memory only, offline unlock by verifier, logs redacted."""

from __future__ import annotations

import logging

import keyring
from keyring.backends import fail

from app.config import Paths, setup_logging
from app.sync import credentials
from app.sync.unlock import check_password, known_users, save_verifier


def test_refresh_token_goes_to_the_keyring(memory_keyring):
    acct = credentials.account("https://sis.example.org/", "demo", "office1")
    assert credentials.secure_storage_available()
    assert credentials.save_refresh_token(acct, "r-123") is True
    assert memory_keyring.secrets[("Daftar", "https://sis.example.org|DEMO|office1")] == "r-123"
    credentials.clear_memory()
    assert credentials.load_refresh_token(acct) == "r-123"  # read back from the keyring
    credentials.forget_refresh_token(acct)
    assert credentials.load_refresh_token(acct) is None and not memory_keyring.secrets


def test_without_a_keyring_backend_tokens_live_in_memory_only(tmp_path):
    keyring.set_keyring(fail.Keyring())
    assert not credentials.secure_storage_available()
    acct = credentials.account("https://x", "S", "u")
    assert credentials.save_refresh_token(acct, "r-secret") is False
    assert credentials.load_refresh_token(acct) == "r-secret"
    credentials.clear_memory()  # Daftar closed: the token is gone, nothing on disk
    assert credentials.load_refresh_token(acct) is None


def test_offline_unlock_checks_the_password_without_keeping_it(school, production_unlock_cost):
    with school.db.write() as s:
        save_verifier(s, school.teacher.user_id, "teacher", "correct horse")
    with school.db.session() as s:
        # The verifier costs an attacker what the app ships with: scrypt at N=2**15, r=8 (32 MiB a guess).
        from app.storage.models import LocalCredential

        assert s.get(LocalCredential, "teacher").params == production_unlock_cost
        assert production_unlock_cost["n"] >= 2**15 and production_unlock_cost["r"] >= 8
    with school.db.session() as s:
        assert check_password(s, "teacher", "correct horse") == school.teacher.user_id
        assert check_password(s, "teacher", "Correct horse") is None
        assert check_password(s, "nobody", "correct horse") is None
        assert known_users(s) == ["teacher"]
    school.db.close()
    raw = b"".join(p.read_bytes() for p in school.db.path.parent.glob("school.daftar*"))
    assert b"correct horse" not in raw


def test_tokens_and_passwords_are_redacted_from_logs(tmp_path):
    paths = Paths.default(tmp_path)
    logfile = setup_logging(paths)
    log = logging.getLogger("daftar.test")
    log.warning("sent Authorization: Bearer eyJhbGciOi.secret.sig")
    log.warning('body {"refresh_token": "r-very-secret", "password": "hunter2"}')
    for h in logging.getLogger().handlers:
        h.flush()
    text = logfile.read_text()
    assert "eyJhbGciOi.secret.sig" not in text and "r-very-secret" not in text and "hunter2" not in text
    assert text.count("[redacted]") == 3
