"""The only layer that knows SQL: tables, the project file, backups, migrations."""
