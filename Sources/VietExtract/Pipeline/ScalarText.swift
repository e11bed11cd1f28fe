import VietText

/// Strings from Unicode scalar values, encoded straight to UTF-8 (no per-scalar appends).
///
/// Same result as appending each `Unicode.Scalar(value)` to a `String.UnicodeScalarView`
/// (what `NormalizedText.string` and `AnalyzedText.originalText` do): values that are not
/// scalars (surrogates, beyond U+10FFFF) are skipped.
enum ScalarText {
    static func string(_ s: UnsafeBufferPointer<UInt32>, _ r: Range<Int>) -> String {
        if r.isEmpty { return "" }
        return String(unsafeUninitializedCapacity: r.count * 4) { out in
            var n = 0
            for k in r {
                let v = s[k]
                if v < 0x80 {
                    out[n] = UInt8(truncatingIfNeeded: v); n += 1
                } else if v < 0x800 {
                    out[n] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
                    out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    n += 2
                } else if v < 0x10000 {
                    if v >= 0xD800 && v <= 0xDFFF { continue }
                    out[n] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
                    out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    out[n + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    n += 3
                } else if v <= 0x10FFFF {
                    out[n] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
                    out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
                    out[n + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    out[n + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    n += 4
                }
            }
            return n
        }
    }

    static func string(_ s: [UInt32], _ r: Range<Int>) -> String {
        s.withUnsafeBufferPointer { string($0, r) }
    }

    /// `doc.normalizedText(ofTokens: r)`: the normalized text of tokens `r`.
    static func normalized(_ doc: AnalyzedText, ofTokens r: Range<Int>) -> String {
        guard !r.isEmpty else { return "" }
        let tokens = doc.tokens
        return string(doc.normalized.scalars, Int(tokens[r.lowerBound].start)..<Int(tokens[r.upperBound - 1].end))
    }
}
