#!/usr/bin/env bash
# The hottest frames of a flight recording: execution samples counted by their top frame, and by the first frame in
# the project's code (org.dossier), most frequent first.
#   bench/jfr-top.sh FILE.jfr [N]
set -euo pipefail
file=$1; n=${2:-25}
jfr print --events jdk.ExecutionSample "$file" >"$file.txt"
echo "== top frames ($file)"
awk '/stackTrace = \[/ { getline; sub(/^[ \t]+/, ""); sub(/[ \t]+line:.*/, ""); print }' "$file.txt" | sort | uniq -c | sort -rn | head -"$n"
echo "== first project frame"
awk '/stackTrace = \[/ { inside = 1; next } inside && /org\.dossier/ { sub(/^[ \t]+/, ""); sub(/[ \t]+line:.*/, ""); print; inside = 0 }
     /^\]|^}/ { inside = 0 }' "$file.txt" | sort | uniq -c | sort -rn | head -"$n"
rm -f "$file.txt"
