import ArgumentParser
import Dispatch
import VietExtract
import VietText

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, jsonl, text, seg
}

/// `extract [FILE ...]`: analyse files or standard input.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Analyse text (the default command)."
    )

    @Argument(help: "Input files (UTF-8). Standard input when none is given.")
    var files: [String] = []

    @Option(name: .shortAndLong, help: "Output format: json (one document per file), jsonl (one document per input line), text (entities and claims inline), seg (words joined by '_').")
    var format: OutputFormat = .json

    @Flag(help: "Replace invalid UTF-8 with U+FFFD (with a warning) instead of failing.")
    var lenient = false

    @Flag(help: "Pretty-print JSON (json format only).")
    var pretty = false

    @Flag(help: "Leave the tokens list out of JSON output.")
    var noTokens = false

    @Flag(help: "Show which rule and lexicon entries produced each entity.")
    var explain = false

    @Option(name: .customLong("lexicon"), help: "An extra lexicon file (TSV, same columns as the bundled file of the same name, e.g. roles.tsv). Repeatable.")
    var lexicons: [String] = []

    @Option(help: "Worker threads for --format jsonl and seg (default: the number of cores). Output keeps input order.")
    var jobs: Int?

    @Option(name: .customLong("tone-style"), help: "Tone-mark placement used for analysis: as-written, traditional (hòa) or modern (hoà).")
    var toneStyle: String = "as-written"

    mutating func validate() throws {
        guard ToneStyle(rawValue: toneStyle) != nil else {
            throw ValidationError("unknown --tone-style '\(toneStyle)' (use as-written, traditional or modern)")
        }
        if pretty && format != .json { throw ValidationError("--pretty applies to --format json only") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        var config = Extractor.Configuration()
        config.toneStyle = ToneStyle(rawValue: toneStyle)!
        config.includeTokens = !noTokens
        config.explain = explain
        for path in lexicons {
            let bytes = try InputFile.readAll(path)
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw CLIError("\(path): lexicon is not valid UTF-8")
            }
            let name = path.split(separator: "/").last.map(String.init) ?? path
            config.userLexicons.append(.init(concept: name, source: path, text: text))
        }
        let extractor: Extractor
        do { extractor = try Extractor(configuration: config) } catch { throw CLIError("\(error)") }
        var output = StandardOutput()
        let sources = files.isEmpty ? ["-"] : files
        var failures = 0
        switch format {
        case .jsonl, .seg:
            for path in sources {
                failures += try processLines(path, extractor, &output)
            }
        case .json, .text:
            var documents: [String] = []
            for path in sources {
                let bytes = try InputFile.readAll(path)
                let text = try decode(bytes, path: path)
                let x = extractor.extract(text)
                if format == .json {
                    documents.append(JSONWriter(pretty: pretty).write(x))
                } else {
                    output.write(TextRenderer().render(x))
                }
            }
            if format == .json {
                output.write(documents.count == 1 ? documents[0] + "\n" : "[" + documents.joined(separator: ",\n") + "]\n")
            }
        }
        output.flush()
        if failures > 0 {
            StandardError.write("extract: \(failures) line(s) could not be read (see the error objects in the output)\n")
            throw ExitCode(2)
        }
    }

    /// Streams `path` line by line in batches; each batch is analysed by `jobs` workers and
    /// written in input order. Returns the number of lines that failed. Memory is bounded by
    /// one batch (at most `batchLines` lines or about `batchBytes` bytes of input).
    private func processLines(_ path: String, _ extractor: Extractor, _ output: inout StandardOutput) throws -> Int {
        var reader = try LineReader(path: path)
        var failures = 0
        let workers = max(1, jobs ?? ProcessorCount.online)
        var progress = Progress(path: path)
        let batchLines = workers == 1 ? 64 : 1024
        let batchBytes = 4 << 20
        var batch: [Line] = []
        var done = false
        while !done {
            batch.removeAll(keepingCapacity: true)
            var bytes = 0
            while batch.count < batchLines && bytes < batchBytes {
                guard let line = try reader.next() else { done = true; break }
                bytes += line.bytes.count + 1
                batch.append(line)
            }
            if batch.isEmpty { break }
            let results = process(batch, path: path, extractor: extractor, workers: workers)
            for r in results {
                if let warning = r.warning { StandardError.write(warning) }
                if r.failed { failures += 1 }
                output.write(r.output)
                if !r.bytes.isEmpty { output.write(bytes: r.bytes) }
            }
            progress.advance(bytes)
        }
        progress.finish()
        return failures
    }

    /// What one input line produced.
    struct LineResult: Sendable {
        var output = ""
        /// UTF-8 output written after `output` (JSON lines, no String made).
        var bytes: [UInt8] = []
        var warning: String? = nil
        var failed = false
    }

    private func process(_ batch: [Line], path: String, extractor: Extractor, workers: Int) -> [LineResult] {
        let box = ResultBox(count: batch.count)
        let format = self.format, lenient = self.lenient
        let run: @Sendable (Int) -> Void = { k in
            box.set(k, Self.processLine(batch[k], path: path, extractor: extractor, format: format, lenient: lenient))
        }
        if workers == 1 || batch.count == 1 {
            for k in batch.indices { run(k) }
        } else {
            // `workers` threads take the next unprocessed line from a shared counter, so a few
            // long lines do not leave a thread idle.
            let next = LineCounter()
            let count = batch.count
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while true {
                    let k = next.take()
                    if k >= count { break }
                    run(k)
                }
            }
        }
        return box.values
    }

    private static func processLine(_ line: Line, path: String, extractor: Extractor, format: OutputFormat, lenient: Bool) -> LineResult {
        var r = LineResult()
        let text: String
        // One validating pass in the common case; the offending byte is located only on failure.
        if let valid = String(validating: line.bytes, as: UTF8.self) {
            text = valid
        } else if let bad = UTF8Validation.firstInvalidOffset(line.bytes) {
            if lenient {
                r.warning = "extract: warning: \(path):\(line.number): invalid UTF-8 at byte \(line.byteOffset + bad) replaced with U+FFFD\n"
                text = String(decoding: line.bytes, as: UTF8.self)
            } else {
                r.failed = true
                let message = "invalid UTF-8 at byte \(line.byteOffset + bad) of \(path) (line \(line.number), byte \(bad) of the line)"
                if format == .jsonl {
                    r.output = JSONWriter().writeError(line: line.number, byteOffset: line.byteOffset + bad, message: message) + "\n"
                } else {
                    r.output = "\n"
                    r.warning = "extract: \(message)\n"
                }
                return r
            }
        } else {
            text = String(decoding: line.bytes, as: UTF8.self)
        }
        if format == .seg {
            r.output = SegmentedWriter.write(extractor.analyze(text)) + "\n"
        } else {
            r.bytes = JSONWriter().writeUTF8(extractor.extract(text), terminator: 0x0A)
        }
        return r
    }

    private func decode(_ bytes: [UInt8], path: String) throws -> String {
        if let bad = UTF8Validation.firstInvalidOffset(bytes) {
            if !lenient {
                throw CLIError("\(path == "-" ? "standard input" : path): invalid UTF-8 at byte offset \(bad) (use --lenient to replace it)")
            }
            StandardError.write("extract: warning: \(path): invalid UTF-8 from byte \(bad) replaced with U+FFFD\n")
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A one-line error for standard error with a non-zero exit status.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
