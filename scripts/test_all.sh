#!/usr/bin/env bash
# `make test`: set up everything the test suite needs, run it, then ruff and mypy.
# - Missing Debian packages (PostgreSQL, Chromium, protobuf for gcld3) are installed with apt-get when run as
#   root; otherwise the tests that need them are skipped, and the last line names them, why, and how to get them.
# - A private PostgreSQL cluster is started for the run and stopped afterwards (unless GHATNA_TEST_PG_URL is set).
# - With CI=true every skipped test counts as a failure (tests/conftest.py).
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
MAKE=${MAKE:-make}
notes=()

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
has_protobuf() { protoc --version >/dev/null 2>&1 && [ -f /usr/include/google/protobuf/message.h ]; }
has_chromium() { [ -x /usr/bin/chromium ]; }

missing=()
[ -n "$(pg_bin)" ] || missing+=(postgresql)
has_chromium || missing+=(chromium)
has_protobuf || missing+=(protobuf-compiler libprotobuf-dev)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "make test: installing the Debian packages the tests need, as root with apt-get: ${missing[*]}"
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } >/dev/null \
            || echo "make test: apt-get could not install ${missing[*]}; the tests that need them will be skipped"
    else
        echo "make test: cannot install ${missing[*]} here (needs root and apt-get); the tests that need them will be skipped"
    fi
fi

"$MAKE" -s install-dev || exit 2
if has_protobuf && [ ! -f .venv/.installed-langid ]; then
    "$BIN/python" -m pip install -q -e '.[langid]' && touch .venv/.installed-langid
fi
"$BIN/python" -c 'import gcld3' 2>/dev/null \
    || notes+=("gcld3 is not built, so web language id was tested with its fallback (needs Debian's protobuf-compiler and libprotobuf-dev, then pip install -e '.[langid]')")

skips=$(mktemp)
pg_dir_file=$(mktemp)
cleanup() {
    [ -s "$pg_dir_file" ] && scripts/postgres_stop.sh "$(cat "$pg_dir_file")"
    rm -f "$pg_dir_file" "$skips"
}
trap cleanup EXIT
if [ -z "${GHATNA_TEST_PG_URL:-}" ] && [ -n "$(pg_bin)" ]; then
    if url=$(GHATNA_PG_DIR_FILE=$pg_dir_file scripts/postgres_start.sh); then
        export GHATNA_TEST_PG_URL=$url
    else
        echo "make test: the private PostgreSQL cluster did not start; its tests will be skipped"
    fi
fi

GHATNA_SKIP_REPORT=$skips "$BIN/python" -m pytest -q
tests=$?
[ $tests = 5 ] && echo "make test: pytest collected no test"
"$BIN/ruff" check ghatna tests bench scripts fuzz
lint=$?
"$BIN/mypy" ghatna
types=$?

if [ -s "$skips" ]; then
    notes+=("skipped $(awk -F'\t' '{n += $1} END {print n}' "$skips") tests: $(awk -F'\t' '{printf "%s%s (%d)", (NR > 1 ? "; " : ""), $2, $1}' "$skips")")
fi
if [ ${#notes[@]} -gt 0 ]; then
    echo "make test: not everything was tested: $(IFS='|'; echo "${notes[*]}" | sed 's/|/ | /g'). As root on Debian, make test installs what is missing."
else
    echo "make test: everything was tested, nothing skipped."
fi
[ $tests = 0 ] && [ $lint = 0 ] && [ $types = 0 ]
