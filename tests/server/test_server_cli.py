"""The command line: help, create a school and users, load the demo, serve (real processes)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import inspect

from server.db import make_engine, migrate
from server.models import metadata
from tests.support.live_server import free_port

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, password: str | None = None, check: bool = True) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), DAFTAR_SERVER_SCRYPT_N="1024")
    if password:
        env["DAFTAR_SERVER_PASSWORD"] = password
    result = subprocess.run([sys.executable, "-m", "server", *args], capture_output=True, text=True, env=env,
                            cwd=ROOT, timeout=120, stdin=subprocess.DEVNULL)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_help_describes_every_command():
    out = run("--help").stdout
    for command in ("serve", "create-school", "add-user", "load-demo"):
        assert command in out
    serve = run("serve", "--help").stdout
    assert "--database-url" in serve and "--port" in serve and "8470" in serve


def test_create_school_add_user_load_demo_and_serve(tmp_path):
    url = "sqlite:///" + str(tmp_path / "server.sqlite3")
    made = run("create-school", "--database-url", url, "--code", "GHS", "--name", "Green Hills",
               "--currency", "PKR", "--admin-username", "boss", password="a strong password")
    assert "Created school GHS" in made.stdout
    again = run("create-school", "--database-url", url, "--code", "GHS", "--name", "Again",
                password="a strong password", check=False)
    assert again.returncode != 0 and "already exists" in again.stderr
    assert "Added teacher" in run("add-user", "--database-url", url, "--school-code", "GHS", "--username", "t1",
                                  "--role", "teacher", password="another password").stdout
    short = run("add-user", "--database-url", url, "--school-code", "GHS", "--username", "t2", "--role", "teacher",
                password="short", check=False)
    assert short.returncode != 0 and "at least 8" in short.stderr
    demo = run("load-demo", "--database-url", url, "--size", "small")
    assert "Loaded demo school DEMO" in demo.stdout and "teacher1" in demo.stdout

    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "server", "serve", "--database-url", url, "--port", str(port)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        base = f"http://127.0.0.1:{port}/v1"
        for _ in range(100):
            try:
                if httpx.get(base + "/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        h = {"X-Daftar-Protocol": "1"}
        boss = httpx.post(base + "/auth/login", json={"school_code": "GHS", "username": "boss",
                                                      "password": "a strong password"}, headers=h)
        assert boss.status_code == 200 and boss.json()["user"]["role"] == "admin"
        teacher = httpx.post(base + "/auth/login", json={"school_code": "DEMO", "username": "teacher1",
                                                         "password": "teacher1"}, headers=h).json()
        page = httpx.get(base + "/sync/pull", params={"limit": 50},
                         headers={**h, "Authorization": "Bearer " + teacher["access_token"]}).json()
        assert page["reset"] is True and page["more"] is True and len(page["changes"]) == 50
    finally:
        proc.terminate()
        output = proc.communicate(timeout=20)[0]
    assert "teacher1" not in output and "access_token" not in output  # nothing secret in the log


def test_serve_refuses_a_short_token_secret_and_says_how_to_make_one(tmp_path, monkeypatch):
    url = "sqlite:///" + str(tmp_path / "server.sqlite3")
    monkeypatch.setenv("DAFTAR_SERVER_SECRET", "short-secret")
    refused = run("serve", "--database-url", url, "--port", str(free_port()), check=False)
    assert refused.returncode != 0
    assert "DAFTAR_SERVER_SECRET is 12 bytes long" in refused.stderr and "at least 32" in refused.stderr
    assert "secrets.token_urlsafe" in refused.stderr and "Traceback" not in refused.stderr
    assert not (tmp_path / "server.sqlite3").exists()  # refused before anything was made

    from server.app import create_app
    from server.settings import Settings, SettingsError

    with pytest.raises(SettingsError, match="at least 32"):
        create_app(Settings(database_url=url, jwt_secret="é" * 15))  # 30 bytes: counted in bytes, not letters
    assert not (tmp_path / "server.sqlite3").exists()


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_migrations_make_the_models_schema_and_are_idempotent(backend, tmp_path, request):
    if backend == "sqlite":
        url = "sqlite:///" + str(tmp_path / "m.sqlite3")
    else:
        url = request.getfixturevalue("postgres_cluster").create_database()
    engine = make_engine(url)
    try:
        migrate(engine)
        migrate(engine)
        found = inspect(engine)
        tables = set(found.get_table_names()) - {"alembic_version"}
        assert tables == set(metadata.tables)
        for name, table in metadata.tables.items():
            assert {c["name"] for c in found.get_columns(name)} == {c.name for c in table.columns}, name
    finally:
        engine.dispose()


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_migration_0004_reorders_the_attendance_key_and_keeps_the_rows(backend, tmp_path, request):
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import insert, select
    from sqlalchemy.exc import IntegrityError

    from server.db import migrations_dir, writing
    from server.models import T

    if backend == "sqlite":
        url = "sqlite:///" + str(tmp_path / "m.sqlite3")
    else:
        url = request.getfixturevalue("postgres_cluster").create_database()
    engine = make_engine(url)
    try:
        cfg = Config()
        cfg.set_main_option("script_location", str(migrations_dir()))
        cfg.set_main_option("path_separator", "os")
        with writing(engine) as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0003")
        marks = T["attendance_marks"]

        def mark(row_id: str, student: str, period: int, deleted: bool = False) -> dict:
            return {"school_id": "s1", "id": row_id, "student_id": student, "section_id": "c1", "date": "2026-11-23",
                    "period": period, "code": "P", "note": "", "marked_by": None,
                    "marked_at": "2026-11-23T08:00:00.000000Z", "device_id": "d1", "version": 1, "deleted": deleted,
                    "lww_ts": None}

        with writing(engine) as conn:
            conn.execute(insert(marks), [mark("m1", "st1", 0), mark("m2", "st2", 0), mark("m3", "st1", 0, True)])
        migrate(engine)
        [index] = [i for i in inspect(engine).get_indexes("attendance_marks") if i["unique"]]
        assert index["column_names"] == ["school_id", "date", "period", "student_id"]
        with engine.connect() as conn:
            assert sorted(conn.execute(select(marks.c.id)).scalars()) == ["m1", "m2", "m3"]
        with pytest.raises(IntegrityError), writing(engine) as conn:  # still one live mark per student and period
            conn.execute(insert(marks), [mark("m4", "st2", 0)])
        with writing(engine) as conn:  # a deleted one does not count
            conn.execute(insert(marks), [mark("m5", "st2", 1), mark("m6", "st2", 1, True)])
        if backend == "postgres":
            with engine.connect() as conn:
                options = conn.exec_driver_sql("SELECT reloptions FROM pg_class WHERE relname = 'row_changes'").scalar()
            assert "fillfactor=90" in options
    finally:
        engine.dispose()


def _spawned_workers(pid: int) -> int:
    """How many of ``pid``'s child processes are uvicorn's API workers (multiprocessing spawns)."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return 0
    count = 0
    for child in children:
        try:
            command = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        count += b"spawn_main" in command
    return count


def test_serve_runs_the_workers_named_in_the_environment(tmp_path):
    """DAFTAR_SERVER_WORKERS=2 (what `--workers 2` does): two API processes on one port, and a token
    given by one is taken by the other (the secret is settled once, in the database)."""
    url = "sqlite:///" + str(tmp_path / "server.sqlite3")
    run("create-school", "--database-url", url, "--code", "GHS", "--name", "Green Hills", "--currency", "PKR",
        "--admin-username", "boss", password="a strong password")
    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT), DAFTAR_SERVER_WORKERS="2")
    proc = subprocess.Popen([sys.executable, "-m", "server", "serve", "--database-url", url, "--port", str(port),
                             "--log-level", "warning"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        base = f"http://127.0.0.1:{port}/v1"
        for _ in range(300):
            try:
                if httpx.get(base + "/health", timeout=1).status_code == 200 and _spawned_workers(proc.pid) == 2:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        assert _spawned_workers(proc.pid) == 2
        h = {"X-Daftar-Protocol": "1"}
        admin = httpx.post(base + "/auth/login", json={"school_code": "GHS", "username": "boss",
                                                       "password": "a strong password"}, headers=h).json()
        auth = {**h, "Authorization": "Bearer " + admin["access_token"]}
        for _ in range(20):  # new connections each time: both processes answer some of them
            page = httpx.get(base + "/sync/pull", params={"limit": 2}, headers=auth)
            assert page.status_code == 200 and len(page.json()["changes"]) == 2
    finally:
        proc.terminate()
        proc.communicate(timeout=30)


def test_the_workers_socket_sends_answers_at_once(tmp_path):
    """With several API processes, uvicorn binds the socket they share. A connection accepted on the socket
    `serve` hands them must have Nagle's algorithm off (TCP_NODELAY) once asyncio takes it, as a worker's
    loop does: otherwise every request after the first on a kept-alive connection waits about 40 ms for the
    device's delayed acknowledgement (a day's push of four batches went 0.2 → 0.33 s)."""
    import asyncio
    import socket

    import uvicorn

    from server.__main__ import tcp_listener

    listener = tcp_listener(uvicorn.Config("server.app:create_app_from_env", factory=True, host="127.0.0.1",
                                           port=free_port(), log_level="warning"))
    assert listener.get_inheritable()  # the workers are spawned with it

    async def accept_one() -> int:
        loop = asyncio.get_running_loop()
        seen: asyncio.Future[int] = loop.create_future()

        class Accepted(asyncio.Protocol):
            def connection_made(self, transport: asyncio.BaseTransport) -> None:
                sock = transport.get_extra_info("socket")
                seen.set_result(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
                transport.close()

        server = await loop.create_server(Accepted, sock=listener)
        _reader, writer = await asyncio.open_connection(*listener.getsockname())
        try:
            return await asyncio.wait_for(seen, 10)
        finally:
            writer.close()
            server.close()
            await server.wait_closed()

    assert asyncio.run(accept_one()) != 0
