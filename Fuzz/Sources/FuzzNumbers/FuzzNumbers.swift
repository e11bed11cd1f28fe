// Fuzz target: the number parser (DigitNotation, VietnameseNumber, RomanNumeral).
//
// Checks, for any byte string decoded leniently as UTF-8:
// - nothing traps; every value read is finite and non-negative;
// - `DigitNotation.parse` accepts only digits with `.` / `,`, starting and ending with a digit,
//   and its value agrees (to rounding) with the digits read as one decimal number divided by
//   10^fractionDigits; its digit counts add up to the digits written;
// - `RomanNumeral.value` is nil or in 1...3999 and formats back to the input;
// - `VietnameseNumber.parse` on the text, and on the text with a digit prefix, is nil or finite.
import VietExtract

@inline(never)
func fail(_ what: String, _ text: String) -> Never {
    fatalError("invariant violated: \(what) — input \(String(text.debugDescription.prefix(600)))")
}

func checkDigits(_ scalars: ArraySlice<UInt32>, _ text: String) {
    guard let d = DigitNotation.parse(scalars) else { return }
    let digits = scalars.filter { $0 >= 0x30 && $0 <= 0x39 }
    if scalars.contains(where: { !($0 >= 0x30 && $0 <= 0x39) && $0 != 0x2E && $0 != 0x2C }) { fail("accepted a non-numeric scalar", text) }
    if d.integerDigits + d.fractionDigits != digits.count { fail("digit counts \(d.integerDigits)+\(d.fractionDigits) != \(digits.count)", text) }
    if !d.value.isFinite || d.value < 0 { fail("value \(d.value)", text) }
    if d.fractionDigits == 0 && scalars.contains(where: { $0 == 0x2E || $0 == 0x2C }) && !d.isGrouped { fail("separator with neither groups nor fraction", text) }
    // Reference: all digits as one integer, scaled by the fraction length.
    let all = String(String.UnicodeScalarView(digits.compactMap(Unicode.Scalar.init)))
    if let whole = Double(all), whole.isFinite, d.fractionDigits <= 300 {
        var reference = whole
        for _ in 0..<d.fractionDigits { reference /= 10 }
        if reference.isNormal && abs(d.value - reference) > abs(reference) * 1e-9 {
            fail("value \(d.value) differs from reference \(reference)", text)
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let scalars = Array(text.unicodeScalars.map(\.value))
    checkDigits(scalars[...], text)
    // Every maximal run of digits and separators, as the claim recognizer sees number tokens.
    var i = 0
    while i < scalars.count {
        var j = i
        while j < scalars.count, (scalars[j] >= 0x30 && scalars[j] <= 0x39) || scalars[j] == 0x2E || scalars[j] == 0x2C { j += 1 }
        if j > i { checkDigits(scalars[i..<j], text); i = j } else { i += 1 }
    }
    if let v = VietnameseNumber.parse(text), !v.isFinite || v < 0 { fail("VietnameseNumber \(v)", text) }
    if let v = VietnameseNumber.parse("1.000 " + text), !v.isFinite || v < 0 { fail("VietnameseNumber with prefix \(v)", text) }
    if size <= 32, let r = RomanNumeral.value(text) {
        if !(1...3999).contains(r) || RomanNumeral.format(r) != text { fail("Roman \(r)", text) }
    }
    return 0
}
