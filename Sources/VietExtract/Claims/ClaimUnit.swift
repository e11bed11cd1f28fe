import VietText

/// Reads the unit written after a number.
///
/// 1. A unit of the lexicon (`ClaimWords.units`): time, money, measure, percent — its kind
///    decides the claim's kind. "đồng" followed by chí, bào, thời… is not the currency; a time
///    word followed by a number is a date ("ngày 5/7"), not a unit; "giờ" followed by a part
///    of the day ("8 giờ sáng") is a time of day.
/// 2. Otherwise the counted noun phrase: up to three words (per the segmenter) and four
///    syllables of lower-case letters, stopping at punctuation, numbers, capitalised words,
///    magnitude words, function words and common verbs (`ClaimWords.stopWords`), and at the
///    start of an entity mention. The scorer accepts a unit that begins with the gold head, so
///    a slightly long phrase ("bài học kinh nghiệm" for "bài học") is fine; a short one is not.
/// 3. Either may be followed by "/" and a further unit ("đồng/kg", "%/năm", "người/km2"), up
///    to two times.
struct ClaimUnit {
    let doc: AnalyzedText
    let limit: Int
    /// Token indices where an entity mention starts (a noun phrase stops there).
    let mentionStarts: Set<Int>

    struct Found: Equatable {
        var range: Range<Int>
        var kind: ClaimKind
        /// The unit text (normalized), built only for emitted claims.
        var text: String
    }

    var tokens: [Token] { doc.tokens }

    func isWordToken(_ j: Int) -> Bool {
        j < limit && tokens[j].kind == .syllable
    }

    enum Lexicon { case unit(ClaimKind, Int), none, blocked }

    /// A lexicon unit at `j`, with its guards: `.blocked` when the word is a time word used
    /// as a date or a time of day ("ngày 5/7", "15 giờ chiều"), so nothing at `j` is a unit.
    func lexicon(at j: Int) -> Lexicon {
        guard let m = ClaimWords.units.match(tokens, at: j, limit: limit) else { return .none }
        // A unit must be separated from the word before by a space unless it is a symbol.
        let first = tokens[j]
        if first.key == ClaimWords.dong, m.end < limit, tokens[m.end].kind == .syllable,
           ClaimWords.dongNotCurrency.contains(tokens[m.end].key) { return .none }
        if m.payload == .duration {
            // "ngày 5/7", "tháng 7 năm 2024": a date, not a duration.
            if m.end < limit, tokens[m.end].kind == .number { return .blocked }
            if first.key == ClaimUnit.gio || first.key == ClaimUnit.tieng,
               m.end < limit, ClaimWords.dayParts.contains(tokens[m.end].key), tokens[m.end].key != Magnitude.ruoi {
                return .blocked
            }
        }
        return .unit(m.payload, m.end)
    }

    static let gio = SyllableKey.hash("giờ"), tieng = SyllableKey.hash("tiếng")

    /// Whether token `j` can be part of a counted-noun phrase.
    func isNounToken(_ j: Int) -> Bool {
        guard j < limit else { return false }
        let t = tokens[j]
        guard t.kind == .syllable, !t.isCapitalized, !t.flags.contains(.abbreviation) else { return false }
        if ClaimWords.stopWords.contains(t.key) {
            guard let seconds = ClaimWords.stopWordNouns[t.key], j + 1 < limit, seconds.contains(tokens[j + 1].key),
                  !tokens[j + 1].isCapitalized else { return false }
            return true
        }
        if Magnitude.any(t.key) != nil || t.key == Magnitude.ruoi { return false }
        // A time word followed by a number starts a date ("nhiệm vụ trọng tâm năm 2024").
        if ClaimWords.dateWords.contains(t.key), j + 1 < limit, tokens[j + 1].kind == .number { return false }
        return true
    }

    /// The end (exclusive) of the segmenter word containing token `j`.
    func wordEnd(_ j: Int) -> Int {
        let words = doc.words
        var lo = 0, hi = words.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if words[mid].lowerBound <= j { lo = mid } else { hi = mid - 1 }
        }
        guard lo < words.count, words[lo].contains(j) else { return j + 1 }
        return words[lo].upperBound
    }

    /// A counted-noun phrase at `j`.
    func nounPhrase(at j: Int) -> Int? {
        guard isNounToken(j) else { return nil }
        var end = j
        var words = 0
        while end < limit, words < 3, end - j < 4, isNounToken(end) {
            if end > j && mentionStarts.contains(end) { break }
            let we = Swift.min(wordEnd(end), limit)
            var k = end
            var whole = true
            while k < we { if !isNounToken(k) || k - j >= 4 { whole = false; break }; k += 1 }
            if !whole { if words == 0 { end += 1 }; break }
            end = we
            words += 1
        }
        return end > j ? end : nil
    }

    /// The unit at `j` with its kind; `fixed` forces a kind (percent written in the number).
    func read(at j: Int) -> Found? {
        var kind: ClaimKind
        var end: Int
        var textStart = j
        switch lexicon(at: j) {
        case .unit(let k, let e):
            kind = k; end = e
        case .blocked:
            return nil
        case .none:
            guard let e = nounPhrase(at: j) else { return nil }
            kind = .count; end = e
            // "2/3 số hộ dân": the counted noun is after "số".
            if tokens[j].key == ClaimWords.so, e > j + 1 { textStart = j + 1 }
        }
        end = extendSlash(from: end)
        return Found(range: j..<end, kind: kind, text: doc.normalizedText(ofTokens: textStart..<end))
    }

    /// "/" + a unit or lower-case word, twice at most: "đồng/kg", "%/năm", "người/km2".
    func extendSlash(from start: Int) -> Int {
        var end = start
        for _ in 0..<2 {
            guard end + 1 < limit, tokens[end].key == ClaimWords.slash else { break }
            if let u = ClaimWords.units.match(tokens, at: end + 1, limit: limit) {
                end = u.end
            } else if tokens[end + 1].kind == .syllable, !tokens[end + 1].isCapitalized || tokens[end + 1].flags.contains(.allUpper) {
                end += 2
            } else {
                break
            }
        }
        return end
    }
}
