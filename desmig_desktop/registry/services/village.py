"""Village profile and its dusun / RW / RT list."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.db.base import new_id
from desmig_desktop.core.errors import Issue, ValidationError, raise_if_errors
from desmig_desktop.core.formatting import number
from desmig_desktop.core.i18n import _
from desmig_desktop.core.records import Deletion, tombstone
from desmig_desktop.registry.dto import DusunDTO, RtDTO, VillageDTO
from desmig_desktop.registry.models import Dusun, Household, Person, RtUnit, Village


def _village(session: Session) -> Village | None:
    return session.scalars(
        select(Village).where(Village.deleted_at.is_(None)).options(selectinload(Village.dusuns).selectinload(Dusun.rts))
    ).first()


def to_dto(v: Village) -> VillageDTO:
    dusuns = tuple(
        DusunDTO(d.id, d.name, tuple(RtDTO(r.rw, r.rt) for r in d.rts if r.deleted_at is None))
        for d in v.dusuns
        if d.deleted_at is None
    )
    return VillageDTO(v.id, v.code, v.name, v.kecamatan, v.kabupaten, v.provinsi, v.head_name, v.address, dusuns)


def get_village(ctx: ServiceContext) -> VillageDTO | None:
    with ctx.reader() as s:
        v = _village(s)
        return to_dto(v) if v else None


def require_village(session: Session) -> Village:
    v = _village(session)
    if v is None:
        raise ValidationError([Issue("village", _("Desa belum dibuat: jalankan `desmig init` atau isi profil desa dulu."))])
    return v


def validate_village_code(code: str) -> list[Issue]:
    digits = code.replace(".", "").strip()
    if not (digits.isdigit() and len(digits) == 10):
        return [Issue("village_code", _("Kode desa Kemendagri harus 10 angka (PP.KK.CC.DDDD), mis. 33.07.09.2001."))]
    if digits[6] not in "12":
        return [Issue("village_code", _("Kode desa: angka ke-7 harus 2 (desa) atau 1 (kelurahan), mis. 33.07.09.2001."))]
    return []


def init_village(
    ctx: ServiceContext,
    code: str,
    name: str,
    kecamatan: str = "",
    kabupaten: str = "",
    provinsi: str = "",
    head_name: str = "",
    dusuns: list[str] | tuple[str, ...] = (),
) -> VillageDTO:
    """Create the village profile (once per database)."""
    issues = validate_village_code(code)
    if not name.strip():
        issues.append(Issue("village_name", _("Nama desa wajib diisi.")))
    if issues:
        raise ValidationError(issues)
    with ctx.unit_of_work() as s:
        if _village(s) is not None:
            raise ValidationError([Issue("village", _("Basis data ini sudah berisi profil desa: buka berkas lain untuk desa baru."))])
        v = Village(
            code=code.replace(".", "").strip(), name=name.strip(), kecamatan=kecamatan.strip(),
            kabupaten=kabupaten.strip(), provinsi=provinsi.strip(), head_name=head_name.strip(),
        )
        s.add(v)
        for d in dusuns:
            s.add(Dusun(village=v, name=d.strip()))
        s.flush()
        s.refresh(v)
        return to_dto(v)


VILLAGE_FIELDS = ("code", "name", "kecamatan", "kabupaten", "provinsi", "head_name", "address")


def update_village(ctx: ServiceContext, **fields: str) -> VillageDTO:
    """Change the village profile (code, name, kecamatan, kabupaten, provinsi, Kepala Desa, address) in one unit
    of work; the audit trail records each changed field. The code is checked as at the first run and the name
    cannot be emptied."""
    issues: list[Issue] = []
    for key in fields:
        if key not in VILLAGE_FIELDS:
            raise ValueError(key)
    clean = {k: " ".join(v.split()) for k, v in fields.items()}
    if "code" in clean:
        issues += validate_village_code(clean["code"])
        clean["code"] = clean["code"].replace(".", "").replace(" ", "")
    if "name" in clean and not clean["name"]:
        issues.append(Issue("village_name", _("Nama desa wajib diisi.")))
    raise_if_errors(issues)
    with ctx.unit_of_work() as s:
        v = require_village(s)
        for key, value in clean.items():
            if getattr(v, key) != value:
                setattr(v, key, value)
        s.flush()
        return to_dto(v)


def find_dusun(session: Session, name: str) -> Dusun | None:
    return session.scalars(
        select(Dusun).where(Dusun.deleted_at.is_(None), Dusun.name.ilike(name.strip()))
    ).first()


def ensure_dusun(session: Session, village: Village, name: str) -> Dusun:
    """The village's live dusun of that name (case and spacing aside), else a new one (id set, not flushed).

    Looks in `village.dusuns` (loaded with the village by `require_village`): no query, no flush, so a big
    session is not flushed once per dusun.
    """
    key = " ".join(name.split()).casefold()
    for d in village.dusuns:
        if d.deleted_at is None and " ".join(d.name.split()).casefold() == key:
            return d
    d = Dusun(id=new_id(), village=village, name=name.strip())
    session.add(d)
    return d


def ensure_rt(session: Session, dusun: Dusun, rw: int | None, rt: int | None) -> None:
    """Add RT `rt` of RW `rw` to the dusun unless it has it live (`uq_rt_unit_place` is unique among live rows:
    an RT once removed is added again).

    Looks in `dusun.rts` (loaded once, with the village by `require_village`): no query per call, no flush.
    """
    if rw is None or rt is None:
        return
    if not any(r.rw == rw and r.rt == rt and r.deleted_at is None for r in dusun.rts):
        session.add(RtUnit(id=new_id(), dusun=dusun, rw=rw, rt=rt))


def add_dusun(ctx: ServiceContext, name: str, rts: list[tuple[int, int]] = ()) -> DusunDTO:  # type: ignore[assignment]
    if not name.strip():
        raise ValidationError([Issue("dusun", _("Nama dusun wajib diisi."))])
    with ctx.unit_of_work() as s:
        v = require_village(s)
        d = ensure_dusun(s, v, name)
        for rw, rt in rts:
            ensure_rt(s, d, rw, rt)
        s.flush()
        s.refresh(d)
        return DusunDTO(d.id, d.name, tuple(RtDTO(r.rw, r.rt) for r in d.rts))


# ---- dusun, RW and RT, edited in Pengaturan ------------------------------------------------------------

MAX_RW_RT = 999


def _dusun_dto(d: Dusun) -> DusunDTO:
    return DusunDTO(d.id, d.name, tuple(RtDTO(r.rw, r.rt) for r in d.rts if r.deleted_at is None))


def _live_dusun(v: Village, dusun_id: str) -> Dusun:
    for d in v.dusuns:
        if d.id == dusun_id and d.deleted_at is None:
            return d
    raise ValidationError([Issue("dusun", _("Dusun ini sudah tidak ada: muat ulang halaman Pengaturan."))])


def _dusun_name(v: Village, name: str, keep: str | None = None) -> str:
    """The cleaned name, refused when empty or when another live dusun of the village has it."""
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError([Issue("dusun", _("Nama dusun wajib diisi."))])
    for d in v.dusuns:
        if d.deleted_at is None and d.id != keep and d.name.casefold() == clean.casefold():
            raise ValidationError([Issue("dusun", _("Dusun {name} sudah ada: pakai nama lain.").format(name=d.name))])
    return clean


def _people_in(session: Session, dusun_id: str, rw: int | None = None, rt: int | None = None) -> tuple[int, int]:
    """(live families, live people) registered in the dusun, or in one of its RT."""
    where = [Household.dusun_id == dusun_id, Household.deleted_at.is_(None)]
    if rw is not None:
        where += [Household.rw == rw, Household.rt == rt]
    families = session.scalar(select(func.count()).select_from(Household).where(*where)) or 0
    people = session.scalar(select(func.count()).select_from(Person).join(Household, Person.household_id == Household.id)
                            .where(*where, Person.deleted_at.is_(None))) or 0
    return families, people


def new_dusun(ctx: ServiceContext, name: str) -> DusunDTO:
    """Add a dusun to the village; a name the village already has is refused."""
    with ctx.unit_of_work() as s:
        v = require_village(s)
        d = Dusun(id=new_id(), village=v, name=_dusun_name(v, name))
        s.add(d)
        s.flush()
        return _dusun_dto(d)


def rename_dusun(ctx: ServiceContext, dusun_id: str, name: str) -> DusunDTO:
    """Rename a dusun (its families and people stay in it)."""
    with ctx.unit_of_work() as s:
        v = require_village(s)
        d = _live_dusun(v, dusun_id)
        clean = _dusun_name(v, name, keep=d.id)
        if d.name != clean:
            d.name = clean
        s.flush()
        return _dusun_dto(d)


def delete_dusun(ctx: ServiceContext, dusun_id: str) -> Deletion:
    """Tombstone an empty dusun and its RT (undo with `core.records.restore_record`); a dusun with families in
    it is refused, naming how many: it can be renamed, not deleted."""
    with ctx.unit_of_work() as s:
        v = require_village(s)
        d = _live_dusun(v, dusun_id)
        families, people = _people_in(s, d.id)
        if families:
            raise ValidationError([Issue("dusun", _(
                "Dusun {name} tidak bisa dihapus: masih ada {families} KK ({people} orang) di dalamnya. Pindahkan "
                "keluarganya ke dusun lain dulu, atau cukup ubah nama dusunnya.").format(
                    name=d.name, families=number(families), people=number(people)))])
        return tombstone(s, d)


def _rw_rt(rw: int, rt: int) -> None:
    issues = [Issue(key, _("{field} harus angka 1 sampai {most}.").format(field=key.upper(), most=MAX_RW_RT))
              for key, value in (("rw", rw), ("rt", rt)) if not 1 <= value <= MAX_RW_RT]
    raise_if_errors(issues)


def add_rt(ctx: ServiceContext, dusun_id: str, rw: int, rt: int) -> DusunDTO:
    """Add RT `rt` of RW `rw` to a dusun; one it already has is refused."""
    _rw_rt(rw, rt)
    with ctx.unit_of_work() as s:
        v = require_village(s)
        d = _live_dusun(v, dusun_id)
        if any(r.rw == rw and r.rt == rt and r.deleted_at is None for r in d.rts):
            raise ValidationError([Issue("rt", _("RW {rw:02d}/RT {rt:02d} sudah ada di Dusun {name}.").format(
                rw=rw, rt=rt, name=d.name))])
        s.add(RtUnit(id=new_id(), dusun=d, rw=rw, rt=rt))
        s.flush()
        s.refresh(d)
        return _dusun_dto(d)


def remove_rt(ctx: ServiceContext, dusun_id: str, rw: int, rt: int) -> DusunDTO:
    """Remove (tombstone) an RT of a dusun; an RT with families registered in it is refused."""
    with ctx.unit_of_work() as s:
        v = require_village(s)
        d = _live_dusun(v, dusun_id)
        unit = next((r for r in d.rts if r.rw == rw and r.rt == rt and r.deleted_at is None), None)
        if unit is None:
            raise ValidationError([Issue("rt", _("RW {rw:02d}/RT {rt:02d} tidak ada di Dusun {name}.").format(
                rw=rw, rt=rt, name=d.name))])
        families, people = _people_in(s, d.id, rw, rt)
        if families:
            raise ValidationError([Issue("rt", _(
                "RW {rw:02d}/RT {rt:02d} tidak bisa dihapus: masih ada {families} KK ({people} orang) di sana. "
                "Ubah alamat keluarganya dulu.").format(rw=rw, rt=rt, families=number(families),
                                                          people=number(people)))])
        unit.deleted_at = ctx.now()
        s.flush()
        return _dusun_dto(d)
