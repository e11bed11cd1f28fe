import Foundation
import Testing
@testable import VietExtract

/// Runs `Corpus/claims.tsv` (positive examples and negatives written by the project) through
/// `Extractor.extract` and reports every line whose claims differ from the expectation.
@Suite struct ClaimCorpusTests {
    struct Expected: CustomStringConvertible {
        var value: Double
        var unit: String
        var kind: ClaimKind
        var qualifier: Qualifier?
        var total: Double?
        var max: Double?
        var change: String?
        var description: String {
            "\(value) | \(unit) | \(kind.rawValue)" + (qualifier.map { " | q=\($0.rawValue)" } ?? "")
                + (total.map { " | t=\($0)" } ?? "") + (max.map { " | max=\($0)" } ?? "") + (change.map { " | ch=\($0)" } ?? "")
        }
    }

    struct Example {
        var line: Int
        var input: String
        var claims: [Expected]
    }

    static let corpusURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Corpus/claims.tsv")

    static func load() throws -> [Example] {
        let text = try String(contentsOf: corpusURL, encoding: .utf8)
        var out: [Example] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count == 2 else { throw CorpusError(line: n + 1, message: "expected INPUT<TAB>EXPECTED") }
            let exp = cols[1].trimmingCharacters(in: .whitespaces)
            var claims: [Expected] = []
            if exp != "-" {
                for part in exp.components(separatedBy: " ;; ") {
                    let f = part.components(separatedBy: " | ").map { $0.trimmingCharacters(in: .whitespaces) }
                    guard f.count >= 3, let v = Double(f[0]), let k = ClaimKind(rawValue: f[2]) else {
                        throw CorpusError(line: n + 1, message: "bad claim '\(part)'")
                    }
                    var e = Expected(value: v, unit: f[1], kind: k)
                    for extra in f.dropFirst(3) {
                        let kv = extra.split(separator: "=", maxSplits: 1).map(String.init)
                        guard kv.count == 2 else { throw CorpusError(line: n + 1, message: "bad field '\(extra)'") }
                        switch kv[0] {
                        case "q": e.qualifier = Qualifier(rawValue: kv[1])
                        case "t": e.total = Double(kv[1])
                        case "max": e.max = Double(kv[1])
                        case "ch": e.change = kv[1]
                        default: throw CorpusError(line: n + 1, message: "unknown field '\(kv[0])'")
                        }
                    }
                    claims.append(e)
                }
            }
            out.append(Example(line: n + 1, input: cols[0], claims: claims))
        }
        return out
    }

    struct CorpusError: Error, CustomStringConvertible {
        var line: Int
        var message: String
        var description: String { "claims.tsv:\(line): \(message)" }
    }

    /// The scorer's unit rule: equal, or a longer unit that starts with the expected one.
    static func unitMatches(_ expected: String, _ found: String?) -> Bool {
        let e = expected.lowercased(), f = (found ?? "").lowercased()
        return f == e || f.hasPrefix(e + " ") || f.hasPrefix(e + "/") || (e == "%" && f.hasPrefix("%"))
    }

    static func close(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case let (x?, y?): abs(x - y) <= 1e-9 * Swift.max(1, abs(x))
        default: false
        }
    }

    static func matches(_ e: Expected, _ c: Claim) -> Bool {
        close(e.value, c.value) && unitMatches(e.unit, c.unit) && e.kind == c.kind && e.qualifier == c.qualifier
            && close(e.total, c.total) && close(e.max, c.max) && e.change == c.change
    }

    static func describe(_ c: Claim) -> String {
        "\"\(c.text)\" \(c.value) | \(c.unit ?? "nil") | \(c.kind.rawValue)" + (c.qualifier.map { " | q=\($0.rawValue)" } ?? "")
            + (c.total.map { " | t=\($0)" } ?? "") + (c.max.map { " | max=\($0)" } ?? "") + (c.change.map { " | ch=\($0)" } ?? "")
    }

    @Test func corpusHasEnoughExamples() throws {
        let examples = try Self.load()
        let positives = examples.filter { !$0.claims.isEmpty }.count
        let negatives = examples.count - positives
        #expect(positives >= 150, "positives: \(positives)")
        #expect(negatives >= 50, "negatives: \(negatives)")
    }

    @Test func corpusLinesGiveTheirClaims() throws {
        let extractor = try Extractor()
        var failures = 0
        for ex in try Self.load() {
            let got = extractor.extract(ex.input).claims
            let ok = got.count == ex.claims.count && zip(ex.claims, got).allSatisfy { Self.matches($0, $1) }
            if !ok {
                failures += 1
                Issue.record("""
                    claims.tsv:\(ex.line): \(ex.input)
                      want: \(ex.claims.isEmpty ? "-" : ex.claims.map(\.description).joined(separator: " ;; "))
                      got:  \(got.isEmpty ? "-" : got.map(Self.describe).joined(separator: " ;; "))
                    """)
            }
        }
        #expect(failures == 0)
    }

    @Test func spansSliceTheOriginalText() throws {
        let extractor = try Extractor()
        for ex in try Self.load() {
            let x = extractor.extract(ex.input)
            let scalars = Array(ex.input.unicodeScalars)
            for c in x.claims {
                var s = String.UnicodeScalarView()
                s.append(contentsOf: scalars[c.start..<c.end])
                #expect(String(s) == c.text, "claims.tsv:\(ex.line)")
            }
        }
    }
}
