#!/usr/bin/env bash
# Throughput of the three `dossier annotate` evaluation formats in their chosen configuration, cold (a fresh annotation
# cache each run), as CPU and wall time of a corpus against a one-document run (JVM start and model loading), so the
# difference is the per-token cost. Needs the MEANTIME files of bench/nlp-eval.sh (run it first) and the example's texts
# of bench/quote-eval.sh. Run on an idle machine; every figure is one run.
#   bench/nlp-throughput.sh      (OUT=target/nlp-throughput)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${OUT:-target/nlp-throughput}"
data=target/nlp-eval/data/dev
rm -rf "$out" && mkdir -p "$out/one"
./dossier --version >/dev/null   # builds the project when needed
timed() {  # label, then the command
  local label=$1; shift
  /usr/bin/time -f "$label: %e s wall, %U+%S s CPU, %M KB peak" "$@" > /dev/null
}
tokens() { grep -v '^$' "$1" | grep -vc '^-DOCSTART-'; }
# conll: the MEANTIME dev names file three times (no sentence in capitals), against its first sentence
for i in 1 2 3; do cat "$data/names.input.conll"; echo; done > "$out/names3.conll"
awk '/^-DOCSTART-/ || (NF == 0 && !n) {next} NF == 0 {exit} {n++; print}' "$data/names.input.conll" > "$out/one.conll"
echo "conll tokens: $(tokens "$out/names3.conll") against $(tokens "$out/one.conll")"
timed "conll one sentence" ./dossier annotate --format conll "$out/one.conll" -o "$out/one.out.conll"
timed "conll MEANTIME dev x3" ./dossier annotate --format conll "$out/names3.conll" -o "$out/names3.out.conll"
# timeml: the 100 MEANTIME dev documents against the first one, each with an empty cache
first=$(ls "$data/timeml/input/"*.tml | head -1)
echo "timeml documents: 100 against 1 ($(basename "$first")); tokens as in the names file: $(tokens "$data/names.input.conll")"
timed "timeml one document" ./dossier annotate --format timeml --cache "$out/cache-t1" "$first" -o "$out/one"
timed "timeml MEANTIME dev" ./dossier annotate --format timeml --cache "$out/cache-t100" "$data/timeml/input/"*.tml -o "$out/timeml"
# jsonl (quotes, mentions, time expressions): the example's five texts against the first one
texts=(target/quote-eval/texts/*.txt)
echo "jsonl texts: ${#texts[@]}, $(cat "${texts[@]}" | wc -w) words, against one of $(wc -w < "${texts[0]}") words"
timed "jsonl one text" ./dossier annotate --format jsonl --cache "$out/cache-j1" "${texts[0]}"
timed "jsonl example" ./dossier annotate --format jsonl --cache "$out/cache-j5" "${texts[@]}"
timed "jsonl example, CoreNLP quotes" ./dossier annotate --format jsonl --quotes corenlp --cache "$out/cache-j5" "${texts[@]}"
