"""The report kit, with no pillar knowledge: PDF building blocks (`pdf_kit`: embedded fonts, styles, headed
tables, "Halaman x dari y"), Excel building blocks (`xlsx_kit`: styles, text cells that stay text, a summary
sheet written top to bottom; `xlsx_stream` for big sheets), recap tables (`tables`: count tables, and the
columns, bands and totals every area's recap section is drawn with, in PDF; `tables_xlsx` on a sheet) and the village
letterhead and titles (`letterhead`). The submodules are not imported here, so a PDF does not load openpyxl.
"""
