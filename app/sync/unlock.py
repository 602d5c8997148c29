"""Offline unlock (DESIGN.md §7): a local salted scrypt verifier per user.

After a first online sign-in, a person can open Daftar with no connection by
typing their password; it is checked against this verifier, never stored.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from sqlalchemy.orm import Session

from app.services.clock import device_now
from app.storage.models import LocalCredential

# OWASP's scrypt minimum is N=2**17 with r=8; N=2**15 keeps an unlock under
# ~0.1 s on a cheap laptop while still costing an attacker 32 MiB per guess.
SCRYPT = {"n": 2**15, "r": 8, "p": 1, "dklen": 32}


def _derive(password: str, salt: bytes, params: dict) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=params["n"], r=params["r"], p=params["p"],
        dklen=params["dklen"], maxmem=256 * 1024 * 1024,
    )


def save_verifier(session: Session, user_id: str, username: str, password: str) -> None:
    salt = os.urandom(16)
    row = session.get(LocalCredential, username)
    if row is None:
        row = LocalCredential(username=username)
        session.add(row)
    row.user_id = user_id
    row.salt = salt
    row.params = dict(SCRYPT)
    row.verifier = _derive(password, salt, SCRYPT)
    row.updated_at = device_now()


def check_password(session: Session, username: str, password: str) -> str | None:
    """The user id when ``password`` is right for ``username`` on this computer, else None."""
    row = session.get(LocalCredential, username)
    if row is None:
        return None
    candidate = _derive(password, row.salt, row.params)
    return row.user_id if hmac.compare_digest(candidate, row.verifier) else None


def known_users(session: Session) -> list[str]:
    from sqlalchemy import select

    return list(session.execute(select(LocalCredential.username).order_by(LocalCredential.username)).scalars())
