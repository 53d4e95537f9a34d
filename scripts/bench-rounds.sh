#!/bin/bash
# Before/after timing of two builds as whole processes, interleaved so that the machine's load touches both alike.
# usage: scripts/bench-rounds.sh ROUNDS FOLDER BUILD_BEFORE BUILD_AFTER [WORKERS]
#   BUILD_* are Release output folders (copies of pipeline/EntityPipeline.Cli/bin/Release/net10.0); BUILD_AFTER must have bench-cut.
#   WORKERS: the worker counts to time, space-separated (default "1 2").
# Each round prints: bare Cut, then before/after for each worker count: wall seconds, CPU seconds (user + system) and
# peak MB. On a shared machine the CPU seconds vary less than the wall seconds.
set -euo pipefail
N=$1; F=$2; B=$3; A=$4; W=${5:-1 2}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
t() {
  local peak
  peak=$(/usr/bin/time -f "%e %U %S" -o "$out/time" "$@" 2>&1 | grep "peak memory" | awk '{print $3}' || true)
  read -r wall user sys < "$out/time"
  echo "$wall s, CPU $(echo "$user + $sys" | bc) s, ${peak:-?} MB"
}
for i in $(seq "$N"); do
  echo "bare Cut: $(t "$A/EntityPipeline.Cli" bench-cut "$F")"
  for w in $W; do
    for b in "$B" "$A"; do rm -rf "$out/tables"; echo "$b, $w worker(s): $(t "$b/EntityPipeline.Cli" run "$F" --out "$out/tables" --workers "$w")"; done
  done
  echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
done
