import VietText

/// A small table of word phrases (each a sequence of token keys, tokenized exactly as the
/// documents are) with a payload, matched forward from a token or backward ending at one.
/// Used for units, qualifiers, change words and identifier nouns; tables hold tens of entries,
/// lookups are one dictionary probe plus a comparison of a few keys.
struct PhraseTable<Payload: Sendable>: Sendable {
    struct Entry: Sendable {
        var keys: [UInt64]
        var payload: Payload
        /// The phrase as written in the table (for units: the canonical spelling is not used;
        /// the unit is always taken from the document).
        var text: String
    }
    private var byFirst: [UInt64: [Entry]] = [:]
    private var byLast: [UInt64: [Entry]] = [:]

    init(_ entries: [(String, Payload)]) {
        let normalizer = Normalizer(), tokenizer = Tokenizer()
        for (text, payload) in entries {
            let keys = tokenizer.tokenize(normalizer.normalize(text)).map(\.key)
            guard let f = keys.first, let l = keys.last else { continue }
            let e = Entry(keys: keys, payload: payload, text: text)
            byFirst[f, default: []].append(e)
            byLast[l, default: []].append(e)
        }
        for k in byFirst.keys { byFirst[k]!.sort { $0.keys.count > $1.keys.count } }
        for k in byLast.keys { byLast[k]!.sort { $0.keys.count > $1.keys.count } }
    }

    /// The longest phrase starting at token `i` and ending before `limit`: (payload, end index).
    func match(_ tokens: [Token], at i: Int, limit: Int) -> (payload: Payload, end: Int)? {
        guard i < limit, let list = byFirst[tokens[i].key] else { return nil }
        outer: for e in list where i + e.keys.count <= limit {
            for (k, key) in e.keys.enumerated() where tokens[i + k].key != key { continue outer }
            return (e.payload, i + e.keys.count)
        }
        return nil
    }

    /// The longest phrase ending just before token `end` and starting at or after `floor`:
    /// (payload, start index).
    func matchEnding(_ tokens: [Token], before end: Int, floor: Int) -> (payload: Payload, start: Int)? {
        guard end - 1 >= floor, let list = byLast[tokens[end - 1].key] else { return nil }
        outer: for e in list where end - e.keys.count >= floor {
            let s = end - e.keys.count
            for (k, key) in e.keys.enumerated() where tokens[s + k].key != key { continue outer }
            return (e.payload, s)
        }
        return nil
    }

    func contains(_ tokens: [Token], at i: Int, limit: Int) -> Bool { match(tokens, at: i, limit: limit) != nil }
}
