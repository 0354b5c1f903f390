#!/usr/bin/env bash
# Search latency of `dossier serve` over the 295 Wikinews articles (one event), through the HTTP API on loopback:
# full-text and semantic queries (query embedding included), one at a time. Needs only a JDK and ../shared.
#   bench/search.sh            (SHARED=path/to/shared to override; OUT=target/bench by default; ROUNDS=3;
#                               SESSION=default|library|N: the BGE session, see SearchBench.java)
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED:-../shared}"
out="${OUT:-target/bench}"
./dossier --version >/dev/null   # builds the project when needed
if [ ! -d "$out/wikinews" ]; then
  java bench/WikinewsToText.java "$out/wikinews" \
    "$shared/data/wikinews-2019-2020/wikinews_2019.csv" "$shared/data/wikinews-2019-2020/wikinews_2020.csv"
fi
cp="$(ls cli/target/dossier-cli-*.jar):$(cat cli/target/classpath.txt)"
# the workspace and its index are kept between runs: remove $out/search-workspace to time the indexing again
java -Xmx2g -cp "$cp" bench/SearchBench.java "$out/wikinews" "$out/search-workspace" "${ROUNDS:-3}" "${SESSION:-default}"
