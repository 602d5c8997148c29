"""Figures: what is measured, its target, and how a result is judged.

A figure is one function with the :func:`figure` decorator::

    @figure("payment", "payment with receipt number saved", unit="ms", target=at_most(30))
    def payment(ctx: Context, runs: int) -> Measured:
        ...
        return Measured(samples=[...])

It receives the run's :class:`bench.context.Context` (the cached schools,
servers and signed-in devices it needs, made on first use) and how many runs
to make, and returns every sample (and, where a physical limit applies, the
limit's samples measured in the same run). A figure whose feature does not
exist yet is declared with :func:`not_built` and printed as such; it becomes
a measured figure by turning it into a decorated function.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

#: Figures in the order they are declared (the table's order).
FIGURES: dict[str, "Figure"] = {}


@dataclass(frozen=True)
class Target:
    """``value <= bound`` (``at_most``) or ``value >= bound`` (``at_least``), optionally
    with a bound on the ratio to the limit measured beside it."""

    op: str  # "<=" | ">="
    bound: float
    min_ratio: float | None = None  # for ">=" figures: value ≥ min_ratio × limit
    #: The bound and the ratio are one target said two ways ("≥ bound, i.e. ≥ min_ratio × limit"): the
    #: bound is the ratio on the machine the target was set on, so where the limit is measured the
    #: ratio decides. Otherwise both must hold.
    ratio_decides: bool = False

    def met(self, value: float, limit: float | None) -> bool:
        if self.ratio_decides and self.min_ratio is not None and limit:
            return value / limit >= self.min_ratio
        ok = value <= self.bound if self.op == "<=" else value >= self.bound
        if ok and self.min_ratio is not None and limit:
            ok = value / limit >= self.min_ratio
        return ok


def at_most(bound: float) -> Target:
    return Target("<=", bound)


def at_least(bound: float, *, ratio: float | None = None, ratio_decides: bool = False) -> Target:
    return Target(">=", bound, ratio, ratio_decides)


@dataclass
class Measured:
    """What a figure function returns."""

    samples: list[float]
    limit: list[float] = field(default_factory=list)
    note: str = ""
    #: Extra numbers for the JSON (e.g. the parts of a total).
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Figure:
    key: str
    title: str
    unit: str  # "s", "ms", "MB", "rows/s", "mutations/s"
    target: Target | None
    fn: Callable[..., Measured] | None
    runs: int = 5
    quick_runs: int = 2
    limit_title: str = ""
    #: Why there is nothing to measure yet (``not_built``).
    missing: str = ""
    group: str = ""


def figure(key: str, title: str, *, unit: str, target: Target | None = None, runs: int = 5, quick_runs: int = 2,
           limit: str = "", group: str = "") -> Callable[[Callable[..., Measured]], Callable[..., Measured]]:
    def register(fn: Callable[..., Measured]) -> Callable[..., Measured]:
        if key in FIGURES:
            raise ValueError(f"Two figures named {key!r}")
        FIGURES[key] = Figure(key, title, unit, target, fn, runs, quick_runs, limit, group=group)
        return fn

    return register


def not_built(key: str, title: str, *, unit: str, target: Target | None, why: str, limit: str = "",
              group: str = "") -> None:
    """A figure of the issue whose feature is not in the app yet: printed as "not built yet"."""
    FIGURES[key] = Figure(key, title, unit, target, None, limit_title=limit, missing=why, group=group)


@dataclass
class Result:
    figure: Figure
    status: str  # "ok" | "miss" | "not built yet" | "skipped" | "failed"
    median: float | None = None
    low: float | None = None
    high: float | None = None
    runs: int = 0
    limit: float | None = None
    ratio: float | None = None
    note: str = ""
    samples: list[float] = field(default_factory=list)
    limit_samples: list[float] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0

    @classmethod
    def judge(cls, fig: Figure, measured: Measured, seconds: float) -> "Result":
        samples = [float(s) for s in measured.samples]
        if not samples:
            return cls(fig, "failed", note=measured.note or "no samples", seconds=seconds)
        median = statistics.median(samples)
        limit = statistics.median(measured.limit) if measured.limit else None
        ratio = median / limit if limit else None
        status = "ok"
        if fig.target is not None and not fig.target.met(median, limit):
            status = "miss"
        return cls(fig, status, median, min(samples), max(samples), len(samples), limit, ratio, measured.note,
                   samples, [float(x) for x in measured.limit], dict(measured.extra), seconds)

    def as_json(self) -> dict[str, Any]:
        f = self.figure
        target = None
        if f.target is not None:
            target = {"op": f.target.op, "value": f.target.bound, "min_ratio_to_limit": f.target.min_ratio,
                      "ratio_decides": f.target.ratio_decides}
        return {
            "key": f.key, "title": f.title, "unit": f.unit, "status": self.status,
            "median": self.median, "min": self.low, "max": self.high, "runs": self.runs,
            "samples": self.samples, "target": target,
            "limit": {"title": f.limit_title, "median": self.limit, "samples": self.limit_samples}
            if f.limit_title else None,
            "ratio_to_limit": self.ratio, "note": self.note or f.missing, "extra": self.extra,
            "seconds_spent": round(self.seconds, 2),
        }
