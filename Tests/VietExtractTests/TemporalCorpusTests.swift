import Foundation
import Testing
@testable import VietExtract
import VietText

/// Runs Tests/VietExtractTests/Corpus/temporal.tsv through the DATE/EVENT/DOCUMENT tagger (after
/// the overlap policy, as the entity recognizer does) and prints every failing line.
@Suite struct TemporalCorpusTests {
    struct Case {
        let line: Int
        let input: String
        let expect: String
        let text: String
        let value: String
    }

    static func cases() throws -> [Case] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus/temporal.tsv")
        let table = try TSVTable(parsing: String(contentsOf: url, encoding: .utf8), source: "temporal.tsv")
        return table.rows.map { Case(line: $0.line, input: $0.fields[0], expect: $0.fields[1], text: $0.fields[2], value: $0.fields[3]) }
    }

    @Test func corpus() throws {
        let tagger = try DateEventDocumentTagger()
        let cases = try Self.cases()
        #expect(cases.filter { !$0.expect.hasPrefix("!") }.count >= 120)
        #expect(cases.filter { $0.expect.hasPrefix("!") }.count >= 40)
        var failures: [String] = []
        for c in cases {
            let doc = AnalyzedText(c.input)
            let found = OverlapPolicy.resolve(tagger.tag(doc)).map {
                (type: $0.type.rawValue, text: doc.originalText(ofTokens: $0.tokens), mention: $0)
            }
            let shown = found.map { "\($0.type) '\($0.text)' \($0.mention.value ?? $0.mention.ordinal.map(String.init) ?? "")" }
                .joined(separator: "; ")
            if c.expect.hasPrefix("!") {
                let type = String(c.expect.dropFirst())
                let needle = c.text.lowercased()
                if found.contains(where: { $0.type == type && ($0.text.lowercased().contains(needle) || needle.contains($0.text.lowercased())) }) {
                    failures.append("temporal.tsv:\(c.line): \(c.input) — unexpected \(type) '\(c.text)'; got: \(shown)")
                }
                continue
            }
            guard let m = found.first(where: { $0.type == c.expect && $0.text == c.text }) else {
                failures.append("temporal.tsv:\(c.line): \(c.input) — missing \(c.expect) '\(c.text)'; got: \(shown)")
                continue
            }
            let got: String
            switch c.expect {
            case "DATE": got = m.mention.value ?? ""
            case "EVENT": got = m.mention.ordinal.map(String.init) ?? ""
            default: got = c.value
            }
            if got != c.value {
                failures.append("temporal.tsv:\(c.line): \(c.input) — \(c.expect) '\(c.text)' value '\(got)', expected '\(c.value)'")
            }
        }
        for f in failures { print(f) }
        #expect(failures.isEmpty, "\(failures.count) corpus lines fail")
    }
}
