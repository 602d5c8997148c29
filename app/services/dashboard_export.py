"""The dashboard's tables as plain data, and their export: CSV, XLSX and the PDF.

Qt-free. The screen builds a :class:`DashTable` for each table and list it
shows (headers already translated); the same object feeds its view, its
CSV/XLSX export and the PDF, so what is exported is what is on screen.

Cell values stay typed: text, whole numbers, percentages (float, ``None``
when there is nothing to say), money in integer minor units, dates. CSV
writes them plainly (money as a decimal a spreadsheet reads, ``.`` as the
decimal point), XLSX as numbers and dates with a number format.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

TEXT, COUNT, PERCENT, MONEY, DATE, DATETIME = "text", "count", "percent", "money", "date", "datetime"


@dataclass(frozen=True)
class Column:
    title: str
    kind: str = TEXT


@dataclass(frozen=True)
class DashTable:
    """A titled table: columns and rows of typed values (one value per column)."""

    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]
    currency: str = ""
    digits: int = 2
    #: One key per row, for the drill-down behind the row (``None``: nothing behind it).
    keys: tuple[Any, ...] = field(default=())

    def __post_init__(self) -> None:
        for row in self.rows:
            if len(row) != len(self.columns):
                raise ValueError(f"A row of '{self.title}' has {len(row)} values for {len(self.columns)} columns.")


def plain_money(minor: int, digits: int) -> str:
    """12345, 2 → "123.45" (no grouping: a spreadsheet reads it as a number)."""
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(int(minor)), 10**digits)
    return f"{sign}{whole}.{frac:0{digits}d}" if digits else f"{sign}{whole}"


def plain_value(value: Any, kind: str, digits: int) -> str:
    if value is None:
        return ""
    if kind == MONEY:
        return plain_money(value, digits)
    if kind == PERCENT:
        return f"{float(value):.1f}"
    if kind in (DATE, DATETIME) and isinstance(value, dt.date):
        return value.isoformat(sep=" ", timespec="minutes") if isinstance(value, dt.datetime) else value.isoformat()
    return str(value)


def _header(column: Column, currency: str) -> str:
    if column.kind == MONEY and currency:
        return f"{column.title} ({currency})"
    if column.kind == PERCENT:
        return f"{column.title} (%)"
    return column.title


def table_csv(table: DashTable) -> str:
    """The table as CSV text (write it as UTF-8 with a BOM, so a spreadsheet guesses the encoding)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([_header(c, table.currency) for c in table.columns])
    for row in table.rows:
        writer.writerow([plain_value(v, c.kind, table.digits) for v, c in zip(row, table.columns, strict=True)])
    return out.getvalue()


def save_csv(table: DashTable, path: Path) -> Path:
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(table_csv(table), encoding="utf-8-sig", newline="")
    tmp.replace(path)
    return path


def _sheet_title(title: str, used: set[str]) -> str:
    bad = '[]:*?/\\'
    name = "".join("-" if ch in bad else ch for ch in title).strip() or "Sheet"
    name = name[:31]
    base, n = name, 2
    while name.casefold() in used:
        suffix = f" ({n})"
        name = base[: 31 - len(suffix)] + suffix
        n += 1
    used.add(name.casefold())
    return name


def save_xlsx(tables: Sequence[DashTable], path: Path) -> Path:
    """One sheet per table: numbers as numbers, money with the currency's decimals, dates as dates."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    if not tables:
        raise ValueError("There is no table to export.")
    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    for table in tables:
        ws = wb.create_sheet(_sheet_title(table.title, used))
        ws.append([_header(c, table.currency) for c in table.columns])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        money = "#,##0" + ("." + "0" * table.digits if table.digits else "")
        for row in table.rows:
            values = []
            for v, c in zip(row, table.columns, strict=True):
                if v is None:
                    values.append(None)
                elif c.kind == MONEY:
                    values.append(Decimal(int(v)).scaleb(-table.digits))
                elif c.kind == PERCENT:
                    values.append(round(float(v), 1))
                elif c.kind == DATETIME and isinstance(v, dt.datetime):
                    values.append(v.replace(tzinfo=None))
                else:
                    values.append(v)
            ws.append(values)
            r = ws.max_row
            for i, c in enumerate(table.columns, start=1):
                if c.kind == MONEY:
                    ws.cell(r, i).number_format = money
                elif c.kind == PERCENT:
                    ws.cell(r, i).number_format = "0.0"
                elif c.kind == DATE:
                    ws.cell(r, i).number_format = "yyyy-mm-dd"
                elif c.kind == DATETIME:
                    ws.cell(r, i).number_format = "yyyy-mm-dd hh:mm"
        for i, c in enumerate(table.columns, start=1):
            width = max([len(_header(c, table.currency))] + [len(plain_value(r[i - 1], c.kind, table.digits))
                                                              for r in table.rows[:200]])
            ws.column_dimensions[ws.cell(1, i).column_letter].width = min(48, max(8, width + 2))
        ws.freeze_panes = "A2"
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    wb.save(tmp)
    tmp.replace(path)
    return path
