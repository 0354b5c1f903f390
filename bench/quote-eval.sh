#!/usr/bin/env bash
# Quote detection and speaker attribution on the example corpus (the only quote gold here: 16 quotes in 5 articles),
# ours against CoreNLP's own quote annotator, both run on the same texts: the sources' text of the example's dossier,
# which is what the gold's snippets are located in. Needs ../shared.
#   bench/quote-eval.sh     (SHARED=path/to/shared to override; OUT=target/quote-eval by default)
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED:-../shared}"
out="${OUT:-target/quote-eval}"
gold="$shared/eval/ishiba-2025.gold.json"
./dossier --version >/dev/null   # builds the project when needed
rm -rf "$out" && mkdir -p "$out/texts"
./dossier build examples/ishiba-2025 -o "$out/build" -q >/dev/null
for id in $(jq -r '.sources[].id' "$out/build/dossier.json"); do
  jq -j --arg id "$id" '.sources[] | select(.id == $id) | .text' "$out/build/dossier.json" > "$out/texts/$id.txt"
done
echo "== ours (dossier annotate --format jsonl)"
/usr/bin/time -f "%e s wall, %U s user" ./dossier annotate --format jsonl --cache "$out/cache" "$out/texts/"*.txt > "$out/ours.jsonl"
./dossier eval --quotes --gold "$gold" "$out/ours.jsonl"
echo "== CoreNLP's quote annotator (dossier annotate --format jsonl --quotes corenlp)"
/usr/bin/time -f "%e s wall, %U s user" ./dossier annotate --format jsonl --quotes corenlp --cache "$out/cache" "$out/texts/"*.txt > "$out/corenlp.jsonl"
./dossier eval --quotes --gold "$gold" "$out/corenlp.jsonl"
