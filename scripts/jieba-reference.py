#!/usr/bin/python3
"""Micro F1 of the reference jieba (Python, Debian's python3-jieba 0.42.1) tagging PER/LOC/ORG by its part-of-speech tags,
as `evaluate --tagger dictionary` does with jieba.NET (nr/nrfg/nrt -> PER, ns -> LOC, nt -> ORG; adjacent person words
merged, since jieba cuts a surname from its given name): a check that the project's baseline is jieba's own.

    apt-get install python3-jieba
    /usr/bin/python3 scripts/jieba-reference.py --msra ../shared/corpora/msra_ner/msra_dev.bio --gold gold/entities-tuning23
"""
import argparse, logging, pathlib
import jieba, jieba.posseg

TYPES = {'nr': 'PER', 'nrfg': 'PER', 'nrt': 'PER', 'ns': 'LOC', 'nt': 'ORG'}

def tag(text):
    spans, at = [], 0
    for word, pos in jieba.posseg.cut(text):
        kind = TYPES.get(pos)
        if kind == 'PER' and spans and spans[-1][2] == 'PER' and spans[-1][1] == at:
            spans[-1] = (spans[-1][0], at + len(word), 'PER')
        elif kind:
            spans.append((at, at + len(word), kind))
        at += len(word)
    return set(spans)

def msra(path):
    """(text, gold spans) of each sentence of an MSRA BIO file."""
    chars, tags = [], []
    for line in list(open(path, encoding='utf-8')) + ['\n']:
        cells = line.split()
        if cells:
            chars.append(cells[0]); tags.append(cells[1] if len(cells) > 1 else 'O'); continue
        if not chars: continue
        spans, start = set(), None
        for i, t in enumerate(tags + ['O']):
            if start is not None and not t.startswith('I-'):
                spans.add((start, i, tags[start][2:])); start = None
            if t.startswith('B-'): start = i
        yield ''.join(chars), spans
        chars, tags = [], []

def gold(folder):
    """(text, gold spans) of each document of a project gold folder (entities.tsv, docs/)."""
    folder = pathlib.Path(folder)
    rows = [line.split('\t') for line in (folder / 'entities.tsv').read_text(encoding='utf-8').splitlines()[1:] if line]
    for doc in sorted((folder / 'docs').iterdir()):
        yield doc.read_text(encoding='utf-8'), {(int(r[1]), int(r[2]), r[3]) for r in rows if r[0] == doc.name}

def score(name, units):
    g = p = c = 0
    for text, spans in units:
        found = tag(text)
        g, p, c = g + len(spans), p + len(found), c + len(spans & found)
    f1 = 2 * c / (g + p) if g + p else 0.0
    print(f'{name}\tgold {g}\tpredicted {p}\tcorrect {c}\tF1 {f1:.4f}')

if __name__ == '__main__':
    jieba.setLogLevel(logging.WARNING)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--msra', action='append', default=[])
    parser.add_argument('--gold', action='append', default=[], help='a gold folder (entities.tsv and docs/)')
    args = parser.parse_args()
    for path in args.msra: score(path, msra(path))
    for folder in args.gold: score(folder, gold(folder))
