"""The server's settings, typed and with defaults, in one place.

Every value may come from the command line or from an environment variable
(``DAFTAR_SERVER_*``); see ``server/README.md``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    return int(raw) if raw not in (None, "") else default


def _env_float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    return float(raw) if raw not in (None, "") else default


#: The shortest token secret accepted, in bytes: an HS256 key shorter than the hash's output is weaker
#: than the signature it makes (RFC 7518, section 3.2).
MIN_SECRET_BYTES = 32


class SettingsError(ValueError):
    """A setting the server cannot start with; the message says which and what to do."""


@dataclass
class Settings:
    database_url: str = field(default_factory=lambda: os.environ.get("DAFTAR_SERVER_DATABASE_URL", "sqlite:///daftar-server.sqlite3"))  # noqa: E501
    #: HS256 secret for access tokens. Empty: generated once and kept in the database.
    jwt_secret: str = field(default_factory=lambda: os.environ.get("DAFTAR_SERVER_SECRET", ""))
    access_token_seconds: int = field(default_factory=lambda: _env_int("DAFTAR_SERVER_ACCESS_SECONDS", 15 * 60))
    refresh_token_days: int = field(default_factory=lambda: _env_int("DAFTAR_SERVER_REFRESH_DAYS", 30))
    #: A refresh token spent this many seconds ago may be exchanged again while the token it was
    #: exchanged for has never been used: the client died (or lost the answer) before keeping it.
    #: 0 makes every second use revoke the family at once.
    refresh_reuse_grace_seconds: int = field(default_factory=lambda: _env_int("DAFTAR_SERVER_REFRESH_GRACE", 60))
    #: Per-token request rate: a bucket of ``rate_burst`` refilled at ``rate_per_second``.
    rate_per_second: float = field(default_factory=lambda: _env_float("DAFTAR_SERVER_RATE_PER_SECOND", 20.0))
    rate_burst: int = field(default_factory=lambda: _env_int("DAFTAR_SERVER_RATE_BURST", 120))
    #: Failed sign-ins allowed per user (and, ``login_ip_failures``, per address) in ``login_window_seconds``.
    login_user_failures: int = field(default_factory=lambda: _env_int("DAFTAR_SERVER_LOGIN_USER_FAILURES", 5))
    login_ip_failures: int = field(default_factory=lambda: _env_int("DAFTAR_SERVER_LOGIN_IP_FAILURES", 30))
    login_window_seconds: int = field(default_factory=lambda: _env_int("DAFTAR_SERVER_LOGIN_WINDOW", 15 * 60))
    #: Largest request body accepted, in bytes.
    max_body_bytes: int = field(default_factory=lambda: _env_int("DAFTAR_SERVER_MAX_BODY", 8 * 1024 * 1024))
    #: scrypt cost (2**14 in production; tests may lower it).
    scrypt_n: int = field(default_factory=lambda: _env_int("DAFTAR_SERVER_SCRYPT_N", 2**14))
    apply_migrations: bool = True

    def check(self) -> None:
        """Raise :class:`SettingsError` for a setting the server must not start with."""
        size = len(self.jwt_secret.encode())
        if 0 < size < MIN_SECRET_BYTES:
            raise SettingsError(
                f"DAFTAR_SERVER_SECRET is {size} bytes long; a token secret must be at least {MIN_SECRET_BYTES}. "
                "Leave it unset and the server makes one and keeps it in its database, or make one with: "
                "python -c \"import secrets; print(secrets.token_urlsafe(48))\"")
