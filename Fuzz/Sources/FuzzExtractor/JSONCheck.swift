/// A small strict JSON parser (RFC 8259) used to check `JSONWriter` output without Foundation:
/// rejects anything a conforming parser would reject (raw control characters in strings, bad
/// escapes, lone surrogates, trailing commas, leading zeros, trailing garbage).
enum JSON: Equatable {
    case null, bool(Bool), number(Double), string([Unicode.Scalar]), array([JSON]), object([(String, JSON)])

    static func == (a: JSON, b: JSON) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case let (.bool(x), .bool(y)): x == y
        case let (.number(x), .number(y)): x == y
        case let (.string(x), .string(y)): x == y
        case let (.array(x), .array(y)): x == y
        case let (.object(x), .object(y)): x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    subscript(_ key: String) -> JSON? {
        if case let .object(fields) = self { return fields.first { $0.0 == key }?.1 }
        return nil
    }
    var array: [JSON]? { if case let .array(a) = self { return a }; return nil }
    var int: Int? { if case let .number(d) = self, d == d.rounded(), abs(d) < 1e15 { return Int(d) }; return nil }
    var scalars: [Unicode.Scalar]? { if case let .string(s) = self { return s }; return nil }
}

struct JSONError: Error { let message: String; let offset: Int }

struct JSONParser {
    let b: [UInt8]
    var i = 0
    var depth = 0

    static func parse(_ text: String) throws -> JSON {
        var p = JSONParser(b: Array(text.utf8))
        p.ws()
        let v = try p.value()
        p.ws()
        guard p.i == p.b.count else { throw JSONError(message: "trailing characters", offset: p.i) }
        return v
    }

    func err(_ m: String) -> JSONError { JSONError(message: m, offset: i) }

    mutating func ws() {
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x09 || b[i] == 0x0D { i += 1 }
    }

    mutating func literal(_ s: String, _ v: JSON) throws -> JSON {
        let u = Array(s.utf8)
        guard i + u.count <= b.count, Array(b[i..<(i + u.count)]) == u else { throw err("bad literal") }
        i += u.count
        return v
    }

    mutating func value() throws -> JSON {
        guard i < b.count else { throw err("unexpected end") }
        switch b[i] {
        case UInt8(ascii: "{"):
            depth += 1; defer { depth -= 1 }
            guard depth < 64 else { throw err("too deep") }
            i += 1; ws()
            var fields: [(String, JSON)] = []
            if i < b.count && b[i] == UInt8(ascii: "}") { i += 1; return .object(fields) }
            while true {
                ws()
                guard i < b.count, b[i] == UInt8(ascii: "\"") else { throw err("expected key") }
                let k = try string()
                ws()
                guard i < b.count, b[i] == UInt8(ascii: ":") else { throw err("expected colon") }
                i += 1; ws()
                let v = try value()
                var key = String.UnicodeScalarView(); key.append(contentsOf: k)
                if fields.contains(where: { $0.0.unicodeScalars.elementsEqual(k) }) { throw err("duplicate key") }
                fields.append((String(key), v))
                ws()
                guard i < b.count else { throw err("unterminated object") }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                if b[i] == UInt8(ascii: "}") { i += 1; return .object(fields) }
                throw err("expected , or }")
            }
        case UInt8(ascii: "["):
            depth += 1; defer { depth -= 1 }
            guard depth < 64 else { throw err("too deep") }
            i += 1; ws()
            var items: [JSON] = []
            if i < b.count && b[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            while true {
                ws()
                items.append(try value())
                ws()
                guard i < b.count else { throw err("unterminated array") }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                if b[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                throw err("expected , or ]")
            }
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        default: return try number()
        }
    }

    mutating func digits() -> Int {
        let s = i
        while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
        return i - s
    }

    mutating func number() throws -> JSON {
        let s = i
        if i < b.count && b[i] == UInt8(ascii: "-") { i += 1 }
        guard i < b.count else { throw err("bad number") }
        if b[i] == UInt8(ascii: "0") { i += 1 } else if digits() == 0 { throw err("bad number") }
        if i < b.count && b[i] == UInt8(ascii: ".") { i += 1; if digits() == 0 { throw err("bad fraction") } }
        if i < b.count && (b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E")) {
            i += 1
            if i < b.count && (b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-")) { i += 1 }
            if digits() == 0 { throw err("bad exponent") }
        }
        guard let d = Double(String(decoding: b[s..<i], as: UTF8.self)), d.isFinite else { throw err("bad number") }
        return .number(d)
    }

    mutating func hex4() throws -> UInt32 {
        guard i + 4 <= b.count else { throw err("short \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = b[i]; i += 1
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw err("bad hex digit")
            }
            v = v << 4 | d
        }
        return v
    }

    mutating func string() throws -> [Unicode.Scalar] {
        i += 1  // opening quote
        var out: [Unicode.Scalar] = []
        var run = i
        func flush(_ p: inout JSONParser, _ out: inout [Unicode.Scalar], _ end: Int) {
            if run < end { out.append(contentsOf: String(decoding: p.b[run..<end], as: UTF8.self).unicodeScalars) }
        }
        while true {
            guard i < b.count else { throw err("unterminated string") }
            let c = b[i]
            if c == UInt8(ascii: "\"") { flush(&self, &out, i); i += 1; return out }
            if c < 0x20 { throw err("raw control character in string") }
            if c != UInt8(ascii: "\\") { i += 1; continue }
            flush(&self, &out, i)
            i += 1
            guard i < b.count else { throw err("unterminated escape") }
            let e = b[i]; i += 1
            switch e {
            case UInt8(ascii: "\""): out.append("\"")
            case UInt8(ascii: "\\"): out.append("\\")
            case UInt8(ascii: "/"): out.append("/")
            case UInt8(ascii: "b"): out.append("\u{08}")
            case UInt8(ascii: "f"): out.append("\u{0C}")
            case UInt8(ascii: "n"): out.append("\n")
            case UInt8(ascii: "r"): out.append("\r")
            case UInt8(ascii: "t"): out.append("\t")
            case UInt8(ascii: "u"):
                var v = try hex4()
                if v >= 0xD800 && v < 0xDC00 {
                    guard i + 2 <= b.count, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") else { throw err("lone high surrogate") }
                    i += 2
                    let lo = try hex4()
                    guard lo >= 0xDC00 && lo < 0xE000 else { throw err("bad low surrogate") }
                    v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00)
                } else if v >= 0xDC00 && v < 0xE000 {
                    throw err("lone low surrogate")
                }
                out.append(Unicode.Scalar(v)!)
            default: throw err("bad escape")
            }
            run = i
        }
    }
}
