"""The demo server's database carries the version it was made for, and is made again when that changes (issue 6).

Real demo server processes (``python -m server``) on 127.0.0.1 with the small
demo school. A database made by "an older Daftar" is stood in for by the
marker an older Daftar wrote (size and seed only, no versions) and a table
that only the old database has.
"""

from __future__ import annotations

import sqlite3

import httpx

from app.config import Paths
from app.sync.demo_server import LOADED_MARKER, DemoServer, demo_database_stamp


def tables(path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def test_a_demo_database_of_another_version_is_made_again_and_the_old_demo_file_kept_aside(tmp_path):
    paths = Paths.default(tmp_path / "data").ensure()
    stamp = demo_database_stamp("small", 7)
    assert stamp.startswith("protocol 1; server schema ")
    marker = paths.data / "demo-server" / LOADED_MARKER

    stages: list[str] = []
    server = DemoServer(paths, size="small")
    try:
        server.start(timeout=120, on_stage=stages.append)
    finally:
        server.stop()
    assert stages == ["loading", "starting"]
    assert marker.read_text().strip() == stamp

    # As an older Daftar left it: its marker, its own data, and the demo school file synced with it.
    marker.write_text("small 7\n")
    conn = sqlite3.connect(server.database)
    conn.execute("CREATE TABLE left_by_the_old_version (x)")
    conn.commit()
    conn.close()
    demo_file = paths.school_file("DEMO")
    demo_file.write_bytes(b"the old demo school file")

    stages.clear()
    again = DemoServer(paths, size="small")
    try:
        url = again.start(timeout=120, on_stage=stages.append)
        assert httpx.get(url + "/v1/health", timeout=5).status_code == 200
    finally:
        again.stop()
    assert stages == ["rebuilding", "starting"]
    assert "left_by_the_old_version" not in tables(again.database)
    assert marker.read_text().strip() == stamp
    assert not demo_file.exists()
    kept = list(paths.backups.glob("demo-replaced-*.daftar"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"the old demo school file"

    # The same version again: reused, not made again.
    stages.clear()
    third = DemoServer(paths, size="small")
    try:
        third.start(timeout=120, on_stage=stages.append)
    finally:
        third.stop()
    assert stages == ["starting"]


def test_the_welcome_window_says_the_demo_school_is_being_made_again(qtbot, tmp_path):
    from app.ui.application import create_qapplication
    from app.ui.welcome import WelcomeWindow

    create_qapplication([])  # the app's style, as the person sees it
    welcome = WelcomeWindow([])
    qtbot.addWidget(welcome)
    welcome.show()
    welcome.show_demo_starting()
    welcome.show_demo_stage("rebuilding")
    text = welcome.demo_text.text()
    assert "changed the demo school's server" in text and "not kept" in text
    assert welcome.demo_busy.isVisible()
    qtbot.wait(100)  # let the layout take the longer text
    assert welcome.demo_text.height() >= welcome.demo_text.heightForWidth(welcome.demo_text.width()) - 1
    welcome.grab().save(str(tmp_path / "rebuilding.png"))
