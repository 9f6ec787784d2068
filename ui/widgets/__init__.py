"""Reusable widgets: bound fields, country picker, share tables, charts, badges."""
