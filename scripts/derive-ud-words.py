#!/usr/bin/env python3
"""Writes Lexicons/words-ud-vtb.tsv: the multi-syllable words attested in the given segmented
corpora (*.seg.txt, syllables joined by '_'), with their counts. Only words whose syllables are
all letters are kept (no numbers, punctuation or codes). Words are NFC, syllables separated by
one space, lower-cased unless every occurrence is capitalized (names keep their capitals).

Usage: scripts/derive-ud-words.py OUT.tsv CORPUS.seg.txt [CORPUS.seg.txt ...]"""
import sys, unicodedata, collections, datetime
out, corpora = sys.argv[1], sys.argv[2:]
counts = collections.Counter()
forms = collections.defaultdict(collections.Counter)
for path in corpora:
    for line in open(path, encoding="utf-8"):
        for w in line.split():
            # Some UD lines write Đ as the look-alike Ð (U+00D0, eth): use the Vietnamese letter.
            parts = unicodedata.normalize("NFC", w.replace("\u00d0", "\u0110").replace("\u00f0", "\u0111")).split("_")
            if len(parts) < 2 or not all(p.isalpha() for p in parts):
                continue
            key = " ".join(parts).lower()
            counts[key] += 1
            forms[key][" ".join(parts)] += 1
rows = []
for key, c in counts.items():
    # The most frequent written form, lower-cased unless it is always capitalized.
    form = forms[key].most_common(1)[0][0]
    if not all(f[:1].isupper() for f in forms[key]):
        form = key
    rows.append((form, c))
rows.sort(key=lambda r: (r[0].lower(), r[0]))
names = " + ".join(p.split("/")[-1] for p in corpora)
with open(out, "w", encoding="utf-8") as f:
    f.write("# Multi-syllable words attested in the UD_Vietnamese-VTB treebank (" + names + "),\n")
    f.write("# derived by scripts/derive-ud-words.py on " + datetime.date.today().isoformat() + ".\n")
    f.write("# Source: Universal Dependencies UD_Vietnamese-VTB, licence CC BY-SA 4.0; this list is a\n")
    f.write("# derived work under CC BY-SA 4.0.\n")
    f.write("# Columns: word = the word, NFC, syllables separated by one space (lower case unless always\n")
    f.write("# capitalized in the corpus); count = occurrences in the corpora above.\n")
    f.write("word\tcount\n")
    for form, c in rows:
        f.write(f"{form}\t{c}\n")
print(f"{out}: {len(rows)} words")
