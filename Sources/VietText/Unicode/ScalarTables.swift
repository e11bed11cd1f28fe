import CICU

/// A flat lookup table for the hot path, built once and never freed.
///
/// For a scalar `s` below `limit`, `info[s]` packs everything the tokenizer and the key need:
/// bits 0–3 the `CharacterClass`, bits 4–6 the `Tone`, bits 8–31 the lower-case toneless base
/// letter. Hot loops fetch `ScalarTables.shared` once and index the pointer directly, so one
/// load per scalar gives class, tone and base.
public struct ScalarTables: @unchecked Sendable {
    public static let limit: UInt32 = 0x3000

    public let info: UnsafePointer<UInt32>

    public static let shared = ScalarTables()

    private init() {
        let t = UnsafeMutablePointer<UInt32>.allocate(capacity: Int(Self.limit))
        for s in 0..<Self.limit { t[Int(s)] = Self.compute(s) }
        info = UnsafePointer(t)
    }

    @inline(never)
    private static func compute(_ s: UInt32) -> UInt32 {
        let packed = VietnameseLetters.computeFold(s)  // base << 3 | tone
        return (packed >> 3) << 8 | (packed & 7) << 4 | UInt32(CharacterClass.classify(s).rawValue)
    }

    /// The packed info of `s` (computed on the fly above the table).
    @inline(__always)
    public func lookup(_ s: UInt32) -> UInt32 {
        s < Self.limit ? info[Int(s)] : Self.compute(s)
    }

    @inline(__always)
    public func characterClass(_ s: UInt32) -> CharacterClass {
        unsafeBitCast(UInt8(truncatingIfNeeded: lookup(s) & 0xF), to: CharacterClass.self)
    }

    /// Lower-case toneless base and tone, packed as `base << 3 | tone`.
    @inline(__always)
    public func fold(_ s: UInt32) -> UInt32 {
        let i = lookup(s)
        return (i >> 8) << 3 | (i >> 4) & 7
    }
}
