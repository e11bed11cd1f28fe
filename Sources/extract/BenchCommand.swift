import ArgumentParser
import VietExtract
import VietText

#if canImport(Glibc)
import Glibc
#endif

/// `extract bench FILE`: throughput of each pipeline stage on one file, in MB/s of UTF-8 input,
/// one core. Used by Benchmarks/compare.py next to the other tools.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the throughput of each pipeline stage on a file (MB/s, one core)."
    )

    @Argument(help: "A UTF-8 text file; each line is one document.")
    var file: String

    @Option(help: "Stages to time: normalize, tokenize, segment, extract (comma-separated).")
    var stages: String = "normalize,tokenize,segment,extract"

    @Option(help: "Repetitions; the best time is reported.")
    var repetitions: Int = 3

    func run() throws {
        let bytes = try InputFile.readAll(file)
        guard UTF8Validation.firstInvalidOffset(bytes) == nil else { throw CLIError("\(file): not valid UTF-8") }
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let megabytes = Double(bytes.count) / 1_000_000
        let t0 = now()
        var config = Extractor.Configuration()
        config.includeTokens = false
        let extractor = try Extractor(configuration: config)
        print("init: \(fixed((now() - t0) * 1000, 1)) ms")
        let normalizer = Normalizer(), tokenizer = Tokenizer()
        for stage in stages.split(separator: ",") {
            var best = Double.infinity
            var check = 0
            for _ in 0..<max(1, repetitions) {
                check = 0
                let start = now()
                switch stage {
                case "normalize":
                    for l in lines { check &+= normalizer.normalize(l).scalars.count }
                case "tokenize":
                    var tokens: [Token] = []
                    for l in lines {
                        let n = normalizer.normalize(l)
                        tokens.removeAll(keepingCapacity: true)
                        n.scalars.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &tokens) }
                        check &+= tokens.count
                    }
                case "segment":
                    for l in lines { check &+= extractor.analyze(l).words.count }
                case "extract":
                    for l in lines { let x = extractor.extract(l); check &+= x.entities.count + x.claims.count }
                default:
                    throw CLIError("unknown stage \(stage)")
                }
                best = min(best, now() - start)
            }
            print("\(stage): \(fixed(megabytes / best, 1)) MB/s (\(fixed(best, 3)) s, \(check) items)")
        }
    }

    private func fixed(_ v: Double, _ digits: Int) -> String {
        var p = 1.0
        for _ in 0..<digits { p *= 10 }
        let r = (v * p).rounded() / p
        var s = "\(r)"
        if let dot = s.firstIndex(of: ".") {
            let decimals = s.distance(from: dot, to: s.endIndex) - 1
            if decimals < digits { s += String(repeating: "0", count: digits - decimals) }
        }
        return s
    }

    private func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
