"""Registri desa — the village register: the village profile with its dusun, RW and RT; households (Kartu
Keluarga); people; their migration history (calon PMI, PMI aktif, PMI purna); life events; and the import and
export of person registers. Every other area stands on it.

A NIK seen in two villages (a person who moved). Every village keeps its own rows, each stamped with its
village id. A person who leaves is never deleted: a `pindah_keluar` life event takes them off the village's
active lists and counts from that date (`in_village` false) while their row stays live with its history
(placements, memberships, attendance, share-outs). The village they moved to registers them anew with a
`pindah_datang` event: a new row with its own id and village id. A person who comes back to a village that
still holds their row gets `pindah_datang` on that existing row (registering the NIK again is refused). So
one village never holds two live rows with the same NIK (the unique index on NIK and village id among live
rows), while the district's merged database may hold one live row per village the person lived in, of which
normally one is on an active list (its latest event is not `pindah_keluar`). The district merge keeps every
row and reads the movement from their events. Deleting a person is for entry mistakes only: it tombstones
the row and everything that hangs on it.
"""
