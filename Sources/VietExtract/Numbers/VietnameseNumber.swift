import VietText

/// Public entry point for reading Vietnamese numbers outside the extraction pipeline.
///
/// Accepts digits in Vietnamese notation (`DigitNotation`: "." groups thousands, "," marks
/// decimals), spelled-out numerals (`SpelledNumber`), magnitude words (`Magnitude`) and
/// "rưỡi", alone or combined: "1.000.000", "5,2", "1,5 triệu", "3 nghìn tỷ", "2 triệu rưỡi",
/// "hai mươi mốt", "một trăm linh năm", "hai nghìn không trăm hai mươi lăm". A trailing "%" or
/// "phần trăm" is allowed and ignored ("8,5%" → 8.5). Roman numerals are read by
/// `RomanNumeral` (only in ordinal contexts).
///
/// Returns nil for anything else — including fractions ("30/34"), ranges ("10-15"), dates,
/// codes, empty input and values too large for a finite `Double` (never traps).
public enum VietnameseNumber {
    public static func parse(_ text: String) -> Double? {
        let doc = AnalyzedText(text)
        let n = doc.tokens.count
        guard n > 0 else { return nil }
        // Drop a trailing percent sign or "phần trăm".
        var limit = n
        if doc.tokens[n - 1].kind != .number, doc.text(n - 1) == "%" { limit -= 1 }
        else if n >= 2, doc.tokens[n - 2].key == ClaimWords.phan, doc.tokens[n - 1].key == ClaimWords.tram { limit -= 2 }
        guard limit > 0 else { return nil }
        let reader = NumberReader(doc: doc, limit: limit)
        let first = doc.tokens[0]
        let reading: NumberReader.Reading?
        if first.kind == .number {
            var r = first.range
            if limit == n, r.count > 1, doc.normalized.scalars[r.upperBound - 1] == 0x25 { r = r.lowerBound..<(r.upperBound - 1) }
            guard let d = DigitNotation.parse(doc.normalized.scalars[r]) else { return nil }
            reading = reader.tail(from: 1, first: d.value)
        } else {
            reading = reader.spelled(at: 0)
        }
        guard let reading, reading.end == limit else { return nil }
        return reading.value
    }
}
