/// Groups syllable tokens into words with a trained model (`SegmenterModel`) over key n-gram,
/// shape, dictionary (`WordLexicon`) and pair-statistics (`SyllableStatistics`) features.
///
/// Invariants: numbers, codes, punctuation and symbols are always words of their own; words
/// never cross a line break; case, normalization form and tone-mark placement do not change
/// the result (features read `Token.key` and shapes only; all-caps lines are read as lower
/// case). Immutable after load and `Sendable`: build once, share between threads.
public struct WordSegmenter: Sendable {
    /// nil: no model embedded (every token is its own word).
    public let model: SegmenterModel?
    public let lexicon: WordLexicon
    public let statistics: SyllableStatistics

    /// Bias plus all shape n-gram weights of a gap, by the shapes of its `2 * window` tokens
    /// (3 bits each, the leftmost lowest): one lookup per gap instead of one per shape n-gram.
    /// Empty when the window is too wide for a table (then shapes are scored one by one).
    let shapeTable: [Float]
    /// The folded per-token / per-pair tables of the hot path, when the model's shape allows.
    let compiled: CompiledScorer?

    /// `compile: false` keeps the generic feature visitor (for checking the compiled path).
    public init(model: SegmenterModel?, lexicon: WordLexicon, statistics: SyllableStatistics, compile: Bool = true) {
        self.model = model
        self.lexicon = lexicon
        self.statistics = statistics
        let table = model.map(Self.buildShapeTable) ?? []
        shapeTable = table
        compiled = table.isEmpty || !compile ? nil : model.flatMap { CompiledScorer(model: $0, lexicon: lexicon, statistics: statistics) }
    }

    /// Whether the compiled hot path is in use (false: the generic feature visitor).
    public var usesCompiledScorer: Bool { compiled != nil }

    /// Fills `shapes` and `decidable` for `tokens` (as `GapInput.fill` does).
    @inline(__always)
    static func shapesAndGaps(_ tokens: UnsafeBufferPointer<Token>, shapes: UnsafeMutablePointer<UInt8>, decidable: UnsafeMutablePointer<Bool>) {
        let n = tokens.count
        var lineStart = 0
        while lineStart < n {
            var lineEnd = lineStart + 1
            var syllables = 0, uppers = 0
            if tokens[lineStart].kind == .syllable {
                syllables = 1
                if tokens[lineStart].flags.contains(.allUpper) { uppers = 1 }
            }
            while lineEnd < n && !tokens[lineEnd].flags.contains(.newlineBefore) {
                if tokens[lineEnd].kind == .syllable {
                    syllables += 1
                    if tokens[lineEnd].flags.contains(.allUpper) { uppers += 1 }
                }
                lineEnd += 1
            }
            let uncased = uppers >= 3 && uppers * 10 >= syllables * 6
            for i in lineStart..<lineEnd {
                let t = tokens[i]
                shapes[i] = TokenShape.of(t, uncased: uncased)
                decidable[i] = i + 1 < lineEnd && t.kind == .syllable && tokens[i + 1].kind == .syllable
            }
            lineStart = lineEnd
        }
    }

    /// The compiled hot path: calls `body(g)` for every gap g that joins, in order. Scratch
    /// memory comes from the stack (or one temporary allocation for long inputs).
    @inline(__always)
    func forEachJoin(_ tokens: UnsafeBufferPointer<Token>, _ compiled: CompiledScorer, _ body: (Int) -> Void) {
        let n = tokens.count
        guard n >= 2 else { return }
        withUnsafeTemporaryAllocation(of: Float.self, capacity: n + 4) { sc in
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { shapes in
        withUnsafeTemporaryAllocation(of: Bool.self, capacity: n) { dec in
            let scores = sc.baseAddress!
            scores.initialize(repeating: 0, count: n + 4)
            Self.shapesAndGaps(tokens, shapes: shapes.baseAddress!, decidable: dec.baseAddress!)
            compiled.score(tokens, decidable: dec.baseAddress!, lexicon: lexicon, scores: scores)
            // Shapes: one table lookup per gap, rolling code of tokens g-1 ... g+2.
            shapeTable.withUnsafeBufferPointer { table in
                let sh = shapes.baseAddress!
                let boundary = Int(TokenShape.boundary)
                var code = boundary | Int(sh[0]) << 3 | (n > 1 ? Int(sh[1]) : boundary) << 6 | (n > 2 ? Int(sh[2]) : boundary) << 9
                for g in 0..<(n - 1) {
                    if dec[g] && scores[g + 2] + table[code] > 0 { body(g) }
                    let p = g + 3
                    code = (code >> 3) | ((p < n ? Int(sh[p]) : boundary) << 9)
                }
            }
        }
        }
        }
    }

    /// Adds `shapeTable` scores: a rolling code of the shapes at window positions
    /// g - W + 1 ... g + W, one lookup per gap.
    private func addShapeScores(_ shapes: [UInt8], into scores: inout [Float], window w: Int) {
        let n = shapes.count
        let width = 2 * w
        let boundary = Int(TokenShape.boundary)
        var code = 0
        for i in 0..<width {
            let p = i - w + 1
            code |= (p >= 0 && p < n ? Int(shapes[p]) : boundary) << (3 * i)
        }
        for g in 0..<(n - 1) {
            scores[g] += shapeTable[code]
            let p = g + w + 1
            code = (code >> 3) | ((p < n ? Int(shapes[p]) : boundary) << (3 * (width - 1)))
        }
    }

    static func buildShapeTable(_ model: SegmenterModel) -> [Float] {
        let c = model.config
        let width = 2 * c.window
        guard c.window <= 3 else { return [] }
        var table = [Float](repeating: 0, count: 1 << (3 * width))
        for code in table.indices {
            var sum = model.weights[FeatureLayout.bias]
            if c.maxShapeNgram > 0 {
                for len in 1...c.maxShapeNgram {
                    let slots = c.slots(len)
                    for j in 0..<slots {
                        // The n-gram covers window positions j ..< j + len.
                        let sub = (code >> (3 * j)) & ((1 << (3 * len)) - 1)
                        sum += model.weights[model.layout.shape[len - 1] + sub * slots + j]
                    }
                }
            }
            table[code] = sum
        }
        return table
    }

    /// The segmenter built from the embedded model, statistics and word lexicons.
    public static func bundled() throws -> WordSegmenter {
        WordSegmenter(model: try SegmenterModel.bundled(), lexicon: WordLexicon.bundled(),
                      statistics: try SyllableStatistics.bundled())
    }

    /// Scratch buffers for `segment(_:into:scratch:)`; reuse one per thread.
    public struct Scratch: Sendable {
        var input = GapInput()
        var scores: [Float] = []
        var joins: [Bool] = []
        public init() {}
    }

    /// Words of `doc` as token-index ranges, in order, covering all tokens.
    public func segment(_ doc: AnalyzedText) -> [Range<Int>] {
        var words: [Range<Int>] = []
        if let compiled {
            doc.tokens.withUnsafeBufferPointer { segmentCompiled($0, into: &words, compiled) }
            return words
        }
        var scratch = Scratch()
        doc.tokens.withUnsafeBufferPointer { segment($0, into: &words, scratch: &scratch) }
        return words
    }

    /// Replaces `words` with the words of `tokens` through the compiled scorer.
    func segmentCompiled(_ tokens: UnsafeBufferPointer<Token>, into words: inout [Range<Int>], _ compiled: CompiledScorer) {
        words.removeAll(keepingCapacity: true)
        let n = tokens.count
        guard n > 0 else { return }
        var start = 0
        var next = 0  // first gap not yet classified
        forEachJoin(tokens, compiled) { g in
            for s in next..<g { words.append(start..<(s + 1)); start = s + 1 }
            next = g + 1
        }
        for s in next..<(n - 1) { words.append(start..<(s + 1)); start = s + 1 }
        words.append(start..<n)
    }

    /// Replaces `words` with the words of `tokens` (token-index ranges).
    public func segment(_ tokens: UnsafeBufferPointer<Token>, into words: inout [Range<Int>], scratch: inout Scratch) {
        if let compiled { return segmentCompiled(tokens, into: &words, compiled) }
        words.removeAll(keepingCapacity: true)
        let n = tokens.count
        guard n > 0 else { return }
        joins(tokens, scratch: &scratch)
        var start = 0
        for g in 0..<(n - 1) where !scratch.joins[g] {
            words.append(start..<(g + 1))
            start = g + 1
        }
        words.append(start..<n)
    }

    /// Fills `scratch.joins[g]` (g < tokens.count - 1): whether tokens g and g+1 are one word.
    public func joins(_ tokens: UnsafeBufferPointer<Token>, scratch: inout Scratch) {
        let n = tokens.count
        scratch.joins.removeAll(keepingCapacity: true)
        guard n >= 2 else { return }
        guard let model else {
            scratch.joins.append(contentsOf: repeatElement(false, count: n - 1))
            return
        }
        if let compiled {
            scratch.joins.append(contentsOf: repeatElement(false, count: n - 1))
            scratch.joins.withUnsafeMutableBufferPointer { j in forEachJoin(tokens, compiled) { j[$0] = true } }
            return
        }
        scratch.input.fill(tokens, statistics: statistics, clusters: model.clusters)
        scratch.scores.removeAll(keepingCapacity: true)
        scratch.scores.append(contentsOf: repeatElement(0, count: n - 1))
        let useTable = !shapeTable.isEmpty
        model.weights.withUnsafeBufferPointer { w in
            scratch.scores.withUnsafeMutableBufferPointer { s in
                var sink = ScoreSink(weights: w.baseAddress!, scores: s.baseAddress!)
                FeatureExtractor.visit(scratch.input, layout: model.layout, ngrams: model, lexicon: lexicon,
                                       includeShapes: !useTable, sink: &sink)
            }
        }
        if useTable { addShapeScores(scratch.input.shapes, into: &scratch.scores, window: model.config.window) }
        Decoder.decode(scores: scratch.scores, decidable: scratch.input.decidable, weights: model.weights,
                       structured: model.config.structured, into: &scratch.joins)
    }
}

struct ScoreSink: FeatureSink {
    let weights: UnsafePointer<Float>
    let scores: UnsafeMutablePointer<Float>
    @inline(__always)
    mutating func add(gap: Int, index: Int) { scores[gap] += weights[index] }
}

/// Turns gap scores into join decisions.
enum Decoder {
    /// Pointwise: join where decidable and score > 0. Structured: the best sequence of gap
    /// labels under score(join at g) = `scores[g]`, score(split) = 0, plus transition weights
    /// `weights[FeatureLayout.transitions + 2 * previous + current]` (the label before gap 0
    /// counts as a split); undecidable gaps are forced splits.
    static func decode(scores: [Float], decidable: [Bool], weights: [Float], structured: Bool, into joins: inout [Bool]) {
        let gaps = scores.count
        joins.removeAll(keepingCapacity: true)
        if !structured {
            for g in 0..<gaps { joins.append(decidable[g] && scores[g] > 0) }
            return
        }
        let t = FeatureLayout.transitions
        let t00 = weights[t], t01 = weights[t + 1], t10 = weights[t + 2], t11 = weights[t + 3]
        // Viterbi with back-pointers packed in two bit arrays.
        var back0 = [Bool](repeating: false, count: gaps)  // best previous label when current = split
        var back1 = [Bool](repeating: false, count: gaps)  // ... when current = join
        var v0: Float = 0, v1: Float = -.infinity  // before gap 0: "split"
        for g in 0..<gaps {
            let a0 = v0 + t00, b0 = v1 + t10
            let n0 = max(a0, b0)
            back0[g] = b0 > a0
            var n1 = -Float.infinity
            if decidable[g] {
                let a1 = v0 + t01, b1 = v1 + t11
                n1 = max(a1, b1) + scores[g]
                back1[g] = b1 > a1
            }
            v0 = n0; v1 = n1
        }
        joins.append(contentsOf: repeatElement(false, count: gaps))
        var label = v1 > v0
        var g = gaps - 1
        while g >= 0 {
            joins[g] = label
            label = label ? back1[g] : back0[g]
            g -= 1
        }
    }
}
