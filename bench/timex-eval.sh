#!/usr/bin/env bash
# Time expressions on the Wikinews TimeML set (eval/data/wikinews-timeml, dev and check splits, TempEval-3 measures),
# through `dossier annotate --format timeml` as the held-back benchmarks are scored: SUTime alone (--raw-timex) and
# SUTime + TimexRefiner.
#   bench/timex-eval.sh       (OUT=target/timex-eval by default; CACHE=annotation cache; SPLITS="dev check check2" by default;
#                              VERBOSE=1 lists each document's misses)
set -euo pipefail
cd "$(dirname "$0")/.."
data=eval/data/wikinews-timeml
out="${OUT:-target/timex-eval}"
cache=()
if [ -n "${CACHE:-}" ]; then cache=(--cache "$CACHE"); fi
verbose=()
if [ -n "${VERBOSE:-}" ]; then verbose=(-v); fi
./dossier --version >/dev/null   # builds the project when needed
rm -rf "$out" && mkdir -p "$out"
for split in ${SPLITS:-dev check check2}; do
  for config in sutime refined; do
    raw=()
    if [ "$config" = sutime ]; then raw=(--raw-timex); fi
    echo "== $split: $config"
    ./dossier annotate --format timeml "${raw[@]}" "${cache[@]}" "$data/$split/input/"*.tml -o "$out/$split-$config"
    ./dossier eval --timeml "${verbose[@]}" --gold "$data/$split/gold" "$out/$split-$config"
  done
done
