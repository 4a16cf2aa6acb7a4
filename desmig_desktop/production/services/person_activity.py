"""One person's part in Usaha Produktif: memberships, socialisation, trainings and share-outs received."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desmig_desktop.activities.dto import TrainingDTO
from desmig_desktop.activities.models import Socialisation, SocialisationAttendance
from desmig_desktop.activities.services.trainings import list_trainings
from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.records import get_live
from desmig_desktop.production.models import GroupMember, ProductionGroup, ProfitShare, ProfitShareLine
from desmig_desktop.registry.models import Person


@dataclass(frozen=True)
class MembershipLine:
    group: str
    role: str
    joined_on: date
    left_on: date | None
    leave_reason: str | None
    leave_note: str


@dataclass(frozen=True)
class SocialisationLine:
    held_on: date
    kind: str
    topic: str
    place: str
    group: str


@dataclass(frozen=True)
class ShareLine:
    group: str
    period_start: date
    period_end: date
    batches: int
    amount: int
    reversed: bool


@dataclass(frozen=True)
class PersonActivityDTO:
    person_id: str
    name: str
    memberships: tuple[MembershipLine, ...]
    socialisations: tuple[SocialisationLine, ...]
    trainings: tuple[TrainingDTO, ...]
    shares: tuple[ShareLine, ...]

    @property
    def shares_received(self) -> int:
        """Rupiah received in share-outs that still stand (reversed ones excluded)."""
        return sum(s.amount for s in self.shares if not s.reversed)


def person_activity(ctx: ServiceContext, person_id: str) -> PersonActivityDTO:
    with ctx.reader() as s:
        person = get_live(s, Person, person_id)
        memberships = tuple(
            MembershipLine(g_name, m.role, m.joined_on, m.left_on, m.leave_reason, m.leave_note)
            for m, g_name in s.execute(
                select(GroupMember, ProductionGroup.name).join(ProductionGroup, ProductionGroup.id == GroupMember.group_id)
                .where(GroupMember.person_id == person_id, GroupMember.deleted_at.is_(None))
                .order_by(GroupMember.joined_on.desc(), ProductionGroup.name))
        )
        socialisations = tuple(
            SocialisationLine(so.held_on, so.kind, so.topic, so.place, g_name or "")
            for so, g_name in s.execute(
                select(Socialisation, ProductionGroup.name)
                .join(SocialisationAttendance, SocialisationAttendance.socialisation_id == Socialisation.id)
                .outerjoin(ProductionGroup, ProductionGroup.id == Socialisation.group_id)
                .where(SocialisationAttendance.person_id == person_id, SocialisationAttendance.deleted_at.is_(None),
                       Socialisation.deleted_at.is_(None))
                .order_by(Socialisation.held_on.desc()))
        )
        shares = tuple(
            ShareLine(g_name, sh.period_start, sh.period_end, line.batches, line.amount, sh.reversed_at is not None)
            for line, sh, g_name in s.execute(
                select(ProfitShareLine, ProfitShare, ProductionGroup.name)
                .join(ProfitShare, ProfitShare.id == ProfitShareLine.share_id)
                .join(ProductionGroup, ProductionGroup.id == ProfitShare.group_id)
                .where(ProfitShareLine.person_id == person_id, ProfitShareLine.deleted_at.is_(None),
                       ProfitShare.deleted_at.is_(None))
                .order_by(ProfitShare.period_end.desc()))
        )
        name = person.name
    return PersonActivityDTO(person_id, name, memberships, socialisations,
                             tuple(list_trainings(ctx, person_id=person_id)), shares)
