#!/usr/bin/env bash
# The whole-process benchmark: a cold and a warm `dossier build` over the 295 Wikinews articles, against CoreNLP's
# default NER pipeline on one thread over the same text. Needs only a JDK and ../shared. Results go to stdout.
#   bench/run.sh            (SHARED=path/to/shared to override; OUT=target/bench by default)
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED:-../shared}"
out="${OUT:-target/bench}"
./dossier --version >/dev/null   # builds the project when needed
rm -rf "$out/wikinews" && java bench/WikinewsToText.java "$out/wikinews" \
  "$shared/data/wikinews-2019-2020/wikinews_2019.csv" "$shared/data/wikinews-2019-2020/wikinews_2020.csv"
cp="$(ls cli/target/dossier-cli-*.jar):$(cat cli/target/classpath.txt)"
timed() {   # label, command...
  local label=$1; shift
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "$label: %e s wall, %U s user, %S s sys, %M KB peak RSS" "$@"
  else
    local start=$SECONDS; "$@"; echo "$label: $((SECONDS - start)) s wall"
  fi
}
timed "baseline (CoreNLP tokenize,ssplit,pos,lemma,ner, 1 thread)" \
  java -Xmx6g -cp "$cp" org.dossier.annotate.corenlp.BaselinePipeline "$out"/wikinews/*.txt
rm -rf "$out/cache"
timed "dossier build, cold" ./dossier build "$out/wikinews" --cache "$out/cache" -o "$out/dossier" -q
timed "dossier build, warm" ./dossier build "$out/wikinews" --cache "$out/cache" -o "$out/dossier" -q
