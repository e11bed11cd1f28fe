import VietText

/// What the entity stage returns: non-overlapping mentions in text order, and facts between them.
struct EntityResult: Sendable {
    var mentions: [Mention] = []
    var facts: [FactLink] = []
}

/// Finds titles, persons, organizations, places, dates, events and documents.
/// (Being built: see issue 4. Returns nothing yet.)
struct EntityRecognizer: Sendable {
    init(userLexicons: [Extractor.UserLexicon]) throws {}

    func recognize(_ doc: AnalyzedText) -> EntityResult { EntityResult() }
}
