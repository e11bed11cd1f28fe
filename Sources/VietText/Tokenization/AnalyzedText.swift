/// A document after normalization, tokenization, sentence splitting and word segmentation:
/// what every tagger reads.
///
/// Units: token indices index `tokens`; sentence and word ranges are half-open ranges of token
/// indices; `original*` methods return **Unicode scalar offsets into the original input**.
public struct AnalyzedText: Sendable {
    /// The input as the user gave it.
    public let original: String
    public let normalized: NormalizedText
    public let tokens: [Token]
    /// Sentences as token-index ranges, in order, covering all tokens.
    public let sentences: [Range<Int>]
    /// Words as token-index ranges, in order, covering all tokens (one token per word until a
    /// segmenter has run).
    public var words: [Range<Int>]
    // The original scalars, kept only when normalization changed something.
    private let originalScalars: [UInt32]?

    public init(original: String, normalized: NormalizedText, tokens: [Token], sentences: [Range<Int>], words: [Range<Int>]? = nil) {
        self.original = original
        self.normalized = normalized
        self.tokens = tokens
        self.sentences = sentences
        self.words = words ?? tokens.indices.map { $0..<($0 + 1) }
        self.originalScalars = normalized.offsets.isIdentity ? nil : original.unicodeScalars.map(\.value)
    }

    /// Normalizes, tokenizes and splits `text` into sentences.
    public init(_ text: String, normalizer: Normalizer = Normalizer(), tokenizer: Tokenizer = Tokenizer()) {
        let normalized = normalizer.normalize(text)
        let tokens = tokenizer.tokenize(normalized)
        let sentences = SentenceSplitter().split(tokens, scalars: normalized.scalars)
        self.init(original: text, normalized: normalized, tokens: tokens, sentences: sentences)
    }

    /// The original scalar range covered by tokens `range` (empty range → empty range).
    public func originalRange(ofTokens range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let p = range.lowerBound < tokens.count ? Int(tokens[range.lowerBound].start) : normalized.scalars.count
            let o = normalized.offsets.originalRange(p..<p)
            return o
        }
        let a = Int(tokens[range.lowerBound].start), b = Int(tokens[range.upperBound - 1].end)
        return normalized.offsets.originalRange(a..<b)
    }

    /// The original UTF-8 byte range of tokens `range` (builds a byte index of the original
    /// on each call: O(length of the text); keep a `UTF8OffsetIndex` for many lookups).
    public func originalUTF8Range(ofTokens range: Range<Int>) -> Range<Int> {
        UTF8OffsetIndex(original).byteRange(ofScalars: originalRange(ofTokens: range))
    }

    /// The original input as Unicode scalar values (shared storage, no copy).
    public var originalScalarValues: [UInt32] { originalScalars ?? normalized.scalars }

    /// The original text of an original scalar range.
    public func originalText(_ range: Range<Int>) -> String {
        var s = String.UnicodeScalarView()
        let source = originalScalars ?? normalized.scalars
        for v in source[range] { if let u = Unicode.Scalar(v) { s.append(u) } }
        return String(s)
    }

    /// The original text of tokens `range`, with the original spacing between them.
    public func originalText(ofTokens range: Range<Int>) -> String {
        originalText(originalRange(ofTokens: range))
    }

    /// The normalized text of tokens `range`, with the normalized spacing between them.
    public func normalizedText(ofTokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return normalized.string(Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end))
    }

    /// The normalized text of one token.
    public func text(_ tokenIndex: Int) -> String {
        normalized.string(tokens[tokenIndex].range)
    }

    /// The index of the sentence that contains token `tokenIndex`.
    public func sentenceIndex(ofToken tokenIndex: Int) -> Int {
        var lo = 0, hi = sentences.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if sentences[mid].lowerBound <= tokenIndex { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}
