/// Roman numerals as written in ordinals ("Đại hội XIII", "lần thứ XIV", "khóa XV").
public enum RomanNumeral {
    /// The value of a Roman numeral in canonical form (I–MMMCMXCIX), upper case only; nil for
    /// anything else (so the word "MIX" or "DI" written in capitals is rejected when not canonical).
    public static func value(_ s: String) -> Int? {
        guard !s.isEmpty, s.count <= 15 else { return nil }
        let digits: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
        var total = 0
        var previous = 0
        for ch in s.reversed() {
            guard let v = digits[ch] else { return nil }
            if v < previous { total -= v } else { total += v; previous = v }
        }
        guard total > 0, total < 4000, format(total) == s else { return nil }
        return total
    }

    /// The canonical Roman form of 1...3999.
    public static func format(_ n: Int) -> String {
        precondition(n > 0 && n < 4000)
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = n
        var out = ""
        for (v, r) in table { while n >= v { out += r; n -= v } }
        return out
    }
}
