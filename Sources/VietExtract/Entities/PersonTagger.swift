import VietText

/// Person names by rule, never by a list of people:
/// - after a title, rank, honorific or degree (a "trigger"), the capitalised run that follows
///   ("Thứ trưởng Lâm Khang", "ông Pâng", "Ngoại trưởng Singapore Vivian Balakrishnan",
///   "Kim Sang-sik" with its hyphen);
/// - elsewhere, a surname (surnames.tsv) + 1–3 capitalised syllables, with name-syllable
///   evidence for two-syllable names ("Tô Lâm").
/// A run stops before a role or rank word, so "... Việt Nam Kiều Văn Đông" leaves the body to
/// the organization rules and the name to this one.
struct PersonTagger {
    static let maxTokens = 6

    /// The name at `j`: its token range, or nil.
    static func match(_ s: TokenScan, at j: Int, limit: Int, triggered: Bool) -> Range<Int>? {
        guard j < limit, s.isCap(j) else { return nil }
        var j = j
        // A degree written in capitals before the name ("Bác sĩ CKII Phan Hữu Lộc").
        if triggered {
            while j + 1 < limit, s.isUpper(j), s.t[j].end - s.t[j].start > 1, s.isCap(j + 1) { j += 1 }
        }
        if triggered {
            let e = runEnd(s, j, limit)
            return e > j ? j..<e : nil
        }
        guard let sl = s.surname(j, limit) else { return nil }
        var e = j + sl
        guard e < limit, s.isCap(e) else { return nil }
        e = runEnd(s, j, limit)
        let n = e - j
        guard n >= 2, n <= 5 else { return nil }
        if n == 2 && sl == 1 {
            // Two syllables: the second must look like a given name ("Tô Lâm").
            guard s.longest(.nameSyllables, j + 1, limit) != nil else { return nil }
        }
        return j..<e
    }

    /// End of a capitalised name run at `j` (≤ `maxTokens`), stopping before role, rank and
    /// honorific words and at anything not capitalised (a tight hyphen joins "Sang-sik").
    static func runEnd(_ s: TokenScan, _ j: Int, _ limit: Int) -> Int {
        var e = j
        while e < limit, e - j < maxTokens {
            if e > j {
                if s.longest(.roles, e, limit) != nil { break }
                if s.longest(.ranks, e, limit) != nil { break }
                if let p = s.longest(.prefixes, e, limit), s.longest(.roles, e + p.len, limit) != nil { break }
            }
            if s.isCap(e) { e += 1; continue }
            if e > j, s.isTightHyphen(e), s.isWord(e + 1) { e += 2; continue }
            // "H'Ngơn": an apostrophe inside one syllable of the name.
            if e > j, e + 1 < limit, s.punct(e) == 0x27 || s.punct(e) == 0x2019,
               !s.spaceBefore(e), !s.spaceBefore(e + 1), s.isCap(e + 1) { e += 2; continue }
            break
        }
        return e
    }
}
