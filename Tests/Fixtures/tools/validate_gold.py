#!/usr/bin/env python3
"""Checks a folder of gold fixtures (Tests/Fixtures/gold, dev2, ...; see their README.md).

Usage: python3 Tests/Fixtures/tools/validate_gold.py DIR [STEM ...]
       (default: every *.gold.jsonl in DIR; DIR/nfd-lines.txt lists the lines kept in NFD on
       purpose, one "STEM LINE" pair per line)

For each STEM it checks that STEM.txt and STEM.gold.jsonl
  - have the same number of lines, and every gold "text" is identical to its .txt line;
  - parse as JSON, one object per line, with "line" = 1..N in order;
  - have entities only of the seven contract types, each a list of non-empty strings that
    occur in the line, listed in order of appearance (repeats included), without overlaps;
  - have facts as [person, title] pairs whose texts are PERSON and TITLE entities of the line;
  - have claims with the five fields value/unit/kind/qualifier/total of the right types, kind
    and qualifier from the contract lists, and (when present) the extra "text" field in the line;
  - are NFC, except the few lines deliberately kept in NFD (listed in DELIBERATE_NFD and in
    DIR/nfd-lines.txt and README.md; at most 3 per folder).
Exits non-zero and prints every problem found.
"""
import json, os, sys, unicodedata

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.getcwd()
TYPES = {'PERSON', 'TITLE', 'ORGANIZATION', 'LOCATION', 'DATE', 'EVENT', 'DOCUMENT'}
KINDS = {'count', 'percent', 'money', 'duration', 'measure'}
QUALIFIERS = {None, 'more_than', 'less_than', 'about', 'nearly', 'at_least', 'at_most'}
# Lines written in NFD on purpose (decomposed diacritics) to test offset mapping.
DELIBERATE_NFD = {}
if os.path.exists(os.path.join(HERE, 'nfd-lines.txt')):
    for entry in open(os.path.join(HERE, 'nfd-lines.txt'), encoding='utf-8').read().split('\n'):
        if entry.strip():
            stem, line = entry.split()
            DELIBERATE_NFD.setdefault(stem, set()).add(int(line))
MAX_NFD = 3


def is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def place_in_order(text, items):
    """Finds each item in order of appearance; returns (ok, spans)."""
    spans, pos = [], 0
    for it in items:
        i = text.find(it, pos)
        if i < 0:
            return False, spans
        spans.append((i, i + len(it)))
        pos = i + 1
    return True, spans


def placement_exists(text, ents):
    """Backtracking: can all entities be placed at occurrences in the text, each type's list in
    order of appearance, with no two entities (of any types) overlapping?"""
    items = []
    for ty, xs in ents.items():
        if isinstance(xs, list):
            items += [(ty, i, x) for i, x in enumerate(xs) if isinstance(x, str) and x]
    items.sort(key=lambda it: (it[0], it[1]))
    occ = {}
    for _, _, x in items:
        if x not in occ:
            occ[x], i = [], text.find(x)
            while i >= 0:
                occ[x].append(i); i = text.find(x, i + 1)
    used, last = [], {}

    def go(k):
        if k == len(items):
            return True
        ty, idx, x = items[k]
        lo = last.get(ty, -1)
        for a in occ[x]:
            b = a + len(x)
            if a <= lo or any(a < d and c < b for c, d in used):
                continue
            prev = last.get(ty, -1)
            used.append((a, b)); last[ty] = a
            if go(k + 1):
                return True
            used.pop(); last[ty] = prev
        return False
    return go(0)


def check(stem):
    errs = []
    txt_path = os.path.join(HERE, stem + '.txt')
    gold_path = os.path.join(HERE, stem + '.gold.jsonl')
    with open(txt_path, encoding='utf-8', newline='') as f:
        raw = f.read()
    if '\r' in raw:
        errs.append(f'{stem}.txt: contains CR characters')
    if raw and not raw.endswith('\n'):
        errs.append(f'{stem}.txt: no final newline')
    lines = raw.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    with open(gold_path, encoding='utf-8') as f:
        gold_lines = f.read().split('\n')
    if gold_lines and gold_lines[-1] == '':
        gold_lines.pop()
    if len(lines) != len(gold_lines):
        errs.append(f'{stem}: {len(lines)} text lines but {len(gold_lines)} gold lines')
    nfd_lines = set()
    counts = {'lines': 0, 'FACT': 0, 'CLAIM': 0}
    for n, gl in enumerate(gold_lines, 1):
        where = f'{stem}:{n}'
        counts['lines'] += 1
        try:
            o = json.loads(gl)
        except json.JSONDecodeError as e:
            errs.append(f'{where}: invalid JSON ({e})')
            continue
        if not isinstance(o, dict):
            errs.append(f'{where}: not an object'); continue
        if o.get('line') != n:
            errs.append(f'{where}: "line" is {o.get("line")!r}, expected {n}')
        text = o.get('text')
        if not isinstance(text, str) or not text.strip():
            errs.append(f'{where}: missing text'); continue
        if n <= len(lines) and text != lines[n - 1]:
            errs.append(f'{where}: text differs from {stem}.txt line {n}')
        if '\n' in text or '\r' in text:
            errs.append(f'{where}: text contains a line break')
        if unicodedata.normalize('NFC', text) != text:
            nfd_lines.add(n)
            if n not in DELIBERATE_NFD.get(stem, set()):
                errs.append(f'{where}: text is not NFC and is not a listed deliberate NFD line')
        elif n in DELIBERATE_NFD.get(stem, set()):
            errs.append(f'{where}: listed as deliberate NFD but the text is NFC')
        ents = o.get('entities')
        if not isinstance(ents, dict):
            errs.append(f'{where}: entities is not an object'); ents = {}
        for ty, items in ents.items():
            if ty not in TYPES:
                errs.append(f'{where}: unknown entity type {ty}')
            if not isinstance(items, list) or not all(isinstance(x, str) and x.strip() for x in items):
                errs.append(f'{where}: {ty} is not a list of non-empty strings'); continue
            counts[ty] = counts.get(ty, 0) + len(items)
            for x in items:
                if x not in text:
                    errs.append(f'{where}: {ty} "{x}" is not a substring of the text')
                if x != x.strip():
                    errs.append(f'{where}: {ty} "{x}" has surrounding spaces')
            ok, spans = place_in_order(text, items)
            if not ok:
                errs.append(f'{where}: {ty} entities are not in order of appearance')
        # No two entities may overlap (the outermost wins in the contract): there must be a
        # placement of every entity, in order of appearance within its type, with no overlaps.
        if not placement_exists(text, ents):
            errs.append(f'{where}: entities cannot be placed without overlapping')
        facts = o.get('facts')
        if not isinstance(facts, list):
            errs.append(f'{where}: facts is not a list'); facts = []
        persons, titles = set(ents.get('PERSON', [])), set(ents.get('TITLE', []))
        for fct in facts:
            if not (isinstance(fct, list) and len(fct) == 2 and all(isinstance(x, str) for x in fct)):
                errs.append(f'{where}: fact {fct!r} is not a [person, title] pair'); continue
            p, t = fct
            if p not in text or t not in text:
                errs.append(f'{where}: fact {fct!r} text not in line')
            if p not in persons:
                errs.append(f'{where}: fact person "{p}" is not a PERSON entity')
            if t not in titles:
                errs.append(f'{where}: fact title "{t}" is not a TITLE entity')
        if len({tuple(f) for f in facts if isinstance(f, list)}) != len(facts):
            errs.append(f'{where}: duplicate facts')
        counts['FACT'] += len(facts)
        claims = o.get('claims')
        if not isinstance(claims, list):
            errs.append(f'{where}: claims is not a list'); claims = []
        for c in claims:
            if not isinstance(c, dict):
                errs.append(f'{where}: claim is not an object'); continue
            for k in ('value', 'unit', 'kind', 'qualifier', 'total'):
                if k not in c:
                    errs.append(f'{where}: claim {c} lacks "{k}"')
            if not is_number(c.get('value')):
                errs.append(f'{where}: claim value {c.get("value")!r} is not a number')
            if not isinstance(c.get('unit'), str) or not c.get('unit').strip():
                errs.append(f'{where}: claim unit {c.get("unit")!r} is not a non-empty string')
            if c.get('kind') not in KINDS:
                errs.append(f'{where}: claim kind {c.get("kind")!r} not in {sorted(KINDS)}')
            if c.get('qualifier') not in QUALIFIERS:
                errs.append(f'{where}: claim qualifier {c.get("qualifier")!r} not allowed')
            if c.get('total') is not None and not is_number(c.get('total')):
                errs.append(f'{where}: claim total {c.get("total")!r} is not a number or null')
            if c.get('kind') == 'percent' and c.get('unit') != '%':
                errs.append(f'{where}: percent claim with unit {c.get("unit")!r}')
            if 'max' in c and not is_number(c['max']):
                errs.append(f'{where}: claim max {c["max"]!r} is not a number')
            if 'text' in c and c['text'] not in text:
                errs.append(f'{where}: claim text "{c["text"]}" is not a substring of the line')
        counts['CLAIM'] += len(claims)
    return errs, nfd_lines, counts


def main():
    stems = sys.argv[2:] or sorted(f[:-len('.gold.jsonl')] for f in os.listdir(HERE)
                                   if f.endswith('.gold.jsonl'))
    all_errs, total_nfd = [], 0
    for stem in stems:
        errs, nfd, counts = check(stem)
        all_errs += errs
        total_nfd += len(nfd)
        order = ['lines'] + sorted(TYPES) + ['FACT', 'CLAIM']
        print(stem + ': ' + ', '.join(f'{k}={counts.get(k, 0)}' for k in order)
              + (f', NFD lines={sorted(nfd)}' if nfd else ''))
    if total_nfd > MAX_NFD:
        all_errs.append(f'{total_nfd} NFD lines in all; at most {MAX_NFD} are allowed')
    for e in all_errs:
        print('ERROR', e)
    print('OK' if not all_errs else f'{len(all_errs)} problem(s)')
    sys.exit(1 if all_errs else 0)


if __name__ == '__main__':
    main()
