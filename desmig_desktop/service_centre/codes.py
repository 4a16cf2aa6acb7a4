"""Closed vocabularies of the service centre, with their Indonesian labels (N_ texts, translated where shown).

Codes are stored in the database and written in JSON and the long-format recap; labels are what users see.
"""

from __future__ import annotations

from desmig_desktop.core.i18n import N_

# ---- guest book ---------------------------------------------------------------------------------------
PURPOSES = {
    "info_kerja": N_("Informasi kerja luar negeri"),
    "migrasi_aman": N_("Informasi migrasi aman"),
    "ak1": N_("AK-1 (kartu kuning)"),
    "dokumen": N_("Dokumen kependudukan/paspor"),
    "pengaduan": N_("Pengaduan"),
    "konsultasi": N_("Konsultasi lain"),
}
# What a visitor from outside the village register may come for: the information services only.
OUTSIDER_PURPOSES = ("info_kerja", "migrasi_aman", "konsultasi")

# ---- AK-1 (kartu kuning) ------------------------------------------------------------------------------
AK1_ITEMS = {
    "ktp": N_("KTP"),
    "kk": N_("Kartu Keluarga"),
    "pas_foto": N_("Pas foto"),
    "ijazah": N_("Ijazah terakhir"),
}
AK1_STATUSES = {
    "draft": N_("Draf"),
    "lengkap": N_("Berkas lengkap"),
    "diserahkan": N_("Diserahkan ke Disnaker"),
    "terbit": N_("Kartu terbit"),
    "ditolak": N_("Ditolak"),
}
AK1_VALID_MONTHS = 24  # a card is valid two years
AK1_REPORT_MONTHS = 6  # and its holder reports to Disnaker every six months
DUE_DAYS = 30  # "due" lists look this many days ahead

# ---- pre-departure documents (UU 18/2017) -------------------------------------------------------------
DEPARTURE_ITEMS = {
    "ktp": N_("KTP"),
    "kk": N_("Kartu Keluarga"),
    "akta_ijazah": N_("Akta lahir atau ijazah"),
    "status_kawin": N_("Surat keterangan status perkawinan"),
    "izin_keluarga": N_("Izin suami/istri/orang tua/wali diketahui kepala desa"),
    "kompetensi": N_("Sertifikat kompetensi"),
    "sehat_psikologi": N_("Surat keterangan sehat dan psikologi"),
    "paspor": N_("Paspor"),
    "visa": N_("Visa kerja"),
    "perjanjian_penempatan": N_("Perjanjian penempatan"),
    "perjanjian_kerja": N_("Perjanjian kerja"),
    "bpjs": N_("Kepesertaan BPJS Ketenagakerjaan"),
}
RISKS = {
    "under_18": N_("Umur di bawah 18 tahun"),
    "non_procedural": N_("Berangkat non-prosedural"),
    "no_p3mi": N_("P3MI belum disebut"),
    "documents_missing": N_("Dokumen belum lengkap pada tanggal berangkat"),
}

# ---- vacancies ---------------------------------------------------------------------------------------
VACANCY_SCOPES = {"luar_negeri": N_("Luar negeri"), "dalam_negeri": N_("Dalam negeri")}

# ---- complaints --------------------------------------------------------------------------------------
COMPLAINT_CATEGORIES = {
    "putus_kontak": N_("Putus kontak"),
    "gaji": N_("Gaji tidak dibayar"),
    "kekerasan": N_("Kekerasan/penganiayaan"),
    "sakit_meninggal": N_("Sakit/meninggal"),
    "dokumen_overstay": N_("Dokumen/overstay"),
    "hukum": N_("Kasus hukum"),
    "phk": N_("PHK/dipulangkan"),
    "calo": N_("Penipuan calo"),
    "lainnya": N_("Lainnya"),
}
COMPLAINT_STATUSES = {
    "baru": N_("Baru"),
    "ditindaklanjuti": N_("Ditindaklanjuti"),
    "dirujuk": N_("Dirujuk"),
    "selesai": N_("Selesai"),
}
REFERRAL_TARGETS = {
    "disnaker": N_("Disnaker"),
    "bp2mi": N_("BP2MI/KP2MI"),
    "kbri": N_("KBRI/KJRI"),
    "kemnaker": N_("Kemnaker"),
    "polisi": N_("Kepolisian"),
}
LOST_CONTACT_DAYS = 90  # a placement abroad without contact for longer is on the lost-contact register
