"""Input limits: what Herstelscan reads at most, so no file can make it slow or crash it.

Every limit is named in the message that refuses it and in the README ("Limits on
input"). A real case is far below each: about 1 KB, a handful of countries, two or
three levels of nesting.
"""

from __future__ import annotations

MAX_CASE_BYTES = 1024 * 1024  # a case file (or the case inside a workbook): 1 MB
MAX_ROWS = 300  # rows in a table (sales, suppliers, clusters); there are ~250 countries
MAX_TEXT = 200  # characters in a text field (the company name)
MAX_DIGITS = 30  # digits in a whole number as written in the file
MAX_DEPTH = 20  # levels of nesting of [ and {
MAX_PROBLEMS = 100  # problems listed; the rest are counted in one line
