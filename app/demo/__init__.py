"""The demo school: a realistic school year to try Daftar with (``daftar demo-data``).

:mod:`app.demo.generator` makes the school as plain rows and imports nothing of
the client's storage (the reference server loads the same school);
:mod:`app.demo.load` writes those rows into a new school file. It is imported
only when :func:`generate_demo_school` is called, so that importing this
package never pulls in SQLAlchemy models.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable

from app.demo.generator import (
    DEMO_LOCAL_DEVICE_CODE,
    DEMO_OFFICE_DEVICE_CODES,
    DEMO_SCHOOL_CODE,
    DEMO_USERS,
    SIZES,
    DemoDevice,
    DemoSchool,
    DemoSummary,
    DemoUser,
    build_demo_school,
)

__all__ = [
    "DEMO_LOCAL_DEVICE_CODE",
    "DEMO_OFFICE_DEVICE_CODES",
    "DEMO_SCHOOL_CODE",
    "DEMO_USERS",
    "SIZES",
    "DemoDevice",
    "DemoSchool",
    "DemoSummary",
    "DemoUser",
    "build_demo_school",
    "generate_demo_school",
]


def generate_demo_school(
    path: str | os.PathLike[str],
    size: str = "default",
    seed: int = 7,
    replace: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
    *,
    today: dt.date | None = None,
) -> DemoSummary:
    """Make the demo school and write it to a new school file at ``path``.

    See :func:`app.demo.load.generate_demo_school`.
    """
    from app.demo.load import generate_demo_school as generate

    return generate(path, size=size, seed=seed, replace=replace, progress=progress, today=today)
