import VietText

/// The `*.seg.txt` form: words separated by spaces, syllables inside a word joined by '_'.
public enum SegmentedWriter {
    /// The original text of each word, with the white space inside a word replaced by one '_'.
    public static func write(_ doc: AnalyzedText) -> String {
        let scalars = doc.originalScalarValues
        var out: [UInt8] = []
        out.reserveCapacity(scalars.count + scalars.count / 2)
        for (k, w) in doc.words.enumerated() {
            if k > 0 { out.append(0x20) }
            let r = doc.originalRange(ofTokens: w)
            var inSpace = false
            for v in scalars[r] {
                if isWhitespace(v) { inSpace = true; continue }
                if inSpace { out.append(0x5F); inSpace = false }
                appendUTF8(v, &out)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always)
    static func isWhitespace(_ v: UInt32) -> Bool {
        v == 0x20 || (v >= 0x09 && v <= 0x0D) || v == 0xA0 || v == 0x85 || (v >= 0x2000 && v <= 0x200A)
            || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x205F || v == 0x3000 || v == 0x1680
    }

    @inline(__always)
    static func appendUTF8(_ v: UInt32, _ out: inout [UInt8]) {
        switch v {
        case 0..<0x80: out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | v >> 6)); out.append(UInt8(0x80 | v & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | v >> 12)); out.append(UInt8(0x80 | (v >> 6) & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        default:
            out.append(UInt8(0xF0 | v >> 18)); out.append(UInt8(0x80 | (v >> 12) & 0x3F))
            out.append(UInt8(0x80 | (v >> 6) & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        }
    }
}
