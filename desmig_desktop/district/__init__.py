"""The district (Disnaker kabupaten): village packages merged into one database, PostgreSQL or SQLite (issue 10).

Groundwork so far: `merge` — the generic, idempotent, order-free merge of village rows, over every table of the
metadata (a table a new pillar adds is carried without editing the merge).
"""
