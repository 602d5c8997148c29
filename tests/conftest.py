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


# -- no secret in any log the whole run wrote (issue 5: "grep the logs of a full test run") --------------

#: The passwords the tests sign in with, and the shape of an access token (a JWT: header.payload.).
_SECRETS = ("correct horse battery",)
_TOKEN = __import__("re").compile(rb"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}")


@pytest.fixture(scope="session", autouse=True)
def no_secret_in_any_log_file(tmp_path_factory):
    """After every test has run: each log file the app and the servers wrote under the run's
    temporary folders is read; a password or an access token in any of them fails the run."""
    yield
    base = tmp_path_factory.getbasetemp()
    found = []
    for path in base.rglob("*"):
        if not path.is_file() or not (path.suffix == ".log" or ".log." in path.name):
            continue
        data = path.read_bytes()
        for secret in _SECRETS:
            if secret.encode() in data:
                found.append(f"{path.relative_to(base)}: a password")
        if _TOKEN.search(data):
            found.append(f"{path.relative_to(base)}: an access token")
    if found:
        pytest.fail("Secrets in log files: " + "; ".join(sorted(set(found))[:20]), pytrace=False)
