"""The shell around the pillars: the main window (navigation built from the pillars), the recap page,
settings and the first run."""
