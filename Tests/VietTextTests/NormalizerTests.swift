import Testing
@testable import VietText

/// The original-text slice of a normalized scalar range.
func originalSlice(_ original: String, _ r: Range<Int>) -> String {
    let scalars = Array(original.unicodeScalars)
    var v = String.UnicodeScalarView()
    v.append(contentsOf: scalars[r])
    return String(v)
}

func nfd(_ s: String) -> String { UnicodeForms.nfd(s) }

@Suite struct NormalizerTests {
    let normalizer = Normalizer()

    /// The builder moves out of the caller's storage when the output outgrows it (here forced
    /// with a 16-scalar storage) and the result, map included, is what `normalize` gives.
    @Test func builderGrowsBeyondTheCallersStorage() {
        let text = String(repeating: "Ð\u{200B}ả" + nfd("ng ủy ") + "\u{2013} Hà Nội ", count: 20)
        let expected = normalizer.normalize(text)
        var utf8 = Array(text.utf8)
        let storage = UnsafeMutablePointer<UInt32>.allocate(capacity: 16)
        defer { storage.deallocate() }
        var b = Normalizer.Builder(storage: storage, capacity: 16)
        utf8.withUnsafeMutableBufferPointer { Normalizer.run(UnsafeBufferPointer($0), &b) }
        b.closeSegment()
        #expect(b.ownsStorage)
        let scalars = Array(UnsafeBufferPointer(start: b.storage, count: b.count))
        let map = b.offsetMap()
        b.release()
        #expect(scalars == expected.scalars)
        for i in 0..<scalars.count {
            #expect(map.originalStart(i) == expected.offsets.originalStart(i))
            #expect(map.originalEnd(i) == expected.offsets.originalEnd(i))
        }
    }

    /// After the first change the map is explicit; the fast copy keeps filling it correctly over
    /// a long run of unchanged text.
    @Test func longTextAfterAChangeMapsEveryScalar() {
        let tail = String(repeating: "Thủ tướng Chính phủ làm việc với tỉnh Khánh Hòa. ", count: 200)
        let text = "\u{200B}Ð" + tail
        let n = normalizer.normalize(text)
        #expect(!n.offsets.isIdentity)
        #expect(n.string == "Đ" + tail)
        let original = Array(text.unicodeScalars)
        for (i, v) in n.scalars.enumerated().dropFirst() {
            #expect(n.offsets.originalRange(i..<i + 1) == (i + 1)..<(i + 2))
            #expect(original[i + 1].value == v)
        }
    }

    @Test func alreadyNFCIsIdentity() {
        let n = normalizer.normalize("Bí thư Thành ủy Hà Nội")
        #expect(n.offsets.isIdentity)
        #expect(n.string == "Bí thư Thành ủy Hà Nội")
    }

    @Test func nfdComposesAndMapsBack() {
        let text = nfd("Chủ tịch Ủy ban nhân dân")
        #expect(text.unicodeScalars.count > "Chủ tịch Ủy ban nhân dân".unicodeScalars.count)
        let n = normalizer.normalize(text)
        #expect(n.string == "Chủ tịch Ủy ban nhân dân")
        // Every normalized scalar maps into the original, and "Ủy" maps to its decomposed form.
        let uy = 9..<11
        let r = n.offsets.originalRange(uy)
        #expect(originalSlice(text, r) == nfd("Ủy"))
    }

    @Test func lookAlikesSpacesDashesAndZeroWidth() {
        let text = "\u{00D0}ảng\u{00A0}bộ\u{200B} 2020\u{2013}2025 \u{201C}x\u{201D}"
        let n = normalizer.normalize(text)
        #expect(n.string == "Đảng bộ 2020-2025 \"x\"")
        #expect(!n.offsets.isIdentity)
        // "bộ" in normalized text maps to "bộ" in the original (the zero-width space is outside).
        let start = Array(n.string.unicodeScalars).firstIndex(of: "b")!
        #expect(originalSlice(text, n.offsets.originalRange(start..<(start + 2))) == "bộ")
    }

    @Test func toneStyleRewrite() {
        let modern = Normalizer(options: .init(toneStyle: .modern)).normalize("hòa thủy khỏe Ủy ban hoàng")
        #expect(modern.string == "hoà thuỷ khoẻ Uỷ ban hoàng")
        let traditional = Normalizer(options: .init(toneStyle: .traditional)).normalize("hoà thuỷ khoẻ Uỷ ban quý")
        #expect(traditional.string == "hòa thủy khỏe Ủy ban quý")
    }

    @Test func keysIgnoreToneStyleCaseAndForm() {
        let forms = ["hòa", "hoà", "HÒA", nfd("hòa"), nfd("hoà")]
        let keys = Set(forms.map(SyllableKey.hash))
        #expect(keys.count == 1)
        #expect(SyllableKey.hash("hoa") != SyllableKey.hash("hòa"))
        #expect(SyllableKey.readable("Uỷ") == "uy3")
    }

    @Test func utf8ByteRangesSliceTheOriginal() {
        let original = "Ð\u{200B}ảng " + nfd("Ủy ban") + " 1.000 đồng"
        let doc = AnalyzedText(original)
        let bytes = Array(original.utf8)
        for i in doc.tokens.indices {
            let r = doc.originalUTF8Range(ofTokens: i..<(i + 1))
            #expect(String(decoding: bytes[r], as: UTF8.self) == doc.originalText(ofTokens: i..<(i + 1)))
        }
        let index = UTF8OffsetIndex(String(repeating: "ế", count: 200))
        #expect(index.byteOffset(ofScalar: 130) == 390)
        #expect(index.byteOffset(ofScalar: 200) == 600)
    }
}
