import VietText

/// Which lexicon a phrase lookup reads: one bit each in `DocView.starts`.
///
/// The entity lexicons (`LexiconSet`) use bits 0–13, the temporal ones (`TemporalLexicon`)
/// bits 16–19 (20–21: word classes of the date and claim scans).
enum LexID: Int, CaseIterable, Sendable {
    case roles, prefixes, modifiers, ranks, honorifics, organizations, orgHeads, domains, places,
         adminUnits, abbreviations, surnames, nameSyllables, placesAfterUnit
    // Temporal lexicons.
    case dateWords = 16, events, documents, nameBreaks
    /// Not a lexicon: the grammar words a DATE may start with ("ngày", "tháng" ...).
    case dateStarts
    /// Not a lexicon: the words a spelled-out number starts with (claims).
    case numberWords
    /// Not a key class: set by `FirstKeyTable.fill` on a capitalised word or an all-capitals
    /// token (`TokenScan.isCap(i) || TokenScan.isUpper(i)`).
    case capital = 31

    @inline(__always) var bit: UInt32 { 1 << UInt32(rawValue) }
}

/// A frozen open-addressing map from a token key to the set of lexicons (`LexID.bit`) that
/// have a phrase starting with that key. One probe per token tells every tagger which lexicon
/// walks can succeed there; the others are skipped without touching the lexicons.
struct FirstKeyTable: Sendable {
    private var keys: [UInt64]
    private var masks: [UInt32]
    private var shift: UInt64
    private var count = 0

    init() {
        keys = Array(repeating: 0, count: 16)
        masks = Array(repeating: 0, count: 16)
        shift = 64 - 4
    }

    @inline(__always) private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 0x5bd1e995 : key }

    @inline(__always) private func slot(_ k: UInt64) -> Int {
        Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Records that lexicon `id` has a phrase whose first token key is `key`.
    mutating func add(_ key: UInt64, _ id: LexID) {
        if (count + 1) * 2 > keys.count { grow() }
        let k = Self.stored(key)
        let m = keys.count - 1
        var i = slot(k)
        while true {
            if keys[i] == k { masks[i] |= id.bit; return }
            if keys[i] == 0 { keys[i] = k; masks[i] = id.bit; count += 1; return }
            i = (i + 1) & m
        }
    }

    /// Merges every entry of `other`.
    mutating func add(_ other: FirstKeyTable) {
        for i in other.keys.indices where other.keys[i] != 0 {
            var bits = other.masks[i]
            while bits != 0 {
                let b = bits.trailingZeroBitCount
                bits &= bits - 1
                // Stored keys are already remapped; 0x5bd1e995 maps to itself.
                add(other.keys[i], LexID(rawValue: b)!)
            }
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldMasks = masks
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        masks = Array(repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        let m = keys.count - 1
        for j in oldKeys.indices where oldKeys[j] != 0 {
            var i = slot(oldKeys[j])
            while keys[i] != 0 { i = (i + 1) & m }
            keys[i] = oldKeys[j]
            masks[i] = oldMasks[j]
        }
    }

    /// The lexicons with a phrase starting with `key` (0 for none).
    @inline(__always) func get(_ key: UInt64) -> UInt32 {
        let k = Self.stored(key)
        let m = keys.count - 1
        var i = slot(k)
        return keys.withUnsafeBufferPointer { kp in
            while true {
                let x = kp[i]
                if x == k { return masks[i] }
                if x == 0 { return 0 }
                i = (i + 1) & m
            }
        }
    }

    /// `get` for every token, into `out` (one entry per token), plus `LexID.capital`.
    func fill(_ tokens: UnsafeBufferPointer<Token>, into out: inout [UInt32]) {
        // An empty document must not go through `unsafeUninitializedCapacity`: with capacity 0
        // it writes the count into the shared empty-array storage, a data race between threads
        // (found by ThreadSanitizer on `extract --jobs 2` with empty lines).
        guard !tokens.isEmpty else {
            out = []
            return
        }
        out = [UInt32](unsafeUninitializedCapacity: tokens.count) { buf, n in
            let capitalized = Token.Flags.capitalized.rawValue, allUpper = Token.Flags.allUpper.rawValue
            keys.withUnsafeBufferPointer { kp in
                masks.withUnsafeBufferPointer { mp in
                    let m = kp.count - 1
                    for (j, t) in tokens.enumerated() {
                        let k = Self.stored(t.key)
                        var i = Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> shift)
                        var bits: UInt32 = 0
                        while true {
                            let x = kp[i]
                            if x == k { bits = mp[i]; break }
                            if x == 0 { break }
                            i = (i + 1) & m
                        }
                        let f = t.flags.rawValue
                        if t.kind == .syllable && f & capitalized != 0 || f & allUpper != 0 { bits |= LexID.capital.bit }
                        buf[j] = bits
                    }
                }
            }
            n = tokens.count
        }
    }
}

/// One document as the temporal taggers read it: tokens without array copies, and for each
/// token the lexicons that can match there (`starts`, see `FirstKeyTable`).
///
/// Invariant: only valid inside the closure that made it (the buffers are borrowed).
struct DocView {
    let doc: AnalyzedText
    let tokens: UnsafeBufferPointer<Token>
    let starts: UnsafeBufferPointer<UInt32>
    let scalars: UnsafeBufferPointer<UInt32>

    var sentences: [Range<Int>] { doc.sentences }

    /// The normalized text of one token.
    func text(_ i: Int) -> String { ScalarText.string(scalars, tokens[i].range) }

    /// True when some phrase of lexicon `id` may start at token `i`.
    @inline(__always) func may(_ id: LexID, _ i: Int) -> Bool { i < starts.count && starts[i] & id.bit != 0 }

    /// `DateValue.groups(text(i))` read straight from the scalars (no String).
    func groups(_ i: Int) -> (values: DateValue.Ints3, widths: DateValue.Ints3, separator: Character)? {
        DateValue.groups(scalars, tokens[i].range)
    }

    /// `RomanNumeral.value(text(i))`, without building the text when it cannot be one.
    func roman(_ i: Int) -> Int? {
        let r = tokens[i].range
        guard !r.isEmpty, r.count <= 15 else { return nil }
        for k in r {
            switch scalars[k] {
            case 0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D: continue  // I V X L C D M
            default: return nil
            }
        }
        return RomanNumeral.value(text(i))
    }

    /// Runs `body` with a view of `doc`; `table` gives the lexicon starts.
    static func with<R>(_ doc: AnalyzedText, _ table: FirstKeyTable, _ body: (DocView) -> R) -> R {
        doc.tokens.withUnsafeBufferPointer { t in
            var starts: [UInt32] = []
            table.fill(t, into: &starts)
            return starts.withUnsafeBufferPointer { st in
                doc.normalized.scalars.withUnsafeBufferPointer { sc in
                    body(DocView(doc: doc, tokens: t, starts: st, scalars: sc))
                }
            }
        }
    }
}

/// A frozen set of token keys: one multiply and a short linear probe per lookup (no hashing
/// of the key through `Hasher`).
struct KeySet: Sendable {
    private var slots: [UInt64]
    private let shift: UInt64
    private let hasZero: Bool

    init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        let unique = Array(Set(keys))
        var size = 16
        while size < unique.count * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
        var zero = false
        for k in unique {
            if k == 0 { zero = true; continue }
            var i = Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while slots[i] != 0 { i = (i + 1) & (size - 1) }
            slots[i] = k
        }
        hasZero = zero
    }

    @inline(__always) func contains(_ k: UInt64) -> Bool {
        if k == 0 { return hasZero }
        return slots.withUnsafeBufferPointer { s in
            let mask = s.count - 1
            var i = Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while true {
                let x = s[i]
                if x == k { return true }
                if x == 0 { return false }
                i = (i + 1) & mask
            }
        }
    }
}
