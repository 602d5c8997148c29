"""Local storage: the school's SQLite file, its models and migrations."""
