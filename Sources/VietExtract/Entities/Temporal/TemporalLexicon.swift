import VietText

/// The lexicons of the temporal taggers, compiled once into phrase matchers.
///
/// Sources: `Lexicons/date_words.tsv` (grammar words of dates), `Lexicons/holidays.tsv` (named
/// days beyond event_heads.tsv), `Lexicons/name_breaks.tsv` (words that end a name), and the
/// shared `Lexicons/event_heads.tsv` and `Lexicons/document_types.tsv`. Immutable after init.
final class TemporalLexicon: Sendable {
    struct DateWord: Sendable, Equatable {
        var kind: String
        var value: String
        /// `kind` decoded once (the taggers test it on every token).
        var code: DateKind
    }

    /// The kinds of date_words.tsv the taggers ask for.
    enum DateKind: Int, Sendable, CaseIterable {
        case weekday, timeOfDay, part, partBlocker, relative, period, trigger, month, stem, branch, other

        init(_ kind: String) {
            switch kind {
            case "weekday": self = .weekday
            case "time_of_day": self = .timeOfDay
            case "part": self = .part
            case "part_blocker": self = .partBlocker
            case "relative": self = .relative
            case "period": self = .period
            case "trigger": self = .trigger
            case "month": self = .month
            case "stem": self = .stem
            case "branch": self = .branch
            default: self = .other
            }
        }

        var bit: UInt16 { 1 << UInt16(rawValue) }
    }

    /// For one start position, the longest date-word phrase of each kind (the one
    /// `dateWord(_:at:kind:limit:)` returns): found in one walk of the lexicon.
    struct DateWordHits {
        var lengths = SIMD16<Int32>(repeating: 0)
        var payloads = SIMD16<Int32>(repeating: -1)
        /// Kinds present (`DateKind.bit`).
        var kinds: UInt16 = 0

        @inline(__always) func length(_ k: DateKind) -> Int? {
            kinds & k.bit != 0 ? Int(lengths[k.rawValue]) : nil
        }
    }

    /// An event head or full event name (event_heads.tsv, holidays.tsv).
    struct EventHead: Sendable, Equatable {
        var form: String
        var kind: String
        /// A full name that is an EVENT by itself when written capitalized ("Ngày Giải phóng Thủ
        /// đô", "SEA Games", "Hội nghị Cấp cao ASEAN"); generic heads ("Hội nghị", "Lễ", "Giải")
        /// need an ordinal, a name or a year after them.
        var standalone: Bool
    }

    /// A document head (document_types.tsv).
    struct DocumentHead: Sendable, Equatable {
        var form: String
        var kind: String
        /// A document by itself when capitalized ("Hiến pháp", "Điều lệ Đảng").
        var standalone: Bool
    }

    /// date_words.tsv: phrase → kinds and values (one phrase may have several kinds: "trước").
    let dateWords: PhraseLexicon<DateWord>
    let events: PhraseLexicon<EventHead>
    let documents: PhraseLexicon<DocumentHead>
    /// name_breaks.tsv: words that end a document or event name.
    let nameBreaks: PhraseLexicon<String>
    /// First token keys of every phrase above (`LexID.dateWords` ... `.nameBreaks`).
    let firstKeys: FirstKeyTable

    init() throws {
        var first = FirstKeyTable()
        /// The phrase's keys, noting its first key under `id` (inserting by keys is what
        /// `insert(_:_:)` does).
        func keys(_ phrase: String, _ id: LexID) -> [UInt64] {
            let k = PhraseLexicon<String>.keys(of: phrase)
            if let f = k.first { first.add(f, id) }
            return k
        }
        var words = PhraseLexicon<DateWord>()
        let table = try TSVTable.embedded("date_words.tsv")
        let kind = try table.column("kind"), value = try table.column("value")
        for row in table.rows {
            words.insert(keys: keys(row.fields[0], .dateWords), DateWord(kind: row.fields[kind], value: row.fields[value], code: DateKind(row.fields[kind])))
        }
        dateWords = words

        var events = PhraseLexicon<EventHead>()
        let e = try TSVTable.embedded("event_heads.tsv")
        let ek = try e.column("kind")
        for row in e.rows {
            let form = row.fields[0], kind = row.fields[ek]
            events.insert(keys: keys(form, .events), EventHead(form: form, kind: kind, standalone: Self.isStandaloneEvent(form, kind: kind)))
        }
        let h = try TSVTable.embedded("holidays.tsv")
        let hk = try h.column("kind")
        for row in h.rows {
            events.insert(keys: keys(row.fields[0], .events), EventHead(form: row.fields[0], kind: row.fields[hk], standalone: true))
        }
        self.events = events

        var docs = PhraseLexicon<DocumentHead>()
        let d = try TSVTable.embedded("document_types.tsv")
        let dk = try d.column("kind")
        for row in d.rows {
            let form = row.fields[0]
            let standalone = form == "Hiến pháp" || Self.hasInnerCapital(form)
            docs.insert(keys: keys(form, .documents), DocumentHead(form: form, kind: row.fields[dk], standalone: standalone))
        }
        documents = docs

        var breaks = PhraseLexicon<String>()
        let b = try TSVTable.embedded("name_breaks.tsv")
        let bk = try b.column("kind")
        for row in b.rows { breaks.insert(keys: keys(row.fields[0], .nameBreaks), row.fields[bk]) }
        nameBreaks = breaks
        for k in DateTagger.startKeys { first.add(k, .dateStarts) }
        firstKeys = first
    }

    /// True when a word after the first starts with a capital ("Điều lệ Đảng", "SEA Games").
    static func hasInnerCapital(_ form: String) -> Bool {
        form.split(separator: " ").dropFirst().contains { $0.first?.isUppercase == true }
    }

    /// Holidays and historic events stand alone; summits and sports events do when the entry is
    /// a proper name (a capital after the first word, or one Latin-script word: "ASIAD", "EURO").
    static func isStandaloneEvent(_ form: String, kind: String) -> Bool {
        switch kind {
        case "holiday", "historic": return true
        case "summit", "sport":
            if hasInnerCapital(form) { return true }
            return !form.contains(" ") && form.unicodeScalars.allSatisfy { $0.isASCII }
        default: return false
        }
    }

    /// The longest event head at token `i`.
    func eventHead(_ doc: DocView, at i: Int, limit: Int) -> (length: Int, head: EventHead)? {
        guard i < limit, doc.may(.events, i), let m = events.longestMatch(doc.tokens, at: i, limit: limit) else { return nil }
        return (m.length, events.payload(m.payloads[0]))
    }

    /// The longest document head at token `i`.
    func documentHead(_ doc: DocView, at i: Int, limit: Int) -> (length: Int, head: DocumentHead)? {
        guard i < limit, doc.may(.documents, i), let m = documents.longestMatch(doc.tokens, at: i, limit: limit) else { return nil }
        return (m.length, documents.payload(m.payloads[0]))
    }

    /// The length of a name-break word at `i`, or nil.
    func nameBreak(_ doc: DocView, at i: Int, limit: Int) -> Int? {
        guard i < limit, doc.may(.nameBreaks, i) else { return nil }
        return nameBreaks.longestMatch(doc.tokens, at: i, limit: limit)?.length
    }

    /// The longest date-word phrase of `kind` starting at token `i` (bounded by `limit`):
    /// its length and value.
    func dateWord(_ doc: DocView, at i: Int, kind: DateKind, limit: Int) -> (length: Int, value: String)? {
        guard i < limit, doc.may(.dateWords, i) else { return nil }
        let h = dateWordHits(doc.tokens, at: i, limit: limit)
        guard let n = h.length(kind) else { return nil }
        return (n, dateWords.payload(h.payloads[kind.rawValue]).value)
    }

    /// Every kind's longest date-word phrase at `i` (bounded by `limit`), in one walk: for each
    /// kind the last match seen, as `dateWord` picks it (longest, then last listed).
    @inline(__always)
    func dateWordHits(_ t: UnsafeBufferPointer<Token>, at i: Int, limit: Int) -> DateWordHits {
        var h = DateWordHits()
        dateWords.forEachMatch(t, at: i, limit: limit) { length, payloads in
            for p in payloads {
                let k = dateWords.payloads[Int(p)].code.rawValue
                h.lengths[k] = Int32(length)
                h.payloads[k] = p
                h.kinds |= 1 << UInt16(k)
            }
        }
        return h
    }

    /// True when a date-word phrase of exactly `length` tokens starts at `i` with one of
    /// `kinds` (a mask of `DateKind.bit`).
    @inline(__always)
    func hasDateWord(_ t: UnsafeBufferPointer<Token>, at i: Int, length: Int, kinds: UInt16) -> Bool {
        var found = false
        dateWords.forEachMatch(t, at: i, limit: i + length) { n, payloads in
            guard n == length else { return }
            for p in payloads where kinds & dateWords.payloads[Int(p)].code.bit != 0 { found = true }
        }
        return found
    }
}
