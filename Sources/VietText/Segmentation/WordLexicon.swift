/// Multi-syllable words (two or more syllables) from one or more word lists, compiled for the
/// segmenter's dictionary features.
///
/// Storage: one `KeyTable` from the phrase key of every word *prefix* (`SyllableKey.combine`
/// over the syllables' `SyllableKey`s, as `PhraseLexicon` does) to an `Entry`: whether longer
/// words continue the prefix, and a bit mask of the sources (`Source`) that list the prefix as
/// a whole word. Matching at a token walks forward one lookup per syllable and stops as soon as
/// no word continues.
public struct WordLexicon: Sendable {
    /// Which list a word came from; each source has its own dictionary feature weights.
    public enum Source: Int, Sendable, CaseIterable {
        /// `Lexicons/words.tsv`: general vocabulary written by the project.
        case general = 0
        /// `Lexicons/words-ud-vtb.tsv` (or, while training, the training corpus itself).
        case corpus = 1
        /// Names of people, places, organizations and offices (domain lexicons).
        case names = 2
        /// `Lexicons/words-extended.tsv` (the larger project-written list, written blind to the
        /// treebank's dev and test splits) and any other list.
        case other = 3

        /// The source of a lexicon file by its name.
        public static func of(fileName: String) -> Source {
            switch fileName {
            case "words.tsv": .general
            case "words-ud-vtb.tsv": .corpus
            case "names.tsv", "places.tsv", "organizations.tsv", "roles.tsv", "offices.tsv": .names
            default: .other
            }
        }
    }

    public struct Entry: Sendable, BitwiseCopyable {
        /// Longer words start with this prefix.
        public var continues: Bool
        /// Bit `Source.rawValue` set when a word of that source ends here.
        public var sources: UInt8
        /// Corpus occurrences (training only: leave-one-out of the sentence's own words).
        public var corpusCount: Int32
    }

    /// Longest word, in syllables (words longer than `maxWordLength` are ignored).
    public static let maxWordLength = 6

    private var table: KeyTable<Entry>
    private var pending: [UInt64: Entry] = [:]
    /// The two syllable keys of every two-syllable prefix, by its prefix key (for the
    /// segmenter's per-pair score table).
    public private(set) var prefixPairs: [UInt64: (UInt64, UInt64)] = [:]
    /// Number of distinct words.
    public private(set) var wordCount = 0
    public private(set) var maxLength = 0

    public init() { table = KeyTable(capacity: 0, filler: Entry(continues: false, sources: 0, corpusCount: 0)) }

    /// Adds a word given as syllable keys (`SyllableKey`). One-syllable words are ignored.
    public mutating func insert(keys: [UInt64], source: Source, count: Int32 = 0) {
        guard keys.count >= 2, keys.count <= Self.maxWordLength else { return }
        var h = SyllableKey.offsetBasis
        for (k, key) in keys.enumerated() {
            h = SyllableKey.combine(h, key)
            var e = pending[h] ?? Entry(continues: false, sources: 0, corpusCount: 0)
            if k < keys.count - 1 {
                e.continues = true
            } else {
                if e.sources == 0 { wordCount += 1 }
                e.sources |= 1 << UInt8(source.rawValue)
                if source == .corpus { e.corpusCount += count }
            }
            pending[h] = e
            if k == 1 { prefixPairs[h] = (keys[0], keys[1]) }
        }
        maxLength = max(maxLength, keys.count)
    }

    /// Adds a word written with spaces between syllables ("chủ tịch"), NFC or not.
    public mutating func insert(_ word: String, source: Source, count: Int32 = 0) {
        insert(keys: WordLexicon.keys(of: word), source: source, count: count)
    }

    /// The syllable keys of a word written with single spaces between syllables. Assumes
    /// NFC-or-NFD letters only (lexicon rows are checked for that by the tests); fast enough to
    /// compile thousands of rows at start-up without ICU.
    public static func keys(of word: String) -> [UInt64] {
        var out: [UInt64] = []
        var buffer: [UInt32] = []
        func flush() {
            guard !buffer.isEmpty else { return }
            out.append(buffer.withUnsafeBufferPointer { SyllableKey.hash($0, 0..<$0.count) })
            buffer.removeAll(keepingCapacity: true)
        }
        for u in word.unicodeScalars {
            if u == " " || u == "\u{A0}" { flush() } else { buffer.append(u.value) }
        }
        flush()
        return out
    }

    /// Adds every row of a lexicon table (first column: the word; optional `count` column).
    public mutating func insert(table: TSVTable, source: Source) {
        let countColumn = table.columns.firstIndex(of: "count")
        for row in table.rows {
            let c = countColumn.flatMap { Int32(row.fields[$0]) } ?? 1
            insert(row.fields[0], source: source, count: c)
        }
    }

    /// Freezes pending insertions into the lookup table. Call after the last `insert`.
    public mutating func compile() {
        var t = KeyTable<Entry>(capacity: pending.count, filler: Entry(continues: false, sources: 0, corpusCount: 0))
        for (k, e) in pending { t.insert(k, e) }
        table = t
    }

    /// The entry for a prefix key, or nil when no word starts with that prefix.
    @inline(__always)
    public func entry(_ prefixKey: UInt64) -> Entry? { table.get(prefixKey) }

    /// The word lists the segmenter uses at run time, under `Lexicons/`.
    public static let bundledWordLists = ["words.tsv", "words-extended.tsv", "words-ud-vtb.tsv"]
    /// The word lists used while training: the bundled ones except the corpus list, whose role
    /// the training corpus's own words take (with leave-one-out).
    public static let trainingWordLists = ["words.tsv", "words-extended.tsv"]

    /// The lexicon of the bundled files `names` under `Lexicons/` (missing files are skipped).
    public static func bundled(_ names: [String] = bundledWordLists) throws(LexiconError) -> WordLexicon {
        var lex = WordLexicon()
        for name in names {
            guard let text = EmbeddedResources.text("Lexicons/" + name) else { continue }
            lex.insert(table: try TSVTable(parsing: text, source: name), source: .of(fileName: name))
        }
        lex.compile()
        return lex
    }
}
