import VietText

/// Numerals spelled out in words: "hai mươi mốt" = 21, "một trăm linh năm" = 105,
/// "hai nghìn không trăm hai mươi lăm" = 2025, "ba triệu rưỡi" = 3 500 000.
///
/// Words: không 0, một / mốt 1, hai 2, ba 3, bốn / tư 4, năm / lăm / nhăm 5, sáu 6, bảy / bẩy 7,
/// tám 8, chín 9, mười 10, mươi (×10 after a digit), chục (×10), trăm (×100), linh / lẻ (no
/// tens: "một trăm linh năm"), rưỡi (and a half), and the magnitudes of `Magnitude`.
///
/// Ambiguities decided here: after "mươi" or "mười" five is written "lăm" (or "nhăm"), so
/// "mười năm" / "hai mươi năm" are 10 / 20 followed by the word năm (year); "mốt" is 1 only
/// after "mươi"; "tư" is 4 after "mươi", "mười", "linh" or before a multiplier.
enum SpelledNumber {
    static let khong = SyllableKey.hash("không"), mot = SyllableKey.hash("một"), mot2 = SyllableKey.hash("mốt")
    static let hai = SyllableKey.hash("hai"), ba = SyllableKey.hash("ba"), bon = SyllableKey.hash("bốn")
    static let tu = SyllableKey.hash("tư"), nam = SyllableKey.hash("năm"), lam = SyllableKey.hash("lăm")
    static let nham = SyllableKey.hash("nhăm"), sau = SyllableKey.hash("sáu"), bay = SyllableKey.hash("bảy")
    static let bay2 = SyllableKey.hash("bẩy"), tam = SyllableKey.hash("tám"), chin = SyllableKey.hash("chín")
    static let muoi = SyllableKey.hash("mười"), muoi2 = SyllableKey.hash("mươi")
    static let linh = SyllableKey.hash("linh"), le = SyllableKey.hash("lẻ")

    /// The digit a word names in the leading position of a group (before mươi / trăm / a
    /// magnitude, or alone): không…chín, with năm for five and tư for four.
    @inline(__always)
    static func leadingDigit(_ k: UInt64) -> Int? {
        switch k {
        case khong: 0
        case mot: 1
        case nam: 5
        default: digitExceptOneAndFive(k)
        }
    }

    /// The units digit after "mươi" (mốt, tư, lăm allowed; năm not) or after "mười" (mốt not).
    @inline(__always)
    static func unitAfterTens(_ k: UInt64, afterMuoi2: Bool) -> Int? {
        switch k {
        case mot2: afterMuoi2 ? 1 : nil
        case mot: 1
        case lam, nham: 5
        default: digitExceptOneAndFive(k)
        }
    }

    /// The units digit after linh / lẻ (năm allowed, lăm too).
    @inline(__always)
    static func unitAfterLinh(_ k: UInt64) -> Int? {
        switch k {
        case mot: 1
        case nam, lam: 5
        default: digitExceptOneAndFive(k)
        }
    }

    /// 2, 3, 4, 6, 7, 8, 9: the digits spelled the same in every position (one and five change
    /// form: mốt, lăm, nhăm).
    @inline(__always)
    static func digitExceptOneAndFive(_ k: UInt64) -> Int? {
        switch k {
        case hai: 2
        case ba: 3
        case bon, tu: 4
        case sau: 6
        case bay, bay2: 7
        case tam: 8
        case chin: 9
        default: nil
        }
    }

    /// Whether `k` can start a spelled numeral.
    /// Every key `canStart` accepts.
    static let startKeys: [UInt64] = [khong, mot, hai, ba, bon, tu, nam, sau, bay, bay2, tam, chin, muoi]

    static func canStart(_ k: UInt64) -> Bool {
        leadingDigit(k) != nil || k == muoi
    }

    /// A group below 1000 read from `keys[i...]`.
    struct Group: Equatable {
        var value: Int
        /// Index after the last word used.
        var end: Int
        /// Number of words used.
        var words: Int
        /// The last multiplier written inside the group (100 for "hai trăm"), for "rưỡi".
        var lastMultiplier: Int
    }

    /// Reads the longest group (0–999) at `i`. `afterMagnitude` allows a leading "linh / lẻ"
    /// ("hai nghìn linh năm"). `key(j)` is nil for a token that is not a syllable.
    static func group(at i: Int, end limit: Int, afterMagnitude: Bool = false, key: (Int) -> UInt64?) -> Group? {
        var j = i
        func k(_ n: Int) -> UInt64? { n < limit ? key(n) : nil }
        var value = 0
        var lastMult = 1
        // linh / lẻ + digit directly after a magnitude.
        if afterMagnitude, let w = k(j), w == linh || w == le, let nx = k(j + 1), let u = unitAfterLinh(nx) {
            return Group(value: u, end: j + 2, words: 2, lastMultiplier: 1)
        }
        // Hundreds.
        if let w = k(j), let d = leadingDigit(w), let nx = k(j + 1), nx == Magnitude.tram {
            value = d * 100; lastMult = 100; j += 2
            if let w2 = k(j), w2 == linh || w2 == le, let nx2 = k(j + 1), let u = unitAfterLinh(nx2) {
                return Group(value: value + u, end: j + 2, words: j + 2 - i, lastMultiplier: 100)
            }
        }
        // Tens.
        if let w = k(j), w == muoi {
            value += 10; j += 1; lastMult = 10
            if let w2 = k(j), let u = unitAfterTens(w2, afterMuoi2: false) { value += u; j += 1; lastMult = 1 }
            return Group(value: value, end: j, words: j - i, lastMultiplier: lastMult)
        }
        if let w = k(j), let d = leadingDigit(w), d >= 2, let nx = k(j + 1), nx == muoi2 || nx == Magnitude.chuc {
            value += d * 10; j += 2; lastMult = 10
            if nx == muoi2, let w2 = k(j), let u = unitAfterTens(w2, afterMuoi2: true) { value += u; j += 1; lastMult = 1 }
            return Group(value: value, end: j, words: j - i, lastMultiplier: lastMult)
        }
        if j > i { return Group(value: value, end: j, words: j - i, lastMultiplier: lastMult) }
        // A lone digit word.
        if let w = k(j), let d = leadingDigit(w) {
            return Group(value: d, end: j + 1, words: 1, lastMultiplier: 1)
        }
        return nil
    }
}
