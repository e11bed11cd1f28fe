import VietText

/// Finds numeric claims. (Being built: see issue 5. Returns nothing yet.)
struct ClaimRecognizer: Sendable {
    init() throws {}

    func recognize(_ doc: AnalyzedText, mentions: [Mention]) -> [ClaimMention] { [] }
}
