/// The segmenter's hot path for the usual model shape (window 2, key n-grams up to 2,
/// pointwise): every feature of a gap folded into two hash lookups per token.
///
/// - `unigrams`: feature key → the 4 unigram weights of that key, by gap (s-2 ... s+1).
/// - `pairs`: `SyllableStatistics.pairKey(a, b)` → the bigram weights of (a, b) plus the
///   dictionary weights of the two-syllable word "a b", by gap (p-1, p, p+1), the pair's
///   statistics code and whether longer dictionary words start with "a b". Built once at
///   start-up from the model's n-gram keys, the lexicon's two-syllable prefixes and the pair
///   statistics (whose table is keyed by the same pair key).
/// - cluster weights (when the model has clusters): the token table also holds each syllable's
///   cluster; class unigram weights by class and class-pair weights by (left, right) class.
/// - statistics weights by code, dictionary weights by (sources, length), and the shape table
///   (`WordSegmenter.shapeTable`) as small arrays.
///
/// Scores equal `FeatureExtractor.visit` + `ScoreSink` up to float summation order.
struct CompiledScorer: Sendable {
    struct PairEntry: Sendable, BitwiseCopyable {
        var w0: Float, w1: Float, w2: Float
        /// Bits 0-7: statistics code; bit 8: a two-syllable word; bit 9: longer words continue.
        var info: UInt32
        static let empty = PairEntry(w0: 0, w1: 0, w2: 0, info: 0)
        static let isWord: UInt32 = 1 << 8
        static let continues: UInt32 = 1 << 9
    }

    /// Open addressing with key and value in one 24-byte slot (one cache miss per probe).
    struct PairTable: Sendable {
        struct Slot: Sendable, BitwiseCopyable {
            var key: UInt64
            var entry: PairEntry
        }
        private(set) var slots: [Slot]
        let shift: UInt64
        let mask: Int

        /// An empty table with room for `capacity` keys at a load factor of at most 1/2.
        init(capacity: Int) {
            var size = 16
            while size < capacity * 2 { size <<= 1 }
            slots = [Slot](repeating: Slot(key: 0, entry: .empty), count: size)
            mask = size - 1
            shift = UInt64(64 - size.trailingZeroBitCount)
        }

        /// Calls `update` on the entry of `key`, inserting an empty one first if needed.
        mutating func update(_ key: UInt64, _ update: (inout PairEntry) -> Void) {
            let k = Self.stored(key)
            var i = Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> shift)
            let m = mask
            slots.withUnsafeMutableBufferPointer { p in
                while p[i].key != 0 && p[i].key != k { i = (i + 1) & m }
                if p[i].key == 0 { p[i].key = k }
                update(&p[i].entry)
            }
        }

        @inline(__always)
        static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 0x5bd1e995 : key }

        @inline(__always)
        func get(_ key: UInt64) -> PairEntry {
            let k = Self.stored(key)
            var i = Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> shift)
            return slots.withUnsafeBufferPointer { p in
                while true {
                    let x = p[i].key
                    if x == k { return p[i].entry }
                    if x == 0 { return .empty }
                    i = (i + 1) & mask
                }
            }
        }
    }

    /// Per token key: unigram weights and cluster (-1: none).
    struct TokenEntry: Sendable, BitwiseCopyable {
        var w: SIMD4<Float>
        var cluster: Int32
        static let empty = TokenEntry(w: .zero, cluster: -1)
    }

    let unigrams: KeyTable<TokenEntry>
    /// Cluster classes (0: no cluster features), and their unigram weights by class and
    /// pair weights by `left * clusterClasses + right`, by gap like `unigrams` and `pairs`.
    let clusterClasses: Int
    let clusterUnigrams: [SIMD4<Float>]
    let clusterPairs: [SIMD4<Float>]
    let pairs: PairTable
    /// Statistics weights of a pair code, by gap (p-1, p, p+1, unused).
    let statVectors: [SIMD4<Float>]
    /// Dictionary weights (before, inside, after, unused) by `sources * 3 + lengthBucket`.
    let lexVectors: [SIMD4<Float>]
    let outsideFirst: Float, outsideLast: Float
    let useLexicon: Bool

    /// nil when the model's shape does not fit (window ≠ 2, n-grams longer than 2,
    /// structured decoding, or a model file without n-gram keys).
    init?(model: SegmenterModel, lexicon: WordLexicon, statistics: SyllableStatistics) {
        let c = model.config
        guard c.window == 2, c.maxNgram <= 2, !c.structured, c.maxShapeNgram <= 3,
              model.blockKeys.count == model.blockList.count else { return nil }
        let w = model.weights
        // Statistics: offset o of gap g reads pair g + o - 1, so pair p feeds gap p + 1 - o.
        var sv = [SIMD4<Float>](repeating: .zero, count: 256)
        if c.useStatistics {
            for code in 0..<256 {
                let s = FeatureLayout.statistics
                sv[code] = SIMD4(w[s + 2 * 256 + code], w[s + 256 + code], w[s + code], 0)
            }
            if c.statThresholds {
                // Threshold features depend on the code only: fold them in. Offset o feeds lane 2 - o.
                let base = model.layout.statThresholds
                for code in 1...128 {
                    let pmi = (code - 1) / 8, count = (code - 1) % 8
                    for o in 0..<3 {
                        let b = base + o * 24
                        var x: Float = 0
                        if pmi > 0 { for t in 1...pmi { x += w[b + t - 1] } }
                        if count > 0 { for t in 1...count { x += w[b + 15 + t - 1] } }
                        sv[code][2 - o] += x
                    }
                }
            }
            outsideFirst = w[FeatureLayout.statistics + Int(SyllableStatistics.outside)]
            outsideLast = w[FeatureLayout.statistics + 2 * 256 + Int(SyllableStatistics.outside)]
        } else {
            outsideFirst = 0; outsideLast = 0
        }
        statVectors = sv
        var lv = [SIMD4<Float>](repeating: .zero, count: 16 * 3)
        for sources in 0..<16 {
            for bucket in 0..<3 {
                var v = SIMD4<Float>.zero
                for src in 0..<4 where sources & (1 << src) != 0 {
                    for pos in 0..<3 { v[pos] += w[FeatureLayout.lexiconIndex(source: src, length: bucket + 2, position: pos)] }
                }
                lv[sources * 3 + bucket] = v
            }
        }
        lexVectors = lv
        useLexicon = c.useLexicon
        // Key n-grams. Unigram slot j feeds gap s + 1 - j; bigram slot j feeds gap s + 1 - j.
        var uni: [UInt64: TokenEntry] = [:]
        var pt = PairTable(capacity: (c.useStatistics ? statistics.pairCount : 0) + model.blockList.count
                           + (c.useLexicon ? lexicon.prefixPairs.count : 0))
        for (i, b) in model.blockList.enumerated() {
            let keys = model.blockKeys[i]
            if b.length == 1 {
                uni[keys[0]] = TokenEntry(w: SIMD4(w[b.base + 3], w[b.base + 2], w[b.base + 1], w[b.base]), cluster: -1)
            } else {
                pt.update(SyllableStatistics.pairKey(keys[0], keys[1])) { e in
                    e.w0 += w[b.base + 2]; e.w1 += w[b.base + 1]; e.w2 += w[b.base]
                }
            }
        }
        if c.useLexicon {
            for p in lexicon.prefixPairs {
                guard let le = lexicon.entry(p.key) else { continue }
                let v = lv[Int(le.sources & 15) * 3]
                pt.update(SyllableStatistics.pairKey(p.first, p.second)) { e in
                    if le.sources != 0 {
                        e.w0 += v[0]; e.w1 += v[1]; e.w2 += v[2]
                        e.info |= PairEntry.isWord
                    }
                    if le.continues { e.info |= PairEntry.continues }
                }
            }
        }
        if c.useStatistics {
            statistics.forEach { k, code in pt.update(k) { $0.info |= UInt32(code) } }
        }
        pairs = pt
        let k = c.clusters
        clusterClasses = k
        var cu = [SIMD4<Float>](repeating: .zero, count: k)
        var cp = [SIMD4<Float>](repeating: .zero, count: k * k)
        if k > 0, let clusters = model.clusters {
            let l = model.layout
            for a in 0..<k {
                let b = l.clusterUnigram + a * 4
                cu[a] = SIMD4(w[b + 3], w[b + 2], w[b + 1], w[b])
            }
            for a in 0..<(k * k) {
                let b = l.clusterPair + a * 3
                cp[a] = SIMD4(w[b + 2], w[b + 1], w[b], 0)
            }
            clusters.forEach { key, id in uni[key, default: .empty].cluster = Int32(id) }
        }
        clusterUnigrams = cu
        clusterPairs = cp
        var ut = KeyTable<TokenEntry>(capacity: uni.count, filler: .empty)
        for (k, v) in uni { ut.insert(k, v) }
        unigrams = ut
    }

    /// Adds every feature score of `tokens`' gaps into `scores[g + 2]` (the array must hold
    /// `tokens.count + 4` zeros). `decidable[g]`: whether gap g may join.
    @inline(__always)
    func score(_ tokens: UnsafeBufferPointer<Token>, decidable: UnsafePointer<Bool>, lexicon: WordLexicon,
               scores: UnsafeMutablePointer<Float>) {
        let n = tokens.count
        let gaps = n - 1
        let sv = statVectors.withUnsafeBufferPointer { $0.baseAddress! }
        let raw = UnsafeMutableRawPointer(scores)
        let kc = clusterClasses
        let cu = clusterUnigrams.withUnsafeBufferPointer { $0.baseAddress }
        let cp = clusterPairs.withUnsafeBufferPointer { $0.baseAddress }
        var key = GapInput.featureKey(tokens[0])
        var isSyl = tokens[0].kind == .syllable
        var entry = unigrams.get(key) ?? .empty
        var cls = isSyl ? (entry.cluster >= 0 ? Int(entry.cluster) : kc - 2) : kc - 1
        for s in 0..<n {
            // Unigram: gaps s-2 ... s+1 are score indices s ... s+3.
            do {
                var u = entry.w
                if kc > 0 { u += cu.unsafelyUnwrapped[cls] }
                let p = raw + 4 * s
                p.storeBytes(of: p.loadUnaligned(as: SIMD4<Float>.self) + u, as: SIMD4<Float>.self)
            }
            guard s + 1 < n else { break }
            let next = tokens[s + 1]
            let nextKey = GapInput.featureKey(next)
            let nextSyl = next.kind == .syllable
            let nextEntry = unigrams.get(nextKey) ?? .empty
            let nextCls = nextSyl ? (nextEntry.cluster >= 0 ? Int(nextEntry.cluster) : kc - 2) : kc - 1
            // Pair s: gaps s-1 ... s+1 are score indices s+1 ... s+3.
            let e = pairs.get(SyllableStatistics.pairKey(key, nextKey))
            let bothSyl = isSyl && nextSyl
            let code = bothSyl ? Int(e.info & 0xff) : Int(SyllableStatistics.nonSyllable)
            var v = SIMD4<Float>(e.w0, e.w1, e.w2, 0) + sv[code]
            if kc > 0 { v += cp.unsafelyUnwrapped[cls * kc + nextCls] }
            if e.info & (PairEntry.isWord | PairEntry.continues) != 0 {
                if !decidable[s] {
                    // A dictionary word across a line break: not a word (rare).
                    if e.info & PairEntry.isWord != 0, let le = lexicon.entry(SyllableKey.combine(SyllableKey.combine(SyllableKey.offsetBasis, key), nextKey)) {
                        v -= lexVectors[Int(le.sources & 15) * 3]
                    }
                } else if e.info & PairEntry.continues != 0 {
                    longerWords(tokens, at: s, decidable: decidable, lexicon: lexicon, scores: scores)
                }
            }
            let p = raw + 4 * (s + 1)
            p.storeBytes(of: p.loadUnaligned(as: SIMD4<Float>.self) + v, as: SIMD4<Float>.self)
            key = nextKey
            isSyl = nextSyl
            entry = nextEntry
            cls = nextCls
        }
        if gaps > 0 {
            scores[2] += outsideFirst
            scores[2 + gaps - 1] += outsideLast
        }
    }

    /// Dictionary words of three or more syllables starting at token s.
    private func longerWords(_ tokens: UnsafeBufferPointer<Token>, at s: Int, decidable: UnsafePointer<Bool>,
                             lexicon: WordLexicon, scores: UnsafeMutablePointer<Float>) {
        let gaps = tokens.count - 1
        var h = SyllableKey.combine(SyllableKey.combine(SyllableKey.offsetBasis, tokens[s].key), tokens[s + 1].key)
        var p = s + 1
        var len = 2
        while p < gaps && decidable[p] {
            guard let e = lexicon.entry(h), e.continues else { return }
            p += 1
            len += 1
            h = SyllableKey.combine(h, tokens[p].key)
            guard let f = lexicon.entry(h) else { return }
            if f.sources != 0 {
                let v = lexVectors[Int(f.sources & 15) * 3 + min(len, 4) - 2]
                scores[2 + s - 1] += v[0]
                for g in s..<(s + len - 1) { scores[2 + g] += v[1] }
                scores[2 + s + len - 1] += v[2]
            }
        }
    }
}
