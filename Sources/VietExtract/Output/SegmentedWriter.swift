import VietText

/// The `*.seg.txt` form: words separated by spaces, syllables inside a word joined by '_'.
public enum SegmentedWriter {
    /// The original text of each word, with its inner white space replaced by '_'.
    public static func write(_ doc: AnalyzedText) -> String {
        var out = ""
        for (k, w) in doc.words.enumerated() {
            if k > 0 { out += " " }
            let text = doc.originalText(ofTokens: w)
            var word = ""
            var inSpace = false
            for ch in text.unicodeScalars {
                if ch.properties.isWhitespace { inSpace = true; continue }
                if inSpace { word += "_"; inSpace = false }
                word.unicodeScalars.append(ch)
            }
            out += word
        }
        return out
    }
}
