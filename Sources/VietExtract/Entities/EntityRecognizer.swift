import VietText

/// What the entity stage returns: non-overlapping mentions in text order, and facts between them.
struct EntityResult: Sendable {
    var mentions: [Mention] = []
    var facts: [FactLink] = []
}

/// Finds titles, persons, organizations, places, dates, events and documents.
/// (Being built: see issue 4. TEMP: returns only the temporal tagger's mentions.)
struct EntityRecognizer: Sendable {
    let tagger: DateEventDocumentTagger
    init(userLexicons: [Extractor.UserLexicon]) throws { tagger = try DateEventDocumentTagger() }

    func recognize(_ doc: AnalyzedText) -> EntityResult { EntityResult(mentions: OverlapPolicy.resolve(tagger.tag(doc))) }
}
