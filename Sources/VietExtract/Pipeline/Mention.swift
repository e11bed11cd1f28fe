import VietText

/// An entity found by a tagger, before it is mapped to the original text.
///
/// Units: `tokens` is a half-open range of token indices into `AnalyzedText.tokens`.
struct Mention: Sendable, Equatable {
    var type: EntityType
    var tokens: Range<Int>
    var role: String? = nil
    var organization: String? = nil
    var location: String? = nil
    var status: String? = nil
    var normalized: String? = nil
    var value: String? = nil
    var ordinal: Int? = nil
    /// Index (in the final mention list) of the earlier title this title-only mention refers to.
    var refersTo: Int? = nil
    /// The rule and lexicon entries that produced it (shown by `--explain`).
    var rule: String = ""

    init(_ type: EntityType, _ tokens: Range<Int>, rule: String = "") {
        self.type = type
        self.tokens = tokens
        self.rule = rule
    }
}

/// A (person, title) fact between two mentions, by index in the mention list.
struct FactLink: Sendable, Equatable, Hashable {
    var person: Int
    var title: Int
}

/// A numeric claim found by the claim recognizer, before mapping to the original text.
struct ClaimMention: Sendable, Equatable {
    var tokens: Range<Int>
    var kind: ClaimKind
    var value: Double
    var total: Double? = nil
    var max: Double? = nil
    var unit: String? = nil
    var qualifier: Qualifier? = nil
    var change: String? = nil
    var rule: String = ""
}

/// Resolves overlapping mentions: the outermost (longest) wins, then the earliest; a mention
/// inside a kept one is dropped (its information lives in the outer one's attributes).
enum OverlapPolicy {
    static func resolve(_ mentions: [Mention]) -> [Mention] {
        if mentions.count <= 1 { return mentions.filter { !$0.tokens.isEmpty } }
        let order = mentions.indices.sorted {
            let a = mentions[$0].tokens, b = mentions[$1].tokens
            if a.count != b.count { return a.count > b.count }
            return a.lowerBound < b.lowerBound
        }
        // Tokens covered by kept mentions. Mentions come longest first, so a kept one that
        // overlaps `r` is at least as long as `r` and must cover one of its end tokens: two
        // lookups decide, and marking is linear overall because kept mentions are disjoint
        // (comparing against every kept mention was quadratic on long documents).
        var upper = 0
        for m in mentions { upper = Swift.max(upper, m.tokens.upperBound) }
        var occupied = [Bool](repeating: false, count: upper)
        var kept: [Int] = []
        kept.reserveCapacity(mentions.count)
        occupied.withUnsafeMutableBufferPointer { occ in
            for i in order {
                let r = mentions[i].tokens
                if r.isEmpty || r.lowerBound < 0 { continue }
                if occ[r.lowerBound] || occ[r.upperBound - 1] { continue }
                for k in r { occ[k] = true }
                kept.append(i)
            }
        }
        // Kept ranges are disjoint, so their starts are distinct: the order is unique.
        kept.sort { mentions[$0].tokens.lowerBound < mentions[$1].tokens.lowerBound }
        return kept.map { mentions[$0] }
    }
}
