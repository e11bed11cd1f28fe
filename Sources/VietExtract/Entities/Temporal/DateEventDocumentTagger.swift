import VietText

/// Finds DATE, EVENT and DOCUMENT mentions (issue 4): see `DateTagger`, `EventTagger` and
/// `DocumentTagger` for the grammars. Immutable after init; lexicons are compiled once.
struct DateEventDocumentTagger: Sendable {
    let dates: DateTagger
    let events: EventTagger
    let documents: DocumentTagger
    /// First keys of the temporal lexicons (see `FirstKeyTable`).
    let firstKeys: FirstKeyTable

    init() throws {
        let lexicon = try TemporalLexicon()
        let names = NameScanner(lexicon: lexicon)
        dates = DateTagger(lexicon: lexicon)
        events = EventTagger(lexicon: lexicon, names: names, dates: dates)
        documents = DocumentTagger(lexicon: lexicon, names: names)
        firstKeys = lexicon.firstKeys
    }

    /// Mentions in text order; they may overlap each other (the entity recognizer resolves
    /// overlaps with the other types).
    func tag(_ doc: AnalyzedText) -> [Mention] {
        DocView.with(doc, firstKeys) { tag($0) }
    }

    /// `tag` on a view whose `starts` cover at least the temporal lexicons.
    func tag(_ doc: DocView) -> [Mention] {
        let found = events.tag(doc)
        var out = dates.tag(doc) + found + documents.tag(doc, events: found)
        out.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        return out
    }
}
