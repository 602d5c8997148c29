"""The real reference server on 127.0.0.1, in a background thread, for tests.

    from tests.support.live_server import LiveServer

    with LiveServer("sqlite:///" + str(tmp_path / "server.sqlite3")) as server:
        server.url          # "http://127.0.0.1:PORT/v1"
        server.app          # the FastAPI app (server.app.state.engine: its database)
        school = server.create_school("TEST", users={"t1": ("teacher", "password1")})
        server.load_demo("small")   # the demo school DEMO, users as in app.demo.generator
        server.restart()    # stop and start again on the same port and database

Or, as fixtures (import them into a conftest)::

    from tests.support.live_server import live_server  # noqa: F401  (SQLite, one per test)
    from tests.support.postgres import postgres_cluster  # noqa: F401

Settings may be overridden by keyword (``LiveServer(url, rate_burst=5)``);
tests get a cheap scrypt cost and no rate limit unless they ask.

Uvicorn serves ``server.app.create_app(settings)``; ``start`` waits for
``/v1/health``; ``stop`` asks uvicorn to exit and joins its thread.
"""

from __future__ import annotations

import socket
import threading

import uvicorn

import pytest

from app.sync.client import wait_until_healthy
from server.app import create_app
from server.settings import Settings

TEST_DEFAULTS = {"scrypt_n": 2**10, "rate_per_second": 10_000.0, "rate_burst": 10_000,
                 "jwt_secret": "live-server-test-secret-0123456789"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    def __init__(self, database_url: str, *, port: int | None = None, **settings: object):
        self.settings = Settings(database_url=database_url, **{**TEST_DEFAULTS, **settings})  # type: ignore[arg-type]
        self.port = port or free_port()
        self.app = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return self.base + "/v1"

    def start(self, timeout: float = 20.0) -> "LiveServer":
        self.app = create_app(self.settings)
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning",
                                access_log=False, lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name=f"live-server-{self.port}", daemon=True)
        self._thread.start()
        if wait_until_healthy(self.url + "/health", self._thread.is_alive, timeout, interval=0.05):
            return self
        self.stop()
        raise RuntimeError(f"The live server did not answer on {self.url}")

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=15)
        if self.app is not None:
            self.app.state.engine.dispose()
        self._server = self._thread = None

    # -- data -----------------------------------------------------------------

    def create_school(self, code: str, *, name: str | None = None, currency: str = "USD",
                      users: dict[str, tuple[str, str]] | None = None, rows: dict | None = None,
                      **school_fields) -> dict:
        """A school with users ``{username: (role, password)}`` and optional rows
        ``{entity: [row dicts with wire fields]}``. Returns ``{"id", "code", "users": {username: id}}``."""
        from server.schools import add_user, bulk_insert, create_school

        engine = self.app.state.engine
        school = create_school(engine, code=code, name=name or f"School {code}", currency=currency, **school_fields)
        made = {}
        for username, (role, password) in (users or {}).items():
            made[username] = add_user(engine, school["id"], username=username, full_name=username.title(),
                                      role=role, password=password, scrypt_n=self.settings.scrypt_n)["id"]
        if rows:
            bulk_insert(engine, school["id"], rows)
        return {"id": school["id"], "code": code, "users": made}

    def load_demo(self, size: str = "small", seed: int = 7) -> dict:
        from server.demo import load_demo

        return load_demo(self.app.state.engine, size=size, seed=seed)

    def restart(self) -> None:
        self.stop()
        self.start()

    def __enter__(self) -> "LiveServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@pytest.fixture
def live_server(tmp_path):
    """The reference server on SQLite in the test's own directory, started and stopped around the test."""
    with LiveServer("sqlite:///" + str(tmp_path / "server.sqlite3")) as server:
        yield server
