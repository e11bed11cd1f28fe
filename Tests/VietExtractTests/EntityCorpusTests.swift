import Foundation
import Testing
@testable import VietExtract
import VietText

/// Runs the entity corpus (Corpus/entities.tsv, Duckling-style: rules next to their examples).
/// PERSON, TITLE and fact lists of an example are exhaustive; ORGANIZATION / LOCATION items
/// are required. Every failing example is printed with what was found.
@Suite struct EntityCorpusTests {
    struct Example {
        let line: Int
        let sentence: String
        let items: [(kind: String, value: String)]
    }

    static func corpus() throws -> [Example] {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let text = try String(contentsOf: dir.appendingPathComponent("Corpus/entities.tsv"), encoding: .utf8)
        var out: [Example] = []
        var header = true
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if header { header = false; continue }
            let cols = line.split(separator: "\t", maxSplits: 1).map(String.init)
            let expect = cols.count > 1 ? cols[1] : "-"
            var items: [(String, String)] = []
            if expect != "-" {
                for item in expect.components(separatedBy: ";;") {
                    guard let c = item.firstIndex(of: ":") else { continue }
                    items.append((String(item[..<c]), String(item[item.index(after: c)...])))
                }
            }
            out.append(Example(line: n + 1, sentence: cols[0], items: items))
        }
        return out
    }

    static let extractor: Extractor = {
        var c = Extractor.Configuration()
        c.includeTokens = false
        return try! Extractor(configuration: c)
    }()

    /// The problems of one example (empty when it passes).
    static func check(_ ex: Example) -> [String] {
        let r = extractor.extract(ex.sentence)
        var problems: [String] = []
        func texts(_ t: EntityType) -> [String] { r.entities.filter { $0.type == t }.map(\.text).sorted() }
        func expected(_ k: String) -> [String] { ex.items.filter { $0.kind == k }.map(\.value).sorted() }
        for (k, t) in [("P", EntityType.person), ("T", .title)] where texts(t) != expected(k) {
            problems.append("\(t.rawValue): expected \(expected(k)) found \(texts(t))")
        }
        let facts = r.facts.map { "\($0.person.text)>\($0.title.text)" }.sorted()
        if facts != expected("F") { problems.append("FACTS: expected \(expected("F")) found \(facts)") }
        for (k, t) in [("O", EntityType.organization), ("L", .location)] {
            for v in expected(k) where !texts(t).contains(v) {
                problems.append("\(t.rawValue): missing '\(v)' found \(texts(t))")
            }
        }
        for v in expected("R") {
            let parts = v.components(separatedBy: ">")
            let ok = r.entities.contains { e in
                e.type == .title && e.text == parts[0] && e.refersTo.map { r.entities[$0].text == parts[1] } == true
            }
            if !ok { problems.append("refersTo: expected \(v)") }
        }
        for v in expected("S") {
            let parts = v.components(separatedBy: "=")
            if !r.entities.contains(where: { $0.type == .title && $0.text == parts[0] && $0.status == parts[1] }) {
                problems.append("status: expected \(v)")
            }
        }
        return problems
    }

    @Test func corpusIsLargeEnough() throws {
        let c = try Self.corpus()
        #expect(c.count >= 120)
        #expect(c.filter { !$0.items.contains { $0.kind == "P" || $0.kind == "T" } }.count >= 15, "negatives")
    }

    @Test func everyExamplePasses() throws {
        var failed = 0
        let corpus = try Self.corpus()
        for ex in corpus {
            let problems = Self.check(ex)
            if !problems.isEmpty {
                failed += 1
                print("✗ entities.tsv:\(ex.line): \(ex.sentence)\n    " + problems.joined(separator: "\n    "))
            }
        }
        #expect(failed == 0, "\(failed) of \(corpus.count) corpus examples fail (printed above)")
    }
}
