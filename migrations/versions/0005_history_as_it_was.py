"""history as it was: batal berangkat, notes on non-procedural departures, lost-contact history, share rounding

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 22:30:00

- placement: `cancelled_on` and `cancel_reason` (a calon who gave up: stage "batal"), `departure_note` (what is
  known of a departure outside the procedure, e.g. under 18 with a falsified age).
- placement_contact_loss (tracked): the stretches of lost contact of a placement, since `lost_on` until `found_on`.
  Every placement flagged `lost_contact` today gets one open stretch since its `last_contact_on` (None when that
  is unknown). `placement.lost_contact` / `last_contact_on` stay as today's state.
- production_group: `share_rounding`, the Rupiah unit shares are rounded to (100, 500 or 1000; 1000 for every
  existing group).

Downgrade drops what this revision added (the flag on the placement still holds today's lost contact).
"""

import uuid
from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

CHUNK = 20_000


def _now(bind) -> datetime:  # type: ignore[no-untyped-def]
    now = datetime.now(timezone.utc)
    return now.replace(tzinfo=None) if bind.dialect.name == "sqlite" else now  # SQLite keeps naive UTC text


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column("placement", sa.Column("cancelled_on", sa.Date(), nullable=True))
    op.add_column("placement", sa.Column("cancel_reason", sa.String(length=200), server_default="", nullable=False))
    op.add_column("placement", sa.Column("departure_note", sa.String(length=300), server_default="", nullable=False))
    op.add_column("production_group", sa.Column("share_rounding", sa.Integer(), server_default="1000", nullable=False))
    op.create_table(
        "placement_contact_loss",
        sa.Column("placement_id", sa.String(length=36), nullable=False),
        sa.Column("lost_on", sa.Date(), nullable=True),
        sa.Column("found_on", sa.Date(), nullable=True),
        sa.Column("note", sa.String(length=200), server_default="", nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("village_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["placement_id"], ["placement.id"],
                                name=op.f("fk_placement_contact_loss_placement_id_placement")),
        sa.ForeignKeyConstraint(["village_id"], ["village.id"],
                                name=op.f("fk_placement_contact_loss_village_id_village")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement_contact_loss")),
    )
    op.create_index(op.f("ix_placement_contact_loss_placement_id"), "placement_contact_loss", ["placement_id"],
                    unique=False)
    now = _now(bind)
    lost = bind.execute(sa.text("SELECT id, village_id, last_contact_on, deleted_at FROM placement"
                                " WHERE lost_contact = :yes ORDER BY id").bindparams(yes=True)).all()
    rows = [{"id": str(uuid.uuid4()), "placement": pid, "village": village, "lost_on": since, "now": now,
             "deleted": deleted} for pid, village, since, deleted in lost]
    for start in range(0, len(rows), CHUNK):
        bind.execute(sa.text(
            "INSERT INTO placement_contact_loss (id, placement_id, village_id, lost_on, found_on, note, created_at,"
            " updated_at, deleted_at, revision) VALUES (:id, :placement, :village, :lost_on, NULL, '', :now, :now,"
            " :deleted, 1)"), rows[start:start + CHUNK])


def downgrade() -> None:
    op.drop_index(op.f("ix_placement_contact_loss_placement_id"), table_name="placement_contact_loss")
    op.drop_table("placement_contact_loss")
    with op.batch_alter_table("production_group", schema=None) as batch_op:
        batch_op.drop_column("share_rounding")
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_column("departure_note")
        batch_op.drop_column("cancel_reason")
        batch_op.drop_column("cancelled_on")
