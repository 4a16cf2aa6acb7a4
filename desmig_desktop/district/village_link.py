"""The village's link to its district (issue 10): Disnaker's public key and e-mail, and the packages sent. Qt-free.

The key's fingerprint is the first 12 characters after `age1` of the key line, in three groups of four
(`qyp3 8hxw k2zm`): the officer can check it by eye against the `district-key.pub` file Disnaker gave, or read it
out over the phone; Disnaker sees the same characters in its own `district-key.pub`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.dto import Saved
from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.i18n import _
from desmig_desktop.district import keys
from desmig_desktop.registry.models import SentPackage as SentPackageRecord
from desmig_desktop.registry.services.village import require_village

EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")


@dataclass(frozen=True)
class DistrictLink:
    key: str | None  # the `age1…` line, None while the village has none (packages then use a password)
    fingerprint: str  # "" without a key
    email: str


@dataclass(frozen=True)
class SentPackageRow:
    sequence: int
    period: str  # a period code, "2026-10"
    file_name: str
    sha256: str
    created_at: datetime  # UTC


def fingerprint(key_line: str) -> str:
    """`age1qyp38hxwk2zm…` → `qyp3 8hxw k2zm` (see the module's docstring)."""
    body = key_line.strip().removeprefix("age1")[:12]
    return " ".join(body[i:i + 4] for i in range(0, len(body), 4))


def set_district_key(ctx: ServiceContext, text: str, email: str = "") -> Saved:
    """Keep Disnaker's public key (the text of `district-key.pub`) and, when given, its e-mail address
    (ValidationError naming the field and the fix when either is not one)."""
    recipient = keys.read_public_key(text)
    email = email.strip()
    if email and not EMAIL.fullmatch(email):
        raise ValidationError([Issue("district_email", _(
            "E-mail Disnaker '{email}' bukan alamat e-mail: tulis seperti disnaker@wonosobokab.go.id, atau "
            "kosongkan.").format(email=email))])
    with ctx.unit_of_work() as session:
        village = require_village(session)
        village.district_key = str(recipient)
        village.district_email = email
        return Saved(village.id)


def district_link(ctx: ServiceContext) -> DistrictLink:
    with ctx.reader() as session:
        village = require_village(session)
        key = village.district_key or None
        return DistrictLink(key, fingerprint(key) if key else "", village.district_email or "")


def sent_packages(ctx: ServiceContext) -> list[SentPackageRow]:
    """The packages written for the district, newest first."""
    with ctx.reader() as session:
        rows = session.execute(
            select(SentPackageRecord.sequence, SentPackageRecord.period, SentPackageRecord.file_name,
                   SentPackageRecord.sha256, SentPackageRecord.created_at)
            .where(SentPackageRecord.deleted_at.is_(None))
            .order_by(SentPackageRecord.sequence.desc())).all()
    return [SentPackageRow(*row) for row in rows]
