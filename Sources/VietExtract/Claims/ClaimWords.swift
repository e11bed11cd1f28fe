import VietText

/// The word lists the claim rules read, compiled once into token keys (`SyllableKey`), so
/// matching never builds strings. Case, Unicode form and tone placement do not matter.
enum ClaimWords {
    static func key(_ s: String) -> UInt64 { SyllableKey.hash(s) }
    static func keys(_ words: [String]) -> Set<UInt64> { Set(words.map(key)) }

    static let phan = key("phần"), tram = key("trăm"), diem = key("điểm")
    static let tu = key("từ"), den = key("đến"), toi = key("tới")
    static let tren = key("trên"), trong = key("trong"), tong = key("tổng"), so = key("số")
    static let thu = key("thứ"), con = key("con"), dong = key("đồng"), nam = key("năm")
    static let tro = key("trở"), len = key("lên"), xuong = key("xuống")
    static let percentSign: UInt64 = key("%"), slash: UInt64 = key("/")
    static let hyphen: UInt64 = key("-"), enDash: UInt64 = key("–"), tilde: UInt64 = key("~")

    /// Units with a fixed kind. The unit reported is always the text as written.
    static let units = PhraseTable<ClaimKind>(
        [
            // Time, counted: "15 năm", "trong 18 tháng".
            "năm", "tháng", "tuần", "ngày", "giờ", "tiếng", "phút", "giây", "thập kỷ", "thập niên",
            "thế kỷ", "quý", "ngày đêm", "tiếng đồng hồ", "giờ đồng hồ", "năm tuổi",
        ].map { ($0, ClaimKind.duration) } + [
            // Money.
            "đồng", "đ", "VNĐ", "VND", "vnđ", "USD", "đô la", "đô-la", "đôla", "đô", "đô la Mỹ",
            "euro", "EUR", "yên", "yên Nhật", "JPY", "nhân dân tệ", "NDT", "tệ", "CNY", "bảng Anh", "GBP",
            "won", "KRW", "bạt", "baht", "rúp", "rupee", "ringgit", "SGD", "đô la Singapore", "AUD",
            "đô la Úc", "CAD", "franc", "USD/tấn", "USD/thùng",
        ].map { ($0, ClaimKind.money) } + [
            // Measures.
            "km", "m", "cm", "mm", "km2", "m2", "m3", "km²", "m²", "m³", "ha", "hecta", "héc-ta", "héc ta",
            "hécta", "tấn", "tạ", "kg", "g", "gam", "gram", "lít", "ml", "MW", "kW", "GW", "kWh",
            "MWh", "GWh", "TWh", "W", "kV", "độ C", "°C", "độ", "mét", "mét vuông", "mét khối",
            "ki-lô-mét", "kilômét", "kilomet", "cây số", "hải lý", "dặm", "sào", "km/h", "m/s", "TEU",
            "MB", "GB", "TB", "Mbps", "Gbps", "inch", "mg", "tỷ m3", "triệu m3", "m3/ngày đêm", "mm/h",
            "thùng dầu",
        ].map { ($0, ClaimKind.measure) } + [
            ("%", ClaimKind.percent), ("phần trăm", .percent), ("điểm phần trăm", .percent), ("điểm %", .percent),
        ])

    /// Words after "đồng" that make it not the currency ("5 đồng chí", "hai đồng bào").
    static let dongNotCurrency = keys(["chí", "bào", "thời", "ý", "hồ", "bằng", "ruộng", "lòng", "nghiệp",
                                       "phạm", "đội", "hương", "minh", "cỏ", "tâm", "loạt", "bộ", "hành",
                                       "xu", "nát", "chủ", "sở", "tình", "thuận", "hành", "đẳng", "môn"])

    /// Time words that name a date when a number follows them ("năm 2024", "ngày 5/7",
    /// "tháng 7", "quý III", "lúc 8 giờ"): a number right after them is not a claim.
    static let dateWords = keys(["ngày", "tháng", "năm", "quý", "hôm", "sáng", "chiều", "tối", "đêm", "trưa",
                                 "lúc", "mùng", "mồng", "kỷ", "niên", "tuần",
                                 "giờ", "khuya", "rạng", "đầu", "cuối", "giữa"])
    /// Words after "giờ" that make "8 giờ" a time of day, not a duration.
    static let dayParts = keys(["sáng", "chiều", "tối", "đêm", "trưa", "khuya", "ngày", "hôm"])

    /// Nouns that introduce an identifier when a number follows ("Điều 33", "Chương trình 01",
    /// "Đề án 06", "Quân khu 7", "phòng 305", "bão số 3"): the number is not a claim. The payload
    /// says the noun counts only when written with a capital (it is also a verb or common noun).
    static let identifierNouns = PhraseTable<Bool>([
        "điều", "khoản", "điểm", "chương", "mục", "phần", "phụ lục", "chương trình", "đề án", "dự án",
        "nghị quyết", "nghị định", "chỉ thị", "thông tư", "công văn",
        "tờ trình", "văn bản", "pháp lệnh",
        "phòng", "tầng", "lầu", "nhà", "số nhà", "phố", "đường", "ngõ", "ngách", "hẻm", "kiệt", "quốc lộ",
        "tỉnh lộ", "huyện lộ", "QL", "ĐT", "tuyến", "xe buýt", "tổ", "khu", "khu phố", "ấp", "thôn", "xóm",
        "bản", "phường", "quận", "lô", "căn hộ", "căn", "tòa", "toà", "block", "mã", "hạng", "bảng", "sư đoàn",
        "quân khu", "quân đoàn", "trung đoàn", "lữ đoàn", "tiểu đoàn", "đại đội", "vùng", "cấp độ", "bậc",
        "lớp", "khối", "cổng", "ga", "sân", "thửa", "phiên bản", "version", "giải", "câu", "bài",
        "tập", "kỳ", "kì", "đợt", "giai đoạn", "khóa", "khoá", "lần", "số", "bão", "áp thấp", "hotline",
        "điện thoại", "ĐT", "fax", "tel", "Tel", "top", "chặng", "trận", "hiệp",
        "biển số", "chuyến bay", "km", "Km", "Covid", "COVID", "covid", "iPhone", "Galaxy", "phiên", "model",
    ].map { ($0, false) } + [
        // Also verbs or common nouns: identifiers only when capitalised ("Quyết định 15", "Kế hoạch 102").
        "báo cáo", "kế hoạch", "hướng dẫn", "quy định", "thông báo", "quyết định", "kết luận", "cấp", "luật",
        "bệnh viện", "học viện", "viện", "trường", "nhà máy", "xí nghiệp", "công ty", "binh đoàn", "đoàn",
        "trung tâm", "sân vận động", "cảng", "nhà ga",
    ].map { ($0, true) })

    /// Words before "số" that keep a following number a count ("tổng số 34 đề án", "trong số").
    static let soAllowedBefore = keys(["tổng", "trong", "con"])

    /// Words that cannot start or continue a counted-noun unit: function words, common verbs
    /// right after a count, and words that open a new phrase.
    static let stopWords = keys([
        "của", "và", "đã", "được", "là", "cho", "với", "trong", "tại", "này", "đó", "những", "các", "có",
        "không", "thì", "mà", "để", "từ", "đến", "tới", "về", "theo", "như", "nhưng", "hay", "hoặc", "khi",
        "nếu", "vì", "do", "bởi", "sẽ", "đang", "vẫn", "cũng", "rất", "nhất", "hơn", "trên", "dưới", "sau",
        "trước", "qua", "ra", "vào", "lên", "xuống", "nay", "kia", "ấy", "nào", "gì", "ai", "mỗi", "mọi",
        "cả", "chỉ", "đều", "lại", "còn", "nữa", "rồi", "thế", "vậy", "nhé", "ạ", "à", "ư", "bị", "nên",
        "phải", "cần", "muốn", "bằng", "gồm", "ở", "so", "giữa", "ngoài", "thuộc", "sang", "đi", "trở",
        "thêm", "khoảng", "gần", "chừng", "đạt", "tăng", "giảm", "chiếm", "mới", "đây", "kể", "hết", "ngay",
        "luôn", "vừa", "thứ", "mấy", "vài", "nhiều", "ít", "hàng", "cùng", "nhằm", "song", "tuy", "dù",
        "đối", "riêng", "trong", "tức", "tương", "đương", "ước", "xấp", "xỉ", "tối", "đa", "thiểu", "lần",
        "khi", "đồng", "thời", "nhưng", "thay", "vượt", "đưa", "lượt", "bị",
    ]).subtracting(keys(["lần", "lượt", "đồng", "chỉ", "đối", "tương", "đương", "ước", "xấp", "xỉ", "tối",
                          "đa", "thiểu", "thay", "đưa", "thời", "hàng", "vượt"]))

    /// Nouns whose first syllable is also a stop word ("bị cáo", "bị can", "bị hại").
    static let stopWordNouns: [UInt64: Set<UInt64>] = [key("bị"): keys(["cáo", "can", "hại"])]

    /// Words before an hour that make it a time of day ("đến 17 giờ", "lúc 8 giờ").
    static let beforeClockTime = keys(["đến", "tới", "từ", "vào", "lúc"])

    /// Words that follow a single spelled digit in idioms, not counts ("hai bên", "ba mẹ").
    static let spelledIdioms = keys(["bên", "phía", "chiều", "mặt", "lòng", "mẹ", "má", "nước", "miền", "muồi",
                                     "chắn", "ngày", "đầu", "vợ", "chồng", "anh", "chị", "em", "ông", "bà",
                                     "tay", "chân", "tiếng", "đường", "lúa", "mươi"])

    /// Connectors between the ends of a range ("10-15", "từ 10 đến 15").
    static func isRangeConnector(_ t: Token) -> Bool {
        t.key == hyphen || t.key == enDash || t.key == tilde || t.key == den || t.key == toi
    }
}
