"""A pull page on PostgreSQL is read with SQL written once per shape of scope, on the driver;
it must be the very page the general (SQLAlchemy) query gives, for every role, page size,
cursor and entity filter."""

from __future__ import annotations

import threading
import time

from sqlalchemy import event, select

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


def test_a_pull_request_reads_on_one_connection(client, school, server_app):
    """The user's check, the scope and the page of one pull share one pooled connection (each
    checkout pings the database, and 20 devices pull at once)."""
    seed_activity(school, client)
    teacher = school.login(client, "teacher1")
    engine = server_app.state.engine
    checkouts: list[object] = []

    def count(*_args) -> None:  # noqa: ANN002
        checkouts.append(1)

    event.listen(engine, "checkout", count)
    try:
        page = teacher.get("/sync/pull", cursor="", limit=3).json()
    finally:
        event.remove(engine, "checkout", count)
    assert page["reset"] is True and len(page["changes"]) == 3
    assert len(checkouts) == 1


def test_twenty_pulls_at_once_open_no_new_connections_once_the_pool_is_warm(school, client, server_app):
    """20 devices pulling together: after the first round, every connection comes from the pool
    (a connection opened past the pool's size was closed after its one request, and on
    PostgreSQL each new one is a new backend process)."""
    seed_activity(school, client)
    engine = server_app.state.engine
    users = T["users"]
    with engine.connect() as conn:
        principal = conn.execute(select(users.c.id).where(users.c.school_id == school.id,
                                                          users.c.role == "principal")).scalar_one()
    opened: list[object] = []

    def count(*_args) -> None:  # noqa: ANN002
        opened.append(1)

    def round_of_pulls() -> None:
        barrier = threading.Barrier(20)
        errors: list[BaseException] = []

        def device() -> None:
            try:
                barrier.wait(30)
                with engine.connect() as conn:
                    actor = Actor(school.id, principal, "principal", "")
                    text = sync.pull_on(sync.read_only(conn), actor, "", 50)
                    time.sleep(0.05)  # the answer being sent while the others read
                assert text.startswith('{"changes":[{"seq":')
            except BaseException as exc:  # noqa: BLE001
                errors.append(exc)

        threads = [threading.Thread(target=device) for _ in range(20)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors, errors[0]

    round_of_pulls()
    event.listen(engine, "connect", count)
    try:
        round_of_pulls()
        round_of_pulls()
    finally:
        event.remove(engine, "connect", count)
    assert opened == []
