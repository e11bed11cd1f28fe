// Fuzz target: Normalizer + OffsetMap (+ tone-style rewrite, tokenizer and sentence ranges
// mapped back to the original).
//
// Checks, for any byte string decoded leniently as UTF-8 (invalid bytes → U+FFFD):
// - the offset map covers exactly the original scalars, is monotone and every normalized scalar
//   comes from a non-empty, in-bounds original range;
// - the normalized scalars are valid Unicode scalars and the text is in NFC;
// - normalizing twice equals normalizing once (in every tone style);
// - a tone-style rewrite keeps the scalar count and the map;
// - every token and sentence maps to an in-bounds, ordered original range whose slice is a
//   well-formed string of the same scalars.
import VietText

let styles: [Normalizer] = ToneStyle.allCases.map { Normalizer(options: .init(toneStyle: $0)) }
let tokenizer = Tokenizer()
let splitter = SentenceSplitter()

@inline(never)
func fail(_ what: String, _ text: String) -> Never {
    fatalError("invariant violated: \(what) — input \(String(text.debugDescription.prefix(600)))")
}

func checkMap(_ n: NormalizedText, original: [Unicode.Scalar], _ text: String) {
    let m = n.offsets
    if m.originalCount != original.count { fail("originalCount \(m.originalCount) != \(original.count)", text) }
    if m.normalizedCount != n.scalars.count { fail("normalizedCount \(m.normalizedCount) != \(n.scalars.count)", text) }
    var lastStart = 0, lastEnd = 0
    for i in 0..<n.scalars.count {
        let a = m.originalStart(i), b = m.originalEnd(i)
        if !(a < b) { fail("empty original range \(a)..<\(b) for normalized \(i)", text) }
        if a < lastStart || b < lastEnd { fail("map not monotone at \(i): \(a)..<\(b) after \(lastStart)..<\(lastEnd)", text) }
        if a < 0 || b > original.count { fail("map out of bounds at \(i): \(a)..<\(b) of \(original.count)", text) }
        // Groups either coincide (one NFC group) or follow each other.
        if a != lastStart && a < lastEnd { fail("groups overlap at \(i): \(a)..<\(b) after \(lastStart)..<\(lastEnd)", text) }
        lastStart = a; lastEnd = b
        if Unicode.Scalar(n.scalars[i]) == nil { fail("invalid scalar \(n.scalars[i]) at \(i)", text) }
    }
    if m.originalStart(n.scalars.count) > original.count { fail("end maps out of bounds", text) }
}

func slice(_ original: [Unicode.Scalar], _ r: Range<Int>, _ text: String) -> String {
    if r.lowerBound < 0 || r.upperBound > original.count || r.lowerBound > r.upperBound {
        fail("range \(r) out of bounds of \(original.count)", text)
    }
    var v = String.UnicodeScalarView()
    v.append(contentsOf: original[r])
    let s = String(v)
    if !s.unicodeScalars.elementsEqual(original[r]) { fail("slice \(r) is not well-formed", text) }
    return s
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let original = Array(text.unicodeScalars)

    for (k, normalizer) in styles.enumerated() {
        let once = normalizer.normalize(text)
        checkMap(once, original: original, text)
        let onceString = once.string
        let twice = normalizer.normalize(onceString)
        if twice.scalars != once.scalars { fail("normalizing twice differs from once (style \(k))", text) }
        if k == 0 {
            if UnicodeForms.nfc(onceString) != onceString || Array(UnicodeForms.nfc(onceString).unicodeScalars.map(\.value)) != once.scalars {
                fail("normalized text is not NFC", text)
            }
        } else {
            let plain = styles[0].normalize(text)
            if plain.scalars.count != once.scalars.count { fail("tone style \(k) changed the scalar count", text) }
            for i in 0..<plain.scalars.count where plain.offsets.originalStart(i) != once.offsets.originalStart(i)
                || plain.offsets.originalEnd(i) != once.offsets.originalEnd(i) {
                fail("tone style \(k) changed the map at \(i)", text)
            }
        }
    }

    // Tokens and sentences of the default analysis map back to ordered, well-formed slices.
    let doc = AnalyzedText(text)
    var lastEnd = 0
    for (i, t) in doc.tokens.enumerated() {
        if t.start < 0 || t.end > doc.normalized.scalars.count || t.start >= t.end { fail("token \(i) range \(t.range) bad", text) }
        let r = doc.originalRange(ofTokens: i..<(i + 1))
        if r.isEmpty { fail("token \(i) maps to empty original range", text) }
        if r.lowerBound < lastEnd { fail("token \(i) original range \(r) overlaps previous ending at \(lastEnd)", text) }
        lastEnd = r.upperBound
        let s = slice(original, r, text)
        if doc.originalText(ofTokens: i..<(i + 1)) != s { fail("originalText(ofTokens:) differs from the slice for token \(i)", text) }
    }
    var nextToken = 0
    lastEnd = 0
    for (k, sentence) in doc.sentences.enumerated() {
        if sentence.lowerBound != nextToken || sentence.isEmpty { fail("sentence \(k) \(sentence) does not continue at \(nextToken)", text) }
        nextToken = sentence.upperBound
        let r = doc.originalRange(ofTokens: sentence)
        if r.lowerBound < lastEnd { fail("sentence \(k) original range \(r) overlaps", text) }
        lastEnd = r.upperBound
        _ = slice(original, r, text)
    }
    if nextToken != doc.tokens.count { fail("sentences cover \(nextToken) of \(doc.tokens.count) tokens", text) }
    return 0
}
