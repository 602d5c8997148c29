"""The benchmark keeps working: ``python -m bench --quick --json`` reports every figure.

No time is asserted here (timed tests are flaky on a shared machine); the
figures themselves are judged by the benchmark's table. The benchmark runs
beside the rest of the suite, started with the session
(``tests/support/early.py``), so its figures here are stretched: only that it
measures each one, and reports it rightly, is checked.
"""

from __future__ import annotations

import json


def test_quick_benchmark_reports_every_figure():
    from bench.postgres import find_bin
    from bench.registry import FIGURES
    from bench.runner import FIGURES as REGISTERED  # importing the runner registers every figure
    from tests.support.early import PROGRAMS

    assert REGISTERED is FIGURES
    # `python -m bench --quick --json FILE`, started with the session (tests/support/early.py).
    done = PROGRAMS["bench"].result()
    out = PROGRAMS["bench"].folder / "bench.json"
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    doc = json.loads(out.read_text())

    assert doc["quick"] is True
    assert {"cores", "python", "sqlite", "postgresql", "date"} <= set(doc["machine"])
    by_key = {f["key"]: f for f in doc["figures"]}
    assert set(by_key) == set(FIGURES), "every registered figure is in the JSON"
    for key, f in by_key.items():
        if FIGURES[key].fn is None:
            assert f["status"] == "not built yet" and f["median"] is None, key
            continue
        if f["status"] == "skipped":  # only where PostgreSQL is not installed
            assert find_bin() is None and "PostgreSQL" in f["note"], (key, f["note"])
            continue
        assert f["status"] in ("ok", "miss"), (key, f["status"], f["note"])
        assert isinstance(f["median"], (int, float)) and f["median"] > 0, key
        assert f["runs"] >= 1 and len(f["samples"]) == f["runs"], key
        if f["limit"] is not None:
            assert f["limit"]["median"] > 0 and f["ratio_to_limit"] > 0, key

    # The printed table has a row for every figure, misses marked as such.
    table = done.stdout
    for f in doc["figures"]:
        assert f["title"] in table, f["title"]
    assert table.count("MISS") == sum(f["status"] == "miss" for f in doc["figures"])
    # The limits are measured beside their figures, and every row with a limit shows it and the ratio.
    for key in ("cold_start", "dashboard", "first_pull_postgres", "first_pull_sqlite", "push_sqlite", "push_postgres",
                "receipt_pdf"):
        assert FIGURES[key].limit_title, key
    for f in doc["figures"]:
        if f["limit"] is None or f["status"] not in ("ok", "miss"):
            continue
        [row] = [line for line in table.splitlines() if line.startswith(f["title"] + "  ")]
        assert f"{f['ratio_to_limit']:.2f}×" in row, row
    assert table.count("not built yet") >= sum(f["status"] == "not built yet" for f in doc["figures"])


def test_a_killed_runs_scratch_folder_is_removed_by_the_next_run(tmp_path):
    """A benchmark killed mid-run leaves ``run-<pid>`` (copies of the school) in the cache; the next run
    removes it, and leaves alone the folder of a run still going."""
    import os
    import subprocess
    import sys

    from bench.context import _remove_abandoned_runs

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    killed = tmp_path / f"run-{int(gone.stdout)}"
    (killed / "001-roll_call").mkdir(parents=True)
    (killed / "001-roll_call" / "school.sqlite3").write_bytes(b"x" * 1024)
    running = tmp_path / f"run-{os.getpid()}"
    running.mkdir()
    school = tmp_path / "large-seed7"
    school.mkdir()

    _remove_abandoned_runs(tmp_path)

    assert not killed.exists()
    assert running.is_dir() and school.is_dir()


def test_a_target_said_two_ways_is_judged_by_its_ratio_where_the_limit_is_measured():
    from bench.registry import at_least

    # "≥ 100,000 rows/s, i.e. ≥ 0.6 of the raw insert rate": on a machine whose raw rate is 60,000/s.
    first_pull = at_least(100_000, ratio=0.6, ratio_decides=True)
    assert first_pull.met(40_000, 60_000)
    assert not first_pull.met(30_000, 60_000)
    assert not first_pull.met(40_000, None)  # no limit measured: the bound itself
    assert first_pull.met(120_000, None)
    # Otherwise both must hold.
    both = at_least(100_000, ratio=0.6)
    assert not both.met(40_000, 60_000)
    assert not both.met(120_000, 250_000)
    assert both.met(160_000, 250_000)
