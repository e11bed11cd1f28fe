import ArgumentParser
import VietText

/// `extract eval-seg`: word segmentation P/R/F1 against a gold `*.seg.txt` file, computed
/// exactly like ws_eval.py.
struct EvalSegmentationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-seg",
        abstract: "Score word segmentation against a gold *.seg.txt file (like ws_eval.py).",
        discussion: """
        Without --pred, segments the gold file's raw form (its '_' read as spaces) with the \
        segmenter and scores that.
        """
    )

    @Option(help: "Gold segmentation (*.seg.txt).")
    var gold: String

    @Option(help: "Predicted segmentation, one line per gold line.")
    var pred: String?

    @Option(help: "Also write the predicted segmentation here (without --pred).")
    var output: String?

    @Option(help: "Instead of scoring: time the segmenter alone (tokens prepared beforehand) on this raw text file, one document per line.")
    var bench: String?

    @Option(help: "Repetitions for --bench; the best time is reported.")
    var repetitions = 5

    @OptionGroup var sources: SegmenterSourceOptions

    func runBench(_ path: String) throws {
        let t0 = monotonicSeconds()
        let segmenter = try sources.loadSegmenter()
        print("segmenter load: \(String(format1: (monotonicSeconds() - t0) * 1000)) ms, compiled: \(segmenter.usesCompiledScorer)")
        let bytes = try InputFile.readAll(path)
        let text = String(decoding: bytes, as: UTF8.self)
        let normalizer = Normalizer(), tokenizer = Tokenizer()
        let docs: [[Token]] = text.split(separator: "\n").map { tokenizer.tokenize(normalizer.normalize(String($0))) }
        var best = Double.infinity
        var check = 0
        var scratch = WordSegmenter.Scratch()
        var words: [Range<Int>] = []
        for _ in 0..<max(1, repetitions) {
            check = 0
            let start = monotonicSeconds()
            for d in docs {
                d.withUnsafeBufferPointer { segmenter.segment($0, into: &words, scratch: &scratch) }
                check &+= words.count
            }
            best = min(best, monotonicSeconds() - start)
        }
        print("segment only: \(String(format1: Double(bytes.count) / 1e6 / best)) MB/s (\(String(format1: best * 1000)) ms, \(check) words)")
    }

    func run() throws {
        if let bench { return try runBench(bench) }
        var goldLines = try readText(gold).split(separator: "\n", omittingEmptySubsequences: false)
        if goldLines.last == "" { goldLines.removeLast() }
        var predLines: [String]
        if let pred {
            var p = try readText(pred).split(separator: "\n", omittingEmptySubsequences: false)
            if p.last == "" { p.removeLast() }
            guard p.count == goldLines.count else { throw CLIError("\(pred): \(p.count) lines, gold has \(goldLines.count)") }
            predLines = p.map(String.init)
        } else {
            let segmenter = try sources.loadSegmenter()
            predLines = []
            var scratch = WordSegmenter.Scratch()
            var words: [Range<Int>] = []
            for line in goldLines {
                let doc = AnalyzedText(String(line).replacing("_", with: " "))
                doc.tokens.withUnsafeBufferPointer { segmenter.segment($0, into: &words, scratch: &scratch) }
                predLines.append(WordSegmenter.segmentedLine(doc, words: words))
            }
            if let output { try writeFile(output, Array((predLines.joined(separator: "\n") + "\n").utf8)) }
        }
        var score = SegmentationScore()
        for (g, p) in zip(goldLines, predLines) { score.add(gold: g, predicted: Substring(p)) }
        print(score)
    }
}
