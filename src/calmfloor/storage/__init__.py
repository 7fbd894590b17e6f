"""Files and SQLite: paths, history database, settings. No Qt."""
