// Fuzz target: Tokenizer + SentenceSplitter.
//
// Checks, on the normalized text of any (leniently decoded) input and also on the raw decoded
// scalars (the tokenizer must not rely on NFC for memory safety or coverage):
// - tokens are non-empty, in bounds, ordered and non-overlapping;
// - together they cover every scalar that is not white space exactly once, and contain no
//   white space;
// - `spaceBefore` / `newlineBefore` say exactly whether white space / a line break precedes;
// - sentences are non-empty, contiguous token ranges covering every token.
import VietText

let tokenizer = Tokenizer()
let splitter = SentenceSplitter()
let normalizer = Normalizer()

@inline(never)
func fail(_ what: String, _ scalars: [UInt32]) -> Never {
    let text = String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
    fatalError("invariant violated: \(what) — scalars \(String(text.debugDescription.prefix(600)))")
}

func isSpace(_ v: UInt32) -> (space: Bool, newline: Bool) {
    switch CharacterClass.of(v) {
    case .space: (true, false)
    case .newline: (true, true)
    default: (false, false)
    }
}

func check(_ scalars: [UInt32]) {
    var tokens: [Token] = []
    scalars.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &tokens) }
    var position = 0
    for (i, t) in tokens.enumerated() {
        let a = Int(t.start), b = Int(t.end)
        if a < position { fail("token \(i) \(a)..<\(b) overlaps or is out of order (previous end \(position))", scalars) }
        if a >= b || b > scalars.count { fail("token \(i) \(a)..<\(b) empty or out of bounds (\(scalars.count))", scalars) }
        var sawSpace = false, sawNewline = false
        for k in position..<a {
            let (s, nl) = isSpace(scalars[k])
            if !s { fail("scalar \(k) (U+\(String(scalars[k], radix: 16))) not covered by any token", scalars) }
            sawSpace = true; sawNewline = sawNewline || nl
        }
        if t.flags.contains(.spaceBefore) != sawSpace { fail("token \(i) spaceBefore flag wrong", scalars) }
        if t.flags.contains(.newlineBefore) != sawNewline { fail("token \(i) newlineBefore flag wrong", scalars) }
        for k in a..<b where isSpace(scalars[k]).space { fail("token \(i) contains white space at \(k)", scalars) }
        position = b
    }
    for k in position..<scalars.count where !isSpace(scalars[k]).space {
        fail("trailing scalar \(k) not covered by any token", scalars)
    }
    let sentences = splitter.split(tokens, scalars: scalars)
    var next = 0
    for (k, s) in sentences.enumerated() {
        if s.lowerBound != next || s.isEmpty { fail("sentence \(k) \(s) does not continue at \(next)", scalars) }
        next = s.upperBound
    }
    if next != tokens.count { fail("sentences cover \(next) of \(tokens.count) tokens", scalars) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    check(normalizer.normalize(text).scalars)
    check(text.unicodeScalars.map(\.value))
    return 0
}
