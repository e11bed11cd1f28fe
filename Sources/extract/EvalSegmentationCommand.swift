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

    @OptionGroup var sources: SegmenterSourceOptions

    func run() throws {
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
