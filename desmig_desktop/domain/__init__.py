"""Domain: typed ORM models and pure rules. No Qt, no I/O beyond the ORM."""
