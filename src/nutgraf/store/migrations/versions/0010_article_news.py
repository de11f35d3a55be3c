"""Articles keep whether their page declares itself a news story (:attr:`nutgraf.Article.news`): the
default summarizer gives a page that declares none its opening sentences, and a stored page summarized
through the API, the reader or a feed must get the summary ``nutgraf.summarize`` gives its HTML.

Articles stored before have none (NULL) and are summarized as text, as they were: their pages are not
fetched again for it.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("articles", sa.Column("news", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("news")
