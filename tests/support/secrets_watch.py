"""No token or password in any log line of a whole test run (issue 5, "grep the logs of a full test run").

Three parts, wired up by ``tests/conftest.py``:

* a registry of every secret the run handed out: each access and refresh token
  the server answered a sign-in or a refresh with, and each password sent to
  sign in (right or wrong) or set on a user. One hook fills it: ``httpx.Client.send`` is wrapped, so the
  in-process test clients, the app's own sync client and the live servers'
  clients are all seen in one place (the helpers also register their shared
  test password by name);
* a logging handler at DEBUG on the root logger for the whole session that
  writes every line any logger emits (the app, the in-process servers, the
  libraries) to a temporary file, so memory stays bounded;
* :func:`find_secrets`, the grep run at the end over that file and over every
  log file the run wrote under its temporary folders; a hit is reported with
  the secret cut down to its first characters.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

import httpx

#: A run of the characters a token is made of (base64url); a JWT is three such runs joined by dots.
_RUN = re.compile(rb"[A-Za-z0-9_-]{16,}")
#: Anything shaped like an access token (a JWT header and payload), registered or not.
JWT_SHAPE = re.compile(rb"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}")
#: Shorter passwords are not looked for: a generated "00000000" would match innocent lines.
SHORTEST_PASSWORD = 8


class SecretRegistry:
    """The tokens and passwords handed out during the run (thread-safe: live servers run in threads)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.token_runs: set[bytes] = set()  # refresh tokens whole, access tokens by signature
        self.passwords: set[str] = set()
        self.tokens_seen = 0

    def add_token(self, token: object) -> None:
        if not isinstance(token, str) or len(token) < 16:
            return
        parts = token.split(".")
        # A JWT's header is the same for every token and its payload is claims, not a credential: the
        # signature is what makes it one. A refresh token is a single run.
        run = parts[-1] if len(parts) == 3 else token
        with self._lock:
            self.tokens_seen += 1
            if len(run) >= 16:
                self.token_runs.add(run.encode())

    def add_password(self, password: object) -> None:
        if isinstance(password, str) and len(password) >= SHORTEST_PASSWORD:
            with self._lock:
                self.passwords.add(password)


REGISTRY = SecretRegistry()


def _record_exchange(request: httpx.Request, response: httpx.Response) -> None:
    path = request.url.path
    if path.endswith("/auth/login") or path.endswith("/admin/users") or path.endswith("/password"):
        # A password typed, right or wrong, is a secret: each one sent to sign in or set on a user.
        try:
            sent = json.loads(request.content or b"{}")
        except Exception:  # noqa: BLE001
            sent = None
        # A password that is the username itself (the demo school's people, whose passwords the welcome
        # window shows) cannot be kept out of lines that name the person: not looked for.
        if isinstance(sent, dict) and sent.get("password") != sent.get("username"):
            REGISTRY.add_password(sent.get("password"))
    if not (path.endswith("/auth/login") or path.endswith("/auth/refresh")) or response.status_code != 200:
        return
    try:
        body = response.json()
    except Exception:  # noqa: BLE001 — a streamed or non-JSON answer carries no token we can read
        return
    if isinstance(body, dict):
        REGISTRY.add_token(body.get("access_token"))
        REGISTRY.add_token(body.get("refresh_token"))


def install_recording_hook() -> None:
    """Wrap ``httpx.Client.send`` so every sign-in and refresh answer's tokens are registered."""
    if getattr(httpx.Client.send, "_records_secrets", False):
        return
    send = httpx.Client.send

    def recording_send(self, request, *args, **kwargs):  # noqa: ANN001, ANN202
        response = send(self, request, *args, **kwargs)
        if not kwargs.get("stream"):
            try:
                _record_exchange(request, response)
            except Exception:  # noqa: BLE001 — recording never changes what the test sees
                pass
        return response

    recording_send._records_secrets = True  # type: ignore[attr-defined]
    httpx.Client.send = recording_send  # type: ignore[method-assign]


class LineCollector(logging.FileHandler):
    """Every log record of the session, one line each, in a file; counts them."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, encoding="utf-8", delay=False)
        self.setLevel(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines = 0

    def emit(self, record: logging.LogRecord) -> None:
        try:
            msg = self.format(record)
        except Exception:  # noqa: BLE001
            self.handleError(record)
            return
        # One record may span lines (a traceback): each is a line of the log.
        with self.lock:  # type: ignore[union-attr]
            if self.stream is None:  # closed by a logging.config call (uvicorn's): open it again, appending
                self.stream = self._open()
            self.stream.write(msg + "\n")
            self.lines += msg.count("\n") + 1


def _redact(line: bytes, secret: bytes) -> str:
    return line.replace(secret, secret[:6] + b"...[redacted]").decode("utf-8", "replace").strip()[:300]


def find_secrets(lines: Iterable[bytes], registry: SecretRegistry, *, where: str = "") -> Iterator[str]:
    """Each line holding a registered token (or its signature), a registered password, or anything
    shaped like an access token — with the secret redacted."""
    passwords = [p.encode() for p in registry.passwords]
    pattern = re.compile(b"|".join(re.escape(p) for p in sorted(passwords, key=len, reverse=True))) \
        if passwords else None
    for number, line in enumerate(lines, 1):
        hit = None
        for run in _RUN.findall(line):
            if run in registry.token_runs:
                hit = f"a token: {_redact(line, run)}"
                break
        if hit is None and pattern is not None:
            match = pattern.search(line)
            if match:
                hit = f"a password: {_redact(line, match.group(0))}"
        if hit is None:
            shaped = JWT_SHAPE.search(line)
            if shaped:
                hit = f"an access token: {_redact(line, shaped.group(0))}"
        if hit is not None:
            yield f"{where}:{number}: {hit}"


def grep_file(path: Path, registry: SecretRegistry, *, where: str = "") -> tuple[int, list[str]]:
    """Grep one file line by line (bounded memory); the number of lines read and the hits."""
    count = 0

    def lines() -> Iterator[bytes]:
        nonlocal count
        with open(path, "rb") as f:
            for line in f:
                count += 1
                yield line

    hits = list(find_secrets(lines(), registry, where=where or path.name))
    return count, hits
