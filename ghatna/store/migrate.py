"""Numbered SQL migrations, applied once each, in order, one transaction per migration.

``NNNN_name.sql`` runs on every backend; ``NNNN_name.<dialect>.sql`` (``sqlite`` or ``postgresql``)
holds what only one backend can say (full-text indexes). ``{pk}`` is the dialect's auto-increment
key. A migration is never edited once released: the schema changes through a new number.
"""

from __future__ import annotations

from importlib import resources

from ghatna import __version__
from ghatna.errors import StoreError
from ghatna.store.dialect import Connection

DIALECTS = ("sqlite", "postgresql")


def migrations(dialect: str = "sqlite") -> list[tuple[int, str, str]]:
    """(version, file name, SQL) of every migration for ``dialect``, in order."""
    generic: dict[int, tuple[str, str]] = {}
    specific: dict[int, tuple[str, str]] = {}
    for entry in resources.files("ghatna.store.migrations").iterdir():
        name = entry.name
        if not (name.endswith(".sql") and name[:4].isdigit()):
            continue
        parts = name.removesuffix(".sql").split(".")
        version = int(name[:4])
        if len(parts) == 1:
            generic[version] = (name, entry.read_text(encoding="utf-8"))
        elif parts[-1] == dialect:
            specific[version] = (name, entry.read_text(encoding="utf-8"))
    versions = sorted(set(generic) | set(specific))
    return [(v, *(specific.get(v) or generic[v])) for v in versions if v in specific or v in generic]


def statements(sql: str) -> list[str]:
    lines = [line for line in sql.splitlines() if not line.lstrip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def schema_version(connection: Connection) -> int:
    row = connection.execute("SELECT value FROM ghatna_meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def set_meta(connection: Connection, key: str, value: str) -> None:
    connection.execute(
        "INSERT INTO ghatna_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def apply_migrations(connection: Connection, url: str) -> int:
    """Bring the database to the newest schema; safe when several processes open it at once."""
    dialect = connection.dialect
    errors = dialect.errors
    known = migrations(dialect.name)
    newest = known[-1][0] if known else 0
    try:
        dialect.begin(connection)
        connection.execute("CREATE TABLE IF NOT EXISTS ghatna_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        connection.execute("COMMIT")
    except errors as e:
        connection.execute("ROLLBACK")
        raise StoreError(f"{url}: cannot create the schema table: {e}") from e
    current = schema_version(connection)
    if current > newest:
        raise StoreError(f"{url}: schema version {current} is newer than this ghatna knows ({newest}); upgrade ghatna")
    for version, name, sql in known:
        if version <= current:
            continue
        try:
            dialect.begin(connection)
            if schema_version(connection) < version:  # another process may have got here first
                for statement in statements(dialect.ddl(sql)):
                    connection.execute(statement)
                set_meta(connection, "schema_version", str(version))
                set_meta(connection, "ghatna_version", __version__)
            connection.execute("COMMIT")
        except errors as e:
            connection.execute("ROLLBACK")
            raise StoreError(f"{url}: migration {name} failed and was rolled back: {e}") from e
    return schema_version(connection)
