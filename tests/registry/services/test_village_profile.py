"""Pengaturan's use cases: the village profile, its dusun and RT, each one unit of work with the audit trail."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from desmig_desktop.core.audit import AuditEntry
from desmig_desktop.core.errors import ValidationError
from desmig_desktop.core.records import restore_record
from desmig_desktop.registry.services.village import (
    add_rt,
    delete_dusun,
    get_village,
    new_dusun,
    remove_rt,
    rename_dusun,
    update_village,
)


def audit(ctx, table: str) -> list[AuditEntry]:  # type: ignore[no-untyped-def]
    with ctx.reader() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.table_name == table).order_by(AuditEntry.at)))


def test_profile_change_is_audited_with_the_officer(ctx, village):
    v = update_village(ctx, code="33.07.09.2002", name=" Kuripan  Baru ", head_name="Ibu Kades")
    assert (v.code, v.name, v.head_name) == ("3307092002", "Kuripan Baru", "Ibu Kades")
    last = audit(ctx, "village")[-1]
    assert last.officer == "Siti Petugas" and last.action == "update"
    assert json.loads(last.changes)["name"] == ["Kuripan", "Kuripan Baru"]


def test_profile_refuses_a_bad_code_or_no_name_and_saves_nothing(ctx, village):
    with pytest.raises(ValidationError) as err:
        update_village(ctx, code="33.07.09.201", name="Baru")
    assert "10 angka" in err.value.issues[0].message
    with pytest.raises(ValidationError) as err:
        update_village(ctx, name="   ")
    assert err.value.issues[0].message == "Nama desa wajib diisi."
    assert get_village(ctx).name == "Kuripan"


def test_dusun_add_rename_and_delete(ctx, village):
    d = new_dusun(ctx, "  Gunung   Tugel ")
    assert d.name == "Gunung Tugel"
    with pytest.raises(ValidationError, match="Dusun Gunung Tugel sudah ada"):
        new_dusun(ctx, "gunung tugel")
    with pytest.raises(ValidationError, match="Dusun Kuripan sudah ada"):
        rename_dusun(ctx, d.id, "KURIPAN")
    assert rename_dusun(ctx, d.id, "Tugel").name == "Tugel"
    add_rt(ctx, d.id, 5, 1)
    deletion = delete_dusun(ctx, d.id)
    assert deletion.count == 2  # the dusun and its RT
    assert [x.name for x in get_village(ctx).dusuns] == ["Kuripan", "Sigaluh"]
    assert restore_record(ctx, deletion.table, deletion.record_id, deletion.when) == 2  # Urungkan
    assert [(x.name, len(x.rts)) for x in get_village(ctx).dusuns] == [("Kuripan", 2), ("Sigaluh", 0), ("Tugel", 1)]
    delete_dusun(ctx, d.id)
    entries = audit(ctx, "dusun")
    assert [e.action for e in entries][-1] == "delete" and entries[-1].officer == "Siti Petugas"


def test_a_dusun_with_people_is_renamed_not_deleted(ctx, people, village):
    kuripan = village.dusuns[0]
    with pytest.raises(ValidationError) as err:
        delete_dusun(ctx, kuripan.id)
    assert err.value.issues[0].message.startswith("Dusun Kuripan tidak bisa dihapus: masih ada 1 KK (3 orang)")
    assert "ubah nama" in err.value.issues[0].message
    rename_dusun(ctx, kuripan.id, "Kuripan Kidul")
    assert [x.name for x in get_village(ctx).dusuns] == ["Kuripan Kidul", "Sigaluh"]


def test_rt_add_and_remove(ctx, people, village):
    kuripan = village.dusuns[0]
    assert [(r.rw, r.rt) for r in add_rt(ctx, kuripan.id, 2, 7).rts] == [(1, 1), (1, 2), (2, 7)]
    with pytest.raises(ValidationError, match="RW 02/RT 07 sudah ada di Dusun Kuripan"):
        add_rt(ctx, kuripan.id, 2, 7)
    with pytest.raises(ValidationError, match="RT harus angka 1 sampai 999"):
        add_rt(ctx, kuripan.id, 2, 0)
    with pytest.raises(ValidationError, match="RW 01/RT 02 tidak bisa dihapus: masih ada 1 KK"):
        remove_rt(ctx, kuripan.id, 1, 2)  # Slamet Riyadi's family lives there
    assert [(r.rw, r.rt) for r in remove_rt(ctx, kuripan.id, 2, 7).rts] == [(1, 1), (1, 2)]
    assert add_rt(ctx, kuripan.id, 2, 7).rts[-1].rt == 7  # an RT once removed can come back
