#!/usr/bin/env python3
"""Prints the words of a word list (TSV, first column) that a segmented corpus (*.seg.txt)
writes as separate words more often than as one word (e.g. "cho biết", "người dân" in
UD_Vietnamese-VTB), so the general lexicon can follow the corpus's segmentation conventions.

Usage: scripts/filter-words-by-corpus.py Lexicons/words.tsv CORPUS.seg.txt [...]"""
import sys, re, unicodedata, collections
lexicon, corpora = sys.argv[1], sys.argv[2:]
joined = collections.Counter(); split = collections.Counter()
words = []
header = True
for line in open(lexicon, encoding="utf-8"):
    if line.startswith("#") or not line.strip(): continue
    if header: header = False; continue
    words.append(line.split("\t")[0].strip())
keys = {" ".join(w.lower().split()) for w in words}
maxlen = max(len(k.split()) for k in keys)
for path in corpora:
    for line in open(path, encoding="utf-8"):
        toks = unicodedata.normalize("NFC", line.lower()).split()
        sylls, starts = [], []
        for t in toks:
            parts = t.split("_")
            for k, p in enumerate(parts):
                sylls.append(p); starts.append(k == 0)
            p = t.replace("_", " ")
            if p in keys: joined[p] += 1
        for i in range(len(sylls)):
            for n in range(2, maxlen + 1):
                if i + n <= len(sylls):
                    s = " ".join(sylls[i:i + n])
                    # Split: a word boundary falls inside the run (runs inside a longer word
                    # are neither).
                    if s in keys and any(starts[i + 1:i + n]): split[s] += 1
for w in words:
    k = " ".join(w.lower().split())
    if split[k] > joined[k]:
        print(f"{w}\t{joined[k]}\t{split[k]}")
