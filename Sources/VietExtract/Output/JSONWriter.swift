/// Writes results as JSON in the field order of the contract, without Foundation: fast enough
/// for the streaming CLI and byte-for-byte stable for snapshot tests.
public struct JSONWriter {
    public var pretty: Bool
    public init(pretty: Bool = false) { self.pretty = pretty }

    /// One document as a JSON object (one line unless `pretty`).
    public func write(_ x: Extraction) -> String {
        let bytes = writeUTF8(x)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `write(x)` as UTF-8 bytes, with `terminator` appended (for streaming output: no String
    /// is made).
    public func writeUTF8(_ x: Extraction, terminator: UInt8? = nil) -> [UInt8] {
        // Room for the usual size (the text, tokens with their offsets, entities).
        var o = ObjectWriter(pretty: pretty, capacity: x.text.utf8.count * 2 + x.tokens.count * 48 + x.entities.count * 96 + 256)
        o.field("text") { $0.string(x.text) }
        o.field("sentences") { w in
            if w.pretty {
                w.array(x.sentences) { w, s in w.object { o in o.int("start", s.start); o.int("end", s.end) } }
            } else {
                w.compactSentences(x.sentences)
            }
        }
        o.field("tokens") { w in
            if w.pretty {
                w.array(x.tokens) { w, t in
                    w.object { o in o.string("text", t.text); o.int("start", t.start); o.int("end", t.end); o.string("kind", t.kind) }
                }
            } else {
                w.compactTokens(x.tokens)
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
        return o.finishBytes(terminator: terminator)
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

/// A growable UTF-8 byte buffer shared by the writers of one document (nested objects and
/// arrays append to it; bytes are stored without per-append array bookkeeping).
final class ByteStore {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(64, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always) func reserve(_ n: Int) {
        if count + n > capacity { grow(count + n) }
    }

    @inline(never) private func grow(_ need: Int) {
        let newCapacity = max(need, capacity * 2)
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        bigger.update(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = newCapacity
    }

    @inline(__always) func byte(_ b: UInt8) {
        reserve(1)
        base[count] = b
        count += 1
    }

    @inline(__always) func bytes(_ p: UnsafePointer<UInt8>, _ n: Int) {
        reserve(n)
        (base + count).update(from: p, count: n)
        count += n
    }

    /// Appends `n` bytes written by `body` into reserved room; `body` returns how many it wrote.
    @inline(__always) func write(upTo n: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        reserve(n)
        count += body(base + count)
    }

    var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }
}

/// Low-level JSON text building into one UTF-8 byte buffer (the String, if any, is made once,
/// at the end).
struct ValueWriter {
    let out: ByteStore
    let pretty: Bool
    var depth: Int

    @inline(__always) func byte(_ b: UInt8) { out.byte(b) }

    func raw(_ s: String) {
        var s = s
        s.withUTF8 { b in if let p = b.baseAddress { out.bytes(p, b.count) } }
    }

    /// Appends `s` as a JSON string. Text without quotes, backslashes or control characters
    /// (nearly all of it) is appended in one piece; otherwise escaped byte by byte (UTF-8
    /// sequences are never split, since every byte that needs escaping is ASCII).
    func string(_ s: String) {
        out.byte(0x22)
        if let done = s.utf8.withContiguousStorageIfAvailable({ appendString($0) }), done {
            out.byte(0x22)
            return
        }
        var s = s
        s.withUTF8 { bytes in
            if appendString(bytes) { return }
            for b in bytes {
                switch b {
                case 0x22: out.byte(0x5C); out.byte(0x22)
                case 0x5C: out.byte(0x5C); out.byte(0x5C)
                case 0x0A: out.byte(0x5C); out.byte(0x6E)
                case 0x0D: out.byte(0x5C); out.byte(0x72)
                case 0x09: out.byte(0x5C); out.byte(0x74)
                case 0..<0x20:
                    let hex: StaticString = "0123456789abcdef"
                    let h = hex.utf8Start
                    out.byte(0x5C); out.byte(0x75); out.byte(0x30); out.byte(0x30)
                    out.byte(h[Int(b >> 4)]); out.byte(h[Int(b & 0xF)])
                default: out.byte(b)
                }
            }
        }
        out.byte(0x22)
    }

    /// Appends clean UTF-8 text and returns true, or returns false (appending nothing) when it
    /// needs escaping.
    @inline(__always)
    private func appendString(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in bytes where b < 0x20 || b == 0x22 || b == 0x5C { return false }
        if let p = bytes.baseAddress { out.bytes(p, bytes.count) }
        return true
    }

    /// A name known to need no escaping (the contract's field names), with its quotes.
    @inline(__always)
    func name(_ s: StaticString) {
        out.byte(0x22)
        out.bytes(s.utf8Start, s.utf8CodeUnitCount)
        out.byte(0x22)
    }

    /// An integer in decimal (as `String(value)` writes it).
    func int(_ value: Int) {
        out.write(upTo: 21) { p in
            var n = 0
            if value < 0 { p[0] = 0x2D; n = 1 }
            var m = value.magnitude
            // Digits backwards, then reversed in place.
            let first = n
            repeat {
                p[n] = 0x30 + UInt8(truncatingIfNeeded: m % 10)
                m /= 10
                n += 1
            } while m > 0
            var a = first, b = n - 1
            while a < b { let t = p[a]; p[a] = p[b]; p[b] = t; a += 1; b -= 1 }
            return n
        }
    }

    func number(_ v: Double) {
        if !v.isFinite { raw("null"); return }
        if v == v.rounded(), abs(v) < 9.007199254740992e15 { int(Int(Int64(v))); return }
        raw("\(v)")
    }

    mutating func array<T>(_ items: [T], _ body: (inout ValueWriter, T) -> Void) {
        if items.isEmpty { out.byte(0x5B); out.byte(0x5D); return }
        out.byte(0x5B)
        depth += 1
        var first = true
        for item in items {
            if !first { out.byte(0x2C) }
            first = false
            newline()
            body(&self, item)
        }
        depth -= 1
        newline()
        out.byte(0x5D)
    }

    @inline(__always) func literal(_ s: StaticString) { out.bytes(s.utf8Start, s.utf8CodeUnitCount) }

    /// The sentence list without pretty-printing: the bytes `array` + `object` would write.
    func compactSentences(_ items: [SentenceSpan]) {
        out.byte(0x5B)
        for (k, s) in items.enumerated() {
            literal(k == 0 ? "{\"start\":" : ",{\"start\":")
            int(s.start)
            literal(",\"end\":")
            int(s.end)
            out.byte(0x7D)
        }
        out.byte(0x5D)
    }

    /// The token list without pretty-printing: the bytes `array` + `object` would write.
    func compactTokens(_ items: [TokenSpan]) {
        out.byte(0x5B)
        for (k, t) in items.enumerated() {
            literal(k == 0 ? "{\"text\":" : ",{\"text\":")
            string(t.text)
            literal(",\"start\":")
            int(t.start)
            literal(",\"end\":")
            int(t.end)
            literal(",\"kind\":")
            string(t.kind)
            out.byte(0x7D)
        }
        out.byte(0x5D)
    }

    /// A nested object, written into the same buffer.
    func object(_ body: (inout ObjectWriter) -> Void) {
        var o = ObjectWriter(store: out, pretty: pretty, depth: depth)
        body(&o)
        o.close()
    }

    @inline(__always) func newline() {
        guard pretty else { return }
        out.byte(0x0A)
        for _ in 0..<max(0, depth) { out.byte(0x20); out.byte(0x20) }
    }
}

struct ObjectWriter {
    fileprivate var w: ValueWriter
    private var first = true

    init(pretty: Bool, depth: Int = 0, capacity: Int = 256) {
        self.init(store: ByteStore(capacity: capacity), pretty: pretty, depth: depth)
    }

    /// Starts an object (writes its brace) in `store`.
    fileprivate init(store: ByteStore, pretty: Bool, depth: Int) {
        w = ValueWriter(out: store, pretty: pretty, depth: depth + 1)
        store.byte(0x7B)
    }

    /// A field; `name` is one of the contract's names (plain ASCII, nothing to escape).
    mutating func field(_ name: StaticString, _ body: (inout ValueWriter) -> Void) {
        if !first { w.out.byte(0x2C) }
        first = false
        w.newline()
        w.name(name)
        w.out.byte(0x3A)
        if w.pretty { w.out.byte(0x20) }
        body(&w)
    }

    mutating func string(_ name: StaticString, _ value: String) { field(name) { $0.string(value) } }
    mutating func int(_ name: StaticString, _ value: Int) { field(name) { $0.int(value) } }
    mutating func span(_ s: SpanRef) { string("text", s.text); int("start", s.start); int("end", s.end) }

    /// Writes the closing brace (and the newline before it when pretty).
    fileprivate mutating func close() {
        w.depth -= 1
        if !first { w.newline() }
        w.out.byte(0x7D)
    }

    mutating func finish() -> String {
        close()
        return String(decoding: UnsafeBufferPointer(start: w.out.base, count: w.out.count), as: UTF8.self)
    }

    mutating func finishBytes(terminator: UInt8? = nil) -> [UInt8] {
        close()
        if let terminator { w.out.byte(terminator) }
        return w.out.array
    }
}
