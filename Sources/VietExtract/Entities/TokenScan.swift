import VietText

/// A read-only view of one document's tokens for the entity rules: key and shape tests, and
/// lexicon lookups bounded by a limit (the sentence end).
///
/// Units: every `Int` position is a token index into `doc.tokens`; ranges are half-open.
/// Invariant: only valid inside the `withUnsafeBufferPointer` call that made it (never stored).
struct TokenScan {
    let doc: AnalyzedText
    let t: UnsafeBufferPointer<Token>
    let lex: LexiconSet
    /// Per token, the lexicons (`LexID.bit`) with a phrase starting with its key.
    let starts: UnsafeBufferPointer<UInt32>
    /// The normalized scalars.
    let scalars: UnsafeBufferPointer<UInt32>
    /// Build rule descriptions (`parts`, `Mention.rule`): only for `--explain`.
    let explain: Bool

    var count: Int { t.count }
    @inline(__always) func key(_ i: Int) -> UInt64 { t[i].key }

    /// A letter word (syllable) whose first letter is upper case.
    @inline(__always) func isCap(_ i: Int) -> Bool {
        i < t.count && t[i].kind == .syllable && t[i].flags.contains(.capitalized)
    }
    @inline(__always) func isWord(_ i: Int) -> Bool { i < t.count && t[i].kind == .syllable }
    @inline(__always) func isUpper(_ i: Int) -> Bool { i < t.count && t[i].flags.contains(.allUpper) }
    @inline(__always) func isNumber(_ i: Int) -> Bool { i < t.count && t[i].kind == .number }
    /// The token starts a line or a sentence-like position where capitals mean nothing.
    @inline(__always) func spaceBefore(_ i: Int) -> Bool { t[i].flags.contains(.spaceBefore) }

    /// The single scalar of a punctuation/symbol token, else 0.
    @inline(__always) func punct(_ i: Int) -> UInt32 {
        guard i >= 0, i < t.count, t[i].kind == .punct || t[i].kind == .symbol, t[i].end - t[i].start == 1 else { return 0 }
        return doc.normalized.scalars[Int(t[i].start)]
    }
    @inline(__always) func isComma(_ i: Int) -> Bool { punct(i) == 0x2C }
    /// '-' (every dash was normalized to it) with spaces around it: joins titles and bodies.
    @inline(__always) func isSpacedDash(_ i: Int) -> Bool {
        punct(i) == 0x2D && spaceBefore(i) && i + 1 < t.count && spaceBefore(i + 1)
    }
    /// '-' with no space on either side: joins syllables of one foreign name ("Sang-sik").
    @inline(__always) func isTightHyphen(_ i: Int) -> Bool {
        punct(i) == 0x2D && !spaceBefore(i) && i + 1 < t.count && !spaceBefore(i + 1)
    }

    /// Longest phrase of lexicon `id` at `i` not crossing `limit`.
    @inline(__always)
    func longest(_ id: LexID, _ i: Int, _ limit: Int) -> (len: Int, entry: LexEntry)? {
        guard i < limit, i < t.count, starts[i] & id.bit != 0 else { return nil }
        return lex.longest(id, t, i, limit)
    }

    /// True when a phrase of lexicon `id` starts at `i` (within `limit`).
    @inline(__always)
    func has(_ id: LexID, _ i: Int, _ limit: Int) -> Bool {
        guard i < limit, i < t.count, starts[i] & id.bit != 0 else { return false }
        return lex.longest(id, t, i, limit) != nil
    }

    /// `i` and `i+1` spell "Trung ương".
    func isTrungUong(_ i: Int, _ limit: Int) -> Bool {
        i + 1 < limit && key(i) == Keys.trung && key(i + 1) == Keys.uong
    }

    /// A surname (from the lexicon) at `i`, capitalized: its length in tokens.
    func surname(_ i: Int, _ limit: Int) -> Int? {
        guard isCap(i), let m = longest(.surnames, i, limit) else { return nil }
        return m.len
    }

    /// The normalized text of tokens `r` (built only for emitted mentions).
    func text(_ r: Range<Int>) -> String {
        guard !r.isEmpty else { return "" }
        return ScalarText.string(scalars, Int(t[r.lowerBound].start)..<Int(t[r.upperBound - 1].end))
    }

    /// `r`'s text with each abbreviation that the lexicon expands written in full
    /// ("Chủ tịch UBND TP Hà Nội" → "Chủ tịch Ủy ban nhân dân thành phố Hà Nội").
    func expanded(_ r: Range<Int>) -> String {
        var out = ""
        var i = r.lowerBound
        while i < r.upperBound {
            if i > r.lowerBound, spaceBefore(i) { out += " " }
            if isUpper(i) || t[i].flags.contains(.abbreviation),
               let m = longest(.abbreviations, i, r.upperBound), m.len == 1,
               let full = m.entry.firstExpansion {
                out += full
            } else if let m = longest(.adminUnits, i, r.upperBound), m.len == 1,
                      m.entry.level == "any" || m.entry.form.hasSuffix("."),
                      isUpper(i) || t[i].flags.contains(.abbreviation),
                      let unit = fullUnit(m.entry) {
                out += unit
            } else {
                out += ScalarText.string(scalars, t[i].range)
            }
            i += 1
        }
        return out
    }

    /// The unit word an abbreviated admin unit stands for ("TP." → "thành phố").
    private func fullUnit(_ e: LexEntry) -> String? {
        let f = e.form.filter { $0 != "." }.lowercased()
        switch f {
        case "tp": return "thành phố"
        case "tx": return "thị xã"
        case "q": return "quận"
        case "h": return "huyện"
        case "p": return "phường"
        case "tt": return "thị trấn"
        default: return nil
        }
    }
}

