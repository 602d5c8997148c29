"""Render Daftar's application icon for the installers, from ``resources/icons/daftar.svg``.

    python packaging/make_icons.py

writes (all committed, so a build needs none of this):

* ``packaging/linux/icons/hicolor/<N>x<N>/apps/daftar.png`` for 16, 24, 32,
  48, 64, 128 and 256 px, and ``scalable/apps/daftar.svg``;
* ``packaging/windows/daftar.ico`` (16 to 256 px);
* ``packaging/macos/daftar.icns`` (16 to 1024 px).

The SVG is drawn by Qt's QSvgRenderer (offscreen); Pillow (which reportlab
already needs) writes the .ico and .icns. Run it again after changing the SVG.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SOURCE = ROOT / "resources" / "icons" / "daftar.svg"
LINUX_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def to_pillow(image: QImage) -> Image.Image:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    import io

    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"Cannot read {SOURCE.relative_to(ROOT)} as SVG.", file=sys.stderr)
        return 1
    hicolor = HERE / "linux" / "icons" / "hicolor"
    for size in LINUX_SIZES:
        out = hicolor / f"{size}x{size}" / "apps" / "daftar.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        # Written by Pillow: the same bytes every run (Qt's PNG writer adds nothing, but be sure).
        to_pillow(render(renderer, size)).save(out, optimize=True)
        print(out.relative_to(ROOT))
    scalable = hicolor / "scalable" / "apps" / "daftar.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    print(scalable.relative_to(ROOT))

    largest = to_pillow(render(renderer, 256))
    ico = HERE / "windows" / "daftar.ico"
    ico.parent.mkdir(parents=True, exist_ok=True)
    frames = [to_pillow(render(renderer, s)) for s in ICO_SIZES]
    largest.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=frames)
    print(ico.relative_to(ROOT))

    icns = HERE / "macos" / "daftar.icns"
    icns.parent.mkdir(parents=True, exist_ok=True)
    big = to_pillow(render(renderer, max(ICNS_SIZES)))
    big.save(icns, format="ICNS", append_images=[to_pillow(render(renderer, s)) for s in ICNS_SIZES[:-1]])
    print(icns.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
