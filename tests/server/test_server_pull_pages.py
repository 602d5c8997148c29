"""A pull page on PostgreSQL is read with SQL written once per shape of scope, on the driver;
it must be the very page the general (SQLAlchemy) query gives, for every role, page size,
cursor and entity filter."""

from __future__ import annotations

from sqlalchemy import select

from server import sync
from server.engine import Actor
from server.models import T
from tests.server.test_server_scope import seed_activity


def test_every_role_gets_the_same_pages_either_way(client, school, server_app):
    seed_activity(school, client)
    engine = server_app.state.engine
    users, counters = T["users"], T["school_counters"]
    with engine.connect() as conn:
        people = conn.execute(select(users.c.id, users.c.role).where(users.c.school_id == school.id)).all()
        newest = conn.execute(select(counters.c.last_seq).where(counters.c.school_id == school.id)).scalar_one()
    assert {role for _id, role in people} >= {"teacher", "office", "principal", "admin"}
    compared = 0
    for user_id, role in people:
        for entity in (None, "students", "attendance_marks", "payments"):
            for after in (0, 3, newest - 2, newest, newest + 5):  # newest + 5: a server restored from a backup
                for limit in (1, 4, 1000):
                    for remaining in (None, 2, 10**6):
                        with engine.connect() as conn:
                            actor = sync.with_scope(conn, Actor(school.id, user_id, role, ""))
                            cursor = sync.Cursor(max(after, 0), remaining, False)
                            generic = sync._page_generic(conn, actor, entity, cursor, limit)
                            if conn.dialect.name == "postgresql":
                                fast = sync._page_postgres(conn, actor, entity, cursor, limit)
                                assert fast == generic, (role, entity, after, limit, remaining)
                        compared += 1
    assert compared > 100


def test_a_teachers_pull_over_http_is_paged_to_the_end_in_order(client, school):
    seed_activity(school, client)
    teacher = school.login(client, "teacher1")
    seqs, cursor = [], ""
    while True:
        page = teacher.get("/sync/pull", cursor=cursor, limit=1).json()
        seqs += [c["seq"] for c in page["changes"]]
        cursor = page["cursor"]
        if not page["more"]:
            break
        assert page["total"] >= 1
    assert seqs == sorted(set(seqs)) and seqs
    assert teacher.get("/sync/pull", cursor=cursor).json()["changes"] == []
