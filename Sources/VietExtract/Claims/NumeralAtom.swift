import VietText

/// A number written with digits as the tokenizer left it, possibly across glued tokens:
/// "87,45%", "30/34", "10-15%", "5" "-" "7km", "3" "," "5km2", "200" "." "000đ", "20m2".
///
/// `shape` tells what the digits are: one number, a slash pair (part-of-whole or a date), a
/// dash pair (a range or a period of years), or something else (dates "21/11/2024", times,
/// codes) that is never a claim.
struct NumeralAtom {
    enum Shape: Equatable {
        case single(DigitNumeral)
        case slash(DigitNumeral, DigitNumeral)
        case dash(DigitNumeral, DigitNumeral)
        case other
    }
    var shape: Shape
    /// Token range of the atom.
    var tokens: Range<Int>
    /// "%" written inside the last token.
    var percent: Bool
    /// A unit glued to the digits in the last token ("km" in "7km"), as a scalar range.
    var suffix: Range<Int>?

    static let percentSign: UInt32 = 0x25

    @inline(__always) static func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }

    /// Whether token `t` starts with a digit (numbers, and codes such as "7km").
    static func startsWithDigit(_ t: Token, _ s: [UInt32]) -> Bool {
        (t.kind == .number || t.kind == .code) && isDigit(s[Int(t.start)])
    }

    /// Reads the atom at token `i` (a number token or a code starting with a digit).
    static func read(_ doc: AnalyzedText, at i: Int, limit: Int) -> NumeralAtom? {
        let tokens = doc.tokens, s = doc.normalized.scalars
        guard i < limit, startsWithDigit(tokens[i], s) else { return nil }
        var end = i + 1
        // Glue: number [.,-–] number-or-code, no spaces.
        while tokens[end - 1].kind == .number, end + 1 < limit,
              !tokens[end].flags.contains(.spaceBefore), !tokens[end + 1].flags.contains(.spaceBefore),
              tokens[end].kind == .punct, startsWithDigit(tokens[end + 1], s) {
            let c = s[Int(tokens[end].start)]
            guard c == 0x2C || c == 0x2E || c == 0x2D || c == 0x2013 else { break }
            end += 2
        }
        // Split a trailing code into digits and a glued unit.
        let last = tokens[end - 1]
        var numEnd = Int(last.end)
        var suffix: Range<Int>? = nil
        if last.kind == .code {
            var k = Int(last.start)
            while k < Int(last.end), isDigit(s[k]) || ((s[k] == 0x2C || s[k] == 0x2E) && k + 1 < Int(last.end) && isDigit(s[k + 1])) { k += 1 }
            guard k < Int(last.end), CharacterClass.of(s[k]).isLetter else {
                return NumeralAtom(shape: .other, tokens: i..<end, percent: false, suffix: nil)
            }
            numEnd = k
            suffix = k..<Int(last.end)
        }
        let start = Int(tokens[i].start)
        var percent = false
        if numEnd > start, s[numEnd - 1] == percentSign { percent = true; numEnd -= 1 }
        // Split on '/' and '-' / '–'.
        var slashes = 0, dashes = 0, cut = -1
        var k = start
        while k < numEnd {
            let c = s[k]
            if c == 0x2F { slashes += 1; cut = k } else if c == 0x2D || c == 0x2013 { dashes += 1; cut = k }
            else if c == percentSign { percent = true }
            k += 1
        }
        func num(_ a: Int, _ b: Int) -> DigitNumeral? {
            var b = b
            if b > a, s[b - 1] == percentSign { b -= 1 }
            return DigitNotation.parse(s[a..<b])
        }
        let shape: Shape
        switch (slashes, dashes) {
        case (0, 0):
            shape = num(start, numEnd).map(Shape.single) ?? .other
        case (1, 0):
            if let a = num(start, cut), let b = num(cut + 1, numEnd) { shape = .slash(a, b) } else { shape = .other }
        case (0, 1):
            if let a = num(start, cut), let b = num(cut + 1, numEnd) { shape = .dash(a, b) } else { shape = .other }
        default:
            shape = .other
        }
        return NumeralAtom(shape: shape, tokens: i..<end, percent: percent, suffix: suffix)
    }
}
