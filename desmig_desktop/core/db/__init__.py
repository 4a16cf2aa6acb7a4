"""Database plumbing: declarative base, engine, opening and upgrading a file."""
