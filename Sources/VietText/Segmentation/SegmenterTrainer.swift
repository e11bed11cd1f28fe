/// Trains a `SegmenterModel` with the averaged perceptron, pointwise (each gap on its own) or
/// structured (Viterbi over the gap labels of a sentence, `SegmenterConfig.structured`).
///
/// The dictionary features of the training corpus's own words use leave-one-out counts (a word
/// counts for a sentence only if it also occurs elsewhere), so the model does not learn to
/// trust the corpus lexicon more than it deserves on unseen text.
public struct SegmenterTrainer {
    public let config: SegmenterConfig
    public let layout: FeatureLayout
    public let statistics: SyllableStatistics
    /// The syllable clusters of the cluster features (nil: `config.clusters` must be 0).
    public let clusters: SyllableClusters?
    /// The lexicon features read: the base lexicon plus the training corpus's words.
    public private(set) var lexicon: WordLexicon

    private var index = TrainingIndex()
    private var blockList: [(hash: UInt64, length: Int, base: Int)] = []
    private var blockKeys: [[UInt64]] = []
    private var weights: [Float] = []
    private var accumulated: [Float] = []
    private var step: Float = 1
    private var train: [(SegmentedSentence, GapInput)] = []

    /// `baseLexicon`: the general word lists (the training corpus's words are added to a copy).
    /// `minNgramCount`: key n-grams seen fewer times in `training` get no weights (they would
    /// only memorize single sentences).
    public init(config: SegmenterConfig, training: [SegmentedSentence], baseLexicon: WordLexicon, statistics: SyllableStatistics, clusters: SyllableClusters? = nil, minNgramCount: Int = 1) {
        precondition(config.clusters == (clusters?.classCount ?? 0), "cluster classes do not match the configuration")
        self.clusters = clusters
        self.config = config
        layout = FeatureLayout(config)
        self.statistics = statistics
        var lex = baseLexicon
        for s in training { for w in s.goldWords() { lex.insert(keys: w, source: .corpus, count: 1) } }
        lexicon = lex
        weights = Array(repeating: 0, count: layout.fixedCount)
        // Allocate a weight block for every key n-gram seen at least `minNgramCount` times.
        var counts: [UInt64: Int32] = [:]
        for s in training {
            var input = GapInput()
            s.tokens.withUnsafeBufferPointer { input.fill($0, statistics: statistics, clusters: clusters) }
            train.append((s, input))
            let keys = input.keys
            for i in keys.indices {
                var h = FeatureExtractor.ngramSeed
                for len in 1...config.maxNgram where i + len <= keys.count {
                    h = segmenterMix(h, keys[i + len - 1])
                    counts[SegmenterModel.blockKey(h, len), default: 0] += 1
                }
            }
        }
        for (_, input) in train {
            let keys = input.keys
            for i in keys.indices {
                var h = FeatureExtractor.ngramSeed
                for len in 1...config.maxNgram where i + len <= keys.count {
                    h = segmenterMix(h, keys[i + len - 1])
                    let k = SegmenterModel.blockKey(h, len)
                    if index.map[k] == nil, counts[k, default: 0] >= minNgramCount {
                        index.map[k] = Int32(weights.count)
                        blockList.append((h, len, weights.count))
                        blockKeys.append(Array(keys[i..<(i + len)]))
                        weights.append(contentsOf: repeatElement(0, count: config.slots(len)))
                    }
                }
            }
        }
        accumulated = Array(repeating: 0, count: weights.count)
    }

    /// Number of weights (fixed plus n-gram blocks).
    public var weightCount: Int { weights.count }

    /// One pass over the training sentences in a shuffled order; returns the number of
    /// sentences with at least one wrong gap.
    /// Fraction of key n-gram occurrences left out of each training update (0 = none).
    public var dropout: Double = 0
    /// Perceptron with margin: gaps decided right but with a score magnitude below `margin` are
    /// updated too (0: the plain perceptron). Pointwise decoding only.
    public var margin: Float = 0
    /// Added to the bias weight of the averaged model: a decision threshold shift (negative:
    /// fewer joins), chosen on dev after training. Training itself does not see it.
    public var biasShift: Float = 0

    public mutating func epoch(seed: UInt64) -> Int {
        var order = Array(train.indices)
        var rng = SplitMix(seed: seed)
        order.shuffle(using: &rng)
        var wrong = 0
        var scores: [Float] = []
        var joins: [Bool] = []
        for k in order {
            let (s, input) = train[k]
            index.dropSeed = segmenterMix(seed, UInt64(k))
            index.dropThreshold = UInt64(dropout * 65536)
            let gaps = s.goldJoins.count
            guard gaps > 0 else { continue }
            scores = Array(repeating: 0, count: gaps)
            weights.withUnsafeBufferPointer { w in
                scores.withUnsafeMutableBufferPointer { sc in
                    var sink = ScoreSink(weights: w.baseAddress!, scores: sc.baseAddress!)
                    FeatureExtractor.visit(input, layout: layout, ngrams: index, lexicon: lexicon, ownWords: s.ownWords, sink: &sink)
                }
            }
            Decoder.decode(scores: scores, decidable: input.decidable, weights: weights, structured: config.structured, into: &joins)
            var deltas = [Float](repeating: 0, count: gaps)
            var any = false
            for g in 0..<gaps where input.decidable[g] && (joins[g] != s.goldJoins[g] || abs(scores[g]) < margin) {
                deltas[g] = s.goldJoins[g] ? 1 : -1
                any = true
            }
            if any {
                wrong += 1
                let c = step
                weights.withUnsafeMutableBufferPointer { w in
                    accumulated.withUnsafeMutableBufferPointer { a in
                        deltas.withUnsafeBufferPointer { d in
                            var sink = UpdateSink(weights: w.baseAddress!, accumulated: a.baseAddress!, deltas: d.baseAddress!, step: c)
                            FeatureExtractor.visit(input, layout: layout, ngrams: index, lexicon: lexicon, ownWords: s.ownWords, sink: &sink)
                        }
                    }
                }
                if config.structured {
                    // Transition counts: gold minus predicted; decidable-or-not, labels as decoded.
                    var prevGold = 0, prevPred = 0
                    for g in 0..<gaps {
                        let yg = input.decidable[g] && s.goldJoins[g] ? 1 : 0
                        let yp = joins[g] ? 1 : 0
                        let ig = FeatureLayout.transitions + 2 * prevGold + yg
                        let ip = FeatureLayout.transitions + 2 * prevPred + yp
                        if ig != ip {
                            weights[ig] += 1; accumulated[ig] += c
                            weights[ip] -= 1; accumulated[ip] -= c
                        }
                        prevGold = yg; prevPred = yp
                    }
                }
            }
            step += 1
        }
        return wrong
    }

    /// The averaged weights so far.
    public func averagedWeights() -> [Float] {
        var out = weights
        for i in out.indices { out[i] -= accumulated[i] / step }
        return out
    }

    /// The current averaged model, with n-gram blocks whose weights are all below
    /// `pruneBelow` in magnitude left out. Returns the model and its block list (for saving).
    public func model(pruneBelow: Float = 1e-3, provenance: [String] = []) -> (SegmenterModel, [(hash: UInt64, length: Int, base: Int)]) {
        let avg = averagedWeights()
        var out = Array(avg[0..<layout.fixedCount])
        out[FeatureLayout.bias] += biasShift
        var blocks: [(hash: UInt64, length: Int, base: Int)] = []
        var keys: [[UInt64]] = []
        for (i, b) in blockList.enumerated() {
            let slice = avg[b.base..<(b.base + config.slots(b.length))]
            guard slice.contains(where: { abs($0) >= pruneBelow }) else { continue }
            blocks.append((b.hash, b.length, out.count))
            keys.append(blockKeys[i])
            out.append(contentsOf: slice)
        }
        return (SegmenterModel(config: config, weights: out, blocks: blocks, keys: keys, clusters: clusters, provenance: provenance), blocks)
    }

    /// Scores `sentences` with `segmenter` (F1 like ws_eval.py, over tokens' spans).
    public static func evaluate(_ segmenter: WordSegmenter, on sentences: [SegmentedSentence]) -> SegmentationScore {
        var score = SegmentationScore()
        var scratch = WordSegmenter.Scratch()
        for s in sentences {
            s.tokens.withUnsafeBufferPointer { segmenter.joins($0, scratch: &scratch) }
            score.add(s, joins: scratch.joins)
        }
        return score
    }
}

struct TrainingIndex: NgramIndex {
    var map: [UInt64: Int32] = [:]
    /// Feature dropout: n-gram occurrences whose hash, mixed with `dropSeed`, falls below
    /// `dropThreshold` (out of 2^16) are left out, so the model learns to lean on the lexicon
    /// and statistics features that generalize to unseen words.
    var dropSeed: UInt64 = 0
    var dropThreshold: UInt64 = 0
    @inline(__always)
    func base(_ hash: UInt64, length n: Int) -> Int {
        if dropThreshold > 0 && segmenterMix(hash, dropSeed) & 0xffff < dropThreshold { return -1 }
        return Int(map[SegmenterModel.blockKey(hash, n)] ?? -1)
    }
}

struct UpdateSink: FeatureSink {
    let weights: UnsafeMutablePointer<Float>
    let accumulated: UnsafeMutablePointer<Float>
    let deltas: UnsafePointer<Float>
    let step: Float
    @inline(__always)
    mutating func add(gap: Int, index: Int) {
        let d = deltas[gap]
        if d != 0 { weights[index] += d; accumulated[index] += step * d }
    }
}

/// A small deterministic generator for shuffling (training runs are reproducible).
public struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        return segmenterMix(state, 0)
    }
}
