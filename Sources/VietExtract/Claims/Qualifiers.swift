import VietText

/// Qualifiers written before a number (or after its unit: "từ 18 tuổi trở lên") and the
/// change words that introduce it.
///
/// | qualifier | words |
/// |---|---|
/// | more_than | hơn, trên, hơn cả, nhiều hơn |
/// | less_than | dưới, chưa đến, chưa tới, không đến, không tới, ít hơn, chưa đầy |
/// | about | khoảng, chừng, xấp xỉ, khoảng chừng, ước khoảng, ước tính, ước chừng, trên dưới, tầm, cỡ |
/// | nearly | gần, gần như, gần đạt, suýt soát |
/// | at_least | ít nhất, tối thiểu, không dưới, không ít hơn, ít ra; after the unit: trở lên |
/// | at_most | tối đa, không quá, không vượt quá, nhiều nhất; after the unit: trở xuống |
///
/// Change words (reported as `change`, outside the span): tăng (increase), giảm (decrease),
/// đạt (reach), chiếm (account_for), with their usual companions ("tăng thêm", "giảm còn",
/// "đạt mức", "chiếm tỷ lệ"). Up to three filler words (mức, ở, tỷ lệ, được, là, lên, xuống,
/// còn, thêm) may stand between the change word and the qualifier or number.
enum Qualifiers {
    static let before = PhraseTable<Qualifier>([
        ("hơn", .moreThan), ("trên", .moreThan), ("hơn cả", .moreThan), ("nhiều hơn", .moreThan),
        ("dưới", .lessThan), ("chưa đến", .lessThan), ("chưa tới", .lessThan), ("không đến", .lessThan),
        ("không tới", .lessThan), ("ít hơn", .lessThan), ("chưa đầy", .lessThan), ("chưa tới", .lessThan),
        ("khoảng", .about), ("chừng", .about), ("xấp xỉ", .about), ("khoảng chừng", .about),
        ("ước khoảng", .about), ("ước tính", .about), ("ước chừng", .about), ("trên dưới", .about),
        ("tầm", .about), ("cỡ", .about), ("ước", .about), ("ước tính khoảng", .about),
        ("gần", .nearly), ("gần như", .nearly), ("suýt soát", .nearly),
        ("ít nhất", .atLeast), ("tối thiểu", .atLeast), ("không dưới", .atLeast), ("không ít hơn", .atLeast),
        ("ít ra", .atLeast), ("tối thiểu là", .atLeast), ("ít nhất là", .atLeast),
        ("tối đa", .atMost), ("không quá", .atMost), ("không vượt quá", .atMost), ("nhiều nhất", .atMost),
        ("tối đa là", .atMost), ("nhiều nhất là", .atMost),
    ])

    /// "trở lên" / "trở xuống" after the unit.
    static let after = PhraseTable<Qualifier>([("trở lên", .atLeast), ("trở xuống", .atMost)])

    static let changes = PhraseTable<String>([
        ("tăng", "increase"), ("tăng thêm", "increase"), ("tăng lên", "increase"), ("tăng trưởng", "increase"),
        ("tăng gấp", "increase"), ("nâng lên", "increase"),
        ("giảm", "decrease"), ("giảm xuống", "decrease"), ("giảm còn", "decrease"), ("giảm đi", "decrease"),
        ("sụt giảm", "decrease"), ("sụt", "decrease"), ("hạ", "decrease"), ("xuống còn", "decrease"),
        ("đạt", "reach"), ("đạt được", "reach"), ("đạt tới", "reach"), ("lên tới", "reach"), ("lên đến", "reach"),
        ("đạt mức", "reach"), ("ước đạt", "reach"),
        ("chiếm", "account_for"), ("chiếm tỷ lệ", "account_for"), ("chiếm tỉ lệ", "account_for"),
    ])

    static let fillers = ClaimWords.keys(["mức", "ở", "tỷ", "tỉ", "lệ", "được", "là", "lên", "xuống", "còn", "thêm",
                                          "khoảng", "vào", "con", "số"])

    /// The qualifier ending just before token `i` (not before `floor`): (qualifier, its first token).
    static func qualifier(_ tokens: [Token], before i: Int, floor: Int) -> (Qualifier, Int)? {
        guard let m = before.matchEnding(tokens, before: i, floor: floor) else { return nil }
        return (m.payload, m.start)
    }

    /// The change word before token `i`, skipping fillers.
    static func change(_ tokens: [Token], before i: Int, floor: Int) -> String? {
        var end = i
        for _ in 0..<4 {
            if let m = changes.matchEnding(tokens, before: end, floor: floor) { return m.payload }
            guard end - 1 >= floor, tokens[end - 1].kind == .syllable, fillers.contains(tokens[end - 1].key) else { return nil }
            end -= 1
        }
        return nil
    }
}
