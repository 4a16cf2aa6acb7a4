"""Closed vocabularies of the registry, with their Indonesian labels.

Values are stored in the database (stable, ASCII); labels are what users see.
"""

from __future__ import annotations

from desmig_desktop.core.i18n import N_

SEXES = {"L": N_("Laki-laki"), "P": N_("Perempuan")}

STAGES = {"calon": N_("Calon PMI"), "aktif": N_("PMI aktif"), "purna": N_("PMI purna")}
# Every stage a stored placement can have: a calon who gave up is closed as "batal" (cancel_placement).
PLACEMENT_STAGES = {**STAGES, "batal": N_("Batal berangkat")}

# A person's derived status: the stages above plus family of a migrant, or none.
STATUSES = {
    "calon": N_("Calon PMI"),
    "aktif": N_("PMI aktif"),
    "purna": N_("PMI purna"),
    "keluarga": N_("Keluarga PMI"),
    "none": N_("Bukan PMI"),
}

SECTORS = {"formal": N_("Formal"), "informal": N_("Informal")}

ROUTES = {"prosedural": N_("Prosedural"), "non_prosedural": N_("Non-prosedural")}

SCHEMES = {"g_to_g": "G-to-G", "p_to_p": N_("P-to-P (melalui P3MI)"), "mandiri": N_("Mandiri")}

RELATIONSHIPS = {
    "kepala": N_("Kepala Keluarga"),
    "suami": N_("Suami"),
    "istri": N_("Istri"),
    "anak": N_("Anak"),
    "menantu": N_("Menantu"),
    "cucu": N_("Cucu"),
    "orang_tua": N_("Orang Tua"),
    "mertua": N_("Mertua"),
    "famili": N_("Famili Lain"),
    "lainnya": N_("Lainnya"),
}

EDUCATION = {
    "tidak_sekolah": N_("Tidak/Belum Sekolah"),
    "sd": N_("SD/Sederajat"),
    "smp": N_("SMP/Sederajat"),
    "sma": N_("SMA/SMK/Sederajat"),
    "diploma": N_("Diploma"),
    "s1": N_("S1"),
    "s2": N_("S2/S3"),
}

MARITAL = {
    "belum_kawin": N_("Belum Kawin"),
    "kawin": N_("Kawin"),
    "cerai_hidup": N_("Cerai Hidup"),
    "cerai_mati": N_("Cerai Mati"),
}

LIFE_EVENTS = {
    "lahir": N_("Lahir"),
    "pindah_datang": N_("Pindah datang"),
    "pindah_keluar": N_("Pindah keluar"),
    "meninggal": N_("Meninggal"),
}

# Life events after which a person leaves the active lists and counts.
LEAVING_EVENTS = frozenset({"pindah_keluar", "meninggal"})

COUNTRIES = (
    "Malaysia",
    "Hong Kong",
    "Taiwan",
    "Singapura",
    "Arab Saudi",
    "Korea Selatan",
    "Jepang",
    "Brunei Darussalam",
    "Uni Emirat Arab",
    "Qatar",
    "Kuwait",
    "Oman",
    "Turki",
    "Polandia",
)
