import VietText

/// Magnitude words: the multipliers written after a number ("1,5 triệu", "3 nghìn tỷ").
///
/// nghìn / ngàn = 10³, vạn = 10⁴, triệu = 10⁶, tỷ / tỉ = 10⁹. "trăm" (10²) and "chục" (10)
/// are read inside spelled-out numerals (`SpelledNumber`) and after digits ("5 trăm" = 500).
/// Consecutive magnitudes multiply when each is larger than the one before ("nghìn tỷ" =
/// 10¹²); a magnitude word is part of a claim's `value`, never of its `unit`.
enum Magnitude {
    static let nghin = SyllableKey.hash("nghìn"), ngan = SyllableKey.hash("ngàn")
    static let van = SyllableKey.hash("vạn"), trieu = SyllableKey.hash("triệu")
    static let ty = SyllableKey.hash("tỷ"), ti = SyllableKey.hash("tỉ")
    static let tram = SyllableKey.hash("trăm"), chuc = SyllableKey.hash("chục")
    /// "rưỡi": and a half (of the magnitude or unit just written): "2 triệu rưỡi" = 2 500 000.
    static let ruoi = SyllableKey.hash("rưỡi")

    /// The multiplier of a large magnitude word (nghìn and up), else nil.
    @inline(__always)
    static func large(_ key: UInt64) -> Double? {
        switch key {
        case nghin, ngan: 1e3
        case van: 1e4
        case trieu: 1e6
        case ty, ti: 1e9
        default: nil
        }
    }

    /// The multiplier of any magnitude word that may follow digits (chục, trăm, nghìn, …).
    @inline(__always)
    static func any(_ key: UInt64) -> Double? {
        switch key {
        case chuc: 10
        case tram: 100
        default: large(key)
        }
    }
}
