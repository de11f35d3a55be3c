"""The sites tables (migration 0002) in a database that was migrated past them.

For nine minutes of 2026-12-02 (7ffe945c) main's migrations ran 0001 then 0005; the sites branch then
chained 0002 in before 0005. A database made then is at 0005 without the tables of 0002, and the chain from
0005 on never makes them: every later nutgraf recorded it as current, then failed `no such table: sites`
and told its operator that something other than nutgraf had changed it. Here 0002 is run on such a
database; every other database has the tables and is left as it is.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context, op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if not sa.inspect(op.get_bind()).has_table("sites"):
        context.script.get_revision("0002").module.upgrade()


def downgrade() -> None:
    """Nothing: the tables are 0002's, which its own downgrade drops."""
