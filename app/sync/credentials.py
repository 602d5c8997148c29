"""Secrets: refresh tokens in the OS keyring, or in memory only (DESIGN.md §7).

Every keyring call goes through this module, under one lock (backends are not
thread-safe), and should be made off the UI thread. Where the machine has no
usable keyring backend, tokens are kept in this process's memory only and
:func:`secure_storage_available` says so, so the app can tell the person they
will have to sign in again after closing Daftar. Nothing secret is ever
written to a file by Daftar, and ``keyrings.alt``'s plaintext file is never
used as a fallback.
"""

from __future__ import annotations

import logging
import threading

import keyring
import keyring.errors

log = logging.getLogger(__name__)

SERVICE = "Daftar"
_lock = threading.Lock()
_memory: dict[str, str] = {}


def _usable_backend() -> bool:
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if name.startswith(("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")):
        return False
    try:
        return float(backend.priority) >= 1  # type: ignore[attr-defined]
    except Exception:  # a chainer or a backend without priority: trust it
        return True


def secure_storage_available() -> bool:
    with _lock:
        return _usable_backend()


def account(server_url: str, school_code: str, username: str) -> str:
    return f"{server_url.rstrip('/')}|{school_code.upper()}|{username}"


def save_refresh_token(acct: str, token: str) -> bool:
    """Keep a refresh token; return True when it went to the OS keyring."""
    with _lock:
        _memory[acct] = token
        if not _usable_backend():
            return False
        try:
            keyring.set_password(SERVICE, acct, token)
            return True
        except keyring.errors.KeyringError as exc:
            log.warning("The keyring refused to store a token (%s); keeping it in memory only", type(exc).__name__)
            return False


def load_refresh_token(acct: str) -> str | None:
    with _lock:
        if acct in _memory:
            return _memory[acct]
        if not _usable_backend():
            return None
        try:
            token = keyring.get_password(SERVICE, acct)
        except keyring.errors.KeyringError as exc:
            log.warning("The keyring could not be read (%s)", type(exc).__name__)
            return None
        if token:
            _memory[acct] = token
        return token


def forget_refresh_token(acct: str) -> None:
    with _lock:
        _memory.pop(acct, None)
        if not _usable_backend():
            return
        try:
            keyring.delete_password(SERVICE, acct)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            log.warning("The keyring could not delete a token (%s)", type(exc).__name__)


def clear_memory() -> None:
    """Forget tokens held in memory (tests; sign-out of every user)."""
    with _lock:
        _memory.clear()
