"""A page nutgraf fetched is an article of its own, whatever other page has the same text: a copy of a
story on another site, a syndicated story on fifty. The text's hash is unique among the claims alone (the
articles whose address nobody verified), and indexed, not unique, among the rest.

Before, the first page fetched with a text kept it: a later fetch of another address with that text
found that article and made the address its alias, so whoever copied a story onto their own page, and
had nutgraf fetch it first, had every reader of the real page shown their title, byline and address.
Articles stored before keep their rows; an alias made so keeps leading to its article for the rest of
its day (nutgraf.store.articles.ALIAS_MAX_AGE), after which the address is fetched again into its own.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

CLAIMS = "uq_articles_claimed_content_hash"
LOOKUP = "ix_articles_content_hash_id"
VERIFIED = "uq_articles_verified_canonical_url"


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_constraint("uq_articles_content_hash", type_="unique")
    op.create_index(LOOKUP, "articles", ["content_hash", "id"])
    op.create_index(
        CLAIMS,
        "articles",
        ["content_hash"],
        unique=True,
        sqlite_where=sa.text("url_verified = 0"),
        postgresql_where=sa.text("NOT url_verified"),
    )


def downgrade() -> None:
    op.drop_index(CLAIMS, "articles")
    op.drop_index(LOOKUP, "articles")
    # The older schema holds one article per text: the first stored of each stays, the pages fetched
    # later with its text go (with their summaries and addresses), to be fetched again when asked for.
    # Deleted here, not by the foreign keys, which are off on SQLite while it migrates.
    later = "SELECT id FROM articles WHERE id NOT IN (SELECT MIN(id) FROM articles GROUP BY content_hash)"
    for table in ("summaries", "article_aliases", "site_pages", "site_flags"):
        op.execute(f"DELETE FROM {table} WHERE article_id IN ({later})")
    op.execute(f"UPDATE feed_items SET article_id = NULL WHERE article_id IN ({later})")
    op.execute(f"DELETE FROM articles WHERE id IN ({later})")
    with op.batch_alter_table("articles") as batch:
        batch.create_unique_constraint("uq_articles_content_hash", ["content_hash"])
