import Testing
@testable import VietText

/// The original-text slice of a normalized scalar range.
func originalSlice(_ original: String, _ r: Range<Int>) -> String {
    let scalars = Array(original.unicodeScalars)
    var v = String.UnicodeScalarView()
    v.append(contentsOf: scalars[r])
    return String(v)
}

func nfd(_ s: String) -> String { s.decomposedStringWithCanonicalMappingPortable }

extension String {
    /// NFD through ICU-free decomposition: Vietnamese letters → base + marks, via the tables.
    var decomposedStringWithCanonicalMappingPortable: String {
        var out = String.UnicodeScalarView()
        for u in unicodeScalars {
            let (base, tone) = VietnameseLetters.fold(u.value)
            let isUpper = String(u).lowercased() != String(u)
            // Split quality marks too: â ă ê ô ơ ư.
            let quality: [UInt32: (UInt32, UInt32)] = [0xE2: (0x61, 0x302), 0x103: (0x61, 0x306), 0xEA: (0x65, 0x302),
                                                       0xF4: (0x6F, 0x302), 0x1A1: (0x6F, 0x31B), 0x1B0: (0x75, 0x31B)]
            guard VietnameseLetters.isVowel(base) || base == 0x111 else { out.append(u); continue }
            if base == 0x111 { out.append(u); continue }
            var letter = base, qmark: UInt32? = nil
            if let q = quality[base] { letter = q.0; qmark = q.1 }
            var l = String(Unicode.Scalar(letter)!)
            if isUpper { l = l.uppercased() }
            out.append(contentsOf: l.unicodeScalars)
            if let q = qmark { out.append(Unicode.Scalar(q)!) }
            if let t = tone.combiningMark { out.append(t) }
        }
        return String(out)
    }
}

@Suite struct NormalizerTests {
    let normalizer = Normalizer()

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
}
