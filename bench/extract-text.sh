#!/usr/bin/env bash
# Ingest throughput: `dossier extract-text` over the 91 dev pages of the article-extraction benchmark, copied N times
# (default 11: 1,001 gzipped pages) into one folder, timed as a whole process (JVM start included), THREADS pages at
# once (default 2). Prints pages a minute.
#   bench/extract-text.sh [N]     (SHARED=path/to/shared to override; OUT=target/bench by default)
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED:-../shared}"
out="${OUT:-target/bench}"
copies="${1:-11}"
./dossier --version >/dev/null   # builds the project when needed
pages="$out/extract-pages"
rm -rf "$pages" && mkdir -p "$pages"
for i in $(seq 1 "$copies"); do
  for f in "$shared"/data/article-extraction-dev/html/*.html.gz; do
    cp "$f" "$pages/$i-$(basename "$f")"
  done
done
n=$(ls "$pages" | wc -l)
threads="${THREADS:-2}"
start=$(date +%s.%N)
./dossier extract-text -j "$threads" "$pages" > "$out/extract-text.jsonl"
end=$(date +%s.%N)
read=$(wc -l < "$out/extract-text.jsonl")
awk -v n="$n" -v r="$read" -v s="$start" -v e="$end" -v j="$threads" 'BEGIN {
  t = e - s; printf "extract-text -j %d: %d pages (%d read) in %.1f s wall = %.0f pages a minute\n", j, n, r, t, n / t * 60 }'
