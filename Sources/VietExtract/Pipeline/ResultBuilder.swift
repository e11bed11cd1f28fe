import VietText

/// Maps internal mentions (token ranges in normalized text) to the public result (scalar
/// offsets and text of the original input). This is the only place offsets are mapped back.
struct ResultBuilder {
    let doc: AnalyzedText
    let explain: Bool

    func build(mentions: [Mention], facts: [FactLink], claims: [ClaimMention], includeTokens: Bool) -> Extraction {
        // The original scalars, as `AnalyzedText.originalText` reads them (the normalized ones
        // when normalization changed nothing).
        let source = doc.originalScalarValues
        return source.withUnsafeBufferPointer { build(mentions: mentions, facts: facts, claims: claims, includeTokens: includeTokens, source: $0) }
    }

    private func build(mentions: [Mention], facts: [FactLink], claims: [ClaimMention], includeTokens: Bool,
                       source: UnsafeBufferPointer<UInt32>) -> Extraction {
        var result = Extraction(text: doc.original)
        result.sentences = doc.sentences.map {
            let r = doc.originalRange(ofTokens: $0)
            return SentenceSpan(start: r.lowerBound, end: r.upperBound)
        }
        if includeTokens {
            result.tokens = doc.words.map { w in
                let r = doc.originalRange(ofTokens: w)
                let kind = w.count == 1 ? doc.tokens[w.lowerBound].kind.contractName : "word"
                return TokenSpan(text: ScalarText.string(source, r), start: r.lowerBound, end: r.upperBound, kind: kind)
            }
        }
        result.entities = mentions.map { entity($0, source) }
        result.facts = facts.compactMap { link in
            guard mentions.indices.contains(link.person), mentions.indices.contains(link.title) else { return nil }
            let p = result.entities[link.person], t = result.entities[link.title]
            return Fact(person: SpanRef(text: p.text, start: p.start, end: p.end),
                        title: SpanRef(text: t.text, start: t.start, end: t.end))
        }
        result.claims = claims.map { claim($0, source) }
        return result
    }

    func entity(_ m: Mention, _ source: UnsafeBufferPointer<UInt32>) -> Entity {
        let r = doc.originalRange(ofTokens: m.tokens)
        var e = Entity(type: m.type, text: ScalarText.string(source, r), start: r.lowerBound, end: r.upperBound)
        e.role = m.role
        e.organization = m.organization
        e.location = m.location
        e.status = m.status
        e.normalized = m.normalized
        e.value = m.value
        e.ordinal = m.ordinal
        e.refersTo = m.refersTo
        if explain { e.explanation = m.rule }
        return e
    }

    func claim(_ c: ClaimMention, _ source: UnsafeBufferPointer<UInt32>) -> Claim {
        let r = doc.originalRange(ofTokens: c.tokens)
        var out = Claim(text: ScalarText.string(source, r), start: r.lowerBound, end: r.upperBound, kind: c.kind, value: c.value)
        out.total = c.total
        out.max = c.max
        out.unit = c.unit
        out.qualifier = c.qualifier
        out.change = c.change
        return out
    }
}
