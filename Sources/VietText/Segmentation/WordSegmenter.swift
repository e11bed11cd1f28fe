/// Groups syllable tokens into words. (Being built: see issue 3; until the trained model
/// lands every token is its own word.)
public struct WordSegmenter: Sendable {
    public static func bundled() throws -> WordSegmenter { WordSegmenter() }

    /// Words of `doc` as token-index ranges, in order, covering all tokens.
    public func segment(_ doc: AnalyzedText) -> [Range<Int>] {
        doc.tokens.indices.map { $0..<($0 + 1) }
    }
}
