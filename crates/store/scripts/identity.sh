#!/bin/sh
# Builds stores with one demarche binary and writes every query and export
# output, with the insert-time `added` stamps masked, into OUT; run it with
# the binaries before and after a store change and `diff -r` the two OUTs.
#   crates/store/scripts/identity.sh BINARY OUT [SYNTH_REPORTS]
#   crates/store/scripts/identity.sh --compare OUT_BEFORE OUT_AFTER
# Stores: the synthetic corpus by bulk load (`bench store --keep`) and by
# everyday ingest (`--incremental`), and `ingest` of the shared article
# pages, the canonical page and the worked example's stories.
set -eu
if [ "$1" = --compare ]; then
  # What varies between two runs of one binary is compared modulo that:
  # event ids of the news stores (ingest stores each batch's documents in
  # the order the parallel coders finish them) and the last digits of
  # betweenness (summed in hash-map order).
  norm() { sed -E 's/"(event_id|id)":"?[0-9]+"?//g; s/^[0-9]{16}(,|\t)//; s/(betweenness">|,)([0-9]\.[0-9]{12})[0-9]*/\1\2/g' "$1" | sort | md5sum; }
  status=0
  for f in "$2"/*; do
    name=$(basename "$f")
    cmp -s "$f" "$3/$name" && continue
    case $name in
      news*.tables|news*.parquet-size) echo "differs (document order of a parallel ingest; compare the exports): $name" ;;
      *) if [ "$(norm "$f")" = "$(norm "$3/$name")" ]; then echo "same modulo ids and rounding: $name"; else echo "DIFFERENT: $name"; status=1; fi ;;
    esac
  done
  exit $status
fi
bin=$1; out=$2; n=${3:-200000}
here=$(cd "$(dirname "$0")/../../.." && pwd)
shared=${DEMARCHE_SHARED:-$here/../shared}
rm -rf "$out"; mkdir -p "$out"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mask() { sed -E 's/"added":[0-9]+/"added":0/g; s/\t[0-9]{14}\t/\tADDED\t/g'; }
dump() { # db name
  db=$1; name=$2
  for t in documents events mentions dyad_months actors actor_names settings; do
    cols=$(sqlite3 "$db" "SELECT group_concat(name, ',') FROM pragma_table_info('$t') WHERE name <> 'added'")
    sqlite3 "$db" "SELECT $cols FROM $t ORDER BY $cols" | md5sum | sed "s/-/$t/"
  done > "$out/$name.tables"
  sqlite3 "$db" "PRAGMA integrity_check" >> "$out/$name.tables"
  for f in jsonl csv; do "$bin" events --db "$db" --format $f --evidence 2>/dev/null | mask > "$out/$name.events.$f" || "$bin" events --db "$db" --format $f | mask > "$out/$name.events.$f"; done
  "$bin" events --db "$db" --actor "$3" --format jsonl | mask > "$out/$name.events-actor.jsonl"
  "$bin" events --db "$db" --actor "$3" --from "$5" --to "$6" --format csv | mask > "$out/$name.events-actor-range.csv"
  for m in count goldstein quad; do for by in day week month; do
    "$bin" series --db "$db" --dyad "$3:$4" --by $by --measure $m --format csv > "$out/$name.series-$m-$by.csv"; done; done
  "$bin" series --db "$db" --dyad "$3:$4" --both --format csv > "$out/$name.series-both.csv"
  for f in nodes-csv edges-csv graphml; do "$bin" network --db "$db" --format $f > "$out/$name.network.$f" 2>/dev/null || true; done
  "$bin" network --db "$db" --countries --quad 1,2 --format edges-csv > "$out/$name.network-countries.csv"
  "$bin" role --db "$db" --actor "$3" --between "$4,$7" --by month --format csv > "$out/$name.role.csv"
  for f in gdelt plover jsonl csv; do "$bin" export --db "$db" --format $f | mask > "$out/$name.export.$f"; done
  "$bin" export --db "$db" --format parquet --out "$tmp/x.parquet"; wc -c < "$tmp/x.parquet" > "$out/$name.export.parquet-size"
}
"$bin" bench store --events "$n" --db "$tmp/bulk.db" --keep > /dev/null 2>&1
dump "$tmp/bulk.db" synth-bulk AAA AAB 2011-05-01 2011-05-31 ADW
"$bin" bench store --incremental --events "$n" --db "$tmp/inc.db" --keep > /dev/null 2>&1
dump "$tmp/inc.db" synth-incremental AAA AAB 2011-05-01 2011-05-31 ADW
"$bin" ingest --quiet --db "$tmp/news.db" --date 2021-05-24 "$shared/examples/moscow-mideast-peace-process.txt" > /dev/null
"$bin" ingest --quiet --db "$tmp/news.db" "$here/samples/stories" "$shared/data/article-extraction/html" > /dev/null
"$bin" ingest --quiet --db "$tmp/news.db" --coded "$here/crates/store/examples/moscow-role/coded.jsonl" > /dev/null
dump "$tmp/news.db" news RUS ISR 2021-05-01 2021-05-31 PSE
"$bin" ingest --quiet --bulk --db "$tmp/news-bulk.db" --date 2021-05-24 "$shared/examples/moscow-mideast-peace-process.txt" "$here/samples/stories" > /dev/null
dump "$tmp/news-bulk.db" news-bulk RUS ISR 2021-05-01 2021-05-31 PSE
echo "wrote $(ls "$out" | wc -l) files to $out"
