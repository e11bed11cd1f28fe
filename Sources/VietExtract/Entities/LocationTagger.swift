import VietText

/// A place found at a position: unit word (optional) + name (optional when `bareUnit`).
///
/// Units: token indices / half-open token ranges.
struct PlaceMatch {
    var range: Range<Int>
    /// The name was in places.tsv (not only guessed from capitals after a unit word).
    var known: Bool
    var bareUnit: Bool
    var parts: [String]
}

/// Places: "thành phố Hà Nội", "tỉnh Nghệ An", "xã Tân Lập" (a capitalised name after a unit
/// word is a place even when not in the lexicon), bare lexicon places ("Hà Nội") and countries.
struct LocationTagger {
    /// How a place is being looked for.
    enum Mode {
        /// A LOCATION entity on its own: needs a name.
        case standalone
        /// After an organization or role: a bare unit word ("UBND thành phố") is allowed.
        case suffix(allowBareUnit: Bool)
    }

    /// The place at `i`, or nil. Bounded lookahead: unit (≤ 4 tokens) + name (≤ 5 tokens).
    static func match(_ s: TokenScan, at i: Int, limit: Int, mode: Mode) -> PlaceMatch? {
        guard i < limit else { return nil }
        // Every place starts with a lexicon place, a unit word or "Cộng hòa".
        guard i < s.count, s.starts[i] & (LexID.places.bit | LexID.adminUnits.bit) != 0 || s.key(i) == Keys.cong
                || s.key(i) == Keys.so else {
            return nil
        }
        // An address: "số 52 phố Lê Đại Hành", "số 5 Lê Duẩn".
        if s.key(i) == Keys.so {
            guard i + 2 < limit, s.isNumber(i + 1) else { return nil }
            if let u = s.longest(.adminUnits, i + 2, limit), u.entry.level == "street",
               let p = match(s, at: i + 2, limit: limit, mode: .standalone) {
                return PlaceMatch(range: i..<p.range.upperBound, known: p.known, bareUnit: false, parts: s.explain ? ["address"] + p.parts : [])
            }
            if s.surname(i + 2, limit) != nil {
                var e = i + 2
                while e < limit, s.isCap(e), e - i < 7 { e += 1 }
                if e - (i + 2) >= 2, e - (i + 2) <= 4 {
                    return PlaceMatch(range: i..<e, known: false, bareUnit: false, parts: s.explain ? ["address"] : [])
                }
            }
            return nil
        }
        // A lexicon place, written with a capital ("Hà Nội", "Singapore", "Thành phố Hồ Chí Minh").
        var best: PlaceMatch? = nil
        if s.isCap(i), let m = s.longest(.places, i, limit) {
            best = PlaceMatch(range: i..<(i + m.len), known: true, bareUnit: false, parts: s.explain ? ["place \(m.entry.ref)"] : [])
        }
        // "Cộng hòa Pháp", "Cộng hòa Liên bang Đức": the state's formal name around a country.
        if s.isCap(i), s.key(i) == Keys.cong, i + 1 < limit, s.key(i + 1) == Keys.hoa {
            var j = i + 2
            while j < min(limit, i + 5) {
                if let m = s.longest(.places, j, limit), s.isCap(j) {
                    return PlaceMatch(range: i..<(j + m.len), known: true, bareUnit: false, parts: s.explain ? ["place 'Cộng hòa' + \(m.entry.ref)"] : [])
                }
                if !s.isCap(j) { break }
                j += 1
            }
        }
        guard let u = s.longest(.adminUnits, i, limit) else { return best }
        // "hồ Thác Bà" in lower case only: "Hồ" before a name is a surname.
        if u.entry.level == "water", s.isCap(i) { return best }
        let unitIsAbbrev = s.isUpper(i) || s.t[i].flags.contains(.abbreviation)
        if unitIsAbbrev, !s.isCap(i) { return best }
        let j = i + u.len
        let unitRef = s.explain ? "unit \(u.entry.ref)" : ""
        if j < limit, s.isCap(j), let m = s.longest(.places, j, limit) ?? s.longest(.placesAfterUnit, j, limit) {
            let cand = PlaceMatch(range: i..<(j + m.len), known: true, bareUnit: false, parts: s.explain ? [unitRef, "place \(m.entry.ref)"] : [])
            if cand.range.count > (best?.range.count ?? 0) { return cand }
        }
        // "quận 1", "phường 5"
        if j < limit, s.isNumber(j) || u.entry.level == "road" && s.t[j].kind == .code && s.t[j].flags.contains(.hasDigit),
           u.entry.level == "district" || u.entry.level == "commune" || u.entry.level == "road" {
            // "Quốc lộ 1A": a letter written right after the road's number.
            var e = j + 1
            if u.entry.level == "road", e < limit, s.isCap(e) || s.isUpper(e), !s.spaceBefore(e), s.t[e].end - s.t[e].start == 1 { e += 1 }
            return PlaceMatch(range: i..<e, known: false, bareUnit: false, parts: s.explain ? [unitRef, "number"] : [])
        }
        var suffixMode = false, allowBare = false
        if case .suffix(let b) = mode { suffixMode = true; allowBare = b }
        if let n = unknownName(s, at: j, limit: limit, suffix: suffixMode) {
            let cand = PlaceMatch(range: i..<n, known: false, bareUnit: false, parts: s.explain ? [unitRef, "capitalised name"] : [])
            if cand.range.count > (best?.range.count ?? 0) { return cand }
        }
        if best == nil, allowBare, j == i + u.len {
            // Bare unit: only the general units ("thành phố", "tỉnh", "Thủ đô", "xã" ...),
            // never village-level common nouns ("tổ", "khối", "bản").
            let level = u.entry.level
            if level == "province" || level == "any" || level == "district" || level == "commune" {
                return PlaceMatch(range: i..<j, known: false, bareUnit: true, parts: s.explain ? [unitRef] : [])
            }
        }
        return best
    }

    /// The end of a capitalised place name starting at `j` that is not in the lexicon, or nil.
    /// A run that starts with a surname followed by name syllables is a person (suffix mode:
    /// "Chủ tịch UBND thành phố Trần Sỹ Thanh"); a surname inside a long run ends the place.
    static func unknownName(_ s: TokenScan, at j: Int, limit: Int, suffix: Bool) -> Int? {
        guard j < limit, s.isCap(j) else { return nil }
        var e = j
        while e < limit, e - j < 6 {
            if s.isCap(e) { e += 1; continue }
            if s.isTightHyphen(e), s.isWord(e + 1) { e += 2; continue }
            break
        }
        let run = e - j
        if suffix, s.surname(j, limit) != nil, run >= 2 { return nil }
        // A person's name inside the run: "Ea Súp Nguyễn Văn A" → stop before the surname.
        if let p = OrganizationTagger.splitBeforePerson(s, j, e, limit) { return p }
        if run > 3 { return j + 2 }
        return e
    }
}
