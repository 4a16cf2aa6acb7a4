"""Pusat Layanan Migrasi use cases: guest book, AK-1, pre-departure documents, vacancies, complaints, lost contact."""
