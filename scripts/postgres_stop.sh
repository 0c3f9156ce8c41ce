#!/usr/bin/env bash
# Stop the cluster that postgres_start.sh made in the folder $1, and remove the folder.
set -euo pipefail
DIR=${1:?usage: postgres_stop.sh FOLDER}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -d "$DIR/data" ] || exit 0
stop="'$PGBIN/pg_ctl' -D '$DIR/data' -m fast -w stop"
if [ "$(id -u)" = 0 ]; then stop="su postgres -s /bin/bash -c \"$stop\""; fi
# a server that is already gone leaves a stale pid file: say so, and remove the folder all the same
eval "$stop" >/dev/null || echo "postgres_stop.sh: no server was running in $DIR" >&2
rm -rf "$DIR"
