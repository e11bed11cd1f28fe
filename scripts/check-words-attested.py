#!/usr/bin/env python3
"""Checks that every word of a word list (TSV, first column the word) is attested as a run of
syllables in at least one of the given corpora (raw text or *.seg.txt; case-insensitive, NFC,
punctuation and '_' read as breaks). Prints the unattested words; exits 1 if there are any.

Usage: scripts/check-words-attested.py Lexicons/words.tsv CORPUS [CORPUS ...]"""
import sys, re, unicodedata
lexicon, corpora = sys.argv[1], sys.argv[2:]
texts = []
for path in corpora:
    t = unicodedata.normalize("NFC", open(path, encoding="utf-8").read().lower()).replace("_", " ")
    # One space-separated stream of syllables; anything that is not a letter breaks runs.
    texts.append(" " + " ".join(re.sub(r"[^\w\s]+|\d+", " | ", t).split()) + " ")
bad = []
header = True
for line in open(lexicon, encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    if header:
        header = False
        continue
    word = line.split("\t")[0]
    needle = " " + " ".join(unicodedata.normalize("NFC", word.lower()).split()) + " "
    if not any(needle in t for t in texts):
        bad.append(word)
for w in bad:
    print(w)
print(f"{len(bad)} unattested", file=sys.stderr)
sys.exit(1 if bad else 0)
