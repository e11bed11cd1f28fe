#!/usr/bin/env python3
"""Checks the held-out gold set for internal consistency.

Usage: python3 validate.py [--perfect OUT.jsonl]   (run from any directory)

Checks: heldout.txt and heldout.gold.jsonl have the same number of lines and identical texts;
every gold line parses as JSON with line numbers 1..N; entity types are known; every entity and
fact text is a substring of its line; entities of one type can be found in that order; each
fact's person is among the line's PERSON entities and its title among its TITLE entities;
claims have exactly the five fields with valid kinds and qualifiers and numeric value/total.
With --perfect, also writes a prediction built from the gold (offsets found by searching the
substrings in order) that score.py must score 1.000 everywhere."""
import json, os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {'PERSON', 'TITLE', 'ORGANIZATION', 'LOCATION', 'DATE', 'EVENT', 'DOCUMENT'}
KINDS = {'count', 'percent', 'money', 'duration', 'measure'}
QUALS = {None, 'more_than', 'less_than', 'about', 'nearly', 'at_least', 'at_most'}
CLAIM_FIELDS = {'value', 'unit', 'kind', 'qualifier', 'total'}


def place(text, ents):
    """Offsets for the gold entities: each type's list in order, no two spans overlapping
    (entities never overlap: the outermost wins). Depth-first search over occurrences."""
    items = [(t, k, e) for t, lst in ents.items() for k, e in enumerate(lst)]
    items.sort(key=lambda x: -len(x[2]))          # longest first: outer spans claim their text
    spans = {}
    def free(a, b): return all(b <= s or a >= e for (s, e) in spans.values())
    def ok_order(t, k, a):
        for (t2, k2), (s2, _) in spans.items():
            if t2 == t and ((k2 < k and s2 >= a) or (k2 > k and s2 <= a)): return False
        return True
    def go(n):
        if n == len(items): return True
        t, k, e = items[n]
        a = text.find(e)
        while a >= 0:
            if free(a, a + len(e)) and ok_order(t, k, a):
                spans[(t, k)] = (a, a + len(e))
                if go(n + 1): return True
                del spans[(t, k)]
            a = text.find(e, a + 1)
        return False
    if not go(0): return None
    out = [{'type': t, 'text': ents[t][k], 'start': a, 'end': b} for (t, k), (a, b) in spans.items()]
    return sorted(out, key=lambda x: x['start'])


def main():
    errors = []
    def err(n, msg): errors.append(f'line {n}: {msg}')
    with open(os.path.join(HERE, 'heldout.txt'), encoding='utf-8') as f:
        texts = f.read().split('\n')
    if texts and texts[-1] == '': texts.pop()
    with open(os.path.join(HERE, 'heldout.gold.jsonl'), encoding='utf-8') as f:
        raw = f.read().split('\n')
    if raw and raw[-1] == '': raw.pop()
    if len(texts) != len(raw):
        errors.append(f'heldout.txt has {len(texts)} lines, gold has {len(raw)}')
    golds, perfect = [], []
    for i, line in enumerate(raw, 1):
        try:
            g = json.loads(line)
        except json.JSONDecodeError as e:
            err(i, f'JSON: {e}'); continue
        golds.append(g)
        if g.get('line') != i: err(i, f'line number {g.get("line")}')
        text = g.get('text')
        if i <= len(texts) and text != texts[i - 1]: err(i, 'text differs from heldout.txt')
        if not isinstance(text, str) or not text.strip(): err(i, 'empty text'); continue
        if set(g) - {'line', 'text', 'entities', 'facts', 'claims'}: err(i, f'extra keys {set(g)}')
        ents = g.get('entities', {})
        for t, lst in ents.items():
            if t not in TYPES: err(i, f'unknown type {t}')
            for e in lst:
                if not e or e != e.strip(): err(i, f'{t} {e!r} empty or padded')
                if e not in text: err(i, f'{t} {e!r} not in text')
        pred_ents = place(text, ents)
        if pred_ents is None:
            err(i, 'entities cannot be placed in order without overlapping'); pred_ents = []
        persons, titles = ents.get('PERSON', []), ents.get('TITLE', [])
        pred_facts = []
        for fct in g.get('facts', []):
            if not (isinstance(fct, list) and len(fct) == 2): err(i, f'bad fact {fct}'); continue
            p, t = fct
            if p not in persons: err(i, f'fact person {p!r} not a PERSON entity')
            if t not in titles: err(i, f'fact title {t!r} not a TITLE entity')
            if p not in text or t not in text: err(i, f'fact {fct} not in text')
            pred_facts.append({'type': 'HOLDS_TITLE', 'person': {'text': p}, 'title': {'text': t}})
        if len(set(map(tuple, g.get('facts', [])))) != len(g.get('facts', [])): err(i, 'duplicate fact')
        pred_claims = []
        for c in g.get('claims', []):
            if set(c) != CLAIM_FIELDS: err(i, f'claim fields {sorted(c)}'); continue
            if not isinstance(c['value'], (int, float)) or isinstance(c['value'], bool): err(i, f'claim value {c}')
            if c['total'] is not None and not isinstance(c['total'], (int, float)): err(i, f'claim total {c}')
            if c['kind'] not in KINDS: err(i, f'claim kind {c["kind"]}')
            if c['qualifier'] not in QUALS: err(i, f'claim qualifier {c["qualifier"]}')
            if not isinstance(c['unit'], str) or not c['unit'].strip(): err(i, f'claim unit {c}')
            elif unicodedata.normalize('NFC', c['unit']) not in unicodedata.normalize('NFC', text):
                err(i, f'claim unit {c["unit"]!r} not in text')
            pred_claims.append(dict(c, text='', start=0, end=0))
        perfect.append({'text': text, 'entities': pred_ents, 'facts': pred_facts, 'claims': pred_claims})
    for e in errors: print(e)
    counts = {}
    for g in golds:
        for t, lst in g['entities'].items(): counts[t] = counts.get(t, 0) + len(lst)
        counts['FACT'] = counts.get('FACT', 0) + len(g['facts'])
        counts['CLAIM'] = counts.get('CLAIM', 0) + len(g['claims'])
    print(f'{len(golds)} documents; ' + ', '.join(f'{k}={v}' for k, v in sorted(counts.items())))
    if '--perfect' in sys.argv:
        out = sys.argv[sys.argv.index('--perfect') + 1]
        with open(out, 'w', encoding='utf-8') as f:
            for p in perfect: f.write(json.dumps(p, ensure_ascii=False) + '\n')
    print('OK' if not errors else f'{len(errors)} problem(s)')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
