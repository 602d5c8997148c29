"""Sign-in, refresh rotation, logout, device registration and throttling (DESIGN.md §4 Auth, §7)."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Mapping
from typing import Any
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from app.sync.protocol import SECTION_LIMITED_ROLES
from server.db import writing
from server.engine import ID_RE, Actor
from server.models import T
from server.security import (
    AccessClaims,
    TokenError,
    make_access_token,
    new_device_code,
    new_refresh_token,
    read_access_token,
    refresh_hash,
    verify_password,
)
from server.settings import Settings
from server.sync import format_epoch, server_time


class ApiError(Exception):
    """An answer with a 4xx status and the error body ``{"error": {"code", "message"}}``."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


# ---------------------------------------------------------------------------
# Request rate limit (per signed-in user, per API process)
# ---------------------------------------------------------------------------


class RateLimiter:
    """A token bucket per key: ``burst`` requests at once, refilled at ``rate`` per second."""

    def __init__(self, rate: float, burst: int):
        self.rate = rate
        self.burst = burst
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def check(self, key: str) -> None:
        now = time.monotonic()
        with self._lock:
            tokens, stamp = self._buckets.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - stamp) * self.rate)
            if tokens < 1.0:
                wait = max(1, int((1.0 - tokens) / self.rate + 0.999))
                self._buckets[key] = (tokens, now)
                raise ApiError(429, "rate_limited", f"Too many requests; try again in {wait} seconds.",
                               {"Retry-After": str(wait)})
            self._buckets[key] = (tokens - 1.0, now)
            if len(self._buckets) > 100_000:
                self._buckets.clear()


# ---------------------------------------------------------------------------
# Failed sign-in throttling (in the database: shared by every API process)
# ---------------------------------------------------------------------------


def _throttle_wait(conn: Connection, key: str, limit: int, window: int, now: float) -> int:
    la = T["login_attempts"]
    row = conn.execute(select(la.c.window_start, la.c.failures).where(la.c.key == key)).first()
    if row is None or now - row.window_start >= window or row.failures < limit:
        return 0
    return max(1, int(row.window_start + window - now + 0.999))


def _record_failure(conn: Connection, key: str, window: int, now: float) -> None:
    la = T["login_attempts"]
    row = conn.execute(select(la.c.window_start, la.c.failures).where(la.c.key == key)).first()
    if row is None:
        conn.execute(insert(la).values(key=key, window_start=now, failures=1))
    elif now - row.window_start >= window:
        conn.execute(update(la).where(la.c.key == key).values(window_start=now, failures=1))
    else:
        conn.execute(update(la).where(la.c.key == key).values(failures=row.failures + 1))


#: The user's role and whether they may still sign in, and the sections of a role limited to them
#: (taught or homeroom, as :func:`server.sync.teacher_sections` reads them).
_USER_AND_SCOPE = (
    "SELECT u.role, u.active AND NOT u.deleted, CASE WHEN u.role = ANY(%(limited)s::varchar[]) THEN ARRAY("
    "SELECT ta.section_id FROM teaching_assignments ta WHERE ta.school_id = %(school)s"
    " AND ta.teacher_id = %(user)s AND ta.deleted IS false"
    " UNION SELECT s.id FROM sections s WHERE s.school_id = %(school)s AND s.homeroom_teacher_id = %(user)s"
    " AND s.deleted IS false) END"
    " FROM users u WHERE u.school_id = %(school)s AND u.id = %(user)s"
)


@dataclass
class AuthService:
    engine: Engine
    settings: Settings
    secret: str

    # -- access tokens -------------------------------------------------------

    def actor_for(self, token: str) -> Actor:
        with self.engine.connect() as conn:
            return self.actor_on(conn, self.claims(token))

    def claims(self, token: str) -> AccessClaims:
        """The access token's claims (its signature and expiry checked; no database)."""
        try:
            return read_access_token(self.secret, token)
        except TokenError as exc:
            raise ApiError(401, exc.code, exc.message) from None

    def actor_on(self, conn: Connection, claims: AccessClaims) -> Actor:
        """Who the token's user is now (role, still active), read on ``conn``: a request that
        reads the database anyway checks the user on the same connection.

        On a PostgreSQL connection in autocommit (a pull's), one prepared statement on the driver
        reads the user and, for a role limited to sections, those sections (the scope
        :func:`server.sync.with_scope` would read next), in one snapshot."""
        if conn.dialect.name == "postgresql" and conn.get_execution_options().get("isolation_level") == "AUTOCOMMIT":
            with conn.connection.driver_connection.cursor(binary=True) as cur:
                cur.execute(_USER_AND_SCOPE, {"school": claims.school_id, "user": claims.user_id,
                                              "limited": sorted(SECTION_LIMITED_ROLES)})
                found = cur.fetchone()
            if found is None or not found[1]:
                raise ApiError(401, "account_disabled", "This account is no longer active; ask the school's admin.")
            actor = Actor(school_id=claims.school_id, user_id=claims.user_id, role=found[0], device_id="")
            if found[2] is not None:
                actor.sections = frozenset(found[2])
                actor.scoped = True
            return actor
        users = T["users"]
        row = conn.execute(
            select(users.c.role, users.c.active, users.c.deleted).where(
                users.c.school_id == claims.school_id, users.c.id == claims.user_id
            )
        ).first()
        if row is None or row.deleted or not row.active:
            raise ApiError(401, "account_disabled", "This account is no longer active; ask the school's admin.")
        return Actor(school_id=claims.school_id, user_id=claims.user_id, role=row.role, device_id="")

    # -- sign-in ---------------------------------------------------------------

    def _session(self, conn: Connection, school: dict, user: dict, family: str) -> dict:
        token, token_hash = new_refresh_token()
        now = time.time()
        conn.execute(
            insert(T["refresh_tokens"]).values(
                token_hash=token_hash, family_id=family, school_id=school["id"], user_id=user["id"],
                issued_at=now, expires_at=now + self.settings.refresh_token_days * 86400, used_at=None, revoked=False,
            )
        )
        return {
            "access_token": make_access_token(self.secret, user["id"], school["id"], self.settings.access_token_seconds),
            "refresh_token": token,
            "token_type": "bearer",
            "expires_in": self.settings.access_token_seconds,
            "user": {k: user[k] for k in ("id", "school_id", "username", "full_name", "role")},
            "school": {k: school[k] for k in ("id", "code", "name", "currency", "currency_digits", "time_zone",
                                              "locale", "attendance_mode", "periods_per_day", "attendance_edit_days")},
            "server_time": server_time(),
        }

    def login(self, school_code: str, username: str, password: str, ip: str) -> dict:
        s = self.settings
        now = time.time()
        user_key = f"user:{school_code.strip().lower()}:{username.strip().lower()}"
        ip_key = f"ip:{ip}"
        schools, users, creds = T["schools"], T["users"], T["credentials"]
        with writing(self.engine) as conn:
            wait = max(
                _throttle_wait(conn, user_key, s.login_user_failures, s.login_window_seconds, now),
                _throttle_wait(conn, ip_key, s.login_ip_failures, s.login_window_seconds, now),
            )
        if wait:
            raise ApiError(429, "too_many_attempts",
                           f"Too many failed sign-ins; wait {wait} seconds and try again.", {"Retry-After": str(wait)})
        with self.engine.connect() as conn:
            school = conn.execute(
                select(schools).where(schools.c.code == school_code.strip(), schools.c.deleted.is_(False))
            ).mappings().first()
            user = stored = None
            if school is not None:
                user = conn.execute(
                    select(users).where(users.c.school_id == school["id"], users.c.username == username.strip(),
                                        users.c.deleted.is_(False))
                ).mappings().first()
            if user is not None:
                stored = conn.execute(
                    select(creds.c.password_hash).where(creds.c.school_id == school["id"], creds.c.user_id == user["id"])
                ).scalar()
        ok = verify_password(password, stored) and user is not None and user["active"]
        with writing(self.engine) as conn:
            if not ok:
                _record_failure(conn, user_key, s.login_window_seconds, now)
                _record_failure(conn, ip_key, s.login_window_seconds, now)
            else:
                conn.execute(delete(T["login_attempts"]).where(T["login_attempts"].c.key == user_key))
                return self._session(conn, dict(school), dict(user), str(uuid.uuid4()))
        raise ApiError(401, "invalid_credentials", "The school code, username or password is not right.")

    def refresh(self, token: str) -> dict:
        rt = T["refresh_tokens"]
        now = time.time()
        revoked_message = ("This sign-in has been ended for safety (its refresh token was used twice, or you "
                           "signed out); sign in again.")
        with writing(self.engine) as conn:
            row = conn.execute(select(rt).where(rt.c.token_hash == refresh_hash(token))).mappings().first()
            if row is None:
                raise ApiError(401, "invalid_token", "This session is not known here; sign in again.")
            if row["revoked"]:
                # A revoked token presented again (e.g. the successor a grace exchange replaced):
                # whoever holds it is not the session's owner any more; end the family.
                conn.execute(update(rt).where(rt.c.family_id == row["family_id"]).values(revoked=True))
            spent = row["revoked"] or row["used_at"] is not None or conn.execute(
                update(rt).where(rt.c.token_hash == row["token_hash"], rt.c.used_at.is_(None)).values(used_at=now)
            ).rowcount != 1
            if spent and not row["revoked"] and self._lost_answer(conn, row, now):
                # The owner spent this token moments ago and never used what it got back: the
                # answer was lost (a crash, a dropped connection). Replace the unused successor.
                conn.execute(update(rt).where(rt.c.family_id == row["family_id"], rt.c.used_at.is_(None),
                                              rt.c.revoked.is_(False)).values(revoked=True))
                spent = False
            if spent:
                conn.execute(update(rt).where(rt.c.family_id == row["family_id"]).values(revoked=True))
            elif row["expires_at"] < now:
                raise ApiError(401, "session_expired", "This session has expired; sign in again.")
            else:
                schools, users = T["schools"], T["users"]
                school = conn.execute(select(schools).where(schools.c.id == row["school_id"])).mappings().first()
                user = conn.execute(
                    select(users).where(users.c.school_id == row["school_id"], users.c.id == row["user_id"])
                ).mappings().first()
                if school is None or user is None or user["deleted"] or not user["active"]:
                    raise ApiError(401, "account_disabled", "This account is no longer active; ask the school's admin.")
                return self._session(conn, dict(school), dict(user), row["family_id"])
        # The revocation above is committed before we answer.
        raise ApiError(401, "session_revoked", revoked_message)

    def _lost_answer(self, conn: Connection, row: Mapping[str, Any], now: float) -> bool:
        """Whether a second use of ``row`` is its owner retrying after a lost answer.

        Only within the grace period of its first use, and only while no token of the
        family issued since then has been used: once the successor is used, a replay of
        this one is theft, and revokes the family as the design says.
        """
        grace = self.settings.refresh_reuse_grace_seconds
        if grace <= 0 or row["used_at"] is None or now - row["used_at"] > grace:
            return False
        rt = T["refresh_tokens"]
        used_since = conn.execute(
            select(rt.c.token_hash).where(rt.c.family_id == row["family_id"], rt.c.issued_at >= row["used_at"],
                                          rt.c.used_at.is_not(None))
        ).first()
        return used_since is None

    def logout(self, token: str) -> None:
        rt = T["refresh_tokens"]
        with writing(self.engine) as conn:
            family = conn.execute(select(rt.c.family_id).where(rt.c.token_hash == refresh_hash(token))).scalar()
            if family is not None:
                conn.execute(update(rt).where(rt.c.family_id == family).values(revoked=True))

    # -- devices -----------------------------------------------------------------

    def device_status(self, actor: Actor, device_id: str, pending: int) -> dict:
        """Record that a device of the caller's school has just synced, and what still waits there."""
        devices = T["devices"]
        with writing(self.engine) as conn:
            done = conn.execute(
                update(devices)
                .where(devices.c.school_id == actor.school_id, devices.c.id == device_id)
                .values(last_sync_at=time.time(), last_user_id=actor.user_id, pending=pending)
            ).rowcount
        if not done:
            raise ApiError(404, "unknown_device", "This device is not registered with the school; register it first.")
        return {"ok": True, "server_time": server_time()}

    def list_devices(self, actor: Actor) -> list[dict]:
        """The school's devices with their last sync, for the principal's freshness panel."""
        if actor.role not in ("principal", "admin"):
            raise ApiError(403, "forbidden", "Only the principal and the admin see the school's devices.")
        devices, users = T["devices"], T["users"]
        last_user = users.alias("last_user")
        query = (
            select(devices.c.id, devices.c.code, devices.c.name, devices.c.registered_at, devices.c.last_sync_at,
                   devices.c.pending, devices.c.last_user_id, last_user.c.full_name.label("last_user_name"))
            .select_from(devices.outerjoin(
                last_user, (last_user.c.school_id == devices.c.school_id) & (last_user.c.id == devices.c.last_user_id)))
            .where(devices.c.school_id == actor.school_id)
            .order_by(devices.c.code)
        )
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [
            {"device_id": r.id, "device_code": r.code, "name": r.name,
             "registered_at": format_epoch(r.registered_at),
             "last_sync_at": format_epoch(r.last_sync_at) if r.last_sync_at is not None else None,
             "pending": r.pending, "last_user_id": r.last_user_id, "last_user_name": r.last_user_name}
            for r in rows
        ]

    def register_device(self, actor: Actor, name: str, device_id: str | None) -> dict:
        devices = T["devices"]
        if device_id is not None and not ID_RE.match(device_id):
            raise ApiError(422, "invalid_request", "device_id must be letters, digits and dashes (at most 36).")
        for _attempt in range(20):
            try:
                with writing(self.engine) as conn:
                    if device_id is not None:
                        row = conn.execute(
                            select(devices.c.id, devices.c.code).where(
                                devices.c.school_id == actor.school_id, devices.c.id == device_id)
                        ).first()
                        if row is not None:
                            return {"device_id": row.id, "device_code": row.code, "server_time": server_time()}
                    new = {"school_id": actor.school_id, "id": device_id or str(uuid.uuid4()),
                           "code": new_device_code(), "name": name[:200], "registered_by": actor.user_id,
                           "registered_at": time.time(), "last_seq": 0}
                    conn.execute(insert(devices).values(**new))
                    return {"device_id": new["id"], "device_code": new["code"], "server_time": server_time()}
            except IntegrityError:
                continue
        raise ApiError(409, "device_code_exhausted", "No free device code could be found; try again.")
