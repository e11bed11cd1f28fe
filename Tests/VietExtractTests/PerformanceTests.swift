import Foundation
import VietExtract
import VietText
import XCTest

/// Throughput of the hot paths (issue 6) on text the project wrote: the gold fixtures
/// (Tests/Fixtures/gold/*.txt, invented news). `measure` reports the times; there are no timing
/// thresholds (machines differ), only checks that each run did its work.
final class PerformanceTests: XCTestCase {
    /// The gold fixture documents, one per non-empty line.
    static let lines: [String] = {
        let gold = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/gold")
        var out: [String] = []
        for name in ["officials.txt", "economy.txt"] {
            let url = gold.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            out += text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        }
        return out
    }()

    func testFixturesPresent() {
        XCTAssertGreaterThan(Self.lines.count, 10)
    }

    /// Normalization and tokenization (the start of every analysis).
    func testNormalizeTokenizePerformance() {
        let lines = Self.lines
        XCTAssertFalse(lines.isEmpty)
        let normalizer = Normalizer(), tokenizer = Tokenizer()
        var tokens: [Token] = []
        measure {
            var count = 0
            for _ in 0..<2 {
                for line in lines {
                    let normalized = normalizer.normalize(line)
                    tokens.removeAll(keepingCapacity: true)
                    normalized.scalars.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &tokens) }
                    count += tokens.count
                }
            }
            XCTAssertGreaterThan(count, 1000)
        }
    }

    /// Word segmentation of analysed text.
    func testSegmenterPerformance() throws {
        let lines = Self.lines
        XCTAssertFalse(lines.isEmpty)
        let segmenter = try WordSegmenter.bundled()
        let docs = lines.map { AnalyzedText($0) }
        measure {
            var words = 0
            for _ in 0..<2 {
                for doc in docs { words += segmenter.segment(doc).count }
            }
            XCTAssertGreaterThan(words, 1000)
        }
    }

    /// The whole extractor: analysis, entities, dates, events, documents, facts and claims.
    func testExtractorPerformance() throws {
        let lines = Self.lines
        XCTAssertFalse(lines.isEmpty)
        var config = Extractor.Configuration()
        config.includeTokens = false
        let extractor = try Extractor(configuration: config)
        measure {
            var entities = 0, claims = 0
            for _ in 0..<1 {
                for line in lines {
                    let x = extractor.extract(line)
                    entities += x.entities.count
                    claims += x.claims.count
                }
            }
            XCTAssertGreaterThan(entities, 100)
            XCTAssertGreaterThan(claims, 10)
        }
    }

    /// Extraction with tokens and JSON output, as `extract --format jsonl` does it.
    func testExtractJSONPerformance() throws {
        let lines = Self.lines
        XCTAssertFalse(lines.isEmpty)
        let extractor = try Extractor()
        let writer = JSONWriter()
        measure {
            var bytes = 0
            for line in lines {
                bytes += writer.writeUTF8(extractor.extract(line), terminator: 0x0A).count
            }
            XCTAssertGreaterThan(bytes, 10_000)
        }
    }
}
