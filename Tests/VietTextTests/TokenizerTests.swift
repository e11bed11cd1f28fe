import Testing
@testable import VietText

func tokenTexts(_ s: String) -> [String] {
    let doc = AnalyzedText(s)
    return doc.tokens.indices.map { doc.text($0) }
}

@Suite struct TokenizerTests {
    @Test(arguments: [
        ("1.000.000 đồng", ["1.000.000", "đồng"]),
        ("tăng 5,2% và 87,45%.", ["tăng", "5,2%", "và", "87,45%", "."]),
        ("30/34 đề án", ["30/34", "đề", "án"]),
        ("giai đoạn 2020-2025", ["giai", "đoạn", "2020-2025"]),
        ("ngày 21/11/2024,", ["ngày", "21/11/2024", ","]),
        ("Chương trình số 01-CTr/TU", ["Chương", "trình", "số", "01-CTr/TU"]),
        ("Nghị định 100/2019/NĐ-CP", ["Nghị", "định", "100/2019/NĐ-CP"]),
        ("Quyết định số 12/QĐ-UBND", ["Quyết", "định", "số", "12/QĐ-UBND"]),
        ("UBND TP. Hồ Chí Minh", ["UBND", "TP.", "Hồ", "Chí", "Minh"]),
        ("PGS.TS. Lê Văn B", ["PGS.TS.", "Lê", "Văn", "B"]),
        ("TP.HCM và v.v.", ["TP.HCM", "và", "v.v."]),
        ("Hà Nội-Hải Phòng", ["Hà", "Nội", "-", "Hải", "Phòng"]),
        ("dài 10km", ["dài", "10", "km"]),
        ("Chờ đã...", ["Chờ", "đã", "..."]),
    ])
    func tokens(_ input: String, _ expected: [String]) {
        #expect(tokenTexts(input) == expected)
    }

    @Test func initialismsFlagged() {
        let doc = AnalyzedText("HĐND tỉnh")
        #expect(doc.tokens[0].flags.contains(.allUpper))
        #expect(doc.tokens[1].flags.contains(.spaceBefore))
        #expect(!doc.tokens[1].isCapitalized)
    }
}

@Suite struct SentenceSplitterTests {
    func sentences(_ s: String) -> [String] {
        let doc = AnalyzedText(s)
        return doc.sentences.map { doc.originalText(ofTokens: $0) }
    }

    @Test func abbreviationsAndNumbersDoNotSplit() {
        #expect(sentences("Ông A đến TP. Hồ Chí Minh ngày 21/11. Dân số 1.000 người.") ==
                ["Ông A đến TP. Hồ Chí Minh ngày 21/11.", "Dân số 1.000 người."])
        #expect(sentences("Có PGS.TS. Lê Văn B dự. Hết.") == ["Có PGS.TS. Lê Văn B dự.", "Hết."])
    }

    @Test func closingQuotesStayAndEllipsis() {
        #expect(sentences("Ông nói: \"Tốt lắm.\" Sau đó về… Rồi đi!") ==
                ["Ông nói: \"Tốt lắm.\"", "Sau đó về…", "Rồi đi!"])
        #expect(sentences("các tỉnh, v.v. đều tham gia.") == ["các tỉnh, v.v. đều tham gia."])
    }

    @Test func lineBreaksSplit() {
        #expect(sentences("Dòng một\nDòng hai") == ["Dòng một", "Dòng hai"])
    }
}
