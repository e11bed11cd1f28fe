// Fuzz target: the whole `Extractor.extract` and its JSON output.
//
// Checks, for any byte string decoded leniently as UTF-8:
// - `text` is the input unchanged; every token, entity, claim and fact span is in bounds,
//   non-empty and slices the original (Unicode scalar offsets) to exactly its `text` (compared
//   scalar by scalar, not with String's canonical equivalence);
// - sentences, tokens and entities are ordered and do not overlap; `refersTo` points to an
//   earlier entity;
// - `JSONWriter` output (compact and pretty) is strict JSON that reads back to the same text,
//   spans and values; the text and seg renderings do not crash.
import VietExtract
import VietText

let extractor = try! Extractor()

@inline(never)
func fail(_ what: String, _ text: String) -> Never {
    fatalError("invariant violated: \(what) — input \(String(text.debugDescription.prefix(600)))")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let original = Array(text.unicodeScalars)
    let x = extractor.extract(text)

    if !x.text.unicodeScalars.elementsEqual(original) { fail("result text differs from the input", text) }
    func span(_ what: String, _ s: String, _ a: Int, _ b: Int) {
        if a < 0 || b > original.count || a >= b { fail("\(what) span \(a)..<\(b) empty or out of bounds (\(original.count))", text) }
        if !s.unicodeScalars.elementsEqual(original[a..<b]) {
            fail("\(what) span \(a)..<\(b) text \(s.debugDescription) does not slice the original", text)
        }
    }
    var last = 0
    for s in x.sentences {
        if s.start < last || s.start >= s.end || s.end > original.count { fail("sentence \(s.start)..<\(s.end) bad (previous end \(last))", text) }
        last = s.end
    }
    last = 0
    for t in x.tokens {
        span("token", t.text, t.start, t.end)
        if t.start < last { fail("token \(t.start)..<\(t.end) overlaps previous ending at \(last)", text) }
        if !["word", "number", "punct", "symbol", "other"].contains(t.kind) { fail("token kind \(t.kind)", text) }
        last = t.end
    }
    last = 0
    for (k, e) in x.entities.enumerated() {
        span("entity \(e.type.rawValue)", e.text, e.start, e.end)
        if e.start < last { fail("entity \(k) \(e.start)..<\(e.end) overlaps or is out of order (previous end \(last))", text) }
        last = e.end
        if let r = e.refersTo, r < 0 || r >= k { fail("entity \(k) refersTo \(r)", text) }
    }
    for c in x.claims {
        span("claim", c.text, c.start, c.end)
        if c.value.isNaN { fail("claim value NaN", text) }
    }
    for f in x.facts {
        span("fact person", f.person.text, f.person.start, f.person.end)
        span("fact title", f.title.text, f.title.start, f.title.end)
    }

    for pretty in [false, true] {
        let json = JSONWriter(pretty: pretty).write(x)
        if !pretty && json.utf8.contains(0x0A) { fail("compact JSON contains a raw line break", text) }
        let doc: JSON
        do { doc = try JSONParser.parse(json) } catch let e as JSONError {
            fail("JSON (pretty: \(pretty)) does not parse: \(e.message) at byte \(e.offset): \(String(json.prefix(300)))", text)
        } catch { fail("\(error)", text) }
        guard doc["text"]?.scalars == original else { fail("JSON text differs from the input", text) }
        guard let entities = doc["entities"]?.array, entities.count == x.entities.count,
              let tokens = doc["tokens"]?.array, tokens.count == x.tokens.count,
              let claims = doc["claims"]?.array, claims.count == x.claims.count,
              let sentences = doc["sentences"]?.array, sentences.count == x.sentences.count,
              doc["facts"]?.array?.count == x.facts.count else { fail("JSON lists missing or of the wrong length", text) }
        for (j, e) in zip(entities, x.entities) {
            if j["start"]?.int != e.start || j["end"]?.int != e.end || j["text"]?.scalars.map({ $0.elementsEqual(e.text.unicodeScalars) }) != true {
                fail("JSON entity differs from the result", text)
            }
        }
        for (j, c) in zip(claims, x.claims) {
            if j["start"]?.int != c.start || j["end"]?.int != c.end { fail("JSON claim span differs", text) }
            if c.value.isFinite, case let .number(v)? = j["value"], v != c.value { fail("JSON claim value \(v) != \(c.value)", text) }
        }
    }
    _ = TextRenderer().render(x)
    _ = SegmentedWriter.write(extractor.analyze(text))
    return 0
}
