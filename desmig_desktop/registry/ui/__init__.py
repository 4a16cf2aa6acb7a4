"""Registri desa: screens (person list, person form, placements, life events, households, import, export)."""
