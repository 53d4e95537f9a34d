#!/usr/bin/env python3
"""Writes a gold set (an entities-* or figures-* folder: docs/ and entities.tsv or figures.tsv) in traditional characters, to
measure the pipeline on Hong Kong and Taiwan text with golds written in simplified ones. Needs OpenCC's command line
(Debian's `opencc`). Each document is converted whole (OpenCC converts phrase by phrase: 计划 -> 計劃, 发展 -> 發展);
a document whose length changes is left out with its rows, so the gold's offsets hold. A field the document holds
(text, metric, subject, period) takes the converted document's characters at the occurrence nearest the row; any other
field is converted on its own. Units, values, kinds and qualifiers stay as they are (their spellings are the project's).

    python3 scripts/traditional-gold.py gold/figures-modern22 /tmp/trad/modern22 [--config s2hk.json]
    entitypipeline evaluate-figures --gold /tmp/trad/modern22/figures.tsv --docs /tmp/trad/modern22/docs --speed-seconds 0
"""
import argparse
import csv
import os
import subprocess
import sys


CORNER = str.maketrans("“”‘’", "「」『』")


def convert(texts, config):
    """Converts each text with OpenCC, one call for all of them (a text holds no newline)."""
    if not texts:
        return []
    joined = "\n".join(texts) + "\n"
    out = subprocess.run(["opencc", "-c", config], input=joined, capture_output=True, text=True, check=True).stdout
    lines = out.split("\n")[: len(texts)]
    if len(lines) != len(texts):
        sys.exit("opencc returned a different number of lines")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold")
    parser.add_argument("out")
    parser.add_argument("--config", default="s2hk.json", help="OpenCC configuration: s2hk.json (Hong Kong), s2tw.json (Taiwan)")
    parser.add_argument("--corner-quotes", action="store_true", help="write “” and ‘’ as 「」 and 『』, as Hong Kong and Taiwan do")
    args = parser.parse_args()

    table = next(name for name in ("figures.tsv", "entities.tsv") if os.path.exists(os.path.join(args.gold, name)))
    docs_in, docs_out = os.path.join(args.gold, "docs"), os.path.join(args.out, "docs")
    os.makedirs(docs_out, exist_ok=True)

    originals, converted, dropped = {}, {}, []
    for name in sorted(os.listdir(docs_in)):
        with open(os.path.join(docs_in, name), encoding="utf-8-sig", newline="") as f:
            text = f.read()
        # OpenCC reads lines: convert line by line, keeping the line ends exactly.
        lines = text.split("\n")
        trad = "\n".join(convert(lines, args.config)) if text else text
        if args.corner_quotes:
            trad = trad.translate(CORNER)
        if len(trad) != len(text):
            dropped.append(name)
            continue
        originals[name], converted[name] = text, trad
        with open(os.path.join(docs_out, name), "w", encoding="utf-8", newline="") as f:
            f.write(trad)

    with open(os.path.join(args.gold, table), encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t")
        fields, rows = reader.fieldnames, [r for r in reader if r["doc_id"] in converted]
    wordings = [c for c in ("text", "metric", "subject", "period") if c in fields]
    alone = []
    for row in rows:
        text, trad, at = originals[row["doc_id"]], converted[row["doc_id"]], int(row["start"])
        for column in wordings:
            value = row[column]
            if not value:
                continue
            hits = [i for i in range(len(text)) if text.startswith(value, i)]
            if hits:
                i = min(hits, key=lambda h: abs(h - at))
                row[column] = trad[i : i + len(value)]
            else:
                alone.append((row, column))
    for (row, column), value in zip(alone, convert([row[column] for row, column in alone], args.config)):
        row[column] = value.translate(CORNER) if args.corner_quotes else value
    with open(os.path.join(args.out, table), "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(converted)} documents, {len(rows)} rows; left out (length changed): {', '.join(dropped) or 'none'}", file=sys.stderr)


if __name__ == "__main__":
    main()
