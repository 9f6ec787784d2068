"""The input side: the case model, reading and saving case files, and checking what
was entered (validation, field checks, problems, limits, safe text)."""
