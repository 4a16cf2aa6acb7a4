"""Exchange with the outside world: import of registers (CSV/XLSX) and export of lists.

Modules here read and write files only; every check and every database write goes through services/.
"""
