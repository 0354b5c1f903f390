#!/usr/bin/env bash
# Per-document accuracy on MEANTIME (dev and check splits): time expressions with the TempEval-3 measures and names with
# the CoNLL measures, through `dossier annotate` as the held-back benchmarks are scored. Needs ../shared.
#   bench/nlp-eval.sh       (SHARED=path/to/shared to override; OUT=target/nlp-eval by default; CACHE=annotation cache)
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED:-../shared}"
out="${OUT:-target/nlp-eval}"
cache=()
if [ -n "${CACHE:-}" ]; then cache=(--cache "$CACHE"); fi
./dossier --version >/dev/null   # builds the project when needed
rm -rf "$out" && ./dossier convert --from meantime "$shared/data/meantime-en/intra-doc_annotation" -o "$out/data"
for split in dev check; do
  echo "== $split: time expressions (TempEval-3 measures)"
  ./dossier annotate --format timeml "${cache[@]}" "$out/data/$split/timeml/input/"*.tml -o "$out/$split-timeml"
  ./dossier eval --timeml --gold "$out/data/$split/timeml/gold" "$out/$split-timeml"
  echo "== $split: names (CoNLL measures)"
  ./dossier annotate --format conll "$out/data/$split/names.input.conll" -o "$out/$split-names.conll"
  ./dossier eval --conll --gold "$out/data/$split/names.gold.conll" "$out/$split-names.conll"
done
