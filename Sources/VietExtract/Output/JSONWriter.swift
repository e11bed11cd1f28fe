/// Writes results as JSON in the field order of the contract, without Foundation: fast enough
/// for the streaming CLI and byte-for-byte stable for snapshot tests.
public struct JSONWriter {
    public var pretty: Bool
    public init(pretty: Bool = false) { self.pretty = pretty }

    /// One document as a JSON object (one line unless `pretty`).
    public func write(_ x: Extraction) -> String {
        var o = ObjectWriter(pretty: pretty)
        o.field("text") { $0.string(x.text) }
        o.field("sentences") { w in w.array(x.sentences) { w, s in w.object { o in o.int("start", s.start); o.int("end", s.end) } } }
        o.field("tokens") { w in
            w.array(x.tokens) { w, t in
                w.object { o in o.string("text", t.text); o.int("start", t.start); o.int("end", t.end); o.string("kind", t.kind) }
            }
        }
        o.field("entities") { w in w.array(x.entities) { w, e in w.object { o in Self.entity(e, &o) } } }
        o.field("facts") { w in
            w.array(x.facts) { w, f in
                w.object { o in
                    o.string("type", f.type)
                    o.field("person") { $0.object { o in o.span(f.person) } }
                    o.field("title") { $0.object { o in o.span(f.title) } }
                }
            }
        }
        o.field("claims") { w in w.array(x.claims) { w, c in w.object { o in Self.claim(c, &o) } } }
        return o.finish()
    }

    /// An error object standing in for a document that could not be read (`--format jsonl`).
    public func writeError(line: Int, byteOffset: Int, message: String) -> String {
        var o = ObjectWriter(pretty: pretty)
        o.field("error") { $0.string(message) }
        o.int("line", line)
        o.int("byteOffset", byteOffset)
        return o.finish()
    }

    static func entity(_ e: Entity, _ o: inout ObjectWriter) {
        o.string("type", e.type.rawValue)
        o.string("text", e.text)
        o.int("start", e.start)
        o.int("end", e.end)
        if let v = e.role { o.string("role", v) }
        if let v = e.organization { o.string("organization", v) }
        if let v = e.location { o.string("location", v) }
        if let v = e.status { o.string("status", v) }
        if let v = e.normalized { o.string("normalized", v) }
        if let v = e.value { o.string("value", v) }
        if let v = e.ordinal { o.int("ordinal", v) }
        if let v = e.refersTo { o.int("refersTo", v) }
        if let v = e.explanation { o.string("explanation", v) }
    }

    static func claim(_ c: Claim, _ o: inout ObjectWriter) {
        o.string("text", c.text)
        o.int("start", c.start)
        o.int("end", c.end)
        o.string("kind", c.kind.rawValue)
        o.field("value") { $0.number(c.value) }
        o.field("total") { w in if let t = c.total { w.number(t) } else { w.raw("null") } }
        if let m = c.max { o.field("max") { $0.number(m) } }
        o.field("unit") { w in if let u = c.unit { w.string(u) } else { w.raw("null") } }
        o.field("qualifier") { w in if let q = c.qualifier { w.string(q.rawValue) } else { w.raw("null") } }
        if let ch = c.change { o.string("change", ch) }
    }
}

/// Low-level JSON text building.
struct ValueWriter {
    var out: String
    let pretty: Bool
    var depth: Int

    mutating func raw(_ s: String) { out += s }

    /// Appends `s` as a JSON string. Text without quotes, backslashes or control characters
    /// (nearly all of it) is appended in one piece; otherwise escaped byte by byte (UTF-8
    /// sequences are never split, since every byte that needs escaping is ASCII).
    mutating func string(_ s: String) {
        out.append("\"")
        var s = s
        let clean = s.withUTF8 { bytes in !bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C } }
        if clean {
            out += s
        } else {
            var escaped: [UInt8] = []
            s.withUTF8 { bytes in
                escaped.reserveCapacity(bytes.count + 16)
                for b in bytes {
                    switch b {
                    case 0x22: escaped += [0x5C, 0x22]
                    case 0x5C: escaped += [0x5C, 0x5C]
                    case 0x0A: escaped += [0x5C, 0x6E]
                    case 0x0D: escaped += [0x5C, 0x72]
                    case 0x09: escaped += [0x5C, 0x74]
                    case 0..<0x20:
                        let hex = Array("0123456789abcdef".utf8)
                        escaped += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
                    default: escaped.append(b)
                    }
                }
            }
            out += String(decoding: escaped, as: UTF8.self)
        }
        out.append("\"")
    }

    mutating func number(_ v: Double) {
        if !v.isFinite { out += "null"; return }
        if v == v.rounded(), abs(v) < 9.007199254740992e15 { out += String(Int64(v)); return }
        out += "\(v)"
    }

    mutating func array<T>(_ items: [T], _ body: (inout ValueWriter, T) -> Void) {
        if items.isEmpty { out += "[]"; return }
        out += "["
        depth += 1
        for (k, item) in items.enumerated() {
            if k > 0 { out += "," }
            newline()
            body(&self, item)
        }
        depth -= 1
        newline()
        out += "]"
    }

    mutating func object(_ body: (inout ObjectWriter) -> Void) {
        var o = ObjectWriter(pretty: pretty, depth: depth)
        body(&o)
        out += o.finish()
    }

    mutating func newline() {
        if pretty { out += "\n" + String(repeating: "  ", count: depth) }
    }
}

struct ObjectWriter {
    private var w: ValueWriter
    private var first = true

    init(pretty: Bool, depth: Int = 0) {
        w = ValueWriter(out: "{", pretty: pretty, depth: depth + 1)
    }

    mutating func field(_ name: String, _ body: (inout ValueWriter) -> Void) {
        if !first { w.out += "," }
        first = false
        w.newline()
        w.string(name)
        w.out += w.pretty ? ": " : ":"
        body(&w)
    }

    mutating func string(_ name: String, _ value: String) { field(name) { $0.string(value) } }
    mutating func int(_ name: String, _ value: Int) { field(name) { $0.out += String(value) } }
    mutating func span(_ s: SpanRef) { string("text", s.text); int("start", s.start); int("end", s.end) }

    mutating func finish() -> String {
        w.depth -= 1
        if !first { w.newline() }
        w.out += "}"
        return w.out
    }
}
