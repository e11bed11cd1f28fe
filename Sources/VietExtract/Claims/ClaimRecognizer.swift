import VietText

/// Finds numeric claims: numbers that count or measure something (`spec/OUTPUT.md`, Claims).
///
/// One left-to-right scan over each sentence's tokens. At a number (digits, or a spelled-out
/// numeral) it reads, in order:
/// 1. the number itself (`NumeralAtom`, `NumberReader`: separators, magnitudes, "rưỡi");
/// 2. a range end ("10-15%", "từ 10 đến 15 ngày") → `max`, or a whole ("30/34", "30 trên 34",
///    "18 trong tổng số 21 xã") → `total`;
/// 3. the unit (`ClaimUnit`): percent, a lexicon unit (time, money, measure) or the counted noun;
///    a number without a unit is not a claim (except a percentage);
/// 4. the qualifier before the number or "trở lên / trở xuống" after the unit (`Qualifiers`),
///    and the change word before the qualifier (`change`, outside the span).
///
/// Rejected: identifiers and codes, dates and years, ordinals, phone numbers and number
/// sequences (`ClaimContext`, and the shapes of `NumeralAtom`). A number inside an entity
/// mention (DATE, DOCUMENT, ORGANIZATION, EVENT, …) is treated like one after an identifier
/// noun: kept only when a time, money, measure or percent unit follows a small plain number or
/// a magnitude ("kỷ niệm 70 năm ..." inside an EVENT). The span covers qualifier + number + unit.
struct ClaimRecognizer: Sendable {
    init() throws {
        // Compile the tables now rather than on the first document.
        _ = ClaimWords.units
        _ = Qualifiers.before
    }

    func recognize(_ doc: AnalyzedText, mentions: [Mention]) -> [ClaimMention] {
        var out: [ClaimMention] = []
        var covered: [EntityType?] = []
        var starts = Set<Int>()
        if !mentions.isEmpty {
            covered = [EntityType?](repeating: nil, count: doc.tokens.count)
            for m in mentions {
                starts.insert(m.tokens.lowerBound)
                for k in m.tokens where k < covered.count { covered[k] = m.type }
            }
        }
        for sentence in doc.sentences {
            let scan = ClaimScan(doc: doc, floor: sentence.lowerBound, limit: sentence.upperBound,
                                 covered: covered, mentionStarts: starts)
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                let (claim, next) = scan.claim(at: i)
                if let claim { out.append(claim) }
                i = Swift.max(next, i + 1)
            }
        }
        return out
    }
}

/// The claim rules applied inside one sentence.
struct ClaimScan {
    let doc: AnalyzedText
    let floor: Int
    let limit: Int
    let covered: [EntityType?]
    let mentionStarts: Set<Int>

    var tokens: [Token] { doc.tokens }
    var reader: NumberReader { NumberReader(doc: doc, limit: limit) }
    var units: ClaimUnit { ClaimUnit(doc: doc, limit: limit, mentionStarts: mentionStarts) }

    static let comparatives = ClaimWords.keys(["cao", "thấp", "lớn", "nhỏ", "nhanh", "chậm", "tốt", "xấu", "dài",
                                               "ngắn", "rộng", "hẹp", "nặng", "nhẹ", "sớm", "muộn", "đắt", "rẻ",
                                               "mạnh", "yếu", "sâu", "gấp"])
    static let hourLetter = SyllableKey.hash("h")
    static let single1 = ClaimWords.keys(["một", "năm", "tư", "mốt", "không"])

    /// A number read at the start of a candidate claim.
    struct Number {
        var value: Double
        var max: Double? = nil
        var total: Double? = nil
        var percent = false
        /// Token after the number (and its range end or whole).
        var end: Int
        /// Glued unit inside the last token ("km" of "7km").
        var suffix: Range<Int>? = nil
        var lastMagnitude: Double? = nil
        var hasMagnitude = false
        var yearLike = false
        var smallPlain = false
        var singleDigitWord = false
        var fromSlash = false
    }

    func word(_ j: Int, _ key: UInt64) -> Bool { j < limit && j >= floor && tokens[j].key == key && tokens[j].kind != .number }

    func isCovered(_ i: Int) -> EntityType? { i < covered.count ? covered[i] : nil }

    /// The claim starting with the number at `i` (or nil), and where to continue.
    func claim(at i: Int) -> (ClaimMention?, Int) {
        let t = tokens[i]
        let s = doc.normalized.scalars
        var num: Number
        if NumeralAtom.startsWithDigit(t, s) {
            guard let atom = NumeralAtom.read(doc, at: i, limit: limit) else { return (nil, i + 1) }
            guard let n = digits(atom) else { return (nil, atom.tokens.upperBound) }
            num = n
        } else if t.kind == .syllable, SpelledNumber.canStart(t.key) {
            guard let r = reader.spelled(at: i) else { return (nil, i + 1) }
            if r.value == 0 { return (nil, r.end) }
            if r.singleDigitWord && Self.single1.contains(t.key) { return (nil, i + 1) }
            if t.isCapitalized && i != floor { return (nil, r.end) }
            num = Number(value: r.value, end: r.end, lastMagnitude: r.lastMagnitude, hasMagnitude: r.hasMagnitude,
                         smallPlain: r.value < 1000, singleDigitWord: r.singleDigitWord)
        } else {
            return (nil, i + 1)
        }

        // Context before the number.
        var verdict = ClaimContext.before(tokens, i, floor: floor)
        // Inside an entity mention: an identifier unless a time, money, measure or percent unit
        // follows a small number ("kỷ niệm 70 năm ..." inside an EVENT).
        if isCovered(i) != nil, verdict == .free { verdict = .identifier }
        if verdict == .reject && !num.percent { return (nil, num.end) }

        // A range end or a whole right after the number.
        if num.max == nil && num.total == nil && num.suffix == nil { extend(&num) }

        // Percent written after the number.
        var unitRange: Range<Int>
        var unitText: String
        var kind: ClaimKind
        if !num.percent, num.suffix == nil, let m = ClaimWords.units.match(tokens, at: num.end, limit: limit), m.payload == .percent {
            num.percent = true
            unitRange = num.end..<m.end
            unitText = "%"
            kind = .percent
            if tokens[num.end].key != ClaimWords.percentSign {
                unitText = doc.normalizedText(ofTokens: unitRange)
                if tokens[num.end].key == ClaimWords.phan { unitText = "%" }
            }
            let e = units.extendSlash(from: unitRange.upperBound)
            if e > unitRange.upperBound { unitText += doc.normalizedText(ofTokens: unitRange.upperBound..<e) }
            unitRange = unitRange.lowerBound..<e
        } else if num.percent {
            let e = units.extendSlash(from: num.end)
            unitRange = num.end..<e
            unitText = "%" + (e > num.end ? doc.normalizedText(ofTokens: num.end..<e) : "")
            kind = .percent
        } else if let suffix = num.suffix {
            let key = s.withUnsafeBufferPointer { SyllableKey.hash($0, suffix) }
            guard let k = Self.suffixUnits[key] else { return (nil, num.end) }
            kind = k
            let e = units.extendSlash(from: num.end)
            unitText = doc.normalized.string(suffix) + (e > num.end ? doc.normalizedText(ofTokens: num.end..<e) : "")
            unitRange = num.end..<e
        } else if let u = units.read(at: num.end) {
            unitRange = u.range; unitText = u.text; kind = u.kind
        } else {
            return (nil, num.end)
        }

        // Guards that depend on the unit.
        if verdict == .identifier {
            guard kind != .count, num.smallPlain || num.hasMagnitude else { return (nil, unitRange.upperBound) }
        } else if verdict == .reject, !num.percent {
            return (nil, unitRange.upperBound)
        }
        if num.singleDigitWord, kind == .count, !unitRange.isEmpty, ClaimWords.spelledIdioms.contains(tokens[unitRange.lowerBound].key) {
            return (nil, unitRange.upperBound)
        }
        if num.fromSlash, kind == .duration || kind == .percent { return (nil, unitRange.upperBound) }
        // Clock times: "15h", "đến 17 giờ", "từ 7 giờ".
        if !unitRange.isEmpty, num.suffix == nil {
            let u = tokens[unitRange.lowerBound].key
            if u == Self.hourLetter { return (nil, unitRange.upperBound) }
            if u == ClaimUnit.gio, num.max == nil, num.value <= 24, i - 1 >= floor,
               ClaimWords.beforeClockTime.contains(tokens[i - 1].key) { return (nil, unitRange.upperBound) }
        }

        let unitKey: UInt64 = if let suffix = num.suffix {
            s.withUnsafeBufferPointer { SyllableKey.hash($0, suffix) }
        } else if !unitRange.isEmpty {
            tokens[unitRange.lowerBound].key
        } else {
            ClaimWords.percentSign
        }
        var end = unitRange.upperBound
        // "2 năm rưỡi", "1 tiếng rưỡi".
        if kind == .duration, !num.hasMagnitude, num.max == nil, word(end, Magnitude.ruoi) {
            num.value += 0.5; end += 1
        }
        // After the unit: "18 xã trong tổng số 21 xã", "từ 10 ngày đến 15 ngày".
        if num.total == nil, num.max == nil, !num.percent {
            if let (total, e) = wholeAfterUnit(from: end, unitFirst: unitKey, atLeast: num.value) {
                num.total = total; end = e
            } else if let (mx, e) = rangeAfterUnit(from: end, unitFirst: unitKey, above: num.value) {
                num.max = mx; end = e
            }
        }

        // Qualifiers.
        var spanStart = i
        var qualifier: Qualifier? = nil
        if num.max != nil, word(i - 1, ClaimWords.tu) { spanStart = i - 1 }
        if let post = Qualifiers.after.match(tokens, at: end, limit: limit) {
            qualifier = post.payload; end = post.end
            if word(i - 1, ClaimWords.tu) { spanStart = i - 1 }
        } else if num.max == nil, let (q, qs) = Qualifiers.qualifier(tokens, before: spanStart, floor: floor) {
            let comparative = tokens[qs].key == SyllableKey.hash("hơn") && qs - 1 >= floor && Self.comparatives.contains(tokens[qs - 1].key)
            if !comparative { qualifier = q; spanStart = qs }
        }
        if num.yearLike && qualifier == nil { return (nil, end) }
        let change = Qualifiers.change(tokens, before: spanStart, floor: floor)

        var c = ClaimMention(tokens: spanStart..<end, kind: kind, value: num.value)
        c.total = num.total
        c.max = num.max
        c.unit = unitText
        c.qualifier = qualifier
        c.change = change
        c.rule = "claim:\(kind.rawValue)" + (num.total != nil ? "+whole" : "") + (num.max != nil ? "+range" : "")
        return (c, end)
    }

    /// Single-token units that may be glued to digits ("7km", "20m2", "200.000đ").
    static let suffixUnits: [UInt64: ClaimKind] = {
        var d: [UInt64: ClaimKind] = [:]
        for (w, k) in [("km", ClaimKind.measure), ("m", .measure), ("cm", .measure), ("mm", .measure), ("km2", .measure),
                       ("m2", .measure), ("m3", .measure), ("ha", .measure), ("kg", .measure), ("g", .measure),
                       ("t", .measure), ("l", .measure), ("ml", .measure), ("mw", .measure), ("kw", .measure),
                       ("gw", .measure), ("kwh", .measure), ("mwh", .measure), ("w", .measure), ("kv", .measure),
                       ("mb", .measure), ("gb", .measure), ("tb", .measure), ("mg", .measure),
                       ("đ", .money), ("usd", .money), ("vnđ", .money), ("vnd", .money), ("tr", .money),
                       ("k", .money)] {
            d[SyllableKey.hash(w)] = k
        }
        return d
    }()

    /// The number at a digit atom, with its magnitudes; nil when the atom is not a claim number.
    func digits(_ atom: NumeralAtom) -> Number? {
        let end = atom.tokens.upperBound
        let after = end < limit ? tokens[end] : nil
        // A number directly followed by another number ("0912 345 678").
        if let a = after, a.kind == .number, atom.suffix == nil, !atom.percent { return nil }
        switch atom.shape {
        case .other:
            return nil
        case .single(let d):
            if d.hasLeadingZero && d.integerDigits >= 3 { return nil }   // phone numbers, codes
            var n = Number(value: d.value, percent: atom.percent, end: end, suffix: atom.suffix)
            n.yearLike = d.isPlainInteger && d.integerDigits == 4 && d.value >= 1900 && d.value <= 2100
            n.smallPlain = d.isPlainInteger && !d.hasLeadingZero && d.value < 1000
            if !atom.percent, atom.suffix == nil, let r = reader.tail(from: end, first: d.value) {
                n.value = r.value; n.end = r.end; n.hasMagnitude = r.hasMagnitude; n.lastMagnitude = r.lastMagnitude
                if r.hasMagnitude { n.yearLike = false; n.smallPlain = false }
            }
            return n
        case .slash(let a, let b):
            guard a.value <= b.value, b.value > 0, !a.hasLeadingZero || a.integerDigits < 3 else { return nil }
            var n = Number(value: a.value, total: b.value, percent: atom.percent, end: end, suffix: atom.suffix)
            n.fromSlash = true
            return n
        case .dash(let a, let b):
            let years = a.isPlainInteger && b.isPlainInteger && a.integerDigits == 4 && b.integerDigits >= 2
            if years { return nil }
            guard a.value < b.value else { return nil }
            var n = Number(value: a.value, max: b.value, percent: atom.percent, end: end, suffix: atom.suffix)
            if !atom.percent, atom.suffix == nil, let r = reader.tail(from: end, first: b.value), r.hasMagnitude, b.value != 0 {
                let factor = r.value / b.value
                n.max = r.value; n.value = a.value * factor; n.end = r.end; n.hasMagnitude = true
                guard n.value.isFinite else { return nil }
            }
            return n
        }
    }

    /// Reads a second number at `j` for a range end or a whole (digits or spelled).
    func second(at j: Int) -> (value: Double, end: Int, percent: Bool, magnitude: Double?, plain: Bool, suffix: Range<Int>?)? {
        guard j < limit else { return nil }
        let s = doc.normalized.scalars
        if NumeralAtom.startsWithDigit(tokens[j], s) {
            guard let atom = NumeralAtom.read(doc, at: j, limit: limit), case .single(let d) = atom.shape else { return nil }
            if !atom.percent, atom.suffix == nil, let r = reader.tail(from: atom.tokens.upperBound, first: d.value) {
                return (r.value, r.end, false, r.hasMagnitude ? r.lastMagnitude : nil, d.isPlainInteger && !r.hasMagnitude, nil)
            }
            return (d.value, atom.tokens.upperBound, atom.percent, nil, d.isPlainInteger, atom.suffix)
        }
        if tokens[j].kind == .syllable, let r = reader.spelled(at: j), r.value > 0 {
            return (r.value, r.end, false, r.hasMagnitude ? r.lastMagnitude : nil, !r.hasMagnitude, nil)
        }
        return nil
    }

    /// Range end or whole right after the number: "10 - 15", "10 đến 15", "30 trên 34",
    /// "18 trong tổng số 21", "30 / 34".
    func extend(_ num: inout Number) {
        let p = num.end
        guard p + 1 < limit else { return }
        let c = tokens[p]
        if ClaimWords.isRangeConnector(c) {
            guard let e = second(at: p + 1), e.value > num.value else { return }
            if num.percent && !e.percent { return }
            if !num.hasMagnitude, let m = e.magnitude {
                // "từ 3 đến 5 tỷ": the magnitude applies to both ends.
                let scaled = num.value * m
                guard scaled < e.value, scaled.isFinite else { return }
                num.value = scaled
            }
            num.max = e.value
            num.percent = num.percent || e.percent
            num.suffix = e.suffix
            num.end = e.end
            num.yearLike = false
            return
        }
        if num.percent || num.hasMagnitude { return }
        var j = p
        if c.key == ClaimWords.tren || c.key == ClaimWords.slash {
            j = p + 1
            if word(j, ClaimWords.tong) && word(j + 1, ClaimWords.so) { j += 2 }
        } else if c.key == ClaimWords.trong {
            j = p + 1
            if word(j, ClaimWords.tong) { j += 1 }
            guard word(j, ClaimWords.so) else { return }
            j += 1
        } else {
            return
        }
        guard let e = second(at: j), e.plain, e.value >= num.value, e.suffix == nil, !e.percent else { return }
        num.total = e.value
        num.end = e.end
        num.yearLike = false
    }

    /// "trong (tổng) số 21 xã" / "trên (tổng số) 21 xã" after the unit, with the same unit.
    func wholeAfterUnit(from p: Int, unitFirst: UInt64, atLeast v: Double) -> (Double, Int)? {
        var j = p
        if word(j, ClaimWords.trong) {
            j += 1
            if word(j, ClaimWords.tong) { j += 1 }
            guard word(j, ClaimWords.so) else { return nil }
            j += 1
        } else if word(j, ClaimWords.tren), word(j + 1, ClaimWords.tong), word(j + 2, ClaimWords.so) {
            j += 3
        } else {
            return nil
        }
        guard let e = second(at: j), e.plain, e.value >= v else { return nil }
        var end = e.end
        if word(end, unitFirst), let u = units.read(at: end) { end = u.range.upperBound }
        return (e.value, end)
    }

    /// "từ 10 ngày đến 15 ngày" after the unit, with the same unit.
    func rangeAfterUnit(from p: Int, unitFirst: UInt64, above v: Double) -> (Double, Int)? {
        guard p < limit, tokens[p].key == ClaimWords.den || tokens[p].key == ClaimWords.toi || tokens[p].key == ClaimWords.hyphen,
              let e = second(at: p + 1), e.value > v, word(e.end, unitFirst), let u = units.read(at: e.end) else { return nil }
        return (e.value, u.range.upperBound)
    }
}
