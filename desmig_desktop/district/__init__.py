"""The district (Disnaker kabupaten): village packages merged into one database, PostgreSQL or SQLite (issue 10).

The area, Qt-free like every other:
- village side: `package` (the `.desmig` file: a full snapshot with tombstones, the period's recap in codes, a
  manifest with sequence, previous hash and checksums; sealed to the district's key from `keys`, or a password);
- district side: `database` (init/open, the villages expected), `merge` (generic over every table of the
  metadata: idempotent, order-free, the newer row wins), `intake` (packages checked, refused whole or merged in
  one transaction each), `status` (the reporting rate), `movers` (people in two villages), `recap` and its
  writers (the village recap, one more scope: the kabupaten), `cli` (the `desmig district …` commands).

THE RULE for people who move: the same NIK live in two or more villages is not an error at merge; it is listed
(`movers`, the conflicts view) with its villages and the dates of their `pindah keluar` / `pindah datang`, and
counted once. A NIK live and present (the registry's `in_village` on the day) in two or more villages is one
person: counted in the village with the latest `pindah datang` on or before the day; when none of them recorded
one, in the village whose person row was created first. A village where the NIK is live but the person is not
present (moved out, died) does not count them anyway. Every other village drops that person from its "present"
people in the district's figures (`movers.not_counted`), so the kabupaten never counts one person twice.
"""
