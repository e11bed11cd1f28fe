/// Splits normalized text into syllables, numbers, codes, punctuation and symbols.
///
/// One left-to-right pass with no backtracking beyond the current chunk. A *chunk* is a run of
/// letters and digits joined by single connectors (`. , / - _ :`) each followed directly by a
/// letter or digit; a chunk is one token when it is a number, a code or a dotted abbreviation,
/// and is split at its connectors otherwise. The common case — a chunk of one run, i.e. a plain
/// syllable or number — takes a fast path that allocates nothing.
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
        withUnsafeTemporaryAllocation(of: Token.self, capacity: Scan.stageCapacity) { stage in
            var scan = Scan(s: s, tables: ScalarTables.shared, stage: stage.baseAddress!)
            scan.run(into: &out)
            scan.flush(&out)
        }
    }
}

/// The state of one tokenization pass.
///
/// Tokens are written to a small stack buffer (`stage`) and appended to the caller's array
/// `stageCapacity` at a time, so the per-token cost is a store, not an `Array.append`. The last
/// token written is always in the stage (it is flushed only when a new token needs the room),
/// so abbreviation stops can still be attached to it.
private struct Scan {
    static let stageCapacity = 256

    let s: UnsafeBufferPointer<UInt32>
    let tables: ScalarTables
    let stage: UnsafeMutablePointer<Token>
    var staged = 0

    init(s: UnsafeBufferPointer<UInt32>, tables: ScalarTables, stage: UnsafeMutablePointer<Token>) {
        self.s = s
        self.tables = tables
        self.stage = stage
    }

    @inline(__always) func cls(_ i: Int) -> CharacterClass { tables.characterClass(s[i]) }

    @inline(__always) static func isAlnum(_ c: CharacterClass) -> Bool {
        c == .upper || c == .lower || c == .caselessLetter || c == .digit || c == .mark
    }

    @inline(__always) static func isConnector(_ v: UInt32) -> Bool {
        v == 0x2E || v == 0x2C || v == 0x2F || v == 0x2D || v == 0x5F || v == 0x3A
    }

    /// Appends `t` (flushing the stage first when it is full).
    @inline(__always)
    mutating func emit(_ t: Token, _ out: inout [Token]) {
        if staged == Self.stageCapacity { flush(&out) }
        (stage + staged).initialize(to: t)
        staged &+= 1
    }

    /// Moves the staged tokens to `out`.
    mutating func flush(_ out: inout [Token]) {
        out.append(contentsOf: UnsafeBufferPointer(start: stage, count: staged))
        staged = 0
    }

    /// The token emitted last (always still staged).
    @inline(__always)
    var last: UnsafeMutablePointer<Token> { stage + (staged - 1) }

    mutating func run(into out: inout [Token]) {
        var i = 0
        let n = s.count
        var pending: Token.Flags = []
        while i < n {
            let c = cls(i)
            // The two common cases first, without the jump table of the switch below.
            if (1 &<< UInt32(c.rawValue)) & Self.alnumBits != 0 && c != .mark {
                let r = readRun(i)
                if r.isAlpha && !mayExtend(r.end) {
                    // A plain syllable followed by a space or punctuation: the common case.
                    appendRun(r, r.end, .syllable, pending, &out)
                    i = r.end
                } else {
                    i = chunk(first: r, flags: pending, into: &out)
                }
                pending = []
                // One ASCII space after a token (the usual separator) is consumed here.
                if i < n && s[i] == 0x20 { pending = .spaceBefore; i += 1 }
                continue
            }
            if c == .space {
                pending.insert(.spaceBefore); i += 1
                continue
            }
            switch c {
            case .space:
                pending.insert(.spaceBefore); i += 1
            case .newline:
                pending.formUnion([.spaceBefore, .newlineBefore]); i += 1
            case .upper, .lower, .caselessLetter, .digit:
                i = chunk(first: readRun(i), flags: pending, into: &out)
                pending = []
            case .mark:
                // A mark with no letter before it (after NFC): keep it with the marks after it.
                var j = i + 1
                while j < n && cls(j) == .mark { j += 1 }
                append(i, j, .other, pending, &out)
                pending = []; i = j
            case .punct:
                var j = i + 1
                if s[i] == 0x2E { while j < n && s[j] == 0x2E { j += 1 } }  // "..." is one token
                append(i, j, .punct, pending, &out)
                pending = []; i = j
            case .symbol, .other:
                var j = i + 1
                while j < n && cls(j) == .mark { j += 1 }  // emoji modifiers, stray accents
                append(i, j, c == .symbol ? .symbol : .other, pending, &out)
                pending = []; i = j
            }
        }
    }

    /// True when the scalar at `j` (just after a run) may extend or modify the run's token:
    /// a connector (which may join another run, or be an abbreviation's stop) or '%'.
    @inline(__always)
    func mayExtend(_ j: Int) -> Bool {
        guard j < s.count else { return false }
        let v = s[j]
        return v == 0x25 || Self.isConnector(v)
    }

    // MARK: - Runs and chunks

    /// A maximal run of letters/digits (with marks) inside a chunk, with its key computed in
    /// the same pass.
    struct Run {
        var start: Int, end: Int
        /// Bit `c` is set when the run holds a scalar of `CharacterClass` raw value `c`.
        var classes: UInt32
        var key: UInt64
        var hasLetters: Bool { classes & Scan.letterBits != 0 }
        var isDigits: Bool { !hasLetters }
        var isAlpha: Bool { classes & Scan.digitBit == 0 }
        /// No lower-case or caseless letter (true for a run without letters).
        var lettersAllUpper: Bool { classes & Scan.notUpperLetterBits == 0 }
        var hasUpper: Bool { classes & Scan.upperBit != 0 }
    }

    // Class bit masks: bit c is set for CharacterClass raw value c.
    static let upperBit: UInt32 = 1 << CharacterClass.upper.rawValue
    static let digitBit: UInt32 = 1 << CharacterClass.digit.rawValue
    static let notUpperLetterBits: UInt32 = 1 << CharacterClass.lower.rawValue | 1 << CharacterClass.caselessLetter.rawValue
    static let letterBits: UInt32 = upperBit | notUpperLetterBits
    static let alnumBits: UInt32 = letterBits | digitBit | 1 << CharacterClass.mark.rawValue

    /// Reads the run at `start` in one branch-light pass: classes, key and end. Per scalar this
    /// is one table load, an OR and the key's multiply; counts are taken later, only for the
    /// rare runs that need them.
    @inline(__always)
    func readRun(_ start: Int) -> Run {
        var j = start
        var h = SyllableKey.offsetBasis
        var tone: UInt32 = 0
        var classes: UInt32 = 0
        let n = s.count
        let table = tables.info
        // Scalars below `ScalarTables.limit` (all of Vietnamese) read the table directly; the
        // loop leaves for the general lookup at the first scalar above it, so no call sits in
        // the hot loop.
        @inline(__always) func step(_ info: UInt32) -> Bool {
            let bit: UInt32 = 1 &<< (info & 0xF)
            if bit & Self.alnumBits == 0 { return false }
            classes |= bit
            let t = (info >> 4) & 7
            tone = t != 0 ? t : tone
            h = (h ^ UInt64(info >> 8)) &* SyllableKey.prime
            return true
        }
        while j < n {
            let v = s[j]
            if v >= ScalarTables.limit { break }
            if !step(table[Int(v)]) { break }
            j &+= 1
        }
        while j < n && s[j] >= ScalarTables.limit && step(tables.lookup(s[j])) {
            j &+= 1
            while j < n && s[j] < ScalarTables.limit && step(table[Int(s[j])]) { j &+= 1 }
        }
        if tone != 0 { h = (h ^ UInt64(0x30 + tone)) &* SyllableKey.prime }
        return Run(start: start, end: j, classes: classes, key: h)
    }

    /// True when the first letter of the run (digits and marks skipped) is upper case.
    @inline(__always)
    func firstLetterIsUpper(_ r: Run) -> Bool {
        guard r.hasUpper else { return false }
        switch cls(r.start) {
        case .upper: return true
        case .lower, .caselessLetter: return false
        default: return firstLetterIsUpperAfterStart(r)
        }
    }

    func firstLetterIsUpperAfterStart(_ r: Run) -> Bool {
        for k in r.start + 1..<r.end {
            switch cls(k) {
            case .upper: return true
            case .lower, .caselessLetter: return false
            default: continue
            }
        }
        return false
    }

    /// The number of upper-case letters in the run, counted up to `limit`.
    func upperCount(_ r: Run, limit: Int = 2) -> Int {
        guard r.hasUpper else { return 0 }
        var count = 0
        for k in r.start..<r.end where cls(k) == .upper {
            count += 1
            if count == limit { break }
        }
        return count
    }

    /// Appends one run as a token, reusing the key and classes computed by `readRun`.
    @inline(__always)
    mutating func appendRun(_ r: Run, _ end: Int, _ kind: TokenKind, _ flags: Token.Flags, _ out: inout [Token]) {
        var f = flags
        if r.hasUpper {
            // "Capitalized": the first alphanumeric is an upper-case letter.
            if s[r.start] > 0x39 && firstLetterIsUpper(r) { f.insert(.capitalized) }
            if r.lettersAllUpper && upperCount(r) >= 2 { f.insert(.allUpper) }
        }
        if !r.isAlpha { f.insert(.hasDigit) }
        emit(Token(start: Int32(r.start), end: Int32(end), kind: kind, flags: f, key: r.key), &out)
    }

    /// True when a connector at `j` joins the run before it to a run after it.
    @inline(__always)
    func connects(_ j: Int) -> Bool {
        j + 1 < s.count && Self.isConnector(s[j]) && Self.isAlnum(cls(j + 1))
    }

    /// Appends the token(s) of the chunk whose first run is `first`; returns the index after it.
    mutating func chunk(first: Run, flags: Token.Flags, into out: inout [Token]) -> Int {
        if !connects(first.end) {
            return singleRun(first, flags, &out)
        }
        // Several runs: collect them (bounded, so a pathological chunk stays linear).
        var runs: [Run] = [first]
        var j = first.end
        while connects(j) && runs.count < 64 {
            let r = readRun(j + 1)
            runs.append(r)
            j = r.end
        }
        return multiRun(runs, flags, &out)
    }

    mutating func singleRun(_ r: Run, _ flags: Token.Flags, _ out: inout [Token]) -> Int {
        if r.isDigits {
            if r.end < s.count && s[r.end] == 0x25 {  // "87%"
                append(r.start, r.end + 1, .number, flags, &out)
                return r.end + 1
            }
            appendRun(r, r.end, .number, flags, &out)
            return r.end
        }
        if r.isAlpha {
            appendRun(r, r.end, .syllable, flags, &out)
            return r.end < s.count && s[r.end] == 0x2E ? attachAbbreviationStop(r, &out) : r.end
        }
        if cls(r.start) == .digit {
            // "10km", "5G": a number followed directly by letters is two tokens.
            var k = r.start
            while cls(k) == .digit { k += 1 }
            var lettersOnly = true
            for m in k..<r.end where !cls(m).isLetter { lettersOnly = false; break }
            if lettersOnly {
                append(r.start, k, .number, flags, &out)
                append(k, r.end, .syllable, [], &out)
                return r.end
            }
        }
        append(r.start, r.end, .code, flags, &out)
        return r.end
    }

    mutating func multiRun(_ runs: [Run], _ flags: Token.Flags, _ out: inout [Token]) -> Int {
        let start = runs[0].start
        var end = runs[runs.count - 1].end
        let anyLetters = runs.contains { $0.hasLetters }
        let anyDigits = runs.contains { !$0.isAlpha }
        if !anyLetters {
            if end < s.count && s[end] == 0x25 { end += 1 }  // "87,45%"
            append(start, end, .number, flags, &out)
            return end
        }
        if isCode(runs, anyDigits: anyDigits) {
            append(start, end, .code, flags, &out)
            return end
        }
        if isDottedAbbreviation(runs) {
            var f = flags
            f.insert(.abbreviation)
            if end < s.count && s[end] == 0x2E { end += 1 }  // "v.v." keeps its final stop
            append(start, end, .syllable, f, &out)
            return end
        }
        // Not one token: emit the runs and their connectors separately.
        var f = flags
        for (k, r) in runs.enumerated() {
            if k > 0 {
                let prev = runs[k - 1]
                if s[r.start - 1] == 0x2E, prev.isAlpha, isDotted(prev) {
                    last.pointee.end += 1  // "TP.Hà Nội": the stop belongs to "TP."
                    last.pointee.flags.insert(.abbreviation)
                } else {
                    append(r.start - 1, r.start, .punct, [], &out)
                }
            }
            let kind: TokenKind = r.isDigits ? .number : (r.isAlpha ? .syllable : .code)
            append(r.start, r.end, kind, f, &out)
            f = []
        }
        return attachAbbreviationStop(runs[runs.count - 1], &out)
    }

    /// Codes: identifiers such as "01-CTr/TU", "NĐ-CP", "QĐ-UBND", "COVID-19", "KT-XH".
    func isCode(_ runs: [Run], anyDigits: Bool) -> Bool {
        var slashOrDash = false
        for k in 1..<runs.count {
            let c = s[runs[k].start - 1]
            if c == 0x2F || c == 0x2D || c == 0x5F { slashOrDash = true }
        }
        guard slashOrDash else { return false }
        let alpha = runs.filter { $0.hasLetters }
        if anyDigits {
            // Letters in a code start upper case ("01-CTr/TU", "COVID-19"); "5-7km" is not one.
            return alpha.allSatisfy { firstLetterIsUpper($0) }
        }
        // Each part an initialism ("NĐ", "UBND") or a single capital; at least one initialism.
        var initialism = false
        for r in alpha {
            let uppers = upperCount(r)
            if uppers >= 2 { initialism = true } else if uppers == 0 || !r.lettersAllUpper { return false }
        }
        return initialism
    }

    /// "TP.HCM", "PGS.TS", "T.Ư", "v.v": alphabetic runs joined by full stops, each an
    /// initialism or a known dotted abbreviation.
    func isDottedAbbreviation(_ runs: [Run]) -> Bool {
        for k in 1..<runs.count where s[runs[k].start - 1] != 0x2E { return false }
        return runs.allSatisfy { r in r.isAlpha && (r.lettersAllUpper || isDotted(r)) }
    }

    /// A known dotted abbreviation (the run's key was computed when it was read).
    @inline(__always)
    func isDotted(_ r: Run) -> Bool {
        r.end - r.start <= 6 && Abbreviations.isDotted(r.key)
    }

    /// After a single alphabetic run such as "TP" or "PGS" comes a full stop that belongs to it
    /// (not an ellipsis).
    mutating func attachAbbreviationStop(_ r: Run, _ out: inout [Token]) -> Int {
        let end = r.end
        guard r.isAlpha, end < s.count, s[end] == 0x2E,
              end + 1 >= s.count || s[end + 1] != 0x2E,
              isDotted(r) else { return end }
        last.pointee.end = Int32(end + 1)
        last.pointee.flags.insert(.abbreviation)
        return end + 1
    }

    @inline(__always)
    mutating func append(_ a: Int, _ b: Int, _ kind: TokenKind, _ flags: Token.Flags, _ out: inout [Token]) {
        var f = flags
        var letters = 0, uppers = 0
        var h = SyllableKey.offsetBasis
        var tone: UInt32 = 0
        for k in a..<b {
            let v = s[k]
            switch tables.characterClass(v) {
            case .upper:
                if letters == 0 && !f.contains(.hasDigit) { f.insert(.capitalized) }
                letters += 1; uppers += 1
            case .lower, .caselessLetter:
                letters += 1
            case .digit:
                f.insert(.hasDigit)
            default: break
            }
            let packed = tables.fold(v)
            if packed & 7 != 0 { tone = packed & 7 }
            h = (h ^ UInt64(packed >> 3)) &* SyllableKey.prime
        }
        if tone != 0 { h = (h ^ UInt64(0x30 + tone)) &* SyllableKey.prime }
        if letters >= 2 && uppers == letters { f.insert(.allUpper) }
        emit(Token(start: Int32(a), end: Int32(b), kind: kind, flags: f, key: h), &out)
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
    private static let dottedKeys: KeyTable<Bool> = {
        var t = KeyTable<Bool>(capacity: dotted.count, filler: false)
        for form in dotted { t.insert(SyllableKey.hash(form), true) }
        return t
    }()

    @inline(__always)
    public static func isDotted(_ key: UInt64) -> Bool { dottedKeys.get(key) != nil }
}
