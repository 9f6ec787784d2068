"""The input side: the case model and checking what was entered (validation, field
checks, problems, JSON limits, safe text). Case files are opened by ``core.case_file``,
above the report package that reads workbooks."""
