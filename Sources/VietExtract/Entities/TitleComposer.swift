import VietText

/// A title composed at a position.
///
/// Units: token indices / half-open token ranges. `range` is the TITLE span; `start` ≤
/// `range.lowerBound` also covers status words ("nguyên", "tân") written before it.
struct TitleMatch {
    var start: Int
    var range: Range<Int>
    var status: String?
    var role: Range<Int>
    var organization: Range<Int>?
    var place: Range<Int>?
    var isRank = false
    var parts: [String]
}

/// Titles by rule: [status, outside] + [Phó/Quyền]* + role + [modifier]* + [organization |
/// domain (roles that imply their head: "Trưởng ban Tuyên giáo Trung ương") | "Trung ương"] +
/// [place] + ["tại" + country, for envoys]. A military or police rank before a name is a title
/// on its own ("Đại tướng").
struct TitleComposer {
    static func match(_ s: TokenScan, at i: Int, limit: Int) -> TitleMatch? {
        // Every title starts with a status or deputy prefix, a rank or a role.
        guard i < limit, i < s.count, s.starts[i] & (LexID.prefixes.bit | LexID.ranks.bit | LexID.roles.bit) != 0 else {
            return nil
        }
        var j = i
        var status: String? = nil
        var parts: [String] = []
        // Status words, outside the span: "nguyên", "tân", "cựu", "cố".
        while j < limit, let p = s.longest(.prefixes, j, limit) {
            let effect = p.entry.effect
            guard effect == .former || effect == .new else { break }
            status = effect == .former ? "former" : "new"
            if s.explain { parts.append("status \(p.entry.ref)") }
            j += p.len
        }
        let start = j
        // "giữ chức phó chủ tịch UBND huyện": a lower-case title right after "chức".
        let lowerOK = j > 0 && s.key(j - 1) == Keys.chuc
        guard j < limit, s.isCap(j) || lowerOK && s.isWord(j) else { return nil }
        while j < limit, let p = s.longest(.prefixes, j, limit) {
            let effect = p.entry.effect
            guard effect == .deputy || effect == .acting, s.isCap(j) || lowerOK else { break }
            if s.explain { parts.append("prefix \(p.entry.ref)") }
            j += p.len
        }
        if j == start, let r = s.longest(.ranks, j, limit) {
            // A rank is a title only before a name.
            let e = j + r.len
            if s.isCap(e) {
                return TitleMatch(start: i, range: start..<e, status: status, role: start..<e, isRank: true,
                                  parts: s.explain ? parts + ["rank \(r.entry.ref)"] : [])
            }
        }
        guard let r = s.longest(.roles, j, limit) else { return nil }
        if s.explain { parts.append("role \(r.entry.ref)") }
        j += r.len
        while j < limit, let m = s.longest(.modifiers, j, limit) {
            if s.explain { parts.append("modifier \(m.entry.ref)") }
            j += m.len
        }
        var t = TitleMatch(start: i, range: start..<j, status: status, role: start..<j, parts: parts)
        let takes = r.entry.takesOrg
        if let o = OrganizationTagger.match(s, at: j, limit: limit, inTitle: true) {
            t.organization = j..<(o.place?.lowerBound ?? o.range.upperBound)
            t.place = o.place
            if s.explain { t.parts.append(contentsOf: o.parts) }
            j = o.range.upperBound
        } else if takes.contains(.domain), let d = s.longest(.domains, j, limit) {
            var de = j + d.len
            // "Trưởng ban Quản lý dự án ... giao thông tỉnh": lower-case words before a place.
            if let g = OrganizationTagger.lowerGapEnd(s, de, limit, afterDomain: true) { de = g }
            // "Hồi sức tích cực - Chống độc": a second name joined by a spaced dash, not an office.
            if s.isSpacedDash(de), s.isCap(de + 1), !s.has(.roles, de + 1, limit), !s.has(.prefixes, de + 1, limit),
               !s.has(.orgHeads, de + 1, limit), let e = OrganizationTagger.nameEnd(s, at: de + 1, limit: limit, inTitle: true) {
                de = e
            }
            var o = OrgMatch(range: j..<de, place: nil, strong: true, parts: s.explain ? ["domain \(d.entry.ref)"] : [])
            OrganizationTagger.extend(&o, s, limit: limit, takes: [.place, .org], depth: 1, local: true)
            t.organization = j..<(o.place?.lowerBound ?? o.range.upperBound)
            t.place = o.place
            if s.explain { t.parts.append(contentsOf: o.parts) }
            j = o.range.upperBound
        } else if s.isTrungUong(j, limit) {
            // "Ủy viên Trung ương": the Party Central Committee.
            var e = j + 2
            var place: Range<Int>? = nil
            if let o = OrganizationTagger.match(s, at: e, limit: limit, inTitle: true) {
                if s.explain { t.parts.append(contentsOf: o.parts) }
                place = o.place
                e = o.range.upperBound
            }
            t.organization = j..<(place?.lowerBound ?? e)
            t.place = place
            if s.explain { t.parts.insert("'Trung ương'", at: t.parts.count - (e == j + 2 ? 0 : 1)) }
            j = e
        }
        // "giữ chức phó bí thư tỉnh ủy": a lower-case local body after a lower-case title.
        if t.organization == nil, t.place == nil, lowerOK, j < limit, !s.isCap(j), !s.isUpper(j),
           let h = s.longest(.orgHeads, j, limit), h.entry.kind == "local_body" {
            var o = OrgMatch(range: j..<(j + h.len), place: nil, strong: true, parts: s.explain ? ["local body \(h.entry.ref)"] : [])
            OrganizationTagger.extend(&o, s, limit: limit, takes: h.entry.takes, depth: 1, local: true)
            t.organization = j..<(o.place?.lowerBound ?? o.range.upperBound)
            t.place = o.place
            if s.explain { t.parts.append(contentsOf: o.parts) }
            j = o.range.upperBound
        }
        // A bare head as a back-reference: "Giám đốc Sở", "Tư lệnh Quân khu".
        if t.organization == nil, t.place == nil, j < limit, s.isCap(j), takes.contains(.org),
           let h = s.longest(.orgHeads, j, limit), !s.isCap(j + h.len), !s.isUpper(j + h.len),
           !s.isNumber(j + h.len) {
            t.organization = j..<(j + h.len)
            if s.explain { t.parts.append("bare head \(h.entry.ref)") }
            j += h.len
        }
        if t.place == nil, let p = LocationTagger.match(s, at: j, limit: limit, mode: .suffix(allowBareUnit: t.organization != nil)),
           p.known || !p.bareUnit {
            t.place = p.range
            if s.explain { t.parts.append(contentsOf: p.parts) }
            j = p.range.upperBound
        }
        // "Ông X, Chủ tịch UBND xã Lê Lợi, ...": after a bare unit word, a person-like name that
        // closes an apposition (the holder was named before the comma) is the place's name.
        if j > start, j < limit, !s.isCap(j - 1), s.has(.adminUnits, j - 1, j), s.surname(j, limit) != nil,
           start >= 2, s.isComma(start - 1), s.isCap(start - 2) {
            var e = j
            while e < limit, s.isCap(e), e - j < 5 { e += 1 }
            if e - j >= 2, e - j <= 4, e >= limit || !s.isWord(e) {
                t.place = (j - 1)..<e
                if let o = t.organization, o.upperBound > j - 1 { t.organization = o.lowerBound..<(j - 1) }
                j = e
            }
        }
        // Envoys: "Đại sứ Việt Nam tại Nhật Bản".
        if j + 1 < limit, s.key(j) == Keys.tai, r.entry.isDiplomatic || t.place != nil && r.entry.isDiplomatic,
           let p = LocationTagger.match(s, at: j + 1, limit: limit, mode: .standalone), p.known {
            t.place = (t.place?.lowerBound ?? (j + 1))..<p.range.upperBound
            if s.explain { t.parts.append("'tại' + " + p.parts.joined(separator: " + ")) }
            j = p.range.upperBound
        }
        t.range = start..<j
        if t.organization == nil, t.place == nil, r.entry.isOtherCategory,
           j < limit, s.isWord(j), !s.isCap(j) {
            return nil
        }
        return t
    }
}
