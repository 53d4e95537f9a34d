"""Re-verify a figures gold over its own documents (gold/figures-modern, gold/figures-modern2): offsets, kinds,
qualifiers, values and file format.

Run from any directory: python3 gold/check_figures.py gold/figures-modern
Exits non-zero and lists every problem found.
"""
import csv, os, re, sys

if len(sys.argv) != 2:
    sys.exit('usage: python3 gold/check_figures.py GOLD_FOLDER')
HERE = os.path.abspath(sys.argv[1])
KINDS = {'PERCENT', 'MONEY', 'LENGTH', 'AREA', 'WEIGHT', 'QUANTITY', 'COUNT',
         'DURATION', 'RATE', 'RATIO', 'ORDINAL', 'DATE'}
QUALIFIERS = {'exact', 'approx', 'over', 'under', 'target'}
COLUMNS = ['doc_id', 'start', 'end', 'kind', 'text', 'value', 'value_max', 'unit',
           'qualifier', 'metric', 'subject', 'period']
NUMBER = re.compile(r'^-?\d+(\.\d+)?$')
# EDTF as F3/F9 use it: YYYY, YYYY-MM, YYYY-MM-DD with X for unknown digits,
# weekdays XXXX-WXX-D, clock times THH:MM, and intervals of these joined by '/'.
DAY = r'(\d{4}|XXXX)(-(\d\d|XX)(-(\d\d|XX))?)?'
POINT = rf'({DAY}|XXXX-WXX-[1-7]|T\d\d:\d\d)'
EDTF = re.compile(rf'^{POINT}(/{POINT})?$')

problems = []
def bad(msg):
    problems.append(msg)

texts = {}
for name in sorted(os.listdir(os.path.join(HERE, 'docs'))):
    raw = open(os.path.join(HERE, 'docs', name), 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        bad(f'{name}: starts with a BOM')
    if b'\r' in raw:
        bad(f'{name}: has a CR line end')
    texts[name] = raw.decode('utf-8')

with open(os.path.join(HERE, 'figures.tsv'), encoding='utf-8', newline='') as f:
    header = f.readline().rstrip('\n').split('\t')
    if header != COLUMNS:
        bad(f'header is {header}, expected {COLUMNS}')
    rows = []
    for n, line in enumerate(f, start=2):
        fields = line.rstrip('\n').split('\t')
        if len(fields) != len(COLUMNS):
            bad(f'line {n}: {len(fields)} fields')
            continue
        if '"' in line:
            bad(f'line {n}: ASCII quote')
        rows.append((n, dict(zip(COLUMNS, fields))))

last = {}
for n, r in rows:
    doc = r['doc_id']
    if doc not in texts:
        bad(f'line {n}: unknown document {doc}')
        continue
    s, e = int(r['start']), int(r['end'])
    if texts[doc][s:e] != r['text']:
        bad(f'line {n}: text[{s}:{e}] is {texts[doc][s:e]!r}, row says {r["text"]!r}')
    if s < last.get(doc, 0):
        bad(f'line {n}: not sorted by start, or overlaps the previous row')
    last[doc] = e
    if r['kind'] not in KINDS:
        bad(f'line {n}: kind {r["kind"]}')
    if r['qualifier'] not in QUALIFIERS:
        bad(f'line {n}: qualifier {r["qualifier"]}')
    if r['kind'] == 'DATE':
        if not EDTF.match(r['value']):
            bad(f'line {n}: DATE value {r["value"]} is not EDTF')
        if r['unit'] or r['value_max'] or r['metric'] or r['subject'] or r['period']:
            bad(f'line {n}: DATE rows have no unit, value_max, metric, subject or period')
    else:
        if not NUMBER.match(r['value']):
            bad(f'line {n}: value {r["value"]} is not a plain decimal')
        if r['value_max']:
            if not NUMBER.match(r['value_max']) or float(r['value_max']) <= float(r['value']):
                bad(f'line {n}: value_max {r["value_max"]} is not above value {r["value"]}')

print(f'{len(rows)} rows in {len(texts)} documents; {len(problems)} problems')
for p in problems:
    print('  ' + p)
sys.exit(1 if problems else 0)
