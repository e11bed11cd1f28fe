import VietText

/// What the entity stage returns: non-overlapping mentions in text order, and facts between them.
struct EntityResult: Sendable {
    var mentions: [Mention] = []
    var facts: [FactLink] = []
}

/// Finds titles, persons, organizations, places (this folder) and dates, events and documents
/// (`DateEventDocumentTagger`), resolves overlaps (outermost wins) and links HOLDS_TITLE facts.
///
/// Invariant: immutable after `init` and `Sendable`; one instance serves every document.
struct EntityRecognizer: Sendable {
    let lex: LexiconSet
    let temporal: DateEventDocumentTagger
    /// First keys of the entity and temporal lexicons together: one probe per token.
    let firstKeys: FirstKeyTable

    init(userLexicons: [Extractor.UserLexicon]) throws {
        lex = try LexiconSet(userLexicons: userLexicons)
        temporal = try DateEventDocumentTagger()
        var first = lex.firstKeys
        first.add(temporal.firstKeys)
        for k in SpelledNumber.startKeys { first.add(k, .numberWords) }  // for the claim scan
        firstKeys = first
    }

    /// `explain`: build the `rule` of each mention (for `--explain`); without it rules are empty.
    func recognize(_ doc: AnalyzedText, explain: Bool = true) -> EntityResult {
        DocView.with(doc, firstKeys) { recognize($0, explain: explain) }
    }

    /// `recognize` on a view made with `firstKeys`.
    func recognize(_ view: DocView, explain: Bool) -> EntityResult {
        let doc = view.doc
        let others = temporal.tag(view)
        let s = TokenScan(doc: doc, t: view.tokens, lex: lex, starts: view.starts, scalars: view.scalars, explain: explain)
        var mine: [Mention] = []
        var titleStarts: [Int: Int] = [:]
        for sentence in doc.sentences {
            scanSentence(s, sentence, into: &mine, titleStarts: &titleStarts)
        }
        let mentions = OverlapPolicy.resolve(mine + others)
        return FactLinker.link(s, mentions: mentions, titleStarts: titleStarts)
    }

    /// One left-to-right pass: at each token the longest of title / organization / place /
    /// person wins (ties in that order); a title, rank or honorific makes the next capitalised
    /// run a name.
    private func scanSentence(_ s: TokenScan, _ sentence: Range<Int>, into out: inout [Mention], titleStarts: inout [Int: Int]) {
        let limit = sentence.upperBound
        var i = sentence.lowerBound
        var trigger = false
        var triggerRule = ""
        let lexStarts = LexID.honorifics.bit | LexID.prefixes.bit | LexID.adminUnits.bit | LexID.capital.bit
        while i < limit {
            // Nothing starts at a lower-case word that begins no honorific, role prefix or unit
            // word (every rule below needs one of those or a capital).
            if s.starts[i] & lexStarts == 0, !(i > 0 && s.key(i - 1) == Keys.chuc && s.starts[i] & LexID.roles.bit != 0),
               s.key(i) != Keys.so {
                trigger = false
                i += 1
                continue
            }
            // Honorifics and degrees before a capitalised name: skipped, and they trigger it.
            if let h = honorific(s, i, limit) {
                i += h.len
                trigger = true
                if s.explain { triggerRule = "after \(h.entry.kind) \(h.entry.ref)" }
                continue
            }
            let title = TitleComposer.match(s, at: i, limit: limit)
            if trigger, title == nil, let p = PersonTagger.match(s, at: i, limit: limit, triggered: true),
               (OrganizationTagger.match(s, at: i, limit: limit)?.range.count ?? 0) < p.count,
               (LocationTagger.match(s, at: i, limit: limit, mode: .standalone)?.range.count ?? 0) < p.count {
                out.append(Mention(.person, p, rule: s.explain ? "person: capitalised run \(triggerRule)" : ""))
                i = p.upperBound
                trigger = false
                continue
            }
            let org = OrganizationTagger.match(s, at: i, limit: limit)
            let place = LocationTagger.match(s, at: i, limit: limit, mode: .standalone)
            let person = PersonTagger.match(s, at: i, limit: limit, triggered: false)
            let tl = title.map { $0.range.upperBound - i } ?? 0
            let ol = org?.range.count ?? 0
            let pl = place?.range.count ?? 0
            let nl = person?.count ?? 0
            let best = max(tl, ol, pl, nl)
            trigger = false
            if best == 0 { i += 1; continue }
            if tl == best, let t = title {
                out.append(titleMention(s, t))
                titleStarts[t.range.lowerBound] = t.start
                i = t.range.upperBound
                trigger = true
                triggerRule = "after title"
            } else if pl == best, let p = place, p.known || ol < best {
                // A known place beats an organization of the same length ("Hội An").
                out.append(Mention(.location, p.range, rule: s.explain ? "location: " + p.parts.joined(separator: " + ") : ""))
                i = p.range.upperBound
            } else if ol == best, let o = org {
                out.append(Mention(.organization, o.range, rule: s.explain ? "organization: " + o.parts.joined(separator: " + ") : ""))
                i = o.range.upperBound
            } else if pl == best, let p = place {
                out.append(Mention(.location, p.range, rule: s.explain ? "location: " + p.parts.joined(separator: " + ") : ""))
                i = p.range.upperBound
            } else if let p = person {
                out.append(Mention(.person, p, rule: "person: surname + capitalised syllables"))
                i = p.upperBound
            } else {
                i += 1
            }
        }
    }

    /// An honorific, degree, profession or award word right before a capitalised word.
    private func honorific(_ s: TokenScan, _ i: Int, _ limit: Int) -> (len: Int, entry: LexEntry)? {
        guard let h = s.longest(.honorifics, i, limit) else { return nil }
        let j = i + h.len
        guard j < limit, s.isCap(j) else { return nil }
        // A capitalised honorific must not be the start of a role or a body ("Bà Rịa" is a place).
        if s.isCap(i), s.longest(.places, i, limit).map({ $0.len > h.len }) == true { return nil }
        if s.isCap(i), s.longest(.roles, i, limit).map({ $0.len >= h.len }) == true { return nil }
        return h
    }

    private func titleMention(_ s: TokenScan, _ t: TitleMatch) -> Mention {
        var m = Mention(.title, t.range, rule: s.explain ? "title: " + t.parts.joined(separator: " + ") : "")
        m.role = s.text(t.role)
        if let o = t.organization { m.organization = s.text(o) }
        if let p = t.place { m.location = s.text(p) }
        m.status = t.status
        m.normalized = s.expanded(t.range)
        return m
    }
}
