"""reportlab documents: receipts, registers, report cards."""
