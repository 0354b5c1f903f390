#!/usr/bin/env bash
# CPU time of a command's JVM by thread name (annotation and embedding pools, C1 and C2 compilers, GC, main), read from
# /proc every half second while it runs (a thread's last reading counts, so the final half second may be missed).
#   bench/thread-cpu.sh OUTFILE java ... ; cat OUTFILE
out=$1; shift
"$@" & pid=$!
declare -A last
tck=$(getconf CLK_TCK)
while kill -0 $pid 2>/dev/null; do
  jp=$(pgrep -P $pid java || echo $pid)
  for t in /proc/$jp/task/*; do
    [ -r $t/stat ] || continue
    name=$(cat $t/comm 2>/dev/null) || continue
    read -r -a f < <(sed 's/.*) //' $t/stat 2>/dev/null) || continue
    last["${t##*/} $name"]=$(( ${f[11]:-0} + ${f[12]:-0} ))
  done
  sleep 0.5
done
wait $pid
for k in "${!last[@]}"; do echo "${last[$k]} ${k#* }"; done | awk -v tck=$tck '{n=$0; sub(/^[0-9]+ /,"",n); g=n; gsub(/[0-9]+$/,"",g); s[g]+=$1/tck; tot+=$1/tck} END {for (g in s) printf "%8.1f s  %s\n", s[g], g; printf "%8.1f s  total\n", tot}' | sort -rn > "$out"
