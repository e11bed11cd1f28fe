import VietText

/// Finds DOCUMENT mentions.
///
/// Grammar (per sentence, lookahead ≤ 12 tokens), with heads from document_types.tsv:
/// - head + [số] + a code ("Nghị quyết số 18-NQ/TW", "Nghị định 100/2019/NĐ-CP"): the head may be
///   lower case when a code (letters and digits: "1523/QĐ-CTN") follows;
/// - capitalized head + [số] + a number ("Chương trình 01", "Đề án 06"), not a duration
///   ("Kế hoạch 5 năm");
/// - capitalized head + an EVENT ("Nghị quyết Đại hội XIII của Đảng", "Văn kiện Đại hội XIV");
/// - capitalized head (not a part, not an administrative instrument) + a proper name ("Luật
///   Thủ đô", "Bộ luật Hình sự", "Nghị quyết Trung ương 4"), or a full name on its own ("Hiến
///   pháp", "Điều lệ Đảng"); then optionally "năm 2024" / "2024", "số …" and "khóa XIII";
/// - parts: "Điều 33", "khoản 2 Điều 5", "điểm a khoản 1 Điều 5" followed by [của] a document
///   give one DOCUMENT for the whole ("Điều 33 Luật Thủ đô năm 2024"); a part alone is not one.
/// A head right after an organization head ("Bộ Kế hoạch và Đầu tư", "Sở Quy hoạch") is not a document.
struct DocumentTagger: Sendable {
    let lexicon: TemporalLexicon
    let names: NameScanner

    static let nameKinds: Set<String> = ["law", "decree", "party", "plan", "treaty"]
    static let durationUnits = KeySet(["năm", "tháng", "ngày", "tuần", "giờ", "phút", "lần", "%"].map(SyllableKey.hash))

    func tag(_ doc: DocView, events: [Mention]) -> [Mention] {
        var eventAt: [Int: Mention] = [:]
        for e in events { eventAt[e.tokens.lowerBound] = e }
        var out: [Mention] = []
        for s in doc.sentences {
            var i = s.lowerBound
            while i < s.upperBound {
                guard doc.may(.documents, i) else { i += 1; continue }  // both need a document head
                if let m = part(doc, at: i, sentence: s, eventAt: eventAt) ?? match(doc, at: i, sentence: s, eventAt: eventAt, free: true) {
                    out.append(m)
                    i = m.tokens.upperBound
                } else {
                    i += 1
                }
            }
        }
        return out
    }

    /// A chain of parts ("khoản 2 Điều 33") followed by [của] a document.
    func part(_ doc: DocView, at i: Int, sentence s: Range<Int>, eventAt: [Int: Mention]) -> Mention? {
        let t = doc.tokens
        let limit = s.upperBound
        var k = i
        var parts = 0
        while k + 1 < limit, let (length, head) = lexicon.documentHead(doc, at: k, limit: limit), head.kind == "part",
              t[k + length].kind == .number || (t[k + length].kind == .syllable && doc.text(k + length).count == 1 && !t[k + length].isCapitalized) {
            k += length + 1
            parts += 1
            if k < limit, t[k].key == TK.comma { break }
        }
        guard parts > 0 else { return nil }
        var d = k
        if d < limit, t[d].key == TK.cua { d += 1 }
        guard d < limit, let target = match(doc, at: d, sentence: s, eventAt: eventAt, free: false) else { return nil }
        return Mention(.document, i..<target.tokens.upperBound, rule: "document.part+" + target.rule)
    }

    /// A document starting at `i`. When `free` (not after a part such as "Điều 33"), a head
    /// right after a capitalized word belongs to another name ("Bộ Kế hoạch và Đầu tư", "quan hệ
    /// Đối tác Chiến lược Toàn diện") and is not a document.
    func match(_ doc: DocView, at i: Int, sentence s: Range<Int>, eventAt: [Int: Mention], free: Bool) -> Mention? {
        let t = doc.tokens
        let limit = s.upperBound
        guard let (length, head) = lexicon.documentHead(doc, at: i, limit: limit), head.kind != "part" else { return nil }
        if free, insideOtherName(doc, i, s) { return nil }
        let capitalized = t[i].isCapitalized
        let h = i + length
        var k = h
        if k < limit, t[k].key == TK.so { k += 1 }
        // head [số] code
        if k < limit, t[k].kind == .code, t[k].flags.contains(.hasDigit) {
            return Mention(.document, i..<(k + 1), rule: "document.code:" + head.form)
        }
        guard capitalized else { return nil }
        // head [số] number
        if k < limit, t[k].kind == .number, isIdentifier(doc.text(k)),
           !(k + 1 < limit && Self.durationUnits.contains(t[k + 1].key)) {
            return Mention(.document, i..<(k + 1), rule: "document.number:" + head.form)
        }
        // head + event
        if h < limit, let e = eventAt[h] {
            return Mention(.document, i..<e.tokens.upperBound, rule: "document.event:" + head.form)
        }
        guard Self.nameKinds.contains(head.kind) else { return nil }
        var end: Int
        if let e = names.nameEnd(doc, from: h, limit: limit, maxTokens: 10, maxLower: 6) {
            end = e
        } else if head.standalone {
            end = h
        } else {
            return nil
        }
        // "Nghị quyết Trung ương 4", "Nghị quyết 57"
        if end < limit, end > h, let v = names.arabic(doc, end), v < 100, !names.isCounted(doc, end + 1, limit: limit) { end += 1 }
        end = tail(doc, end, limit)
        return Mention(.document, i..<end, rule: "document.name:" + head.form)
    }

    /// True when the word before `i` ("Bộ" in "Bộ Kế hoạch", "Đối tác" in "Đối tác Chiến lược")
    /// is a capitalized word that is not the sentence's first word nor a name break ("Theo").
    func insideOtherName(_ doc: DocView, _ i: Int, _ s: Range<Int>) -> Bool {
        let t = doc.tokens
        func namePart(_ k: Int) -> Bool {
            k > s.lowerBound && t[k].isWordLike && t[k].isCapitalized && !t[k].flags.contains(.allUpper)
                && lexicon.nameBreak(doc, at: k, limit: s.upperBound) == nil
        }
        guard i - 1 >= s.lowerBound else { return false }
        if namePart(i - 1) { return true }
        return i - 2 >= s.lowerBound && t[i - 1].kind == .syllable && !t[i - 1].isCapitalized && namePart(i - 2)
            && lexicon.nameBreak(doc, at: i - 1, limit: s.upperBound) == nil
    }

    /// "năm 2024" / "2024" / "số 31/2024/QH15" / "khóa XIII" after a document name.
    func tail(_ doc: DocView, _ end: Int, _ limit: Int) -> Int {
        let t = doc.tokens
        var end = end
        if end + 1 < limit, t[end].key == TK.nam, let y = names.arabic(doc, end + 1), DateValue.isYear(y) {
            end += 2
        } else if end < limit, let y = names.arabic(doc, end), DateValue.isYear(y), doc.text(end).count == 4 {
            end += 1
        }
        if end + 1 < limit, t[end].key == TK.so, t[end + 1].kind == .code { end += 2 }
        if let e = names.term(doc, at: end, limit: limit) { end = e }
        return end
    }

    /// A document number: "01", "06", "57", "123/2024" (no decimal or thousands separators).
    func isIdentifier(_ s: String) -> Bool {
        guard let g = DateValue.groups(s) else { return false }
        if g.values.count == 1 { return g.widths[0] <= 4 }
        return g.separator == "/" || g.separator == "-"
    }
}
