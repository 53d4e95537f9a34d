#!/usr/bin/env python3
"""Derives the traditional-to-simplified character table (pipeline/EntityPipeline/Text/Data/traditional-simplified.tsv) that
CharFold reads, from OpenCC's TSCharacters.txt (Apache License 2.0). Only characters of the Basic Multilingual Plane that
OpenCC never keeps as themselves in simplified text: 陳 -> 陈 and 灣 -> 湾 are kept, 乾 (乾隆), 於 (a surname) and 徵 are left
out, since simplified text writes them too.

    npm pack opencc@1.4.2 && tar xzf opencc-1.4.2.tgz
    python3 scripts/derive-traditional.py package/data/dictionary/TSCharacters.txt > pipeline/EntityPipeline/Text/Data/traditional-simplified.tsv
"""
import sys

source = sys.argv[1]
print("# Traditional Chinese character<TAB>simplified character, one to one, for CharFold (features, segmentation, the normalized")
print("# column). Derived by scripts/derive-traditional.py from OpenCC 1.4.2 (npm package opencc, data/dictionary/TSCharacters.txt,")
print("# https://github.com/BYVoid/OpenCC), licensed under the Apache License 2.0 (https://www.apache.org/licenses/LICENSE-2.0);")
print("# characters OpenCC may keep unchanged (乾, 於, 徵) are left out.")
for line in open(source, encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    key, values = line.rstrip("\n").split("\t")
    values = values.split(" ")
    target = values[0]
    if len(key) != 1 or len(target) != 1 or key in values or ord(key) > 0xFFFF or ord(target) > 0xFFFF:
        continue
    print(f"{key}\t{target}")
