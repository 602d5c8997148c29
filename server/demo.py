"""Load the demo school from the client's generator (``app.demo.generator``).

The generator is pure: ``build_demo_school(size, seed)`` gives per-entity
lists of row dicts in protocol field names, and ``DEMO_USERS`` the people
who sign in (username, password, role). Their passwords are hashed here.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Engine, insert, select

from app.sync.protocol import ENTITIES, format_datetime
from server.db import writing
from server.models import T
from server.schools import SchoolError, bulk_insert, set_password


def _rows_by_entity(demo: Any) -> dict[str, list[dict[str, Any]]]:
    for attr in ("rows", "entities", "tables"):
        value = getattr(demo, attr, None)
        if isinstance(value, Mapping):
            return {k: list(v) for k, v in value.items() if k in ENTITIES}
    if isinstance(demo, Mapping):
        return {k: list(v) for k, v in demo.items() if k in ENTITIES}
    return {name: list(getattr(demo, name)) for name in ENTITIES if getattr(demo, name, None) is not None}


def _wire(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _user_fields(user: Any) -> dict[str, Any]:
    if isinstance(user, Mapping):
        return dict(user)
    return {k: getattr(user, k) for k in ("username", "password", "role") if hasattr(user, k)}


def load_demo(engine: Engine, *, size: str = "default", seed: int = 1) -> dict[str, Any]:
    try:
        from app.demo.generator import DEMO_USERS, build_demo_school
    except ImportError as exc:  # pragma: no cover - until the generator lands
        raise SchoolError(f"The demo generator is not available ({exc}).") from None
    demo = build_demo_school(size, seed)
    rows = {entity: [{k: _wire(v) for k, v in row.items()} for row in entity_rows]
            for entity, entity_rows in _rows_by_entity(demo).items()}
    [school] = rows.pop("schools")
    schools = T["schools"]
    with engine.connect() as conn:
        if conn.execute(select(schools.c.id).where(schools.c.code == school["code"])).first() is not None:
            raise SchoolError(f"A school with the code {school['code']!r} is already loaded.")
    with writing(engine) as conn:
        conn.execute(insert(T["school_counters"]).values(school_id=school["id"], last_seq=0))
    # The generator is ours and writes canonical wire values: no need to check every row again.
    total = bulk_insert(engine, school["id"], {"schools": [school], **rows}, validate=False)
    users = T["users"]
    with engine.connect() as conn:
        ids = dict(conn.execute(select(users.c.username, users.c.id).where(users.c.school_id == school["id"])).all())
    with writing(engine) as conn:
        for device in getattr(demo, "devices", ()):
            conn.execute(insert(T["devices"]).values(
                school_id=school["id"], id=device.device_id, code=device.code, name=device.name,
                registered_by=ids.get(device.username, ""), registered_at=time.time(), last_seq=0))
    names = []
    for raw in getattr(demo, "users", DEMO_USERS):
        user = _user_fields(raw)
        user_id = ids.get(user["username"])
        if user_id is None:
            continue
        set_password(engine, school["id"], user_id, user["password"])
        names.append(f"{user['username']} ({user.get('role', '?')})")
    if engine.dialect.name == "postgresql":
        # Statistics for the planner now, not when autovacuum gets round to it: without them a
        # push's lookups by natural key scan the whole school (and a copy made from this
        # database as a template starts without any).
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("ANALYZE")
    return {"code": school["code"], "id": school["id"], "rows": total, "users": names}
