/// A decimal number written with digits, read in Vietnamese notation.
///
/// ## Convention
/// Vietnamese writes `.` between groups of thousands and `,` before decimals:
/// "1.000.000" = 1 000 000, "5,2" = 5.2, "1.234,5" = 1234.5. The ambiguous cases are decided as
/// follows (and tested in `NumberParserTests`):
/// - "1.234" (one `.` followed by exactly three digits) = **1234**, never 1.234;
/// - "1,234" (one `,`) = **1.234**, never 1234 — a comma is always decimal when alone;
/// - "1.5", "2.25" (one `.` followed by other than three digits) = 1.5, 2.25: English-style
///   decimals that appear in copied text;
/// - "1,000,000" (two or more `,` between groups of three) = 1 000 000, and "1,234.5" (both
///   separators, `.` last) = 1234.5: English grouping;
/// - anything else ("1.2.3", "12.34.567", "1,,2", "0912.345.678") is not a number (nil).
///   The first group of a grouped number has 1–3 digits, every later group exactly 3.
///
/// Values are `Double`. Digits beyond what a `Double` holds are rounded; a numeral whose value
/// is not finite (hundreds of digits) gives nil. Reading is one linear pass; nothing traps.
public struct DigitNumeral: Sendable, Equatable {
    /// The value with separators applied.
    public var value: Double
    /// Number of digits before the decimal separator (group separators not counted).
    public var integerDigits: Int
    /// Number of digits after the decimal separator (0 for an integer).
    public var fractionDigits: Int
    /// The integer part starts with "0" and has more than one digit ("01", "0912").
    public var hasLeadingZero: Bool
    /// Thousands separators were written ("1.000").
    public var isGrouped: Bool

    /// An integer written without separators ("2024", "06").
    public var isPlainInteger: Bool { !isGrouped && fractionDigits == 0 }
}

public enum DigitNotation {
    static let dot: UInt32 = 0x2E, comma: UInt32 = 0x2C

    @inline(__always) static func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }

    /// Reads `s` (digits, `.` and `,` only) as a Vietnamese-notation number; nil when it is not
    /// one. See the type's documentation for the convention.
    public static func parse(_ s: String) -> DigitNumeral? {
        parse(Array(s.unicodeScalars.map(\.value))[...])
    }

    /// Reads a slice of scalars; nil when it is not a number in the notation.
    public static func parse(_ s: ArraySlice<UInt32>) -> DigitNumeral? {
        guard let first = s.first, let last = s.last, isDigit(first), isDigit(last) else { return nil }
        // Pass 1: count separators and check the characters.
        var dots = 0, commas = 0, lastSep: UInt32 = 0
        var prevSep = false
        for c in s {
            if isDigit(c) { prevSep = false; continue }
            guard c == dot || c == comma, !prevSep else { return nil }
            prevSep = true
            if c == dot { dots += 1 } else { commas += 1 }
            lastSep = c
        }
        // Decide which separator is decimal and which groups thousands.
        var group: UInt32 = 0, decimal: UInt32 = 0
        switch (dots, commas) {
        case (0, 0): break
        case (_, 0) where dots >= 2: group = dot
        case (1, 0):
            // One dot: thousands when exactly three digits follow, else an English decimal.
            var n = 0
            var k = s.endIndex - 1
            while k >= s.startIndex, isDigit(s[k]) { n += 1; k -= 1 }
            if n == 3 { group = dot } else { decimal = dot }
        case (0, 1): decimal = comma
        case (0, _): group = comma  // "1,000,000"
        default:
            // Both: the last written is decimal and appears once; the other groups.
            decimal = lastSep
            group = lastSep == comma ? dot : comma
            if (decimal == dot ? dots : commas) != 1 { return nil }
        }
        // Pass 2: validate group sizes and accumulate the value.
        var mantissa = 0.0
        var intDigits = 0, fracDigits = 0
        var inFraction = false
        var groupLen = 0, groups = 0
        var firstDigit: UInt32 = 0
        for c in s {
            if isDigit(c) {
                if intDigits == 0 && !inFraction { firstDigit = c }
                mantissa = mantissa * 10 + Double(c - 0x30)
                if inFraction { fracDigits += 1 } else { intDigits += 1; groupLen += 1 }
            } else if c == group {
                if inFraction { return nil }
                if groups == 0 ? (groupLen < 1 || groupLen > 3) : groupLen != 3 { return nil }
                groups += 1; groupLen = 0
            } else if c == decimal {
                if groups > 0 && groupLen != 3 { return nil }
                inFraction = true
            } else {
                return nil
            }
        }
        if group != 0 && !inFraction && groups > 0 && groupLen != 3 { return nil }
        guard mantissa.isFinite else { return nil }
        var value = mantissa
        if fracDigits > 0 {
            guard fracDigits <= 300 else { return nil }
            value = mantissa / pow10(fracDigits)
        }
        guard value.isFinite else { return nil }
        return DigitNumeral(value: value, integerDigits: intDigits, fractionDigits: fracDigits,
                            hasLeadingZero: firstDigit == 0x30 && intDigits > 1, isGrouped: groups > 0)
    }

    /// 10^n for 0 ≤ n ≤ 308 (exact up to 10^22).
    static func pow10(_ n: Int) -> Double {
        var r = 1.0
        var k = n
        while k >= 22 { r *= 1e22; k -= 22 }
        let table: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
                               1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21]
        return r * table[k]
    }
}
