#!/usr/bin/env bash
# Time expressions on the Wikinews TimeML set (eval/data/wikinews-timeml, dev and check splits, TempEval-3 measures),
# through `dossier annotate --format timeml` as the held-back benchmarks are scored: SUTime alone (--timex sutime
# --raw-timex), SUTime + TimexRefiner (--timex sutime), HeidelTime alone (--timex heideltime --raw-timex) and the chosen
# configuration, HeidelTime completed by SUTime + TimexRefiner (the default, --timex combined).
#   bench/timex-eval.sh       (OUT=target/timex-eval by default; CACHE=annotation cache; SPLITS="dev check … check26" by default;
#                              VERBOSE=1 lists each document's misses;
#                              CONFIGS="sutime sutime-refined heideltime combined-refined" by default)
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
for split in ${SPLITS:-dev check check2 check3 check4 check5 check6 check7 check8 check9 check10 check11 check12 check13 check14 check15 check16 check17 check18 check19 check20 check21 check22 check23 check24 check25 check26}; do
  for config in ${CONFIGS:-sutime sutime-refined heideltime combined-refined}; do
    flags=(--timex "${config%-refined}")
    if [ "$config" = "${config%-refined}" ]; then flags+=(--raw-timex); fi
    echo "== $split: $config"
    ./dossier annotate --format timeml "${flags[@]}" "${cache[@]}" "$data/$split/input/"*.tml -o "$out/$split-$config"
    ./dossier eval --timeml "${verbose[@]}" --gold "$data/$split/gold" "$out/$split-$config"
  done
done
