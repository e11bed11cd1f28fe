#!/usr/bin/env bash
# Hostile inputs at full size (issue 7): generates each input and a 2x variant in a temporary
# directory, times `extract --format jsonl` on each with /usr/bin/time -v, checks the output
# contract (every line is JSON; every span slices the original text by Unicode scalar offsets;
# entities ordered and disjoint) and prints wall and CPU seconds, max RSS and the 2x/1x ratios.
# The ratios use CPU time (user + sys): on a shared machine wall time mostly measures the load.
#
#   scripts/hostile-inputs.sh [path/to/extract]      (default: .build/release/extract)
#   HOSTILE_SCALE=0.1 scripts/hostile-inputs.sh      (smaller inputs for a quick run)
#
# Build first: swift build -c release. Needs python3 and GNU time (apt-get install time).
set -euo pipefail
cd "$(dirname "$0")/.."

extract=${1:-.build/release/extract}
scale=${HOSTILE_SCALE:-1}
[[ -x $extract ]] || { echo "no executable at $extract (swift build -c release)" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "needs GNU time: apt-get install time" >&2; exit 1; }
dir=$(mktemp -d "${TMPDIR:-/tmp}/vietextract-hostile.XXXXXX")
trap 'rm -rf "$dir"' EXIT

# name|description|size argument (1x; the 2x variant doubles it)
cases=(
    "line|one line of repeated sentences, MB|50"
    "tiny-lines|tiny lines|1000000"
    "digits|one line of digits|1000000"
    "huge-number|'9' x N + ' tỷ tỷ'|10000"
    "brackets|nested bracket levels|10000"
    "capitals|capitalised syllables in a row|500000"
    "truncated|MB of lines, cut mid-UTF-8|10"
)

generate() {  # name size path
    python3 - "$1" "$2" "$3" "$scale" <<'EOF'
import sys
name, path = sys.argv[1], sys.argv[3]
mb = int(sys.argv[2]) * float(sys.argv[4])  # for the sizes in MB
size = max(1, int(mb))  # for the counts
sentence = "Ngày 21/11/2024, Chủ tịch UBND TP.Hà Nội Trần Sỹ Thanh cho biết 30/34 đề án, tăng 7,09% so với năm 2023. "
with open(path, "wb") as f:
    if name == "line":
        b = sentence.encode()
        f.write(b * (int(mb * 1_000_000) // len(b) + 1) + b"\n")
    elif name == "tiny-lines":
        tiny = ["a", "", "1", "Hà", "Ủy ban", "30/34", ".", "\u200b", "e\u0301", "9 tỷ"]
        f.write("".join(tiny[k % len(tiny)] + "\n" for k in range(size)).encode())
    elif name == "digits":
        f.write(("1234567890" * (size // 10) + "\n").encode())
    elif name == "huge-number":
        f.write(("Tăng " + "9" * size + " tỷ tỷ đồng, " + "9" * size + "," + "9" * size + "% và " + "1." + "000." * (size // 4) + "000 người\n").encode())
    elif name == "brackets":
        f.write(("(" * size + "Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng cho biết 30/34 đề án" + ")" * size + " " + "[“(" * size + "\n").encode())
    elif name == "capitals":
        syl = ["Nguyễn", "Văn", "Trần", "Thị", "Hà", "Nội", "Bộ", "Trưởng", "Ủy", "Ban", "Nhân", "Dân", "Đại", "Hội", "Lê", "Phạm"]
        f.write((" ".join(syl[(k * 7 + k // 3) % len(syl)] for k in range(size)) + "\n").encode())
    elif name == "truncated":
        b = (sentence + "\n").encode()
        data = b * (int(mb * 1_000_000) // len(b) + 1) + "Nguyễn".encode()
        f.write(data[:-2])  # stop inside the last letter's three bytes
EOF
}

# Checks the jsonl output against the input: one object per input line, spans slice the text.
check() {  # input output
    python3 - "$1" "$2" <<'EOF'
import json, os, sys
inp, out = sys.argv[1], sys.argv[2]
if os.path.getsize(out) > 400_000_000:
    n = sum(1 for _ in open(out, "rb"))
    print(f"{n} lines (too large to parse)"); sys.exit(0)
lines = open(inp, "rb").read().split(b"\n")
if lines and lines[-1] == b"": lines.pop()
docs = open(out, "rb").read().split(b"\n")
if docs and docs[-1] == b"": docs.pop()
problems, errors = [], 0
if len(docs) != len(lines): problems.append(f"{len(docs)} outputs for {len(lines)} lines")
for k, raw in enumerate(docs):
    d = json.loads(raw)
    if "error" in d: errors += 1; continue
    text = d["text"]
    if text.encode() != lines[k].rstrip(b"\r"): problems.append(f"line {k+1}: text differs")
    for key in ("tokens", "entities", "claims"):
        last = 0
        for s in d[key]:
            if not (0 <= s["start"] < s["end"] <= len(text)) or text[s["start"]:s["end"]] != s["text"]:
                problems.append(f"line {k+1}: {key} span {s['start']}..{s['end']} does not slice")
            if key != "claims" and s["start"] < last: problems.append(f"line {k+1}: {key} overlap at {s['start']}")
            last = s["end"]
    if len(problems) > 5: break
print("ok" + (f" ({errors} error objects)" if errors else "") if not problems else "PROBLEMS: " + "; ".join(problems[:5]))
EOF
}

printf '%-12s %-8s %10s %8s %8s %10s %6s  %s\n' case variant input_MB wall_s cpu_s maxRSS_MB status contract
declare -A secs
for entry in "${cases[@]}"; do
    IFS='|' read -r name what size <<<"$entry"
    for variant in 1x 2x; do
        n=$size; [[ $variant == 2x ]] && n=$((size * 2))
        input="$dir/$name-$variant.txt" output="$dir/$name-$variant.jsonl"
        generate "$name" "$n" "$input"
        set +e
        /usr/bin/time -v -o "$dir/time.txt" "$extract" --format jsonl "$input" >"$output" 2>"$dir/stderr.txt"
        status=$?
        set -e
        s=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); t = 0; for (i = 1; i <= n; i++) t = t * 60 + p[i]; print t }' "$dir/time.txt")
        cpu=$(awk -F': ' '/User time|System time/ { t += $2 } END { printf "%.2f", t }' "$dir/time.txt")
        rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$dir/time.txt")
        mb=$(awk -v b="$(stat -c %s "$input")" 'BEGIN { printf "%.2f", b / 1e6 }')
        contract=$(check "$input" "$output" 2>&1 | tail -1)
        secs[$name-$variant]=$cpu
        printf '%-12s %-8s %10s %8s %8s %10s %6s  %s\n' "$name" "$variant" "$mb" "$s" "$cpu" "$rss" "$status" "$contract"
        rm -f "$input" "$output"
    done
    awk -v a="${secs[$name-1x]}" -v b="${secs[$name-2x]}" -v w="$what" -v s="$size" \
        'BEGIN { printf "%-12s 2x/1x CPU time ratio %.2f  (1x = %s %s)\n", "", (a > 0 ? b / a : 0), s, w }'
done
