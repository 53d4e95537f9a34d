#!/usr/bin/env bash
# Micro F1 of a tagger model on every dev set the project reports (issue 19's table): MSRA, People's Daily, CLUENER,
# Weibo and Resume dev, and the seed page, each through run's own pipeline. Usage: scripts/dev-scores.sh [MODEL] [SHARED]
# (defaults: the shipped model, ../shared). Each set's errors go to output/dev-errors-NAME.csv. About 3 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
model=${1:-models/msra-pd.zip}
shared=${2:-../shared}
corpora=$shared/corpora
dotnet build pipeline/EntityPipeline.Cli -c Release -v q -nologo >/dev/null
ep() { dotnet pipeline/EntityPipeline.Cli/bin/Release/net10.0/EntityPipeline.Cli.dll "$@"; }
score() {
  local name=$1; shift
  local f1
  f1=$(ep evaluate --model "$model" "$@" --errors "output/dev-errors-$name.csv" | grep -E '│ micro' | awk -F'│' '{gsub(/ /,"",$8); print $8}')
  printf '%-8s %s\n' "$name" "$f1"
}
score msra --msra "$corpora/msra_ner/msra_dev.bio"
score pd --pku "$corpora/peoples_daily_1998_01/199801_dev.txt"
score cluener --cluener "$corpora/cluener2020/dev.json"
score weibo --weibo "$corpora/weibo_ner/weiboNER_2nd_conll.dev"
score resume --resume "$corpora/resume_ner/dev.char.bmes"
score seed --gold "$shared/gold/seed/entities.tsv" --docs "$shared/samples"
