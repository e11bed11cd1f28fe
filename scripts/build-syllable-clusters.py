#!/usr/bin/env python3
"""Writes syllable clusters for the word segmenter's cluster features (Models/syllable-clusters.tsv).

Distributional clustering of Vietnamese syllables over raw text (the project uses its Vietnamese
Wikipedia sample): every syllable seen at least MIN_COUNT times gets a vector of positive PMI
with its left and right neighbours (the most frequent CONTEXT syllables, plus a "no syllable"
context for punctuation, numbers and line edges), reduced by SVD to DIMS dimensions and
length-normalized; k-means (k-means++ start, fixed seed, so the output is reproducible) then
groups the syllables into K clusters for each K given.

Syllables are NFC, lower case, with the tone mark placed as the first variant seen most often
(variants that differ only in tone-mark placement are counted together).

Usage: scripts/build-syllable-clusters.py CORPUS.txt OUT.tsv [--min-count 3] [--context 1000]
       [--dims 60] [--k 32,64,128,256] [--seed 1]
Needs numpy."""
import sys, re, unicodedata, collections, argparse, datetime
import numpy as np

ap = argparse.ArgumentParser()
ap.add_argument("corpus")
ap.add_argument("out")
ap.add_argument("--min-count", type=int, default=3)
ap.add_argument("--context", type=int, default=1000)
ap.add_argument("--dims", type=int, default=60)
ap.add_argument("--k", default="32,64,128,256")
ap.add_argument("--seed", type=int, default=1)
ap.add_argument("--iterations", type=int, default=25)
args = ap.parse_args()

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
word_re = re.compile(r"[^\W\d_]+")


def fold(s):
    """A key that ignores tone-mark placement: NFD with the tone mark moved to the end."""
    d = unicodedata.normalize("NFD", s)
    tones = [c for c in d if c in TONES]
    return "".join(c for c in d if c not in TONES) + "".join(tones)


# Pass 1: tokens per line; a non-syllable between two syllables breaks the pair.
BOUND = None
uni = collections.Counter()
forms = collections.defaultdict(collections.Counter)
lines = []
for raw in open(args.corpus, encoding="utf-8"):
    line = unicodedata.normalize("NFC", raw.strip()).lower()
    seq = []
    for tok in line.split():
        parts = word_re.fullmatch(tok)
        if parts:
            k = fold(tok)
            uni[k] += 1
            forms[k][tok] += 1
            seq.append(k)
        else:
            # Punctuation attached to a syllable: keep the letters, mark the break.
            m = word_re.findall(tok)
            if len(m) == 1:
                lead = tok[: tok.find(m[0])]
                trail = tok[tok.find(m[0]) + len(m[0]):]
                if lead:
                    seq.append(BOUND)
                k = fold(m[0])
                uni[k] += 1
                forms[k][m[0]] += 1
                seq.append(k)
                if trail:
                    seq.append(BOUND)
            else:
                seq.append(BOUND)
    lines.append(seq)

vocab = [k for k, c in uni.most_common() if c >= args.min_count]
index = {k: i for i, k in enumerate(vocab)}
ctx = {k: i for i, k in enumerate(vocab[: args.context])}
C = len(ctx) + 1  # last: no syllable
V = len(vocab)
left = np.zeros((V, C), dtype=np.float64)
right = np.zeros((V, C), dtype=np.float64)
for seq in lines:
    n = len(seq)
    for i, k in enumerate(seq):
        if k is None or k not in index:
            continue
        r = index[k]
        l = seq[i - 1] if i > 0 else None
        nx = seq[i + 1] if i + 1 < n else None
        left[r, ctx.get(l, C - 1) if l is not None else C - 1] += 1
        right[r, ctx.get(nx, C - 1) if nx is not None else C - 1] += 1


def ppmi(m):
    total = m.sum()
    rows = m.sum(axis=1, keepdims=True)
    cols = m.sum(axis=0, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        p = np.log(m * total / (rows * cols))
    p[~np.isfinite(p)] = 0
    return np.maximum(p, 0)


X = np.hstack([ppmi(left), ppmi(right)])
U, S, _ = np.linalg.svd(X, full_matrices=False)
Y = U[:, : args.dims] * S[: args.dims]
Y /= np.linalg.norm(Y, axis=1, keepdims=True) + 1e-9
weights = np.log1p(np.array([uni[k] for k in vocab], dtype=np.float64))


def kmeans(Y, k, seed):
    rng = np.random.default_rng(seed)
    n = Y.shape[0]
    centers = [Y[rng.integers(n)]]
    d2 = np.full(n, np.inf)
    for _ in range(1, k):
        d2 = np.minimum(d2, ((Y - centers[-1]) ** 2).sum(axis=1))
        p = d2 * weights
        centers.append(Y[rng.choice(n, p=p / p.sum())])
    centers = np.array(centers)
    for _ in range(args.iterations):
        sim = Y @ centers.T
        labels = sim.argmax(axis=1)
        for j in range(k):
            m = labels == j
            if m.any():
                c = (Y[m] * weights[m, None]).sum(axis=0)
                centers[j] = c / (np.linalg.norm(c) + 1e-9)
    labels = (Y @ centers.T).argmax(axis=1)
    # Renumber by total frequency, most frequent cluster first (stable output).
    freq = np.zeros(k)
    for j in range(k):
        freq[j] = sum(uni[vocab[i]] for i in np.nonzero(labels == j)[0])
    order = np.argsort(-freq, kind="stable")
    remap = np.empty(k, dtype=int)
    remap[order] = np.arange(k)
    return remap[labels]


ks = [int(x) for x in args.k.split(",")]
columns = [kmeans(Y, k, args.seed) for k in ks]
with open(args.out, "w", encoding="utf-8") as f:
    f.write("# Syllable clusters for the VietExtract word segmenter (cluster features), by\n")
    f.write("# scripts/build-syllable-clusters.py on " + datetime.date.today().isoformat() + ": k-means over SVD-reduced\n")
    f.write("# left/right-neighbour PPMI vectors of every syllable seen at least %d times.\n" % args.min_count)
    f.write("# Derived from " + args.corpus.split("/")[-1] + " (a Vietnamese Wikipedia sample, CC BY-SA 3.0); this file is CC BY-SA 3.0.\n")
    f.write("# Command: scripts/build-syllable-clusters.py " + " ".join(sys.argv[1:]) + "\n")
    f.write("# Columns: syllable (NFC, lower case); k<K> = cluster id among K clusters, 0 = most frequent.\n")
    f.write("syllable\t" + "\t".join("k%d" % k for k in ks) + "\n")
    for i, key in enumerate(vocab):
        form = forms[key].most_common(1)[0][0]
        f.write(form + "\t" + "\t".join(str(int(c[i])) for c in columns) + "\n")
print(f"{args.out}: {V} syllables, clusters {ks}", file=sys.stderr)
