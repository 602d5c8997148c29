"""The HTTP API: ``create_app(settings) -> FastAPI``.

Every error is ``{"error": {"code", "message"}}`` with a 4xx status and a
sentence a person can read (429 and 503 carry ``Retry-After``). Every
``/v1`` request but ``/v1/health`` must carry ``X-Daftar-Protocol``.
"""

from __future__ import annotations

import json
import logging
import secrets
from typing import Annotated, Any

import orjson
from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field, StringConstraints
from sqlalchemy import insert, select
from sqlalchemy.exc import DataError, IntegrityError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.sync.protocol import (
    API_PREFIX,
    DEFAULT_PULL_PAGE,
    MAX_PUSH_BATCH,
    PROTOCOL_HEADER,
    SUPPORTED_VERSIONS,
)
from server.auth import ApiError, AuthService, RateLimiter
from server.db import make_engine, migrate, writing
from server.engine import Actor, BadRequest
from server.models import T
from server.security import AccessClaims
from server.settings import Settings
from server import sync

log = logging.getLogger(__name__)


class ErrorDetail(BaseModel):
    code: str = Field(description="A stable, machine-readable code, e.g. token_expired")
    message: str = Field(description="A sentence a person can read")


class ErrorBody(BaseModel):
    error: ErrorDetail


class RowsToCheck(BaseModel):
    rows: dict[Annotated[str, StringConstraints(max_length=40)],
               list[Annotated[str, StringConstraints(min_length=1, max_length=36)]]] = Field(
        description="Row ids per kind of record", max_length=64)


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Malformed request (e.g. not JSON)"},
    401: {"model": ErrorBody, "description": "Not signed in, token expired or forged, session revoked"},
    403: {"model": ErrorBody, "description": "The role may not do this"},
    413: {"model": ErrorBody, "description": "Too large (body or batch)"},
    422: {"model": ErrorBody, "description": "Wrong types or missing fields"},
    426: {"model": ErrorBody, "description": "Missing or unsupported X-Daftar-Protocol (code protocol_unsupported)"},
    429: {"model": ErrorBody, "description": "Too many requests or sign-in attempts; see Retry-After"},
}


class LoginRequest(BaseModel):
    school_code: str = Field(min_length=1, max_length=64)
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=1024)


class RefreshRequest(BaseModel):
    refresh_token: str = Field(min_length=1, max_length=512)


class DeviceRequest(BaseModel):
    name: str = Field(default="", max_length=200)
    device_id: str | None = Field(default=None, max_length=36)


class DeviceResponse(BaseModel):
    device_id: str
    device_code: str
    server_time: str


class DeviceStatusRequest(BaseModel):
    pending: int = Field(ge=0, le=10_000_000)


class DeviceStatusResponse(BaseModel):
    ok: bool
    server_time: str


class DeviceInfo(BaseModel):
    device_id: str
    device_code: str
    name: str
    registered_at: str
    last_sync_at: str | None
    pending: int | None
    last_user_id: str | None
    last_user_name: str | None


class DeviceList(BaseModel):
    devices: list[DeviceInfo]
    server_time: str


class SessionResponse(BaseModel):
    access_token: str
    refresh_token: str
    token_type: str
    expires_in: int
    user: dict[str, Any]
    school: dict[str, Any]
    server_time: str


PUSH_SCHEMA = {
    "type": "object",
    "required": ["device_id", "mutations"],
    "properties": {
        "device_id": {"type": "string"},
        "mutations": {
            "type": "array",
            "maxItems": MAX_PUSH_BATCH,
            "items": {
                "type": "object",
                "required": ["seq", "entity", "id", "op", "client_ts"],
                "properties": {
                    "seq": {"type": "integer", "minimum": 1},
                    "entity": {"type": "string"},
                    "id": {"type": "string"},
                    "op": {"type": "string", "enum": ["put", "delete"]},
                    "fields": {"type": "object"},
                    "base_version": {"type": ["integer", "null"]},
                    "client_ts": {"type": "string", "format": "date-time"},
                },
            },
        },
    },
}
PUSH_RESPONSE = {
    "type": "object",
    "properties": {
        "results": {"type": "array", "items": {"type": "object", "properties": {
            "seq": {"type": "integer"},
            "status": {"type": "string", "enum": ["applied", "merged", "superseded", "conflict", "rejected"]},
            "version": {"type": ["integer", "null"]},
            "row": {"type": ["object", "null"]},
            "reason": {"type": "string"},
            "code": {"type": "string"},
            "reason_key": {"type": "string"},
            "reason_args": {"type": "object"},
            "conflict_id": {"type": "string"},
        }}},
        "last_applied_seq": {"type": "integer"},
        "server_time": {"type": "string"},
    },
}
PULL_RESPONSE = {
    "type": "object",
    "properties": {
        "changes": {"type": "array", "items": {"type": "object", "properties": {
            "seq": {"type": "integer"}, "entity": {"type": "string"}, "id": {"type": "string"},
            "version": {"type": "integer"}, "deleted": {"type": "boolean"}, "data": {"type": "object"},
        }}},
        "cursor": {"type": "string"},
        "more": {"type": "boolean"},
        "reset": {"type": "boolean"},
        "total": {"type": "integer"},
        "server_time": {"type": "string"},
    },
}


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


class ProtocolGate:
    """ASGI middleware: protocol version header and body size, before any work is done."""

    def __init__(self, app, max_body: int):  # noqa: ANN001
        self.app = app
        self.max_body = max_body
        self.header = PROTOCOL_HEADER.lower().encode()

    async def __call__(self, scope, receive, send):  # noqa: ANN001
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path: str = scope["path"]
        if path.startswith(API_PREFIX + "/") and path != API_PREFIX + "/health":
            headers = dict(scope["headers"])
            version = headers.get(self.header)
            problem = None
            if version is None:
                problem = (f"This request does not say which Daftar protocol it speaks (header {PROTOCOL_HEADER}); "
                           f"this server speaks version {', '.join(map(str, SUPPORTED_VERSIONS))}. Update the app.")
            elif version.decode("latin-1").strip() not in {str(v) for v in SUPPORTED_VERSIONS}:
                problem = (f"This app speaks Daftar protocol version {version.decode('latin-1')[:20]}, but this server "
                           f"speaks version {', '.join(map(str, SUPPORTED_VERSIONS))}. Update the app to keep syncing.")
            if problem:
                return await error_response(426, "protocol_unsupported", problem)(scope, receive, send)
            length = headers.get(b"content-length")
            if length is not None and length.isdigit() and int(length) > self.max_body:
                return await error_response(
                    413, "body_too_large", f"The request is larger than the {self.max_body} bytes this server accepts."
                )(scope, receive, send)
        return await self.app(scope, receive, send)


def _load_secret(engine, settings: Settings) -> str:  # noqa: ANN001
    if settings.jwt_secret:
        return settings.jwt_secret
    ss = T["server_settings"]
    for _attempt in range(3):
        try:
            with writing(engine) as conn:
                value = conn.execute(select(ss.c.value).where(ss.c.key == "jwt_secret")).scalar()
                if value is None:
                    value = secrets.token_urlsafe(48)
                    conn.execute(insert(ss).values(key="jwt_secret", value=value))
            return value
        except IntegrityError:  # another API process made it at the same moment: use theirs
            continue
    raise RuntimeError("Could not read or create the token secret")


def create_app_from_env() -> FastAPI:
    """The app with settings from the environment (``uvicorn --factory``; used for ``serve --workers``)."""
    return create_app(Settings())


def _dump_json(value: Any) -> bytes | str:
    """A push's answer as JSON (orjson; the standard encoder for what orjson refuses)."""
    try:
        return orjson.dumps(value)
    except TypeError:
        return json.dumps(value, separators=(",", ":"))


def _no_constants(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


async def _json_body(request: Request) -> Any:
    raw = await request.body()
    try:
        return orjson.loads(raw)  # several times faster; what it refuses is judged by the standard parser
    except orjson.JSONDecodeError:
        pass
    try:
        return json.loads(raw, parse_constant=_no_constants)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise ApiError(400, "malformed_json", "The request body is not valid JSON.") from None


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    settings.check()
    engine = make_engine(settings.database_url)
    if settings.apply_migrations:
        migrate(engine)
    auth = AuthService(engine, settings, _load_secret(engine, settings))
    limiter = RateLimiter(settings.rate_per_second, settings.rate_burst)

    app = FastAPI(
        title="Daftar central API",
        version="1",
        description=(
            "The reference central API of Daftar (wire protocol v1). Every /v1 request but /v1/health carries "
            f"`{PROTOCOL_HEADER}: 1` and, once signed in, `Authorization: Bearer <access token>`. Every error is "
            '`{"error": {"code", "message"}}` with a readable message.'
        ),
        responses=ERRORS,
    )
    app.state.engine = engine
    app.state.settings = settings
    app.state.auth = auth
    app.add_middleware(ProtocolGate, max_body=settings.max_body_bytes)

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(BadRequest)
    async def _bad_request(_request: Request, exc: BadRequest) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        if any(e.get("type") == "json_invalid" for e in errors):
            return error_response(400, "malformed_json", "The request body is not valid JSON.")
        first = errors[0] if errors else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body") or "request"
        return error_response(422, "invalid_request", f"{where}: {first.get('msg', 'is not valid')}.")

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        message = {404: "There is no such address on this server.",
                   405: "This address does not accept that method."}.get(exc.status_code, str(exc.detail))
        # Keep the exception's own headers (405's Allow, required by RFC 9110).
        return error_response(exc.status_code, code, message, dict(exc.headers or {}))

    @app.exception_handler(DataError)
    async def _data_error(_request: Request, exc: DataError) -> JSONResponse:
        log.info("Refused data the database cannot store: %s", type(exc.orig).__name__)
        return error_response(422, "invalid_request", "The request holds a value the server cannot store "
                                                      "(for example a NUL character or a number too large).")

    @app.exception_handler(OperationalError)
    async def _database_down(_request: Request, exc: OperationalError) -> JSONResponse:
        log.warning("Database unavailable: %s", type(exc.orig).__name__)
        return error_response(503, "database_unavailable",
                              "The server cannot reach its database just now; try again in a little while.",
                              {"Retry-After": "5"})

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("Unexpected error", exc_info=exc)
        return error_response(500, "server_error", "Something went wrong on the server; try again later.")

    def bearer(request: Request) -> str:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise ApiError(401, "not_signed_in", "Sign in first: this request has no access token.")
        return token.strip()

    def actor(request: Request) -> Actor:
        who = auth.actor_for(bearer(request))
        limiter.check(f"{who.school_id}:{who.user_id}")
        return who

    async def claims(request: Request) -> AccessClaims:
        """The token checked on the event loop (no database, no thread): the user is read by the
        request's own work, on its connection (see ``pull``)."""
        return auth.claims(bearer(request))

    app.state.actor_dependency = actor

    # -- health ------------------------------------------------------------------

    @app.get(API_PREFIX + "/health", tags=["health"])
    def health() -> dict:
        """Whether the server is up and which protocol versions it speaks (no header needed)."""
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
        return {"status": "ok", "protocol_versions": list(SUPPORTED_VERSIONS), "server_time": sync.server_time()}

    # -- auth ---------------------------------------------------------------------

    @app.post(API_PREFIX + "/auth/login", tags=["auth"], response_model=SessionResponse)
    def login(body: LoginRequest, request: Request) -> dict:
        """Sign in with the school code, username and password. Failed attempts are throttled per user and per address."""
        ip = request.client.host if request.client else "unknown"
        return auth.login(body.school_code, body.username, body.password, ip)

    @app.post(API_PREFIX + "/auth/refresh", tags=["auth"], response_model=SessionResponse)
    def refresh(body: RefreshRequest) -> dict:
        """Trade a refresh token for a new session. Each token works once; reusing one revokes its family."""
        return auth.refresh(body.refresh_token)

    @app.post(API_PREFIX + "/auth/logout", tags=["auth"])
    def logout(body: RefreshRequest) -> dict:
        """End a session: the refresh token's whole family is revoked."""
        auth.logout(body.refresh_token)
        return {"ok": True}

    @app.post(API_PREFIX + "/devices", tags=["auth"], response_model=DeviceResponse)
    def register_device(body: DeviceRequest, who: Actor = Depends(actor)) -> dict:
        """Register this device with the school: a device id and a short code unique in the school.

        Registering again with a known ``device_id`` returns the same id and code."""
        return auth.register_device(who, body.name, body.device_id)

    @app.post(API_PREFIX + "/devices/{device_id}/status", tags=["auth"], response_model=DeviceStatusResponse,
              responses={404: {"model": ErrorBody, "description": "Not a device of this school"}})
    def device_status(body: DeviceStatusRequest, device_id: str = Path(max_length=36),
                      who: Actor = Depends(actor)) -> dict:
        """A device says it has just synced and how many of its changes still wait (the principal's freshness)."""
        return auth.device_status(who, device_id, body.pending)

    @app.get(API_PREFIX + "/devices", tags=["auth"], response_model=DeviceList,
             responses={403: {"model": ErrorBody, "description": "Not the principal or the admin"}})
    def list_devices(who: Actor = Depends(actor)) -> dict:
        """The school's devices: who last synced each, when, and how many changes still wait there."""
        return {"devices": auth.list_devices(who), "server_time": sync.server_time()}

    # -- sync ---------------------------------------------------------------------

    @app.post(
        API_PREFIX + "/sync/push", tags=["sync"],
        openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": PUSH_SCHEMA}}}},
        responses={200: {"content": {"application/json": {"schema": PUSH_RESPONSE}}, "description": "Per-entry results"}},
    )
    async def push(request: Request, who: Actor = Depends(actor)) -> Response:
        """Apply a batch of outbox entries in sequence order (idempotent per device sequence).

        Each entry gets ``applied`` / ``merged`` / ``superseded`` / ``conflict`` / ``rejected`` (with a
        ``reason`` and a ``code``); a rejected entry never stops the rest."""
        body = await _json_body(request)
        result = await run_in_threadpool(sync.push, engine, who, body)
        return Response(_dump_json(result), media_type="application/json")

    @app.get(
        API_PREFIX + "/sync/pull", tags=["sync"],
        responses={200: {"content": {"application/json": {"schema": PULL_RESPONSE}}, "description": "A page of changes"}},
    )
    async def pull(cursor: str = Query("", max_length=200), limit: int = Query(DEFAULT_PULL_PAGE, ge=1),
                   entity: str | None = Query(None, max_length=40),
                   token: AccessClaims = Depends(claims)) -> Response:
        """Changes after ``cursor`` in commit order, one page at a time, for the caller's scope.

        ``reset`` is true when the cursor was made for another scope (or is empty); ``total`` is the
        number of rows still to come after this page. ``entity`` limits the pull to one kind of
        record (a repair after a checksum difference)."""

        def page() -> bytes:
            # One thread and one pooled connection for the whole request: the user's check, the
            # scope and the page (a pull is the request 20 devices make at once).
            with engine.connect() as conn:
                conn = sync.read_only(conn)
                who = auth.actor_on(conn, token)
                limiter.check(f"{who.school_id}:{who.user_id}")
                return sync.pull_on(conn, who, cursor, limit, entity).encode()

        return Response(await run_in_threadpool(page), media_type="application/json")

    @app.get(API_PREFIX + "/sync/checksums", tags=["sync"])
    def checksums(who: Actor = Depends(actor)) -> dict:
        """Per-entity count and checksum of the live rows in the caller's scope, as of ``cursor``."""
        return sync.checksums(engine, who)

    @app.post(API_PREFIX + "/sync/checksums", tags=["sync"])
    def checksums_of_rows(body: RowsToCheck, who: Actor = Depends(actor)) -> dict:
        """The same, for just the named rows of each kind (those live in the caller's scope): how a
        device checks what one sync moved without reading every row of the school."""
        return sync.checksums(engine, who, named=body.rows)

    from server.admin import admin_router

    app.include_router(admin_router(engine, actor, settings), prefix=API_PREFIX + "/admin", tags=["admin"])
    return app
