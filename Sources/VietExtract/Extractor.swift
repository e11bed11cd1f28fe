import VietText

/// The public facade: text in, typed `Extraction` out.
///
/// An `Extractor` is immutable after construction and `Sendable`: build it once (loading the
/// embedded lexicons and model) and share it between threads and tasks.
public struct Extractor: Sendable {
    public struct Configuration: Sendable {
        /// Tone-mark placement of the normalized text used for analysis (outputs keep the
        /// original text either way).
        public var toneStyle: ToneStyle = .asWritten
        /// Include the `tokens` list in results (large; off saves time and memory).
        public var includeTokens: Bool = true
        /// Record in each entity which rule and lexicon entries produced it.
        public var explain: Bool = false
        /// Extra lexicon files (same TSV format as the bundled ones): the file's name decides
        /// its concept (e.g. "roles.tsv", "organizations.tsv").
        public var userLexicons: [UserLexicon] = []

        public init() {}
    }

    /// A lexicon supplied by the user at run time.
    public struct UserLexicon: Sendable {
        /// Which bundled lexicon it extends: a file name such as "roles.tsv".
        public var concept: String
        /// Where it came from, for error messages (a path).
        public var source: String
        public var text: String
        public init(concept: String, source: String, text: String) {
            self.concept = concept; self.source = source; self.text = text
        }
    }

    public let configuration: Configuration
    let normalizer: Normalizer
    let tokenizer = Tokenizer()
    let splitter = SentenceSplitter()
    let segmenter: WordSegmenter
    let entityRecognizer: EntityRecognizer
    let claimRecognizer: ClaimRecognizer

    /// Loads the bundled lexicons and segmentation model plus any user lexicons. Throws
    /// `LexiconError` (with file and line) for a malformed lexicon, `ICUError` when ICU is broken.
    public init(configuration: Configuration = Configuration()) throws {
        try Normalizer.checkICU()
        self.configuration = configuration
        normalizer = Normalizer(options: .init(toneStyle: configuration.toneStyle))
        segmenter = try WordSegmenter.bundled()
        entityRecognizer = try EntityRecognizer(userLexicons: configuration.userLexicons)
        claimRecognizer = try ClaimRecognizer()
    }

    /// Normalizes, tokenizes, splits and segments `text` (the stages before tagging).
    public func analyze(_ text: String) -> AnalyzedText {
        let normalized = normalizer.normalize(text)
        let tokens = tokenizer.tokenize(normalized)
        let sentences = splitter.split(tokens, scalars: normalized.scalars)
        // Segment first so the words go straight into the document (what `segment(doc)` does,
        // without building the one-word-per-token default first).
        var scratch = WordSegmenter.Scratch()
        var words: [Range<Int>] = []
        tokens.withUnsafeBufferPointer { segmenter.segment($0, into: &words, scratch: &scratch) }
        return AnalyzedText(original: text, normalized: normalized, tokens: tokens, sentences: sentences, words: words)
    }

    /// Everything the library finds in `text`; spans point into `text` as given.
    public func extract(_ text: String) -> Extraction {
        let doc = analyze(text)
        // One view (token start bits) for the entity, date, event, document and claim scans.
        let (found, claims) = DocView.with(doc, entityRecognizer.firstKeys) { view in
            let found = entityRecognizer.recognize(view, explain: configuration.explain)
            return (found, claimRecognizer.recognize(doc, mentions: found.mentions, starts: view.starts))
        }
        return ResultBuilder(doc: doc, explain: configuration.explain)
            .build(mentions: found.mentions, facts: found.facts, claims: claims, includeTokens: configuration.includeTokens)
    }
}
