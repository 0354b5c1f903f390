#!/usr/bin/env bash
# JMH benchmarks of the model-free hot paths (boilerplate removal, figure and date normalization, entity resolution,
# candidate pairs and scorecard matching). Compiled by every build of the project; run only here. Needs ../shared for
# the HTML page. The short configuration below is the default; JMH_OPTS replaces it, further arguments go to JMH:
#   bench/jmh.sh                                  # everything: 1 fork, 2 warm-up + 3 measured iterations of 2 s
#   bench/jmh.sh Scorecard -p sources=300         # a name pattern and a parameter value
#   JMH_OPTS="-f 3 -wi 5 -i 10" bench/jmh.sh      # a longer, steadier run (JMH_OPTS= for JMH's own defaults)
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=bench/target/.bench-built
if [ ! -f bench/target/classpath.txt ] || [ ! -f "$stamp" ] \
   || [ -n "$(find . \( -name target -o -name .git -o -name out \) -prune -o \( -name '*.java' -o -name 'pom.xml' \) -newer "$stamp" -print -quit)" ]; then
  ./mvnw -q -B -DskipTests package -pl bench -am >&2
  touch "$stamp"
fi
# shellcheck disable=SC2086
exec java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.openjdk.jmh.Main \
  ${JMH_OPTS--f 1 -wi 2 -w 2s -i 3 -r 2s} -jvmArgsAppend "-Ddossier.shared=${SHARED:-../shared}" "$@"
