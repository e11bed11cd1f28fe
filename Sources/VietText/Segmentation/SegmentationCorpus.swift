/// A line of a `*.seg.txt` corpus (words separated by spaces, syllables of a word joined by
/// '_'), tokenized like running text, with the gold decision for every gap between tokens.
///
/// Units: `charStart`/`charEnd` count **non-white-space Unicode scalars of the line with '_'
/// removed** (the unit of `ws_eval.py`), so spans compare across tokenizations.
public struct SegmentedSentence: Sendable {
    /// The line with '_' replaced by spaces: what the segmenter sees.
    public let raw: String
    public let tokens: [Token]
    /// Gold: tokens g and g+1 belong to one word.
    public let goldJoins: [Bool]
    public let charStart: [Int32]
    public let charEnd: [Int32]
    /// Gold word spans, packed as `start << 32 | end` in the unit above.
    public let goldSpans: Set<Int64>
    /// Multi-syllable gold words (two or more syllable tokens) by phrase key, with counts.
    public let ownWords: [UInt64: Int32]

    /// Parses one line of the corpus.
    public init(line: Substring, normalizer: Normalizer = Normalizer(), tokenizer: Tokenizer = Tokenizer()) {
        let raw = String(line).replacingUnderscores()
        self.raw = raw
        let normalized = normalizer.normalize(raw)
        let tokens = tokenizer.tokenize(normalized)
        self.tokens = tokens
        // Non-white-space scalars before each original scalar.
        var before: [Int32] = []
        var k: Int32 = 0
        for u in raw.unicodeScalars {
            before.append(k)
            if !u.properties.isWhitespace { k += 1 }
        }
        before.append(k)
        var cs: [Int32] = [], ce: [Int32] = []
        for t in tokens {
            let r = normalized.offsets.originalRange(t.range)
            cs.append(before[r.lowerBound]); ce.append(before[r.upperBound])
        }
        charStart = cs; charEnd = ce
        goldSpans = SegmentationScore.spans(line)
        var starts = Set<Int32>()
        for s in goldSpans { starts.insert(Int32(truncatingIfNeeded: s >> 32)) }
        var joins: [Bool] = []
        for g in 0..<max(tokens.count - 1, 0) { joins.append(!starts.contains(cs[g + 1])) }
        goldJoins = joins
        // Gold multi-syllable words for leave-one-out dictionary features.
        var own: [UInt64: Int32] = [:]
        var i = 0
        while i < tokens.count {
            var j = i
            while j < joins.count && joins[j] { j += 1 }
            if j > i && (i...j).allSatisfy({ tokens[$0].kind == .syllable }) {
                var h = SyllableKey.offsetBasis
                for p in i...j { h = SyllableKey.combine(h, tokens[p].key) }
                own[h, default: 0] += 1
            }
            i = j + 1
        }
        ownWords = own
    }

    /// Parses every line of a corpus (empty lines included, to keep line numbers aligned).
    public static func parse(_ text: String) -> [SegmentedSentence] {
        let normalizer = Normalizer(), tokenizer = Tokenizer()
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines.map { SegmentedSentence(line: $0, normalizer: normalizer, tokenizer: tokenizer) }
    }

    /// The multi-syllable gold words as syllable strings, for lexicon derivation.
    public func goldWords() -> [[UInt64]] {
        var out: [[UInt64]] = []
        var i = 0
        while i < tokens.count {
            var j = i
            while j < goldJoins.count && goldJoins[j] { j += 1 }
            if j > i && (i...j).allSatisfy({ tokens[$0].kind == .syllable }) { out.append((i...j).map { tokens[$0].key }) }
            i = j + 1
        }
        return out
    }
}

extension String {
    func replacingUnderscores() -> String {
        var s = String.UnicodeScalarView()
        for u in unicodeScalars { s.append(u == "_" ? " " : u) }
        return String(s)
    }
}

/// Word precision/recall/F1 computed exactly like `ws_eval.py`: words are spans over the line
/// with white space and '_' removed; a line whose total length differs between gold and
/// prediction is *misaligned* and contributes no true positives.
public struct SegmentationScore: Sendable, CustomStringConvertible {
    public var truePositives = 0
    public var goldWords = 0
    public var predictedWords = 0
    public var sentences = 0
    public var misaligned = 0

    public init() {}

    public var precision: Double { predictedWords == 0 ? 0 : Double(truePositives) / Double(predictedWords) }
    public var recall: Double { goldWords == 0 ? 0 : Double(truePositives) / Double(goldWords) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    public var description: String {
        "P=\(fmt(precision)) R=\(fmt(recall)) F1=\(fmt(f1)) sentences=\(sentences) misaligned=\(misaligned)"
    }

    private func fmt(_ x: Double) -> String {
        let v = Int((x * 10000).rounded())
        let s = String(v % 10000)
        return "\(v / 10000)." + String(repeating: "0", count: 4 - s.count) + s
    }

    /// Word spans of a segmented line, packed `start << 32 | end`.
    public static func spans<S: StringProtocol>(_ line: S) -> Set<Int64> {
        var out = Set<Int64>()
        var pos: Int64 = 0
        var start: Int64 = -1
        for u in line.unicodeScalars {
            if u.properties.isWhitespace {
                if start >= 0 { out.insert(start << 32 | pos); start = -1 }
                continue
            }
            if u == "_" { continue }
            if start < 0 { start = pos }
            pos += 1
        }
        if start >= 0 { out.insert(start << 32 | pos) }
        return out
    }

    private static func length<S: StringProtocol>(_ line: S) -> Int {
        line.unicodeScalars.reduce(0) { $0 + (($1.properties.isWhitespace || $1 == "_") ? 0 : 1) }
    }

    /// Adds one line pair.
    public mutating func add<S: StringProtocol>(gold: S, predicted: S) {
        let g = Self.spans(gold), p = Self.spans(predicted)
        sentences += 1
        goldWords += g.count; predictedWords += p.count
        if Self.length(gold) != Self.length(predicted) { misaligned += 1; return }
        truePositives += g.intersection(p).count
    }

    /// Adds a sentence scored from predicted joins over its tokens.
    public mutating func add(_ sentence: SegmentedSentence, joins: [Bool]) {
        var pred = Set<Int64>()
        let n = sentence.tokens.count
        var start = 0
        for i in 0..<n where i == n - 1 || !joins[i] {
            pred.insert(Int64(sentence.charStart[start]) << 32 | Int64(sentence.charEnd[i]))
            start = i + 1
        }
        sentences += 1
        goldWords += sentence.goldSpans.count; predictedWords += pred.count
        truePositives += sentence.goldSpans.intersection(pred).count
    }
}

extension WordSegmenter {
    /// `doc` in the `*.seg.txt` form: the original text of each word, its inner white space
    /// replaced by '_', words separated by one space.
    public static func segmentedLine(_ doc: AnalyzedText, words: [Range<Int>]) -> String {
        var out = String.UnicodeScalarView()
        for (k, w) in words.enumerated() {
            if k > 0 { out.append(" ") }
            var inSpace = false
            for ch in doc.originalText(ofTokens: w).unicodeScalars {
                if ch.properties.isWhitespace { inSpace = true; continue }
                if inSpace { out.append("_"); inSpace = false }
                out.append(ch)
            }
        }
        return String(out)
    }
}
