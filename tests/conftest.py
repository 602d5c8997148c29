"""Shared test set-up: offscreen Qt, one data directory per test, a small school."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from tests.school import SmallSchool, build_small_school  # noqa: E402


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A private data directory: nothing a test writes reaches the user's own."""
    root = tmp_path / "data"
    monkeypatch.setenv("DAFTAR_DATA_DIR", str(root))
    return root


@pytest.fixture
def school(tmp_path) -> SmallSchool:
    """A real school file with a handful of students, built through the models."""
    s = build_small_school(tmp_path / "school.daftar")
    yield s
    s.db.close()


@pytest.fixture
def school_day():
    """A fake device clock pinned to a school day (Monday to Friday): the day, for tests that take attendance today.

    On a weekday it is today; on a weekend, the Friday before (tests/support/clock.py).
    """
    from tests.support.clock import fake_school_clock

    with fake_school_clock() as day:
        yield day
