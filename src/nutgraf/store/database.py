"""The database under the store: opening it (SQLite or PostgreSQL), migrating it, and one transaction
per write."""

from __future__ import annotations

import os
import shlex
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from functools import cache, partial
from pathlib import Path
from typing import Any, Self

from sqlalchemy import Connection, Engine, Table, create_engine, event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DatabaseError,
    InterfaceError,
    OperationalError,
    ProgrammingError,
    SQLAlchemyError,
)
from sqlalchemy.exc import TimeoutError as PoolTimeoutError

from nutgraf import environment
from nutgraf.errors import StoreError, StoreOutageError, StoreSchemaError
from nutgraf.store.schema import metadata

# Arbitrary constant: the key of the PostgreSQL advisory lock that serialises concurrent migrations.
_MIGRATION_LOCK = 7_216_447_031
#: The largest id the id columns hold (SQL INTEGER: 32 bits in PostgreSQL): a larger one, from a URL,
#: names no row, and binding it would fail.
MAX_ID = 2**31 - 1
#: Seconds a new PostgreSQL connection may take: a server that is down is then an error (503) in time,
#: not a request hanging on the operating system's minutes-long TCP timeout.
CONNECT_TIMEOUT_S = 5
#: Seconds a SQLite write waits for another process's write to finish before it fails "locked", unless
#: :data:`SQLITE_BUSY_ENV` says otherwise (see :func:`sqlite_busy_seconds`).
SQLITE_BUSY_TIMEOUT_S = 30
#: The variable that sets how long a SQLite write waits for another process's (seconds above 0).
SQLITE_BUSY_ENV = "NUTGRAF_SQLITE_BUSY_SECONDS"

#: The SQL function that lower-cases text as :func:`folded` does, on every SQLite connection of the store:
#: SQLite's own ``lower`` leaves all but ASCII letters as they are, so a search in Cyrillic or with accents
#: missed titles that capitalise the word (PostgreSQL's ``lower`` folds every script).
SQLITE_LOWER = "nutgraf_lower"

#: SQLAlchemy's errors of a database that stopped answering mid-work: the server down, restarting or
#: dropping the connection (OperationalError, InterfaceError), or every pooled connection busy for longer
#: than the pool waits. The web app answers them 503; the command line says so in one line.
OUTAGE_ERRORS = (OperationalError, InterfaceError, PoolTimeoutError)
#: SQLAlchemy's errors of a table or a column that is not there (:func:`is_missing_schema` tells which):
#: SQLite raises an OperationalError, PostgreSQL a ProgrammingError.
MISSING_SCHEMA_ERRORS = (OperationalError, ProgrammingError)

#: Seconds each PostgreSQL statement of this thread or task may run (see :func:`bounded_statements`).
_statement_seconds: ContextVar[float | None] = ContextVar("statement_seconds", default=None)
#: PostgreSQL's SQLSTATEs of a table or a column that is not there (undefined_table, undefined_column).
_MISSING_SCHEMA = ("42P01", "42703")
#: PostgreSQL's SQLSTATE for a statement cancelled, here by ``statement_timeout``.
_QUERY_CANCELED = "57014"
#: The longest ``statement_timeout`` PostgreSQL takes, and SQLite's longest ``busy_timeout``, in milliseconds
#: (a 32-bit integer's most: 24.8 days).
_MOST_MS = 2**31 - 1

#: Each table and column of the database (of the schema on the search path, on PostgreSQL), from its
#: catalog: see :meth:`Database.missing_schema`.
_SQLITE_COLUMNS = (
    "SELECT m.name, c.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS c WHERE m.type = 'table'"
)
_POSTGRESQL_COLUMNS = (
    "SELECT t.relname, a.attname FROM pg_attribute AS a JOIN pg_class AS t ON t.oid = a.attrelid"
    " WHERE t.relnamespace = current_schema()::regnamespace AND t.relkind = 'r' AND a.attnum > 0"
    " AND NOT a.attisdropped"
)

#: Checks run first in every write transaction of this thread or task (see :func:`guarded_writes`).
_write_guards: ContextVar[tuple[Callable[[Connection], None], ...]] = ContextVar("write_guards", default=())


@contextmanager
def guarded_writes(check: Callable[[Connection], None]) -> Iterator[None]:
    """Run ``check`` at the start of every store write made in this context (this thread or task).

    ``check`` raises to refuse the write; as it runs inside the write's transaction, what it reads and
    locks holds until the write commits. A job holding a lease uses it so that its writes stop the
    moment the lease is lost (see :meth:`nutgraf.store.leases.LeaseTable.fenced`).
    """
    token = _write_guards.set((*_write_guards.get(), check))
    try:
        yield
    finally:
        _write_guards.reset(token)


@contextmanager
def bounded_statements(seconds: float) -> Iterator[None]:
    """Bound every PostgreSQL statement run in this context (this thread or task) to ``seconds``: past
    them the server cancels it and the driver raises (see :func:`is_statement_timeout`). The web app bounds
    its requests so, where a search of a big store (or a lock held elsewhere) held a request, and its
    thread, for as long as it took; the worker's jobs and the migrations are not bounded. SQLite has no
    such bound: a SQLite store serves one machine's processes, and its writes already wait at most
    :func:`sqlite_busy_seconds`."""
    token = _statement_seconds.set(seconds)
    try:
        yield
    finally:
        _statement_seconds.reset(token)


def sqlite_busy_seconds() -> float:
    """Seconds a write to a SQLite store waits for another process's write to end: :data:`SQLITE_BUSY_ENV`,
    else :data:`SQLITE_BUSY_TIMEOUT_S`. The roles check it at start (:meth:`nutgraf.settings.Settings.from_env`).

    Raises:
        InvalidInputError: a value that is not a number of seconds above 0 and at most a year.
    """
    value = os.environ.get(SQLITE_BUSY_ENV, "").strip()
    return environment.seconds(SQLITE_BUSY_ENV, value) if value else SQLITE_BUSY_TIMEOUT_S


def _milliseconds(seconds: float) -> int:
    """``seconds`` as the whole milliseconds a database's timeout takes, at least 1: a longer one than it
    takes is its longest (the variables allow a year; past 24.8 days PostgreSQL refused the SET, and with
    it every request, and SQLite's wait overflowed)."""
    return min(max(1, round(seconds * 1000)), _MOST_MS)


def is_statement_timeout(error: BaseException) -> bool:
    """Whether ``error`` is PostgreSQL cancelling a statement past :func:`bounded_statements`' bound."""
    return getattr(getattr(error, "orig", None), "sqlstate", None) == _QUERY_CANCELED


def default_database_url() -> str:
    """The SQLite file in the user's data directory (for example ``~/.local/share/nutgraf/nutgraf.db``)."""
    from platformdirs import user_data_path

    return f"sqlite:///{user_data_path('nutgraf') / 'nutgraf.db'}"


def missing_sqlite_file(url: str | None) -> Path | None:
    """The file of the SQLite database at ``url`` (``None``: :func:`default_database_url`) when it does not
    exist, which :meth:`Database.open` would create with its folders; ``None`` for a file that exists, a
    database in memory, PostgreSQL, or a URL that opening refuses in words of its own."""
    try:
        parsed = make_url(url or default_database_url())
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    path = Path(parsed.database).expanduser()
    return None if path.exists() else path


def outage_message(error: BaseException, *, then: str = ", then run the command again") -> str | None:
    """What the command line says, in one line, of a database error that ended a command after the
    store opened, else ``None`` (an error to let through). ``then`` ends the advice to a server gone:
    what follows once it answers (the background jobs, which try again by themselves, say so).

    Each says what to do about its own cause, where all had read "the database stopped answering; check
    that it runs and can be reached", which told a SQLite user, whose database no server runs, to look
    for one: a SQLite file locked by another process (wait for it); a table or column missing from a
    database whose recorded schema is current (something else changed or replaced it: a SQLite file
    deleted while a command ran comes back empty); otherwise one of :data:`OUTAGE_ERRORS`, the server
    gone mid-command. The reason is the first line of the driver's message ("terminating connection due
    to administrator command"), without the lines after it that quote the SQL."""
    reason = error_reason(error)
    sqlite = type(getattr(error, "orig", None)).__module__ == "sqlite3"
    if is_missing_schema(error):
        return (
            f"the database lacks a part of nutgraf's schema ({reason}), though it records the schema as"
            " current: something other than nutgraf changed it, or replaced it while the command ran (a"
            " SQLite file deleted comes back empty); restore it from a backup, or start afresh: move the"
            " SQLite file aside, or give an empty PostgreSQL database, and nutgraf sets up a new one"
        )
    if not isinstance(error, OUTAGE_ERRORS):
        return None
    if sqlite and "locked" in reason:
        return f"cannot use the database: {reason}{_sqlite_advice(None, reason)}"
    return f"the database stopped answering ({reason}); check that it runs and can be reached{then}"


def store_error(error: BaseException, where: str) -> StoreError | None:
    """``error`` as the :class:`~nutgraf.errors.StoreError` it is, its message saying ``where`` it was met
    and why (:func:`error_reason`): itself when it is one; a table or a column gone
    (:func:`is_missing_schema`) as :class:`~nutgraf.errors.StoreSchemaError`; one of
    :data:`OUTAGE_ERRORS` as :class:`~nutgraf.errors.StoreOutageError`; else ``None`` (a fault of
    nutgraf's, not the database's)."""
    if isinstance(error, StoreError):
        return error
    if is_missing_schema(error):
        return StoreSchemaError(f"{where}: {error_reason(error)}")
    if isinstance(error, OUTAGE_ERRORS):
        return StoreOutageError(f"{where}: {error_reason(error)}")
    return None


def error_reason(error: BaseException) -> str:
    """The first line of a database error's message ("no such table: feeds"), without the lines after it
    that quote the SQL."""
    message = str(getattr(error, "orig", None) or error).strip()
    return message.splitlines()[0] if message else type(error).__name__


def is_missing_schema(error: BaseException) -> bool:
    """Whether ``error`` is a table or a column of nutgraf's schema missing from the database (SQLite's
    "no such table"/"no such column", PostgreSQL's undefined_table/undefined_column): the database was
    changed or replaced under nutgraf, which waiting does not mend."""
    orig = getattr(error, "orig", None)
    if type(orig).__module__ == "sqlite3":
        return error_reason(error).startswith(("no such table", "no such column"))
    return getattr(orig, "sqlstate", None) in _MISSING_SCHEMA


def is_id(value: int) -> bool:
    """Whether ``value`` can be a row id (see :data:`MAX_ID`)."""
    return 1 <= value <= MAX_ID


def iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def utc_now() -> datetime:
    return datetime.now(UTC)


def database_now(connection: Connection) -> datetime:
    """The time now by the database's clock: PostgreSQL's, which every process of a deployment reads
    alike whatever its host's clock says (a host whose NTP stopped); this host's for SQLite, which lives on
    one. What schedules work shared between processes (feeds' next polls) is read and written by it."""
    if connection.dialect.name == "sqlite":
        return utc_now()
    return connection.exec_driver_sql("SELECT clock_timestamp()").scalar_one().astimezone(UTC)


def dialect_insert(bind: Engine | Connection, table: Table) -> Any:
    """An INSERT into ``table`` in the dialect of ``bind``'s database, which takes ``on_conflict_do_nothing``
    and ``on_conflict_do_update``."""
    return (sqlite if bind.dialect.name == "sqlite" else postgresql).insert(table)


class Database:
    """An engine on the store's database, with its schema brought up to date. Safe to share between threads."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.is_sqlite = engine.dialect.name == "sqlite"

    @classmethod
    def open(cls, url: str | None = None) -> Self:
        """Open (creating if need be) the store at a SQLAlchemy ``url`` and migrate it to the newest schema.

        ``None`` opens :func:`default_database_url`. ``postgresql://`` URLs use psycopg 3 (the
        ``postgres`` extra). Raises :class:`StoreError` when the database cannot be opened.
        """
        url = url or default_database_url()
        engine = _create_engine(url)
        store = cls(engine)
        started = time.monotonic()
        try:
            _retried_when_locked(store.migrate, engine)
        except DatabaseError as exc:  # OperationalError (cannot connect) or not a database at all
            engine.dispose()
            shown = make_url(url).render_as_string(hide_password=True)
            reason = " ".join(str(exc.orig).split())
            if store.is_sqlite:
                reason += _sqlite_advice(engine.url.database, reason, waited=time.monotonic() - started)
            elif getattr(exc.orig, "sqlstate", None) == _NO_SCHEMA_TO_CREATE_IN:
                # The statement's SQL ("LINE 2: CREATE TABLE alembic_version ( ^") is no reason to a user.
                reason = error_reason(exc) + _missing_search_path_advice(engine.url)
            else:
                reason += _postgresql_advice(engine.url, reason)
            raise StoreError(f"cannot open the database {shown}: {reason}") from None
        return store

    def migrate(self) -> None:
        """Apply the Alembic migrations the database lacks."""
        from alembic import command

        found, expected = self.schema_revisions()
        if found == expected:  # the usual start: no lock taken, so none waited for
            return
        unknown = found - _known_revisions()
        if unknown:
            # A newer nutgraf migrated it (an upgrade rolling through the processes, or this one rolled
            # back): said plainly, where Alembic's "Can't locate revision" came as a traceback.
            raise StoreError(
                f"the database's schema is at {', '.join(sorted(unknown))}, which this nutgraf "
                f"({', '.join(sorted(expected))}) does not know: a newer nutgraf migrated it; run that "
                "version of nutgraf (every process of a database the same)"
            )
        config = _alembic_config()
        try:
            with migration_transaction(self.engine) as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        except DatabaseError as exc:
            if not is_missing_schema(exc):
                raise
            # A database whose tables are not those its recorded schema had (made by a development
            # version whose migrations ran in another order, or changed by hand) had been refused as
            # "cannot open the database: no such column: url_verified", with nothing to do about it.
            raise StoreError(
                f"cannot migrate the database from schema {', '.join(sorted(found)) or 'none'} to"
                f" {', '.join(sorted(expected))} ({error_reason(exc)}): it lacks a part of the schema it"
                " records (made by a development version of nutgraf, or changed by hand), and is left as it"
                " was:"
                " restore it from the backup made before the upgrade, or start afresh with a new one (the"
                " SQLite file moved aside, an empty PostgreSQL database), which nutgraf sets up"
            ) from None

    def schema_revisions(self) -> tuple[set[str], set[str]]:
        """The schema revisions the database is at, and those this code's migrations end at: equal when
        the schema is current. Raises SQLAlchemy's errors when the database does not answer."""
        from alembic.migration import MigrationContext

        with self.engine.connect() as connection:
            found = set(MigrationContext.configure(connection).get_current_heads())
        return found, _newest_revisions()

    def refuse_incomplete_schema(self) -> None:
        """Raise :class:`~nutgraf.errors.StoreSchemaError` naming the tables and columns the database lacks
        (:meth:`missing_schema`), for a process about to serve from it: ``serve`` and ``worker`` had
        started on such a database without a word, and only ``/healthz`` and each request meeting the gap
        said so."""
        missing = self.missing_schema()
        if missing:
            raise StoreSchemaError(
                f"the database lacks {', '.join(missing)}, a part of nutgraf's schema, though it records the"
                " schema as current: something other than nutgraf changed it; restore it from a backup, or"
                " start afresh: move the SQLite file aside, or give an empty PostgreSQL database, and nutgraf"
                " sets up a new one"
            )

    def missing_schema(self) -> list[str]:
        """The tables (``summaries``) and columns (``articles.title``) of nutgraf's schema that the database
        lacks: none while its recorded revision tells the truth, some when something other than nutgraf
        dropped them. Read from the database's catalog in one statement, which waits for no lock on the
        tables themselves (a migration's, or an operator's, on PostgreSQL)."""
        catalog = _SQLITE_COLUMNS if self.is_sqlite else _POSTGRESQL_COLUMNS
        with self.engine.connect() as connection:
            found = {(table, column) for table, column in connection.exec_driver_sql(catalog)}
        tables = {table for table, _ in found}
        missing = []
        for table in metadata.sorted_tables:
            if table.name not in tables:
                missing.append(table.name)
            else:
                missing += [
                    f"{table.name}.{c.name}" for c in table.columns if (table.name, c.name) not in found
                ]
        return missing

    def now(self) -> datetime:
        """The time now by the database's clock (:func:`database_now`)."""
        with self.engine.connect() as connection:
            return database_now(connection)

    def _insert(self, table: Table) -> Any:
        """An INSERT in this database's own dialect (:func:`dialect_insert`)."""
        return dialect_insert(self.engine, table)

    def close(self) -> None:
        """Close the database connections."""
        self.engine.dispose()

    @contextmanager
    def _write(self, *, guarded: bool = True) -> Iterator[Connection]:
        """One write transaction; ``guarded=False`` skips the checks of :func:`guarded_writes` (for the
        bookkeeping of the guards themselves, such as releasing a lease)."""
        # IMMEDIATE takes SQLite's write lock up front, so two writers queue on busy_timeout instead of
        # one failing when it upgrades a read lock; PostgreSQL ignores the option.
        try:
            with self.engine.execution_options(sqlite_immediate=True).begin() as connection:
                for check in _write_guards.get() if guarded else ():
                    check(connection)
                yield connection
        except OperationalError as exc:
            reason = " ".join(str(exc.orig).split())
            if self.is_sqlite and "readonly" in reason:
                # A file SQLite could open only for reading: the first write failed with SQLAlchemy's
                # traceback, on the command line and as a 500 from the service.
                advice = _sqlite_advice(self.engine.url.database, reason)
                raise StoreError(f"cannot write to the database: {reason}{advice}") from None
            if not (self.is_sqlite and "locked" in reason):
                raise
            # Another process kept the one writer's lock past busy_timeout: a message that says so,
            # where the command line showed SQLAlchemy's traceback.
            raise StoreOutageError(
                f"cannot write to the database: {reason}{_sqlite_advice(None, reason)}"
            ) from None


# Processes opening a SQLite file not yet in WAL mode together switch it to WAL at once, and SQLite
# answers "database is locked" to those that find the file's lock taken without waiting out busy_timeout
# (one process in 18 in a loaded CI run): a few quick retries open it.
_LOCKED_RETRIES = 5
_LOCKED_RETRY_S = 0.05
_LOCKED_RETRIES_LEAST_S = 1.0
#: The bytes of SQLite's database header: a file shorter holds no database yet.
_SQLITE_HEADER_BYTES = 100
#: Where the header holds the file format's write version, 2 once the file is in WAL mode.
_SQLITE_WRITE_VERSION_AT = 18
_SQLITE_WAL_VERSION = 2


def _retried_when_locked(step: Callable[[], None], engine: Engine) -> None:
    # Retried only while the file is not yet in WAL mode: once it is, "locked" comes after busy_timeout
    # was waited out on a lock another process holds, which a retry would wait out again (a store held
    # locked took 5 waits, two and a half minutes, to say so). Told by the file, not by how long the
    # attempt took, which held Alembic's work and the engine's first connection as well as any wait:
    # a loaded machine, or a short wait set, made a refusal at once look like a wait, and no retry came.
    # Nor past the wait the user set (at least a second, for the quick retries): a file in a rollback
    # journal held locked by a reader waits out busy_timeout each time, and took five of them.
    give_up_at = time.monotonic() + max(sqlite_busy_seconds(), _LOCKED_RETRIES_LEAST_S)
    for attempt in range(_LOCKED_RETRIES):
        switching = _is_sqlite_file_before_wal(engine)
        try:
            step()
            return
        except OperationalError as exc:
            if (
                not switching
                or "locked" not in str(exc.orig)
                or attempt == _LOCKED_RETRIES - 1
                or time.monotonic() >= give_up_at
            ):
                raise
            time.sleep(_LOCKED_RETRY_S * 2**attempt)


def _is_sqlite_file_before_wal(engine: Engine) -> bool:
    """Whether ``engine``'s database is a SQLite file not yet switched to WAL: missing, shorter than
    SQLite's header, or a database in a rollback journal (one restored from a dump, or set so by a
    tool), which the first connection switches; False for PostgreSQL and an in-memory database."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return False
    try:
        with Path(database).open("rb") as file:
            header = file.read(_SQLITE_HEADER_BYTES)
    except OSError:
        return True
    return len(header) < _SQLITE_HEADER_BYTES or header[_SQLITE_WRITE_VERSION_AT] != _SQLITE_WAL_VERSION


@contextmanager
def migration_transaction(engine: Engine) -> Iterator[Connection]:
    """The one transaction a migration (up or down) runs in, on a connection for Alembic.

    Processes starting at once on one new database all migrate it: SQLite's write lock taken up front
    (IMMEDIATE) queues them on busy_timeout, where a deferred transaction that read the version table
    failed "database is locked" when it came to create the tables; on PostgreSQL the advisory lock
    queues them. Alembic reads the version again under the lock.

    On SQLite the foreign keys are off for the transaction and checked before it commits, as SQLite's
    own procedure for altering a table has it: a migration that alters a table rebuilds it (a copy, then
    DROP TABLE of the old one), and the drop deletes the old table's rows first, which ON DELETE CASCADE
    carried to the rows that point at them (migration 0008 emptied ``summaries``, ``article_aliases``
    and ``site_pages``). A migration that deletes rows deletes what points at them itself.
    """
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        # Outside a transaction, where SQLite honours it (inside one the pragma does nothing): on the
        # driver's connection, as SQLAlchemy would begin one first.
        raw = connection.connection.dbapi_connection
        assert raw is not None
        if sqlite:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.execution_options(sqlite_immediate=True).begin():
                if not sqlite:
                    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
                yield connection
                if sqlite and (broken := connection.exec_driver_sql("PRAGMA foreign_key_check").first()):
                    raise StoreError(
                        f"the migration left a row of {broken[0]} pointing at no {broken[2]} row"
                    )
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys=ON")


def _alembic_config() -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    return config


@cache
def _newest_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory.from_config(_alembic_config()).get_heads())


@cache
def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}


def _create_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(
            f"not a database URL: {url!r}; use sqlite:///PATH or postgresql://USER:PASSWORD@HOST/DB"
        ) from None
    except ValueError:
        # SQLAlchemy reads what follows the host's ":" as the port: a password holding "@" and then ":"
        # ("p@ss:word") put the password's end there and failed int() with a traceback that showed it.
        authority = url.partition("://")[2].split("/", 1)[0]
        if authority.count("@") > 1:
            raise _unencoded_at() from None
        raise StoreError(
            "not a database URL: its port (after the host's :) is not a number; use sqlite:///PATH or"
            " postgresql://USER:PASSWORD@HOST:PORT/DB"
        ) from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        # Another database's driver, once installed, would connect and then fail in the migrations: say
        # which two nutgraf keeps its store in rather than which driver is missing.
        raise StoreError(
            f"nutgraf keeps its store in SQLite or PostgreSQL, not {parsed.get_backend_name()}; use"
            " sqlite:///PATH or postgresql://USER:PASSWORD@HOST/DB"
        )
    if "@" in (parsed.host or ""):
        # A URL ends its user and password at the last "@": one in a password (as generated ones hold) was
        # read as the host's, "failed to resolve host 'cret@db.example'", which showed the password's end.
        raise _unencoded_at()
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            # SQLite would open "~/x.db" under a folder named "~" in the working directory (there is none:
            # "unable to open database file"), while the folder made below, and missing_sqlite_file, read
            # "~" as the home folder: the file is where both say it is.
            parsed = parsed.set(database=str(Path(parsed.database).expanduser()))
            folder = Path(parsed.database).parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    f"cannot make the folder {folder} for the database: {exc.strerror}"
                ) from None
        busy_ms = _milliseconds(sqlite_busy_seconds())
        engine = create_engine(parsed, connect_args={"timeout": busy_ms / 1000})
        event.listen(engine, "connect", partial(_configure_sqlite, busy_ms=busy_ms))
        event.listen(engine, "begin", _begin_sqlite)
        return engine
    try:
        engine = create_engine(
            parsed, pool_pre_ping=True, connect_args={"connect_timeout": CONNECT_TIMEOUT_S}
        )
    except ModuleNotFoundError as exc:
        raise StoreError(
            f"the database driver {exc.name!r} is not installed; for PostgreSQL install nutgraf[postgres]"
        ) from None
    except (ArgumentError, SQLAlchemyError) as exc:
        raise StoreError(f"cannot use the database URL: {exc}") from None
    event.listen(engine, "begin", _begin_postgresql)
    return engine


def _unencoded_at() -> StoreError:
    """The refusal of a database URL whose password holds an ``@`` as it is, which never shows the password."""
    return StoreError(
        "the database URL holds an @ in its password or user name, where a URL takes it only"
        " percent-encoded (%40; and %2F for /, %23 for #, %3F for ?, %25 for %): write"
        " postgresql://USER:PASSWORD@HOST/DB with the password from"
        " python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=\"\"))' PASSWORD"
    )


def _sqlite_advice(database: str | None, reason: str, *, waited: float | None = None) -> str:
    """What to do about SQLite's terse reason for not opening ``database`` (a file path), where the attempt
    took ``waited`` seconds, if known."""
    if "locked" in reason and waited is not None and waited < sqlite_busy_seconds():
        # SQLite refuses at once, without waiting, where a wait could deadlock (a file in a rollback journal
        # whose lock another process is taking): a longer wait set would change nothing.
        return (
            f" (another process holds its write lock; refused after {waited:.1f} s, without waiting: a long"
            " write, or a tool holding a transaction open; try again when it is done)"
        )
    if "locked" in reason:
        return (
            f" (another process held its write lock for {sqlite_busy_seconds():g} s: a long write, or a"
            f" tool holding a transaction open; try again when it is done, or set {SQLITE_BUSY_ENV} to wait longer)"
        )
    if not database or database == ":memory:" or not ("open" in reason or "readonly" in reason):
        return ""
    path = Path(database).expanduser()
    # SQLite writes the database and, in WAL mode, its -wal and -shm files beside it.
    for what, where in ((path, path), (path.parent, path.parent)):
        # The effective user's rights, which opening the file is checked against, where supported.
        if where.exists() and not os.access(
            where, os.W_OK, effective_ids=os.access in os.supports_effective_ids
        ):
            kind = "folder" if where.is_dir() else "file"
            return (
                f" (the {kind} {what} is read-only, and the store writes there: the database and its "
                f"-wal and -shm files beside it; give a writable path with --database or NUTGRAF_DATABASE_URL)"
            )
    return ""


#: PostgreSQL's invalid_schema_name: a search_path naming no schema that exists, met at the first CREATE.
_NO_SCHEMA_TO_CREATE_IN = "3F000"


def _missing_search_path_advice(url: URL) -> str:
    """What to do where the search_path (``options=-csearch_path=NAME`` in the URL, or PGOPTIONS, which
    libpq reads too) names a schema the database lacks."""
    for where, options in (
        ("the URL", str(url.query.get("options", ""))),
        ("PGOPTIONS", os.environ.get("PGOPTIONS", "")),
    ):
        named = options.partition("search_path=")[2].split(",")[0].split()
        if named:
            return (
                f"; the schema {where}'s search_path names ({named[0]}) does not exist in {url.database}: create"
                f" it first (CREATE SCHEMA {named[0]}, as the user nutgraf connects as), or correct {where}"
            )
    # Set on the server (ALTER ROLE ... SET search_path), which the URL cannot show.
    return (
        f"; the search_path set for this user or database names no schema that exists in {url.database}"
        " (SHOW search_path names it): create that schema first, or give one in the URL"
        " (?options=-csearch_path%3DNAME)"
    )


def _postgresql_address(url: URL) -> str:
    """Where libpq tried to connect for ``url``: a URL without a host (or with ``?host=/a/folder``) uses a
    Unix socket, never localhost's TCP port, and an IPv6 host is bracketed as a URL writes it."""
    port = url.port or 5432
    host = url.host or str(url.query.get("host") or "")
    if not host:
        return f"PostgreSQL's local socket (port {port})"
    if host.startswith("/"):
        return f"the socket {host.rstrip('/')}/.s.PGSQL.{port}"
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _postgresql_advice(url: URL, reason: str) -> str:
    """What to do about PostgreSQL's refusal of a first connection, which names the problem alone: an
    operator following docs/deploy.md met `database "news" does not exist` with no word of making it."""
    if f'database "{url.database}" does not exist' in reason:
        # Quoted, as the command is run as printed: "my news" had been two arguments to createdb.
        owner, name = shlex.quote(url.username or "USER"), shlex.quote(url.database or "")
        return (
            f"; create it first (createdb --owner {owner} {name}, as PostgreSQL's"
            " superuser): nutgraf sets its tables up in an empty database at its first start"
        )
    if "password authentication failed" in reason:
        return (
            "; check the user name and password in the URL (in it, a password's @, /, #, ? and % are"
            " percent-encoded: %40, %2F, %23, %3F, %25)"
        )
    if "Connection refused" in reason:
        # libpq's own hint, "Is the server running on that host and accepting TCP/IP connections?",
        # arrives joined to the reason without a stop, and names neither what to check nor where.
        return (
            f"; nothing listens at {_postgresql_address(url)}: start PostgreSQL there, or give the host and"
            " port it listens on in the URL (postgresql://USER:PASSWORD@HOST:PORT/DB)"
        )
    return ""


def _configure_sqlite(dbapi_connection: Any, _record: Any, *, busy_ms: int) -> None:
    # The driver's own transaction handling is switched off so that _begin_sqlite decides how to begin.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={busy_ms}")
    cursor.close()
    dbapi_connection.create_function(SQLITE_LOWER, 1, _folded_value, deterministic=True)


def folded(text: str) -> str:
    """``text`` lower-cased as PostgreSQL's ``lower`` and then ``translate(..., 'ς', 'σ')`` do it, so that
    a search finds the same articles on either database. Python's ``lower`` differs on two letters: "İ"
    is "i" followed by a combining dot (PostgreSQL: "i"), and a capital sigma at a word's end is "ς"
    (PostgreSQL: "σ"); every sigma is "σ" here, as a search for "προς" is to find "ΠΡΟΣΦΥΓΕΣ"."""
    return text.replace("İ", "i").lower().replace("ς", "σ")


def _folded_value(value: str | None) -> str | None:
    return folded(value) if isinstance(value, str) else value


def _begin_sqlite(connection: Connection) -> None:
    immediate = connection.get_execution_options().get("sqlite_immediate")
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _begin_postgresql(connection: Connection) -> None:
    seconds = _statement_seconds.get()
    if seconds is not None:
        # SET LOCAL: for this transaction alone, so the pooled connection goes back to other work (a
        # worker's job) unbounded. One more round trip a transaction, only where a bound is set. A longer
        milliseconds = _milliseconds(seconds)
        connection.exec_driver_sql(f"SET LOCAL statement_timeout = {milliseconds}")
