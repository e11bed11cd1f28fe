import VietText

/// Reads a number written across tokens: digits or spelled-out words, then magnitude words
/// and "rưỡi" ("1,5 triệu", "3 nghìn tỷ", "1 tỷ 200 triệu", "2 triệu rưỡi", "hai mươi mốt",
/// "hai nghìn không trăm hai mươi lăm").
///
/// Combination rules: a magnitude multiplies the section before it; a larger magnitude right
/// after a smaller one multiplies again ("nghìn tỷ" = 10¹²); a new section after a magnitude
/// must end below it ("1 tỷ 200 triệu" = 1.2·10⁹) — a digit section only when its own magnitude
/// follows, a spelled section also without one ("hai nghìn không trăm hai mươi lăm").
/// "rưỡi" adds half of the last magnitude and ends the number. A non-finite intermediate value
/// makes the whole reading nil (no trap, no infinity in results).
struct NumberReader {
    let doc: AnalyzedText
    /// Exclusive token limit (the end of the sentence).
    let limit: Int

    struct Reading: Equatable {
        var value: Double
        /// Token index after the number.
        var end: Int
        /// A magnitude word was read.
        var hasMagnitude: Bool
        /// The last magnitude written (for ranges "từ 3 đến 5 tỷ").
        var lastMagnitude: Double?
        /// Words of the spelled part (0 for digits).
        var spelledWords: Int
        /// The number is one spelled digit word ("hai", "ba") and nothing else.
        var singleDigitWord: Bool
    }

    @inline(__always)
    func key(_ j: Int) -> UInt64? {
        guard j < limit, doc.tokens[j].kind == .syllable else { return nil }
        return doc.tokens[j].key
    }

    /// Reads the magnitudes (and further sections) after a digit numeral of value `first`
    /// whose token ends before `i`.
    func tail(from i: Int, first: Double) -> Reading? {
        combine(from: i, first: first, spelled: false, spelledWords: 0)
    }

    /// Reads a spelled-out numeral starting at `i` (with magnitudes), or nil.
    func spelled(at i: Int) -> Reading? {
        guard let g = SpelledNumber.group(at: i, end: limit, key: key) else { return nil }
        if g.lastMultiplier == 100, let w = key(g.end), w == Magnitude.ruoi {
            // "hai trăm rưỡi" = 250
            return Reading(value: Double(g.value) + 50, end: g.end + 1, hasMagnitude: false, lastMagnitude: nil,
                           spelledWords: g.words + 1, singleDigitWord: false)
        }
        guard var r = combine(from: g.end, first: Double(g.value), spelled: true, spelledWords: g.words) else { return nil }
        r.singleDigitWord = g.words == 1 && r.end == g.end
        return r
    }

    private func combine(from i: Int, first: Double, spelled: Bool, spelledWords: Int) -> Reading? {
        var total = 0.0
        var group = first
        var groupMagnitude: Double? = nil        // largest magnitude applied to `group`
        var previousSection = Double.infinity   // the magnitude that closed the previous section
        var groupIsSpelled = spelled
        var words = spelledWords
        var hasMagnitude = false
        var j = i
        while j < limit {
            let t = doc.tokens[j]
            if t.kind == .syllable, let m = Magnitude.any(t.key) {
                if let gm = groupMagnitude {
                    guard m > gm, m >= 1000 else { break }  // "nghìn tỷ"
                } else {
                    guard m < previousSection else { break }
                    if groupIsSpelled && m < 1000 { break }   // "hai mươi trăm"
                }
                group *= m
                guard group.isFinite else { return nil }
                groupMagnitude = m; hasMagnitude = true
                if groupIsSpelled { words += 1 }
                j += 1
                continue
            }
            if t.kind == .syllable, t.key == Magnitude.ruoi, let gm = groupMagnitude {
                group += gm / 2
                j += 1
                break
            }
            // A new section after a magnitude.
            guard let gm = groupMagnitude else { break }
            if t.kind == .number, t.flags.contains(.spaceBefore),
               let d = DigitNotation.parse(doc.normalized.scalars[t.range]), d.isPlainInteger, d.value < 1000,
               let nk = key(j + 1), let m2 = Magnitude.large(nk), m2 < gm {
                total += group; previousSection = gm
                group = d.value; groupMagnitude = nil; groupIsSpelled = false
                j += 1
                continue
            }
            if let g = SpelledNumber.group(at: j, end: limit, afterMagnitude: true, key: key) {
                let nextMagnitude = key(g.end).flatMap(Magnitude.large)
                let ok = nextMagnitude.map { $0 < gm } ?? (spelled && Double(g.value) < gm)
                guard ok else { break }
                total += group; previousSection = gm
                group = Double(g.value); groupMagnitude = nil; groupIsSpelled = true
                words += g.words
                j = g.end
                continue
            }
            break
        }
        let value = total + group
        guard value.isFinite else { return nil }
        return Reading(value: value, end: j, hasMagnitude: hasMagnitude, lastMagnitude: groupMagnitude,
                       spelledWords: words, singleDigitWord: false)
    }
}
