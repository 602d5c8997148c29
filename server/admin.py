"""The admin API (``/v1/admin/…``): run a school without the client's help.

For admins and principals of the school. Writes go through the same change
machinery as pushes (:func:`server.sync.apply_as_server`), so they obey the
same rules and reach every device by pull.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any, Literal

from fastapi import APIRouter, Body, Depends, Path, Query
from pydantic import BaseModel, Field
from sqlalchemy import Engine, select

from app.sync.protocol import ENTITIES
from server.auth import ApiError
from server.engine import Actor, Mut, _now, school_settings_refusal, weekend_refusal
from server.ids import new_id
from server.models import T
from server.schools import SchoolError, add_user, set_password
from server.settings import Settings
from server.sync import apply_as_server

ADMIN_ENTITIES = (
    "academic_years", "terms", "users", "sections", "subjects", "teaching_assignments", "students", "enrollments",
    "attendance_codes", "grade_scales", "category_weights", "fee_heads", "fee_structures", "invoices",
    "invoice_lines", "concessions", "assessments", "server_conflicts", "audit_log", "payments",
    "payment_cancellations", "attendance_marks", "marks", "school_calendar",
)
AdminEntity = Enum("AdminEntity", {name: name for name in ADMIN_ENTITIES}, type=str)  # type: ignore[misc]

STATUS_OF_CODE = {
    "forbidden": 403, "out_of_scope": 403, "server_only": 403, "not_found": 404, "duplicate": 409,
    "append_only": 409, "edit_window_closed": 409, "entry_closed": 409,
}


class NewUser(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    full_name: str = Field(min_length=1, max_length=200)
    role: str = Field(pattern="^(teacher|office|principal|admin)$")
    password: str = Field(min_length=8, max_length=1024)
    phone: str = ""


class NewPassword(BaseModel):
    password: str = Field(min_length=8, max_length=1024)


#: The longest run of calendar days added or removed at once (a year's worth).
CALENDAR_LONGEST_RANGE = 366


class CalendarDays(BaseModel):
    """Holidays or closed days from ``first`` to ``last`` (the school's weekend days in between are left out)."""

    first: dt.date
    last: dt.date
    kind: Literal["holiday", "closed"] = "holiday"
    name: str = Field(default="", max_length=100)


class CalendarRemoval(BaseModel):
    ids: list[str] = Field(min_length=1, max_length=CALENDAR_LONGEST_RANGE)


def school_settings_problem(fields: dict[str, Any]) -> str | None:
    """Why these changes to a school's attendance settings cannot be kept (English), or None: the sync's own
    rule (:func:`server.engine.school_settings_refusal`), so a push cannot keep what this API refuses."""
    refusal = school_settings_refusal(fields)
    return refusal.reason if refusal is not None else None


def _public(row: dict[str, Any], entity: str) -> dict[str, Any]:
    return {"id": row["id"], "version": row["version"], "deleted": row["deleted"],
            **{k: row.get(k) for k in ENTITIES[entity]}}


def admin_router(engine: Engine, actor_dep, settings: Settings) -> APIRouter:  # noqa: ANN001, C901
    from server.app import ErrorBody

    router = APIRouter(responses={
        404: {"model": ErrorBody, "description": "No such record in your school"},
        409: {"model": ErrorBody, "description": "Already exists (a username, a code) or refused by a rule"},
    })

    def admin(who: Actor = Depends(actor_dep)) -> Actor:
        if who.role not in ("admin", "principal"):
            raise ApiError(403, "forbidden", "Only the school's admin or principal may use the admin API.")
        who.device_id = "admin-api"
        return who

    def write(who: Actor, entity: str, row_id: str, op: str, fields: dict[str, Any]) -> dict[str, Any]:
        [result] = apply_as_server(engine, who, [Mut(1, entity, row_id, op, fields, None, _now())])
        if result["status"] == "rejected":
            code = result.get("code", "rejected")
            raise ApiError(STATUS_OF_CODE.get(code, 422), code, result["reason"])
        return get_row(who, entity, result["row"]["id"] if result.get("row") else row_id)

    def get_row(who: Actor, entity: str, row_id: str) -> dict[str, Any]:
        table = T[entity]
        with engine.connect() as conn:
            row = conn.execute(
                select(table).where(table.c.school_id == who.school_id, table.c.id == row_id)
            ).mappings().first()
        if row is None:
            raise ApiError(404, "not_found", f"There is no such {entity} record in this school.")
        return _public(dict(row), entity)

    @router.get("/school")
    def read_school(who: Actor = Depends(admin)) -> dict:
        """The caller's school."""
        return get_row(who, "schools", who.school_id)

    @router.patch("/school")
    def change_school(fields: dict[str, Any] = Body(...), who: Actor = Depends(admin)) -> dict:
        """Change the school's settings (name, currency, attendance edit window…); its code stays."""
        problem = school_settings_problem(fields)
        if problem:
            raise ApiError(422, "invalid_fields", problem)
        if "weekend_days" in fields:
            fields = dict(fields, weekend_days=sorted(fields["weekend_days"]))
        return write(who, "schools", who.school_id, "put", fields)

    @router.post("/school_calendar/days", status_code=201)
    def add_calendar_days(body: CalendarDays, who: Actor = Depends(admin)) -> dict:
        """Make the days from ``first`` to ``last`` holidays or closed days, all or none.

        The school's weekend days are left out; a day already in the calendar is
        refused (change or remove it instead). A day removed before comes back
        under its old id, so every device's copy keeps one row per date.
        """
        if body.last < body.first:
            raise ApiError(422, "invalid_fields", "The last day comes before the first.")
        span = (body.last - body.first).days + 1
        if span > CALENDAR_LONGEST_RANGE:
            raise ApiError(422, "invalid_fields", f"At most {CALENDAR_LONGEST_RANGE} days can be added at once.")
        weekend = get_row(who, "schools", who.school_id).get("weekend_days")
        days = [d for d in (body.first + dt.timedelta(days=i) for i in range(span))
                if weekend_refusal(d.isoformat(), weekend) is None]
        if not days:
            raise ApiError(422, "invalid_fields", "Those days are all weekend days at this school: no school then.")
        table = T["school_calendar"]
        wanted = [d.isoformat() for d in days]
        with engine.connect() as conn:
            known = conn.execute(select(table.c.id, table.c.date, table.c.deleted).where(
                table.c.school_id == who.school_id, table.c.date.in_(wanted))).all()
        taken = sorted(str(r.date) for r in known if not r.deleted)
        if taken:
            raise ApiError(409, "duplicate",
                           f"Already in the school's calendar: {', '.join(taken[:10])}. Change or remove "
                           "those days instead; nothing was added.")
        removed = {str(r.date): r.id for r in known}
        now = _now()
        muts = [Mut(i + 1, "school_calendar", removed.get(day) or new_id(), "put",
                    {"school_id": who.school_id, "date": day, "kind": body.kind, "name": body.name.strip()},
                    None, now) for i, day in enumerate(wanted)]
        results = apply_as_server(engine, who, muts)
        refused = [r for r in results if r["status"] == "rejected"]
        if refused:
            raise ApiError(STATUS_OF_CODE.get(refused[0].get("code"), 422), refused[0].get("code", "rejected"),
                           refused[0]["reason"])
        return {"rows": [get_row(who, "school_calendar", m.id) for m in muts]}

    @router.post("/school_calendar/remove")
    def remove_calendar_days(body: CalendarRemoval, who: Actor = Depends(admin)) -> dict:
        """Remove holidays or closed days (by id) from the calendar, in one change."""
        for row_id in body.ids:
            get_row(who, "school_calendar", row_id)
        now = _now()
        results = apply_as_server(engine, who, [Mut(i + 1, "school_calendar", row_id, "delete", {}, None, now)
                                                for i, row_id in enumerate(body.ids)])
        refused = [r for r in results if r["status"] == "rejected"]
        if refused:
            raise ApiError(STATUS_OF_CODE.get(refused[0].get("code"), 422), refused[0].get("code", "rejected"),
                           refused[0]["reason"])
        return {"removed": len(body.ids)}

    @router.post("/users", status_code=201)
    def create_user(body: NewUser, who: Actor = Depends(admin)) -> dict:
        """Create a user with a role and a password."""
        try:
            user = add_user(engine, who.school_id, username=body.username, full_name=body.full_name,
                            role=body.role, password=body.password, phone=body.phone, scrypt_n=settings.scrypt_n)
        except SchoolError as exc:
            raise ApiError(409 if "taken" in str(exc) else 422, "invalid_request", str(exc)) from None
        return get_row(who, "users", user["id"])

    @router.put("/users/{user_id}/password")
    def change_password(body: NewPassword, user_id: str = Path(max_length=36), who: Actor = Depends(admin)) -> dict:
        """Set a user's password."""
        get_row(who, "users", user_id)
        set_password(engine, who.school_id, user_id, body.password, scrypt_n=settings.scrypt_n)
        return {"ok": True}

    @router.get("/{entity}")
    def list_rows(entity: AdminEntity, include_deleted: bool = False, limit: int = Query(500, ge=1, le=5000),
                  offset: int = Query(0, ge=0), who: Actor = Depends(admin)) -> dict:
        """The school's records of one kind, in id order."""
        table = T[entity.value]
        query = select(table).where(table.c.school_id == who.school_id)
        if not include_deleted:
            query = query.where(table.c.deleted.is_(False))
        with engine.connect() as conn:
            rows = conn.execute(query.order_by(table.c.id).limit(limit).offset(offset)).mappings().all()
        return {"rows": [_public(dict(r), entity.value) for r in rows]}

    @router.get("/{entity}/{row_id}")
    def read_row(entity: AdminEntity, row_id: str = Path(max_length=36), who: Actor = Depends(admin)) -> dict:
        """One record."""
        return get_row(who, entity.value, row_id)

    @router.post("/{entity}", status_code=201)
    def create_row(entity: AdminEntity, fields: dict[str, Any] = Body(...), who: Actor = Depends(admin)) -> dict:
        """Create a record (all its fields; ``id`` optional, ``school_id`` implied)."""
        fields = dict(fields)
        row_id = str(fields.pop("id", None) or new_id())
        fields.setdefault("school_id", who.school_id)
        return write(who, entity.value, row_id, "put", fields)

    @router.patch("/{entity}/{row_id}")
    def change_row(entity: AdminEntity, fields: dict[str, Any] = Body(...), row_id: str = Path(max_length=36),
                   who: Actor = Depends(admin)) -> dict:
        """Change some fields of a record."""
        get_row(who, entity.value, row_id)
        return write(who, entity.value, row_id, "put", fields)

    @router.delete("/{entity}/{row_id}")
    def delete_row(entity: AdminEntity, row_id: str = Path(max_length=36), who: Actor = Depends(admin)) -> dict:
        """Delete (tombstone) a record; payments are never deleted (record a cancellation)."""
        get_row(who, entity.value, row_id)
        return write(who, entity.value, row_id, "delete", {})

    return router
