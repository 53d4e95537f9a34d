#!/usr/bin/env bash
# Micro F1 of a tagger model on every dev set the project reports (issue 19's table): MSRA, People's Daily, CLUENER,
# Weibo dev and train (never trained on), Resume dev, the seed page and the project's own golds of modern news (gold/entities-latin, -modern, -web, -tuning, -tuning2, -tuning3, -tuning4, -tuning5, -tuning6, -tuning7, -tuning8, -tuning9, -tuning10, -tuning11, -tuning12, -tuning13, -tuning14, -tuning15, -tuning16, -tuning17, -tuning18, -tuning19, -tuning20, -tuning21, -tuning22, -tuning23, -tuning24, -tuning25, -tuning26, -tuning27, -tuning28, -tuning29, -tuning30, -tuning31, -tuning32, -tuning33, -tuning34, -tuning35, -tuning36, -tuning37, -tuning38, -tuning39, -train1, -train2, -train3), each through run's own pipeline; since session 52 the shipped
# model trains on all of them but tuning35–39 and train1–3 (models/msra-pd.recipe.json; tuning7–17 since session 33, tuning18–34 since 52), so theirs is fit, not accuracy. Usage: scripts/dev-scores.sh [MODEL] [SHARED]
# [EVALUATE OPTIONS...] (defaults: the shipped model, ../shared; options such as --compare MODEL or --compare-rules-off LIST
# add the paired difference to each line). Each set's errors go to output/dev-errors-NAME.csv. About a minute, twice that
# with a comparison.
set -euo pipefail
cd "$(dirname "$0")/.."
model=${1:-models/msra-pd.zip}
shared=${2:-../shared}
shift $(($# < 2 ? $# : 2))
extra=("$@")
corpora=$shared/corpora
dotnet build pipeline/EntityPipeline.Cli -c Release -v q -nologo >/dev/null
ep() { dotnet pipeline/EntityPipeline.Cli/bin/Release/net10.0/EntityPipeline.Cli.dll "$@"; }
score() {
  local name=$1; shift
  local out f1 diff latin
  out=$(ep evaluate --model "$model" "$@" "${extra[@]}" --errors "output/dev-errors-$name.csv")
  f1=$(grep -E '│ micro' <<<"$out" | awk -F'│' '{gsub(/ /,"",$8); print $8}')
  # The console wraps its lines: a break after "95%" leaves two spaces once joined, so spaces are squeezed.
  joined=$(tr '\n' ' ' <<<"$out" | tr -s ' ')
  difference() { grep -oE "$1 F1 [^;]*; difference [^;]*;? ?95% paired interval [-+0-9.]+ to [-+0-9.]+" <<<"$joined" | grep -oE 'difference .*' || true; }
  diff=$(difference micro)
  # The F1 of the mentions with a Latin letter, where a set has any (a part of micro), and its paired difference.
  latin=$(grep -E '│ latin' <<<"$out" | awk -F'│' -v d="$(difference latin)" '{gsub(/ /,"",$3); gsub(/ /,"",$8); print "(latin " $3 " gold, F1 " $8 (d == "" ? "" : "; " d) ")"}' || true)
  printf '%-8s %s %s %s\n' "$name" "$f1" "$diff" "$latin"
}
score msra --msra "$corpora/msra_ner/msra_dev.bio"
score pd --pku "$corpora/peoples_daily_1998_01/199801_dev.txt"
score cluener --cluener "$corpora/cluener2020/dev.json"
score weibo --weibo "$corpora/weibo_ner/weiboNER_2nd_conll.dev"
score weibo-tr --weibo "$corpora/weibo_ner/weiboNER_2nd_conll.train"   # never trained on; six times dev's entities
score resume --resume "$corpora/resume_ner/dev.char.bmes"
score seed --gold "$shared/gold/seed/entities.tsv" --docs "$shared/samples"
score latin --gold gold/entities-latin/entities.tsv --docs gold/entities-latin/docs
score modern --gold gold/entities-modern/entities.tsv --docs gold/entities-modern/docs
score web --gold gold/entities-web/entities.tsv --docs gold/entities-web/docs
score tuning --gold gold/entities-tuning/entities.tsv --docs gold/entities-tuning/docs   # the set rules are designed on: not held out
score tuning2 --gold gold/entities-tuning2/entities.tsv --docs gold/entities-tuning2/docs # the second set to design on
score tuning3 --gold gold/entities-tuning3/entities.tsv --docs gold/entities-tuning3/docs # the third
score tuning4 --gold gold/entities-tuning4/entities.tsv --docs gold/entities-tuning4/docs # the fourth
score tuning5 --gold gold/entities-tuning5/entities.tsv --docs gold/entities-tuning5/docs # the fifth: social posts and portal news
score tuning6 --gold gold/entities-tuning6/entities.tsv --docs gold/entities-tuning6/docs # the sixth: posts, city news, business
score tuning7 --gold gold/entities-tuning7/entities.tsv --docs gold/entities-tuning7/docs # the seventh: announcements, local, posts, world
score tuning8 --gold gold/entities-tuning8/entities.tsv --docs gold/entities-tuning8/docs # the eighth: sports, courts, science, culture
score tuning9 --gold gold/entities-tuning9/entities.tsv --docs gold/entities-tuning9/docs # the ninth: entertainment, rural, diplomacy, consumer, transport
score tuning10 --gold gold/entities-tuning10/entities.tsv --docs gold/entities-tuning10/docs # the tenth: markets, government, pharma, Greater China, heritage
score tuning11 --gold gold/entities-tuning11/entities.tsv --docs gold/entities-tuning11/docs # the eleventh: disasters, schools, energy, tourism, aerospace
score tuning12 --gold gold/entities-tuning12/entities.tsv --docs gold/entities-tuning12/docs # the twelfth: securities, grassroots, borders, world, infrastructure
score tuning13 --gold gold/entities-tuning13/entities.tsv --docs gold/entities-tuning13/docs # the thirteenth: military, religion, digital economy, health, city services
score tuning14 --gold gold/entities-tuning14/entities.tsv --docs gold/entities-tuning14/docs # the fourteenth (its README lists the registers; blind score on record: 0.8722 at session 29's start, 0.8767 at its end)
score tuning15 --gold gold/entities-tuning15/entities.tsv --docs gold/entities-tuning15/docs # the fifteenth (blind score on record: 0.8474 at session 30's start, 0.8607 at its end)
score tuning16 --gold gold/entities-tuning16/entities.tsv --docs gold/entities-tuning16/docs # the sixteenth (blind score on record: 0.8399 at session 31's start, 0.8459 at its end)
score tuning17 --gold gold/entities-tuning17/entities.tsv --docs gold/entities-tuning17/docs # the seventeenth (blind score on record: 0.8922 at session 32's start, 0.9285 at its end with the tagger trained on the golds above); trained on since session 33
score tuning18 --gold gold/entities-tuning18/entities.tsv --docs gold/entities-tuning18/docs # the eighteenth, trained on since session 52 (blind score on record: 0.8826 at session 33's start, 0.8853 at its end)
score tuning19 --gold gold/entities-tuning19/entities.tsv --docs gold/entities-tuning19/docs # the nineteenth, trained on since session 52 (blind score on record: 0.8854 at session 34's start, 0.8801 at its end; twelve sub-units widened in session 35)
score tuning20 --gold gold/entities-tuning20/entities.tsv --docs gold/entities-tuning20/docs # the twentieth, trained on since session 52 (blind score on record: 0.8909 at session 35's start and end)
score tuning21 --gold gold/entities-tuning21/entities.tsv --docs gold/entities-tuning21/docs # the twenty-first, trained on since session 52 (blind score on record: 0.8448 at session 36's start and end)
score tuning22 --gold gold/entities-tuning22/entities.tsv --docs gold/entities-tuning22/docs # the twenty-second, trained on since session 52 (blind score on record: 0.8850 at session 37's start, 0.8898 at its end)
score tuning23 --gold gold/entities-tuning23/entities.tsv --docs gold/entities-tuning23/docs # the twenty-third, trained on since session 52 (blind score on record: 0.8804 at session 38's start, 0.8839 at its end)
score tuning24 --gold gold/entities-tuning24/entities.tsv --docs gold/entities-tuning24/docs # the twenty-fourth, trained on since session 52 (blind score on record: 0.8356 at session 39's start and end)
score tuning25 --gold gold/entities-tuning25/entities.tsv --docs gold/entities-tuning25/docs # the twenty-fifth, trained on since session 52 (blind score on record: 0.8584 at session 40's start, 0.8604 at its end)
score tuning26 --gold gold/entities-tuning26/entities.tsv --docs gold/entities-tuning26/docs # the twenty-sixth, trained on since session 52 (blind score on record: 0.8433 at session 41's start, 0.8451 at its end)
score tuning27 --gold gold/entities-tuning27/entities.tsv --docs gold/entities-tuning27/docs # the twenty-seventh, trained on since session 52 (blind score on record: 0.8353 at session 42's start, 0.8391 at its end)
score tuning28 --gold gold/entities-tuning28/entities.tsv --docs gold/entities-tuning28/docs # the twenty-eighth, trained on since session 52 (blind score on record: 0.8855 at session 43's start and end)
score tuning29 --gold gold/entities-tuning29/entities.tsv --docs gold/entities-tuning29/docs # the twenty-ninth, trained on since session 52 (blind score on record: 0.8494 at session 44's start and end)
score tuning30 --gold gold/entities-tuning30/entities.tsv --docs gold/entities-tuning30/docs # the thirtieth, trained on since session 52 (blind score on record: 0.8937 at session 45's start, 0.8925 at its end)
score tuning31 --gold gold/entities-tuning31/entities.tsv --docs gold/entities-tuning31/docs # the thirty-first, trained on since session 52 (blind score on record: 0.8966 at session 46's start, 0.8954 at its end)
score tuning32 --gold gold/entities-tuning32/entities.tsv --docs gold/entities-tuning32/docs # the thirty-second, trained on since session 52 (blind score on record: 0.8410 at session 47's start, 0.8384 at its end)
score tuning33 --gold gold/entities-tuning33/entities.tsv --docs gold/entities-tuning33/docs # the thirty-third, trained on since session 52 (blind score on record: 0.8554 at session 48's start and end)
score tuning34 --gold gold/entities-tuning34/entities.tsv --docs gold/entities-tuning34/docs # the thirty-fourth, trained on since session 52 (blind score on record: 0.8852 at session 49's start and end)
score tuning35 --gold gold/entities-tuning35/entities.tsv --docs gold/entities-tuning35/docs # the thirty-fifth, not trained on (blind score on record: 0.8776 at session 50's start and end)
score tuning36 --gold gold/entities-tuning36/entities.tsv --docs gold/entities-tuning36/docs # the thirty-sixth, not trained on (blind score on record: 0.8486 at session 51's start and end)
score tuning37 --gold gold/entities-tuning37/entities.tsv --docs gold/entities-tuning37/docs # the thirty-seventh, not trained on (blind score on record: 0.8420 at session 52's start, 0.8648 at its end with the tagger trained on tuning18–34)
score tuning38 --gold gold/entities-tuning38/entities.tsv --docs gold/entities-tuning38/docs # the thirty-eighth, not trained on (blind score on record: 0.8791 at session 53's start, 0.8797 at its end)
score tuning39 --gold gold/entities-tuning39/entities.tsv --docs gold/entities-tuning39/docs # the thirty-ninth, not trained on (blind score on record: 0.8414 at session 54's start, 0.8432 at its end)
score train1 --gold gold/entities-train1/entities.tsv --docs gold/entities-train1/docs # written to train on, not trained on (it did not pay): hard cases, held out
score train2 --gold gold/entities-train2/entities.tsv --docs gold/entities-train2/docs
score train3 --gold gold/entities-train3/entities.tsv --docs gold/entities-train3/docs
