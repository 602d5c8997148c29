"""Many receipts as one PDF: a day's, a cashier's or a student's, to print at once or keep.

:func:`save_receipt_batch` reads the receipts with a few grouped queries
(:func:`app.services.fees.receipts_data`), draws them one page each on one
canvas (:func:`app.reports.receipt.draw_receipt`: the fonts are embedded once
for the whole batch), reports its progress, stops when asked, and writes the
file atomically (:func:`app.reports.atomic.write_atomically`): a complete PDF
under the name, or nothing. Qt-free; the UI runs it as a background task.

A reprinted batch is marked DUPLICATE on every receipt, as any reprint is;
receipts printed for the first time (taken during a power cut, say) are not.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.reports.atomic import write_atomically
from app.reports.receipt import A5_SIZE, FORMATS, draw_receipt, layout_for, new_canvas
from app.services.fees import ReceiptData

# Receipts read from the database at a time (bounded memory for any batch).
READ_CHUNK = 250


class BatchCancelled(Exception):
    """The person stopped the batch; nothing was written."""


@dataclass(frozen=True)
class BatchResult:
    path: Path
    receipts: int
    pages: int
    bytes: int


def receipts_batch_pdf(receipts: Sequence[ReceiptData], *, fmt: str = A5_SIZE, duplicate: bool = True,
                       progress: Callable[[int, int], None] | None = None,
                       should_stop: Callable[[], bool] | None = None, title: str = "") -> bytes:
    """The receipts, one page each, as the bytes of one PDF."""
    return _draw_all(lambda: iter([list(receipts)]), len(receipts), fmt, duplicate, progress, should_stop, title)


def _draw_all(chunks: Callable, total: int, fmt: str, duplicate: bool,  # noqa: PLR0913
              progress: Callable[[int, int], None] | None, should_stop: Callable[[], bool] | None,
              title: str) -> bytes:
    if fmt not in FORMATS:
        raise ValueError(f"unknown receipt format {fmt!r}")
    layout = layout_for(fmt)
    buf = io.BytesIO()
    c = new_canvas(buf, (layout.width, layout.height))
    c.setTitle(title or "Receipts")
    c.setCreator("Daftar")
    done = 0
    for chunk in chunks():
        for data in chunk:
            if should_stop is not None and should_stop():
                raise BatchCancelled("The batch was stopped; no file was written.")
            if done == 0:
                c.setAuthor(data.school_name)
            draw_receipt(c, data, fmt=fmt, duplicate=duplicate)
            done += 1
            if progress is not None:
                progress(done, total)
    if done == 0:
        raise ValueError("There are no receipts to print.")
    c.save()
    return buf.getvalue()


def save_receipt_batch(db, payment_ids: Sequence[str], path: Path, *, fmt: str = A5_SIZE,  # noqa: ANN001 - SchoolDB
                       duplicate: bool = True, progress: Callable[[int, int], None] | None = None,
                       should_stop: Callable[[], bool] | None = None, title: str = "") -> BatchResult:
    """Read and draw the payments' receipts and write them to ``path`` as one PDF (all or nothing)."""
    from app.services.fees import receipts_data

    ids = list(payment_ids)
    if not ids:
        raise ValueError("There are no receipts to print.")

    def chunks():  # noqa: ANN202 - the receipts, read a chunk at a time in their own short sessions
        for start in range(0, len(ids), READ_CHUNK):
            if should_stop is not None and should_stop():
                raise BatchCancelled("The batch was stopped; no file was written.")
            with db.session() as session:
                chunk = receipts_data(session, ids[start:start + READ_CHUNK])
            yield chunk

    pdf = _draw_all(chunks, len(ids), fmt, duplicate, progress, should_stop, title)
    if should_stop is not None and should_stop():
        raise BatchCancelled("The batch was stopped; no file was written.")
    write_atomically(Path(path), pdf)
    return BatchResult(Path(path), len(ids), len(ids), len(pdf))
