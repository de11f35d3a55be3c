"""Articles know whether their address was verified: fetched from it by nutgraf, or given by a writer
holding the API token. Only verified addresses are unique and found again; a claimed one (a pasted page's
canonical link, an address given with pasted text) is kept as information.

Articles stored before are taken as claims: the first fetch of their address fetches the page again
(and an article whose text the page has becomes verified).

Revision ID: 0005
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0002"
branch_labels = None
depends_on = None

INDEX = "uq_articles_verified_canonical_url"


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("url_verified", sa.Boolean, nullable=False, server_default=sa.false()))
        batch.drop_constraint("uq_articles_canonical_url", type_="unique")
    op.create_index(
        INDEX,
        "articles",
        ["canonical_url"],
        unique=True,
        sqlite_where=sa.text("url_verified = 1"),
        postgresql_where=sa.text("url_verified"),
    )


def downgrade() -> None:
    op.drop_index(INDEX, "articles")
    # Claims shared an address with other articles: only verified addresses fit the unique constraint.
    op.execute("UPDATE articles SET canonical_url = NULL WHERE NOT url_verified")
    with op.batch_alter_table("articles") as batch:
        batch.create_unique_constraint("uq_articles_canonical_url", ["canonical_url"])
        batch.drop_column("url_verified")
