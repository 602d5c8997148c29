"""``python -m bench``: measure every figure and print Daftar's performance table."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sqlite3
import sys
import time
import traceback
from pathlib import Path

from bench.registry import FIGURES, Figure, Measured, Result, Target

# The figures, in the table's order (importing registers them).
import bench.fig_app  # noqa: E402,F401  isort: skip
import bench.fig_features  # noqa: E402,F401  isort: skip
import bench.fig_dashboard  # noqa: E402,F401  isort: skip
import bench.fig_sync  # noqa: E402,F401  isort: skip
import bench.fig_server  # noqa: E402,F401  isort: skip
import bench.fig_ui_block  # noqa: E402,F401  isort: skip
import bench.fig_import  # noqa: E402,F401  isort: skip
import bench.fig_registers  # noqa: E402,F401  isort: skip


def _rate(v: float) -> str:
    return f"{v:,.0f}/s"


def fmt(unit: str, value: float | None) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value:.2f} s" if value < 10 else f"{value:.1f} s"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "MB":
        return f"{value:.0f} MB"
    if unit.endswith("/s"):
        return _rate(value)
    return f"{value:g} {unit}"


def fmt_range(unit: str, low: float | None, high: float | None) -> str:
    if low is None or high is None:
        return "—"
    a, b = fmt(unit, low), fmt(unit, high)
    suffix = ""
    for s in (" s", " ms", " MB", "/s"):
        if a.endswith(s) and b.endswith(s):
            a, suffix = a[: -len(s)], s
            b = b[: -len(s)]
            break
    return f"{a}–{b}{suffix}"


def fmt_target(fig: Figure) -> str:
    t: Target | None = fig.target
    if t is None:
        return "—"
    text = ("≤ " if t.op == "<=" else "≥ ") + fmt(fig.unit, t.bound)
    if t.min_ratio is not None:
        text += f", i.e. ≥ {t.min_ratio:g}× limit" if t.ratio_decides else f" and ≥ {t.min_ratio:g}× limit"
    return text


def fmt_ratio(r: Result) -> str:
    return "—" if r.ratio is None else f"{r.ratio:.2f}×"


def verdict(r: Result) -> str:
    return {"ok": "ok", "miss": "MISS", "not built yet": "not built yet"}.get(r.status, r.status)


def machine(ctx) -> dict[str, str]:  # noqa: ANN001
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as fh:
            cpu = next((line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")), cpu)
    except OSError:
        pass
    try:
        import PySide6

        qt = PySide6.__version__
    except ImportError:  # pragma: no cover
        qt = "?"
    try:
        pg = ctx.pg_version()
    except Exception as exc:  # noqa: BLE001
        pg = f"unavailable ({exc})"
    return {
        "date": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "cores": str(os.cpu_count()),
        "cpu": cpu,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "postgresql": pg,
        "pyside6": qt,
        "os": f"{platform.system()} {platform.release()}",
        "load_at_start": _load(),
    }


def _load() -> str:
    """The 1-minute load average: other work on the machine skews every figure; the table says so."""
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:  # pragma: no cover - not on every system
        return "?"


def machine_line(m: dict[str, str]) -> str:
    return (f"{m['date']} · {m['cores']} cores ({m['cpu']}) · Python {m['python']} · SQLite {m['sqlite']} · "
            f"PostgreSQL {m['postgresql']} · PySide6 {m['pyside6']} · {m['os']} · "
            f"load average {m['load_at_start']} at start, {m.get('load_at_end', '?')} at end")


def table(results: list[Result]) -> str:
    head = ("figure", "median", "min–max", "runs", "target", "limit (same run)", "ratio", "result")
    rows = []
    for r in results:
        f = r.figure
        limit = fmt(f.unit, r.limit) if r.limit is not None else ("—" if not f.limit_title else "")
        rows.append((f.title, fmt(f.unit, r.median), fmt_range(f.unit, r.low, r.high),
                     str(r.runs) if r.runs else "—", fmt_target(f), limit, fmt_ratio(r), verdict(r)))
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows)]
    right = {1, 2, 3, 5, 6}

    def line(cells) -> str:  # noqa: ANN001
        return "  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths)))

    out = [line(head), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in rows]
    return "\n".join(out)


def notes(results: list[Result]) -> str:
    lines = []
    for r in results:
        text = r.note or r.figure.missing
        if r.figure.limit_title and r.status in ("ok", "miss"):
            text = f"limit: {r.figure.limit_title}. {text}"
        if text:
            lines.append(f"- {r.figure.title}: {text}")
    return "\n".join(lines)


def run_figure(ctx, fig: Figure, runs: int) -> Result:  # noqa: ANN001
    from bench.context import Unavailable

    if fig.fn is None:
        return Result(fig, "not built yet", note=fig.missing)
    print(f"… {fig.title} ({runs} run{'s' if runs != 1 else ''})", file=sys.stderr, flush=True)
    started = time.perf_counter()
    try:
        measured: Measured = fig.fn(ctx, runs)
    except Unavailable as exc:
        return Result(fig, "skipped", note=str(exc), seconds=time.perf_counter() - started)
    except Exception as exc:  # noqa: BLE001 - one broken figure must not hide the others
        traceback.print_exc()
        return Result(fig, "failed", note=f"{type(exc).__name__}: {exc}", seconds=time.perf_counter() - started)
    return Result.judge(fig, measured, time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Measure Daftar's performance figures (median of several runs) on the large demo school "
                    "and print one table, with the physical limits measured in the same run.",
    )
    parser.add_argument("--quick", action="store_true", help="the small school and fewer runs (under a minute)")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    parser.add_argument("--only", metavar="KEYS", help="only these figures (comma-separated keys, see --list)")
    parser.add_argument("--runs", type=int, help="runs of every figure (default: each figure's own)")
    parser.add_argument("--max-runs", type=int, metavar="N",
                        help="at most N runs of any figure (a busy machine, a first look)")
    parser.add_argument("--rebuild", action="store_true", help="make the cached demo school again")
    parser.add_argument("--cache-dir", metavar="DIR", help="where the demo school is cached (default .bench-cache/)")
    parser.add_argument("--list", action="store_true", help="list the figures and exit")
    args = parser.parse_args(argv)

    if args.list:
        for f in FIGURES.values():
            print(f"{f.key:24} {f.title}" + ("  (not built yet)" if f.fn is None else ""))
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    chosen = list(FIGURES.values())
    if args.only:
        keys = [k.strip() for k in args.only.split(",") if k.strip()]
        unknown = [k for k in keys if k not in FIGURES]
        if unknown:
            parser.error(f"unknown figure(s): {', '.join(unknown)} (see --list)")
        chosen = [FIGURES[k] for k in keys]

    from bench.context import Context

    started = time.perf_counter()
    ctx = Context(quick=args.quick, cache_dir=Path(args.cache_dir) if args.cache_dir else None, rebuild=args.rebuild)
    results: list[Result] = []
    try:
        info = machine(ctx)
        print(f"Daftar benchmark ({'quick, ' if args.quick else ''}{ctx.size} demo school, seed {ctx.seed})",
              file=sys.stderr, flush=True)
        if any(f.fn is not None for f in chosen):
            ctx.manifest()  # make the cached school first, so its making is not part of a figure
        for fig in chosen:
            runs = args.runs or (fig.quick_runs if args.quick else fig.runs)
            if args.max_runs:
                runs = min(runs, args.max_runs)
            results.append(run_figure(ctx, fig, runs))
    finally:
        ctx.close()
    elapsed = time.perf_counter() - started
    info["load_at_end"] = _load()

    print()
    print(f"Daftar performance — {ctx.size} demo school (seed {ctx.seed}){' — quick' if args.quick else ''}")
    print(machine_line(info))
    print()
    print(table(results))
    print()
    print(notes(results))
    missed = [r for r in results if r.status == "miss"]
    failed = [r for r in results if r.status == "failed"]
    print()
    print(f"{len(results)} figures: {sum(r.status == 'ok' for r in results)} on target, {len(missed)} missed, "
          f"{sum(r.status == 'not built yet' for r in results)} not built yet"
          + (f", {len(failed)} failed" if failed else "")
          + (f", {sum(r.status == 'skipped' for r in results)} skipped" if any(r.status == 'skipped' for r in results)
             else "")
          + f"; {elapsed:.0f} s.")
    if args.json:
        doc = {"machine": info, "size": ctx.size, "seed": ctx.seed, "quick": args.quick,
               "seconds": round(elapsed, 1), "figures": [r.as_json() for r in results]}
        Path(args.json).write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    return 1 if failed else 0
