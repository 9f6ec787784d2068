"""Report writers: the Excel advice workbook and reading it back as a case.

Import the submodules where they are needed (``core.report.workbook``,
``core.report.reader``): they load openpyxl, which the app's start-up should not pay
for. This package itself imports nothing heavy.
"""
