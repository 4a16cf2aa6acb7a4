"""Usaha Produktif's documents: its recap section (workbook sheet and PDF pages) and the share-out statement."""
