import CICU

/// Coarse class of a Unicode scalar, as the tokenizer sees it.
public enum CharacterClass: UInt8, Sendable {
    case space, newline, upper, lower, caselessLetter, mark, digit, punct, symbol, other

    public var isLetter: Bool { self == .upper || self == .lower || self == .caselessLetter || self == .mark }

    /// The class of `scalar`; a table lookup below U+3000, ICU above.
    @inline(__always)
    public static func of(_ scalar: UInt32) -> CharacterClass {
        ScalarTables.shared.characterClass(scalar)
    }

    static func classify(_ scalar: UInt32) -> CharacterClass {
        switch scalar {
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: return .newline
        case 0x30...0x39: return .digit
        default: break
        }
        switch cicu_general_category(scalar) {
        case 1, 3: return .upper
        case 2: return .lower
        case 4, 5, 10: return .caselessLetter
        case 6, 7, 8: return .mark
        case 9, 11: return .symbol  // non-ASCII digits: not parsed as numbers
        case 12, 13, 14: return .space
        case 15: return scalar == 0x09 || scalar == 0x0B || scalar == 0x0C ? .space : .other
        case 19, 20, 21, 22, 23, 28, 29: return .punct
        case 24, 25, 26, 27: return .symbol
        default: return .other
        }
    }
}
