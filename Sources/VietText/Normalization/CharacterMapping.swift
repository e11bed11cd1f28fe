/// What the normalizer does with one original scalar before NFC composition.
enum CharacterMapping {
    /// Keep the scalar.
    case keep
    /// Drop it (zero-width characters, soft hyphen, byte order mark).
    case delete
    /// Write another scalar in its place (look-alikes, odd spaces, dashes, quotes, controls).
    case replace(UInt32)

    /// The mapping for `scalar`. ASCII other than control characters is always `.keep`.
    @inline(__always)
    static func of(_ scalar: UInt32) -> CharacterMapping {
        if scalar < 0x80 {
            if scalar >= 0x20 && scalar != 0x7F { return .keep }
            switch scalar {
            case 0x0A, 0x0D: return .keep
            default: return .replace(0x20)  // tab, NUL and other C0 controls read as a space
            }
        }
        switch scalar {
        case 0x85: return .replace(0x0A)  // NEL
        case 0x80...0x9F: return .replace(0x20)  // other C1 controls
        case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x180E: return .delete
        case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .replace(0x20)
        case 0x2028, 0x2029: return .replace(0x0A)
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
            return .replace(0x2D)  // the dash family reads as '-'
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0xFF07: return .replace(0x27)
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0xAB, 0xBB, 0xFF02: return .replace(0x22)
        case 0xD0, 0x189: return .replace(0x110)  // Ð (eth), Ɖ (African D) look like Đ
        case 0xF0, 0x256: return .replace(0x111)  // ð, ɖ look like đ
        default: return .keep
        }
    }
}
