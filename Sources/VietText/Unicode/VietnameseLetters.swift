import CICU

/// The five Vietnamese tone marks (plus level tone), as written with combining marks.
public enum Tone: UInt8, Sendable, CaseIterable {
    case level = 0, acute = 1, grave = 2, hook = 3, tilde = 4, dot = 5

    /// The combining mark that writes this tone (nil for the level tone).
    public var combiningMark: Unicode.Scalar? {
        switch self {
        case .level: nil
        case .acute: "\u{0301}"
        case .grave: "\u{0300}"
        case .hook: "\u{0309}"
        case .tilde: "\u{0303}"
        case .dot: "\u{0323}"
        }
    }
}

/// Per-scalar facts about Vietnamese letters, read from one table built once.
///
/// Invariant: for every precomposed Vietnamese letter (upper or lower case, any tone) the table
/// gives its lower-case *toneless* letter (keeping the vowel-quality marks of â ă ê ô ơ ư đ) and
/// its tone. Other scalars map to their ICU simple lower case with the level tone.
public enum VietnameseLetters {
    /// Lower-case toneless base and tone of `scalar`.
    @inline(__always)
    public static func fold(_ scalar: UInt32) -> (base: UInt32, tone: Tone) {
        let packed = ScalarTables.shared.fold(scalar)
        return (packed >> 3, Tone(rawValue: UInt8(packed & 7)) ?? .level)
    }

    /// The packed fold (`base << 3 | tone`) of one scalar, computed from the Vietnamese letter
    /// table (used once per scalar to build `ScalarTables`).
    static func computeFold(_ scalar: UInt32) -> UInt32 {
        if let packed = vietnameseFolds[scalar] { return packed }
        return cicu_to_lower(scalar) << 3
    }

    private static let vietnameseFolds: [UInt32: UInt32] = {
        var map: [UInt32: UInt32] = [:]
        for (composed, base, tone) in allVietnameseLetters() { map[composed] = base << 3 | UInt32(tone.rawValue) }
        return map
    }()

    /// The precomposed scalar for a lower-case toneless base and a tone, or nil when the pair
    /// does not exist (e.g. a consonant with a tone).
    public static func compose(base: UInt32, tone: Tone) -> UInt32? {
        if tone == .level { return base }
        return composeTable[base &<< 3 | UInt32(tone.rawValue)]
    }

    /// Toneless Vietnamese vowels (lower case), with their vowel-quality marks.
    public static let vowels: [Unicode.Scalar] = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]

    /// True when the lower-case toneless base is a Vietnamese vowel letter.
    @inline(__always)
    public static func isVowel(_ base: UInt32) -> Bool {
        switch base {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79, 0x103, 0xE2, 0xEA, 0xF4, 0x1A1, 0x1B0: true
        default: false
        }
    }

    private static let composeTable: [UInt32: UInt32] = {
        var map: [UInt32: UInt32] = [:]
        for (composed, base, tone) in allVietnameseLetters() where composed == cicu_to_lower(composed) {
            map[base << 3 | UInt32(tone.rawValue)] = composed
        }
        return map
    }()

    /// Every precomposed Vietnamese vowel in both cases and all six tones, with its base and
    /// tone; composed through ICU NFC so the table follows the Unicode data exactly.
    private static func allVietnameseLetters() -> [(UInt32, UInt32, Tone)] {
        var out: [(UInt32, UInt32, Tone)] = []
        let bases: [Unicode.Scalar] = vowels + ["đ"]
        for base in bases {
            let upper = String(base).uppercased().unicodeScalars.first!
            for tone in Tone.allCases {
                if base == "đ" && tone != .level { continue }
                for written in [base, upper] {
                    guard let composed = composeNFC(written, tone.combiningMark) else { continue }
                    out.append((composed, base.value, tone))
                }
            }
        }
        return out
    }

    private static func composeNFC(_ base: Unicode.Scalar, _ mark: Unicode.Scalar?) -> UInt32? {
        // Decompose the base first (ICU would otherwise see e.g. "ô" + mark, which is fine too),
        // then let ICU compose base + tone into one scalar.
        var units: [UInt16] = Array(String(base).utf16)
        if let mark { units.append(contentsOf: String(mark).utf16) }
        var out = [UInt16](repeating: 0, count: 8)
        let n = cicu_nfc_normalize(units, Int32(units.count), &out, Int32(out.count))
        guard n > 0, n <= 2 else { return nil }
        let scalars = Array(String(decoding: out[0..<Int(n)], as: UTF16.self).unicodeScalars)
        return scalars.count == 1 ? scalars[0].value : nil
    }
}
