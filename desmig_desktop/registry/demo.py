"""The demo village: Desa Kuripan (Kec. Watumalang, Kab. Wonosobo) filled with fictitious families.

A public interface (district staff script against it): `app.create_demo_village(ctx, seed) -> DemoSummary`,
which runs every pillar's demo builder; this is the registry's. The households come from `demo_homes` (pure,
deterministic for a seed); they are written through the registry's session-level services in the caller's
unit of work, so the audit trail records the demo like any other data.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.i18n import _
from desmig_desktop.registry import demo_names as N
from desmig_desktop.registry.demo_homes import build_demo_homes
from desmig_desktop.registry.models import Household, LifeEvent, Person, Village
from desmig_desktop.registry.rules import HouseholdInput, PersonInput
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.status_sync import refresh_people
from desmig_desktop.registry.services.village import ensure_dusun, ensure_rt


@dataclass(frozen=True)
class DemoSummary:
    dusun: int
    rw: int
    rt: int
    households: int
    persons: int
    pmi_aktif: int
    pmi_purna: int
    calon_pmi: int
    keluarga_pmi: int
    placements: int
    life_events: int

    def __str__(self) -> str:
        return _("{dusun} dusun, {rw} RW, {rt} RT, {kk} KK, {persons} orang: {aktif} PMI aktif, {purna} PMI purna, "
                 "{calon} calon PMI, {keluarga} keluarga PMI").format(
            dusun=self.dusun, rw=self.rw, rt=self.rt, kk=self.households, persons=self.persons,
            aktif=self.pmi_aktif, purna=self.pmi_purna, calon=self.calon_pmi, keluarga=self.keluarga_pmi)


def build_demo_registry(s: Session, ctx: ServiceContext, seed: int = 2017) -> DemoSummary:
    """The registry's part of the demo village Desa Kuripan, in the caller's unit of work (a new, empty file)."""
    homes = build_demo_homes(seed)
    if s.scalar(select(func.count(Village.id))) or s.scalar(select(func.count(Person.id))) \
            or s.scalar(select(func.count(Household.id))):
        raise ValidationError([Issue("village", _(
            "Desa demo hanya dapat dibuat di basis data baru yang masih kosong: basis data ini sudah berisi "
            "data desa. Buka atau buat berkas baru untuk desa demo."))])
    village = Village(code=N.VILLAGE_CODE, name=N.VILLAGE_NAME, kecamatan=N.KECAMATAN, kabupaten=N.KABUPATEN,
                      provinsi=N.PROVINSI, head_name=N.HEAD_OF_VILLAGE, address=N.VILLAGE_ADDRESS)
    s.add(village)
    dusuns = [ensure_dusun(s, village, name) for name, _rws in N.DUSUN_LAYOUT]
    dusun_ids = [d.id for d in dusuns]
    people: list[Person] = []
    placements = events = 0
    for home in homes:
        h = registry.create_household_in(s, ctx, HouseholdInput(
            home.no_kk, dusun_ids[home.dusun], home.rw, home.rt, f"Dusun {N.DUSUN_LAYOUT[home.dusun][0]}"))
        for m in home.members:
            p, _warnings = registry.register_person_in(s, ctx, PersonInput(
                m.nik, m.name, m.sex, m.birth, m.birth_place, m.rel, m.education, m.marital, m.occupation,
                m.phone, h.id))
            for pl in m.placements:
                registry.add_placement_in(s, ctx, p, pl)
            for kind, when, note in m.events:
                s.add(LifeEvent(person=p, kind=kind, event_date=when, note=note))
            placements += len(m.placements)
            events += len(m.events)
            people.append(p)
    # The RT list goes in last: each register_person_in reloads the village with its dusun and RT lists.
    for dusun, (_name, rws) in zip(dusuns, N.DUSUN_LAYOUT):
        for rw, count in rws:
            for rt in range(1, count + 1):
                ensure_rt(s, dusun, rw, rt)
    refresh_people(s, people)
    present = [p.status for p in people if p.in_village]
    return DemoSummary(
        dusun=len(dusuns), rw=sum(len(rws) for _name, rws in N.DUSUN_LAYOUT),
        rt=sum(n for _name, rws in N.DUSUN_LAYOUT for _rw, n in rws),
        households=len(homes), persons=len(people), pmi_aktif=present.count("aktif"),
        pmi_purna=present.count("purna"), calon_pmi=present.count("calon"), keluarga_pmi=present.count("keluarga"),
        placements=placements, life_events=events,
    )

