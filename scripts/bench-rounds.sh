#!/bin/bash
# Before/after timing of two builds as whole processes, interleaved so that the machine's load touches both alike.
# usage: scripts/bench-rounds.sh ROUNDS FOLDER BUILD_BEFORE BUILD_AFTER
#   BUILD_* are Release output folders (copies of pipeline/EntityPipeline.Cli/bin/Release/net10.0); BUILD_AFTER must have bench-cut.
# Each round prints: bare Cut, then before/after with 1 worker, then before/after with 2 workers: seconds and peak MB.
set -euo pipefail
N=$1; F=$2; B=$3; A=$4
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
t() { local s e peak; s=$(date +%s.%N); peak=$("$@" 2>&1 | grep "peak memory" | awk '{print $3}'); e=$(date +%s.%N); echo "$(echo "$e - $s" | bc) s $peak MB"; }
for i in $(seq "$N"); do
  echo "bare Cut $(t "$A/EntityPipeline.Cli" bench-cut "$F")"
  for w in 1 2; do
    for b in "$B" "$A"; do rm -rf "$out/tables"; echo "$b, $w worker(s): $(t "$b/EntityPipeline.Cli" run "$F" --out "$out/tables" --workers "$w")"; done
  done
  echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
done
