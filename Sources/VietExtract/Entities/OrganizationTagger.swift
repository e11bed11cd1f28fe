import VietText

/// An organization found at a position.
///
/// Units: token indices / half-open token ranges. `range` covers everything (head, domain or
/// name, qualifiers, place, higher organization); `place` is the place inside it, if any.
struct OrgMatch {
    var range: Range<Int>
    var place: Range<Int>?
    /// Named in organizations.tsv, or a head with a lexicon domain, or a local body: safe to
    /// attach to another organization ("Vụ Pháp chế Bộ Nội vụ").
    var strong: Bool
    var parts: [String]
}

/// Organizations: named bodies from organizations.tsv (and their abbreviations) and bodies
/// composed from a head (org_heads.tsv) + domain (domains.tsv) or name, then qualifiers
/// ("Trung ương", "tối cao", "khóa XV"), a place and a higher organization:
/// "Cục Thuế thành phố Hà Nội", "Ban Thường vụ Thành ủy Hà Nội", "UBND tỉnh Nghệ An".
struct OrganizationTagger {
    /// The organization at `i`, or nil. `depth` bounds nesting (an organization inside another).
    /// `inTitle`: the organization belongs to a title, so a person's name may follow it directly
    /// ("Chủ tịch Tập đoàn X Nguyễn Văn A") and is split off a capitalised name run.
    static func match(_ s: TokenScan, at i: Int, limit: Int, depth: Int = 0, inTitle: Bool = false) -> OrgMatch? {
        guard i < limit, depth < 3, s.isCap(i) || s.isUpper(i),
              s.starts[i] & (LexID.organizations.bit | LexID.orgHeads.bit) != 0 else { return nil }
        var best: OrgMatch? = nil
        if let m = s.longest(.organizations, i, limit), !isBareParty(s, i, m.len) {
            var o = OrgMatch(range: i..<(i + m.len), place: nil, strong: true, parts: s.explain ? ["org \(m.entry.ref)"] : [])
            extend(&o, s, limit: limit, takes: [.place, .org], depth: depth)
            best = o
        }
        if let h = s.longest(.orgHeads, i, limit) {
            // Abbreviations in org_heads are case-sensitive: "UBND", never "ubnd".
            if let o = composed(s, at: i, head: h, limit: limit, depth: depth, inTitle: inTitle),
               o.range.count > (best?.range.count ?? 0) {
                best = o
            }
        }
        return best
    }

    /// "Đảng", "Trung ương", "Nhà nước" alone are not annotated.
    private static func isBareParty(_ s: TokenScan, _ i: Int, _ len: Int) -> Bool {
        if len == 1 { return s.text(i..<(i + 1)).lowercased() == "đảng" }
        if len == 2 { return s.isTrungUong(i, i + 2) || s.text(i..<(i + 2)).lowercased() == "nhà nước" }
        return false
    }

    /// head + (domain | name) + qualifiers + place + higher organization.
    private static func composed(_ s: TokenScan, at i: Int, head h: (len: Int, entry: LexEntry), limit: Int, depth: Int, inTitle: Bool) -> OrgMatch? {
        let kind = h.entry.kind
        let takes = h.entry.takes
        var o = OrgMatch(range: i..<(i + h.len), place: nil, strong: kind != "head", parts: s.explain ? ["head \(h.entry.ref)"] : [])
        var j = i + h.len
        var complemented = false
        if takes.contains(.domain), let d = s.longest(.domains, j, limit),
           s.isCap(j) || h.entry.form.first?.isUppercase == true {
            j += d.len
            // "Trung tâm Kiểm soát bệnh tật tỉnh Lâm Đồng": lower-case words of the name
            // between the domain and the place.
            // "Ủy ban Kinh tế - Tài chính": a second name joined by a spaced dash, not an office.
            if s.isSpacedDash(j), s.isCap(j + 1), !s.has(.roles, j + 1, limit), !s.has(.prefixes, j + 1, limit),
               !s.has(.orgHeads, j + 1, limit), let e = nameEnd(s, at: j + 1, limit: limit, inTitle: inTitle) {
                j = e
            }
            if let g = lowerGapEnd(s, j, limit, afterDomain: true) { j = g }
            else if let e = bilateralEnd(s, j, limit) { j = e }
            if s.explain { o.parts.append("domain \(d.entry.ref)") }
            o.strong = true
            complemented = true
        } else if takes.contains(.org) && match(s, at: j, limit: limit, depth: depth + 1) != nil
                    || takes.contains(.place) && LocationTagger.match(s, at: j, limit: limit, mode: .suffix(allowBareUnit: false)) != nil {
            // Left to `extend`: "Đảng ủy Ủy ban ...", "Tòa án nhân dân TP Hồ Chí Minh", "Đài Hà Nội".
            complemented = true
        } else if takes.contains(.name), let e = nameEnd(s, at: j, limit: limit, inTitle: inTitle),
                  !(h.len == 1 && s.surname(i, limit) != nil && s.isCap(j)) {
            if s.explain { o.parts.append("name") }
            j = e
            complemented = true
        }
        o.range = i..<j
        if !complemented && kind == "head" { return nil }
        extend(&o, s, limit: limit, takes: takes, depth: depth, local: kind == "local_body", container: kind == "container")
        if kind != "local_body" && o.range.upperBound == i + h.len { return nil }
        return o
    }

    /// Qualifiers, place and higher organization after an organization's core.
    static func extend(_ o: inout OrgMatch, _ s: TokenScan, limit: Int, takes: LexEntry.Takes, depth: Int,
                       local: Bool = false, container: Bool = false) {
        var j = o.range.upperBound
        // Qualifiers: "Trung ương", "nhân dân", "tối cao", "cấp cao", "khóa XV".
        var steps = 0
        while j < limit, steps < 4 {
            steps += 1
            if s.isTrungUong(j, limit) { j += 2; if s.explain { o.parts.append("'Trung ương'") }; continue }
            if j + 1 < limit, s.key(j) == Keys.toi, s.key(j + 1) == Keys.cao { j += 2; continue }
            if j + 1 < limit, s.key(j) == Keys.cap, s.key(j + 1) == Keys.cao {
                j += 2
                // "cấp cao tại Hà Nội"
                if j + 1 < limit, s.key(j) == Keys.tai, let p = LocationTagger.match(s, at: j + 1, limit: limit, mode: .standalone) {
                    j = p.range.upperBound
                }
                continue
            }
            if j + 1 < limit, s.key(j) == Keys.nhan, s.key(j + 1) == Keys.dan, !s.isCap(j) { j += 2; continue }
            if j + 1 < limit, s.key(j) == Keys.khoa, s.isUpper(j + 1) || s.isNumber(j + 1) || s.t[j + 1].kind == .code { j += 2; continue }
            // "Đội Cảnh sát giao thông số 3", "Trường Tiểu học số 2": a unit's number (not an
            // address: "số 5 Lê Duẩn", "số 12 phố ...").
            if j + 1 < limit, s.key(j) == Keys.so, !s.isCap(j), s.isNumber(j + 1),
               s.surname(j + 2, limit) == nil, LocationTagger.match(s, at: j, limit: limit, mode: .standalone) == nil {
                j += 2; continue
            }
            break
        }
        o.range = o.range.lowerBound..<j
        // A higher organization: "Ban Thường vụ Thành ủy", "Vụ Pháp chế Bộ Nội vụ".
        if j < limit, let inner = match(s, at: j, limit: limit, depth: depth + 1, inTitle: true),
           inner.strong || takes.contains(.org) {
            o.range = o.range.lowerBound..<term(s, inner.range.upperBound, limit)
            o.place = inner.place
            if s.explain { o.parts.append("in [\(inner.parts.joined(separator: " + "))]") }
            return
        }
        // A place: "Thành ủy Hà Nội", "UBND thành phố", "Cục Thuế thành phố Hà Nội".
        // "Ban Chấp hành Đảng bộ tỉnh,": a container takes a bare unit word that ends the phrase.
        let allowBare = local || (container && j < limit && (s.isCap(j) || !s.isWord(j + 1)))
        if j < limit, let p = LocationTagger.match(s, at: j, limit: limit, mode: .suffix(allowBareUnit: allowBare)),
           !p.bareUnit || s.isCap(j) || local || !s.isWord(p.range.upperBound) {
            o.range = o.range.lowerBound..<term(s, p.range.upperBound, limit)
            o.place = p.range
            if s.explain { o.parts.append(contentsOf: p.parts) }
            return
        }
        // "Huyện ủy Mường Nhé", "Đảng bộ Thủ đô": a capitalised name right after a local body.
        if (local || container), j < limit, s.isCap(j), s.surname(j, limit) == nil || s.isCap(j) && !s.isCap(j + 1),
           let e = LocationTagger.unknownName(s, at: j, limit: limit, suffix: true), e - j <= 3,
           e >= limit || !s.isCap(e) {
            o.range = o.range.lowerBound..<e
            o.place = j..<e
            if s.explain { o.parts.append("capitalised place") }
        }
    }

    /// "hợp tác song phương Việt Nam - Trung Quốc", "Việt Nam - Lào": up to 4 lower-case words,
    /// then two known places joined by a spaced dash (a bilateral body's name), or nil.
    static func bilateralEnd(_ s: TokenScan, _ j: Int, _ limit: Int) -> Int? {
        var g = j
        while g < limit, g - j < 4, s.isWord(g), !s.isCap(g), !s.isUpper(g) {
            if Keys.function.contains(s.key(g)) || Keys.gapStops.contains(s.key(g)) || s.has(.adminUnits, g, limit) { return nil }
            g += 1
        }
        guard g < limit, s.isCap(g), let a = s.longest(.places, g, limit) else { return nil }
        let d = g + a.len
        guard s.isSpacedDash(d), s.isCap(d + 1), let b = s.longest(.places, d + 1, limit) else { return nil }
        return d + 1 + b.len
    }

    /// "khóa XVI" after an organization's place: the term belongs to the organization.
    static func term(_ s: TokenScan, _ j: Int, _ limit: Int) -> Int {
        if j + 1 < limit, s.key(j) == Keys.khoa, !s.isCap(j), s.isUpper(j + 1) || s.isNumber(j + 1) || s.t[j + 1].kind == .code {
            return j + 2
        }
        return j
    }

    /// The end of a proper name or number after a head ("Quân khu 7", "Tập đoàn Vingroup",
    /// "Trường THPT Chu Văn An"): capitals, initialisms, numbers; a person's name at the end of
    /// a long run is left out ("... Việt Nam Kiều Văn Đông").
    static func nameEnd(_ s: TokenScan, at j: Int, limit: Int, inTitle: Bool) -> Int? {
        guard j < limit else { return nil }
        if s.isNumber(j) || (s.t[j].kind == .code && s.t[j].flags.contains(.hasDigit)) { return j + 1 }
        // "Trường Tiểu học số 2": a number after "số" (not an address: "số 5 Lê Duẩn").
        if s.key(j) == Keys.so, !s.isCap(j), j + 1 < limit, s.isNumber(j + 1), s.surname(j + 2, limit) == nil,
           LocationTagger.match(s, at: j, limit: limit, mode: .standalone) == nil { return j + 2 }
        // "Trường THPT chuyên Lê Quý Đôn", "Công ty TNHH một thành viên Môi trường ...": a short
        // lower-case qualifier before the capitalised name.
        var j = j
        var leadingGap = 0
        if !(s.isCap(j) || s.isUpper(j)) {
            guard let g = lowerGapEnd(s, j, limit), g > j, g - j <= 3 else { return nil }
            leadingGap = g - j
            j = g
        }
        guard s.isCap(j) || s.isUpper(j) else { return nil }
        if inTitle, leadingGap > 1, personRun(s, j, limit) { return nil }
        var e = j
        while e < limit, e - j < 12 {
            // "Đại học Quốc gia TP. Hồ Chí Minh": a place written with an abbreviated unit
            // ends the name; `extend` takes it.
            if e > j, s.isUpper(e) || s.t[e].flags.contains(.abbreviation),
               s.starts[e] & LexID.adminUnits.bit != 0,
               LocationTagger.match(s, at: e, limit: limit, mode: .suffix(allowBareUnit: false)) != nil { break }
            if s.isCap(e) || s.isUpper(e) { e += 1; continue }
            if s.isTightHyphen(e), s.isWord(e + 1) { e += 2; continue }
            // "Đầu tư Hoàng Long": the second syllable of a capitalised word.
            if e > j, s.isWord(e), s.isCap(e - 1), s.isCap(e + 1), e + 1 < limit,
               !Keys.function.contains(s.key(e)), !Keys.gapStops.contains(s.key(e)),
               !Keys.gapSingleVerbs.contains(s.key(e)) {
                e += 1
                // "Chống độc Bệnh viện ...": a higher organization follows; `extend` takes it.
                if s.has(.orgHeads, e, limit) { break }
                continue
            }
            // "Công nghiệp - Năng lượng", "Bà Rịa - Vũng Tàu"
            if s.isSpacedDash(e), s.isCap(e + 1), e > j { e += 1; continue }
            // "Xây dựng và Phát triển đô thị Sông Hồng", "Điện lực miền Bắc": lower-case words
            // inside the name when a capitalised word follows them.
            if e > j, let g = lowerGapEnd(s, e, limit), g > e {
                // "Ngân hàng Phát triển châu Á": a lower-case place ends the name.
                if let m = s.longest(.places, g, limit), !s.isCap(g), s.isCap(g + m.len - 1) { e = g + m.len; break }
                // "Viện kiểm sát nhân dân tối cao Hoàng Minh Đức": a person after the title.
                if personRun(s, g, limit), inTitle || s.has(.adminUnits, g - 1, g) || s.has(.adminUnits, g - 2, g) {
                    if s.has(.adminUnits, g - 1, g) || s.has(.adminUnits, g - 2, g) { e = g }
                    break
                }
                if s.isCap(g) || s.isUpper(g) { e = g; continue }
                e = g
                break
            }
            // "Văn hóa - Giáo dục": a lower-case syllable before a spaced dash and a capital.
            if e > j, s.isWord(e), s.isCap(e - 1), s.isSpacedDash(e + 1), s.isCap(e + 2),
               !Keys.function.contains(s.key(e)) { e += 1; continue }
            break
        }
        // A known place inside the run ends the name after it when a person follows.
        return inTitle ? splitBeforePerson(s, j, e, limit) ?? e : e
    }

    /// The end of a run of at most 4 lower-case words at `j` that may stand inside an
    /// organization's name: no function word, honorific, role, title prefix or unit word that
    /// begins a place ("... bệnh tật tỉnh Lâm Đồng" stops before "tỉnh"), and the word after
    /// it is capitalised and does not begin another organization, role or title.
    /// A surname + 1–3 capitalised syllables that end the capitalised run at `g`.
    static func personRun(_ s: TokenScan, _ g: Int, _ limit: Int) -> Bool {
        guard s.surname(g, limit) != nil else { return false }
        var e = g
        while e < limit, s.isCap(e) { e += 1 }
        return e - g >= 2 && e - g <= 4
    }

    static func lowerGapEnd(_ s: TokenScan, _ j: Int, _ limit: Int, afterDomain: Bool = false) -> Int? {
        var g = j
        while g < limit, g - j < 5, s.isWord(g), !s.isCap(g), !s.isUpper(g) {
            if g > j, s.starts[g] & LexID.places.bit != 0, let m = s.longest(.places, g, limit), s.isCap(g + m.len - 1) {
                return afterDomain || j > 0 && s.isCap(j - 1) ? g : nil
            }
            let k = s.key(g)
            if Keys.function.contains(k) && k != Keys.va || Keys.gapStops.contains(k) { return nil }
            if g == j, Keys.gapSingleVerbs.contains(k) { return nil }
            if g + 1 < limit, Keys.gapVerbs.contains(Keys.pair(k, s.key(g + 1))) { return nil }
            if s.starts[g] & (LexID.honorifics.bit | LexID.roles.bit | LexID.prefixes.bit) != 0,
               s.has(.honorifics, g, limit) || s.has(.roles, g, limit) || s.has(.prefixes, g, limit) { return nil }
            if s.starts[g] & LexID.adminUnits.bit != 0 {
                if LocationTagger.match(s, at: g, limit: limit, mode: .suffix(allowBareUnit: false)) != nil {
                    // "Kiểm soát bệnh tật tỉnh Lâm Đồng": the name ends before its place.
                    return g > j && (afterDomain || j > 0 && s.isCap(j - 1)) ? g : nil
                }
                // "... công trình giao thông tỉnh Lê Văn Hùng": a bare unit word, then the holder.
                if let u = s.longest(.adminUnits, g, limit), personRun(s, g + u.len, limit) {
                    return afterDomain || j > 0 && s.isCap(j - 1) ? g + u.len : nil
                }
            }
            g += 1
        }
        guard g > j, g < limit, s.isCap(g) || s.isUpper(g), !afterDomain else { return nil }
        if personRun(s, g, limit), s.has(.adminUnits, g - 1, g) || s.has(.adminUnits, g - 2, g) { return g }
        if s.key(g - 1) == Keys.va && g - 1 == j { return nil }
        if s.starts[g] & (LexID.orgHeads.bit | LexID.roles.bit | LexID.prefixes.bit | LexID.ranks.bit) != 0,
           s.has(.orgHeads, g, limit) || s.has(.roles, g, limit) || s.has(.prefixes, g, limit) || s.has(.ranks, g, limit) {
            return nil
        }
        return g
    }

    /// In a capitalised run `j..<e`, the start of a person's name that ends the run (a surname
    /// not itself inside a name, then 1–3 more syllables), or nil.
    static func splitBeforePerson(_ s: TokenScan, _ j: Int, _ e: Int, _ limit: Int) -> Int? {
        var p = j + 1
        while p < e {
            if s.surname(p, limit) != nil, e - p >= 2, e - p <= 4, s.surname(p - 1, limit) == nil { return p }
            p += 1
        }
        return nil
    }
}
