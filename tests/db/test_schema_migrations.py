"""Schema versions: the committed 0001 snapshot opens at HEAD, the declared tables and the
migrations agree, and a migration that fails leaves the file exactly as it was."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest
import sqlalchemy as sa

from crmdesk.db import migrate
from crmdesk.db import project_file as project_file_module
from crmdesk.db import tables
from crmdesk.db.backups import verify
from crmdesk.db.project_file import ProjectFile
from crmdesk.domain.errors import ProjectFileError
from crmdesk.domain.enums import NeedStatus, Priority, Role
from crmdesk.domain.errors import ProjectFileError
from crmdesk.domain.needs import NeedDraft
from crmdesk.services.container import ProjectServices

SNAPSHOTS = Path(__file__).with_name("snapshots")
SNAPSHOT_0001 = SNAPSHOTS / "0001_initial.crmdesk"

# What the 0001 snapshot holds; the test below finds it again after the upgrade to HEAD.
SNAPSHOT_PROJECT = ("Snapshot 0001", "Vernadel Équipements", 14)
SNAPSHOT_PEOPLE = [("Claire Dumoulin", Role.PILOT), ("Julien Perrin", Role.KEY_USER)]
SNAPSHOT_DOMAINS = ["Comptes et contacts", "Ventes", "Ventes / Devis"]
SNAPSHOT_NEEDS = [  # ref, title, domain path, priority, status, owner
    ("BES-001", "Créer une fiche compte", "Comptes et contacts", Priority.MANDATORY,
     NeedStatus.VALIDATED, "Claire Dumoulin"),
    ("BES-002", "Dédoublonner les contacts", "Comptes et contacts", Priority.DESIRED,
     NeedStatus.TO_CLARIFY, "Julien Perrin"),
    ("BES-004", "Éditer un devis « PDF »", "Ventes / Devis", Priority.OPTIONAL,
     NeedStatus.DRAFT, ""),
]


def generate_snapshot_0001(dest: Path) -> None:
    """(Re)generate the committed fixture with the real code, while HEAD is still 0001.

    Run only when the file is missing; once HEAD moves on, the committed file is the only
    source of a genuine 0001 project and must be restored from git instead."""
    if migrate.HEAD != "0001_initial":
        pytest.fail(f"{dest} is missing and HEAD is {migrate.HEAD}: restore it from git")
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(".generating.crmdesk")
    tmp.unlink(missing_ok=True)
    pf = ProjectFile.create(tmp, SNAPSHOT_PROJECT[0], organisation=SNAPSHOT_PROJECT[1])
    try:
        s = ProjectServices.over(pf)
        s.project.update({"sprint_length_days": SNAPSHOT_PROJECT[2]})
        people = {name: s.people.add(name, role)[0] for name, role in SNAPSHOT_PEOPLE}
        comptes, _ = s.domains.create("Comptes et contacts")
        ventes, _ = s.domains.create("Ventes")
        devis, _ = s.domains.create("Devis", parent_id=ventes)
        domains = {"Comptes et contacts": comptes, "Ventes": ventes, "Ventes / Devis": devis}
        created, _ = s.needs.create_many([
            NeedDraft(title="Créer une fiche compte", domain_id=comptes,
                      priority=Priority.MANDATORY, status=NeedStatus.VALIDATED,
                      owner_id=people["Claire Dumoulin"]),
            NeedDraft(title="Dédoublonner les contacts", domain_id=comptes,
                      status=NeedStatus.TO_CLARIFY, owner_id=people["Julien Perrin"]),
            NeedDraft(title="Supprimé avant la livraison", domain_id=ventes),
            NeedDraft(title="Éditer un devis « PDF »", domain_id=domains["Ventes / Devis"],
                      priority=Priority.OPTIONAL),
        ])
        s.needs.delete([created[2].id])  # BES-003 was given once and must never come back
    finally:
        pf.close()
    tmp.replace(dest)


@pytest.fixture
def snapshot_0001(tmp_path) -> Path:
    """A working copy of the committed 0001 project (the fixture itself is never opened)."""
    if not SNAPSHOT_0001.exists():
        generate_snapshot_0001(SNAPSHOT_0001)
    copy = tmp_path / "old.crmdesk"
    shutil.copyfile(SNAPSHOT_0001, copy)
    return copy


def _revision_of(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def test_the_committed_snapshot_really_is_revision_0001(snapshot_0001):
    assert _revision_of(snapshot_0001) == "0001_initial"


def test_snapshot_0001_opens_at_head_with_its_data(snapshot_0001, workspace):
    pf = workspace.open(snapshot_0001)
    try:
        assert pf.revision() == migrate.HEAD
        assert pf.check() == []
        s = ProjectServices.over(pf)
        project = s.project.get()
        assert (project.name, project.organisation, project.sprint_length_days) == SNAPSHOT_PROJECT
        assert sorted((p.name, p.role) for p in s.people.list()) == SNAPSHOT_PEOPLE
        from crmdesk.domain.needs import domain_paths

        paths = domain_paths(s.domains.list())
        assert sorted(paths.values()) == SNAPSHOT_DOMAINS
        needs = s.needs.list()
        assert [(n.ref, n.title, paths.get(n.domain_id, ""), n.priority, n.status, n.owner_name)
                for n in needs] == SNAPSHOT_NEEDS
        # References given before the upgrade are never given again.
        created, _ = s.needs.create(NeedDraft(title="Après la mise à jour"))
        assert created.ref == "BES-005"
    finally:
        workspace.close(pf)


def test_tables_and_migrations_agree(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with ProjectFile.create(tmp_path / "fresh.crmdesk", "Fresh") as pf, pf.reading() as conn:
        # The options of migrations/env.py, i.e. what autogenerate would propose.
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, tables.metadata)
        reflected = {t.name: {c["name"]: c.get("default") for c in sa.inspect(conn).get_columns(t.name)}
                     for t in tables.metadata.sorted_tables}
    assert diff == []

    # Server defaults too (alembic's own comparison misreads SQLite's empty-string defaults).
    def plain(text: str | None) -> str | None:
        if text is None:
            return None
        text = text.strip()
        while text.startswith("(") and text.endswith(")"):
            text = text[1:-1].strip()
        if len(text) >= 2 and text[0] == text[-1] == "'":
            text = text[1:-1]
        return text

    declared = {t.name: {c.name: plain(c.server_default.arg if c.server_default is not None
                                       else None) for c in t.columns}
                for t in tables.metadata.sorted_tables}
    assert {t: {c: plain(d) for c, d in cols.items()} for t, cols in reflected.items()} == declared


def test_head_is_the_last_migration_script():
    assert migrate.script_head() == migrate.HEAD
    assert migrate.HEAD in migrate.known_revisions()


# ----------------------------------------------------------- a migration that fails
def _migrations_with(tmp_path: Path, revision: str, body: str) -> Path:
    """A copy of our migrations with one more revision after the current head."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    header = (
        "import sqlalchemy as sa\n"
        "from alembic import op\n\n"
        f"revision = {revision!r}\n"
        f"down_revision = {migrate.HEAD!r}\n"
        "branch_labels = None\n"
        "depends_on = None\n\n\n"
        "def upgrade():\n"
    )
    code = header + textwrap.indent(textwrap.dedent(body).strip() + "\n", "    ")
    code += "\n\ndef downgrade():\n    pass\n"
    (folder / "versions" / f"{revision}.py").write_text(code, "utf-8")
    return folder


_BOOM = '''
op.create_table("boom", sa.Column("id", sa.Integer(), primary_key=True))
op.execute("INSERT INTO boom(id) VALUES (1)")
with op.batch_alter_table("need") as batch:
    batch.add_column(sa.Column("effort", sa.Integer(), nullable=True))
op.execute("UPDATE need SET title = 'overwritten'")
raise RuntimeError("boom in the middle of the migration")
'''


@pytest.fixture
def failing_head(tmp_path, monkeypatch):
    folder = _migrations_with(tmp_path, "0002_boom", _BOOM)
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    monkeypatch.setattr(migrate, "HEAD", "0002_boom")
    return monkeypatch


def test_a_failed_migration_leaves_the_file_as_it_was(snapshot_0001, workspace, failing_head,
                                                      hash_file, dump_file):
    before_bytes = hash_file(snapshot_0001)
    before = dump_file(snapshot_0001)
    with pytest.raises(ProjectFileError, match="could not be upgraded"):
        workspace.open(snapshot_0001)
    failing_head.undo()  # back to the real migrations
    after = dump_file(snapshot_0001)
    assert after["schema"] == before["schema"]
    assert after["rows"] == before["rows"]
    assert not [s for s in after["schema"] if "_alembic_tmp" in s[1] or s[1] == "boom"]
    assert _revision_of(snapshot_0001) == "0001_initial"
    assert hash_file(snapshot_0001) == before_bytes
    assert not snapshot_0001.with_name(snapshot_0001.name + "-journal").exists()
    # A verified backup was taken before the migration started, equal to the original.
    backups = workspace.backups.list(snapshot_0001)
    assert [b.reason for b in backups] == ["pre-migration"]
    assert verify(backups[0].path)
    assert dump_file(backups[0].path) == before
    # And the file still opens normally with the real migrations.
    pf = workspace.open(snapshot_0001)
    try:
        assert pf.check() == []
        assert len(ProjectServices.over(pf).needs.list()) == len(SNAPSHOT_NEEDS)
    finally:
        workspace.close(pf)


def test_a_failed_migration_is_reported_in_one_sentence(snapshot_0001, workspace, failing_head):
    with pytest.raises(ProjectFileError):
        workspace.open(snapshot_0001)


# ----------------------------------------------------------- migrations that succeed
def test_a_batch_migration_upgrades_with_a_backup_and_keeps_undo(snapshot_0001, workspace,
                                                                 tmp_path, monkeypatch, dump_file):
    before = dump_file(snapshot_0001)
    folder = _migrations_with(tmp_path, "0002_effort", '''
        with op.batch_alter_table("need") as batch:
            batch.add_column(sa.Column("effort", sa.Integer(), nullable=True))
        ''')
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    monkeypatch.setattr(migrate, "HEAD", "0002_effort")
    pf = workspace.open(snapshot_0001)
    try:
        assert pf.revision() == "0002_effort"
        assert pf.check() == []
        assert pf._raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        s = ProjectServices.over(pf)
        need = s.needs.list()[0]
        changes = s.needs.update([need.id], {"title": "Renommé après la migration"})
        s.history.replay(changes.step)
        assert s.needs.get(need.id) == need
    finally:
        workspace.close(pf)
    reasons = [b.reason for b in workspace.backups.list(snapshot_0001)]
    assert "pre-migration" in reasons
    pre = next(b for b in workspace.backups.list(snapshot_0001) if b.reason == "pre-migration")
    assert dump_file(pre.path) == before


def test_an_older_file_opens_when_the_next_release_adds_a_table(snapshot_0001, workspace,
                                                                  tmp_path, monkeypatch):
    folder = _migrations_with(tmp_path, "0002_milestone", '''
        op.create_table("milestone", sa.Column("id", sa.Integer(), primary_key=True),
                        sa.Column("name", sa.String(200), nullable=False))
        ''')
    # The next release: one more migration and one more declared table.
    future = sa.MetaData(naming_convention=tables.NAMING_CONVENTION)
    for table in tables.metadata.sorted_tables:
        table.to_metadata(future)
    sa.Table("milestone", future, sa.Column("id", sa.Integer, primary_key=True),
             sa.Column("name", sa.String(200), nullable=False))
    monkeypatch.setattr(project_file_module, "metadata", future)
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    monkeypatch.setattr(migrate, "HEAD", "0002_milestone")
    pf = workspace.open(snapshot_0001)
    try:
        assert pf.revision() == "0002_milestone"
        with pf.transaction() as tx:
            tx.conn.exec_driver_sql("INSERT INTO milestone(name) VALUES ('Kick-off')")
        assert tx.step is not None and not tx.step.empty  # undoable like every table
    finally:
        workspace.close(pf)
