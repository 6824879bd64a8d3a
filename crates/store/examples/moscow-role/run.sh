#!/bin/sh
# The worked example, reproducibly: ingest the canonical page and the
# sample stories (samples/stories/), then ask whether Moscow is expanding
# its role between Israel and the Palestinians. Run from anywhere; set
# DEMARCHE to the binary (default: the release build) and DB to the file.
set -e
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$root"
demarche="${DEMARCHE:-target/release/demarche}"
db="${DB:-${TMPDIR:-/tmp}/moscow-role.db}"
rm -f "$db" "$db-wal" "$db-shm"
# The page states no year: --date gives its publication date.
"$demarche" ingest --quiet --db "$db" --date 2021-05-24 ../shared/examples/moscow-mideast-peace-process.txt
"$demarche" ingest --quiet --db "$db" samples/stories
"$demarche" events --db "$db" --actor RUS --format table
"$demarche" role --db "$db" --actor RUS --between ISR,PSE --by month
