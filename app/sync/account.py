"""Signing in to a school's server, and the signed-in session on this device.

First sign-in is online (DESIGN.md §7): it checks the password with the
server, registers this device in the school (once per school file), keeps the
refresh token in the keyring, saves an offline-unlock verifier, and downloads
the school. Later, :func:`resume` rebuilds the session from the keyring.
"""

from __future__ import annotations

import logging
import platform
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.config import Paths
from app.services.context import QT_TRANSLATE_NOOP, Actor, Sentence
from app.storage.db import SchoolDB, open_school
from app.storage.models import DeviceIdentity, SyncMeta, User
from app.sync import credentials
from app.sync.client import ServerClient, SessionRevokedError, Tokens
from app.collector import collector_paused
from app.sync.engine import SyncEngine, SyncReport, SyncStatus
from app.sync.unlock import save_verifier

log = logging.getLogger(__name__)

SIGNED_IN_KEY = "signed_in_user"


@dataclass
class SignedIn:
    """A school open on this device for one person, ready to sync."""

    db: SchoolDB
    client: ServerClient
    engine: SyncEngine
    device: DeviceIdentity
    user: dict[str, Any]  # id, username, full_name, role
    school: dict[str, Any]

    @property
    def actor(self) -> Actor:
        return Actor(user_id=self.user["id"], role=self.user["role"], device_id=self.device.device_id,
                     school_id=self.school["id"])

    def close(self) -> None:
        self.client.close()
        self.db.close()


def sign_in(
    paths: Paths,
    server_url: str,
    school_code: str,
    username: str,
    password: str,
    *,
    device_name: str | None = None,
    on_status: Callable[[SyncStatus], None] | None = None,
    first_sync: bool = True,
    should_stop: Callable[[], bool] | None = None,
    **client_options: Any,
) -> tuple[SignedIn, SyncReport | None]:
    """Sign in online, register the device if needed, and (by default) download the school.

    ``should_stop`` is asked between the download's pages (Cancel on the first download).
    """
    client = ServerClient(server_url, **client_options)
    try:
        body = client.login(school_code, username, password)
    except Exception:
        client.close()
        raise
    school = body["school"]
    user = body["user"]
    with collector_paused():  # a new school file is made by the migrations: many objects, no cycles
        db = open_school(paths.school_file(school["code"]), paths.backups, create=True)
    try:
        with db.session() as s:
            device = s.execute(select(DeviceIdentity)).scalars().first()
        if device is None or device.server_url != client.base_url:
            answer = client.register_device(device_name or f"Daftar on {platform.node() or 'this computer'}")
            with db.write() as s:
                s.query(DeviceIdentity).delete()
                device = DeviceIdentity(
                    device_id=answer["device_id"], device_code=answer["device_code"],
                    school_code=school["code"], server_url=client.base_url,
                )
                s.add(device)
        with db.write() as s:
            save_verifier(s, user["id"], username, password)
            _remember_user(s, user)
        engine = SyncEngine(db, client, device.device_id, user_id=user["id"], on_status=on_status,
                            should_stop=should_stop)
        signed = SignedIn(db=db, client=client, engine=engine, device=device, user=user, school=school)
        report = engine.sync() if first_sync else None
        return signed, report
    except Exception:
        client.close()
        db.close()
        raise


def resume(paths: Paths, school_code: str, *, on_status: Callable[[SyncStatus], None] | None = None,
           username: str | None = None, db: SchoolDB | None = None, **client_options: Any) -> SignedIn:
    """The last signed-in person's session on this school file, from the keyring.

    ``username`` picks another person who has signed in on this computer (a
    shared office PC); ``db`` reuses a school file the caller already has
    open (it is then the caller's to close). Raises
    :class:`SessionRevokedError` when there is no stored sign-in.
    """
    owned = db is None
    if db is None:
        db = open_school(paths.school_file(school_code), paths.backups)

    def give_up(message: Sentence) -> SessionRevokedError:
        if owned:
            db.close()
        return SessionRevokedError(message)

    with db.session() as s:
        device = s.execute(select(DeviceIdentity)).scalars().first()
        user = _remembered_user(s) if username is None else _known_user(s, username)
    if device is None or user is None or not device.server_url:
        raise give_up(Sentence(QT_TRANSLATE_NOOP(
            "Sync", "Nobody has signed in to this school on this computer yet. Sign in first.")))
    tokens = Tokens(credentials.account(device.server_url, school_code, user["username"]))
    if not tokens.refresh_token:
        raise give_up(Sentence(QT_TRANSLATE_NOOP(
            "Sync", "Your sign-in is not kept on this computer (no keyring, or you signed out). Sign in again to "
            "sync.")))
    client = ServerClient(device.server_url, tokens, **client_options)
    with db.session() as s:
        school_row = s.execute(select(SyncMeta.value).where(SyncMeta.key == "school_id")).scalar()
    engine = SyncEngine(db, client, device.device_id, user_id=user["id"], on_status=on_status)
    return SignedIn(db=db, client=client, engine=engine, device=device, user=user,
                    school={"id": school_row, "code": school_code})


def sign_out(signed: SignedIn) -> None:
    """End the session on the server and forget the token here. Pending changes stay queued."""
    signed.client.logout()
    with signed.db.write() as s:
        s.query(SyncMeta).filter(SyncMeta.key == SIGNED_IN_KEY).delete()


def _remember_user(session, user: dict[str, Any]) -> None:
    import json

    for key, value in ((SIGNED_IN_KEY, json.dumps(user)), ("school_id", user.get("school_id", ""))):
        row = session.get(SyncMeta, key)
        if row is None:
            session.add(SyncMeta(key=key, value=value or ""))
        else:
            row.value = value or ""


def _known_user(session, username: str) -> dict[str, Any] | None:
    """A person who has signed in on this computer (their unlock verifier is here), by username."""
    from app.storage.models import LocalCredential

    credential = session.get(LocalCredential, username)
    if credential is None:
        return None
    row = session.get(User, credential.user_id)
    remembered = _remembered_user(session)
    if remembered is not None and remembered.get("id") == credential.user_id:
        return remembered
    return {"id": credential.user_id, "username": username,
            "full_name": row.full_name if row is not None else username,
            "role": row.role if row is not None else "teacher",
            "school_id": row.school_id if row is not None else ""}


def _remembered_user(session) -> dict[str, Any] | None:
    import json

    raw = session.execute(select(SyncMeta.value).where(SyncMeta.key == SIGNED_IN_KEY)).scalar()
    if not raw:
        return None
    try:
        user = json.loads(raw)
    except ValueError:
        return None
    known = session.get(User, user.get("id")) if isinstance(user, dict) else None
    if known is not None:
        user["role"] = known.role
    return user
