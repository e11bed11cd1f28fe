import Testing
@testable import VietExtract

@Suite struct NumberParserTests {
    @Test(arguments: [
        ("1.000.000", 1_000_000.0), ("5,2", 5.2), ("87,45", 87.45), ("1.234", 1234), ("1,234", 1.234),
        ("1.234,5", 1234.5), ("1,000,000", 1_000_000), ("1,234.5", 1234.5), ("1.5", 1.5), ("2.25", 2.25),
        ("0", 0), ("06", 6), ("12.345.678,9", 12_345_678.9), ("100", 100),
    ])
    func digitNotation(_ s: String, _ v: Double) {
        #expect(DigitNotation.parse(s)?.value == v)
    }

    @Test(arguments: ["1.2.3", "12.34.567", "1,,2", "0912.345.678", "", ".5", "5.", "1.234.5678", "1,2,3", "1.000,000,5", "12a"])
    func notNumbers(_ s: String) {
        #expect(DigitNotation.parse(s) == nil)
    }

    @Test func numeralFlags() {
        let a = DigitNotation.parse("2024")!
        #expect(a.isPlainInteger && a.integerDigits == 4 && !a.hasLeadingZero)
        let b = DigitNotation.parse("01")!
        #expect(b.hasLeadingZero)
        let c = DigitNotation.parse("1.000")!
        #expect(c.isGrouped && !c.isPlainInteger)
        #expect(DigitNotation.parse("5,25")!.fractionDigits == 2)
    }

    @Test(arguments: [
        ("1,5 triệu", 1_500_000.0), ("3 nghìn tỷ", 3e12), ("2 triệu rưỡi", 2_500_000), ("1.250 tỷ", 1.25e12),
        ("1 tỷ 200 triệu", 1.2e9), ("5 triệu 500 nghìn", 5_500_000), ("10 ngàn", 10_000), ("2 vạn", 20_000),
        ("7 tỉ", 7e9), ("5 trăm", 500), ("3 chục", 30), ("800 nghìn tỷ", 8e14), ("12,5 nghìn tỷ", 1.25e13),
        ("8,5%", 8.5), ("5 phần trăm", 5),
    ])
    func magnitudes(_ s: String, _ v: Double) {
        #expect(VietnameseNumber.parse(s) == v)
    }

    @Test(arguments: [
        ("hai mươi mốt", 21.0), ("một trăm linh năm", 105), ("hai nghìn không trăm hai mươi lăm", 2025),
        ("mười", 10), ("mười lăm", 15), ("mười một", 11), ("hai mươi", 20), ("ba mươi tư", 34),
        ("bốn mươi tư", 44), ("chín mươi chín", 99), ("một trăm", 100), ("hai trăm rưỡi", 250),
        ("năm trăm", 500), ("ba triệu rưỡi", 3_500_000), ("một nghìn", 1000), ("hai nghìn linh năm", 2005),
        ("một trăm lẻ tư", 104), ("bảy", 7), ("không", 0), ("mười hai nghìn", 12_000),
        ("một tỷ hai trăm triệu", 1.2e9), ("Hai mươi lăm", 25), ("sáu mươi nhăm", 65), ("ba chục", 30),
        ("một trăm hai mươi", 120), ("chín trăm chín mươi chín nghìn", 999_000),
    ])
    func spelledOut(_ s: String, _ v: Double) {
        #expect(VietnameseNumber.parse(s) == v)
    }

    @Test(arguments: ["mười năm", "hai mươi năm", "hai mươi mốt người", "30/34", "10-15", "21/11/2024", "", "  ",
                      "abc", "tỷ", "triệu đồng", "hai tư", "01-CTr/TU", "1 2", "năm năm"])
    func notParsed(_ s: String) {
        #expect(VietnameseNumber.parse(s) == nil)
    }

    @Test func hugeInputsDoNotTrap() {
        let digits = String(repeating: "9", count: 1_000_000)
        #expect(VietnameseNumber.parse(digits) == nil)
        #expect(DigitNotation.parse(digits) == nil)
        let big = String(repeating: "9", count: 300)
        #expect(VietnameseNumber.parse(big + " tỷ tỷ") == nil)
        #expect(VietnameseNumber.parse(big + " tỷ") == nil)
        #expect(VietnameseNumber.parse(String(repeating: "1.000", count: 200_000)) == nil)
        #expect(DigitNotation.parse("0," + String(repeating: "1", count: 400)) == nil)
        #expect(VietnameseNumber.parse(String(repeating: "một trăm ", count: 10_000)) == nil)
    }

    @Test func hugeInputsInTextGiveNoInfiniteClaims() throws {
        let extractor = try Extractor()
        let line = "Có " + String(repeating: "9", count: 1_000_000) + " tỷ tỷ đồng và " + String(repeating: "9", count: 200) + " nghìn tỷ tỷ người."
        let x = extractor.extract(line)
        for c in x.claims { #expect(c.value.isFinite && (c.total ?? 0).isFinite && (c.max ?? 0).isFinite) }
    }

    @Test func romanNumerals() {
        #expect(RomanNumeral.value("XIV") == 14)
        #expect(RomanNumeral.value("XIII") == 13)
        #expect(RomanNumeral.value("IIII") == nil)
    }
}
