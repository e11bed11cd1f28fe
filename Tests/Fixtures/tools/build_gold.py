#!/usr/bin/env python3
"""Builds a gold .txt/.gold.jsonl pair from an inline-markup source (one document a line).
Usage (from a fixture folder, e.g. Tests/Fixtures/gold): python3 ../tools/build_gold.py source/officials.src officials
Lines starting with '#' and blank lines in the source are skipped.
Entities: [text|TYPE] or [text|TYPE:ids]  TYPE in P T O L D E DOC; a T with ids a,b links to P with id a, b.
Claims: {text|kind|value|unit|qual|total|max}
A line starting with 'NFD ' is converted to NFD after parsing."""
import json, re, sys, unicodedata
TYPES = {'P':'PERSON','T':'TITLE','O':'ORGANIZATION','L':'LOCATION','D':'DATE','E':'EVENT','DOC':'DOCUMENT'}
KINDS = {'c':'count','p':'percent','m':'money','d':'duration','ms':'measure'}
QUALS = {'':None,'mt':'more_than','lt':'less_than','ab':'about','nr':'nearly','al':'at_least','am':'at_most'}
TOK = re.compile(r'\[([^\[\]|{}]+)\|(P|T|O|L|D|E|DOC)(?::([a-z,]+))?\]|\{([^{}|\[\]]+)\|(c|p|m|d|ms)\|([^|}]+)\|([^|}]*)(?:\|([^|}]*))?(?:\|([^|}]*))?(?:\|([^|}]*))?\}')
MAG = {'nghìn':1e3,'ngàn':1e3,'triệu':1e6,'tỷ':1e9}
QW = {'hơn':'more_than','trên':'more_than','dưới':'less_than','chưa đến':'less_than','khoảng':'about','chừng':'about','xấp xỉ':'about','gần':'nearly','ít nhất':'at_least','tối thiểu':'at_least','tối đa':'at_most','không quá':'at_most'}
def numval(s):
    s = s.replace('.', '').replace(',', '.')
    return float(s)
def autoparse(text):
    """value of the first number in a claim text, with magnitude words (digits only)"""
    t = text
    m = re.search(r'(\d[\d.,]*)\s*(?:%|phần trăm)?', t)
    if not m: return None
    v = numval(m.group(1))
    rest = t[m.end():]
    # range: 'từ 18 đến 20 triệu' -> magnitude after second number applies to first too
    m2 = re.match(r'\s*(?:đến|-)\s*[\d.,]+', rest)
    if m2: rest = rest[m2.end():]
    mult = 1
    for w in re.findall(r'\S+', rest)[:3]:
        if w in MAG: mult *= MAG[w]
        elif w == 'rưỡi': v += 0.5
        else: break
    return v * mult
def num(s):
    s = s.strip()
    return float(s) if ('.' in s or 'e' in s) else int(s)
def parse(markup, lineno, warn):
    nfd = markup.startswith('NFD ')
    if nfd: markup = markup[4:]
    out = []; pos = 0; ents = []; claims = []; persons = {}; titles = []
    for m in TOK.finditer(markup):
        out.append(markup[pos:m.start()])
        cur = sum(len(x) for x in out)
        if m.group(1):
            text, ty, ids = m.group(1), m.group(2), m.group(3)
            ents.append((TYPES[ty], text, cur))
            if ty == 'P' and ids:
                for i in ids.split(','): persons.setdefault(i, text)
            if ty == 'T' and ids: titles.append((text, ids.split(',')))
            if ids and ty not in ('P','T'): raise SystemExit(f'{lineno}: ids on {ty}')
            out.append(text)
        else:
            text, k, val, unit, q, tot, mx = m.groups()[3:10]
            q = q or ''; tot = tot or ''; mx = mx or ''
            c = {'value': num(val), 'unit': unit, 'kind': KINDS[k], 'qualifier': QUALS[q],
                 'total': num(tot) if tot else None}
            if mx: c['max'] = num(mx)
            c['text'] = text
            claims.append(c)
            out.append(text)
            # checks
            ap = autoparse(text)
            if ap is not None and abs(ap - c['value']) > 1e-6 * max(1, abs(ap)):
                warn(f'{lineno}: value {c["value"]} vs autoparse {ap} in "{text}"')
            if ap is None and not re.search(r'một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|trăm', text):
                warn(f'{lineno}: no number in claim "{text}"')
            low = text.lower()
            found = None
            for w, qq in QW.items():
                if low.startswith(w + ' '): found = qq
            if found != c['qualifier']: warn(f'{lineno}: qualifier {c["qualifier"]} vs text "{text}"')
            if unit not in text and unit != '%': warn(f'{lineno}: unit "{unit}" not in "{text}"')
            if k == 'p' and unit != '%': warn(f'{lineno}: percent unit')
            if '/' in text and not tot and k == 'c': warn(f'{lineno}: slash without total "{text}"')
        pos = m.end()
    out.append(markup[pos:])
    text = ''.join(out)
    if re.search(r'[\[\]{}|]', text): raise SystemExit(f'{lineno}: leftover markup: {text}')
    facts = []
    for ttext, ids in titles:
        for i in ids:
            if i not in persons: raise SystemExit(f'{lineno}: no person {i}')
            facts.append([persons[i], ttext])
    entities = {}
    for ty, t, _ in ents: entities.setdefault(ty, []).append(t)
    if len(facts) != len(set(map(tuple, facts))): warn(f'{lineno}: duplicate fact')
    n = sum(len(v) for v in entities.values()) + len(claims)
    if n < 3 or n > 14: warn(f'{lineno}: {n} annotations')
    obj = {'line': lineno, 'text': text, 'entities': entities, 'facts': facts, 'claims': claims}
    if nfd:
        N = lambda s: unicodedata.normalize('NFD', s)
        obj['text'] = N(text)
        obj['entities'] = {k: [N(x) for x in v] for k, v in entities.items()}
        obj['facts'] = [[N(a), N(b)] for a, b in facts]
        for c in claims: c['unit'] = N(c['unit']); c['text'] = N(c['text'])
    return obj
def main(src, stem):
    lines = [l.rstrip('\n') for l in open(src, encoding='utf-8') if l.strip() and not l.startswith('#')]
    warns = []
    objs = [parse(l, i + 1, warns.append) for i, l in enumerate(lines)]
    for w in warns: print('WARN', w)
    with open(stem + '.txt', 'w', encoding='utf-8') as f:
        for o in objs: f.write(o['text'] + '\n')
    with open(stem + '.gold.jsonl', 'w', encoding='utf-8') as f:
        for o in objs: f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(stem, len(objs), 'lines')
if __name__ == '__main__': main(sys.argv[1], sys.argv[2])
