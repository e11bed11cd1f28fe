/// Features of the gaps between adjacent tokens, vaporetto/KyTea style.
///
/// Gap `g` lies between token `g` and token `g + 1` of a run of `n` tokens (`0 ≤ g < n - 1`).
/// Features of gap `g` look at the window of tokens `g - W + 1 ... g + W` (`W` =
/// `SegmenterConfig.window`):
/// - key n-grams (n = 1...`maxNgram`) of `featureKey`s lying inside the window, by position;
/// - shape n-grams (n = 1...`maxShapeNgram`) of `TokenShape`s, the text edge padded with
///   `TokenShape.boundary`;
/// - dictionary matches (`WordLexicon`): for each word of length L from source S, the gap just
///   before it, the gaps inside it and the gap just after it;
/// - pair statistics (`SyllableStatistics`) of the pairs (g-1, g), (g, g+1), (g+1, g+2);
/// - with `SegmenterConfig.clusters` > 0, syllable-cluster classes (`SyllableClusters`) of the
///   tokens in the window and class pairs of the adjacent pairs in the window, by position;
/// - a bias.
///
/// Key n-gram weights are stored per n-gram as one block of `slots(n)` weights, one per
/// position relative to the gap, so scoring costs one hash lookup per n-gram *occurrence*
/// (not per gap and position).
public struct SegmenterConfig: Sendable, Equatable {
    public var window = 3
    public var maxNgram = 3
    public var maxShapeNgram = 3
    public var useLexicon = true
    public var useStatistics = true
    /// Structured (Viterbi over gap labels with transition weights) rather than pointwise.
    public var structured = false
    /// Number of syllable-cluster classes (`SyllableClusters.classCount`); 0: no cluster
    /// features. With clusters, each gap also reads the class of every token in its window and
    /// the class pair of every adjacent pair in its window.
    public var clusters = 0
    /// Threshold features of the pair statistics at each of the 3 offsets: for a pair code with
    /// PMI bucket p and count bucket c, "PMI bucket ≥ t" for t in 1...p and "count bucket ≥ t"
    /// for t in 1...c, a smooth complement to the per-code weights (which the perceptron fits
    /// noisily for rare codes). They depend on the code only, so `CompiledScorer` folds them
    /// into its per-code statistics vectors.
    public var statThresholds = false

    public init() {}

    /// Positions an n-gram can take in the window of one gap.
    @inline(__always)
    public func slots(_ n: Int) -> Int { max(0, 2 * window - n + 1) }
}

/// Where each fixed feature lives in the weight vector; key n-gram blocks follow `fixedCount`.
public struct FeatureLayout: Sendable {
    public let config: SegmenterConfig
    public static let bias = 0
    /// 4 weights: index `2 * previousJoin + join`.
    public static let transitions = 1
    /// Sources × length buckets (2, 3, ≥4) × position (before, inside, after).
    public static let lexicon = 5
    public static let lexiconCount = 4 * 3 * 3
    /// 3 offsets × 256 pair codes.
    public static let statistics = lexicon + lexiconCount
    public static let statisticsCount = 3 * 256
    /// Start of shape n-gram blocks, index n - 1.
    public let shape: [Int]
    /// Cluster unigrams: `clusterUnigram + class * slots(1) + slot`.
    public let clusterUnigram: Int
    /// Cluster pairs: `clusterPair + (left * clusters + right) * slots(2) + slot`.
    public let clusterPair: Int
    /// Statistics thresholds (`SegmenterConfig.statThresholds`): `statThresholds + offset * 24
    /// + t - 1` for "PMI bucket ≥ t" (t in 1...15), `+ 15 + t - 1` for "count bucket ≥ t" (1...7).
    public let statThresholds: Int
    public let fixedCount: Int

    public init(_ config: SegmenterConfig) {
        self.config = config
        var base = Self.statistics + Self.statisticsCount
        var shape: [Int] = []
        var size = 1
        for n in 1...max(config.maxShapeNgram, 1) {
            size *= 8
            shape.append(base)
            if n <= config.maxShapeNgram { base += size * config.slots(n) }
        }
        self.shape = shape
        clusterUnigram = base
        base += config.clusters * config.slots(1)
        clusterPair = base
        base += config.clusters * config.clusters * config.slots(2)
        statThresholds = base
        if config.statThresholds { base += 3 * 24 }
        fixedCount = base
    }

    @inline(__always)
    static func lexiconIndex(source: Int, length: Int, position: Int) -> Int {
        lexicon + (source * 3 + min(length, 4) - 2) * 3 + position
    }
}

/// Shape classes of tokens (3 bits).
public enum TokenShape {
    public static let lower: UInt8 = 0
    public static let capitalized: UInt8 = 1
    public static let upper: UInt8 = 2
    public static let number: UInt8 = 3
    public static let punct: UInt8 = 4
    public static let code: UInt8 = 5
    public static let other: UInt8 = 6
    public static let boundary: UInt8 = 7

    @inline(__always)
    static func of(_ t: Token, uncased: Bool) -> UInt8 {
        switch t.kind {
        case .syllable:
            if uncased { return lower }
            if t.flags.contains(.allUpper) { return upper }
            return t.flags.contains(.capitalized) ? capitalized : lower
        case .number: return number
        case .punct: return punct
        case .code: return code
        case .symbol, .other: return other
        }
    }
}

/// The per-token and per-gap arrays features read, for one run of tokens (a document or a
/// line). Reuse one value across documents to avoid allocation (`fill` keeps capacity).
public struct GapInput: Sendable {
    /// `featureKey` of each token.
    public internal(set) var keys: [UInt64] = []
    public internal(set) var shapes: [UInt8] = []
    /// Pair code of tokens (i, i+1), `SyllableStatistics`; count = token count.
    public internal(set) var pairCodes: [UInt8] = []
    /// Whether gap g may join (both sides syllables on one line); count = token count.
    public internal(set) var decidable: [Bool] = []
    /// Cluster class of each token (`SyllableClusters.id`); empty without clusters.
    public internal(set) var clusters: [UInt16] = []

    public init() {}

    public var tokenCount: Int { keys.count }

    /// Numbers and codes share one key each: their digits say nothing about word boundaries.
    static let numberKey: UInt64 = 0x6e75_6d62_6572_2121
    static let codeKey: UInt64 = 0x636f_6465_2121_2121

    @inline(__always)
    static func featureKey(_ t: Token) -> UInt64 {
        switch t.kind {
        case .number: numberKey
        case .code: codeKey
        default: t.key
        }
    }

    /// Fills the arrays for `tokens`.
    ///
    /// A line whose syllables are mostly all upper case (a headline) is read as if in lower
    /// case, so "BÍ THƯ TỈNH ỦY" segments like "bí thư tỉnh ủy".
    public mutating func fill(_ tokens: UnsafeBufferPointer<Token>, statistics: SyllableStatistics?, clusters: SyllableClusters? = nil) {
        let n = tokens.count
        self.clusters.removeAll(keepingCapacity: true)
        if let clusters {
            for t in tokens { self.clusters.append(UInt16(clusters.id(t))) }
        }
        keys.removeAll(keepingCapacity: true)
        shapes.removeAll(keepingCapacity: true)
        pairCodes.removeAll(keepingCapacity: true)
        decidable.removeAll(keepingCapacity: true)
        var lineStart = 0
        while lineStart < n {
            // One line at a time for the upper-case test.
            var lineEnd = lineStart + 1
            while lineEnd < n && !tokens[lineEnd].flags.contains(.newlineBefore) { lineEnd += 1 }
            var syllables = 0, uppers = 0
            for i in lineStart..<lineEnd where tokens[i].kind == .syllable {
                syllables += 1
                if tokens[i].flags.contains(.allUpper) { uppers += 1 }
            }
            let uncased = uppers >= 3 && uppers * 10 >= syllables * 6
            for i in lineStart..<lineEnd {
                let t = tokens[i]
                keys.append(Self.featureKey(t))
                shapes.append(TokenShape.of(t, uncased: uncased))
            }
            lineStart = lineEnd
        }
        for i in 0..<n {
            let ok = i + 1 < n && tokens[i].kind == .syllable && tokens[i + 1].kind == .syllable
                && !tokens[i + 1].flags.contains(.newlineBefore)
            decidable.append(ok)
            if i + 1 >= n {
                pairCodes.append(SyllableStatistics.outside)
            } else if tokens[i].kind == .syllable && tokens[i + 1].kind == .syllable {
                pairCodes.append(statistics?.code(tokens[i].key, tokens[i + 1].key) ?? 0)
            } else {
                pairCodes.append(SyllableStatistics.nonSyllable)
            }
        }
    }
}

/// Looks up the weight block of a key n-gram.
public protocol NgramIndex {
    /// Index of the first weight of the block of n-gram `hash` (length `n`), or -1.
    func base(_ hash: UInt64, length n: Int) -> Int
}

/// Receives (gap, weight index) pairs.
public protocol FeatureSink {
    mutating func add(gap: Int, index: Int)
}

public enum FeatureExtractor {
    /// Hash seed of key n-grams; n-gram hashes chain `segmenterMix` over the keys.
    public static let ngramSeed: UInt64 = 0x6e67_7261_6d73_0001

    /// Calls `sink.add(gap:index:)` for every active feature of every gap of `input`.
    ///
    /// `ownWords`, when given (training only), holds the multi-syllable words of the sentence's
    /// own gold segmentation by phrase key with their number of occurrences: a corpus-lexicon
    /// word then counts only if it occurs elsewhere in the corpus (leave-one-out).
    @inline(__always)
    public static func visit<I: NgramIndex, S: FeatureSink>(
        _ input: GapInput, layout: FeatureLayout, ngrams: I, lexicon: WordLexicon?,
        ownWords: [UInt64: Int32]? = nil, includeShapes: Bool = true, sink: inout S
    ) {
        let n = input.tokenCount
        guard n >= 2 else { return }
        let gaps = n - 1
        let config = layout.config
        let w = config.window
        input.keys.withUnsafeBufferPointer { keys in
        input.shapes.withUnsafeBufferPointer { shapes in
        input.pairCodes.withUnsafeBufferPointer { pairs in
            // Bias, shapes, statistics: per gap.
            for g in 0..<gaps {
                if includeShapes {
                    sink.add(gap: g, index: FeatureLayout.bias)
                }
                if includeShapes && config.maxShapeNgram > 0 {
                    for len in 1...config.maxShapeNgram {
                        let slots = config.slots(len)
                        let base = layout.shape[len - 1]
                        for j in 0..<slots {
                            let s = g + j - (w - 1)
                            var code = 0
                            for t in 0..<len {
                                let p = s + t
                                let sh = (p >= 0 && p < n) ? Int(shapes[p]) : Int(TokenShape.boundary)
                                code |= sh << (3 * t)
                            }
                            sink.add(gap: g, index: base + code * slots + j)
                        }
                    }
                }
                if config.clusters > 0 && !input.clusters.isEmpty {
                    let k = config.clusters
                    let s1 = config.slots(1), s2 = config.slots(2)
                    for j in 0..<s1 {
                        let p = g + j - (w - 1)
                        if p >= 0 && p < n {
                            sink.add(gap: g, index: layout.clusterUnigram + Int(input.clusters[p]) * s1 + j)
                        }
                    }
                    for j in 0..<s2 {
                        let p = g + j - (w - 1)
                        if p >= 0 && p + 1 < n {
                            let c = Int(input.clusters[p]) * k + Int(input.clusters[p + 1])
                            sink.add(gap: g, index: layout.clusterPair + c * s2 + j)
                        }
                    }
                }
                if config.useStatistics {
                    for o in 0..<3 {
                        let p = g + o - 1
                        let c = p >= 0 && p < gaps ? Int(pairs[p]) : Int(SyllableStatistics.outside)
                        sink.add(gap: g, index: FeatureLayout.statistics + o * 256 + c)
                        if config.statThresholds && c >= 1 && c <= 128 {
                            let pmi = (c - 1) / 8, count = (c - 1) % 8
                            let b = layout.statThresholds + o * 24
                            if pmi > 0 { for t in 1...pmi { sink.add(gap: g, index: b + t - 1) } }
                            if count > 0 { for t in 1...count { sink.add(gap: g, index: b + 15 + t - 1) } }
                        }
                    }
                }
            }
            // Key n-grams: per occurrence, one block of positions.
            for s in 0..<n {
                var h = ngramSeed
                for len in 1...config.maxNgram {
                    guard s + len <= n else { break }
                    h = segmenterMix(h, keys[s + len - 1])
                    let base = ngrams.base(h, length: len)
                    guard base >= 0 else { continue }
                    // Slot j: the n-gram starts at offset r = j - (w - 1) from the gap.
                    for j in 0..<config.slots(len) {
                        let g = s - (j - (w - 1))
                        if g >= 0 && g < gaps { sink.add(gap: g, index: base + j) }
                    }
                }
            }
        }
        }
        }
        // Dictionary matches.
        guard config.useLexicon, let lexicon else { return }
        input.decidable.withUnsafeBufferPointer { decidable in
            for s in 0..<gaps where decidable[s] {
                var h = SyllableKey.offsetBasis
                var len = 0
                var p = s
                while p < n {
                    h = SyllableKey.combine(h, input.keys[p])
                    len += 1
                    guard let e = lexicon.entry(h) else { break }
                    var sources = e.sources
                    if len >= 2 && sources != 0 {
                        if let ownWords, sources & 2 != 0, let own = ownWords[h], e.corpusCount - own <= 0 {
                            sources &= ~2
                        }
                        var bits = sources
                        while bits != 0 {
                            let src = bits.trailingZeroBitCount
                            bits &= bits - 1
                            if s > 0 { sink.add(gap: s - 1, index: FeatureLayout.lexiconIndex(source: src, length: len, position: 0)) }
                            for g in s..<(s + len - 1) {
                                sink.add(gap: g, index: FeatureLayout.lexiconIndex(source: src, length: len, position: 1))
                            }
                            if s + len - 1 < gaps {
                                sink.add(gap: s + len - 1, index: FeatureLayout.lexiconIndex(source: src, length: len, position: 2))
                            }
                        }
                    }
                    // Words run over syllables only.
                    guard e.continues, p < gaps, decidable[p] else { break }
                    p += 1
                }
            }
        }

    }
}
