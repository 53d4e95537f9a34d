#!/usr/bin/env /usr/bin/python3
"""Derives distributional word clusters (pipeline/EntityPipeline/Entities/Data/word-clusters.tsv), which the tagger's
cluster features read (TaggerFeatureOptions.Clusters), from the unlabelled text of the shipped model's training corpora:
MSRA NER, People's Daily 1998 and CLUENER2020 train (never their dev files, nor Weibo, Resume or any gold). Their tags are
dropped; each sentence is folded as the tagger folds it (full-width ASCII to ASCII, traditional characters to simplified:
pipeline/EntityPipeline/Text/Data/traditional-simplified.tsv) and cut by jieba's precise cut with its HMM, as the tagger's
words are (jieba.NET's default dictionary is python jieba's, and the project adds no user words). Word vectors are trained
by word2vec (skip-gram, 100 dimensions, window 5, words seen 3 times or more, seed 0, one worker, so that the same corpora
give the same file) and clustered by k-means (cosine: unit vectors) at three granularities, 64, 256 and 1024 clusters
(Turian et al. 2010; Ratinov & Roth 2009). Each line is word<TAB>id64,id256,id1024; no sentence is kept.

Needs Debian's python3-gensim, python3-sklearn and python3-jieba (apt-get install), hence /usr/bin/python3:

    /usr/bin/python3 scripts/derive-word-clusters.py [../shared] > pipeline/EntityPipeline/Entities/Data/word-clusters.tsv
"""
import json, os, re, sys

if os.environ.get("PYTHONHASHSEED") != "0":  # gensim seeds each word's initial vector with Python's string hash
    os.execve(sys.executable, [sys.executable] + sys.argv, {**os.environ, "PYTHONHASHSEED": "0"})

import jieba, numpy as np
from gensim.models import Word2Vec
from sklearn.cluster import KMeans

shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
GRANULARITIES = (64, 256, 1024)
here = os.path.dirname(os.path.abspath(__file__))

# CharFold: full-width ASCII to ASCII, the ideographic space to a space, traditional to simplified.
fold = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
fold[0x3000] = 0x20
for line in open(os.path.join(here, "../pipeline/EntityPipeline/Text/Data/traditional-simplified.tsv"), encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        traditional, simplified = line.rstrip("\n").split("\t")
        fold[ord(traditional)] = ord(simplified)

sentences = []

# MSRA: one character and its BIO tag per line, a blank line between sentences.
chars = []
for line in open(f"{shared}/corpora/msra_ner/msra_train.bio", encoding="utf-8"):
    parts = line.split()
    if parts:
        chars.append(parts[0])
    elif chars:
        sentences.append("".join(chars))
        chars = []
if chars:
    sentences.append("".join(chars))

# People's Daily: an id, then word/POS tokens ([中共/j 中央/n]nt brackets a compound).
for line in open(f"{shared}/corpora/peoples_daily_1998_01/199801_train.txt", encoding="utf-8"):
    words = [token.lstrip("[").rpartition("/")[0] for token in line.split()[1:]]
    if words:
        sentences.append("".join(words))

# CLUENER: a sequence of pretty-printed JSON objects.
content = open(f"{shared}/corpora/cluener2020/train.json", encoding="utf-8").read()
decoder, position, nonspace = json.JSONDecoder(), 0, re.compile(r"\S")
while match := nonspace.search(content, position):
    record, position = decoder.raw_decode(content, match.start())
    sentences.append(record["text"])

# jieba.NET cuts runs of these characters with the dictionary (it adds the middle dot to python jieba's set).
jieba.re_han_default = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%·\\-]+)", re.U)
jieba.setLogLevel(60)
corpus = [[w for w in jieba.cut(s.translate(fold), HMM=True) if w.strip()] for s in sentences]
print(f"{len(corpus):,} sentences, {sum(map(len, corpus)):,} words", file=sys.stderr)

model = Word2Vec(corpus, vector_size=100, window=5, min_count=3, sg=1, negative=5, epochs=5, seed=0, workers=1)
words = model.wv.index_to_key
vectors = model.wv.vectors / np.linalg.norm(model.wv.vectors, axis=1, keepdims=True)
ids = [KMeans(n_clusters=k, n_init=1, max_iter=100, random_state=0).fit_predict(vectors) for k in GRANULARITIES]
print(f"{len(words):,} words clustered", file=sys.stderr)

print("# word<TAB>cluster ids at 64, 256 and 1024 clusters (comma-separated): k-means clusters of skip-gram word2vec vectors of jieba's")
print("# words, for the tagger's cluster features (TaggerFeatureOptions.Clusters). Derived by scripts/derive-word-clusters.py from the")
print(f"# unlabelled text of the MSRA NER, People's Daily 1998 and CLUENER2020 train files ({len(corpus):,} sentences; words seen 3 times or")
print("# more); no sentence is kept. See each corpus's README for its terms (research data, no licence stated).")
for i in sorted(range(len(words)), key=lambda i: words[i]):
    if not words[i].startswith("#"):  # the reader would take it for a comment
        print(f"{words[i]}\t{','.join(str(c[i]) for c in ids)}")
