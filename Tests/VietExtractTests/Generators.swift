import VietText

/// Deterministic pseudo-random numbers (SplitMix64), so every failure reproduces.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

/// Random "Vietnamese-like" text with everything that makes real text messy.
enum TextGenerator {
    static let syllables = ["Bộ", "trưởng", "Chủ", "tịch", "Ủy", "Uỷ", "ban", "nhân", "dân", "thành", "phố", "Hà", "Nội",
                            "hòa", "hoà", "khóa", "khoá", "thủy", "thuỷ", "Nguyễn", "Văn", "Thị", "Trần", "tỉnh", "Nghệ",
                            "An", "đề", "án", "tăng", "giảm", "hơn", "khoảng", "nghìn", "triệu", "tỷ", "đồng", "Đại",
                            "hội", "lần", "thứ", "XIV", "Bí", "thư", "Thành", "ủy", "Phó", "Giám", "đốc", "Sở", "năm",
                            "tháng", "ngày", "UBND", "HĐND", "TP.", "PGS.TS", "quý", "của", "và", "các", "ông", "bà"]
    static let numbers = ["1.000", "5,2", "87,45%", "30/34", "2020-2025", "21/11/2024", "01-CTr/TU", "100/2019/NĐ-CP",
                          "12", "2024", "1.250", "3", "XIII", "0", "999999999999999999999999"]
    static let punctuation = [",", ".", ";", ":", "!", "?", "...", "…", "(", ")", "\"", "“", "”", "'", "-", "–", "—", "/"]
    static let odd = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}", "\u{00AD}", "\u{00A0}", "\u{2009}", "\u{0301}",
                      "\u{0323}", "\u{0300}", "\u{00D0}", "\u{00F0}", "😀", "👍🏽", "🇻🇳", "\u{0007}", "\u{0000}", "\t",
                      "\r\n", "\n", "\u{2028}", "漢字", "한국어", "Ω", "\u{212B}", "e\u{0301}\u{0301}", "\u{10FFFF}"]

    static func document(_ rng: inout SeededRandom, words: Int) -> String {
        var out = ""
        for _ in 0..<words {
            let r = Int.random(in: 0..<100, using: &rng)
            var piece: String
            switch r {
            case 0..<60: piece = syllables.randomElement(using: &rng)!
            case 60..<72: piece = numbers.randomElement(using: &rng)!
            case 72..<88: piece = punctuation.randomElement(using: &rng)!
            default: piece = odd.randomElement(using: &rng)!
            }
            if Int.random(in: 0..<10, using: &rng) == 0 { piece = UnicodeForms.nfd(piece) }
            if Int.random(in: 0..<15, using: &rng) == 0 { piece = piece.uppercased() }
            out += piece
            if Int.random(in: 0..<5, using: &rng) != 0 { out += " " }
        }
        return out
    }
}
