#!/usr/bin/env python3
"""Derives the traditional-to-simplified character table (pipeline/EntityPipeline/Text/Data/traditional-simplified.tsv) that
CharFold reads, from OpenCC's TSCharacters.txt, with Hong Kong's and Taiwan's variants (HKVariants.txt, TWVariants.txt; Apache License 2.0). Only characters of the Basic Multilingual Plane that
OpenCC never keeps as themselves in simplified text: 陳 -> 陈 and 灣 -> 湾 are kept, 乾 (乾隆) and 徵 are left out, since
simplified text writes them too. 於 and 釐 are kept all the same (於 -> 于, 釐 -> 厘): the simplified corpora hardly write them
(MSRA, People's Daily and CLUENER train: none; 於 a rare surname), and a traditional text writes them on every page (位於,
不低於, 釐米). A character whose simplified form is itself a traditional one (薴 -> 苧 -> 苎) goes to the end of the chain, so the
table read twice gives what it gives once.

    npm pack opencc@1.4.2 && tar xzf opencc-1.4.2.tgz
    python3 scripts/derive-traditional.py package/data/dictionary > pipeline/EntityPipeline/Text/Data/traditional-simplified.tsv
"""
import sys

folder = sys.argv[1]
ALSO = {"於", "釐"}


def entries(name):
    """(key, values) of one OpenCC dictionary file."""
    for line in open(f"{folder}/{name}", encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        key, values = line.rstrip("\n").split("\t")
        yield key, values.split(" ")


print("# Traditional Chinese character<TAB>simplified character, one to one, for CharFold (features, segmentation, the normalized")
print("# column). Derived by scripts/derive-traditional.py from OpenCC 1.4.2 (npm package opencc, data/dictionary/TSCharacters.txt,")
print("# HKVariants.txt, TWVariants.txt; https://github.com/BYVoid/OpenCC), licensed under the Apache License 2.0")
print("# (https://www.apache.org/licenses/LICENSE-2.0); characters OpenCC may keep unchanged (乾, 徵) are left out, but for 於 and 釐")
print("# (see the script).")
ts = dict(entries("TSCharacters.txt"))
simplified = {key for key, _ in entries("STCharacters.txt")} | {v for values in ts.values() for v in values}
table = {}
for key, values in ts.items():
    target = values[0]
    if len(key) != 1 or len(target) != 1 or key in values and key not in ALSO or ord(key) > 0xFFFF or ord(target) > 0xFFFF:
        continue
    table[key] = target
# Hong Kong's and Taiwan's own forms of a traditional character (衞 for 衛, 敍 for 敘, 枱 for 檯), where the form is no character
# simplified text writes and the table holds no word on it; 著 (Taiwan's 着) stays, as simplified text writes it (著名, 显著).
for name in ("HKVariants.txt", "TWVariants.txt"):
    for key, values in entries(name):
        for variant in values:
            target = table.get(key, key)
            if variant != target and variant != "著" and variant not in ts and variant not in table and variant not in simplified and len(variant) == 1 and ord(variant) <= 0xFFFF:
                table[variant] = target
for key, target in table.items():
    while target in table:
        target = table[target]
    print(f"{key}\t{target}")
