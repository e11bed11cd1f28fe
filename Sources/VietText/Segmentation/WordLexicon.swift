/// Multi-syllable words (two or more syllables) from one or more word lists, compiled for the
/// segmenter's dictionary features.
///
/// Storage: one growable `KeyTable` from the phrase key of every word *prefix* (`SyllableKey.combine`
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
        /// `Lexicons/words-extended.tsv` and `Lexicons/words-unattested.tsv` (the larger
        /// project-written lists, written blind to the treebank's dev and test splits) and any
        /// other list. The unattested list (almost) never matches in the training split, so it
        /// must share a source with a list that does to get any weight.
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

    private var table = KeyTable<Entry>(capacity: 0, filler: Entry(continues: false, sources: 0, corpusCount: 0))
    /// Every two-syllable prefix: its prefix key and its two syllable keys (for the segmenter's
    /// per-pair score table), each once.
    public private(set) var prefixPairs: [(key: UInt64, first: UInt64, second: UInt64)] = []
    /// Number of distinct words.
    public private(set) var wordCount = 0
    public private(set) var maxLength = 0

    public init() {}

    /// Adds a word given as syllable keys (`SyllableKey`). One-syllable words are ignored.
    public mutating func insert(keys: [UInt64], source: Source, count: Int32 = 0) {
        keys.withUnsafeBufferPointer { insert(keys: $0, source: source, count: count) }
    }

    /// Adds a word given as syllable keys. Words of one syllable or of more than
    /// `maxWordLength` are ignored.
    public mutating func insert(keys: UnsafeBufferPointer<UInt64>, source: Source, count: Int32 = 0) {
        guard keys.count >= 2, keys.count <= Self.maxWordLength else { return }
        var h = SyllableKey.offsetBasis
        for (k, key) in keys.enumerated() {
            h = SyllableKey.combine(h, key)
            let last = k == keys.count - 1
            var newWord = false
            let isNew = table.update(h) { e in
                if !last {
                    e.continues = true
                } else {
                    newWord = e.sources == 0
                    e.sources |= 1 << UInt8(source.rawValue)
                    if source == .corpus { e.corpusCount += count }
                }
            }
            if newWord { wordCount += 1 }
            if k == 1 && isNew { prefixPairs.append((h, keys[0], keys[1])) }
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
        var word = word
        var out: [UInt64] = []
        var scalars: [UInt32] = []
        word.withUTF8 { appendKeys(utf8: $0, scalars: &scalars, to: &out) }
        return out
    }

    /// Appends to `keys` the key of every syllable of `utf8` (syllables separated by spaces or
    /// no-break spaces; a malformed UTF-8 sequence becomes U+FFFD, standard library decoder).
    /// `scalars` is scratch space, reused across calls so a loop over rows allocates nothing.
    static func appendKeys(utf8: UnsafeBufferPointer<UInt8>, scalars: inout [UInt32], to keys: inout [UInt64]) {
        scalars.removeAll(keepingCapacity: true)
        func flush() {
            guard !scalars.isEmpty else { return }
            keys.append(scalars.withUnsafeBufferPointer { SyllableKey.hash($0, 0..<$0.count) })
            scalars.removeAll(keepingCapacity: true)
        }
        var bytesLeft = utf8.makeIterator()
        var decoder = Unicode.UTF8()
        while true {
            switch decoder.decode(&bytesLeft) {
            case .scalarValue(let v):
                if v == " " || v == "\u{A0}" { flush() } else { scalars.append(v.value) }
            case .error: scalars.append(0xFFFD)
            case .emptyInput: flush(); return
            }
        }
    }

    /// Adds every row of a lexicon table (first column: the word; optional `count` column).
    public mutating func insert(table: TSVTable, source: Source) {
        let countColumn = table.columns.firstIndex(of: "count")
        for row in table.rows {
            let c = countColumn.flatMap { Int32(row.fields[$0]) } ?? 1
            insert(row.fields[0], source: source, count: c)
        }
    }

    /// Adds the first column of every row of a project lexicon file given as UTF-8 bytes,
    /// without building strings: the start-up path for the bundled lists (tens of thousands of
    /// rows). Lines starting with "#" and the header row (the first other line) are skipped;
    /// LF or CRLF line ends. Count columns are not read (each word counts 1). The files are
    /// checked by `Lexicons/check_lexicons.py` and the tests; a malformed UTF-8 sequence
    /// becomes U+FFFD (standard library decoder), so it can only produce a key no text matches.
    public mutating func insert(tsv bytes: UnsafeBufferPointer<UInt8>, source: Source) {
        var scalars: [UInt32] = []
        var keys: [UInt64] = []
        var i = 0
        let n = bytes.count
        var sawHeader = false
        while i < n {
            var end = i
            while end < n && bytes[end] != 0x0A { end += 1 }
            defer { i = end + 1 }
            guard end > i, bytes[i] != UInt8(ascii: "#") else { continue }
            guard sawHeader else { sawHeader = true; continue }
            // The first field.
            var fieldEnd = i
            while fieldEnd < end && bytes[fieldEnd] != 0x09 && bytes[fieldEnd] != 0x0D { fieldEnd += 1 }
            keys.removeAll(keepingCapacity: true)
            Self.appendKeys(utf8: UnsafeBufferPointer(rebasing: bytes[i..<fieldEnd]), scalars: &scalars, to: &keys)
            keys.withUnsafeBufferPointer { insert(keys: $0, source: source, count: 1) }
        }
    }

    /// The entry for a prefix key, or nil when no word starts with that prefix.
    @inline(__always)
    public func entry(_ prefixKey: UInt64) -> Entry? { table.get(prefixKey) }

    /// The word lists the segmenter uses at run time, under `Lexicons/`.
    public static let bundledWordLists = ["words.tsv", "words-extended.tsv", "words-unattested.tsv", "words-ud-vtb.tsv"]
    /// The word lists used while training: the bundled ones except the corpus list, whose role
    /// the training corpus's own words take (with leave-one-out).
    public static let trainingWordLists = ["words.tsv", "words-extended.tsv", "words-unattested.tsv"]

    /// The lexicon of the bundled files `names` under `Lexicons/` (missing files are skipped).
    public static func bundled(_ names: [String] = bundledWordLists) -> WordLexicon {
        var lex = WordLexicon()
        for name in names {
            guard let bytes = EmbeddedResources.bytes("Lexicons/" + name) else { continue }
            lex.insert(tsv: bytes, source: .of(fileName: name))
        }
        return lex
    }
}
