import VietText

/// Finds EVENT mentions with their `ordinal`.
///
/// Grammar (per sentence, lookahead ≤ 12 tokens):
/// - a full name from event_heads.tsv / holidays.tsv, capitalized ("Ngày Giải phóng Thủ đô",
///   "SEA Games", "Tết Nguyên đán"), optionally followed by a number or year ("SEA Games 33"),
///   a day/month ("Quốc khánh 2/9") or a lunar year name ("Tết Nguyên đán Ất Tỵ");
/// - a generic head ("Đại hội", "Hội nghị", "kỳ họp", any case) followed within 10 words (no
///   punctuation, no other head) by an ordinal: "lần thứ XIV", "thứ 10", a Roman numeral, or an
///   Arabic number right after a capitalized word ("Hội nghị Trung ương 8");
/// - a generic festival, sports or summit head, capitalized, followed by a proper name
///   ("Lễ hội Hoa Ban"), and optionally a year;
/// - tails kept in the span: "khóa XV" (directly or after an organization name, ≤ 8 words), "của Đảng".
/// A generic head without name or ordinal ("Hội nghị tổng kết") is not an event.
struct EventTagger: Sendable {
    let lexicon: TemporalLexicon
    let names: NameScanner
    let dates: DateTagger

    func tag(_ doc: DocView) -> [Mention] {
        var out: [Mention] = []
        for s in doc.sentences {
            var i = s.lowerBound
            while i < s.upperBound {
                guard doc.may(.events, i) else { i += 1; continue }  // `match` needs an event head
                if let m = match(doc, at: i, sentence: s) {
                    out.append(m)
                    i = m.tokens.upperBound
                } else {
                    i += 1
                }
            }
        }
        return out
    }

    func match(_ doc: DocView, at i: Int, sentence s: Range<Int>) -> Mention? {
        let t = doc.tokens
        let limit = s.upperBound
        guard let (length, head) = lexicon.eventHead(doc, at: i, limit: limit) else { return nil }
        let h = i + length
        let capitalized = t[i].isCapitalized

        if head.standalone {
            guard capitalized else { return nil }
            var end = h
            var ordinal: Int? = nil
            if end < limit, let y = names.arabic(doc, end), DateValue.isYear(y), doc.text(end).count == 4 {
                end += 1  // "World Cup 2026"
            } else if end < limit, let o = names.ordinal(doc, at: end, limit: limit, allowArabic: !names.isCounted(doc, end + 1, limit: limit)) {
                ordinal = o.value
                end = o.end
            } else if end < limit, let dm = dates.dayMonth(doc, at: end, limit: limit) {
                end = dm.end
            } else if let y = lunarYear(doc, at: end, limit: limit) {
                end = y
            }
            return finish(doc, i, end, ordinal, limit, rule: "event.name:" + head.form)
        }

        // Generic head: look for an ordinal in a bounded window. Lower-case heads only for
        // congresses, meetings and sessions ("kỳ họp thứ 10").
        guard capitalized || ["congress", "meeting", "session"].contains(head.kind) else { return nil }
        var k = h
        while k < limit, k - h <= 10 {
            let afterCapital = k == h ? capitalized : t[k - 1].isCapitalized
            if let o = names.ordinal(doc, at: k, limit: limit, allowArabic: afterCapital && !names.isCounted(doc, k + 1, limit: limit)) {
                if o.value >= 1000 {  // a year: "APEC 2025"
                    guard capitalized, k > h else { return nil }
                    return finish(doc, i, o.end, nil, limit, rule: "event.head+year:" + head.form)
                }
                return finish(doc, i, o.end, o.value, limit, rule: "event.head+ordinal:" + head.form)
            }
            let tok = t[k]
            guard tok.isWordLike, tok.kind != .number else { break }
            if k > h, lexicon.eventHead(doc, at: k, limit: limit) != nil || (tok.isCapitalized && lexicon.documentHead(doc, at: k, limit: limit) != nil) { break }
            // Function words, verbs and time words end the window ("… trong quý IV").
            if lexicon.nameBreak(doc, at: k, limit: limit) != nil { break }
            k += 1
        }
        // Named festival / sports event / summit: "Lễ hội Hoa Ban 2025".
        if capitalized, ["festival", "sport", "summit"].contains(head.kind),
           let end = names.nameEnd(doc, from: h, limit: limit, maxTokens: 6, maxLower: 2) {
            var e = end
            if e < limit, let y = names.arabic(doc, e), y >= 1000, DateValue.isYear(y) { e += 1 }
            return finish(doc, i, e, nil, limit, rule: "event.head+name:" + head.form)
        }
        return nil
    }

    /// Adds the tails "khóa XV" and "của Đảng" and builds the mention.
    func finish(_ doc: DocView, _ start: Int, _ end: Int, _ ordinal: Int?, _ limit: Int, rule: String) -> Mention {
        let t = doc.tokens
        var end = end
        if let e = names.term(doc, at: end, limit: limit) {
            end = e
        } else {
            // "… Ban Chấp hành Trung ương Đảng khóa XIII": words without punctuation, then khóa.
            var k = end
            while k < limit, k - end < 8, t[k].kind == .syllable, t[k].key != TK.khoa { k += 1 }
            if k > end, t[end].isCapitalized, let e = names.term(doc, at: k, limit: limit) { end = e }
        }
        if end + 1 < limit, t[end].key == TK.cua, t[end + 1].key == TK.dang, t[end + 1].isCapitalized {
            end += 2
        }
        var m = Mention(.event, start..<end, rule: rule)
        m.ordinal = ordinal
        return m
    }

    /// A lunar year name after a festival ("Ất Tỵ", "Giáp Thìn 2024"): the end, else nil.
    func lunarYear(_ doc: DocView, at k: Int, limit: Int) -> Int? {
        guard k + 1 < limit, doc.tokens[k].isCapitalized,
              lexicon.dateWord(doc, at: k, kind: .stem, limit: limit) != nil,
              lexicon.dateWord(doc, at: k + 1, kind: .branch, limit: limit) != nil else { return nil }
        if k + 2 < limit, let y = names.arabic(doc, k + 2), DateValue.isYear(y) { return k + 3 }
        return k + 2
    }
}
