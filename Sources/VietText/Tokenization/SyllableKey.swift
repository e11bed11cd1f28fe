/// The matching key of a token: lower case, tone mark reduced to a digit after the toneless
/// letters, so "Hòa", "hoà", "HÒA" and a decomposed "hòa" share one key, while "hoa" (no tone)
/// differs. Keys are 64-bit FNV-1a hashes of that form, computed without allocating.
public enum SyllableKey {
    public static let offsetBasis: UInt64 = 0xcbf29ce484222325
    public static let prime: UInt64 = 0x100000001b3

    /// The key of `scalars[range]`.
    @inline(__always)
    public static func hash(_ scalars: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> UInt64 {
        hash(scalars, range, ScalarTables.shared)
    }

    /// The key of `scalars[range]`, with the tables passed in (hot loops fetch them once).
    @inline(__always)
    public static func hash(_ scalars: UnsafeBufferPointer<UInt32>, _ range: Range<Int>, _ tables: ScalarTables) -> UInt64 {
        var h = offsetBasis
        var tone: UInt32 = 0
        for i in range {
            let packed = tables.fold(scalars[i])
            if packed & 7 != 0 { tone = packed & 7 }
            h = (h ^ UInt64(packed >> 3)) &* prime
        }
        if tone != 0 { h = (h ^ UInt64(0x30 + tone)) &* prime }
        return h
    }

    /// The key of a string written as one token, in any normalization form (it is normalized
    /// first; used when compiling lexicons, not on the hot path).
    public static func hash(_ token: String) -> UInt64 {
        let scalars = Normalizer().normalize(token).scalars
        return scalars.withUnsafeBufferPointer { hash($0, 0..<$0.count) }
    }

    /// The readable form of the key ("hoa2" for "hòa"): for debugging and `--explain`.
    public static func readable(_ token: String) -> String {
        var s = String.UnicodeScalarView()
        var tone = Tone.level
        for u in token.unicodeScalars {
            let (base, t) = VietnameseLetters.fold(u.value)
            if t != .level { tone = t }
            if let b = Unicode.Scalar(base) { s.append(b) }
        }
        return String(s) + (tone == .level ? "" : String(tone.rawValue))
    }

    /// Combines the keys of consecutive tokens into the key of a phrase.
    @inline(__always)
    @inlinable
    public static func combine(_ phrase: UInt64, _ next: UInt64) -> UInt64 {
        (phrase ^ (next &+ 0x9e3779b97f4a7c15 &+ (phrase << 6) &+ (phrase >> 2))) &* prime
    }
}
