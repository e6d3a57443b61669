"""Spreadsheet cells that no spreadsheet program runs as a formula.

The admin's exports (CSV and XLSX) carry text that others typed: feedback
comments, topics, searches, titles, names. Opened in a spreadsheet program,
a cell starting with "=", "+", "-", "@", a tab or a carriage return may run
as a formula (`=HYPERLINK(...)` sends the sheet's data away). As OWASP
recommends, such text gets a single quote in front and reads as text; a
number (-3, a negative total), as a number or as text, stays a number.
"""

import re
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")


def inert_cell(value) -> Any:
    """`value` as a spreadsheet cell that is never a formula."""
    if (
        isinstance(value, str)
        and value.startswith(FORMULA_START)
        and not PLAIN_NUMBER.fullmatch(value)
    ):
        return "'" + value
    return value
