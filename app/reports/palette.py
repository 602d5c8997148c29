"""What the school's list-like printed pages share: their colours and the school's logo.

The register, the defaulters list and the day book print in the same ink and
rules, so a school's printed pages look like one family; the receipt and the
list headers draw the same logo, decoded once.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import io
import logging

from reportlab.lib.colors import HexColor

log = logging.getLogger(__name__)

INK = HexColor("#1b2730")
GREY = HexColor("#66757f")
RULE = HexColor("#c9d2d7")
SHADE = HexColor("#f2f5f6")
ALERT_INK = HexColor("#b3261e")  # an absence, a late payment: the one red a page uses


@functools.lru_cache(maxsize=8)
def school_logo(logo_png: str):  # noqa: ANN201 - ImageReader | None
    """The school's logo (base64 PNG) as an image reportlab draws, or None when it cannot be read."""
    from reportlab.lib.utils import ImageReader

    if not logo_png:
        return None
    try:
        raw = base64.b64decode(logo_png, validate=True)
        if not raw.startswith(b"\x89PNG\r\n\x1a\n"):
            raise ValueError("not a PNG")
        image = ImageReader(io.BytesIO(raw))
        w, h = image.getSize()
        if w <= 0 or h <= 0:
            raise ValueError("empty image")
        image.fingerprint = hashlib.sha1(raw).hexdigest()  # noqa: S324 - a cache key, not security
        image.getRGBData()  # decoded now, once: receipts on several threads then only read it
        return image
    except Exception as exc:  # noqa: BLE001 - a bad logo never stops a receipt
        log.warning("The school's logo cannot be read (%s); receipts are printed without it.", exc)
        return None
