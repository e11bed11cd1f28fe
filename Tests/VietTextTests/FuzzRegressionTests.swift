import Testing
@testable import VietText

/// Inputs found by the fuzzers in Fuzz/ (one test per crash, minimized where possible).
@Suite struct FuzzRegressionTests {
    /// The invariants of the normalizer fuzz target: a monotone map whose groups coincide or
    /// follow each other, and tokens and sentences that map to ordered, disjoint original ranges.
    static func problems(_ text: String) -> [String] {
        var problems: [String] = []
        let original = Array(text.unicodeScalars)
        let doc = AnalyzedText(text)
        let map = doc.normalized.offsets
        var lastStart = 0, lastEnd = 0
        for i in 0..<doc.normalized.scalars.count {
            let a = map.originalStart(i), b = map.originalEnd(i)
            if !(a < b) || a < lastStart || b < lastEnd || b > original.count || (a != lastStart && a < lastEnd) {
                problems.append("map at \(i): \(a)..<\(b) after \(lastStart)..<\(lastEnd)")
            }
            lastStart = a; lastEnd = b
        }
        var end = 0
        for i in doc.tokens.indices {
            let r = doc.originalRange(ofTokens: i..<(i + 1))
            if r.isEmpty || r.lowerBound < end || r.upperBound > original.count { problems.append("token \(i) maps to \(r) after \(end)") }
            end = r.upperBound
        }
        end = 0
        for s in doc.sentences {
            let r = doc.originalRange(ofTokens: s)
            if r.lowerBound < end { problems.append("sentence \(s) maps to \(r) after \(end)") }
            end = r.upperBound
        }
        return problems
    }

    /// A bracket followed by combining marks that NFC reorders (U+0302 has class 230, U+032D
    /// class 220): the bracket used to share the marks' NFC group, so the "(" token and the
    /// marks token mapped to the same original range (fuzz: normalizer, crash-8bc79887).
    @Test(arguments: [
        "(\u{302}\u{32D}a",
        "x (\u{302}\u{32D}",
        " \u{302}\u{32D}",
        "\n\u{302}\u{32D}x",
        "\u{37E}\u{302}\u{32D}",  // a singleton starter (Greek question mark → ';') before reordered marks
        "(\u{200B}\u{302}\u{32D})",  // a deleted zero-width character inside the segment
        "\u{302}\u{32D}(",  // marks with no starter before them stay one group
    ])
    func starterBeforeReorderedMarksKeepsItsOwnRange(_ text: String) {
        #expect(Self.problems(text).isEmpty, "\(text.debugDescription): \(Self.problems(text))")
    }

    @Test func bracketKeepsItsOwnRangeBeforeReorderedMarks() {
        let doc = AnalyzedText("(\u{302}\u{32D}a")
        #expect(doc.normalized.scalars == [0x28, 0x32D, 0x302, 0x61])
        #expect(doc.originalRange(ofTokens: 0..<1) == 0..<1)
        #expect(doc.originalText(ofTokens: 0..<1) == "(")
    }

    @Test func normalizerCrashInput() {
        let bytes: [UInt8] = [
            0xf0, 0x9f, 0x98, 0x80, 0xf0, 0x9f, 0x91, 0x8d, 0xf0, 0x9f, 0x8f, 0xbd, 0xf0, 0x9f, 0x87, 0xbb, 0xf0, 0x9f,
            0x87, 0xb3, 0x4a, 0x4a, 0x4a, 0x4a, 0x4a, 0x4a, 0x4a, 0x4a, 0x4a, 0x4a, 0x4a, 0x20, 0xe6, 0xbc, 0xa2, 0xe5,
            0xad, 0x97, 0x20, 0xed, 0x95, 0x9c, 0xea, 0xb5, 0x20, 0x68, 0x6f, 0x61, 0x4b, 0x65, 0x28, 0xcc, 0x82, 0xcc,
            0xad, 0xec, 0x96, 0xb4, 0x20, 0xce, 0xa9, 0x20, 0xc3, 0x85, 0x20, 0xcc, 0x65, 0xcc, 0x81, 0x81, 0x68, 0x6f,
            0x61, 0x4b, 0xbf,
        ]
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(Self.problems(text).isEmpty, "\(Self.problems(text))")
    }

    /// A syllable with a tone and a second, combining tone mark ("auỵ́" after NFC): the
    /// traditional rewrite moved the dot below to "u" and left "y" + U+0301, which is not NFC,
    /// so normalizing twice differed from once (fuzz: normalizer, crash-3026a89b, minimized).
    @Test(arguments: ["au\u{FD}\u{323}", "hoa\u{300}\u{301}", "Thu\u{1EF7}\u{301}", "kho\u{1EBB}\u{302}"])
    func toneRewriteLeavesSyllablesWithExtraMarksAlone(_ text: String) {
        for style in ToneStyle.allCases {
            let normalizer = Normalizer(options: .init(toneStyle: style))
            let once = normalizer.normalize(text)
            #expect(normalizer.normalize(once.string).scalars == once.scalars, "\(style) \(text.debugDescription)")
            #expect(UnicodeForms.nfc(once.string).unicodeScalars.map(\.value) == once.scalars, "\(style) \(text.debugDescription)")
        }
    }
}
