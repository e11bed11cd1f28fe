/// What a token is made of.
public enum TokenKind: UInt8, Sendable, Codable {
    /// A run of letters: a Vietnamese syllable, a foreign word, an initialism ("UBND", "TP.").
    case syllable
    /// A number in Vietnamese notation, possibly with separators: "1.000", "5,2", "87,45%",
    /// "30/34", "21/11/2024", "2020-2025".
    case number
    /// An identifier mixing letters, digits and '-', '/': "01-CTr/TU", "100/2019/NĐ-CP",
    /// "QĐ-UBND", "COVID-19", "H5N1", "m2".
    case code
    case punct
    case symbol
    case other

    /// The `kind` string of the JSON contract (`word`, `number`, `punct`, `symbol`, `other`).
    public var contractName: String {
        switch self {
        case .syllable: "word"
        case .number: "number"
        case .code, .other: "other"
        case .punct: "punct"
        case .symbol: "symbol"
        }
    }
}

/// One token of normalized text.
///
/// Units: `start`/`end` are **scalar offsets into the normalized text** (`NormalizedText`);
/// map them through `OffsetMap` for the original. `end` is exclusive.
public struct Token: Sendable, Equatable {
    public var start: Int32
    public var end: Int32
    public var kind: TokenKind
    public var flags: Flags
    /// `SyllableKey` of the token: equal for the same syllable in any case, normalization form
    /// or tone-mark placement.
    public var key: UInt64

    public struct Flags: OptionSet, Sendable, Equatable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// The first letter is upper case.
        public static let capitalized = Flags(rawValue: 1 << 0)
        /// Two or more letters, all upper case ("UBND", "HĐND").
        public static let allUpper = Flags(rawValue: 1 << 1)
        /// White space separates this token from the one before.
        public static let spaceBefore = Flags(rawValue: 1 << 2)
        /// A line break separates this token from the one before.
        public static let newlineBefore = Flags(rawValue: 1 << 3)
        /// An abbreviation that carries its full stop ("TP.", "PGS.TS.", "v.v.").
        public static let abbreviation = Flags(rawValue: 1 << 4)
        /// Contains a digit.
        public static let hasDigit = Flags(rawValue: 1 << 5)
    }

    public var range: Range<Int> { Int(start)..<Int(end) }
    public var isCapitalized: Bool { flags.contains(.capitalized) }
    public var isWordLike: Bool { kind == .syllable || kind == .code }
}
