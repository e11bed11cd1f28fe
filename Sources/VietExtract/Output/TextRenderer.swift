/// The human-readable `--format text`: each sentence with its entities and claims marked
/// inline, then the facts.
///
/// Marks: `[Bí thư Thành ủy]TITLE`, `[Nguyễn Văn A]PERSON`, `{30/34 đề án}count=30/34`.
public struct TextRenderer {
    public init() {}

    public func render(_ x: Extraction) -> String {
        let scalars = Array(x.text.unicodeScalars)
        enum Mark { case entity(Entity), claim(Claim) }
        var marks: [(start: Int, end: Int, mark: Mark)] = x.entities.map { ($0.start, $0.end, .entity($0)) }
        // Claims that overlap an entity are listed after the sentence instead of inline.
        var loose: [Claim] = []
        for c in x.claims {
            if marks.contains(where: { $0.start < c.end && c.start < $0.end }) { loose.append(c) } else { marks.append((c.start, c.end, .claim(c))) }
        }
        marks.sort { $0.start < $1.start }
        var out = ""
        var pos = 0
        func text(_ a: Int, _ b: Int) -> String {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[max(0, a)..<min(scalars.count, b)])
            return String(v)
        }
        for m in marks where m.start >= pos {
            out += text(pos, m.start)
            switch m.mark {
            case .entity(let e):
                var label = e.type.rawValue
                var attrs: [String] = []
                if let r = e.role, r != e.text { attrs.append("role=\(r)") }
                if let o = e.organization { attrs.append("org=\(o)") }
                if let l = e.location { attrs.append("loc=\(l)") }
                if let s = e.status { attrs.append("status=\(s)") }
                if let v = e.value { attrs.append("value=\(v)") }
                if let o = e.ordinal { attrs.append("ordinal=\(o)") }
                if let r = e.refersTo { attrs.append("refersTo=#\(r)") }
                if !attrs.isEmpty { label += "(" + attrs.joined(separator: ", ") + ")" }
                out += "[" + text(m.start, m.end) + "]" + label
            case .claim(let c):
                out += "{" + text(m.start, m.end) + "}" + Self.describe(c)
            }
            pos = m.end
        }
        out += text(pos, scalars.count)
        if !out.hasSuffix("\n") { out += "\n" }
        for c in loose { out += "  claim: \(c.text) → \(Self.describe(c))\n" }
        for f in x.facts { out += "  fact: \(f.person.text) HOLDS_TITLE \(f.title.text)\n" }
        return out
    }

    static func describe(_ c: Claim) -> String {
        func num(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : "\(v)" }
        var s = c.kind.rawValue + "=" + num(c.value)
        if let t = c.total { s += "/" + num(t) }
        if let m = c.max { s += "–" + num(m) }
        if let u = c.unit { s += " " + u }
        if let q = c.qualifier { s += " (" + q.rawValue + ")" }
        if let ch = c.change { s += " [" + ch + "]" }
        return s
    }
}
