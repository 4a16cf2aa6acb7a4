"""Vocabularies of the activities (codes stored, labels shown)."""

from __future__ import annotations

from desmig_desktop.core.i18n import N_

TRAINING_KINDS = {
    "pengolahan_pangan": N_("Pengolahan pangan"),
    "membatik": N_("Membatik"),
    "pengemasan": N_("Pengemasan"),
    "pemasaran": N_("Pemasaran"),
    "manajemen_kelompok": N_("Manajemen kelompok"),
    "lainnya": N_("Lainnya"),
}


TRAINING_PROVIDERS = {
    "blk": "BLK",
    "bbplk": "BBPLK",
    "asosiasi": N_("Asosiasi pengusaha"),
    "disnaker": "Disnaker",
    "kemnaker": "Kemnaker",
    "lainnya": N_("Lainnya"),
}


EVENT_KINDS = {"pameran": N_("Pameran"), "bazar": N_("Bazar"), "kunjungan": N_("Kunjungan")}


SOCIALISATION_KINDS = {"pertemuan": N_("Pertemuan sosialisasi"), "kunjungan": N_("Kunjungan rumah")}
