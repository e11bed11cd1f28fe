/// Calendar arithmetic and ISO 8601 formatting for DATE values.
///
/// Value forms (ISO 8601 and its 2019 extensions, the convention of OUTPUT.md):
/// - "2024", "2024-07", "2024-07-05": year, month, day;
/// - "--07-05": day and month without a year; "--07": a month without a year;
/// - "2024-Q3": a quarter ("--Q3" without a year);
/// - "2020/2025": an interval; "2011/..": an interval open at the end ("từ năm 2011 đến nay");
/// - "199X": a decade ("thập niên 1990").
enum DateValue {
    /// Years we accept as calendar years written in digits.
    static let yearRange = 1000...2999

    static func isYear(_ n: Int) -> Bool { yearRange.contains(n) }

    static func daysIn(month: Int, year: Int?) -> Int {
        switch month {
        case 2:
            guard let y = year else { return 29 }
            return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// True for a real calendar day (the year may be unknown).
    static func isValid(day: Int, month: Int, year: Int?) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= daysIn(month: month, year: year)
            && (year.map(isYear) ?? true)
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// ISO form of a (partial) date: any of the components may be missing, but a day needs a month.
    static func iso(year: Int?, month: Int? = nil, day: Int? = nil) -> String? {
        switch (year, month, day) {
        case let (y?, m?, d?): return "\(y)-\(two(m))-\(two(d))"
        case let (y?, m?, nil): return "\(y)-\(two(m))"
        case let (y?, nil, nil): return "\(y)"
        case let (nil, m?, d?): return "--\(two(m))-\(two(d))"
        case let (nil, m?, nil): return "--\(two(m))"
        default: return nil
        }
    }

    static func quarter(_ q: Int, year: Int?) -> String {
        year.map { "\($0)-Q\(q)" } ?? "--Q\(q)"
    }

    static func interval(_ a: String?, _ b: String?) -> String? {
        guard let a, let b else { return nil }
        return "\(a)/\(b)"
    }

    /// The integer groups of a number token written with one kind of separator ("21/11/2024" →
    /// ([21, 11, 2024], "/")). Nil when it mixes separators, has a decimal comma, or a group is
    /// not plain digits. Groups keep their digit counts in `widths` (for "2020" vs "20").
    static func groups(_ s: String) -> (values: Ints3, widths: Ints3, separator: Character)? {
        let scalars = s.unicodeScalars.map(\.value)
        return scalars.withUnsafeBufferPointer { groups($0, 0..<$0.count) }
    }

    /// `groups` of the scalars `range` (a token of the normalized text), without building a
    /// String. `values.count` counts every group; only the first three are kept.
    static func groups(_ scalars: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> (values: Ints3, widths: Ints3, separator: Character)? {
        var values = Ints3(), widths = Ints3()
        var sep: UInt32 = 0
        var current = 0, width = 0
        for k in range {
            let c = scalars[k]
            if c >= 0x30 && c <= 0x39 {
                current = current * 10 + Int(c - 0x30); width += 1
                if width > 4 { return nil }
            } else if c == 0x2F || c == 0x2D || c == 0x2E {
                if sep == 0 { sep = c } else if sep != c { return nil }
                guard width > 0 else { return nil }
                values.append(current); widths.append(width); current = 0; width = 0
            } else {
                return nil
            }
        }
        guard width > 0 else { return nil }
        values.append(current); widths.append(width)
        let separator: Character = sep == 0x2F ? "/" : sep == 0x2D ? "-" : sep == 0x2E ? "." : " "
        return (values, widths, separator)
    }

    /// The first three of a list of small integers and the list's length, without allocating:
    /// what the date rules read of `groups` (they test `count` and index at most 2).
    struct Ints3: Equatable, ExpressibleByArrayLiteral {
        private(set) var count = 0
        private var a = 0, b = 0, c = 0

        init() {}
        init(arrayLiteral elements: Int...) { for x in elements { append(x) } }

        mutating func append(_ x: Int) {
            switch count {
            case 0: a = x
            case 1: b = x
            case 2: c = x
            default: break
            }
            count += 1
        }

        subscript(i: Int) -> Int {
            precondition(i >= 0 && i < Swift.min(count, 3), "Ints3 index out of range")
            return i == 0 ? a : i == 1 ? b : c
        }

        /// Equal lists (lists longer than three are never equal to each other here; the rules
        /// only compare with short literals such as `[4, 4]`).
        static func == (l: Ints3, r: Ints3) -> Bool {
            l.count == r.count && l.count <= 3 && (0..<l.count).allSatisfy { l[$0] == r[$0] }
        }
    }

    /// A plain integer token ("7", "2024", "06"), else nil.
    static func integer(_ s: String) -> Int? {
        guard let g = groups(s), g.values.count == 1 else { return nil }
        return g.values[0]
    }
}
