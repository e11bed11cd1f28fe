@testable import VietExtract

/// The span contract of an `Extraction`, shared by the property and hostile-input tests: every
/// span slices the original text (compared scalar by scalar, so an NFC span over NFD text is a
/// failure), spans are non-empty, in bounds and ordered, entities do not overlap.
enum ContractCheck {
    /// Contract problems of `x` in one pass over the original scalars (linear, unlike slicing
    /// the string once per span).
    static func problems(_ x: Extraction) -> [String] {
        let scalars = Array(x.text.unicodeScalars)
        var problems: [String] = []
        func span(_ what: String, _ text: String, _ a: Int, _ b: Int) {
            guard a >= 0, b <= scalars.count, a < b else { problems.append("\(what) \(a)..<\(b) out of bounds or empty"); return }
            if !text.unicodeScalars.elementsEqual(scalars[a..<b]) { problems.append("\(what) \(a)..<\(b) does not slice the original") }
        }
        var last = 0
        for s in x.sentences {
            if s.start < last || s.start >= s.end || s.end > scalars.count { problems.append("sentence \(s.start)..<\(s.end) bad") }
            last = s.end
        }
        last = 0
        for t in x.tokens {
            span("token", t.text, t.start, t.end)
            if t.start < last { problems.append("token at \(t.start) overlaps") }
            last = t.end
        }
        last = 0
        for e in x.entities {
            span("entity", e.text, e.start, e.end)
            if e.start < last { problems.append("entity at \(e.start) overlaps") }
            last = e.end
        }
        for c in x.claims {
            span("claim", c.text, c.start, c.end)
            if c.value.isNaN { problems.append("claim value NaN") }
        }
        for f in x.facts {
            span("fact person", f.person.text, f.person.start, f.person.end)
            span("fact title", f.title.text, f.title.start, f.title.end)
        }
        return Array(problems.prefix(10))
    }

}
