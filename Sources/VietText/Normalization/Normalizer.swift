import CICU

/// Text after normalization, with the map back to the original.
///
/// `scalars` is NFC, with look-alike letters, odd spaces, dashes, quotes and control
/// characters rewritten and zero-width characters removed. Tone-mark placement is kept as
/// written (matching uses `SyllableKey`, which ignores placement), unless
/// `Normalizer.Options.toneStyle` asks for a rewrite.
public struct NormalizedText: Sendable {
    /// The normalized text as Unicode scalar values.
    public let scalars: [UInt32]
    /// Normalized scalar offsets → original scalar offsets.
    public let offsets: OffsetMap

    /// The normalized text of a scalar range as a `String`.
    public func string(_ range: Range<Int>) -> String {
        var s = String.UnicodeScalarView()
        for v in scalars[range] { if let u = Unicode.Scalar(v) { s.append(u) } }
        return String(s)
    }

    /// The whole normalized text.
    public var string: String { string(0..<scalars.count) }
}

/// Normalizes Vietnamese text for analysis and records where every scalar came from.
///
/// Steps, in one pass over the input: (1) per-scalar mapping (`CharacterMapping`); (2) ICU NFC
/// over each normalization segment that needs it — a segment is a starter and the marks after
/// it, and text already in NFC (checked per scalar, ICU quick check outside the Latin ranges)
/// is copied without calling ICU; (3) optional tone-placement rewrite.
public struct Normalizer: Sendable {
    public struct Options: Sendable, Equatable {
        /// How to write tone marks in the normalized text. Matching ignores placement either
        /// way; this only changes `NormalizedText.scalars`.
        public var toneStyle: ToneStyle
        public init(toneStyle: ToneStyle = .asWritten) { self.toneStyle = toneStyle }
    }

    public let options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Normalizes `text`. Never fails: every input, including unpaired or unusual scalars,
    /// gives a result whose map covers the whole original.
    public func normalize(_ text: String) -> NormalizedText {
        var builder = Builder()
        builder.reserve(text.utf8.count)
        for scalar in text.unicodeScalars {
            builder.consume(scalar.value)
        }
        var result = builder.finish()
        if options.toneStyle != .asWritten {
            result = ToneStyle.rewrite(result, to: options.toneStyle)
        }
        return result
    }

    /// Incremental state of one normalization pass.
    struct Builder {
        var out: [UInt32] = []
        var starts: [Int32]? = nil
        var ends: [Int32]? = nil
        /// Original scalar offset of the next input scalar.
        var originalIndex: Int32 = 0
        /// Start (in `out`) of the current normalization segment, and whether it needs ICU.
        var segmentStart = 0
        var segmentNeedsNFC = false

        mutating func reserve(_ n: Int) { out.reserveCapacity(n) }

        /// Switches from the implicit identity map to explicit arrays.
        mutating func materializeMap() {
            guard starts == nil else { return }
            var s = [Int32](), e = [Int32]()
            s.reserveCapacity(out.capacity)
            e.reserveCapacity(out.capacity)
            for i in 0..<out.count {
                s.append(Int32(i))
                e.append(Int32(i + 1))
            }
            starts = s
            ends = e
        }

        @inline(__always)
        mutating func emit(_ value: UInt32, from: Int32, to: Int32) {
            out.append(value)
            if starts != nil {
                starts!.append(from)
                ends!.append(to)
            }
        }

        mutating func consume(_ original: UInt32) {
            let index = originalIndex
            originalIndex += 1
            var value = original
            switch CharacterMapping.of(original) {
            case .keep: break
            case .delete:
                materializeMap()
                return
            case .replace(let v):
                materializeMap()
                value = v
            }
            if value < 0x300 || (value >= 0x1E00 && value < 0x1F00) {
                // Latin letters, digits, punctuation: always a segment boundary and already NFC.
                closeSegment()
                segmentStart = out.count
                emit(value, from: index, to: index + 1)
                return
            }
            if cicu_nfc_has_boundary_before(value) {
                closeSegment()
                segmentStart = out.count
                // A starter outside the Latin ranges can still be a singleton that NFC rewrites
                // (e.g. U+212B ANGSTROM SIGN): ask ICU's quick check.
                var unit: (UInt16, UInt16) = (0, 0)
                let length: Int32
                if value < 0x10000 {
                    unit.0 = UInt16(value); length = 1
                } else {
                    unit.0 = UInt16(0xD800 + ((value - 0x10000) >> 10)); unit.1 = UInt16(0xDC00 + (value & 0x3FF)); length = 2
                }
                let check = withUnsafePointer(to: &unit) {
                    $0.withMemoryRebound(to: UInt16.self, capacity: 2) { cicu_nfc_quick_check($0, length) }
                }
                if check != 1 { segmentNeedsNFC = true }
            } else {
                // A combining mark (or a jamo that joins the one before): the segment must go
                // through ICU.
                segmentNeedsNFC = true
            }
            emit(value, from: index, to: index + 1)
        }

        /// Normalizes the open segment through ICU when it needs it.
        mutating func closeSegment() {
            guard segmentNeedsNFC else { return }
            segmentNeedsNFC = false
            let segment = Array(out[segmentStart...])
            var utf16: [UInt16] = []
            for v in segment {
                guard let u = Unicode.Scalar(v) else { continue }
                utf16.append(contentsOf: String(u).utf16)
            }
            var dest = [UInt16](repeating: 0, count: utf16.count * 3 + 8)
            let n = cicu_nfc_normalize(utf16, Int32(utf16.count), &dest, Int32(dest.count))
            guard n >= 0, Int(n) <= dest.count else { return }  // keep as written on ICU error
            let normalized = String(decoding: dest[0..<Int(n)], as: UTF16.self).unicodeScalars.map(\.value)
            if normalized == segment { return }
            materializeMap()
            let groupStart = starts![segmentStart]
            let groupEnd = ends![out.count - 1]
            out.removeSubrange(segmentStart...)
            starts!.removeSubrange(segmentStart...)
            ends!.removeSubrange(segmentStart...)
            for v in normalized {
                out.append(v)
                starts!.append(groupStart)
                ends!.append(groupEnd)
            }
        }

        mutating func finish() -> NormalizedText {
            closeSegment()
            let map = OffsetMap(originalCount: Int(originalIndex), normalizedCount: out.count, starts: starts, ends: ends)
            return NormalizedText(scalars: out, offsets: map)
        }
    }
}

extension Normalizer {
    /// The ICU version in use, e.g. "72.1".
    public static var icuVersion: String {
        var buf = [CChar](repeating: 0, count: 32)
        cicu_version(&buf, Int32(buf.count))
        return String(decoding: buf.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Throws when ICU's data cannot be loaded (a broken libicu installation).
    public static func checkICU() throws {
        var buf = [CChar](repeating: 0, count: 64)
        if !cicu_nfc_available(&buf, Int32(buf.count)) {
            let name = String(decoding: buf.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw ICUError(message: "ICU NFC data unavailable: \(name)")
        }
    }
}

public struct ICUError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public var description: String { message }
}
