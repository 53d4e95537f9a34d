#!/usr/bin/env bash
# Learning curves of the correction loop, measured as users run it: for each domain and N, the first N sentences of the
# domain's train file become a corrected run (simulate-corrections), the last 1,000 plain articles to rehearse; `train`
# refines the shipped model on them; `evaluate --compare` scores the result against the shipped model on the domain's dev
# file and on MSRA dev (paired bootstrap intervals), and on the corrected sentences themselves (recall of their entities, as
# the model tags them, which is as corrected, and by its weights alone: `evaluate --untaught`).
# Then a second round: the next 200 sentences corrected on the round-1 model's run, both rounds given to `train`, and the
# first round's sentences scored again.
#
# With ORDER=review, the N corrected sentences are those the run's review sheet puts first (least confident first, as the
# README tells users to review), the run covering the whole file before the rehearsal; no second round then (its
# sentences would overlap the first's).
#
# With SLICES (e.g. SLICES="200 400 600 800"), N = 200 is measured again on the slices that skip that many sentences: how
# much the gain depends on which 200 sentences were corrected (Weibo's 200 hold only about 75 entities).
#
#   bash scripts/correction-curves.sh [WORK_FOLDER]     (from the repository root, ../shared beside it; about 10 minutes)
set -euo pipefail
SHARED=${SHARED:-../shared}
WORK=${1:-/tmp/correction-curves}
SIZES=${SIZES:-"50 200 1000"}
SLICES=${SLICES:-}
ORDER=${ORDER:-file}
REHEARSE=${REHEARSE:-1000}
MSRA_DEV=$SHARED/corpora/msra_ner/msra_dev.bio
rm -rf "$WORK" && mkdir -p "$WORK"
dotnet build pipeline/EntityPipeline.Cli -c Release -v q -nologo >/dev/null
EP="dotnet pipeline/EntityPipeline.Cli/bin/Release/net10.0/EntityPipeline.Cli.dll"
SHIPPED=models/msra-pd.zip

# "file: micro F1 A, B B'; difference D, 95% paired interval L to H" (wrapped by the console) -> "B' → A (D [L, H])"
compared() { tr '\n' ' ' | tr -s ' ' | grep -oP "$1: micro F1 \K[0-9.]+, \S+ [0-9.]+; difference \S+, 95% paired interval \S+ to \S+" \
  | sed -E 's/([0-9.]+), \S+ ([0-9.]+); difference (\S+), 95% paired interval (\S+) to (\S+)/\2 → \1 (\3 [\4, \5])/'; }
recall() { grep "│ micro" | awk -F'│' '{gsub(/ /, "", $7); print $7}'; }

refine() { # NAME DATA_FOLDERS(comma) BASE -> seconds
  local name=$1 base=$3 args=()
  IFS=, read -ra folders <<< "$2"
  for f in "${folders[@]}"; do args+=(--corrections "$f/corrections"); done
  local start=$(date +%s.%N)
  $EP train "${args[@]}" --rehearse "${folders[0]}/rehearse" --base-model "$base" --out "$WORK/$name.zip" > "$WORK/$name.train.log" 2>&1
  echo "$(date +%s.%N) - $start" | bc | xargs printf "%.0f"
}

echo "| domain | N (sentences / entities) | refinement | domain dev: shipped → refined (difference [95%]) | MSRA dev: shipped → refined (difference [95%]) | corrected entities recalled (by the weights alone) |"
echo "|---|---|---:|---|---|---:|"
for domain in weibo resume; do
  case $domain in
    weibo) train=$SHARED/corpora/weibo_ner/weiboNER_2nd_conll.train; dev=$SHARED/corpora/weibo_ner/weiboNER_2nd_conll.dev; flag=--weibo ;;
    resume) train=$SHARED/corpora/resume_ner/train.char.bmes; dev=$SHARED/corpora/resume_ner/dev.char.bmes; flag=--resume ;;
  esac
  for run in $SIZES $(for skip in $SLICES; do echo "200+$skip"; done); do
    n=${run%+*} skip=0 label=$run name=$domain-$run
    if [[ $run == *+* ]]; then skip=${run#*+} label="$n (skipping $skip)" name=$domain-$n-skip$skip; fi
    data=$WORK/$name
    if ! summary=$($EP simulate-corrections --corpus "$train" --skip "$skip" --sentences "$n" --rehearse "$REHEARSE" --order "$ORDER" --out "$data" 2>&1 | tr '\n' ' ' | tr -s ' '); then
      echo "| $domain | $label | $summary |"; continue # the review sheet holds fewer sentences than N
    fi
    entities=$(grep -oP '\(\K[0-9,]+(?= entities)' <<< "$summary")
    seconds=$(refine "$name" "$data" $SHIPPED)
    scores=$($EP evaluate --model "$WORK/$name.zip" --compare $SHIPPED $flag "$dev" --msra "$MSRA_DEV" --errors "$WORK/$name.errors.csv" 2>&1)
    taught=$($EP evaluate --model "$WORK/$name.zip" --gold "$data/gold.tsv" --docs "$data/articles" --errors "$WORK/$name.taught.csv" 2>&1 | recall)
    learnt=$($EP evaluate --model "$WORK/$name.zip" --untaught --gold "$data/gold.tsv" --docs "$data/articles" --errors "$WORK/$name.learnt.csv" 2>&1 | recall)
    echo "| $domain | $label / $entities | ${seconds} s | $(compared "$(basename "$dev")" <<< "$scores") | $(compared msra_dev.bio <<< "$scores") | $taught ($learnt) |"
  done
  # Round 2: 200 more sentences, corrected on the round-1 model's own run.
  round1=$WORK/$domain-200
  if [ -d "$round1" ] && [ "$ORDER" = file ]; then
    data=$WORK/$domain-200-round2
    $EP simulate-corrections --corpus "$train" --skip 200 --sentences 200 --model "$WORK/$domain-200.zip" --out "$data" > /dev/null
    cp -r "$round1/rehearse" "$data/rehearse"
    seconds=$(refine "$domain-200-round2" "$data,$round1" "$WORK/$domain-200.zip")
    scores=$($EP evaluate --model "$WORK/$domain-200-round2.zip" --compare $SHIPPED $flag "$dev" --msra "$MSRA_DEV" --errors "$WORK/$domain-r2.errors.csv" 2>&1)
    kept=$($EP evaluate --model "$WORK/$domain-200-round2.zip" --gold "$round1/gold.tsv" --docs "$round1/articles" --errors "$WORK/$domain-r2.taught.csv" 2>&1 | recall)
    learnt=$($EP evaluate --model "$WORK/$domain-200-round2.zip" --untaught --gold "$round1/gold.tsv" --docs "$round1/articles" --errors "$WORK/$domain-r2.learnt.csv" 2>&1 | recall)
    echo "| $domain | round 2: 200 + 200 | ${seconds} s | $(compared "$(basename "$dev")" <<< "$scores") | $(compared msra_dev.bio <<< "$scores") | round 1's: $kept ($learnt) |"
  fi
done
