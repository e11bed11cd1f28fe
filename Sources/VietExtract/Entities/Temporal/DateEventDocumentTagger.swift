import VietText

/// Finds DATE, EVENT and DOCUMENT mentions. (Being built: see issue 4. Returns nothing yet.)
struct DateEventDocumentTagger: Sendable {
    init() throws {}

    /// Mentions in text order; they may overlap each other (the entity recognizer resolves
    /// overlaps with the other types).
    func tag(_ doc: AnalyzedText) -> [Mention] { [] }
}
