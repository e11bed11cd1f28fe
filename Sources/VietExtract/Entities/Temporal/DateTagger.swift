import VietText

/// Finds DATE mentions with a normalized ISO `value` (see `DateValue`).
///
/// Grammar (one left-to-right scan per sentence, lookahead ≤ 6 tokens, no backtracking):
/// - `ngày D tháng M [năm Y]`, `ngày D/M[/Y]`, `D/M/Y`, `tháng M[/Y | năm Y]`, `quý I–IV [năm Y]`,
///   `năm Y`, `năm Y-Y`, `Y-Y` / `Y – Y` (year ranges), `thập niên 1990`, `thế kỷ XXI`;
/// - prefixes kept in the span: a part of the day ("sáng 3/9"), a weekday ("thứ Hai, ngày 3/9"),
///   a part of a period ("cuối tháng 10", "đầu năm nay"; "đầu năm" alone is not a DATE), a period word ("giai đoạn 2021-2025"),
///   and `từ … đến nay` (an interval open at the end);
/// - a bare `D/M` (no "ngày") is a date only after a trigger word (date_words.tsv `trigger`,
///   `time_of_day`, `relative`) or between punctuation ("Chiều nay, 21/11, …"), so part-of-whole
///   counts such as "5/7 khoản nợ" and "30/34 đề án" are left to the claim recognizer.
///
/// Endpoints written separately ("từ ngày 1/7 đến ngày 31/12") are two DATE mentions.
struct DateTagger: Sendable {
    let lexicon: TemporalLexicon

    struct Match {
        var end: Int
        var value: String?
        var rule: String
    }

    func tag(_ doc: DocView) -> [Mention] {
        var out: [Mention] = []
        let t = doc.tokens
        for s in doc.sentences {
            var i = s.lowerBound
            while i < s.upperBound {
                // `match` needs a date word, a number or one of the grammar words at i.
                guard t[i].kind == .number || doc.starts[i] & (LexID.dateWords.bit | LexID.dateStarts.bit) != 0 else {
                    i += 1
                    continue
                }
                if let m = match(doc, at: i, sentence: s) {
                    var mention = Mention(.date, i..<m.end, rule: "date." + m.rule)
                    mention.value = m.value
                    out.append(mention)
                    i = m.end
                } else {
                    i += 1
                }
            }
        }
        return out
    }

    /// The words `match` and `core` start a date with, besides date words and numbers
    /// (`LexID.dateStarts` in the first-key table).
    static let startKeys: [UInt64] = [TK.tu, TK.ngay, TK.thang, TK.quy, TK.nam, TK.thap, TK.nhung, TK.the]

    // MARK: - Prefixed forms

    func match(_ doc: DocView, at i: Int, sentence s: Range<Int>) -> Match? {
        let t = doc.tokens
        let limit = s.upperBound
        // Every date-word kind at i, in one lexicon walk.
        let hits = doc.may(.dateWords, i) ? lexicon.dateWordHits(t, at: i, limit: limit) : TemporalLexicon.DateWordHits()
        func word(_ kind: TemporalLexicon.DateKind) -> (length: Int, value: String)? {
            guard let n = hits.length(kind) else { return nil }
            return (n, lexicon.dateWords.payload(hits.payloads[kind.rawValue]).value)
        }
        // từ <date> đến nay → open interval
        if t[i].key == TK.tu, i + 1 < limit, let c = core(doc, at: i + 1, sentence: s, triggered: true),
           c.end + 1 < limit, t[c.end].key == TK.den || t[c.end].key == TK.toi, t[c.end + 1].key == TK.nay {
            let start = c.value.map { String($0.split(separator: "/").first ?? "") }
            return Match(end: c.end + 2, value: start.map { $0 + "/.." }, rule: "since_until_now")
        }
        // weekday [,] date
        if hits.kinds != 0, let w = word(.weekday), i + 1 < limit,
           t[i + 1].isCapitalized || t[i + 1].kind == .number || w.length == 2 && t[i].isCapitalized {
            var j = i + w.length
            if j < limit, t[j].key == TK.comma { j += 1 }
            if j < limit, let c = core(doc, at: j, sentence: s, triggered: true) {
                return Match(end: c.end, value: c.value, rule: "weekday+" + c.rule)
            }
        }
        // part of the day + date
        if hits.kinds != 0, let d = word(.timeOfDay) {
            let j = i + d.length
            if j < limit, let c = core(doc, at: j, sentence: s, triggered: true) {
                return Match(end: c.end, value: c.value, rule: "time_of_day+" + c.rule)
            }
        }
        // part of a period: cuối tháng 10, đầu năm 2024, giữa năm nay
        if hits.kinds != 0, let p = word(.part),
           !(i > s.lowerBound && lexicon.dateWord(doc, at: i - 1, kind: .partBlocker, limit: i) != nil) {
            let j = i + p.length
            if j < limit, t[j].key == TK.thang || t[j].key == TK.nam || t[j].key == TK.quy {
                if let c = core(doc, at: j, sentence: s, triggered: true) {
                    return Match(end: c.end, value: c.value, rule: "part+" + c.rule)
                }
                if j + 1 < limit, let r = lexicon.dateWord(doc, at: j + 1, kind: .relative, limit: limit) {
                    return Match(end: j + 1 + r.length, value: nil, rule: "part+relative")
                }
                // "đầu năm" alone names no particular time: not a DATE ("tính chung từ đầu năm").
            }
        }
        // period word + year range: giai đoạn 2021-2025, nhiệm kỳ 2020 – 2025, năm học 2024-2025
        if hits.kinds != 0, let p = word(.period) {
            let j = i + p.length
            if j < limit, let r = yearRange(doc, at: j, limit: limit) {
                return Match(end: r.end, value: r.value, rule: "period+year_range")
            }
        }
        // `triggered` matters only for a number at i.
        return core(doc, at: i, sentence: s, triggered: t[i].kind == .number && isTriggered(doc, before: i, sentence: s))
    }

    /// True when the token before `i` makes a bare "D/M" a date.
    func isTriggered(_ doc: DocView, before i: Int, sentence s: Range<Int>) -> Bool {
        guard i > s.lowerBound else { return false }
        // Look back over one- and two-token trigger phrases ending at i-1.
        let kinds = TemporalLexicon.DateKind.trigger.bit | TemporalLexicon.DateKind.timeOfDay.bit
            | TemporalLexicon.DateKind.relative.bit
        for length in 1...2 where i - length >= s.lowerBound {
            if doc.may(.dateWords, i - length),
               lexicon.hasDateWord(doc.tokens, at: i - length, length: length, kinds: kinds) { return true }
        }
        return false
    }

    // MARK: - Core forms

    func core(_ doc: DocView, at j: Int, sentence s: Range<Int>, triggered: Bool) -> Match? {
        let t = doc.tokens
        let limit = s.upperBound
        guard j < limit else { return nil }
        let key = t[j].key

        if key == TK.ngay, j + 1 < limit {
            // ngày D tháng M [năm Y]
            if let d = integer(doc, j + 1, maxWidth: 2), j + 3 < limit, t[j + 2].key == TK.thang,
               let m = month(doc, at: j + 3, limit: limit) {
                var end = j + 3 + m.length
                var year: Int? = m.year
                if year == nil, let y = yearAfter(doc, at: end, limit: limit) { year = y.year; end = y.end }
                guard DateValue.isValid(day: d, month: m.month, year: year) else { return nil }
                return Match(end: end, value: DateValue.iso(year: year, month: m.month, day: d), rule: "day_month_words")
            }
            // ngày D/M[/Y]
            if let dm = dayMonth(doc, at: j + 1, limit: limit) {
                return Match(end: dm.end, value: dm.value, rule: "ngay+" + dm.rule)
            }
            return nil
        }
        if key == TK.thang, j + 1 < limit, let m = month(doc, at: j + 1, limit: limit) {
            var end = j + 1 + m.length
            var year: Int? = m.year
            if year == nil, let y = yearAfter(doc, at: end, limit: limit) { year = y.year; end = y.end }
            return Match(end: end, value: DateValue.iso(year: year, month: m.month), rule: "month")
        }
        if key == TK.quy, j + 1 < limit, let q = quarter(doc, at: j + 1, limit: limit) {
            var end = q.end
            var year = q.year
            if year == nil, let y = yearAfter(doc, at: end, limit: limit) { year = y.year; end = y.end }
            return Match(end: end, value: DateValue.quarter(q.quarter, year: year), rule: "quarter")
        }
        if key == TK.nam, j + 1 < limit {
            if let r = yearRange(doc, at: j + 1, limit: limit) {
                return Match(end: r.end, value: r.value, rule: "nam+year_range")
            }
            if let y = integer(doc, j + 1, minWidth: 4, maxWidth: 4), DateValue.isYear(y) {
                return Match(end: j + 2, value: "\(y)", rule: "year")
            }
            return nil
        }
        // thập niên 1990 / những năm 1990
        if (key == TK.thap || key == TK.nhung), j + 2 < limit, t[j + 1].key == TK.nien || t[j + 1].key == TK.nam,
           let y = integer(doc, j + 2, minWidth: 4, maxWidth: 4), DateValue.isYear(y), y % 10 == 0 {
            return Match(end: j + 3, value: String("\(y)".dropLast()) + "X", rule: "decade")
        }
        // thế kỷ XXI / thế kỷ 21
        if key == TK.the, j + 2 < limit, t[j + 1].key == TK.ky {
            let text = doc.text(j + 2)
            if RomanNumeral.value(text) != nil || integer(doc, j + 2, maxWidth: 2) != nil {
                return Match(end: j + 3, value: nil, rule: "century")
            }
            return nil
        }
        if t[j].kind == .number {
            if let r = yearRange(doc, at: j, limit: limit) { return Match(end: r.end, value: r.value, rule: "year_range") }
            if let dm = dayMonth(doc, at: j, limit: limit) {
                if dm.hasYear || triggered || bareDayMonthInContext(doc, at: j, sentence: s) {
                    return Match(end: dm.end, value: dm.value, rule: dm.rule)
                }
                return nil
            }
            // a bare year after a trigger word: "đến 2030", "từ 2021"
            if triggered, let y = integer(doc, j, minWidth: 4, maxWidth: 4), DateValue.isYear(y),
               j > s.lowerBound, t[j - 1].kind == .syllable, !t[j - 1].isCapitalized,
               j + 1 >= limit || t[j + 1].kind == .punct {
                return Match(end: j + 1, value: "\(y)", rule: "bare_year")
            }
        }
        return nil
    }

    /// "D/M", "D/M/Y", "D-M-Y", "D.M.Y" at `j` (one number token), optionally followed by "năm Y".
    func dayMonth(_ doc: DocView, at j: Int, limit: Int) -> (end: Int, value: String?, rule: String, hasYear: Bool)? {
        guard doc.tokens[j].kind == .number, let g = doc.groups(j) else { return nil }
        let v = g.values, w = g.widths
        if v.count == 3, w[0] <= 2, w[1] <= 2, w[2] == 4, g.separator != ".",
           DateValue.isValid(day: v[0], month: v[1], year: v[2]) {
            return (j + 1, DateValue.iso(year: v[2], month: v[1], day: v[0]), "dmy", true)
        }
        if v.count == 3, w[0] <= 2, w[1] == 2, w[2] == 4, g.separator == ".",
           DateValue.isValid(day: v[0], month: v[1], year: v[2]) {
            return (j + 1, DateValue.iso(year: v[2], month: v[1], day: v[0]), "dmy_dots", true)
        }
        if v.count == 2, g.separator == "/", w[0] <= 2, w[1] <= 2, DateValue.isValid(day: v[0], month: v[1], year: nil) {
            if let y = yearAfter(doc, at: j + 1, limit: limit), DateValue.isValid(day: v[0], month: v[1], year: y.year) {
                return (y.end, DateValue.iso(year: y.year, month: v[1], day: v[0]), "dm+year", true)
            }
            return (j + 1, DateValue.iso(year: nil, month: v[1], day: v[0]), "dm", false)
        }
        return nil
    }

    /// A bare "D/M" set off by punctuation ("Chiều nay, 21/11, …", "(21/11)") or at a sentence end.
    func bareDayMonthInContext(_ doc: DocView, at j: Int, sentence s: Range<Int>) -> Bool {
        let t = doc.tokens
        guard j > s.lowerBound else { return false }
        let prev = t[j - 1]
        let prevOK = prev.kind == .punct && (prev.key == TK.comma || prev.key == TK.openParen || prev.key == TK.dash
                                             || doc.text(j - 1) == ":")
        let nextOK = j + 1 >= s.upperBound || t[j + 1].kind == .punct
        return prevOK && nextOK
    }

    /// A year range at `i`: one token "2020-2025", or "2021 – 2025" / "2021 - 2025" (three tokens).
    /// The second year must follow the first by at most a century.
    func yearRange(_ doc: DocView, at i: Int, limit: Int) -> (end: Int, value: String)? {
        let t = doc.tokens
        guard i < limit, t[i].kind == .number, let g = doc.groups(i) else { return nil }
        func ok(_ a: Int, _ b: Int) -> Bool { DateValue.isYear(a) && DateValue.isYear(b) && b > a && b - a <= 100 }
        if g.values.count == 2, g.separator == "-", g.widths == [4, 4], ok(g.values[0], g.values[1]) {
            return (i + 1, "\(g.values[0])/\(g.values[1])")
        }
        if g.values.count == 1, g.widths[0] == 4, i + 2 < limit, t[i + 1].key == TK.dash,
           let b = integer(doc, i + 2, minWidth: 4, maxWidth: 4), ok(g.values[0], b) {
            return (i + 3, "\(g.values[0])/\(b)")
        }
        return nil
    }

    /// "năm Y" or "/Y" written after a day or month: the year and the end of the span.
    func yearAfter(_ doc: DocView, at i: Int, limit: Int) -> (year: Int, end: Int)? {
        let t = doc.tokens
        guard i + 1 < limit else { return nil }
        if t[i].key == TK.nam, let y = integer(doc, i + 1, minWidth: 4, maxWidth: 4), DateValue.isYear(y) {
            return (y, i + 2)
        }
        return nil
    }

    /// A month after "tháng": "7", "07", "7/2024", "7-2024", "Bảy", "Giêng", "Mười Hai".
    func month(_ doc: DocView, at i: Int, limit: Int) -> (month: Int, year: Int?, length: Int)? {
        let t = doc.tokens
        if t[i].kind == .number, let g = doc.groups(i) {
            if g.values.count == 1, g.widths[0] <= 2, (1...12).contains(g.values[0]) {
                return (g.values[0], nil, 1)
            }
            if g.values.count == 2, g.separator != ".", g.widths[0] <= 2, g.widths[1] == 4,
               (1...12).contains(g.values[0]), DateValue.isYear(g.values[1]) {
                return (g.values[0], g.values[1], 1)
            }
            return nil
        }
        if t[i].kind == .syllable, let w = lexicon.dateWord(doc, at: i, kind: .month, limit: limit), let m = Int(w.value) {
            let lunarOnly = m == 1 && t[i].key == SyllableKey.hash("giêng") || m == 12 && t[i].key == SyllableKey.hash("chạp")
            guard t[i].isCapitalized || lunarOnly else { return nil }
            return (m, nil, w.length)
        }
        return nil
    }

    /// A quarter after "quý": "I"–"IV", "1"–"4", "III/2024", "3/2024".
    func quarter(_ doc: DocView, at i: Int, limit: Int) -> (quarter: Int, year: Int?, end: Int)? {
        let text = doc.text(i)
        let parts = text.split(separator: "/", maxSplits: 1).map(String.init)
        guard let first = parts.first else { return nil }
        let q = RomanNumeral.value(first) ?? (first.count == 1 ? Int(first) : nil)
        guard let q, (1...4).contains(q) else { return nil }
        if parts.count == 2 {
            guard parts[1].count == 4, let y = Int(parts[1]), DateValue.isYear(y) else { return nil }
            return (q, y, i + 1)
        }
        return (q, nil, i + 1)
    }

    /// The integer value of number token `i` when its digit count is within bounds.
    func integer(_ doc: DocView, _ i: Int, minWidth: Int = 1, maxWidth: Int) -> Int? {
        guard i < doc.tokens.count, doc.tokens[i].kind == .number, let g = doc.groups(i),
              g.values.count == 1, (minWidth...maxWidth).contains(g.widths[0]) else { return nil }
        return g.values[0]
    }
}
