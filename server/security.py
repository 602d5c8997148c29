"""Passwords, access tokens and refresh tokens (DESIGN.md §7).

* Passwords: salted scrypt (hashlib, no extra dependency), stored as
  ``scrypt$n$r$p$salt$hash`` so the cost can be raised later.
* Access tokens: JWT HS256, short-lived, naming the user and the school.
* Refresh tokens: random, stored only as a SHA-256 hash, each spent by use;
  every token descends from a sign-in "family", and presenting a spent token
  revokes the whole family (a stolen token is then useless to both holders).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
import uuid
from dataclasses import dataclass

import jwt

SCRYPT_R = 8
SCRYPT_P = 1


def hash_password(password: str, n: int = 2**14) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=n, r=SCRYPT_R, p=SCRYPT_P, dklen=32, maxmem=2**27)
    return "scrypt${}${}${}${}${}".format(
        n, SCRYPT_R, SCRYPT_P, base64.b64encode(salt).decode(), base64.b64encode(digest).decode()
    )


def verify_password(password: str, stored: str | None) -> bool:
    if not stored:
        # Same work as a real check, so timing does not tell whether a user exists.
        hash_password(password)
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt(
            password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=32, maxmem=2**27
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, base64.b64decode(digest))


@dataclass(frozen=True)
class AccessClaims:
    user_id: str
    school_id: str
    token_id: str
    expires_at: float


class TokenError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def make_access_token(secret: str, user_id: str, school_id: str, seconds: int) -> str:
    now = int(time.time())
    claims = {"sub": user_id, "sch": school_id, "iat": now, "exp": now + seconds, "jti": uuid.uuid4().hex, "typ": "access"}
    return jwt.encode(claims, secret, algorithm="HS256")


def read_access_token(secret: str, token: str) -> AccessClaims:
    try:
        claims = jwt.decode(token, secret, algorithms=["HS256"], options={"require": ["exp", "sub", "sch"]})
    except jwt.ExpiredSignatureError:
        raise TokenError("token_expired", "Your session has expired; sign in again or refresh it.") from None
    except jwt.PyJWTError:
        raise TokenError("invalid_token", "The access token is not valid; sign in again.") from None
    if claims.get("typ") != "access" or not isinstance(claims.get("sub"), str) or not isinstance(claims.get("sch"), str):
        raise TokenError("invalid_token", "The access token is not valid; sign in again.")
    return AccessClaims(claims["sub"], claims["sch"], str(claims.get("jti", "")), float(claims["exp"]))


def new_refresh_token() -> tuple[str, str]:
    """A new refresh token and the hash that is stored."""
    token = secrets.token_urlsafe(32)
    return token, refresh_hash(token)


def refresh_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


DEVICE_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def new_device_code(length: int = 4) -> str:
    return "".join(secrets.choice(DEVICE_CODE_ALPHABET) for _ in range(length))
