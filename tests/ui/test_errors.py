"""The global exception hook: logged with the traceback, told in words, with the log's place."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtWidgets import QMessageBox

from app.ui.errors import ExceptionHook
from app.ui.tasks import TaskRunner


def raise_and_catch():
    try:
        {}["grade"]  # noqa: B018
    except KeyError:
        return sys.exc_info()


@pytest.fixture
def hook(qapp, logfile):
    h = ExceptionHook(logfile).install()
    yield h
    h.uninstall()
    if h.dialog is not None:
        h.dialog.close()


def test_an_unexpected_error_shows_a_dialog_naming_the_log_file(hook, logfile, qtbot):
    exc_type, exc, tb = raise_and_catch()
    sys.excepthook(exc_type, exc, tb)
    box = hook.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "Traceback" not in box.text()
    assert "Traceback" not in box.informativeText()
    assert "Something went wrong" in box.text()
    assert str(logfile) in box.informativeText()
    assert "KeyError" in box.informativeText()
    assert "Traceback" in box.detailedText()
    for handler in __import__("logging").getLogger().handlers:
        handler.flush()
    logged = logfile.read_text(encoding="utf-8")
    assert "Unexpected error" in logged and "KeyError: 'grade'" in logged


def test_a_second_error_while_the_dialog_is_open_is_logged_not_stacked(hook, qtbot):
    sys.excepthook(*raise_and_catch())
    first = hook.dialog
    sys.excepthook(*raise_and_catch())
    assert hook.dialog is first


def test_an_error_in_a_background_task_without_on_error_reaches_the_dialog(hook, qtbot):
    runner = TaskRunner()
    try:
        runner.run_task(lambda: 1 / 0)
        qtbot.waitUntil(lambda: hook.dialog is not None, timeout=5000)
        assert "ZeroDivisionError" in hook.dialog.informativeText()
    finally:
        runner.shutdown()


def test_an_error_from_another_thread_is_shown_on_the_ui_thread(hook, qtbot):
    shown_on = []
    original = hook._show

    def spy(*args):
        shown_on.append(threading.current_thread())
        original(*args)

    hook._show_requested.disconnect()
    hook._show_requested.connect(spy)
    t = threading.Thread(target=lambda: sys.excepthook(*raise_and_catch()))
    t.start()
    t.join()
    qtbot.waitUntil(lambda: hook.dialog is not None, timeout=5000)
    assert shown_on == [threading.main_thread()]
