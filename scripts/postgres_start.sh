#!/usr/bin/env bash
# Start a private, throw-away PostgreSQL cluster for the test suite and print its URL on stdout.
# Needs the Debian `postgresql` package (make test installs it as root). As root, the cluster runs as the
# `postgres` user (PostgreSQL refuses to run as root). Port: $GHATNA_PG_PORT (default: a free one).
# The cluster's folder is written to the file $GHATNA_PG_DIR_FILE, if set (postgres_stop.sh takes it).
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$PGBIN" ]; then
    echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2
    exit 1
fi
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT=${GHATNA_PG_PORT:-$(free_port)}
DIR=$(mktemp -d /tmp/ghatna-pg.XXXXXX)
[ -n "${GHATNA_PG_DIR_FILE:-}" ] && echo "$DIR" >"$GHATNA_PG_DIR_FILE"
as_owner() {
    if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi
}
[ "$(id -u)" = 0 ] && chown postgres "$DIR"
as_owner "'$PGBIN/initdb' -D '$DIR/data' -A trust -U postgres -E UTF8 --locale=C.UTF-8" >"$DIR/initdb.log" 2>&1
as_owner "'$PGBIN/pg_ctl' -D '$DIR/data' -l '$DIR/server.log' -w -o \"-p $PORT -k '$DIR' -c listen_addresses=localhost -c fsync=off -c max_connections=200\" start" >&2
as_owner "'$PGBIN/createdb' -h localhost -p $PORT -U postgres ghatna_test" >&2
echo "postgresql://postgres@localhost:$PORT/ghatna_test"
