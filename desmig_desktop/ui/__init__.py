"""PySide6 widgets, table models and dialogs. Widgets talk to services only (never sqlalchemy or db)."""
