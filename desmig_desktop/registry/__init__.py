"""Registri desa — the village register: the village profile with its dusun, RW and RT; households (Kartu
Keluarga); people; their migration history (calon PMI, PMI aktif, PMI purna); life events; and the import and
export of person registers. Every other area stands on it.

A NIK seen in two villages (a person who moved). Every village keeps its own rows; a person who leaves is
never deleted but gets a `pindah_keluar` life event, which takes them off the village's active lists and
counts from that date while their history (placements, memberships, share-outs) stays. The village they
moved to registers them anew with a `pindah_datang` event (a new row with its own id and village). So the
same NIK may appear once per village in the district: live in at most one village at a time (the one whose
latest event is not `pindah_keluar`), and one village never holds two live rows with the same NIK (a unique
index among live rows). The district merge keeps both rows and reads the movement from their events.
"""
