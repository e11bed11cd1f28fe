import VietText

/// Finds DATE, EVENT and DOCUMENT mentions (issue 4): see `DateTagger`, `EventTagger` and
/// `DocumentTagger` for the grammars. Immutable after init; lexicons are compiled once.
struct DateEventDocumentTagger: Sendable {
    let dates: DateTagger

    init() throws {
        let lexicon = try TemporalLexicon()
        dates = DateTagger(lexicon: lexicon)
    }

    /// Mentions in text order; they may overlap each other (the entity recognizer resolves
    /// overlaps with the other types).
    func tag(_ doc: AnalyzedText) -> [Mention] {
        var out = dates.tag(doc)
        out.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        return out
    }
}
