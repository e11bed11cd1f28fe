/// Splits normalized text into syllables, numbers, codes, punctuation and symbols.
///
/// One left-to-right pass, no backtracking beyond the current chunk, no allocation besides the
/// output array. A *chunk* is a run of letters and digits joined by single connectors
/// (`. , / - _ :`) each followed directly by a letter or digit; a chunk is one token when it is a
/// number, a code or a dotted abbreviation, and is split at its connectors otherwise.
public struct Tokenizer: Sendable {
    public init() {}

    /// Tokens of `text`, in order, covering every non-space scalar exactly once.
    public func tokenize(_ text: NormalizedText) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(text.scalars.count / 4 + 4)
        text.scalars.withUnsafeBufferPointer { tokenize($0, into: &out) }
        return out
    }

    /// Appends the tokens of `s` to `out` (reuse `out` across documents to avoid allocation).
    public func tokenize(_ s: UnsafeBufferPointer<UInt32>, into out: inout [Token]) {
        var i = 0
        let n = s.count
        var pending: Token.Flags = []
        while i < n {
            let c = CharacterClass.of(s[i])
            switch c {
            case .space:
                pending.insert(.spaceBefore); i += 1
            case .newline:
                pending.formUnion([.spaceBefore, .newlineBefore]); i += 1
            case .upper, .lower, .caselessLetter, .digit:
                i = chunk(s, from: i, flags: pending, into: &out)
                pending = []
            case .mark:
                // A mark with no letter before it (after NFC): keep it with what follows.
                var j = i + 1
                while j < n && CharacterClass.of(s[j]) == .mark { j += 1 }
                out.append(Token(start: Int32(i), end: Int32(j), kind: .other, flags: pending, key: SyllableKey.hash(s, i..<j)))
                pending = []; i = j
            case .punct:
                var j = i + 1
                if s[i] == 0x2E { while j < n && s[j] == 0x2E { j += 1 } }  // "..." is one token
                out.append(Token(start: Int32(i), end: Int32(j), kind: .punct, flags: pending, key: SyllableKey.hash(s, i..<j)))
                pending = []; i = j
            case .symbol, .other:
                var j = i + 1
                while j < n && CharacterClass.of(s[j]) == .mark { j += 1 }  // emoji modifiers, accents
                out.append(Token(start: Int32(i), end: Int32(j), kind: c == .symbol ? .symbol : .other, flags: pending, key: SyllableKey.hash(s, i..<j)))
                pending = []; i = j
            }
        }
    }

    // MARK: - Chunks

    /// A maximal run of letters/digits (with marks) inside a chunk.
    private struct Run {
        var start: Int, end: Int
        var letters = 0, digits = 0, uppers = 0
        var firstUpper = false
        var isDigits: Bool { letters == 0 }
        var isAlpha: Bool { digits == 0 }
    }

    @inline(__always)
    private static func isConnector(_ v: UInt32) -> Bool {
        v == 0x2E || v == 0x2C || v == 0x2F || v == 0x2D || v == 0x5F || v == 0x3A
    }

    @inline(__always)
    private static func isAlnum(_ c: CharacterClass) -> Bool {
        c == .upper || c == .lower || c == .caselessLetter || c == .digit || c == .mark
    }

    private func readRun(_ s: UnsafeBufferPointer<UInt32>, _ start: Int) -> Run {
        var r = Run(start: start, end: start)
        var j = start
        while j < s.count {
            let c = CharacterClass.of(s[j])
            guard Self.isAlnum(c) else { break }
            switch c {
            case .digit: r.digits += 1
            case .upper:
                if r.letters == 0 { r.firstUpper = true }
                r.letters += 1; r.uppers += 1
            case .mark: break
            default: r.letters += 1
            }
            j += 1
        }
        r.end = j
        return r
    }

    /// Reads the chunk at `start`, appends its token(s), returns the index after it.
    private func chunk(_ s: UnsafeBufferPointer<UInt32>, from start: Int, flags: Token.Flags, into out: inout [Token]) -> Int {
        // Collect runs; connectors are the single scalars between consecutive runs. Bounded by
        // a fixed buffer; a longer chunk is emitted in pieces (still linear time).
        var runs: [Run] = []
        runs.reserveCapacity(4)
        var j = start
        while true {
            let r = readRun(s, j)
            runs.append(r)
            j = r.end
            guard j + 1 < s.count, Self.isConnector(s[j]), Self.isAlnum(CharacterClass.of(s[j + 1])),
                  runs.count < 64 else { break }
            j += 1
        }
        var end = runs.last!.end
        var kind: TokenKind
        var tokenFlags = flags
        let anyLetters = runs.contains { $0.letters > 0 }
        let anyDigits = runs.contains { $0.digits > 0 }

        if runs.count == 1 {
            let r = runs[0]
            if r.isDigits {
                kind = .number
            } else if r.isAlpha {
                kind = .syllable
            } else if CharacterClass.of(s[r.start]) == .digit {
                // "10km", "5G": a number followed directly by letters is two tokens.
                var k = r.start
                while CharacterClass.of(s[k]) == .digit { k += 1 }
                if Self.allLettersFrom(s, k, r.end) {
                    appendToken(s, r.start, k, .number, flags, &out)
                    appendToken(s, k, r.end, .syllable, [], &out)
                    return r.end
                }
                kind = .code
            } else {
                kind = .code
            }
        } else if !anyLetters {
            kind = .number
        } else if isCode(s, runs, anyDigits: anyDigits) {
            kind = .code
        } else if isDottedAbbreviation(s, runs) {
            kind = .syllable
            tokenFlags.insert(.abbreviation)
        } else {
            // Not one token: emit the runs and their connectors separately.
            var f = flags
            for (k, r) in runs.enumerated() {
                if k > 0 {
                    let prev = runs[k - 1]
                    if s[r.start - 1] == 0x2E, prev.isAlpha, Abbreviations.isDotted(SyllableKey.hash(s, prev.start..<prev.end)) {
                        out[out.count - 1].end += 1  // "TP.Hà Nội": the stop belongs to "TP."
                        out[out.count - 1].flags.insert(.abbreviation)
                    } else {
                        appendToken(s, r.start - 1, r.start, .punct, [], &out)
                    }
                }
                let runKind: TokenKind = r.isDigits ? .number : (r.isAlpha ? .syllable : .code)
                appendToken(s, r.start, r.end, runKind, f, &out)
                f = []
            }
            return attachAbbreviationStop(s, runs.last!, &out, end)
        }
        if kind == .number, end < s.count, s[end] == 0x25 { end += 1 }  // "87,45%"
        appendToken(s, start, end, kind, tokenFlags, &out)
        if kind == .syllable && runs.count == 1 {
            return attachAbbreviationStop(s, runs[0], &out, end)
        }
        if tokenFlags.contains(.abbreviation), end < s.count, s[end] == 0x2E {
            out[out.count - 1].end += 1  // "v.v." keeps its final stop
            return end + 1
        }
        return end
    }

    private static func allLettersFrom(_ s: UnsafeBufferPointer<UInt32>, _ a: Int, _ b: Int) -> Bool {
        for k in a..<b where !CharacterClass.of(s[k]).isLetter { return false }
        return true
    }

    /// Codes: identifiers such as "01-CTr/TU", "NĐ-CP", "QĐ-UBND", "COVID-19", "KT-XH".
    private func isCode(_ s: UnsafeBufferPointer<UInt32>, _ runs: [Run], anyDigits: Bool) -> Bool {
        var slashOrDash = false
        for k in 1..<runs.count {
            let c = s[runs[k].start - 1]
            if c == 0x2F || c == 0x2D || c == 0x5F { slashOrDash = true }
        }
        guard slashOrDash else { return false }
        let alpha = runs.filter { $0.letters > 0 }
        if anyDigits {
            // Letters in a code start upper case ("01-CTr/TU", "COVID-19"); "5-7km" is not one.
            return alpha.allSatisfy { $0.firstUpper }
        }
        return alpha.allSatisfy { $0.uppers >= 2 || ($0.letters == 1 && $0.firstUpper) }
            && alpha.contains { $0.uppers >= 2 }
    }

    /// "TP.HCM", "PGS.TS", "T.Ư", "v.v": alphabetic runs joined by full stops, each an
    /// initialism or a known dotted abbreviation.
    private func isDottedAbbreviation(_ s: UnsafeBufferPointer<UInt32>, _ runs: [Run]) -> Bool {
        for k in 1..<runs.count where s[runs[k].start - 1] != 0x2E { return false }
        return runs.allSatisfy { r in
            r.isAlpha && ((r.uppers == r.letters) || Abbreviations.isDotted(SyllableKey.hash(s, r.start..<r.end)))
        }
    }

    /// After a single alphabetic run such as "TP" or "PGS" comes a full stop that belongs to it.
    private func attachAbbreviationStop(_ s: UnsafeBufferPointer<UInt32>, _ r: Run, _ out: inout [Token], _ end: Int) -> Int {
        guard r.isAlpha, end < s.count, s[end] == 0x2E, end == r.end,
              end + 1 >= s.count || s[end + 1] != 0x2E,
              Abbreviations.isDotted(SyllableKey.hash(s, r.start..<r.end)) else { return end }
        out[out.count - 1].end = Int32(end + 1)
        out[out.count - 1].flags.insert(.abbreviation)
        return end + 1
    }

    @inline(__always)
    private func appendToken(_ s: UnsafeBufferPointer<UInt32>, _ a: Int, _ b: Int, _ kind: TokenKind, _ flags: Token.Flags, _ out: inout [Token]) {
        var f = flags
        var letters = 0, uppers = 0
        var first = true
        for k in a..<b {
            switch CharacterClass.of(s[k]) {
            case .upper:
                if first { f.insert(.capitalized) }
                letters += 1; uppers += 1; first = false
            case .lower, .caselessLetter:
                letters += 1; first = false
            case .digit:
                f.insert(.hasDigit); first = false
            default: break
            }
        }
        if letters >= 2 && uppers == letters { f.insert(.allUpper) }
        out.append(Token(start: Int32(a), end: Int32(b), kind: kind, flags: f, key: SyllableKey.hash(s, a..<b)))
    }
}

/// Abbreviations written with a full stop that belongs to them ("TP.", "PGS.", "ThS.", "v.v.").
public enum Abbreviations {
    /// Folded forms; matching uses `SyllableKey`, so case and tone placement do not matter.
    public static let dotted: [String] = [
        "tp", "tt", "tx", "q", "p", "h", "x", "tr", "pgs", "gs", "ts", "ths", "th", "bs", "ks", "cn",
        "ncs", "ls", "nsnd", "nsưt", "ngnd", "ngưt", "v", "st", "mr", "mrs", "ms", "dr", "prof",
        "ck", "ckii", "cki", "đ", "tw", "ư", "hcm", "tphcm", "đh", "cđ", "thpt", "thcs",
    ]
    private static let dottedKeys: Set<UInt64> = Set(dotted.map(SyllableKey.hash))

    @inline(__always)
    public static func isDotted(_ key: UInt64) -> Bool { dottedKeys.contains(key) }
}
