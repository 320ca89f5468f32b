"""Spreadsheet exchange: safe Excel/CSV writing and reading, without Qt or the database.

``cells`` neutralises formula injection, ``workbook`` writes workbooks atomically,
``project_export`` describes the sheets of the project workbook, ``tabular`` reads a user's
spreadsheet or CSV defensively (with ``tabular_xlsx``, ``tabular_csv`` and ``tabular_rows``)
and ``needs_import`` turns what it read into needs to create or update. Callers (services,
command line) own the database side.
"""
