import Foundation
import Testing
import VietText
@testable import VietExtract

/// Hostile input (issue 7), scaled down so `swift test` stays fast in debug builds; the full
/// sizes, with timings and memory, are in scripts/hostile-inputs.sh. Each input must finish and
/// keep the contract: every span slices the original (compared scalar by scalar), spans are
/// ordered and in bounds, entities do not overlap, the JSON output parses.
@Suite struct HostileInputTests {
    static let extractor = try! Extractor()

    /// Extracts `text`, checks the contract and that the JSON output parses; returns the result.
    @discardableResult
    static func run(_ text: String, _ name: Comment) throws -> Extraction {
        let x = extractor.extract(text)
        #expect(x.text.unicodeScalars.elementsEqual(text.unicodeScalars), name)
        let p = ContractCheck.problems(x)
        #expect(p.isEmpty, "\(name): \(p)")
        let json = JSONWriter().write(x)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(object?["text"] as? String == text, name)
        return x
    }

    /// A long single line of dense, realistic text. 2 MB takes about 30 s in a debug build, so
    /// this uses 256 KB; the 2 MB line through the CLI's reader is in HostileCLITests and the
    /// 50–100 MB lines in scripts/hostile-inputs.sh.
    @Test func longSingleLine() throws {
        let sentence = "Ngày 21/11/2024, Chủ tịch UBND TP.Hà Nội Trần Sỹ Thanh cho biết 30/34 đề án, tăng 7,09% so với năm 2023. "
        var text = ""
        while text.utf8.count < 256_000 { text += sentence }
        let x = try Self.run(text, "256 KB line")
        #expect(x.sentences.count > 1_000)
        #expect(!x.entities.isEmpty)
    }

    @Test func twoHundredThousandDigits() throws {
        let text = String(repeating: "1234567890", count: 20_000)
        let x = try Self.run(text, "200,000 digits")
        #expect(x.tokens.count == 1)
        for c in x.claims { #expect(!c.value.isNaN) }
    }

    @Test(arguments: [
        String(repeating: "9", count: 400) + " tỷ tỷ",
        String(repeating: "9", count: 400) + " tỷ đồng",
        "Tăng " + String(repeating: "9", count: 400) + "% so với " + String(repeating: "1.000", count: 100) + " triệu tỷ đồng",
        String(repeating: "9", count: 20) + "," + String(repeating: "9", count: 400) + " nghìn tỷ tỷ tỷ tỷ tỷ tỷ tỷ tỷ",
        "0," + String(repeating: "0", count: 400) + "1 triệu người",
        "từ " + String(repeating: "9", count: 309) + " đến " + String(repeating: "9", count: 310) + " ngày",
    ])
    func numbersBeyondInt64AndDouble(_ text: String) throws {
        let x = try Self.run(text, "huge number")
        for c in x.claims {
            #expect(!c.value.isNaN)
            if let t = c.total { #expect(!t.isNaN) }
            if let m = c.max { #expect(!m.isNaN) }
        }
    }

    @Test func tenThousandNestedBrackets() throws {
        let inner = "Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng cho biết 30/34 đề án"
        for (open, close) in [("(", ")"), ("“", "”")] {
            let text = String(repeating: open, count: 10_000) + inner + String(repeating: close, count: 10_000)
            let x = try Self.run(text, "nested \(open)\(close)")
            #expect(x.tokens.count >= 20_000)
        }
        // Unbalanced, alternating and interleaved with words.
        try Self.run(String(repeating: "(", count: 10_000) + inner, "unclosed")
        try Self.run(String(repeating: "(Bộ [Nội {vụ ", count: 1_000), "interleaved")
    }

    @Test func fiftyThousandCapitalisedSyllables() throws {
        let syllables = ["Nguyễn", "Văn", "Trần", "Thị", "Hà", "Nội", "Bộ", "Trưởng", "Ủy", "Ban", "Nhân", "Dân",
                         "Đại", "Hội", "Lê", "Phạm", "Hoàng", "Sở", "Tài", "Chính"]
        var words: [String] = []
        words.reserveCapacity(50_000)
        for k in 0..<50_000 { words.append(syllables[(k * 7 + k / 3) % syllables.count]) }
        let x = try Self.run(words.joined(separator: " "), "50,000 capitalised syllables")
        // Tokens are words after segmentation: together they hold every syllable once.
        #expect(x.tokens.reduce(0) { $0 + $1.text.split(separator: " ").count } == 50_000)
        // The same run in upper case and with initials.
        try Self.run(words.prefix(5_000).joined(separator: " ").uppercased(), "upper-case run")
        try Self.run(words.prefix(5_000).map { String($0.prefix(1)) + "." }.joined(), "initials run")
    }

    @Test func inputThatStopsMidSequence() throws {
        let full = Array("Chủ tịch nước Lương Cường thăm tỉnh Nghệ An ngày 2/9.".utf8)
        // Every cut inside the text, decoded leniently as the CLI does with --lenient.
        for cut in 0...full.count {
            let bytes = Array(full[0..<cut])
            let invalid = UTF8Validation.firstInvalidOffset(bytes)
            #expect((invalid == nil) == (String(validating: bytes, as: UTF8.self) != nil), "cut at \(cut)")
            try Self.run(String(decoding: bytes, as: UTF8.self), "cut at \(cut)")
        }
        let truncated = Array("Trần".utf8) + [0xE1, 0xBB]  // "ễ" cut after two of its three bytes
        #expect(UTF8Validation.firstInvalidOffset(truncated) == 6)
    }

    /// Many short documents through one extractor (the in-process side of "1 million tiny
    /// lines"; the CLI side is in CLITests).
    @Test func manyTinyDocuments() throws {
        let tiny = ["", "a", "1", ".", "Hà", "\u{200B}", "A.", "30/34", "Ủy", "(", "9 tỷ", "e\u{301}"]
        for k in 0..<20_000 {
            let x = Self.extractor.extract(tiny[k % tiny.count])
            if k < tiny.count { #expect(ContractCheck.problems(x).isEmpty) }
        }
    }

    /// OverlapPolicy used to compare every mention with every kept one: quadratic, minutes on
    /// a 2 MB line. The linear version must keep exactly what the pairwise rule keeps.
    @Test func overlapPolicyMatchesThePairwiseRuleAndIsLinear() {
        func pairwise(_ mentions: [Mention]) -> [Mention] {
            let order = mentions.indices.sorted {
                let a = mentions[$0].tokens, b = mentions[$1].tokens
                if a.count != b.count { return a.count > b.count }
                return a.lowerBound < b.lowerBound
            }
            var taken: [Range<Int>] = []
            var keep = [Bool](repeating: false, count: mentions.count)
            for i in order where !mentions[i].tokens.isEmpty && !taken.contains(where: { $0.overlaps(mentions[i].tokens) }) {
                taken.append(mentions[i].tokens); keep[i] = true
            }
            return mentions.indices.filter { keep[$0] }.map { mentions[$0] }.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
        var rng = SeededRandom(seed: 77)
        for _ in 0..<500 {
            var mentions: [Mention] = []
            for _ in 0..<Int.random(in: 0..<30, using: &rng) {
                let a = Int.random(in: 0..<40, using: &rng)
                mentions.append(Mention(.person, a..<(a + Int.random(in: 0..<8, using: &rng))))
            }
            #expect(OverlapPolicy.resolve(mentions) == pairwise(mentions))
        }
        // 200,000 mentions (adjacent, nested and overlapping) on 400,000 tokens.
        var many: [Mention] = []
        for k in 0..<100_000 {
            many.append(Mention(.title, (4 * k)..<(4 * k + 3)))
            many.append(Mention(.person, (4 * k + 2)..<(4 * k + 5)))
        }
        let clock = ContinuousClock()
        let elapsed = clock.measure { #expect(OverlapPolicy.resolve(many).count == 100_000) }
        #expect(elapsed < .seconds(5), "\(elapsed)")
    }
}
