#!/usr/bin/env python3
"""Derives the figures stage's table of county-level cities and their prefectures
(pipeline/EntityPipeline/Figures/Data/county-cities.tsv) from ../shared/gazetteers/china_divisions (WTFPL): every
county-level city (县级市, an area whose name ends in 市) under a prefecture-level city (a city whose name ends in 市), as
news writes both (温岭市 -> 台州市). 全市 after a county-level city named in passing in a report on its prefecture
refers to the prefecture (DivisionReferences). Cities governed by a province directly (仙桃市), cities under an
autonomous prefecture, a league or a region (延吉市 under 延边朝鲜族自治州: 全州, not 全市) and names two prefectures
share are left out.

    python3 scripts/derive-county-cities.py [../shared/gazetteers/china_divisions] > pipeline/EntityPipeline/Figures/Data/county-cities.tsv
"""
import csv, os, sys

folder = sys.argv[1] if len(sys.argv) > 1 else "../shared/gazetteers/china_divisions"

def rows(file):
    with open(os.path.join(folder, file), encoding="utf-8") as f:
        return list(csv.DictReader(f))

cities = {row["code"]: row["name"].strip() for row in rows("cities.csv")}
prefectures = {}
for row in rows("areas.csv"):
    name, city = row["name"].strip(), cities.get(row["cityCode"], "")
    if len(name) < 3 or not name.endswith("市") or not city.endswith("市") or city == "市辖区":
        continue
    prefectures.setdefault(name, set()).add(city)

print("# County-level cities (县级市) and the prefecture-level city each belongs to: name<TAB>prefecture, both as news")
print("# writes them (温岭市 -> 台州市). Derived by scripts/derive-county-cities.py from ../shared/gazetteers/china_divisions:")
print("# the National Bureau of Statistics' division codes as compiled by modood/Administrative-divisions-of-China")
print("# (dist/*.csv at commit 57a0aa9cef47169a2eb74cf057b0245052a34e8c, 2024-11-28), licence WTFPL v2. Cities under an")
print("# autonomous prefecture, league or region, cities governed by a province directly and names two prefectures share")
print("# are left out. Lines starting with # are comments.")
print("name\tprefecture")
for name in sorted(prefectures):
    if len(prefectures[name]) == 1:
        print(f"{name}\t{next(iter(prefectures[name]))}")
