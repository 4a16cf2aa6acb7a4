"""Pusat Layanan Migrasi screens: Buku Tamu, AK-1, Dokumen Keberangkatan, Lowongan, Pengaduan, and the actions on
a person's page. The kinds below are announced on the change bus after a save, so that the pages, the home tiles
and the person's activity that show that kind of data read again."""

VISITS = "sc_visits"  # the guest book
AK1 = "sc_ak1"  # AK-1 applications, their checklists and reports
DOCUMENTS = "sc_documents"  # pre-departure documents, plans and departures of calon PMI (and their scans)
VACANCIES = "sc_vacancies"
COMPLAINTS = "sc_complaints"  # complaints, their action logs, and the lost-contact register
