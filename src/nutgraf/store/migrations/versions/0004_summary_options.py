"""Summaries keyed by their options too (length preset, form, output language, filters), with details.

A summary of an article is no longer set by its summarizer and budget alone: a TL;DR, key points, a
German summary and one without quotes of the same article are cached side by side. ``details`` keeps
what answers are made from besides the sentences: the article's word count (for the reduction) and the
notes on how the summary was made. Rows cached before have none and are made again once when asked for.

Revision ID: 0004
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0005"
branch_labels = None
depends_on = None

_OLD_KEY = "uq_summaries_article_id_summarizer_max_sentences_max_words"
_KEY = "uq_summaries_article_id_summarizer_options"
_OPTIONS = (
    ("length", sa.String(8), ""),
    ("form", sa.String(16), "paragraph"),
    ("output_language", sa.String(16), ""),
    ("avoid", sa.String(32), ""),
)


def upgrade() -> None:
    with op.batch_alter_table("summaries") as table:
        for name, kind, default in _OPTIONS:
            table.add_column(sa.Column(name, kind, nullable=False, server_default=default))
        table.add_column(sa.Column("details", sa.JSON))
        table.drop_constraint(_OLD_KEY, type_="unique")
        table.create_unique_constraint(
            _KEY, ["article_id", "summarizer", "max_sentences", "max_words", *(o[0] for o in _OPTIONS)]
        )


def downgrade() -> None:
    # Summaries that differ only in their options would collide in the old key: they are a cache.
    op.execute(
        sa.text(
            "DELETE FROM summaries WHERE length <> '' OR form <> 'paragraph' OR output_language <> '' OR avoid <> ''"
        )
    )
    with op.batch_alter_table("summaries") as table:
        table.drop_constraint(_KEY, type_="unique")
        table.create_unique_constraint(_OLD_KEY, ["article_id", "summarizer", "max_sentences", "max_words"])
        table.drop_column("details")
        for name, _, _ in reversed(_OPTIONS):
            table.drop_column(name)
