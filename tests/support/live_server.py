"""The real reference server on 127.0.0.1, in a background thread, for tests.

    from tests.support.live_server import LiveServer

    with LiveServer("sqlite:///" + str(tmp_path / "server.sqlite3")) as server:
        server.url          # "http://127.0.0.1:PORT/v1"
        server.app          # the FastAPI app (server.app.state.engine: its database)
        server.restart()    # stop and start again on the same port and database

Uvicorn serves ``server.app.create_app(settings)``; ``start`` waits for
``/v1/health``; ``stop`` asks uvicorn to exit and joins its thread.
"""

from __future__ import annotations

import socket
import threading
import time

import httpx
import uvicorn

from server.app import create_app
from server.settings import Settings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    def __init__(self, database_url: str, *, port: int | None = None, **settings: object):
        self.settings = Settings(database_url=database_url, **settings)  # type: ignore[arg-type]
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
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "/health", timeout=1.0).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            if not self._thread.is_alive():
                break
            time.sleep(0.05)
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

    def restart(self) -> None:
        self.stop()
        self.start()

    def __enter__(self) -> "LiveServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
