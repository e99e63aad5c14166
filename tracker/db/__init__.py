"""The SQLite store: engine and pragmas, typed models, migrations and backups."""
