import Foundation

/// Inputs for the benchmarks. `wiki-8MB` is ../shared/data/wiki/viwiki-sample.txt when present
/// (set VIETEXTRACT_WIKI to use another file); otherwise the project's own gold text repeated
/// to 8 MB, so the benchmarks always run. `news-lines` is the project's own gold text.
enum Corpora {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func newsLines() -> [String] {
        var lines: [String] = []
        for name in ["officials", "economy"] {
            let url = root.appendingPathComponent("Tests/Fixtures/gold/\(name).txt")
            if let text = try? String(contentsOf: url, encoding: .utf8) {
                lines += text.split(separator: "\n").map(String.init)
            }
        }
        precondition(!lines.isEmpty, "Tests/Fixtures/gold/*.txt not found under \(root.path)")
        return lines
    }

    /// The wiki lines and a label saying where they came from.
    static func wikiLines() -> (lines: [String], source: String) {
        let env = ProcessInfo.processInfo.environment["VIETEXTRACT_WIKI"]
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared/data/wiki/viwiki-sample.txt").path
        let candidates: [String] = [env, shared].compactMap { $0 }
        for path in candidates {
            if let data = FileManager.default.contents(atPath: path) {
                let text = String(decoding: data, as: UTF8.self)
                return (text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), path)
            }
        }
        let news = newsLines()
        var lines: [String] = []
        var bytes = 0
        while bytes < 8_000_000 {
            for l in news { lines.append(l); bytes += l.utf8.count + 1 }
        }
        return (lines, "Tests/Fixtures/gold repeated to 8 MB (shared wiki text not found)")
    }

    static func byteCount(_ lines: [String]) -> Int { lines.reduce(0) { $0 + $1.utf8.count + 1 } }
}
