"""Creating schools and users, setting passwords, loading rows in bulk.

Used by the command line and the admin API. Rows written here go through
the same change index as pushes (``row_changes`` with a per-school sequence),
so every device receives them by pull.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Engine, insert, select

from app.sync.protocol import DOMAINS, ENTITIES, check_fields
from server.db import write_transaction, writing
from server.engine import ID_RE, Actor, Mut, _normalize, _now, upsert
from server.ids import new_id
from server.models import T
from server.security import hash_password

DEFAULT_ATTENDANCE_CODES = (
    ("P", "Present", "present", False),
    ("A", "Absent", "absent", False),
    ("L", "Late", "late", False),
    ("H", "Half day", "half_day", False),
    ("E", "Excused (office)", "excused", True),
)


class SchoolError(Exception):
    """A readable reason a school or user could not be created."""


def school_by_code(engine: Engine, code: str) -> dict[str, Any]:
    schools = T["schools"]
    with engine.connect() as conn:
        row = conn.execute(select(schools).where(schools.c.code == code, schools.c.deleted.is_(False))).mappings().first()
    if row is None:
        raise SchoolError(f"There is no school with the code {code!r}.")
    return dict(row)


def _section_of(entity: str, row: Mapping[str, Any], assessments: Mapping[str, str], marks: Mapping[str, str]) -> str | None:
    if entity in ("enrollments", "attendance_marks", "assessments", "server_conflicts", "guardian_alerts"):
        return row.get("section_id")
    if entity == "marks":
        return assessments.get(row.get("assessment_id"))
    if entity == "attendance_history":
        return marks.get(row.get("mark_id"))
    return None


def bulk_insert(engine: Engine, school_id: str, rows_by_entity: Mapping[str, Iterable[Mapping[str, Any]]],
                *, validate: bool = True) -> int:
    """Insert trusted rows (wire field names, with ``id``) in one transaction, in
    protocol order, each with the next sequence number. Returns how many."""
    count = 0
    with write_transaction(engine, school_id) as (conn, _last):
        section_of_assessment: dict[str, str] = {}
        section_of_mark: dict[str, str] = {}
        for entity in ENTITIES:
            rows = list(rows_by_entity.get(entity, ()))
            if not rows:
                continue
            table = T[entity]
            names = [c.name for c in table.columns]
            records, changes = [], []
            for source in rows:
                fields = {k: v for k, v in source.items() if k in ENTITIES[entity]}
                if entity != "schools":
                    fields["school_id"] = school_id
                if validate:
                    fields = _normalize(entity, check_fields(entity, fields, complete=True))
                row_id = str(source.get("id") or new_id())
                if not ID_RE.match(row_id):
                    raise SchoolError(f"{entity} id {row_id!r} is not a valid id.")
                conn.info["last_seq"] += 1
                seq = conn.info["last_seq"]
                deleted = bool(source.get("deleted", False))
                record = {**fields, "id": row_id, "school_id": school_id, "version": seq, "deleted": deleted,
                          "lww_ts": None}
                records.append({n: record.get(n) for n in names})
                if entity == "assessments":
                    section_of_assessment[row_id] = fields["section_id"]
                if entity == "attendance_marks":
                    section_of_mark[row_id] = fields["section_id"]
                data = {name: fields.get(name) for name in ENTITIES[entity]}
                changes.append({
                    "school_id": school_id, "entity": entity, "row_id": row_id, "seq": seq, "version": seq,
                    "deleted": deleted, "domain": DOMAINS[entity],
                    "section_id": _section_of(entity, fields, section_of_assessment, section_of_mark),
                    "data": json.dumps(data, separators=(",", ":"), ensure_ascii=False),
                })
            for start in range(0, len(records), 5000):
                upsert(conn, table, records[start:start + 5000], ["school_id", "id"])
                upsert(conn, T["row_changes"], changes[start:start + 5000], ["school_id", "entity", "row_id"])
            count += len(records)
    return count


def create_school(engine: Engine, *, code: str, name: str, currency: str = "USD", currency_digits: int = 2,
                  time_zone: str = "UTC", locale: str = "en_US", attendance_edit_days: int = 7,
                  school_id: str | None = None, default_codes: bool = True, extra: Mapping[str, Any] | None = None,
                  ) -> dict[str, Any]:
    schools = T["schools"]
    with engine.connect() as conn:
        if conn.execute(select(schools.c.id).where(schools.c.code == code)).first() is not None:
            raise SchoolError(f"A school with the code {code!r} already exists.")
    school_id = school_id or new_id()
    fields = {
        "code": code, "name": name, "currency": currency.upper(), "currency_digits": currency_digits,
        "time_zone": time_zone, "locale": locale, "address": "", "phone": "", "attendance_mode": "daily",
        "periods_per_day": 1, "attendance_edit_days": attendance_edit_days, "chronic_absence_percent": 90,
        "late_fee_rule": {}, "show_class_position": True, "weekend_days": [5, 6], "logo_png": "",
    }
    fields.update({k: v for k, v in (extra or {}).items() if k in ENTITIES["schools"]})
    with writing(engine) as conn:
        conn.execute(insert(T["school_counters"]).values(school_id=school_id, last_seq=0))
    rows: dict[str, list[dict[str, Any]]] = {"schools": [{"id": school_id, **fields}]}
    if default_codes:
        rows["attendance_codes"] = [
            {"code": c, "label": label, "kind": kind, "office_only": office, "sort_order": i}
            for i, (c, label, kind, office) in enumerate(DEFAULT_ATTENDANCE_CODES)
        ]
    bulk_insert(engine, school_id, rows)
    return {"id": school_id, **fields}


def add_user(engine: Engine, school_id: str, *, username: str, full_name: str, role: str, password: str,
             phone: str = "", user_id: str | None = None, scrypt_n: int = 2**14) -> dict[str, Any]:
    from server.sync import apply_as_server

    if role not in ("teacher", "office", "principal", "admin"):
        raise SchoolError("The role must be teacher, office, principal or admin.")
    if len(password) < 8:
        raise SchoolError("A password needs at least 8 characters.")
    user_id = user_id or new_id()
    system = Actor(school_id=school_id, user_id="", role="admin", device_id="server")
    fields = {"school_id": school_id, "username": username, "full_name": full_name, "role": role,
              "phone": phone, "active": True}
    [result] = apply_as_server(engine, system, [Mut(1, "users", user_id, "put", fields, None, _now())])
    if result["status"] == "rejected":
        raise SchoolError(result["reason"])
    set_password(engine, school_id, user_id, password, scrypt_n=scrypt_n)
    return {"id": user_id, **fields}


def set_password(engine: Engine, school_id: str, user_id: str, password: str, *, scrypt_n: int = 2**14,
                 password_hash: str | None = None) -> None:
    creds = T["credentials"]
    record = {"school_id": school_id, "user_id": user_id,
              "password_hash": password_hash or hash_password(password, scrypt_n), "updated_at": time.time()}
    with writing(engine) as conn:
        upsert(conn, creds, [record], ["school_id", "user_id"])


__all__ = ["SchoolError", "add_user", "bulk_insert", "create_school", "school_by_code", "set_password"]
