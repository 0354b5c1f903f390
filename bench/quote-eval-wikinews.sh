#!/usr/bin/env bash
# Quote detection and speaker attribution on the Wikinews quote set (eval/data/wikinews-quotes: 16 political articles,
# dev and check halves, gold annotated before any tool ran on them), ours against CoreNLP's quote annotator.
#   bench/quote-eval-wikinews.sh [dev|dev2|dev3|dev4|check|check2|check3|both|all]   (default both = dev check; all adds dev2, dev3, dev4, check2, check3; OUT=target/quote-eval-wikinews; CORENLP=0 skips CoreNLP)
set -euo pipefail
cd "$(dirname "$0")/.."
set_dir=eval/data/wikinews-quotes
out="${OUT:-target/quote-eval-wikinews}"
parts="${1:-both}"
[ "$parts" = all ] && parts="dev dev2 dev3 dev4 check check2 check3"
[ "$parts" = both ] && parts="dev check"
./dossier --version >/dev/null   # builds the project when needed
mkdir -p "$out"
for part in $parts; do
  gold="$set_dir/$part.gold.json"
  texts=()
  for id in $(jq -r '.docs[]' "$gold"); do texts+=("$set_dir/texts/$id.txt"); done
  echo "== $part: ours (dossier annotate --format jsonl)"
  /usr/bin/time -f "%e s wall, %U s user" ./dossier annotate --format jsonl --cache "$out/cache" "${texts[@]}" > "$out/$part-ours.jsonl"
  ./dossier eval --quotes --gold "$gold" "$out/$part-ours.jsonl"
  if [ "${CORENLP:-1}" != 0 ]; then
    echo "== $part: CoreNLP's quote annotator (dossier annotate --format jsonl --quotes corenlp)"
    /usr/bin/time -f "%e s wall, %U s user" ./dossier annotate --format jsonl --quotes corenlp --cache "$out/cache" "${texts[@]}" > "$out/$part-corenlp.jsonl"
    ./dossier eval --quotes --gold "$gold" "$out/$part-corenlp.jsonl"
  fi
done
