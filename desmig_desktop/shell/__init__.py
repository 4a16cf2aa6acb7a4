"""The shell around the pillars: the main window (navigation built from the pillars), the recap page,
settings and the first run."""

SETTINGS = "settings"  # announced on the change bus when the officer's settings are saved
