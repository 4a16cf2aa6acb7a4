"""Village profile and its dusun / RW / RT list."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.db.base import new_id
from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.i18n import _
from desmig_desktop.registry.dto import DusunDTO, RtDTO, VillageDTO
from desmig_desktop.registry.models import Dusun, RtUnit, Village


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


def update_village(ctx: ServiceContext, **fields: str) -> VillageDTO:
    allowed = {"name", "kecamatan", "kabupaten", "provinsi", "head_name", "address"}
    with ctx.unit_of_work() as s:
        v = require_village(s)
        for key, value in fields.items():
            if key not in allowed:
                raise ValueError(key)
            setattr(v, key, value.strip())
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
