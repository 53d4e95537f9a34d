"""Checks one of the project's entity golds (entities.tsv against docs/) and prints its counts.

    python3 gold/check_entities.py gold/entities-latin      (or -modern, -web, -tuning)

Fails (exit 1) when a row's text is not the document's text at its offsets, rows are unsorted or overlap,
a type is not PER/ORG/LOC, a document is missing or is not one line ending in a newline (UTF-8, no BOM,
BMP only, so that Python's offsets are .NET's), or an annotated string occurs again in the same document
outside every span without being listed in the gold's unannotated.tsv (doc_id, text: occurrences left out
on purpose, as its README's decisions say; the guidelines' "every occurrence" rule).
"""
import collections, pathlib, re, sys

HERE = pathlib.Path(sys.argv[1]) if len(sys.argv) == 2 else sys.exit(__doc__)
TYPES = ('PER', 'ORG', 'LOC')
LATIN = re.compile('[A-Za-z\u00c0-\u024f]')
LEFT_OUT = HERE / 'unannotated.tsv'
UNANNOTATED = {tuple(line.split('\t')) for line in LEFT_OUT.read_text(encoding='utf-8').splitlines()[1:] if line} if LEFT_OUT.exists() else set()

errors = []
docs = {p.name: p.read_text(encoding='utf-8') for p in sorted((HERE / 'docs').glob('*.txt'))}
for name, t in docs.items():
    if t.startswith('\ufeff') or t.count('\n') != 1 or not t.endswith('\n'):
        errors.append(f'{name}: not one line ending in a newline, without BOM')
    if any(ord(c) > 0xffff for c in t):
        errors.append(f'{name}: character outside the BMP')
lines = (HERE / 'entities.tsv').read_text(encoding='utf-8').split('\n')
if lines[0] != 'doc_id\tstart\tend\ttype\ttext':
    errors.append('bad header')
rows = []
for n, line in enumerate(lines[1:], 2):
    if not line:
        continue
    cells = line.split('\t')
    if len(cells) != 5:
        errors.append(f'line {n}: {len(cells)} columns'); continue
    doc, start, end, typ, text = cells[0], int(cells[1]), int(cells[2]), cells[3], cells[4]
    if doc not in docs:
        errors.append(f'line {n}: no document {doc}'); continue
    if typ not in TYPES:
        errors.append(f'line {n}: type {typ}')
    if not 0 <= start < end <= len(docs[doc]) or docs[doc][start:end] != text:
        errors.append(f'line {n}: {doc}[{start}:{end}] is {docs[doc][start:end]!r}, not {text!r}')
    if text != text.strip():
        errors.append(f'line {n}: span has outer spaces')
    rows.append((doc, start, end, typ, text, n))

for a, b in zip(rows, rows[1:]):
    if (b[0], b[1]) < (a[0], a[1]):
        errors.append(f'line {b[5]}: not sorted by doc then start')
    elif a[0] == b[0] and b[1] < a[2]:
        errors.append(f'line {b[5]}: overlaps line {a[5]}')

by_doc = collections.defaultdict(list)
for r in rows:
    by_doc[r[0]].append(r)
for doc, rs in by_doc.items():
    covered = [(r[1], r[2]) for r in rs]
    for text in {r[4] for r in rs}:
        for m in re.finditer(re.escape(text), docs[doc]):
            inside = any(s <= m.start() and m.end() <= e for s, e in covered)
            if not inside and (doc, text) not in UNANNOTATED:
                errors.append(f'{doc}: {text!r} at {m.start()} is not annotated')
for doc in docs:
    if doc not in by_doc:
        errors.append(f'{doc}: no rows')

if errors:
    print('\n'.join(errors))
    sys.exit(1)
count = collections.Counter(r[3] for r in rows)
latin = collections.Counter(r[3] for r in rows if LATIN.search(r[4]))
print(f'OK: {len(rows)} mentions in {len(docs)} documents ({sum(len(t) for t in docs.values())} characters)')
print('type  mentions  with Latin letters')
for t in TYPES:
    print(f'{t:5} {count[t]:8}  {latin[t]:8}')
print(f'all   {len(rows):8}  {sum(latin.values()):8}')
