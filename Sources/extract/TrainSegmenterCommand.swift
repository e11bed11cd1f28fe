import ArgumentParser
import VietText
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a UTF-8 text file or throws a one-line error.
func readText(_ path: String) throws -> String {
    let bytes = try InputFile.readAll(path)
    guard let text = String(validating: bytes, as: UTF8.self) else { throw CLIError("\(path): not valid UTF-8") }
    return text
}

/// Writes bytes to a file or throws a one-line error.
func writeFile(_ path: String, _ bytes: [UInt8]) throws {
    guard let f = fopen(path, "wb") else { throw CLIError("\(path): \(String(cString: strerror(errno)))") }
    defer { fclose(f) }
    let n = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, f) }
    guard n == bytes.count else { throw CLIError("\(path): write error") }
}

/// Today's date in UTC, "YYYY-MM-DD".
func todayUTC() -> String {
    var t = time(nil)
    var tm = tm()
    gmtime_r(&t, &tm)
    func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
    return "\(tm.tm_year + 1900)-\(two(tm.tm_mon + 1))-\(two(tm.tm_mday))"
}

/// Monotonic seconds.
func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Options shared by the commands that load a segmenter: a model, statistics or word lists
/// other than the embedded ones.
struct SegmenterSourceOptions: ParsableArguments {
    @Option(help: "A segmentation model file instead of the embedded Models/segmenter.model.")
    var model: String?

    @Option(help: "A syllable-pair statistics file instead of the embedded Models/syllable-pairs.model.")
    var statistics: String?

    @Option(name: .customLong("words"), help: "Word list(s) (TSV, first column the word) instead of the embedded Lexicons/words.tsv and words-ud-vtb.tsv. Repeatable.")
    var wordFiles: [String] = []

    @Flag(help: "Score with the generic feature visitor instead of the compiled tables (for checking).")
    var generic = false

    func loadStatistics() throws -> SyllableStatistics {
        guard let statistics else { return try SyllableStatistics.bundled() }
        let bytes = try InputFile.readAll(statistics)
        return try bytes.withUnsafeBytes { try SyllableStatistics(bytes: $0) }
    }

    func loadModel() throws -> SegmenterModel? {
        guard let model else { return try SegmenterModel.bundled() }
        let bytes = try InputFile.readAll(model)
        return try bytes.withUnsafeBytes { try SegmenterModel(bytes: $0, source: model) }
    }

    /// The word lists (more words may still be added). `defaults`: embedded names.
    func loadLexicon(defaults: [String]) throws -> WordLexicon {
        var lex = WordLexicon()
        if wordFiles.isEmpty {
            for name in defaults {
                guard let text = EmbeddedResources.text("Lexicons/" + name) else { continue }
                lex.insert(table: try TSVTable(parsing: text, source: name), source: .of(fileName: name))
            }
        } else {
            for path in wordFiles {
                let name = path.split(separator: "/").last.map(String.init) ?? path
                lex.insert(table: try TSVTable(parsing: try readText(path), source: path), source: .of(fileName: name))
            }
        }
        return lex
    }

    func loadSegmenter() throws -> WordSegmenter {
        let lex = try loadLexicon(defaults: WordLexicon.bundledWordLists)
        return WordSegmenter(model: try loadModel(), lexicon: lex, statistics: try loadStatistics(), compile: !generic)
    }
}

/// `extract train-segmenter`: trains the word segmentation model from `*.seg.txt` corpora.
struct TrainSegmenterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-segmenter",
        abstract: "Train the word segmentation model from segmented corpora (*.seg.txt).",
        discussion: """
        The general word list (Lexicons/words.tsv, or --words) and the training corpus's own \
        multi-syllable words feed the dictionary features; the pair statistics come from the \
        embedded Models/syllable-pairs.model (or --statistics). Prints dev F1 after each epoch.
        """
    )

    @Option(help: "A training corpus (*.seg.txt). Repeatable.")
    var train: [String]

    @Option(help: "A development corpus (*.seg.txt) scored after each epoch.")
    var dev: String

    @Option(help: "Where to write the model.")
    var output: String

    @Option(help: "Training epochs.")
    var epochs = 10

    @Option(help: "Window: tokens on each side of a gap that features look at.")
    var window = 3

    @Option(help: "Longest key n-gram.")
    var ngram = 3

    @Option(help: "Longest shape n-gram.")
    var shape = 3

    @Flag(help: "Leave out dictionary features.")
    var noLexicon = false

    @Flag(help: "Leave out syllable-pair statistics features.")
    var noStatistics = false

    @Flag(help: "Structured perceptron (Viterbi over gap labels) instead of pointwise.")
    var structured = false

    @Option(help: "Drop n-grams whose averaged weights are all below this magnitude.")
    var prune: Float = 0.001

    @Option(help: "Give weights only to key n-grams seen at least this often in training.")
    var minCount = 1

    @Option(help: "Fraction of key n-gram occurrences dropped from each training update.")
    var dropout = 0.0

    @Option(help: "Random seed for the sentence order.")
    var seed: UInt64 = 1

    @Option(help: "Syllable clusters (TSV from scripts/build-syllable-clusters.py) for cluster features; stored in the model.")
    var clusters: String?

    @Option(help: "The column of --clusters to use (k32, k64, ...).")
    var clusterColumn = "k64"

    @Flag(help: "Threshold features of the pair statistics (PMI bucket ≥ t, count bucket ≥ t).")
    var statThresholds = false

    @Option(help: "Perceptron margin: also update gaps whose score magnitude is below this.")
    var margin: Float = 0

    @Option(help: "Added to the trained bias weight: shifts the join threshold (negative: fewer joins). Choose it on dev.")
    var biasShift: Float = 0

    @OptionGroup var sources: SegmenterSourceOptions

    func run() throws {
        let t0 = monotonicSeconds()
        var training: [SegmentedSentence] = []
        for path in train { training += SegmentedSentence.parse(try readText(path)) }
        let devSet = SegmentedSentence.parse(try readText(dev))
        var config = SegmenterConfig()
        config.window = window
        config.maxNgram = ngram
        config.maxShapeNgram = shape
        config.useLexicon = !noLexicon
        config.useStatistics = !noStatistics
        config.structured = structured
        config.statThresholds = statThresholds
        let statistics = try sources.loadStatistics()
        let base = try sources.loadLexicon(defaults: WordLexicon.trainingWordLists)
        var clusterMap: SyllableClusters? = nil
        if let clusters {
            clusterMap = try SyllableClusters(table: TSVTable(parsing: try readText(clusters), source: clusters), column: clusterColumn)
            config.clusters = clusterMap!.classCount
        }
        var trainer = SegmenterTrainer(config: config, training: training, baseLexicon: base, statistics: statistics, clusters: clusterMap, minNgramCount: minCount)
        trainer.dropout = dropout
        trainer.margin = margin
        trainer.biasShift = biasShift
        print("train: \(training.count) sentences, \(trainer.weightCount) weights; dev: \(devSet.count) sentences; statistics: \(statistics.pairCount) pairs; lexicon: \(trainer.lexicon.wordCount) words")
        // The dev lexicon: the trainer's (base words + training corpus words), no leave-one-out.
        var lastModel: (SegmenterModel, [(hash: UInt64, length: Int, base: Int)])? = nil
        for e in 1...epochs {
            let wrong = trainer.epoch(seed: seed &+ UInt64(e))
            let m = trainer.model(pruneBelow: prune)
            let seg = WordSegmenter(model: m.0, lexicon: trainer.lexicon, statistics: statistics)
            let score = SegmenterTrainer.evaluate(seg, on: devSet)
            print("epoch \(e): wrong sentences \(wrong), dev \(score)")
            lastModel = m
        }
        guard let (model, blocks) = lastModel else { return }
        let command = "extract " + CommandLine.arguments.dropFirst().joined(separator: " ")
        let provenance = [
            "VietExtract word segmentation model (averaged perceptron, \(structured ? "structured" : "pointwise")).",
            "Trained on: \(train.map { $0.split(separator: "/").last.map(String.init) ?? $0 }.joined(separator: " + ")) (UD_Vietnamese-VTB, CC BY-SA 4.0); this model is a derived work under CC BY-SA 4.0.",
            "Dictionary features: \(sources.wordFiles.isEmpty ? WordLexicon.trainingWordLists.map { "Lexicons/" + $0 }.joined(separator: ", ") : sources.wordFiles.joined(separator: ", ")) (project-written) and the training corpus's words (Lexicons/words-ud-vtb.tsv at run time).",
            "Pair statistics: Models/syllable-pairs.model (derived from Vietnamese Wikipedia, CC BY-SA 3.0).",
        ] + (clusters.map { ["Syllable clusters (stored in this file): \($0.split(separator: "/").last ?? ""), column \(clusterColumn) (derived from Vietnamese Wikipedia, CC BY-SA 3.0)."] } ?? []) + [
            "Date: \(todayUTC())",
            "Command: \(command)",
        ]
        let bytes = model.serialized(provenance: provenance, blocks: blocks)
        try writeFile(output, bytes)
        print("wrote \(output): \(bytes.count) bytes, \(model.ngramCount) n-grams, \(String(format1: monotonicSeconds() - t0)) s")
    }
}

/// `extract build-seg-stats`: counts syllable-pair statistics over raw text.
struct BuildSegmentationStatisticsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build-seg-stats",
        abstract: "Count syllable-pair association statistics over raw text for the segmenter.",
        shouldDisplay: false
    )

    @Option(help: "Raw text, one paragraph per line.")
    var corpus: String

    @Option(help: "Where to write the statistics.")
    var output: String

    @Option(help: "Keep pairs seen at least this often.")
    var minCount = 3

    @Option(help: "Lower end of the PMI buckets (natural log).")
    var pmiMin: Double = -4

    @Option(help: "Width of a PMI bucket (there are 16).")
    var pmiStep: Double = 0.5

    func run() throws {
        let text = try readText(corpus)
        let lines = text.split(separator: "\n").map(String.init)
        let stats = SyllableStatistics.build(lines: lines, minCount: minCount, pmiMin: pmiMin, pmiStep: pmiStep)
        let command = "extract " + CommandLine.arguments.dropFirst().joined(separator: " ")
        let header = [
            "# VietExtract syllable-pair statistics for the word segmenter: for each adjacent syllable pair",
            "# seen at least \(minCount) times, a code combining its PMI and frequency (see SyllableStatistics.swift).",
            "# Derived from \(corpus.split(separator: "/").last ?? "") (a Vietnamese Wikipedia sample, CC BY-SA 3.0); this file is CC BY-SA 3.0.",
            "# Date: \(todayUTC())",
            "# Command: \(command)",
        ].joined(separator: "\n")
        let bytes = stats.serialized(header: header)
        try writeFile(output, bytes)
        print("wrote \(output): \(stats.pairCount) pairs, \(bytes.count) bytes")
    }
}

/// VmHWM from /proc/self/status, in MB (0 when unavailable).
func peakResidentMB() -> Int {
    guard let f = fopen("/proc/self/status", "r") else { return 0 }
    defer { fclose(f) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, 256, f) != nil {
        let s = String(cString: line)
        if s.hasPrefix("VmHWM:") {
            let digits = s.filter(\.isNumber)
            return (Int(digits) ?? 0) / 1024
        }
    }
    return 0
}

extension String {
    /// A number with one decimal ("12.3").
    init(format1 x: Double) {
        let v = Int((x * 10).rounded())
        self = "\(v / 10).\(abs(v % 10))"
    }
}
