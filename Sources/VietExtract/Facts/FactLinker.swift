import VietText

/// HOLDS_TITLE facts between PERSON and TITLE mentions of one sentence, and `refersTo` links
/// from later title-only mentions to the earlier title held by a person.
///
/// Rules, in order:
/// 1. A group of titles joined by ",", " - " or "kiêm" and directly followed by a person
///    (honorifics and degrees may stand between) belongs to that person:
///    "Phó Bí thư Thành ủy - Chủ tịch UBND thành phố Trần Sỹ Thanh" → two facts.
/// 2. Titles after a person, joined by commas, brackets or words of appointment, belong to it
///    until something else is written: "Nguyễn Văn A, Ủy viên Bộ Chính trị, Bí thư ..." and
///    "bầu ông X giữ chức Phó Chủ tịch UBND tỉnh". Persons joined by "và" before a word of
///    appointment share the titles after it.
/// 3. A plural title before a colon is shared by every person listed after it: "có các Ủy
///    viên Trung ương Đảng: A, B; C".
/// 4. A title with no fact refers to the latest earlier title with the same text (or, when it
///    has no organization, the same role) that a person holds; no fact is repeated.
///
/// Units: mention indices index the final (overlap-resolved) mention list.
enum FactLinker {
    static func link(_ s: TokenScan, mentions inMentions: [Mention], titleStarts: [Int: Int]) -> EntityResult {
        // Every rule needs a person and a title (rule 4 links only to titles held in a fact):
        // without both there is nothing to link and no `refersTo` to set.
        guard inMentions.contains(where: { $0.type == .person }), inMentions.contains(where: { $0.type == .title }) else {
            return EntityResult(mentions: inMentions, facts: [])
        }
        var mentions = inMentions
        var facts: [FactLink] = []
        var seen = Set<FactLink>()
        func add(_ p: Int, _ t: Int) {
            let f = FactLink(person: p, title: t)
            if seen.insert(f).inserted { facts.append(f) }
        }
        let n = mentions.count
        func start(_ k: Int) -> Int {
            let m = mentions[k]
            return m.type == .title ? (titleStarts[m.tokens.lowerBound] ?? m.tokens.lowerBound) : m.tokens.lowerBound
        }
        func sameSentence(_ a: Int, _ b: Int) -> Bool {
            s.doc.sentenceIndex(ofToken: mentions[a].tokens.lowerBound) == s.doc.sentenceIndex(ofToken: mentions[b].tokens.lowerBound)
        }
        /// Tokens `a..<b` are all honorific/degree words (or nothing).
        func onlyHonorifics(_ a: Int, _ b: Int) -> Bool {
            var i = a
            if i < b, s.isComma(i) { i += 1; if i == b { return false } }
            while i < b {
                guard let h = s.longest(.honorifics, i, b) else { return false }
                i += h.len
            }
            return true
        }
        /// Tokens `a..<b` join two titles of one group: ",", spaced dash, "kiêm".
        func joins(_ a: Int, _ b: Int) -> Bool {
            guard b - a == 1 else { return false }
            return s.isComma(a) || s.punct(a) == 0x2D || s.key(a) == Keys.kiem
        }
        var claimed = [Bool](repeating: false, count: n)

        // 1. Title groups right before a person.
        for p in 0..<n where mentions[p].type == .person {
            var k = p - 1
            // A lower-case title follows a verb of appointment and belongs to the person before it.
            guard k >= 0, mentions[k].type == .title, sameSentence(k, p), s.isCap(mentions[k].tokens.lowerBound),
                  onlyHonorifics(mentions[k].tokens.upperBound, mentions[p].tokens.lowerBound) else { continue }
            while k >= 0, mentions[k].type == .title {
                add(p, k)
                claimed[k] = true
                let prev = k - 1
                // "Tư lệnh Quân khu 7 Trung tướng X": a rank right after the office.
                guard prev >= 0, mentions[prev].type == .title, sameSentence(prev, k),
                      joins(mentions[prev].tokens.upperBound, start(k))
                      || mentions[prev].tokens.upperBound == start(k)
                      && s.longest(.ranks, start(k), mentions[k].tokens.upperBound)?.len == mentions[k].tokens.upperBound - start(k)
                else { break }
                k = prev
            }
        }

        // 2. Titles after a person (apposition, appointment).
        func transparent(_ a: Int, _ b: Int, appointment: inout Bool) -> Bool {
            var i = a
            while i < b {
                let c = s.punct(i)
                if c == 0x2C || c == 0x28 || c == 0x29 || c == 0x2D { i += 1; continue }
                if Keys.appointment.contains(s.key(i)) && s.isWord(i) && !s.isCap(i) || s.key(i) == Keys.kiem {
                    appointment = true
                    i += 1
                    continue
                }
                return false
            }
            return true
        }
        func claimedByBefore(_ person: Int) -> Bool {
            person > 0 && mentions[person - 1].type == .title && claimed[person - 1]
        }
        for p in 0..<n where mentions[p].type == .person {
            var group = [p]
            var appointment = false
            var skippedBody = false
            var k = p + 1
            var end = mentions[p].tokens.upperBound
            while k < n, sameSentence(k, p) {
                let m = mentions[k]
                if m.type == .person, k > p {
                    // "A và B giữ chức ...": persons joined by "và" or ",".
                    let gap = end..<m.tokens.lowerBound
                    if gap.count == 1, s.key(gap.lowerBound) == Keys.va || s.isComma(gap.lowerBound), !claimedByBefore(k) {
                        group.append(k); end = m.tokens.upperBound; k += 1; continue
                    }
                    break
                }
                var viaBody = appointment
                if m.type == .organization, transparent(end, m.tokens.lowerBound, appointment: &viaBody),
                   viaBody || s.key(end) == Keys.duoc {
                    appointment = viaBody
                    // "được Ban Bí thư điều động, chỉ định giữ chức ...": the appointing body.
                    end = m.tokens.upperBound; skippedBody = true; k += 1; continue
                }
                guard m.type == .title, !claimed[k], transparent(end, start(k), appointment: &appointment) else { break }
                if (group.count > 1 || skippedBody) && !appointment { break }
                for q in group { add(q, k) }
                end = m.tokens.upperBound
                k += 1
            }
        }

        // 3. Shared title before a colon: "các Ủy viên Trung ương Đảng: A, B; C".
        for t in 0..<n where mentions[t].type == .title {
            let r = mentions[t].tokens
            // "các Ủy viên ...", "các đồng chí Ủy viên ...": a plural word, maybe an honorific after it.
            var b = r.lowerBound
            if b > 1, !Keys.plural.contains(s.key(b - 1)), let h = s.longest(.honorifics, b - 2, b), h.len == 2 { b -= 2 }
            else if b > 1, !Keys.plural.contains(s.key(b - 1)), let h = s.longest(.honorifics, b - 1, b), h.len == 1 { b -= 1 }
            guard b > 0, Keys.plural.contains(s.key(b - 1)),
                  r.upperBound < s.count, s.punct(r.upperBound) == 0x3A else { continue }
            var k = t + 1
            while k < n, sameSentence(k, t) {
                if mentions[k].type == .person { add(k, t) }
                k += 1
            }
        }

        // 4. Later title-only mentions refer to the earlier holder's title.
        var held = Set<Int>()
        for f in facts { held.insert(f.title) }
        func norm(_ m: Mention) -> String { (m.normalized ?? s.text(m.tokens)).lowercased() }
        for t in 0..<n where mentions[t].type == .title && !held.contains(t) {
            let key = norm(mentions[t])
            var target: Int? = nil
            for e in stride(from: t - 1, through: 0, by: -1) where held.contains(e) {
                if norm(mentions[e]) == key { target = e; break }
            }
            if target == nil, mentions[t].organization == nil, let role = mentions[t].role?.lowercased() {
                let cands = (0..<t).filter { held.contains($0) && mentions[$0].role?.lowercased() == role }
                if let last = cands.last { target = last }
            }
            mentions[t].refersTo = target
        }
        facts.sort { ($0.person, $0.title) < ($1.person, $1.title) }
        return EntityResult(mentions: mentions, facts: facts)
    }
}
