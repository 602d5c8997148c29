"""Measure the server: pull rows/s, push mutations/s, push latency under concurrent devices.

    python -m server.benchmark --database-url postgresql+psycopg://…/bench [--size large]

Loads the demo school (if it is not there yet), then

* **pull**: the principal pulls every attendance mark (``entity=attendance_marks``)
  page by page, timed server-side (the function behind ``GET /v1/sync/pull``,
  building the JSON body) and over HTTP on loopback;
* **push**: 500-mutation pushes of new attendance marks, one device, with
  every check on (scope, references, edit window, codes, natural keys);
* **concurrent push**: 20 devices at once, each pushing 500-mutation batches
  over HTTP; p50/p95 latency.

Prints one line per figure. ``bench/`` (the project's performance table) may
call :func:`run` and use the returned dict.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import statistics
import threading
import time
from typing import Any

from sqlalchemy import select

from app.sync.protocol import PROTOCOL_HEADER, format_datetime
from server.db import make_engine, migrate
from server.engine import Actor
from server.ids import new_id
from server.models import T


def _ensure_demo(engine, size: str) -> dict[str, Any]:  # noqa: ANN001
    from server.demo import load_demo

    schools = T["schools"]
    with engine.connect() as conn:
        row = conn.execute(select(schools.c.id).where(schools.c.code == "DEMO")).first()
    if row is None:
        started = time.perf_counter()
        summary = load_demo(engine, size=size, seed=7)
        print(f"loaded demo ({size}): {summary['rows']} rows in {time.perf_counter() - started:.1f}s", flush=True)
        return {"id": summary["id"]}
    return {"id": row.id}


def _user(engine, school_id: str, role: str) -> str:  # noqa: ANN001
    users = T["users"]
    with engine.connect() as conn:
        return conn.execute(
            select(users.c.id).where(users.c.school_id == school_id, users.c.role == role).order_by(users.c.username)
        ).scalars().first()


def bench_pull(engine, school_id: str, limit: int = 5000) -> dict[str, float]:  # noqa: ANN001
    from server.sync import pull

    actor = Actor(school_id=school_id, user_id=_user(engine, school_id, "principal"), role="principal", device_id="")
    cursor, rows, started = "", 0, time.perf_counter()
    while True:
        text = pull(engine, actor, cursor, limit, "attendance_marks")
        rows += text.count('{"seq":')
        tail = json.loads("{" + text[text.rindex('],"cursor":') + 2:])  # not the rows: a client's work
        cursor = tail["cursor"]
        if not tail["more"]:
            break
    seconds = time.perf_counter() - started
    return {"pull_rows": rows, "pull_seconds": seconds, "pull_rows_per_s": rows / seconds}


def bench_pull_http(url: str, engine, school_id: str, limit: int = 5000) -> dict[str, float]:  # noqa: ANN001
    """The same pull over HTTP on loopback (uvicorn, one client), bodies read but not parsed."""
    import httpx

    from server.security import make_access_token

    principal = _user(engine, school_id, "principal")
    with _live_server(url) as base:
        from server.app import _load_secret  # the secret the server uses (kept in its database)
        from server.settings import Settings

        token = make_access_token(_load_secret(engine, Settings(database_url=url)), principal, school_id, 3600)
        headers = {PROTOCOL_HEADER: "1", "Authorization": "Bearer " + token}
        cursor, rows, started = "", 0, time.perf_counter()
        with httpx.Client(base_url=base, headers=headers, timeout=120) as http:
            while True:
                text = http.get("/sync/pull", params={"cursor": cursor, "limit": limit,
                                                      "entity": "attendance_marks"}).text
                rows += text.count('{"seq":')
                tail = json.loads("{" + text[text.rindex('],"cursor":') + 2:])
                cursor = tail["cursor"]
                if not tail["more"]:
                    break
        seconds = time.perf_counter() - started
    return {"http_pull_rows": rows, "http_pull_seconds": seconds, "http_pull_rows_per_s": rows / seconds}


def _marks_batch(school_id: str, students: list[tuple[str, str]], day: dt.date, device: str, start_seq: int,
                 period: int) -> list[dict[str, Any]]:
    now = format_datetime(dt.datetime.now(dt.UTC))
    return [
        {"seq": start_seq + i, "entity": "attendance_marks", "id": new_id(), "op": "put",
         "fields": {"school_id": school_id, "student_id": sid, "section_id": sec, "date": day.isoformat(),
                    "period": period, "code": "P", "note": "", "marked_by": None, "marked_at": now,
                    "device_id": device},
         "base_version": None, "client_ts": now}
        for i, (sid, sec) in enumerate(students)
    ]


def _enrolled(engine, school_id: str) -> list[tuple[str, str]]:  # noqa: ANN001
    enr = T["enrollments"]
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(
            select(enr.c.student_id, enr.c.section_id).where(enr.c.school_id == school_id, enr.c.deleted.is_(False))
            .order_by(enr.c.section_id, enr.c.roll_no))]


def bench_push(engine, school_id: str, batches: int = 10, period: int = 7) -> dict[str, float]:  # noqa: ANN001
    """Pushes of 500 new attendance marks by the office, through :func:`server.sync.push`."""
    from server.auth import AuthService
    from server.settings import Settings
    from server.sync import push

    office = _user(engine, school_id, "office")
    actor = Actor(school_id=school_id, user_id=office, role="office", device_id="")
    device = AuthService(engine, Settings(), "x").register_device(actor, "bench", None)["device_id"]
    students = _enrolled(engine, school_id)
    day = dt.date.today()
    total, started, seq = 0, time.perf_counter(), 1
    for b in range(batches):
        chunk = students[(b * 500) % len(students):][:500]
        if len(chunk) < 500:
            day -= dt.timedelta(days=1)
            chunk = students[:500]
        body = {"device_id": device, "mutations": _marks_batch(school_id, chunk, day, device, seq, period)}
        seq += len(chunk)
        result = push(engine, Actor(school_id, office, "office", ""), body)
        assert all(r["status"] in ("applied", "merged") for r in result["results"]), result["results"][:2]
        total += len(chunk)
    seconds = time.perf_counter() - started
    return {"push_mutations": total, "push_seconds": seconds, "push_mutations_per_s": total / seconds}


def _bench_school(engine, n: int) -> str:  # noqa: ANN001
    """A school of 500 students in one section, with an office user (for the many-schools run)."""
    from server.schools import add_user, bulk_insert, create_school

    school = create_school(engine, code=f"BENCH{n}-{new_id()[-6:]}", name=f"Bench {n}")
    add_user(engine, school["id"], username="office", full_name="Office", role="office",
             password="bench-password", scrypt_n=2**10)
    year, section = new_id(), new_id()
    students = [new_id() for _ in range(500)]
    bulk_insert(engine, school["id"], {
        "academic_years": [{"id": year, "name": "Y", "starts_on": "2026-01-01", "ends_on": "2026-12-31",
                            "current": True}],
        "sections": [{"id": section, "academic_year_id": year, "name": "A", "grade_level": 1,
                      "homeroom_teacher_id": None, "room": ""}],
        "students": [{"id": sid, "admission_no": str(i), "given_name": "S", "family_name": str(i),
                      "full_name": f"S {i}", "gender": "", "date_of_birth": None, "guardian_name": "",
                      "guardian_phone": "", "guardian_email": "", "address": "", "category": "",
                      "status": "active"} for i, sid in enumerate(students)],
        "enrollments": [{"id": new_id(), "student_id": sid, "section_id": section, "roll_no": i,
                         "starts_on": "2026-01-01", "ends_on": None} for i, sid in enumerate(students)],
    })
    return school["id"]


def bench_concurrent(url: str, school_id: str, engine, devices: int = 20, rounds: int = 3,  # noqa: ANN001
                     many_schools: bool = False, workers: int = 1) -> dict[str, float]:
    """20 devices pushing 500-mutation batches at once over HTTP (a live server): all in one
    school (their pushes queue on the school's lock), or each in its own school."""
    import httpx

    from server.schools import set_password

    users, schools = T["users"], T["schools"]
    targets = []
    for n in range(devices):
        sid = _bench_school(engine, n) if many_schools else school_id
        with engine.connect() as conn:
            code = conn.execute(select(schools.c.code).where(schools.c.id == sid)).scalar_one()
            office = conn.execute(select(users.c.id, users.c.username).where(
                users.c.school_id == sid, users.c.role == "office").order_by(users.c.username)).first()
        if not many_schools:
            set_password(engine, sid, office.id, "bench-password", scrypt_n=2**10)
        targets.append((sid, code, office.username, _enrolled(engine, sid)))
    latencies: list[float] = []
    lock = threading.Lock()
    with _live_server(url, workers) as base:

        def device_loop(n: int) -> None:
            sid, code, username, students = targets[n]
            h = {PROTOCOL_HEADER: "1"}
            token = httpx.post(base + "/auth/login", json={"school_code": code, "username": username,
                                                          "password": "bench-password"}, headers=h).json()
            h["Authorization"] = "Bearer " + token["access_token"]
            with httpx.Client(base_url=base, headers=h, timeout=300) as http:
                device = http.post("/devices", json={"name": f"bench {n}"}).json()["device_id"]
                for r in range(rounds):
                    day = dt.date.today() - dt.timedelta(days=1 + n)
                    chunk = students[(r * 500) % len(students):][:500] or students[:500]
                    body = {"device_id": device,
                            "mutations": _marks_batch(sid, chunk, day, device, r * 500 + 1, 8 + r)}
                    started = time.perf_counter()
                    response = http.post("/sync/push", json=body)
                    elapsed = time.perf_counter() - started
                    assert response.status_code == 200, response.text[:200]
                    with lock:
                        latencies.append(elapsed)

        threads = [threading.Thread(target=device_loop, args=(n,)) for n in range(devices)]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - started
    latencies.sort()
    return {
        "concurrent_devices": devices,
        "concurrent_p50_ms": statistics.median(latencies) * 1000,
        "concurrent_p95_ms": latencies[int(len(latencies) * 0.95) - 1] * 1000,
        "concurrent_mutations_per_s": len(latencies) * 500 / wall,
    }


@contextlib.contextmanager
def _live_server(url: str, workers: int = 1):  # noqa: ANN202
    """``python -m server serve`` in its own process (its own interpreter lock, as in production)."""
    import os
    import socket
    import subprocess
    import sys

    import httpx

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = dict(os.environ, DAFTAR_SERVER_RATE_PER_SECOND="1000000", DAFTAR_SERVER_RATE_BURST="1000000")
    proc = subprocess.Popen([sys.executable, "-m", "server", "serve", "--database-url", url, "--port", str(port),
                             "--log-level", "warning", "--workers", str(workers)], env=env, stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}/v1"
    try:
        for _ in range(300):
            try:
                httpx.get(base + "/health", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(20)


def run(url: str, size: str = "large", concurrent: bool = True, workers: int = 1) -> dict[str, float]:
    engine = make_engine(url)
    migrate(engine)
    school = _ensure_demo(engine, size)
    out: dict[str, float] = {}
    out.update(bench_pull(engine, school["id"]))
    out.update(bench_pull_http(url, engine, school["id"]))
    out.update(bench_push(engine, school["id"]))
    if concurrent:
        out.update(bench_concurrent(url, school["id"], engine, workers=workers))
        many = bench_concurrent(url, school["id"], engine, many_schools=True, workers=workers)
        out.update({k.replace("concurrent_", "schools20_"): v for k, v in many.items()})
    engine.dispose()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--size", default="large", choices=["small", "default", "large"])
    parser.add_argument("--no-concurrent", action="store_true")
    parser.add_argument("--workers", type=int, default=1, help="API processes for the concurrent runs")
    args = parser.parse_args()
    for key, value in run(args.database_url, args.size, not args.no_concurrent, args.workers).items():
        print(f"{key:28} {value:,.1f}" if isinstance(value, float) else f"{key:28} {value}", flush=True)


if __name__ == "__main__":
    main()
