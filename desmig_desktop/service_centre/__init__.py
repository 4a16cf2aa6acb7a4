"""Pusat Layanan Migrasi: the migration service centre at the balai desa (issue 11) — guest book, AK-1 help,
pre-departure documents and their scans, job vacancies and information sheets, complaints and lost contact.

Privacy: complaint descriptions, action logs, guest-book notes, outsiders' identities and scans never leave the
laptop. Such columns and tables carry `core.privacy.PRIVATE` in their `info`; the district package, the audit
trail and the recap leave them out generically (only the referral letter the officer prints carries them).
"""
