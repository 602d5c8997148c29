"""Writing a finished document so that its name never holds half of it.

A report-card batch or a register is written to ``NAME.part`` beside the
final file, flushed to the disk, then renamed over ``NAME`` in one step
(``os.replace``). A crash, a power cut or a SIGKILL part way leaves the
previous ``NAME`` (or none) untouched and at most a ``.part`` file, which the
next save of the same name overwrites. Qt-free.
"""

from __future__ import annotations

import os
from pathlib import Path


def part_path(path: Path) -> Path:
    path = Path(path)
    return path.with_name(path.name + ".part")


def write_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` all at once or not at all; return ``path``."""
    path = Path(path)
    part = part_path(path)
    try:
        with part.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    if os.name != "nt":  # make the rename itself durable
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    return path
