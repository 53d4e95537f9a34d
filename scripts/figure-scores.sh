#!/usr/bin/env bash
# Figure scores on every figure gold the rules are designed on: the figure dev gold (People's Daily, ../shared), the seed page
# and gold/figures-modern … -modern31, one line each, then their totals: how many figures were found, with false alarms and
# missed ones, and how many have the right unit, kind and qualifier, and metric, subject and period contained (exactly), as
# docs/figures-dev-gold.md counts them. Never lists the session's blind set (CONTRIBUTING, "Blind golds"): add the next one when
# its blind score is on record. Usage: scripts/figure-scores.sh [SHARED] [ERRORS_DIR] (defaults: ../shared, none; with a
# directory, each set's errors go to ERRORS_DIR/NAME.tsv). About two minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
errors=${2:-}
[[ -n $errors ]] && mkdir -p "$errors"
dotnet build pipeline/EntityPipeline.Cli -c Release -v q -nologo >/dev/null
ep() { dotnet pipeline/EntityPipeline.Cli/bin/Release/net10.0/EntityPipeline.Cli.dll "$@"; }
# One line per set: name, then count=right/total for each measure (name=c/t, or name=c/t/exact for the three word fields).
score() {
  local name=$1; shift
  local out
  out=$(ep evaluate-figures --speed-seconds 0 ${errors:+--errors "$errors/$name.tsv"} "$@")
  awk -F'│' -v name="$name" '
    function field(i) { v = $i; gsub(/ /, "", v); return v }
    /detection precision/ { split(field(4), p, "/") }
    /detection recall/    { split(field(4), r, "/") }
    /(unit|kind|qualifier) accuracy/ { m = field(2); sub(/accuracy/, "", m); line = line " " m "=" field(4) }
    /(metric|subject|period) accuracy/ {
      m = field(2); sub(/accuracy/, "", m); x = field(5); sub(/.*\(/, "", x); sub(/\/.*/, "", x)
      line = line " " m "=" field(4) "/" x
    }
    END { printf "%-9s found=%d alarms=%d missed=%d%s\n", name, p[1], p[2] - p[1], r[2] - r[1], line }' <<<"$out"
}
lines=$(
  score dev --gold gold/figures-dev/figures.tsv --shared "$shared"
  score seed --gold "$shared/gold/seed/figures.tsv" --docs "$shared/samples"
  for n in "" 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31; do
    score "modern$n" --gold "gold/figures-modern$n/figures.tsv" --docs "gold/figures-modern$n/docs"
  done
)
echo "$lines"
awk '
  { for (i = 2; i <= NF; i++) { split($i, kv, "="); split(kv[2], c, "/"); right[kv[1]] += c[1]; exact[kv[1]] += c[3]; order[i] = kv[1] } }
  END {
    printf "%-9s found=%d alarms=%d missed=%d", "total", right["found"], right["alarms"], right["missed"]
    for (i = 5; i in order; i++) { k = order[i]; printf " %s=%d", k, right[k]; if (k ~ /metric|subject|period/) printf "/%d", exact[k] }
    printf "\n"
  }' <<<"$lines"
