"""The dashboard's tables as plain data, exported through :mod:`app.services.exports`.

Qt-free. The screen builds a :class:`DashTable` for each table and list it
shows (headers already translated); the same object feeds its view, its
CSV/XLSX export and the PDF, so what is exported is what is on screen.

Cell values stay typed: text, whole numbers, percentages (float, ``None``
when there is nothing to say), money in integer minor units, dates. The
export turns the tables into an :class:`~app.services.exports.Export` (a
sheet a table) and :func:`~app.services.exports.write_export` writes it: CSV
plainly (money as a decimal a spreadsheet reads, dates ISO), XLSX as numbers
and dates with a number format.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.services import exports
from app.services.exports import DATE, DATETIME, MONEY, PERCENT, TEXT

COUNT = exports.NUMBER  # whole numbers, or a count of weighted periods (a float)
__all__ = ["COUNT", "DATE", "DATETIME", "MONEY", "PERCENT", "TEXT", "Column", "DashTable", "dashboard_export",
           "save_csv", "save_xlsx"]


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
    # One key per row, for the drill-down behind the row (``None``: nothing behind it).
    keys: tuple[Any, ...] = field(default=())

    def __post_init__(self) -> None:
        for row in self.rows:
            if len(row) != len(self.columns):
                raise ValueError(f"A row of '{self.title}' has {len(row)} values for {len(self.columns)} columns.")


def _header(column: Column, currency: str) -> str:
    if column.kind == MONEY and currency:
        return f"{column.title} ({currency})"
    if column.kind == PERCENT:
        return f"{column.title} (%)"
    return column.title


def dashboard_export(tables: Sequence[DashTable], name: str = "dashboard") -> exports.Export:
    """A sheet a table (widths fitted to the values), money in the currency of the tables that have one."""
    money = next((t for t in tables if t.currency), tables[0] if tables else DashTable("", (), ()))
    sheets = [exports.Sheet(t.title, [exports.Column(_header(c, t.currency), c.kind, 0) for c in t.columns],
                            [list(row) for row in t.rows]) for t in tables]
    return exports.Export(name, sheets, exports.Formats(money.currency, money.digits, "yyyy-mm-dd"))


def save_csv(table: DashTable, path: Path) -> Path:
    """The table as CSV (UTF-8 with a BOM, so a spreadsheet guesses the encoding)."""
    return exports.write_export(dashboard_export([table], Path(path).stem), path, "csv")


def save_xlsx(tables: Sequence[DashTable], path: Path) -> Path:
    """One sheet per table: numbers as numbers, money with the currency's decimals, dates as dates."""
    return exports.write_export(dashboard_export(tables, Path(path).stem), path, "xlsx")
