"""Printing a PDF (a receipt, the day book) through Qt's print dialog, or saving it.

The PDF is made by :mod:`app.reports` in a background task; here it is only
handed to a printer: :class:`QPdfDocument` renders each page at the printer's
resolution and :class:`QPrinter` prints it. Tests use the save path only
(there is no printer to test with).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFileDialog, QWidget


def print_pdf(pdf: bytes, parent: QWidget | None = None, *, printer=None, ask: bool = True) -> bool:  # noqa: ANN001
    """Print ``pdf``; with ``ask`` the print dialog is shown first. Returns whether it printed."""
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    if ask:
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        page_rect = printer.pageRect(QPrinter.Unit.DevicePixel)
        for i in range(doc.pageCount()):
            if i:
                printer.newPage()
            points = doc.pagePointSize(i)
            scale = min(page_rect.width() / points.width(), page_rect.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            image = doc.render(i, size)
            painter.drawImage(QRectF(0, 0, size.width(), size.height()), image)
    finally:
        painter.end()
    return True


def save_pdf(pdf: bytes, parent: QWidget | None, suggested_name: str, path: Path | None = None) -> Path | None:
    """Save ``pdf``; without ``path`` the person chooses where. Returns where it went (None: cancelled)."""
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("ReceiptPrint", "Save as PDF"),
                                                suggested_name, "PDF (*.pdf)")
        if not chosen:
            return None
        path = Path(chosen)
    path.write_bytes(pdf)
    return path
