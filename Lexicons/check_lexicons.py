#!/usr/bin/env python3
"""Check the VietExtract lexicons (Lexicons/*.tsv).

Usage:
    python3 Lexicons/check_lexicons.py            # check every file, print counts
    python3 Lexicons/check_lexicons.py --markdown # also print the README count table

Checks, for every file:
  * UTF-8 without BOM, LF line ends, final newline, NFC, no tabs-as-spaces mistakes;
  * the file starts with comment lines ("#"), then exactly ONE header row equal to the expected
    columns; further "#" lines are comments and may appear anywhere; no blank lines;
  * every row has exactly the header's number of tab-separated cells;
  * no cell has leading/trailing spaces, double spaces or "_" word joiners; the key (first
    column) is never empty;
  * enumerated columns only use their documented values;
  * no duplicate keys, also after folding case (except the case-sensitive files) and the
    placement of the tone mark ("hòa" = "hoà");
  * tone marks use the placement of the project's examples ("hòa", "khóa", "Ủy", "thủy"),
    never "hoà", "khoá", "thuỷ";
  * places.tsv: aliases do not repeat any form; unit words exist in admin_units.tsv; the
    63 provinces/cities before 1 July 2025 and the 34 after it are all there.
Exit status 0 when everything passes, 1 otherwise.
"""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

CATEGORIES = {"party", "state", "assembly", "government", "court", "procuracy", "military",
              "police", "local", "diplomatic", "business", "education", "media", "foreign",
              "other"}
ORG_TYPES = {"party", "state", "assembly", "government", "ministry", "court", "procuracy",
             "mass", "military", "police", "enterprise", "bank", "media", "education",
             "international", "other"}

# file -> (columns, {column: allowed values or ("pipe", allowed parts) or "nonempty"},
#          case_sensitive_keys)
SCHEMAS = {
    "roles.tsv": (["form", "category", "takes_org"],
                  {"category": CATEGORIES,
                   "takes_org": {"yes", "no", "domain", "yes|domain"}}, False),
    "role_prefixes.tsv": (["form", "effect"],
                          {"effect": {"deputy", "acting", "former", "new"}}, False),
    "role_modifiers.tsv": (["form", "position"], {"position": {"after_role"}}, False),
    "ranks.tsv": (["form", "branch", "level"],
                  {"branch": {"army", "navy", "police", "any"},
                   "level": {"general", "senior_officer", "junior_officer", "nco", "soldier"}},
                  False),
    "honorifics.tsv": (["form", "kind"],
                       {"kind": {"honorific", "degree", "profession", "award"}}, True),
    "organizations.tsv": (["form", "type", "abbreviation", "scope"],
                          {"type": ORG_TYPES,
                           "scope": {"central", "local", "international"}}, False),
    "org_heads.tsv": (["form", "kind", "takes"],
                      {"kind": {"head", "local_body", "container"},
                       "takes": ("pipe", {"domain", "place", "org", "name"})}, True),
    "domains.tsv": (["form", "used_with"], {"used_with": "nonempty"}, False),
    "places.tsv": (["form", "kind", "unit", "period", "alias"],
                   {"kind": {"province", "city", "district", "region", "island", "water",
                             "country", "world_city"},
                    "period": {"before2025", "after2025", "both"}}, False),
    "admin_units.tsv": (["form", "level", "abbreviation"],
                        {"level": {"province", "district", "commune", "village", "any", "street", "road", "water"}}, True),
    "abbreviations.tsv": (["abbreviation", "expansion", "type"],
                          {"expansion": "nonempty",
                           "type": {"org", "place", "document", "unit", "other"}}, True),
    "surnames.tsv": (["surname", "frequency_band"],
                     {"frequency_band": {"very_common", "common", "rare"}}, False),
    "name_syllables.tsv": (["syllable", "role"],
                           {"role": {"middle", "given", "middle|given"}}, False),
    "document_types.tsv": (["form", "kind", "code"],
                           {"kind": {"law", "decree", "decision", "party", "plan", "treaty",
                                     "part"}}, False),
    "event_heads.tsv": (["form", "kind"],
                        {"kind": {"congress", "meeting", "session", "ceremony", "holiday",
                                  "festival", "summit", "sport", "campaign", "election",
                                  "historic"}}, False),
    "date_words.tsv": (["form", "kind", "value"],
                       {"kind": {"time_of_day", "trigger", "relative", "period", "part", "part_blocker",
                                 "weekday", "stem", "branch", "month"}}, False),
    "holidays.tsv": (["form", "kind", "date"], {"kind": {"holiday", "observance", "festival"}}, False),
    "name_breaks.tsv": (["form", "kind"], {"kind": {"function", "verb", "time"}}, False),
    "words.tsv": (["word", "domain"], {}, True),
    "words-ud-vtb.tsv": (["word", "count"], {}, True),
    "words-extended.tsv": (["word", "domain"], {}, True),
    "words-unattested.tsv": (["word", "round"], {"round": {"1", "2", "3"}}, True),
}

# Files whose rows are keyed by (form, kind): the same word may serve two roles.
KEYED_BY_FORM_AND_KIND = {"date_words.tsv"}

DESCRIPTIONS = {
    "roles.tsv": "heads of offices and positions, without deputy/acting/status prefixes",
    "role_prefixes.tsv": "words before a role: Phó, Quyền (in the title), nguyên, tân (status)",
    "role_modifiers.tsv": "words after a role that belong to it (Thường trực, Thứ nhất ...)",
    "ranks.tsv": "military and police ranks written before names",
    "honorifics.tsv": "address words, degrees, professions, awards before names (not titles)",
    "organizations.tsv": "fully named organizations, before and after the 2025 restructuring",
    "org_heads.tsv": "head nouns that compose organization names (Bộ, Sở, Thành ủy, Ban Thường vụ ...)",
    "domains.tsv": "sector names after Bộ/Sở/Ban/Cục/Vụ/Ủy ban/Đoàn ...",
    "places.tsv": "provinces (63 before / 34 after 2025), districts, cities, regions, islands, waters, countries, world cities",
    "admin_units.tsv": "administrative unit words (tỉnh, thành phố, xã, phường, thôn ...)",
    "abbreviations.tsv": "abbreviations and acronyms with expansions",
    "surnames.tsv": "Vietnamese family names incl. ethnic minorities",
    "name_syllables.tsv": "middle and given name syllables",
    "document_types.tsv": "legal, party and administrative document heads with number codes",
    "event_heads.tsv": "event heads and full names of holidays, summits, sports events",
    "date_words.tsv": "grammar words of dates: parts of day, triggers, periods, weekdays, months, lunar years",
    "holidays.tsv": "named days and observances beyond event_heads.tsv, with their fixed dates",
    "name_breaks.tsv": "lower-case words that end a document or event name",
    "words.tsv": "general vocabulary for the word segmenter, written by the project",
    "words-ud-vtb.tsv": "words attested in UD_Vietnamese-VTB train+dev (derived, CC BY-SA 4.0)",
    "words-extended.tsv": "more general vocabulary, written by the project blind to the UD dev/test splits",
    "words-unattested.tsv": "general vocabulary written blind like words-extended.tsv, not required to occur in the project's corpora",
}

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
# Tone mark on the second vowel of an open oa/oe/uy syllable ("hoà", "khoẻ", "thuỷ"): the
# project writes "hòa", "khỏe", "thủy". "quý" is fine (qu is a consonant).
OLD_STYLE = re.compile(
    r"(?<![qQ])(?:[oO][àáảãạÀÁẢÃẠ]|[oO][èéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![^\W\d_])")


def fold(text, case_sensitive):
    """Fold tone placement (and case unless case_sensitive) for duplicate detection."""
    words = []
    for word in text.split(" "):
        decomposed = unicodedata.normalize("NFD", word)
        tones = tuple(c for c in decomposed if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES))
        if not case_sensitive:
            base = base.casefold()
        words.append((base, tones))
    return tuple(words)


def read_table(path, errors):
    name = os.path.basename(path)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{name}: starts with a BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{name}: not UTF-8 ({exc})")
        return None, []
    if "\r" in text:
        errors.append(f"{name}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{name}: no final newline")
    if not unicodedata.is_normalized("NFC", text):
        errors.append(f"{name}: not NFC")
    lines = text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")
    if not lines or not lines[0].startswith("#"):
        errors.append(f"{name}: must start with comment lines")
    header = None
    rows = []
    for number, line in enumerate(lines, 1):
        if line.startswith("#"):
            continue
        if line.strip() == "":
            errors.append(f"{name}:{number}: blank line")
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        rows.append((number, cells))
    return header, rows


def check_file(name, errors):
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        errors.append(f"{name}: missing")
        return []
    columns, enums, case_sensitive = SCHEMAS[name]
    header, rows = read_table(path, errors)
    if header is None:
        errors.append(f"{name}: no header row")
        return []
    if header != columns:
        errors.append(f"{name}: header {header} != expected {columns}")
    seen = {}
    good = []
    for number, cells in rows:
        where = f"{name}:{number}"
        if len(cells) != len(columns):
            errors.append(f"{where}: {len(cells)} cells, expected {len(columns)}: {cells}")
            continue
        for column, cell in zip(columns, cells):
            if cell != cell.strip():
                errors.append(f"{where}: leading/trailing space in {column}: {cell!r}")
            if "  " in cell:
                errors.append(f"{where}: double space in {column}: {cell!r}")
            rule = enums.get(column)
            if "_" in cell and not isinstance(rule, (set, tuple)):
                errors.append(f"{where}: underscore in {column}: {cell!r}")
            if OLD_STYLE.search(cell):
                errors.append(f"{where}: tone mark placement (write hòa/khỏe/thủy): {cell!r}")
            if "|" in cell and any(part == "" or part != part.strip()
                                   for part in cell.split("|")):
                errors.append(f"{where}: bad '|' list in {column}: {cell!r}")
            if rule == "nonempty":
                if not cell:
                    errors.append(f"{where}: empty {column}")
            elif isinstance(rule, tuple):
                parts = cell.split("|")
                if not cell or any(p not in rule[1] for p in parts) or len(set(parts)) != len(parts):
                    errors.append(f"{where}: bad {column} {cell!r}")
            elif rule is not None and cell not in rule:
                errors.append(f"{where}: bad {column} {cell!r}")
        key = cells[0]
        if not key:
            errors.append(f"{where}: empty key")
            continue
        folded = fold(key, case_sensitive)
        if name in KEYED_BY_FORM_AND_KIND:  # one word may have several kinds ("trước")
            folded = (folded, cells[1])
        if folded in seen:
            errors.append(f"{where}: duplicate of line {seen[folded]}: {key!r}")
        else:
            seen[folded] = number
        good.append(dict(zip(columns, cells)))
    return good


def check_places(places, admin_units, errors):
    forms = {fold(r["form"], False) for r in places}
    units = {r["form"] for r in admin_units}
    aliases = {}
    for r in places:
        if r["unit"] and r["unit"] not in units:
            errors.append(f"places.tsv: unit {r['unit']!r} of {r['form']!r} not in admin_units.tsv")
        if not r["alias"]:
            continue
        for alias in r["alias"].split("|"):
            key = fold(alias, False)
            if key in forms:
                errors.append(f"places.tsv: alias {alias!r} of {r['form']!r} is also a form")
            if key in aliases:
                errors.append(f"places.tsv: alias {alias!r} repeated ({aliases[key]!r})")
            aliases[key] = r["form"]
    top = [r for r in places if r["kind"] in ("province", "city")]
    before = [r for r in top if r["period"] in ("before2025", "both")
              and r["form"] != "Thừa Thiên Huế"]  # became the city of Huế on 2025-01-01
    after = [r for r in top if r["period"] in ("after2025", "both")]
    if len(before) != 63:
        errors.append(f"places.tsv: {len(before)} provinces/cities before 2025, expected 63")
    if len(after) != 34:
        errors.append(f"places.tsv: {len(after)} provinces/cities after 2025, expected 34")
    cities = [r for r in after if r["kind"] == "city"]
    if len(cities) != 6:
        errors.append(f"places.tsv: {len(cities)} centrally-run cities after 2025, expected 6")


def main(argv):
    errors = []
    tables = {}
    for name in SCHEMAS:
        tables[name] = check_file(name, errors)
    if tables.get("places.tsv") and tables.get("admin_units.tsv"):
        check_places(tables["places.tsv"], tables["admin_units.tsv"], errors)
    extra = sorted(f for f in os.listdir(HERE) if f.endswith(".tsv") and f not in SCHEMAS)
    for name in extra:
        errors.append(f"{name}: unknown lexicon file (add it to SCHEMAS)")

    total = 0
    for name in SCHEMAS:
        count = len(tables[name])
        total += count
        print(f"{name:22} {count:5}")
    print(f"{'total':22} {total:5}")
    if "--markdown" in argv:
        print()
        print("| file | what it holds | columns | entries |")
        print("|---|---|---|---|")
        for name in SCHEMAS:
            cols = ", ".join(f"`{c}`" for c in SCHEMAS[name][0])
            print(f"| `{name}` | {DESCRIPTIONS[name]} | {cols} | {len(tables[name])} |")
    if errors:
        print(f"\n{len(errors)} problem(s):", file=sys.stderr)
        for error in errors:
            print("  " + error, file=sys.stderr)
        return 1
    print("all lexicons OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
