"""Registri desa: screens (person list, person form, placements, life events, households, import, export)."""

# What the register's screens announce on the change bus (ui.changes.Changes) after a save.
PERSONS = "persons"
HOUSEHOLDS = "households"
PLACEMENTS = "placements"
VILLAGE = "village"
