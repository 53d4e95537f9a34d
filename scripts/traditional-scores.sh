#!/usr/bin/env bash
# What text in traditional characters (Hong Kong, Taiwan) scores beside the same text in simplified ones: the project's design
# golds that no model trains on (entities tuning18–30 and train1–3; figures modern … modern22), each written in traditional
# characters by scripts/traditional-gold.py (OpenCC, Debian's `opencc`), each scored both ways. One line per set, then the
# sums. Usage: scripts/traditional-scores.sh WORK [CONFIG] (CONFIG: s2hk.json, the default, or s2tw.json); EP_DLL=path
# scores another build's EntityPipeline.Cli.dll. About 3 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:?usage: scripts/traditional-scores.sh WORK [CONFIG]}
config=${2:-s2hk.json}
command -v opencc >/dev/null || { echo "needs OpenCC's command line: apt-get install opencc" >&2; exit 1; }
if [[ -z "${EP_DLL:-}" ]]; then
  dotnet build pipeline/EntityPipeline.Cli -c Release -v q -nologo >/dev/null
  EP_DLL=pipeline/EntityPipeline.Cli/bin/Release/net10.0/EntityPipeline.Cli.dll
fi
EP_DLL=$(realpath "$EP_DLL")
mkdir -p "$work"
work=$(realpath "$work")
here=$PWD

# gold, predicted and correct of the micro row, then F1
entities() {
  (cd "$work" && dotnet "$EP_DLL" evaluate --gold "$1/entities.tsv" --docs "$1/docs" --errors "$work/errors.csv") |
    grep -E '│ micro' | awk -F'│' '{gsub(/ /,""); print $3, $4, $5, $8}'
}
# figures found (of the gold's), then how many of them have the gold's unit, qualifier, metric, subject and period (containment)
figures() {
  dotnet "$EP_DLL" evaluate-figures --gold "$1/figures.tsv" --docs "$1/docs" --speed-seconds 0 |
    awk -F'│' '/detection recall|unit accuracy|qualifier accuracy|metric accuracy|subject accuracy|period accuracy/ {gsub(/ /,"",$4); split($4, c, "/"); printf "%s ", c[1]} END {print ""}'
}

echo "entities (micro F1): set, simplified, traditional ($config)"
totals=(0 0 0 0 0 0)
for n in tuning18 tuning19 tuning20 tuning21 tuning22 tuning23 tuning24 tuning25 tuning26 tuning27 tuning28 tuning29 tuning30 train1 train2 train3; do
  python3 scripts/traditional-gold.py "gold/entities-$n" "$work/entities-$n" --config "$config" 2>/dev/null
  read -r g1 p1 c1 f1 < <(entities "$here/gold/entities-$n")
  read -r g2 p2 c2 f2 < <(entities "$work/entities-$n")
  printf '%-9s %s %s\n' "$n" "$f1" "$f2"
  totals=($((totals[0] + g1)) $((totals[1] + p1)) $((totals[2] + c1)) $((totals[3] + g2)) $((totals[4] + p2)) $((totals[5] + c2)))
done
awk -v t="${totals[*]}" 'BEGIN { split(t, a, " "); printf "%-9s %.4f %.4f\n", "all", 2 * a[3] / (a[1] + a[2]), 2 * a[6] / (a[4] + a[5]) }'

echo "figures (found, then right unit, qualifier, metric, subject, period): set, simplified / traditional"
sums=(0 0 0 0 0 0 0 0 0 0 0 0)
for n in modern modern2 modern3 modern4 modern5 modern6 modern7 modern8 modern9 modern10 modern11 modern12 modern13 modern14 modern15 modern16 modern17 modern18 modern19 modern20 modern21 modern22; do
  python3 scripts/traditional-gold.py "gold/figures-$n" "$work/figures-$n" --config "$config" 2>/dev/null
  read -r -a a < <(figures "gold/figures-$n")
  read -r -a b < <(figures "$work/figures-$n")
  printf '%-9s %s / %s\n' "$n" "${a[*]}" "${b[*]}"
  for i in 0 1 2 3 4 5; do sums[i]=$((sums[i] + a[i])); sums[i + 6]=$((sums[i + 6] + b[i])); done
done
printf '%-9s %s / %s\n' all "${sums[*]:0:6}" "${sums[*]:6:6}"
