"""Aliases age: an alias finds its article for a day after the fetch that made it, and the worker
deletes older ones. The index on ``created_at`` lets it find them without reading the whole table.

Aliases stored before keep the time they were made: those over a day old are ignored at once and
deleted by the worker's next round.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

INDEX = "ix_article_aliases_created_at"


def upgrade() -> None:
    op.create_index(INDEX, "article_aliases", ["created_at"])


def downgrade() -> None:
    op.drop_index(INDEX, "article_aliases")
