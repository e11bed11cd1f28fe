import VietText

/// The lexicons of the temporal taggers, compiled once into phrase matchers.
///
/// Sources: `Lexicons/date_words.tsv` (grammar words of dates), `Lexicons/holidays.tsv` (named
/// days), `Lexicons/event_heads.tsv` and `Lexicons/document_types.tsv` (shared with the other
/// entity taggers). Immutable after init.
struct TemporalLexicon: Sendable {
    struct DateWord: Sendable, Equatable {
        var kind: String
        var value: String
    }

    struct NamedDay: Sendable, Equatable {
        var form: String
        var kind: String
        var date: String
    }

    /// date_words.tsv: phrase → kinds and values (one phrase may have several kinds: "trước").
    let dateWords: PhraseLexicon<DateWord>
    let holidays: PhraseLexicon<NamedDay>

    init() throws {
        var words = PhraseLexicon<DateWord>()
        let table = try TSVTable.embedded("date_words.tsv")
        let kind = try table.column("kind"), value = try table.column("value")
        for row in table.rows {
            words.insert(row.fields[0], DateWord(kind: row.fields[kind], value: row.fields[value]))
        }
        dateWords = words

        var days = PhraseLexicon<NamedDay>()
        let h = try TSVTable.embedded("holidays.tsv")
        let hk = try h.column("kind"), hd = try h.column("date")
        for row in h.rows {
            days.insert(row.fields[0], NamedDay(form: row.fields[0], kind: row.fields[hk], date: row.fields[hd]))
        }
        holidays = days
    }

    /// The longest date-word phrase of `kind` starting at token `i` (bounded by `limit`):
    /// its length and value.
    func dateWord(_ doc: AnalyzedText, at i: Int, kind: String, limit: Int) -> (length: Int, value: String)? {
        var best: (Int, String)? = nil
        doc.tokens.withUnsafeBufferPointer { buf in
            dateWords.forEachMatch(buf, at: i, limit: limit) { length, payloads in
                for p in payloads where dateWords.payload(p).kind == kind {
                    best = (length, dateWords.payload(p).value)
                }
            }
        }
        return best
    }
}
