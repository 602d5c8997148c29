"""The errors the application shows at sign-in and for the demo reach the person in their language.

``app.ui.application._words`` is what the welcome window and the message
boxes are given when signing in or starting the demo fails. A real sync
error (a server that does not answer) and a real demo-server failure (the
server program exits at once) read in French, with the log's path as it is.
"""

from __future__ import annotations

import socket
import sys

import pytest

from app.sync.client import OfflineError, ServerClient
from app.sync.demo_server import DemoServer, DemoServerError
from app.ui.application import _words


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_server_that_cannot_be_reached_is_said_in_french(language):
    client = ServerClient(f"http://127.0.0.1:{_closed_port()}", max_attempts=1, backoff_base=0.0)
    with pytest.raises(OfflineError) as caught:
        client.login("DEMO", "teacher1", "secret")
    language("fr_FR")
    words = _words(caught.value)
    assert words.startswith("Impossible de joindre le serveur de l’école"), words
    assert "Cannot reach" not in words


def test_a_demo_server_that_fails_to_load_is_said_in_french(paths, language, tmp_path):
    failing = tmp_path / "failing-python"
    failing.write_text(f"#!{sys.executable}\nimport sys\nsys.exit(3)\n", encoding="utf-8")
    failing.chmod(0o755)
    server = DemoServer(paths, python=str(failing))
    with pytest.raises(DemoServerError) as caught:
        server.start(timeout=10)
    assert str(caught.value).startswith("The demo school could not be loaded")  # the log's English
    language("fr_FR")
    words = _words(caught.value)
    log = str(paths.logs / "demo-server.log")
    assert words == ("L’école de démonstration n’a pas pu être chargée dans le serveur de démonstration. "
                     f"Les détails sont dans {log}."), words
    language("ur_PK")
    assert _words(caught.value) == f"نمونہ اسکول نمونہ سرور میں لوڈ نہیں ہو سکا۔ تفصیل {log} میں ہے۔"


def test_a_file_that_is_not_a_school_is_said_in_french_and_urdu_naming_it(language, tmp_path, qtbot):
    """The message box of a school file that cannot be opened: problem and advice in the person's
    language, with the file's name; the file is left as it was."""
    from app.storage.db import SchoolFileError, open_school
    from app.ui.errors import show_school_file_error

    stray = tmp_path / "notes.daftar"
    stray.write_text("not a school")
    with pytest.raises(SchoolFileError) as caught:
        open_school(stray)
    language("fr_FR")
    box = show_school_file_error(None, caught.value)
    qtbot.addWidget(box)
    text = box.informativeText()
    assert "Ce fichier n’est pas un fichier d’école Daftar" in text and str(stray) in text
    assert "celui-ci a été laissé tel quel" in text
    language("ur_PK")
    box = show_school_file_error(None, caught.value)
    qtbot.addWidget(box)
    assert "یہ دفتر کی اسکول فائل نہیں ہے" in box.informativeText()
    assert stray.read_text() == "not a school"
