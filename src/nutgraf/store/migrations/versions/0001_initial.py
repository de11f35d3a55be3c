"""Articles, their cached summaries, feeds and the items seen in them.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_TIMESTAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "feeds",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("site_url", sa.Text),
        sa.Column("interval_s", sa.Integer, nullable=False),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("last_polled_at", _TIMESTAMP),
        sa.Column("last_status", sa.String(32)),
        sa.Column("last_error", sa.Text),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("next_poll_at", _TIMESTAMP, nullable=False),
        sa.Column("created_at", _TIMESTAMP, nullable=False),
        sa.UniqueConstraint("url", name="uq_feeds_url"),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("url", sa.Text),
        sa.Column("canonical_url", sa.Text),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("byline", sa.Text),
        sa.Column("published", _TIMESTAMP),
        sa.Column("language", sa.String(16)),
        sa.Column("site", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column(
            "feed_id",
            sa.Integer,
            sa.ForeignKey("feeds.id", ondelete="SET NULL", name="fk_articles_feed_id_feeds"),
        ),
        sa.Column("created_at", _TIMESTAMP, nullable=False),
        sa.UniqueConstraint("canonical_url", name="uq_articles_canonical_url"),
        sa.UniqueConstraint("content_hash", name="uq_articles_content_hash"),
    )
    op.create_index("ix_articles_feed_id_id", "articles", ["feed_id", "id"])
    op.create_index("ix_articles_site_id", "articles", ["site", "id"])
    op.create_table(
        "summaries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE", name="fk_summaries_article_id_articles"),
            nullable=False,
        ),
        sa.Column("summarizer", sa.String(64), nullable=False),
        sa.Column("max_sentences", sa.Integer, nullable=False),
        sa.Column("max_words", sa.Integer, nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("sentences", sa.JSON, nullable=False),
        sa.Column("created_at", _TIMESTAMP, nullable=False),
        sa.UniqueConstraint(
            "article_id",
            "summarizer",
            "max_sentences",
            "max_words",
            name="uq_summaries_article_id_summarizer_max_sentences_max_words",
        ),
    )
    op.create_table(
        "feed_items",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "feed_id",
            sa.Integer,
            sa.ForeignKey("feeds.id", ondelete="CASCADE", name="fk_feed_items_feed_id_feeds"),
            nullable=False,
        ),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("link", sa.Text),
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="SET NULL", name="fk_feed_items_article_id_articles"),
        ),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("error", sa.Text),
        sa.Column("updated_at", _TIMESTAMP, nullable=False),
        sa.UniqueConstraint("feed_id", "key", name="uq_feed_items_feed_id_key"),
    )


def downgrade() -> None:
    op.drop_table("feed_items")
    op.drop_table("summaries")
    op.drop_index("ix_articles_site_id", "articles")
    op.drop_index("ix_articles_feed_id_id", "articles")
    op.drop_table("articles")
    op.drop_table("feeds")
