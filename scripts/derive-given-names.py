#!/usr/bin/env python3
"""Derives how often each character is part of a Chinese given name (pipeline/EntityPipeline/Entities/Data/given-name-chars.tsv),
which the tagger's given-name features read (TaggerFeatureOptions.GivenNames), from the person names annotated in the shipped
model's training corpora: MSRA NER, People's Daily 1998 and CLUENER2020 train (never their dev files). A name of two to four
Han characters is a surname (one character, or a compound surname such as 欧阳) and a given name. Per character: the log of
how much more often it is in a given name than in running text, smoothed, in classes (a class, not a score, so that the
model weighs each band): 1 rarer in names than in text by e^2 or more (的, 是, 于), 2 up to that, 3 up to e^1.5 more often in
names (国, 坚, 长), 4 up to e^3 (小, 辛, 菲), 5 more (敏, 莹, 茜). Characters seen fewer than 5 times are not listed: the
features read them as rare, which is evidence of its own (翀, 彧).

    python3 scripts/derive-given-names.py [../shared] > pipeline/EntityPipeline/Entities/Data/given-name-chars.tsv
"""
import json, math, re, sys
from collections import Counter

shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
COMPOUND = {"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "轩辕",
            "端木", "西门", "独孤", "南宫", "万俟"}
names, text = [], Counter()

# MSRA: one character and its BIO tag per line.
current = None
for line in open(f"{shared}/corpora/msra_ner/msra_train.bio", encoding="utf-8"):
    parts = line.split()
    if not parts:
        current = None
        continue
    char, tag = parts[0], parts[-1]
    text[char] += 1
    if tag == "B-PER":
        current = [char]
        names.append(current)
    elif tag == "I-PER" and current is not None:
        current.append(char)
    else:
        current = None
names = ["".join(n) for n in names]

# People's Daily: word/POS tokens; a surname and a given name are consecutive nr tokens (江/nr 泽民/nr).
for line in open(f"{shared}/corpora/peoples_daily_1998_01/199801_train.txt", encoding="utf-8"):
    run = ""
    for token in line.split()[1:] + ["/w"]:
        word, _, pos = token.lstrip("[").rpartition("/")
        pos = pos.split("]")[0]
        text.update(word)
        if pos == "nr":
            run += word
        else:
            if run:
                names.append(run)
            run = ""

# CLUENER: a sequence of pretty-printed JSON objects; persons are the `name` label.
content = open(f"{shared}/corpora/cluener2020/train.json", encoding="utf-8").read()
decoder, position, nonspace = json.JSONDecoder(), 0, re.compile(r"\S")
while match := nonspace.search(content, position):
    record, position = decoder.raw_decode(content, match.start())
    text.update(record["text"])
    names.extend(record["label"].get("name", {}).keys())

given = Counter()
for name in names:
    if 2 <= len(name) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in name):
        given.update(set(name[2:] if name[:2] in COMPOUND else name[1:]))

in_names, in_text = sum(given.values()), sum(text.values())
print("# Han character<TAB>class (1-5) of how often it is part of a Chinese given name against running text; characters seen")
print("# fewer than 5 times are left out (read as rare). Derived by scripts/derive-given-names.py from the person names of the")
print(f"# MSRA NER, People's Daily 1998 and CLUENER2020 train files ({len(names):,} names); see each corpus's README for its terms.")
for char in sorted(c for c in text if "\u4e00" <= c <= "\u9fff" and text[c] + given[c] >= 5):
    odds = math.log(((given[char] + 0.5) / in_names) / ((text[char] + 0.5) / in_text))
    print(f"{char}\t{1 if odds <= -2 else 2 if odds <= 0 else 3 if odds <= 1.5 else 4 if odds <= 3 else 5}")
