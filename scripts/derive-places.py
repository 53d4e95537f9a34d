#!/usr/bin/env python3
"""Derives the tagger's place gazetteer (pipeline/EntityPipeline/Entities/Data/china-places.tsv) from
../shared/gazetteers/china_divisions (WTFPL): every province, prefecture-level city, county and township with the short
forms news uses (江苏省 -> 江苏, 昆山市 -> 昆山, 花桥镇 -> 花桥). Each line: name<TAB>mask, the mask's bits saying which levels
the name is at (1 province, 2 city, 4 county, 8 township) and whether it is a short form (16).

    python3 scripts/derive-places.py [../shared/gazetteers/china_divisions] > pipeline/EntityPipeline/Entities/Data/china-places.tsv
"""
import csv, os, sys

folder = sys.argv[1] if len(sys.argv) > 1 else "../shared/gazetteers/china_divisions"
PROVINCE, CITY, COUNTY, TOWNSHIP, SHORT = 1, 2, 4, 8, 16
# Longest first: a suffix that leaves at least two characters is cut (内蒙古自治区 -> 内蒙古, 昆山市 -> 昆山); ethnic
# autonomous names keep their place (延边朝鲜族自治州 -> 延边).
SUFFIXES = ["维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "自治州", "自治县", "自治旗", "地区", "街道",
            "林区", "新区", "矿区", "省", "市", "县", "区", "旗", "盟", "镇", "乡"]
ETHNIC = ["蒙古族", "朝鲜族", "藏族", "彝族", "苗族", "土家族", "布依族", "侗族", "瑶族", "白族", "哈尼族", "傣族", "傈僳族",
          "壮族", "回族", "满族", "羌族", "黎族", "畲族", "仡佬族", "水族", "纳西族", "景颇族", "土族", "撒拉族", "达斡尔族",
          "鄂温克族", "鄂伦春族", "哈萨克族", "柯尔克孜族", "塔吉克族", "锡伯族", "蒙古", "各族"]
SKIP = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
names = {}

def add(name, mask):
    if 2 <= len(name) <= 12:
        names[name] = names.get(name, 0) | mask

def short(name):
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            stem = name[: -len(suffix)]
            for ethnic in ETHNIC:  # 延边朝鲜族 -> 延边
                if stem.endswith(ethnic) and len(stem) - len(ethnic) >= 2:
                    stem = stem[: -len(ethnic)]
                    break
            return stem
    return None

for file, level in [("provinces.csv", PROVINCE), ("cities.csv", CITY), ("areas.csv", COUNTY), ("streets.csv", TOWNSHIP)]:
    with open(os.path.join(folder, file), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = row["name"].strip()
            if name in SKIP:
                continue
            add(name, level)
            if (stem := short(name)) is not None:
                add(stem, level | SHORT)

print("# Place names of China for the tagger's place features (TaggerFeatureOptions.Places): name<TAB>mask, the mask's bits")
print("# the levels the name is at (1 province, 2 city, 4 county, 8 township) and 16 for a short form (江苏省 -> 江苏).")
print("# Derived by scripts/derive-places.py from ../shared/gazetteers/china_divisions: the National Bureau of Statistics'")
print("# division codes as compiled by modood/Administrative-divisions-of-China (dist/*.csv at commit")
print("# 57a0aa9cef47169a2eb74cf057b0245052a34e8c, 2024-11-28), licence WTFPL v2. Hong Kong, Macao and Taiwan are not in it.")
for name in sorted(names):
    print(f"{name}\t{names[name]}")
