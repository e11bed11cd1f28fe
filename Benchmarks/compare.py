#!/usr/bin/env python3
"""Side-by-side speed (and optionally word-segmentation F1) of VietExtract's `extract`, pyvi and
underthesea on the same input, in the same run, one core each.

Usage (from the repository root or Benchmarks/):
  python3 Benchmarks/compare.py [--input FILE] [--mb N] [--f1] [--venv DIR]

- Builds `extract` in release mode (swift build -c release) unless --extract is given.
- Creates a virtual environment (default Benchmarks/.venv) and pip-installs pyvi and
  underthesea into it when they are missing.
- Throughput: the first --mb megabytes (default: all) of --input (default
  ../shared/data/wiki/viwiki-sample.txt), one document per line, word segmentation only for the
  Python tools; for `extract` both `--format seg` (normalize + tokenize + segment + output) and
  full extraction (`--format jsonl --no-tokens`). Every process is pinned to one core with
  taskset when available. MB/s counts UTF-8 input bytes.
- --f1: word F1 of the three on ../shared/data/ud-vtb/vi_vtb-ud-test (raw → seg), scored like
  ../shared/tools/ws_eval.py.
"""
import argparse, os, shutil, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(os.path.dirname(ROOT), "shared")

PY_SEGMENT = r'''
import sys, time
tool, path, out = sys.argv[1], sys.argv[2], sys.argv[3]
lines = open(path, encoding="utf-8").read().split("\n")
if tool == "pyvi":
    from pyvi import ViTokenizer
    seg = ViTokenizer.tokenize
else:
    from underthesea import word_tokenize
    seg = lambda s: word_tokenize(s, format="text")
seg("khởi động")  # load models before timing
t = time.perf_counter()
res = [seg(l) if l.strip() else "" for l in lines]
dt = time.perf_counter() - t
open(out, "w", encoding="utf-8").write("\n".join(res))
print(dt)
'''

def pin():
    return ["taskset", "-c", "0"] if shutil.which("taskset") else []

def ensure_venv(venv):
    py = os.path.join(venv, "bin", "python")
    if not os.path.exists(py):
        subprocess.check_call([sys.executable, "-m", "venv", venv])
    have = subprocess.run([py, "-c", "import pyvi, underthesea"], capture_output=True).returncode == 0
    if not have:
        subprocess.check_call([py, "-m", "pip", "install", "-q", "pyvi", "underthesea"])
    return py

def versions(py):
    code = "import importlib.metadata as m; print(m.version('pyvi'), m.version('underthesea'))"
    return subprocess.run([py, "-c", code], capture_output=True, text=True).stdout.split()

def time_cmd(cmd, stdout_path):
    with open(stdout_path, "wb") as out:
        t = time.perf_counter()
        subprocess.check_call(cmd, stdout=out)
        return time.perf_counter() - t

def ws_f1(gold, pred):
    def spans(line):
        out, pos = set(), 0
        for w in line.split():
            n = len(w.replace("_", "")); out.add((pos, pos + n)); pos += n
        return out, pos
    tp = ng = np_ = 0
    for a, b in zip(open(gold, encoding="utf-8").read().splitlines(), open(pred, encoding="utf-8").read().splitlines()):
        sa, la = spans(a); sb, lb = spans(b)
        ng += len(sa); np_ += len(sb)
        if la == lb: tp += len(sa & sb)
    p, r = tp / np_, tp / ng
    return 2 * p * r / (p + r)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--input", default=os.path.join(SHARED, "data/wiki/viwiki-sample.txt"))
    ap.add_argument("--mb", type=float, default=0, help="use only the first N MB (0: all)")
    ap.add_argument("--f1", action="store_true")
    ap.add_argument("--venv", default=os.path.join(HERE, ".venv"))
    ap.add_argument("--extract", default=None, help="path to a built extract (default: build release)")
    a = ap.parse_args()
    extract = a.extract
    if not extract:
        subprocess.check_call(["swift", "build", "-c", "release", "--product", "extract"], cwd=ROOT)
        extract = os.path.join(ROOT, ".build/release/extract")
    py = ensure_venv(a.venv)
    tmp = tempfile.mkdtemp(prefix="vietextract-compare-")
    data = open(a.input, "rb").read()
    if a.mb:
        data = data[: int(a.mb * 1e6)]
        data = data[: data.rfind(b"\n") + 1] if b"\n" in data else data
    data = data.decode("utf-8", "ignore").encode("utf-8")
    path = os.path.join(tmp, "input.txt")
    open(path, "wb").write(data)
    mb = len(data) / 1e6
    rows = []
    t = time_cmd(pin() + [extract, "--format", "seg", "--jobs", "1", path], os.path.join(tmp, "vx.seg"))
    rows.append(("VietExtract extract --format seg", t))
    t = time_cmd(pin() + [extract, "--format", "jsonl", "--no-tokens", "--jobs", "1", path], os.path.join(tmp, "vx.jsonl"))
    rows.append(("VietExtract extract --format jsonl (everything)", t))
    script = os.path.join(tmp, "seg.py"); open(script, "w").write(PY_SEGMENT)
    for tool in ("pyvi", "underthesea"):
        out = subprocess.run(pin() + [py, script, tool, path, os.path.join(tmp, tool + ".seg")],
                             capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
        rows.append((f"{tool} word segmentation", float(out)))
    pv, uv = (versions(py) + ["?", "?"])[:2]
    nlines = data.count(b"\n")
    print(f"input: {a.input} ({mb:.2f} MB, {nlines} lines); pyvi {pv}, underthesea {uv}; one core each")
    base = {name: mb / t for name, t in rows}
    ours = base["VietExtract extract --format seg"]
    print(f"{'tool':52s} {'seconds':>8s} {'MB/s':>8s} {'ours(seg) ×':>12s}")
    for name, t in rows:
        rate = mb / t
        print(f"{name:52s} {t:8.2f} {rate:8.2f} {ours / rate:12.1f}")
    if a.f1:
        raw = os.path.join(SHARED, "data/ud-vtb/vi_vtb-ud-test.raw.txt")
        gold = os.path.join(SHARED, "data/ud-vtb/vi_vtb-ud-test.seg.txt")
        with open(os.path.join(tmp, "f1-vx.seg"), "wb") as out:
            subprocess.check_call([extract, "--format", "seg", raw], stdout=out)
        print(f"\nword F1 on UD_Vietnamese-VTB test ({raw}):")
        print(f"  VietExtract  {ws_f1(gold, os.path.join(tmp, 'f1-vx.seg')):.4f}")
        for tool in ("pyvi", "underthesea"):
            pred = os.path.join(tmp, f"f1-{tool}.seg")
            subprocess.run([py, script, tool, raw, pred], capture_output=True, check=True)
            print(f"  {tool:12s} {ws_f1(gold, pred):.4f}")
    shutil.rmtree(tmp)

if __name__ == "__main__":
    main()
