"""Articles keep their page's description: the dek under the headline, which the article's text leaves
out (docs/extraction.md, *Header ledes*), or else the page's meta description.

Articles stored before have none (NULL): their pages are not fetched again for it.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("articles", sa.Column("description", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("description")
