"""Initial schema: project, people, domains, needs, reference counters.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-23
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "project",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("organisation", sa.String(300), nullable=False, server_default=""),
        sa.Column("description", sa.Text(), nullable=False, server_default=""),
        sa.Column("sprint_length_days", sa.Integer(), nullable=False, server_default="21"),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_project_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project")),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(40), nullable=False),
        sa.Column("email", sa.String(300), nullable=False, server_default=""),
        sa.Column("organisation", sa.String(300), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    op.create_table(
        "domain",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.ForeignKeyConstraint(["parent_id"], ["domain.id"], name=op.f("fk_domain_parent_id_domain"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_domain")),
    )
    op.create_index(op.f("ix_domain_parent_id"), "domain", ["parent_id"])
    op.create_table(
        "need",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(20), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("domain_id", sa.Integer(), nullable=True),
        sa.Column("priority", sa.String(20), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("source_workshop", sa.String(300), nullable=False, server_default=""),
        sa.Column("source_date", sa.String(10), nullable=True),
        sa.Column("description", sa.Text(), nullable=False, server_default=""),
        sa.Column("rationale", sa.Text(), nullable=False, server_default=""),
        sa.Column("acceptance_criteria", sa.Text(), nullable=False, server_default=""),
        sa.Column("comments", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.ForeignKeyConstraint(["domain_id"], ["domain.id"], name=op.f("fk_need_domain_id_domain"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["owner_id"], ["person.id"], name=op.f("fk_need_owner_id_person"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_need")),
        sa.UniqueConstraint("ref", name=op.f("uq_need_ref")),
    )
    op.create_index(op.f("ix_need_domain_id"), "need", ["domain_id"])
    op.create_index(op.f("ix_need_owner_id"), "need", ["owner_id"])
    op.create_table(
        "ref_counter",
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_ref_counter")),
    )


def downgrade() -> None:
    op.drop_table("ref_counter")
    op.drop_index(op.f("ix_need_owner_id"), table_name="need")
    op.drop_index(op.f("ix_need_domain_id"), table_name="need")
    op.drop_table("need")
    op.drop_index(op.f("ix_domain_parent_id"), table_name="domain")
    op.drop_table("domain")
    op.drop_table("person")
    op.drop_table("project")
