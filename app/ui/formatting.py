"""Numbers, dates and money for people, through QLocale (STYLE.md, "Text, languages, money").

Money is stored as an integer count of minor units (DESIGN.md §2). It is only
turned into a decimal here, for display.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale


def currency_symbol(currency: str, locale: QLocale | None = None) -> str:
    """The locale's own symbol when it is the locale's currency (e.g. "Rs"), else the ISO code."""
    locale = locale or QLocale()
    if locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == currency:
        return locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    return currency


def format_money(amount_minor: int, currency: str, digits: int = 2, locale: QLocale | None = None) -> str:
    """``125050, "KES", 2`` → ``"KES 1,250.50"`` in the person's locale."""
    locale = locale or QLocale()
    # Exact for any amount a school handles (|amount| < 2**53 minor units).
    value = amount_minor / (10**digits) if digits else float(amount_minor)
    symbol = currency_symbol(currency, locale)
    if symbol != currency:
        return locale.toCurrencyString(value, symbol, digits)
    # An ISO code reads best apart from the number, on the locale's side of it.
    number = locale.toString(value, "f", digits)
    code_first = locale.toCurrencyString(1.0, "\u00a4", 0).lstrip("\u200e\u200f\u061c").startswith("\u00a4")
    return f"{currency}\u00a0{number}" if code_first else f"{number}\u00a0{currency}"


def format_count(n: int, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(int(n))


def format_date(day: dt.date | None, locale: QLocale | None = None,
                fmt: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    if day is None:
        return ""
    return (locale or QLocale()).toString(QDate(day.year, day.month, day.day), fmt)


def left_to_right(text: str) -> str:
    """Keep a phone number or code in its order inside right-to-left text (Unicode isolate)."""
    return f"\u2066{text}\u2069" if text else text
