"""Sites (publishers embedding the summary button), the feeds and sitemaps they warm from, the addresses
their pages are known by, and readers' flags.

New tables only: nothing existing is altered, so SQLite needs no table rebuilt.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_TIMESTAMP = sa.DateTime(timezone=True)


def _article_id(table: str) -> sa.Column:
    return sa.Column(
        "article_id",
        sa.Integer,
        sa.ForeignKey("articles.id", ondelete="CASCADE", name=f"fk_{table}_article_id_articles"),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "sites",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("hosts", sa.JSON, nullable=False),
        sa.Column("origins", sa.JSON, nullable=False),
        sa.Column("summarizer", sa.String(64), nullable=False),
        sa.Column("sentences", sa.Integer, nullable=False),
        sa.Column("enabled", sa.Boolean, nullable=False),
        sa.Column("created_at", _TIMESTAMP, nullable=False),
    )
    op.create_table(
        "site_sources",
        sa.Column(
            "feed_id",
            sa.Integer,
            sa.ForeignKey("feeds.id", ondelete="CASCADE", name="fk_site_sources_feed_id_feeds"),
            primary_key=True,
        ),
        sa.Column(
            "site_id",
            sa.String(64),
            sa.ForeignKey("sites.id", ondelete="CASCADE", name="fk_site_sources_site_id_sites"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("skipped", sa.Integer, nullable=False),
    )
    op.create_index("ix_site_sources_site_id", "site_sources", ["site_id"])
    op.create_table(
        "site_pages",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "site_id",
            sa.String(64),
            sa.ForeignKey("sites.id", ondelete="CASCADE", name="fk_site_pages_site_id_sites"),
            nullable=False,
        ),
        sa.Column("canonical_url", sa.Text, nullable=False),
        _article_id("site_pages"),
        sa.Column("created_at", _TIMESTAMP, nullable=False),
        sa.UniqueConstraint("site_id", "canonical_url", name="uq_site_pages_site_id_canonical_url"),
    )
    op.create_index("ix_site_pages_site_id_id", "site_pages", ["site_id", "id"])
    op.create_table(
        "site_flags",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "site_id",
            sa.String(64),
            sa.ForeignKey("sites.id", ondelete="CASCADE", name="fk_site_flags_site_id_sites"),
            nullable=False,
        ),
        _article_id("site_flags"),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("summarizer", sa.String(64), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("created_at", _TIMESTAMP, nullable=False),
    )
    op.create_index("ix_site_flags_site_id_id", "site_flags", ["site_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_site_flags_site_id_id", "site_flags")
    op.drop_table("site_flags")
    op.drop_index("ix_site_pages_site_id_id", "site_pages")
    op.drop_table("site_pages")
    op.drop_index("ix_site_sources_site_id", "site_sources")
    op.drop_table("site_sources")
    op.drop_table("sites")
