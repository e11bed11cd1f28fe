import CICU

/// Whole-string Unicode normalization forms through ICU (not the hot path: for tests, tools and
/// users who want a plain NFC or NFD string without offsets).
public enum UnicodeForms {
    /// `text` in NFC.
    public static func nfc(_ text: String) -> String { run(text, cicu_nfc_normalize) }
    /// `text` in NFD (every precomposed letter decomposed into base + combining marks).
    public static func nfd(_ text: String) -> String { run(text, cicu_nfd_normalize) }

    private static func run(_ text: String, _ f: (UnsafePointer<UInt16>?, Int32, UnsafeMutablePointer<UInt16>?, Int32) -> Int32) -> String {
        let src = Array(text.utf16)
        if src.isEmpty { return text }
        var cap = src.count * 3 + 16
        while true {
            var dest = [UInt16](repeating: 0, count: cap)
            let n = f(src, Int32(src.count), &dest, Int32(cap))
            if n < 0 { return text }
            if Int(n) <= cap { return String(decoding: dest[0..<Int(n)], as: UTF16.self) }
            cap = Int(n)
        }
    }
}
