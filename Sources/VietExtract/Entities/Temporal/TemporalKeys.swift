import VietText

/// Precomputed `SyllableKey`s of the grammar words the temporal taggers compare tokens with.
/// Keys ignore case, normalization form and tone-mark placement ("khoá" == "khóa").
enum TK {
    static let ngay = SyllableKey.hash("ngày")
    static let thang = SyllableKey.hash("tháng")
    static let nam = SyllableKey.hash("năm")
    static let quy = SyllableKey.hash("quý")
    static let tu = SyllableKey.hash("từ")
    static let den = SyllableKey.hash("đến")
    static let toi = SyllableKey.hash("tới")
    static let nay = SyllableKey.hash("nay")
    static let qua = SyllableKey.hash("qua")
    static let the = SyllableKey.hash("thế")
    static let ky = SyllableKey.hash("kỷ")
    static let ky2 = SyllableKey.hash("kỳ")
    static let thap = SyllableKey.hash("thập")
    static let nien = SyllableKey.hash("niên")
    static let nhung = SyllableKey.hash("những")
    static let lan = SyllableKey.hash("lần")
    static let thu = SyllableKey.hash("thứ")
    static let so = SyllableKey.hash("số")
    static let khoa = SyllableKey.hash("khóa")
    static let va = SyllableKey.hash("và")
    static let cua = SyllableKey.hash("của")
    static let dang = SyllableKey.hash("Đảng")
    static let dieu = SyllableKey.hash("Điều")
    static let khoan = SyllableKey.hash("khoản")
    static let diem = SyllableKey.hash("điểm")
    static let luat = SyllableKey.hash("luật")
    static let hop = SyllableKey.hash("họp")
    static let comma = SyllableKey.hash(",")
    static let openParen = SyllableKey.hash("(")
    static let closeParen = SyllableKey.hash(")")
    static let dash = SyllableKey.hash("-")
    static let slash = SyllableKey.hash("/")

    /// Ordinals written as words after "thứ" ("lần thứ hai" → 2); "nhất" is the first.
    static let wordOrdinals: [UInt64: Int] = {
        let words = ["nhất": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10]
        var out: [UInt64: Int] = [:]
        for (w, n) in words { out[SyllableKey.hash(w)] = n }
        return out
    }()
}
