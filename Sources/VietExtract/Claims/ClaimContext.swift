import VietText

/// What the words before a number say about it: an identifier ("Điều 33", "Chương trình 01",
/// "bão số 3"), a date ("năm 2024", "ngày 5/7", "tháng 7", "lúc 8 giờ"), an ordinal
/// ("lần thứ 10", "thứ hai"), part of a phone number or a sequence of numbers — or nothing.
enum ClaimContext {
    enum Verdict: Equatable {
        case free
        /// An identifier noun before: not a claim unless a time, money, measure or percent unit
        /// follows a small plain number ("kế hoạch 5 năm").
        case identifier
        case reject
    }

    static let plusSign = SyllableKey.hash("+"), hash = SyllableKey.hash("#")

    /// The verdict for a number starting at token `i` in a sentence starting at `floor`.
    static func before(_ tokens: [Token], _ i: Int, floor: Int) -> Verdict {
        let j = i - 1
        guard j >= floor else { return .free }
        let t = tokens[j]
        if t.kind == .number || (t.kind == .code && t.flags.contains(.hasDigit)) { return .reject }
        if t.key == plusSign || t.key == hash { return .reject }
        guard t.kind == .syllable else { return .free }
        if t.key == ClaimWords.thu { return .reject }
        if ClaimWords.dateWords.contains(t.key) { return .reject }
        if let m = ClaimWords.identifierNouns.matchEnding(tokens, before: i, floor: floor) {
            if m.start == j, t.key == ClaimWords.so, j - 1 >= floor, ClaimWords.soAllowedBefore.contains(tokens[j - 1].key) {
                return .free
            }
            if m.payload && !tokens[m.start].isCapitalized { return .free }
            return .identifier
        }
        // A name right before the number ("SEA Games 31", "Vinschool 2"): an identifier unless a
        // unit of time, money or measure follows ("Hà Nội 70 năm").
        if t.isCapitalized && j > floor { return .identifier }
        return .free
    }
}
