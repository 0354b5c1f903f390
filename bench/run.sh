#!/usr/bin/env bash
# The whole-process benchmark suite (docs/PERFORMANCE.md). One command, results on stdout and in $OUT/results.tsv:
#   0. model loading: the CoreNLP pipeline of the default configuration built alone (ModelLoadProbe);
#   1. the example corpus: CoreNLP's default pipeline on one thread (the baseline), a cold and a warm `dossier build`;
#   2. the 295 Wikinews articles (../shared/data/wikinews-2019-2020): the same three runs;
#   3. the scaling series: `dossier build` over 100, 300, 1,000 and 3,000 articles made from the Wikinews texts
#      (bench/…/ScalingCorpus: copies of the originals, so annotations and embeddings come from the cache that step 2
#      filled and the series measures everything but CoreNLP and bge-small, whose cost per article step 2 gives).
# Each run: wall, user+sys CPU and peak RSS (/usr/bin/time), and the build's own stage times (model loading,
# annotate+extract, reconcile) from its progress lines.
#   bench/run.sh                         (SHARED=path/to/shared; OUT=target/bench)
#   STEPS="scaling" SIZES="300 3000" bench/run.sh     # a part only (steps: models example wikinews scaling)
#   PROFILE=1 STEPS=scaling SIZES=3000 bench/run.sh   # also a flight recording of each build, top frames printed
#   BASELINE=0 bench/run.sh                            # without the baseline runs (the ratio then reads an earlier one)
#   BUILD_JAVA_OPTS="-XX:+UseParallelGC" bench/run.sh  # extra JVM options for the dossier builds (not the baseline)
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED:-../shared}"
out="${OUT:-target/bench}"
steps="${STEPS:-models example wikinews scaling}"
sizes="${SIZES:-100 300 1000 3000}"
mkdir -p "$out"
./dossier --version >/dev/null   # builds the project when needed
[ -f bench/target/classes/org/dossier/bench/ScalingCorpus.class ] || ./mvnw -q -B -DskipTests package -pl bench -am
cp="$(ls cli/target/dossier-cli-*.jar):$(cat cli/target/classpath.txt)"
results="$out/results.tsv"
[ -f "$results" ] || printf 'run\twall_s\tcpu_s\tpeak_rss_mib\tmodel_load_s\tannotate_s\treconcile_s\n' >"$results"

# stage times from the progress lines of a build: "<epoch seconds> <stage> <done>/<total>[ (<seconds> s)]"
stamp() { while IFS= read -r line; do printf '%s %s\n' "${EPOCHREALTIME:-$(date +%s.%N)}" "$line"; done; }
stages() {   # log file -> "load annotate reconcile" in seconds ("-" when the stage did not run)
  awk '{ t = $1; stage = ""; for (i = 2; i <= NF && $i !~ /^[0-9]+\/[0-9]+$/; i++) stage = stage (i > 2 ? " " : "") $i;
         if (!(stage in first)) first[stage] = t; last[stage] = t }
       END { load = ("loading NLP models" in first) ? sprintf("%.1f", last["loading NLP models"] - first["loading NLP models"]) : "-";
             ann = ("reconcile" in first && "ingest" in last) ? sprintf("%.1f", first["reconcile"] - last["ingest"]) : "-";
             rec = ("reconcile" in first) ? sprintf("%.1f", last["reconcile"] - first["reconcile"]) : "-";
             print load, ann, rec }' "$1"
}
timed() {   # label, command... : runs it, prints and records wall, CPU, peak RSS and stage times
  local label=$1; shift
  local tf="$out/.time" log="$out/.progress"
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -o "$tf" -f "%e %U %S %M" "$@" 2> >(stamp >"$log")
  else
    local start=$EPOCHREALTIME; "$@" 2> >(stamp >"$log"); echo "$(echo "$EPOCHREALTIME - $start" | bc) 0 0 0" >"$tf"
  fi
  sleep 0.2   # let the progress filter finish
  grep -i "warning\|error" "$log" | cut -d' ' -f2- | head -3 >&2 || true
  read -r wall user sys rss <"$tf"
  read -r load ann rec < <(stages "$log")
  local cpu; cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
  local mib=$((rss / 1024))
  printf '%-58s %8.1f s wall %8s s CPU %6d MiB peak RSS   load %s s, annotate %s s, reconcile %s s\n' \
    "$label" "$wall" "$cpu" "$mib" "$load" "$ann" "$rec"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$wall" "$cpu" "$mib" "$load" "$ann" "$rec" >>"$results"
}
field() { awk -F'\t' -v l="$1" -v c="$2" '$1 == l { v = $c } END { print v }' "$results"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a > 0 && b > 0) printf "%.2f", a / b; else print "-" }'; }
baseline=(java -Xmx6g -cp "$cp" org.dossier.annotate.corenlp.BaselinePipeline)
build() {   # label, corpus folder, cache folder, output folder
  local opts="-Xmx4g $(cat cli/jvm-options.txt) ${BUILD_JAVA_OPTS:-}"   # the JVM options ./dossier gives batch commands
  if [ -n "${PROFILE:-}" ]; then opts="$opts -XX:StartFlightRecording=filename=$4.jfr,settings=profile"; fi
  # shellcheck disable=SC2086
  timed "$1" java $opts -cp "$cp" org.dossier.cli.Main build "$2" --cache "$3" -o "$4"
  if [ -n "${PROFILE:-}" ]; then bench/jfr-top.sh "$4.jfr" 25; fi
}
corpus_run() {   # name, folder of articles: baseline, cold build, warm build, ratio
  local name=$1 dir=$2
  if [ "${BASELINE:-1}" != 0 ]; then timed "$name: baseline (CoreNLP default NER, 1 thread)" "${baseline[@]}" "$dir"/*.txt; fi
  rm -rf "$out/$name-cache"
  build "$name: dossier build, cold" "$dir" "$out/$name-cache" "$out/$name-dossier"
  build "$name: dossier build, warm" "$dir" "$out/$name-cache" "$out/$name-dossier"
  echo "$name: baseline wall / cold build wall = $(ratio "$(field "$name: baseline (CoreNLP default NER, 1 thread)" 2)" \
    "$(field "$name: dossier build, cold" 2)") (the target is at least 2)"
}

echo "== $(date -u +%FT%TZ) on $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ " $steps " == *" models "* ]]; then
  timed "models: CoreNLP pipeline of the default configuration" java -Xmx4g -cp "$cp" org.dossier.annotate.corenlp.ModelLoadProbe
fi
if [[ " $steps " == *" example "* ]]; then
  corpus_run example examples/ishiba-2025
fi
if [[ " $steps " == *" wikinews "* || " $steps " == *" scaling "* ]] && [ ! -d "$out/wikinews" ]; then
  java bench/WikinewsToText.java "$out/wikinews" \
    "$shared/data/wikinews-2019-2020/wikinews_2019.csv" "$shared/data/wikinews-2019-2020/wikinews_2020.csv"
fi
if [[ " $steps " == *" wikinews "* ]]; then
  corpus_run wikinews "$out/wikinews"
fi
if [[ " $steps " == *" scaling "* ]]; then
  # the Wikinews cache answers for every copy; fill it first when step 2 did not run
  [ -d "$out/wikinews-cache" ] || build "wikinews: dossier build, cold" "$out/wikinews" "$out/wikinews-cache" "$out/wikinews-dossier"
  for n in $sizes; do
    rm -rf "$out/scale-$n" && java -cp bench/target/classes org.dossier.bench.ScalingCorpus "$out/wikinews" "$out/scale-$n" "$n" >/dev/null
    build "scaling: $n articles (annotations cached)" "$out/scale-$n" "$out/wikinews-cache" "$out/scale-$n-dossier"
  done
  # per article: the cached build at n, plus annotation and embedding per article from the cold Wikinews build
  cold=$(field "wikinews: dossier build, cold" 3); warm=$(field "wikinews: dossier build, warm" 3)
  if [ -z "$warm" ]; then   # the 300-article build is the 295 texts and 5 copies, all from the cache
    warm=$(awk -v c="$(field "scaling: 300 articles (annotations cached)" 3)" 'BEGIN { if (c > 0) printf "%.1f", c * 295 / 300 }')
  fi
  per_article_nlp=$(awk -v c="$cold" -v w="$warm" 'BEGIN { if (c > 0) printf "%.3f", (c - w) / 295; else print 0 }')
  echo "CoreNLP + bge-small CPU per article (cold minus warm Wikinews build, / 295): $per_article_nlp s"
  for n in $sizes; do
    cpu=$(field "scaling: $n articles (annotations cached)" 3)
    awk -v n="$n" -v c="$cpu" -v a="$per_article_nlp" 'BEGIN { printf "  %5d articles: %.3f s CPU per article cached, %.3f s with annotation\n", n, c / n, c / n + a }'
  done
  c300=$(field "scaling: 300 articles (annotations cached)" 3); c3000=$(field "scaling: 3000 articles (annotations cached)" 3)
  if [ -n "$c300" ] && [ -n "$c3000" ]; then
    awk -v a="$c300" -v b="$c3000" -v p="$per_article_nlp" 'BEGIN {
      printf "per-article CPU at 3,000 / at 300: %.2f cached, %.2f with annotation (the target is at most 1.2)\n",
        (b / 3000) / (a / 300), (b / 3000 + p) / (a / 300 + p) }'
  fi
fi
