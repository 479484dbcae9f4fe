"""Storage: SQLite now; a server database later behind the same interface."""
