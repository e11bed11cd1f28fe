/// Splits a token sequence into sentences.
///
/// A sentence ends after `.`, `!`, `?`, `…` or `...` (with any closing quotes and brackets
/// that follow) when the next token is separated by white space and starts like a sentence
/// (upper case, a digit, an opening quote or bracket, a dash or bullet), and always at a line
/// break. Full stops inside tokens never split: abbreviations ("TP.", "PGS.TS.", "v.v.") and
/// numbers ("1.000") carry theirs.
public struct SentenceSplitter: Sendable {
    public init() {}

    /// Sentences as half-open ranges of token indices, in order, covering every token.
    public func split(_ tokens: [Token], scalars: [UInt32]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        var i = 0
        let n = tokens.count
        while i < n {
            let t = tokens[i]
            if i > start && t.flags.contains(.newlineBefore) {
                out.append(start..<i)
                start = i
            }
            if t.kind == .punct && isTerminal(t, scalars) {
                var j = i + 1
                while j < n, tokens[j].kind == .punct, !tokens[j].flags.contains(.spaceBefore),
                      isTerminal(tokens[j], scalars) || isClosing(scalars[Int(tokens[j].start)]) {
                    j += 1
                }
                if j == n || startsSentence(tokens[j], scalars) {
                    out.append(start..<j)
                    start = j
                }
                i = j
                continue
            }
            i += 1
        }
        if start < n { out.append(start..<n) }
        return out
    }

    private func isTerminal(_ t: Token, _ s: [UInt32]) -> Bool {
        let c = s[Int(t.start)]
        return c == 0x2E || c == 0x21 || c == 0x3F || c == 0x2026
    }

    private func isClosing(_ c: UInt32) -> Bool {
        c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D || c == 0x7D || c == 0xBB
    }

    private func startsSentence(_ t: Token, _ s: [UInt32]) -> Bool {
        if t.flags.contains(.newlineBefore) { return true }
        guard t.flags.contains(.spaceBefore) else { return false }
        switch t.kind {
        case .syllable, .code: return t.isCapitalized
        case .number: return true
        case .punct:
            let c = s[Int(t.start)]
            return c == 0x22 || c == 0x27 || c == 0x28 || c == 0x5B || c == 0x2D || c == 0x2022
        case .symbol, .other: return false
        }
    }
}
