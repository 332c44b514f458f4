"""Excel templates and importers: each reads a whole workbook, checks every row first and
writes nothing unless the file is valid throughout."""
