import VietText

/// Bounded scans shared by the event and document taggers: proper-name runs and ordinals.
struct NameScanner: Sendable {
    let lexicon: TemporalLexicon

    /// The end of a proper-name run starting at `k` (which must be a capitalized word):
    /// capitalized words, and up to `maxLower` lower-case words in a row after one, stopping at
    /// punctuation, numbers and name breaks (name_breaks.tsv; "và" continues when a capitalized
    /// word follows: "Luật Khoa học và Công nghệ"). At most `maxTokens` tokens. Nil if `k` does
    /// not start a name.
    func nameEnd(_ doc: DocView, from k: Int, limit: Int, maxTokens: Int = 8, maxLower: Int = 3) -> Int? {
        let t = doc.tokens
        guard k < limit, t[k].isWordLike, t[k].isCapitalized else { return nil }
        var end = k + 1
        var lower = 0
        while end < limit, end - k < maxTokens {
            let tok = t[end]
            guard tok.isWordLike, tok.kind != .number else { break }
            if tok.isCapitalized {
                if lexicon.documentHead(doc, at: end, limit: limit) != nil || lexicon.eventHead(doc, at: end, limit: limit) != nil { break }
                lower = 0; end += 1; continue
            }
            if let b = lexicon.nameBreak(doc, at: end, limit: limit) {
                if b == 1, tok.key == TK.va, end + 1 < limit, t[end + 1].isCapitalized {
                    end += 1; lower = 0; continue
                }
                break
            }
            lower += 1
            if lower > maxLower { break }
            end += 1
        }
        // Do not end on the lower-case words of a run that was cut short.
        return end
    }

    /// An ordinal at `k`: "lần thứ XIV", "thứ 10", "lần thứ hai", "XIII" (a canonical Roman
    /// numeral in capitals) or, when `allowArabic`, a bare "8" (1–999). Returns the end and value.
    func ordinal(_ doc: DocView, at k: Int, limit: Int, allowArabic: Bool) -> (end: Int, value: Int)? {
        let t = doc.tokens
        guard k < limit else { return nil }
        if t[k].key == TK.lan, k + 2 < limit, t[k + 1].key == TK.thu, let v = ordinalValue(doc, k + 2, words: true) {
            return (k + 3, v)
        }
        if t[k].key == TK.thu, k + 1 < limit, let v = ordinalValue(doc, k + 1, words: !t[k + 1].isCapitalized) {
            return (k + 2, v)
        }
        if t[k].kind == .syllable, let v = doc.roman(k) { return (k + 1, v) }
        if allowArabic, let v = arabic(doc, k), v < 1000 { return (k + 1, v) }
        return nil
    }

    /// A Roman numeral, an Arabic integer, or (when `words`) an ordinal word ("hai", "nhất").
    func ordinalValue(_ doc: DocView, _ k: Int, words: Bool) -> Int? {
        let t = doc.tokens[k]
        if t.kind == .number { return arabic(doc, k) }
        if t.kind == .syllable {
            if let v = doc.roman(k) { return v }
            if words { return TK.wordOrdinals[t.key] }
        }
        return nil
    }

    func arabic(_ doc: DocView, _ k: Int) -> Int? {
        guard doc.tokens[k].kind == .number, let g = doc.groups(k), g.values.count == 1,
              g.widths[0] <= 4 else { return nil }
        return g.values[0]
    }

    /// True when the token at `k` is a lower-case counted noun or time unit, so a number before
    /// it is a count ("lễ ký kết 15 văn kiện", "Lễ kỷ niệm 80 năm"), not an ordinal or identifier.
    func isCounted(_ doc: DocView, _ k: Int, limit: Int) -> Bool {
        let t = doc.tokens
        guard k < limit, t[k].kind == .syllable, !t[k].isCapitalized else { return false }
        if DocumentTagger.durationUnits.contains(t[k].key) { return true }
        return lexicon.nameBreak(doc, at: k, limit: limit) == nil
    }

    /// "khóa XV" / "khoá 15" at `k`: the end, else nil.
    func term(_ doc: DocView, at k: Int, limit: Int) -> Int? {
        guard k + 1 < limit, doc.tokens[k].key == TK.khoa, ordinalValue(doc, k + 1, words: false) != nil else { return nil }
        return k + 2
    }
}
