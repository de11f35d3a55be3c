"""Articles are found again under the addresses nutgraf fetched them from when asked for them (a moved
address that redirects, an AMP twin, a variant serving the same text), not only under their own: the next
request for such an address, on any replica, gets the stored article instead of fetching the page again.

A new table only: nothing existing is altered, so SQLite needs no table rebuilt. Articles stored before
have no aliases: the first request for another address of theirs fetches it once more and records it.

Revision ID: 0006
Revises: 0003
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "article_aliases",
        sa.Column("canonical_url", sa.Text, nullable=False),
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE", name="fk_article_aliases_article_id_articles"),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("canonical_url", name="pk_article_aliases"),
    )


def downgrade() -> None:
    op.drop_table("article_aliases")
