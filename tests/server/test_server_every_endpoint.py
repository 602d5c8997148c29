"""Tenant isolation on every endpoint (issue 5): walked from the real app's routes.

Every route of the server is listed here with what an intruder from school A
would send it to reach school B: B's ids in the path, B's ids and B's
``school_id`` in the body. A route that is not listed fails the test, so a new
endpoint cannot slip by unclassified. For each route, signed in as school A's
admin and then as its principal, each request is made and:

* no answer is a server error, and a path naming one of B's rows answers 404;
* no answer holds any of B's ids, B's code, or anything else of B that the
  request did not itself carry (an id A sent may be echoed back as A's own);
* every row school B has in every table of the server's database is the same
  afterwards as before, byte for byte.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from app.sync.protocol import PROTOCOL_HEADER
from server.admin import ADMIN_ENTITIES
from server.app import create_app
from server.models import T
from tests.server.conftest import PASSWORD, School, Session, attendance, mark, payment, settings_for, uid

ROLES = ("admin", "principal")
DOCS = ("/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc")


def walk_routes(routes, prefix: str = "") -> list[tuple[str, str]]:
    """(method, path) of every endpoint, through included routers; HEAD (implied by GET) left out."""
    found = []
    for route in routes:
        if hasattr(route, "path"):
            found += [(m, prefix + route.path) for m in sorted(getattr(route, "methods", None) or ()) if m != "HEAD"]
            continue
        context = getattr(route, "include_context", None)
        inner = getattr(getattr(route, "original_router", None), "routes", None) or getattr(route, "routes", None)
        if inner is None:
            raise AssertionError(f"A route of an unknown kind, not walked: {route!r}")
        found += walk_routes(inner, prefix + (getattr(context, "prefix", None) or getattr(route, "prefix", "") or ""))
    return found


def _collected_routes() -> list[tuple[str, str]]:
    folder = tempfile.mkdtemp(prefix="daftar-routes-")
    app = create_app(settings_for(f"sqlite:///{folder}/server.sqlite3"))
    try:
        return walk_routes(app.routes)
    finally:
        app.state.engine.dispose()
        shutil.rmtree(folder, ignore_errors=True)


ROUTES = _collected_routes()


# -- school B's rows, before and after --------------------------------------------------------------


def snapshot(app, school_id: str) -> dict[str, list[tuple]]:
    """Every row of school B in every table that has a school (sorted, as text)."""
    out = {}
    with app.state.engine.connect() as conn:
        for name, table in sorted(T.items()):
            if "school_id" not in table.c:
                continue
            rows = conn.execute(select(table).where(table.c.school_id == school_id)).all()
            out[name] = sorted(tuple(str(v) for v in row) for row in rows)
    return out


def ids_of(app, school_id: str) -> dict[str, list[str]]:
    """School B's row ids by table (entities, devices, the change log's row ids)."""
    out: dict[str, list[str]] = {}
    with app.state.engine.connect() as conn:
        for name, table in sorted(T.items()):
            if "school_id" not in table.c:
                continue
            for column in ("id", "row_id"):
                if column in table.c:
                    out.setdefault(name, []).extend(
                        str(v) for (v,) in conn.execute(select(table.c[column]).where(table.c.school_id == school_id)))
    return out


def seed_school_b(client, b: School) -> dict[str, Any]:
    """School B at work: attendance, a mark, a payment, a registered device that has synced, a calendar
    with a day present and a day removed."""
    teacher, office, admin = b.login(client, "teacher1"), b.login(client, "office"), b.login(client, "admin")
    teacher.push(teacher.mutation("attendance_marks", uid(), attendance(b, "student1", "sec_a")),
                 teacher.mutation("marks", uid(), mark(b, "student2", "assess_a", 2500)))
    office.push(office.mutation("payments", uid(), payment(b, "student1", f"{b.code}-1")))
    assert teacher.post(f"/devices/{teacher.device_id}/status", {"pending": 3}).status_code == 200
    days = admin.post("/admin/school_calendar/days", {"first": "2026-05-04", "last": "2026-05-05", "name": "B"})
    assert days.status_code == 201, days.text
    kept, removed = (r["id"] for r in days.json()["rows"])
    assert admin.post("/admin/school_calendar/remove", {"ids": [removed]}).status_code == 200
    return {"device": teacher.device_id, "calendar": [kept, removed], "admin": admin}


# -- what each endpoint is sent --------------------------------------------------------------------

Request = tuple[str, str, dict[str, Any]]  # method, path, httpx keyword arguments
#: A request whose path names one of B's rows must find nothing there.
NOT_FOUND = "404"


def _rows_of(ids: dict[str, list[str]], entity: str) -> list[str]:
    return ids.get(entity, [])[:2] or [uid()]


def _entity_rows(app, b: School, entity: str) -> list[dict[str, Any]]:
    table = T[entity]
    with app.state.engine.connect() as conn:
        rows = conn.execute(select(table).where(table.c.school_id == b.id).limit(2)).mappings().all()
    return [{k: (v if isinstance(v, (str, int, float, bool, type(None))) else str(v)) for k, v in dict(r).items()
             if k not in ("version", "updated_at", "deleted", "server_seq")} for r in rows]


def requests_for(method: str, path: str, *, app, a: Session, b: School, b_ids: dict[str, list[str]],
                 seeded: dict[str, Any]) -> list[tuple[Request, str | None]]:
    """The requests school A's user makes to this endpoint to reach school B, each with what it must answer
    (``NOT_FOUND``) or None (any answer but a server error). An endpoint not classified here fails."""
    ids = b.ids
    key = (method, path)
    if path in DOCS or key == ("GET", "/v1/health"):
        return [((method, path, {}), None)]  # nothing of any school's: still nothing of B's in it
    table: dict[tuple[str, str], Callable[[], list[tuple[Request, str | None]]]] = {
        ("POST", "/v1/auth/login"): lambda: [
            (("POST", path, {"json": {"school_code": b.code, "username": "admin", "password": "not " + PASSWORD}}),
             None)],
        ("POST", "/v1/auth/refresh"): lambda: [(("POST", path, {"json": {"refresh_token": a.refresh}}), None)],
        ("POST", "/v1/auth/logout"): lambda: [(("POST", path, {"json": {"refresh_token": a.refresh}}), None)],
        ("POST", "/v1/devices"): lambda: [
            (("POST", path, {"json": {"name": "B's laptop?", "device_id": seeded["device"]}}), None)],
        ("POST", "/v1/devices/{device_id}/status"): lambda: [
            (("POST", f"/v1/devices/{seeded['device']}/status", {"json": {"pending": 99}}), NOT_FOUND)],
        ("GET", "/v1/devices"): lambda: [(("GET", path, {}), None)],
        ("POST", "/v1/sync/push"): lambda: [
            (("POST", path, {"json": {"device_id": seeded["device"], "mutations": [
                a.mutation("students", ids["student1"], {"given_name": "Stolen"})]}}), None),
            (("POST", path, {"json": {"device_id": a.device_id, "mutations": [
                a.mutation("students", ids["student1"], {"given_name": "Stolen"}),
                a.mutation("students", ids["student2"], op="delete"),
                a.mutation("attendance_marks", uid(), attendance(b, "student1", "sec_a")),
                a.mutation("schools", b.id, {"name": "Mine now"}),
                a.mutation("users", ids["admin"], {"role": "teacher"}),
                a.mutation("school_calendar", seeded["calendar"][0], op="delete"),
            ]}}), None)],
        ("GET", "/v1/sync/pull"): lambda: [(("GET", path, {"params": {"cursor": "", "limit": 5000}}), None)]
        + [(("GET", path, {"params": {"cursor": "", "limit": 5000, "entity": e}}), None)
           for e in ("students", "payments", "school_calendar")],
        ("GET", "/v1/sync/checksums"): lambda: [(("GET", path, {}), None)],
        ("POST", "/v1/sync/checksums"): lambda: [
            (("POST", path, {"json": {"rows": {e: v for e, v in b_ids.items() if e in T and e not in (
                "devices", "row_changes", "refresh_tokens", "credentials", "push_results", "school_counters")}}}),
             None)],
        ("GET", "/v1/admin/school"): lambda: [(("GET", path, {}), None)],
        ("PATCH", "/v1/admin/school"): lambda: [
            (("PATCH", path, {"json": {"name": "A renamed", "id": b.id, "school_id": b.id}}), None),
            (("PATCH", path, {"json": {"attendance_edit_days": 9}}), None)],
        ("POST", "/v1/admin/school_calendar/days"): lambda: [
            (("POST", path, {"json": {"first": "2026-05-04", "last": "2026-05-05", "school_id": b.id}}), None)],
        ("POST", "/v1/admin/school_calendar/remove"): lambda: [
            (("POST", path, {"json": {"ids": seeded["calendar"]}}), NOT_FOUND),
            (("POST", path, {"json": {"ids": seeded["calendar"][:1]}}), NOT_FOUND)],
        ("POST", "/v1/admin/users"): lambda: [
            (("POST", path, {"json": {"username": f"intruder-{a.user_id[:8]}", "full_name": "Intruder",
                                      "role": "admin", "password": "long enough words", "school_id": b.id}}), None)],
        ("PUT", "/v1/admin/users/{user_id}/password"): lambda: [
            (("PUT", f"/v1/admin/users/{ids[name]}/password", {"json": {"password": "taken over now"}}), NOT_FOUND)
            for name in ("admin", "teacher1")],
        ("GET", "/v1/admin/{entity}"): lambda: [
            (("GET", f"/v1/admin/{e}", {"params": {"include_deleted": "true", "limit": 5000}}), None)
            for e in ADMIN_ENTITIES],
        ("GET", "/v1/admin/{entity}/{row_id}"): lambda: [
            (("GET", f"/v1/admin/{e}/{r}", {}), NOT_FOUND) for e in ADMIN_ENTITIES for r in _rows_of(b_ids, e)],
        ("POST", "/v1/admin/{entity}"): lambda: [
            (("POST", f"/v1/admin/{e}", {"json": {**row, "school_id": b.id}}), None)
            for e in ADMIN_ENTITIES for row in _entity_rows(app, b, e)]
        + [(("POST", f"/v1/admin/{e}", {"json": {k: v for k, v in row.items() if k != "school_id"}}), None)
           for e in ADMIN_ENTITIES for row in _entity_rows(app, b, e)],
        ("PATCH", "/v1/admin/{entity}/{row_id}"): lambda: [
            (("PATCH", f"/v1/admin/{e}/{r}", {"json": {"school_id": a_school_id(a), "name": "Stolen"}}), NOT_FOUND)
            for e in ADMIN_ENTITIES for r in _rows_of(b_ids, e)],
        ("DELETE", "/v1/admin/{entity}/{row_id}"): lambda: [
            (("DELETE", f"/v1/admin/{e}/{r}", {}), NOT_FOUND) for e in ADMIN_ENTITIES for r in _rows_of(b_ids, e)],
    }
    if key not in table:
        pytest.fail(f"{method} {path} is not classified in this test: say what school A would send it to reach "
                    "school B, so that tenant isolation is proved on it too.")
    return table[key]()


def a_school_id(a: Session) -> str:
    return a.client.get("/v1/admin/school", headers=a.headers()).json()["id"]


@pytest.mark.parametrize(("method", "path"), ROUTES, ids=[f"{m} {p}" for m, p in ROUTES])
def test_no_endpoint_lets_school_a_see_or_touch_school_b(method, path, client, school, other_school, server_app):
    seeded = seed_school_b(client, other_school)
    b_ids = ids_of(server_app, other_school.id)
    forbidden = {v for values in b_ids.values() for v in values} | {other_school.id, other_school.code}
    own = {v for values in ids_of(server_app, school.id).values() for v in values}
    assert not forbidden & own
    before = snapshot(server_app, other_school.id)
    made = 0
    for role in ROLES:
        a = school.login(client, role)
        for (verb, url, kwargs), expect in requests_for(method, path, app=server_app, a=a, b=other_school,
                                                        b_ids=b_ids, seeded=seeded):
            response = client.request(verb, url, headers=a.headers(), **kwargs)
            made += 1
            sent = url + json.dumps(kwargs, default=str)
            what = f"{role}: {verb} {url} -> {response.status_code}"
            assert response.status_code < 500, f"{what}: {response.text[:300]}"
            if expect == NOT_FOUND:
                assert response.status_code == 404, f"{what}: {response.text[:300]}"
            leaked = sorted(s for s in forbidden if s in response.text and s not in sent)
            assert not leaked, f"{what} answers with school B's {leaked[:3]}"
            if url == "/v1/admin/school" and verb == "GET":
                assert response.json()["id"] == school.id
    assert made
    after = snapshot(server_app, other_school.id)
    changed = {name for name in before if before[name] != after[name]}
    assert not changed, f"{method} {path} changed school B's {sorted(changed)}"
    # And B still works as it did: its admin signs in with its own password.
    assert other_school.login(client, "admin", device=False).token
    del seeded["admin"]


def test_every_endpoint_is_walked():
    """The walk reaches the included admin router, and no route is walked twice."""
    assert len(ROUTES) == len(set(ROUTES))
    paths = {p for _m, p in ROUTES}
    assert {"/v1/admin/users/{user_id}/password", "/v1/admin/school_calendar/remove", "/v1/devices",
            "/v1/sync/push", "/v1/admin/{entity}/{row_id}"} <= paths
