/// Where a tone mark sits in the open syllables oa, oe, uy: both placements are in use, often
/// in the same article.
public enum ToneStyle: String, Sendable, CaseIterable, Codable {
    /// Keep the text as written.
    case asWritten = "as-written"
    /// "hòa", "khỏe", "thủy", "Ủy": the mark on the first vowel (common in the press).
    case traditional
    /// "hoà", "khoẻ", "thuỷ", "Uỷ": the mark on the second vowel (1980s orthography).
    case modern

    /// Rewrites every syllable of `text` to this style. Only scalars inside a syllable move,
    /// one precomposed letter for another, so the scalar count and the offset map are unchanged.
    static func rewrite(_ text: NormalizedText, to style: ToneStyle) -> NormalizedText {
        guard style != .asWritten else { return text }
        var scalars = text.scalars
        var i = 0
        while i < scalars.count {
            guard CharacterClass.of(scalars[i]).isLetter else { i += 1; continue }
            var j = i
            while j < scalars.count && CharacterClass.of(scalars[j]).isLetter { j += 1 }
            placeTone(&scalars, i..<j, style: style)
            i = j
        }
        return NormalizedText(scalars: scalars, offsets: text.offsets)
    }

    /// Moves the tone of one syllable to the position `style` prescribes. Leaves non-Vietnamese
    /// words (no vowel, several tones, over 7 letters) untouched.
    static func placeTone(_ s: inout [UInt32], _ range: Range<Int>, style: ToneStyle) {
        guard range.count <= 7 else { return }
        // A combining mark left after NFC ("ỵ" + U+0301: a second tone) means this is not a
        // plain syllable; moving the tone could leave a base + mark that NFC composes (not NFC).
        for k in range where CharacterClass.of(s[k]) == .mark { return }
        var bases: [UInt32] = []
        var uppers: [Bool] = []
        var tone = Tone.level
        var toneCount = 0
        for k in range {
            let (base, t) = VietnameseLetters.fold(s[k])
            bases.append(base)
            uppers.append(base != s[k] && VietnameseLetters.compose(base: base, tone: t) != s[k])
            if t != .level { tone = t; toneCount += 1 }
        }
        guard toneCount == 1, let target = tonePosition(bases, style: style) else { return }
        for (offset, k) in range.enumerated() {
            let t: Tone = offset == target ? tone : .level
            guard var v = VietnameseLetters.compose(base: bases[offset], tone: t) else { return }
            if uppers[offset] { v = upper(v) }
            s[k] = v
        }
    }

    /// Index (within the syllable) of the vowel that carries the tone, or nil if unsure.
    static func tonePosition(_ b: [UInt32], style: ToneStyle) -> Int? {
        var first = 0
        while first < b.count && !VietnameseLetters.isVowel(b[first]) { first += 1 }
        guard first < b.count else { return nil }
        // "qu" and "gi" + vowel: the u / i belongs to the onset.
        if first > 0 && first + 1 < b.count && VietnameseLetters.isVowel(b[first + 1]) {
            let onset = b[first - 1], v = b[first]
            if (onset == 0x71 && v == 0x75) || (onset == 0x67 && v == 0x69) { first += 1 }
        }
        var last = first
        while last + 1 < b.count && VietnameseLetters.isVowel(b[last + 1]) { last += 1 }
        let hasFinal = last + 1 < b.count
        let cluster = Array(b[first...last])
        // A vowel with a quality mark takes the tone (the last one in ươ).
        if let marked = cluster.lastIndex(where: { [0x103, 0xE2, 0xEA, 0xF4, 0x1A1, 0x1B0].contains($0) }) {
            return first + marked
        }
        switch cluster.count {
        case 1: return first
        case 2:
            if hasFinal { return first + 1 }
            let pair = (cluster[0], cluster[1])
            let styled = pair == (0x6F, 0x61) || pair == (0x6F, 0x65) || pair == (0x75, 0x79)  // oa oe uy
            if styled { return style == .modern ? first + 1 : first }
            return first
        case 3: return first + 1
        default: return nil
        }
    }

    private static func upper(_ v: UInt32) -> UInt32 {
        guard let u = Unicode.Scalar(v) else { return v }
        let s = String(u).uppercased().unicodeScalars
        return s.count == 1 ? s.first!.value : v
    }
}
