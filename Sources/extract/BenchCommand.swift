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
        let t0 = monotonicSeconds()
        var config = Extractor.Configuration()
        config.includeTokens = false
        let extractor = try Extractor(configuration: config)
        print("init: \(String(format1: (monotonicSeconds() - t0) * 1000)) ms")
        let normalizer = Normalizer(), tokenizer = Tokenizer()
        if stages.split(separator: ",").contains("normalize") {
            print("normalization digest: \(String(Self.normalizationDigest(lines, normalizer), radix: 16))")
        }
        if stages.split(separator: ",").contains("tokenize") {
            // Checked before timing: a digest of every token field, so that changes to the hot
            // path can be shown to give identical tokens.
            print("token digest: \(String(Self.tokenDigest(lines, normalizer, tokenizer), radix: 16))")
        }
        for stage in stages.split(separator: ",") {
            var best = Double.infinity
            var check = 0
            for _ in 0..<max(1, repetitions) {
                check = 0
                let start = monotonicSeconds()
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
                best = min(best, monotonicSeconds() - start)
            }
            print("\(stage): \(String(format1: megabytes / best)) MB/s (\(String(format1: best)) s, \(check) items)")
        }
        print("peak resident memory: \(peakResidentMB()) MB")
    }

    /// FNV-1a over every normalized scalar and its original range, line by line.
    static func normalizationDigest(_ lines: [String], _ normalizer: Normalizer) -> UInt64 {
        var d = Digest()
        for l in lines {
            let n = normalizer.normalize(l)
            for (i, v) in n.scalars.enumerated() {
                d.mix(UInt64(v) << 40 | UInt64(n.offsets.originalStart(i)) << 20 | UInt64(n.offsets.originalEnd(i)))
            }
            d.mix(UInt64(n.offsets.originalCount))
        }
        return d.value
    }

    /// FNV-1a over start, end, kind, flags and key of every token of every line.
    static func tokenDigest(_ lines: [String], _ normalizer: Normalizer, _ tokenizer: Tokenizer) -> UInt64 {
        var d = Digest()
        for l in lines {
            for t in tokenizer.tokenize(normalizer.normalize(l)) {
                d.mix(UInt64(UInt32(bitPattern: t.start)) << 32 | UInt64(UInt32(bitPattern: t.end)))
                d.mix(UInt64(t.kind.rawValue) << 8 | UInt64(t.flags.rawValue))
                d.mix(t.key)
            }
            d.mix(0xA)
        }
        return d.value
    }

    /// FNV-1a over 64-bit words.
    struct Digest {
        private(set) var value = SyllableKey.offsetBasis
        mutating func mix(_ v: UInt64) { value = (value ^ v) &* SyllableKey.prime }
    }
}
