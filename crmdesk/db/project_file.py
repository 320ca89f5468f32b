"""One project = one SQLite file. Opening, creating, locking and closing it safely.

Opening tells apart, before anything is written: not a SQLite file; SQLite but not a crmdesk
project (``application_id``); a damaged project; a project made by a newer crmdesk; a project
already open elsewhere (exclusive lock). An older project is backed up, then migrated in one
transaction. Nothing but SQLite touches the live file while it is open: a plain ``open()`` +
``close()`` on POSIX would drop SQLite's locks.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import StaticPool

from crmdesk.db import lock_file, migrate
from crmdesk.db.location import Location, classify
from crmdesk.db.tables import NOT_UNDOABLE, ProjectRow, metadata
from crmdesk.db.undo_journal import UndoJournal
from crmdesk.domain.changes import UndoStep
from crmdesk.domain.errors import (
    DamagedProject,
    FileNotFound,
    NotCrmdeskProject,
    NotSqliteFile,
    ProjectFileError,
    ProjectLocked,
    ProjectLockedElsewhere,
    ProjectTooNew,
    StorageError,
    ValidationFailed,
)
from crmdesk.domain.marks import QT_TRANSLATE_NOOP

APPLICATION_ID = 0x43524D44  # "CRMD"
SQLITE_MAGIC = b"SQLite format 3\x00"


# Files this process holds open, by (device, inode). Reading such a file with open()/close()
# would drop SQLite's POSIX locks on it, so a second open in the same process is refused from
# this registry, before anything touches the file.
_OPEN_FILES: dict[tuple[int, int], Path] = {}


def file_key(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def is_open_here(path: Path) -> bool:
    key = file_key(path)
    return key is not None and key in _OPEN_FILES


def new_temp_file(folder: Path, prefix: str) -> Path:
    """An empty temporary file in ``folder`` with the permissions a normal new file gets
    (``mkstemp`` makes it private, which would leak to the project once renamed)."""
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
    os.close(fd)
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(name, 0o666 & ~mask)
    return Path(name)


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class FileStamp:
    """What ``os.stat`` says of a file: enough to tell whether it changed, without opening it."""

    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> FileStamp:
        st = path.stat()
        return cls(st.st_size, st.st_mtime_ns)


def sniff(path: Path) -> None:
    """Refuse what is not a crmdesk project, reading only the header, before SQLite opens it."""
    if not path.exists():
        raise FileNotFound(QT_TRANSLATE_NOOP("Errors", "The file {path} does not exist."), path=path)
    if is_open_here(path):
        raise ProjectLocked(QT_TRANSLATE_NOOP("Errors", "The project {path} is open in another window or program."),
                            path=path)
    if not path.is_file():
        raise NotSqliteFile(QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a crmdesk project file."), path=path)
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be read: {reason}."), path=path,
                               reason=exc.strerror or exc) from None
    if not header.startswith(SQLITE_MAGIC):
        raise NotSqliteFile(QT_TRANSLATE_NOOP("Errors", "{path} is not a crmdesk project: it is not a SQLite database."), path=path)
    if len(header) < 100:
        raise DamagedProject(QT_TRANSLATE_NOOP("Errors", "The project {path} is damaged: the file is truncated."), path=path)
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise NotCrmdeskProject(QT_TRANSLATE_NOOP("Errors", "{path} is a SQLite database but not a crmdesk project."), path=path)


def storage_error(exc: BaseException) -> StorageError | None:
    """Translate the disk's refusals into one readable sentence."""
    text = str(exc).lower()
    if "full" in text:
        return StorageError(QT_TRANSLATE_NOOP("Errors", "The disk is full: the change was not saved."))
    if "readonly" in text or "read-only" in text:
        return StorageError(QT_TRANSLATE_NOOP("Errors", "The project file is read-only: the change was not saved."))
    if "disk i/o" in text:
        return StorageError(QT_TRANSLATE_NOOP("Errors", "The disk reported an input/output error: the change was not saved."))
    if "locked" in text or "busy" in text:
        return StorageError(QT_TRANSLATE_NOOP("Errors", "The project file is busy: the change was not saved."))
    if "malformed" in text or "not a database" in text:
        return StorageError(QT_TRANSLATE_NOOP("Errors", "The project file is damaged: the change was not saved."))
    return None


def _translate(exc: BaseException) -> BaseException:
    if isinstance(exc, sqlite3.IntegrityError):
        if "FOREIGN KEY" in str(exc):
            return ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A linked record no longer exists or is still in use."))
        return ValidationFailed(QT_TRANSLATE_NOOP("Errors", "This change conflicts with existing data: {reason}."), reason=exc)
    return storage_error(exc) or exc


class Transaction:
    """One user action: a ``BEGIN IMMEDIATE`` … ``COMMIT`` and the undo step it recorded."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.step: UndoStep | None = None


class ProjectFile:
    """An open project. Build it with ``open`` or ``create``; close it with ``close``."""

    def __init__(self, path: Path, raw: sqlite3.Connection, opened_stamp: FileStamp) -> None:
        self.path = path
        self._raw = raw
        self.opened_stamp = opened_stamp
        self.edited = False
        self.engine: Engine = _engine_over(raw)
        self.journal = UndoJournal(raw)
        self._closed = False
        self._key = file_key(path)
        if self._key is not None:
            _OPEN_FILES[self._key] = path
        self.location: Location = classify(path)
        self.recovered_from: Path | None = None  # set when opened in place of a damaged file

    def _start_journal(self) -> None:
        """After any migration: the triggers follow the tables as they now are."""
        self.journal.install(t for t in metadata.sorted_tables if t.name not in NOT_UNDOABLE)

    # ----------------------------------------------------------------- opening
    @classmethod
    def open(cls, path: Path | str, *, before_migration: Callable[[ProjectFile], None] | None = None,
             ignore_lock_file: bool = False) -> ProjectFile:
        path = Path(path).absolute()
        sniff(path)
        other = lock_file.holder(path)
        if other is not None and other.on_this_host():
            raise ProjectLocked(QT_TRANSLATE_NOOP("Errors", "The project {path} is open in another window or program."),
                                path=path)
        if other is not None and not ignore_lock_file:
            raise ProjectLockedElsewhere(QT_TRANSLATE_NOOP(
                "Errors", "The project {path} is open on {host} by {user} since {since}."),
                path=path, host=other.host, user=other.user, since=other.since.replace("T", " ")[:16])
        stamp = FileStamp.of(path)
        raw = _connect(path)
        try:
            _lock(raw, path)
            _check_health(raw, path)
            revision = _revision(raw, path)
            if revision != migrate.HEAD and revision not in migrate.known_revisions():
                raise ProjectTooNew(QT_TRANSLATE_NOOP("Errors", "The project {path} was made by a newer version of crmdesk; "
                    "update crmdesk to open it."), path=path)
            _set_pragmas(raw)  # before the journal: changing temp_store drops temp objects
            pf = cls(path, raw, stamp)
            lock_file.write_lock(path)
            try:
                if revision != migrate.HEAD:
                    if before_migration is not None:
                        before_migration(pf)
                    pf._migrate()
                pf._start_journal()
            except BaseException:
                pf.close()
                raise
            return pf
        except BaseException:
            raw.close()
            raise

    @classmethod
    def create(cls, path: Path | str, name: str, *, organisation: str = "") -> ProjectFile:
        """Create a new, empty project. Built in a temporary file beside the target and moved
        into place, so a failure leaves nothing half made."""
        path = Path(path).absolute()
        if path.exists():
            raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "The file {path} already exists."), path=path)
        folder = path.parent
        if not folder.is_dir():
            raise FileNotFound(QT_TRANSLATE_NOOP("Errors", "The folder {path} does not exist."), path=folder)
        tmp = new_temp_file(folder, ".crmdesk-new-")
        try:
            raw = sqlite3.connect(tmp, isolation_level=None)
            try:
                raw.execute(f"PRAGMA application_id={APPLICATION_ID}")
                raw.execute("PRAGMA journal_mode=DELETE")
                engine = _engine_over(raw)
                with engine.begin() as conn:
                    migrate.upgrade(conn)
                    stamp = now_iso()
                    conn.execute(ProjectRow.__table__.insert().values(
                        id=1, name=name, organisation=organisation, description="",
                        sprint_length_days=21, created_at=stamp, updated_at=stamp))
                raw.execute("PRAGMA synchronous=FULL")
            finally:
                raw.close()
            os.replace(tmp, path)
        except sqlite3.Error as exc:
            tmp.unlink(missing_ok=True)
            raise storage_error(exc) or ProjectFileError(QT_TRANSLATE_NOOP("Errors", "The project {path} could not be created: {reason}."), path=path, reason=exc) from None
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "The project {path} could not be created: {reason}."),
                                   path=path, reason=exc.strerror or exc) from None
        return cls.open(path)

    def _migrate(self) -> None:
        """All pending revisions in one transaction: the file is upgraded, or left as it was."""
        self._raw.execute("PRAGMA foreign_keys=OFF")  # batch operations recreate tables
        try:
            with self.engine.begin() as conn:
                migrate.upgrade(conn)
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise DamagedProject(QT_TRANSLATE_NOOP("Errors", "The project {path} could not be upgraded: "
                                         "its links between records are inconsistent."), path=self.path)
        except ProjectFileError:
            raise
        except Exception as exc:
            failure = _translate(getattr(exc, "orig", None) or exc)
            if isinstance(failure, StorageError):
                raise failure from None
            raise ProjectFileError(QT_TRANSLATE_NOOP(
                "Errors", "The project {path} could not be upgraded to this version of crmdesk ({reason}); "
                "it was left unchanged."), path=self.path, reason=type(exc).__name__) from exc
        finally:
            self._raw.execute("PRAGMA foreign_keys=ON")

    # ----------------------------------------------------------------- working
    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """One user action. Disk refusals become ``StorageError``; the file is unchanged."""
        self._ensure_open()
        mark = self.journal.mark()
        try:
            with self.engine.begin() as conn:
                tx = Transaction(conn)
                yield tx
        except DBAPIError as exc:
            raise _translate(exc.orig or exc) from None
        except sqlite3.Error as exc:
            raise _translate(exc) from None
        tx.step = self.journal.step_since(mark)
        if not tx.step.empty:
            self.edited = True

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        self._ensure_open()
        with self.engine.connect() as conn:
            yield conn

    def replay(self, step: UndoStep) -> tuple[UndoStep, set[str]]:
        """Undo (or redo) one step; returns the inverse step and the tables it touched."""
        if not self.journal.owns(step):
            raise ValidationFailed(QT_TRANSLATE_NOOP(
                "Errors", "This action was made before the project was reopened and can no longer be undone."))
        tables = self.journal.tables_in(step)
        with self.transaction() as tx:
            self.journal.replay(step)
        assert tx.step is not None
        return tx.step, tables

    def check(self) -> list[str]:
        """Full integrity and foreign-key check; an empty list means healthy."""
        self._ensure_open()
        problems = [r[0] for r in self._raw.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"foreign key: {r}" for r in self._raw.execute("PRAGMA foreign_key_check")]
        return problems

    def revision(self) -> str:
        return _revision(self._raw, self.path)

    def backup_into(self, dest: Path) -> None:
        """Copy the committed state into ``dest`` with SQLite's backup API."""
        self._ensure_open()
        target = sqlite3.connect(dest, isolation_level=None)
        try:
            self._raw.backup(target)
        finally:
            target.close()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._key is not None and _OPEN_FILES.get(self._key) == self.path:
            del _OPEN_FILES[self._key]
        self.engine.dispose()
        self._raw.close()
        lock_file.release_lock(self.path)

    @property
    def closed(self) -> bool:
        return self._closed

    def _ensure_open(self) -> None:
        if self._closed:
            raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "The project is closed."))

    def __enter__(self) -> ProjectFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --------------------------------------------------------------------- helpers
def _connect(path: Path) -> sqlite3.Connection:
    uri = "file:" + uri_path(path) + "?mode=rw"
    try:
        raw = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=0.2,
                              check_same_thread=False)
    except sqlite3.Error as exc:
        raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "The project {path} cannot be opened: {reason}."), path=path,
                               reason=exc) from None
    return raw


def uri_path(path: Path) -> str:
    from urllib.parse import quote

    return quote(path.as_posix(), safe="/:")


def _lock(raw: sqlite3.Connection, path: Path) -> None:
    try:
        raw.execute("PRAGMA locking_mode=EXCLUSIVE")
        raw.execute("BEGIN EXCLUSIVE")
        raw.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise ProjectLocked(QT_TRANSLATE_NOOP("Errors", "The project {path} is open in another window or program."),
                                path=path) from None
        if "readonly" in text or "read-only" in text:
            raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "The project {path} is read-only; crmdesk needs to write to it."),
                                   path=path) from None
        raise DamagedProject(QT_TRANSLATE_NOOP("Errors", "The project {path} is damaged: {reason}."), path=path, reason=exc) from None
    except sqlite3.DatabaseError as exc:
        raise DamagedProject(QT_TRANSLATE_NOOP("Errors", "The project {path} is damaged: {reason}."), path=path, reason=exc) from None


def _check_health(raw: sqlite3.Connection, path: Path) -> None:
    try:
        result = [r[0] for r in raw.execute("PRAGMA quick_check")]
        app_id = raw.execute("PRAGMA application_id").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise DamagedProject(QT_TRANSLATE_NOOP("Errors", "The project {path} is damaged: {reason}."), path=path, reason=exc) from None
    if result != ["ok"]:
        raise DamagedProject(QT_TRANSLATE_NOOP("Errors", "The project {path} is damaged: {reason}."), path=path, reason=result[0])
    if app_id != APPLICATION_ID:
        raise NotCrmdeskProject(QT_TRANSLATE_NOOP("Errors", "{path} is a SQLite database but not a crmdesk project."), path=path)


def _revision(raw: sqlite3.Connection, path: Path) -> str:
    try:
        row = raw.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        row = None
    if not row:
        raise DamagedProject(QT_TRANSLATE_NOOP("Errors", "The project {path} is damaged: its schema version is missing."), path=path)
    return str(row[0])


def _set_pragmas(raw: sqlite3.Connection) -> None:
    raw.execute("PRAGMA foreign_keys=ON")
    raw.execute("PRAGMA journal_mode=DELETE")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("PRAGMA trusted_schema=OFF")
    raw.execute("PRAGMA temp_store=MEMORY")
    raw.execute("PRAGMA mmap_size=0")


def _engine_over(raw: sqlite3.Connection) -> Engine:
    """A SQLAlchemy engine over our one connection. pysqlite's legacy transaction handling is
    bypassed (autocommit connection + explicit BEGIN IMMEDIATE) so DDL in migrations is
    transactional too."""
    engine = create_engine("sqlite://", creator=lambda: raw, poolclass=StaticPool)

    @event.listens_for(engine, "connect")
    def _autocommit(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn):  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
