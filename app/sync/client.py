"""HTTP to the school's server: httpx with timeouts, auth, retries (DESIGN.md §4, §7).

:class:`ServerClient` speaks protocol v1. It sends the protocol header on every
request, refreshes the access token once on a 401 (thread-safe), retries
network errors, 5xx and 429 with backoff and jitter (after ``Retry-After``
when the server gives one), and turns every failure into a :class:`SyncError`
whose ``str()`` is a sentence for the person. It also measures the offset
between the server's clock and this device's at each exchange.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import random
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import orjson

from app.services import clock
from app.services.context import QT_TRANSLATE_NOOP, Sentence
from app.sync import credentials
from app.sync.protocol import API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION, parse_datetime

log = logging.getLogger(__name__)

TIMEOUT = httpx.Timeout(connect=5.0, read=60.0, write=30.0, pool=5.0)
USER_AGENT = "Daftar/0.1"
_JSON_HEADERS = {"Content-Type": "application/json"}


class SyncError(Exception):
    """Something stopped an exchange with the server. ``str()`` is for the person, in English.

    Raised with a marked :class:`~app.services.context.Sentence` (``OfflineError(Sentence(QT_TRANSLATE_NOOP(
    "Sync", …)))``) so that the UI can say it in the person's language (``i18n.translated``).
    """

    retryable = False


class OfflineError(SyncError):
    retryable = True


class UntrustedServerError(SyncError):
    """The server's TLS certificate is not trusted here: nothing is sent until someone fixes it."""


class ServerBusyError(SyncError):
    retryable = True


class BadResponseError(SyncError):
    retryable = True


class RequestRefusedError(SyncError):
    """The server refused the request (4xx) and said why."""

    def __init__(self, message: str, status: int, code: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code


class SessionRevokedError(SyncError):
    """The sign-in is no longer valid: the person must sign in again."""


class ProtocolUnsupportedError(SyncError):
    """The server does not speak this version of Daftar's protocol."""


@dataclass
class Tokens:
    """The signed-in session: a short-lived access token and the refresh token's keyring account."""

    account: str
    access_token: str = ""

    @property
    def refresh_token(self) -> str | None:
        return credentials.load_refresh_token(self.account)

    def rotate(self, access: str, refresh: str) -> None:
        self.access_token = access
        credentials.save_refresh_token(self.account, refresh)


class _BearerAuth(httpx.Auth):
    """Adds the access token; on a 401 refreshes it once (one refresh at a time) and retries."""

    requires_response_body = True

    def __init__(self, client: "ServerClient") -> None:
        self._client = client

    def sync_auth_flow(self, request: httpx.Request):
        tokens = self._client.tokens
        if tokens is None:
            yield request
            return
        used = tokens.access_token or self._client.fresh_access_token("")
        request.headers["Authorization"] = f"Bearer {used}"
        response = yield request
        if response.status_code != 401 or _error_code(response) == "session_revoked":
            return
        request.headers["Authorization"] = f"Bearer {self._client.fresh_access_token(used)}"
        yield request


def _error_code(response: httpx.Response) -> str:
    try:
        return str(response.json().get("error", {}).get("code", ""))
    except Exception:
        return ""


def _error_message(response: httpx.Response) -> str:
    try:
        message = response.json().get("error", {}).get("message")
    except Exception:
        message = None
    return str(message) if message else Sentence(QT_TRANSLATE_NOOP("Sync", "The server answered {status}."),
                                                  status=response.status_code)


def _certificate_refused(exc: BaseException) -> bool:
    """Whether a connection failed because the server's TLS certificate was not trusted."""
    seen: BaseException | None = exc
    for _ in range(8):  # httpx's error, httpcore's, then OpenSSL's
        if seen is None or isinstance(seen, ssl.SSLCertVerificationError):
            break
        seen = seen.__cause__ or seen.__context__
    return isinstance(seen, ssl.SSLCertVerificationError)


@functools.cache
def _tls(verify: bool | str) -> ssl.SSLContext | bool:
    """The TLS context for ``verify`` (True: the usual authorities; a path: a private CA's bundle or folder),
    made once and shared by every client: httpx would make one per client, reading the authorities' bundle
    each time (70 ms of every sign-in and every sync engine). OpenSSL's context may be shared between threads."""
    if verify is False:
        return False
    if verify is True:
        return httpx.create_ssl_context()
    if os.path.isdir(verify):
        return ssl.create_default_context(capath=verify)
    return ssl.create_default_context(cafile=verify)


class ServerClient:
    """One school's server, for one signed-in user on this device."""

    def __init__(
        self,
        base_url: str,
        tokens: Tokens | None = None,
        *,
        max_attempts: int = 5,
        backoff_base: float = 0.5,
        backoff_cap: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
        verify: bool | str = True,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.tokens = tokens
        self.verify = verify
        # A transport of the caller's (a test's): requests go through it, so never through another process.
        self.own_transport = transport is not None
        self._refreshing = threading.Lock()  # one refresh at a time
        self.max_attempts = max_attempts
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self._sleep = sleep
        self.clock_offset: dt.timedelta | None = None
        self._http = httpx.Client(
            base_url=self.base_url + API_PREFIX,
            timeout=TIMEOUT,
            headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION), "User-Agent": USER_AGENT},
            auth=_BearerAuth(self),
            transport=transport,
            verify=_tls(verify),  # certificates are verified; a path names a private CA bundle
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "ServerClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- auth ---------------------------------------------------------------

    def login(self, school_code: str, username: str, password: str) -> dict[str, Any]:
        body = self._call("POST", "/auth/login", json={
            "school_code": school_code, "username": username, "password": password,
        }, authenticated=False, retry=False)
        if self.tokens is None:
            self.tokens = Tokens(credentials.account(self.base_url, school_code, username))
        self.tokens.rotate(body["access_token"], body["refresh_token"])
        return body

    def fresh_access_token(self, used: str) -> str:
        """An access token newer than ``used`` (the one the server refused; "" for none yet): refreshed
        here unless another thread (or request) did it meanwhile; one refresh at a time."""
        assert self.tokens is not None
        with self._refreshing:
            if self.tokens.access_token == used:  # nobody refreshed while we waited
                self.refresh()
            return self.tokens.access_token

    def refresh(self) -> None:
        """Swap the refresh token for a new pair. Raises SessionRevokedError when it is no good."""
        assert self.tokens is not None
        refresh = self.tokens.refresh_token
        if not refresh:
            raise SessionRevokedError(Sentence(QT_TRANSLATE_NOOP(
                "Sync", "You are signed out on this computer. Sign in again to sync.")))
        try:
            body = self._call("POST", "/auth/refresh", json={"refresh_token": refresh},
                              authenticated=False, retry=True)
        except RequestRefusedError as exc:
            if exc.status in (400, 401, 403):
                credentials.forget_refresh_token(self.tokens.account)
                raise SessionRevokedError(Sentence(QT_TRANSLATE_NOOP(
                    "Sync", "Your sign-in has ended (it expired, or was signed out elsewhere). "
                    "Sign in again to sync; nothing you saved on this computer is lost.")
                )) from exc
            raise
        self.tokens.rotate(body["access_token"], body["refresh_token"])

    def logout(self) -> None:
        if self.tokens is None:
            return
        refresh = self.tokens.refresh_token
        try:
            if refresh:
                self._call("POST", "/auth/logout", json={"refresh_token": refresh}, authenticated=False, retry=False)
        except SyncError as exc:
            log.info("Logout could not reach the server: %s", exc)
        finally:
            credentials.forget_refresh_token(self.tokens.account)
            self.tokens.access_token = ""

    def register_device(self, name: str, device_id: str | None = None) -> dict[str, Any]:
        payload: dict[str, Any] = {"name": name}
        if device_id:
            payload["device_id"] = device_id
        return self._call("POST", "/devices", json=payload)

    def device_status(self, device_id: str, pending: int) -> dict[str, Any]:
        """Tell the server this device has just synced and how many changes still wait here."""
        return self._call("POST", f"/devices/{device_id}/status", json={"pending": pending}, retry=False)

    def devices(self) -> list[dict[str, Any]]:
        """The school's devices with their last sync (principal and admin only)."""
        devices = self._call("GET", "/devices", retry=False).get("devices")
        if not isinstance(devices, list):
            raise BadResponseError(Sentence(QT_TRANSLATE_NOOP(
                "Sync", "The school's server sent a device list Daftar could not read.")))
        return devices

    def admin(self, method: str, path: str, body: Any = None) -> dict[str, Any]:
        """One call to the server's admin API (``/v1/admin…``), sent once: an admin write is never retried."""
        return self._call(method, "/admin" + path, json=body, retry=False)

    # -- sync ---------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        return self._call("GET", "/health", authenticated=False, retry=False)

    def push(self, device_id: str, mutations: list[dict[str, Any]]) -> dict[str, Any]:
        return self._call("POST", "/sync/push", json={"device_id": device_id, "mutations": mutations})

    def pull(self, cursor: str, limit: int, entity: str | None = None) -> dict[str, Any]:
        params: dict[str, Any] = {"cursor": cursor, "limit": limit}
        if entity:
            params["entity"] = entity
        return self._call("GET", "/sync/pull", params=params)

    def checksums(self, rows: dict[str, list[str]] | None = None) -> dict[str, Any]:
        """Every kind of record's count and checksum; with ``rows``, of just those rows."""
        if rows is None:
            return self._call("GET", "/sync/checksums")
        return self._call("POST", "/sync/checksums", json={"rows": rows})

    # -- the one request path ---------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        authenticated: bool = True,
        retry: bool = True,
    ) -> dict[str, Any]:
        attempts = self.max_attempts if retry else 1
        last: SyncError | None = None
        # The body encoded once, by orjson (a push of 2,000 changes: ~3 ms, where httpx's json= took ~50).
        content = None if json is None else orjson.dumps(json, option=orjson.OPT_NON_STR_KEYS)
        headers = None if json is None else _JSON_HEADERS
        for attempt in range(attempts):
            wait: float | None = None
            sent = clock.device_now()
            try:
                response = self._http.request(
                    method, path, content=content, params=params, headers=headers,
                    auth=httpx.USE_CLIENT_DEFAULT if authenticated else None,
                )
            except SyncError:
                raise
            except httpx.TimeoutException:
                last = OfflineError(Sentence(QT_TRANSLATE_NOOP(
                    "Sync", "The school's server did not answer in time. Daftar will try again.")))
            except httpx.TransportError as exc:
                if _certificate_refused(exc):  # not the network: trying again would only be refused again
                    log.warning("The TLS certificate of %s was not trusted: %s", self.base_url, exc)
                    raise UntrustedServerError(Sentence(QT_TRANSLATE_NOOP(
                        "Sync", "The school's server could not prove who it is: its security certificate is not "
                        "trusted on this computer. Nothing was sent. Ask whoever runs the server to check its "
                        "certificate."))) from exc
                log.info("Network error talking to %s: %s", self.base_url, type(exc).__name__)
                last = OfflineError(Sentence(QT_TRANSLATE_NOOP(
                    "Sync", "Cannot reach the school's server. Your work is saved on this computer "
                    "and will sync when the connection returns.")
                ))
            else:
                received = clock.device_now()
                status = response.status_code
                if status == 426 or (status >= 400 and _error_code(response) == "protocol_unsupported"):
                    raise ProtocolUnsupportedError(Sentence(QT_TRANSLATE_NOOP(
                        "Sync", "The school's server needs a newer version of Daftar. Your work is kept on "
                        "this computer; please update Daftar to sync it.")
                    ))
                if status == 429 and _error_code(response) == "too_many_attempts":
                    raise RequestRefusedError(_error_message(response), status, "too_many_attempts")
                if status == 429 or status >= 500:
                    wait = _retry_after(response)
                    last = ServerBusyError(Sentence(QT_TRANSLATE_NOOP(
                        "Sync", "The school's server is busy or having trouble ({status}). Daftar will try again."),
                        status=status))
                elif status == 401:
                    if _error_code(response) == "session_revoked" or authenticated:
                        if self.tokens is not None:
                            credentials.forget_refresh_token(self.tokens.account)
                        raise SessionRevokedError(Sentence(QT_TRANSLATE_NOOP(
                            "Sync", "Your sign-in has ended. Sign in again to sync; nothing you saved on this "
                            "computer is lost.")
                        ))
                    raise RequestRefusedError(_error_message(response), status, _error_code(response))
                elif status >= 400:
                    raise RequestRefusedError(_error_message(response), status, _error_code(response))
                else:
                    try:
                        body = orjson.loads(response.content)
                        if not isinstance(body, dict):
                            raise ValueError("not an object")
                    except ValueError:
                        last = BadResponseError(Sentence(QT_TRANSLATE_NOOP(
                            "Sync", "The school's server sent an answer Daftar could not read. Nothing from it "
                            "was applied and your saved work is untouched; Daftar will try again.")
                        ))
                    else:
                        self._learn_clock(body, sent, received)
                        return body
            if attempt + 1 < attempts:
                self._sleep(self._backoff(attempt, wait))
        assert last is not None
        raise last

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(retry_after, self.backoff_cap * 2)
        delay = min(self.backoff_cap, self.backoff_base * (2**attempt))
        return delay * random.uniform(0.5, 1.5)

    def _learn_clock(self, body: dict[str, Any], sent: dt.datetime, received: dt.datetime) -> None:
        server_time = body.get("server_time")
        if not isinstance(server_time, str):
            return
        try:
            server = parse_datetime(server_time)
        except ValueError:
            return
        self.clock_offset = server - (sent + (received - sent) / 2)


def wait_until_healthy(url: str, running: Callable[[], bool], timeout: float, interval: float = 0.1) -> bool:
    """Ask ``url`` (a server's ``/v1/health`` on this computer, over plain HTTP) until it answers 200: True;
    False as soon as ``running()`` says the server has stopped, or after ``timeout`` seconds. One client for
    the whole wait: ``httpx.get()`` makes one and reads the certificate authorities' bundle at every try
    (70 ms each)."""
    deadline = time.monotonic() + timeout
    with httpx.Client(timeout=1.0, verify=False) as http:
        while time.monotonic() < deadline and running():
            try:
                if http.get(url).status_code == 200:
                    return True
            except httpx.HTTPError:
                pass
            time.sleep(interval)
    return False


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None
