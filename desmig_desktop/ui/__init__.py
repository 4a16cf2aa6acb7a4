"""The UI kit every area's screens use: one date edit, one money edit, one form dialog, one row table model
(`forms`, `widgets`), the person's Kegiatan dialog (`activity`), what a page gets from the shell (`pages`),
background workers with progress (`workers`) and the change bus (`changes`). Screens talk to use cases only,
never to SQLAlchemy or the database."""
