"""Alembic environment: always run on the connection crmdesk hands over, in batch mode."""

from alembic import context

from crmdesk.db.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - crmdesk never runs Alembic without a connection
    raise RuntimeError("crmdesk migrations run only through crmdesk.db.migrate")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
