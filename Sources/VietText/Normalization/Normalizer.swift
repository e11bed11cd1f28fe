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
        var text = text
        var result = text.withUTF8 { normalize(utf8: $0) }
        if options.toneStyle != .asWritten {
            result = ToneStyle.rewrite(result, to: options.toneStyle)
        }
        return result
    }

    /// Normalizes valid UTF-8 (as Swift strings always are). Printable ASCII and precomposed
    /// Latin letters take a fast path that writes straight into the output buffer.
    private func normalize(utf8 p: UnsafeBufferPointer<UInt8>) -> NormalizedText {
        // The builder writes straight into the result's storage (one allocation per call); only
        // when NFC expands the text beyond it does it move to a buffer of its own.
        var offsets: OffsetMap? = nil
        var grown: [UInt32]? = nil
        let scalars = [UInt32](unsafeUninitializedCapacity: p.count + 16) { storage, initialized in
            var b = Builder(storage: storage.baseAddress!, capacity: storage.count)
            Self.run(p, &b)
            b.closeSegment()
            offsets = b.offsetMap()
            if b.ownsStorage {
                grown = Array(UnsafeBufferPointer(start: b.storage, count: b.count))
                initialized = 0
            } else {
                initialized = b.count
            }
            b.release()
        }
        return NormalizedText(scalars: grown ?? scalars, offsets: offsets!)
    }

    /// The main loop: feeds every scalar of `p` to the builder, copying runs of scalars that
    /// need nothing on fast paths.
    static func run(_ p: UnsafeBufferPointer<UInt8>, _ b: inout Builder) {
        let n = p.count
        var i = 0
        while i < n {
            i = b.copyUnchanged(p, from: i)
            if i >= n { break }
            let b0 = p[i]
            if b0 < 0x80 {
                if b0 >= 0x20 && b0 != 0x7F {
                    // Reached only while a segment waits for NFC (the fast copy takes printable
                    // ASCII otherwise): close it, and the fast copy goes on from here.
                    b.closeSegment()
                    continue
                }
                if b0 == 0x0A || b0 == 0x0D {
                    b.emitStarter(UInt32(b0))
                } else {
                    b.consume(UInt32(b0))
                }
                i += 1
                continue
            }
            let v: UInt32
            if b0 < 0xE0 {
                v = UInt32(b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F); i += 2
                if Normalizer.isUnchangedLatin(v) {
                    b.emitStarter(v)
                    continue
                }
            } else if b0 < 0xF0 {
                v = UInt32(b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F); i += 3
                if v >= 0x1E00 && v < 0x1F00 {  // Vietnamese letters with tone marks (ạ, ế, ữ, ...)
                    b.emitStarter(v)
                    continue
                }
            } else {
                v = UInt32(b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F)
                i += 4
            }
            b.consume(v)
        }
    }

    /// Incremental state of one normalization pass. Output goes to a manually managed buffer
    /// (grown only when NFC expands text). The offset map is implicit (the identity) until the
    /// first change; then `starts`/`ends` — original scalar offsets of each output scalar — are
    /// kept in buffers of the same capacity as the output.
    ///
    /// Invariant: `count <= capacity`; when `mapped`, `starts[0..<count]` and `ends[0..<count]`
    /// are set, else output scalar `k` came from original scalar `k`.
    struct Builder {
        private var out: UnsafeMutablePointer<UInt32>
        private var capacity: Int
        /// False while `out` is the caller's storage; true once `grow` moved to a buffer that
        /// the builder allocated (and must release).
        private(set) var ownsStorage = false
        private(set) var count = 0
        private(set) var mapped = false
        private var starts = UnsafeMutablePointer<Int32>(bitPattern: 0x10)!
        private var ends = UnsafeMutablePointer<Int32>(bitPattern: 0x10)!
        /// Original scalar offset of the next input scalar.
        var originalIndex: Int32 = 0
        /// Start (in the output) of the current normalization segment, and whether it needs ICU.
        var segmentStart = 0
        var segmentNeedsNFC = false

        /// A builder writing into `storage` (not owned, at least 16 scalars).
        init(storage: UnsafeMutablePointer<UInt32>, capacity: Int) {
            precondition(capacity >= 16)
            self.capacity = capacity
            out = storage
        }

        var storage: UnsafeMutablePointer<UInt32> { out }

        /// Frees what the builder allocated (never the caller's storage).
        func release() {
            if ownsStorage { out.deallocate() }
            if mapped { starts.deallocate(); ends.deallocate() }
        }

        @inline(__always)
        private mutating func reserve(_ extra: Int) {
            guard count + extra > capacity else { return }
            grow(to: (count + extra) * 2)
        }

        private mutating func grow(to newCapacity: Int) {
            let bigger = UnsafeMutablePointer<UInt32>.allocate(capacity: newCapacity)
            bigger.update(from: out, count: count)
            if ownsStorage { out.deallocate() }
            out = bigger
            ownsStorage = true
            if mapped {
                let s = UnsafeMutablePointer<Int32>.allocate(capacity: newCapacity)
                let e = UnsafeMutablePointer<Int32>.allocate(capacity: newCapacity)
                s.update(from: starts, count: count)
                e.update(from: ends, count: count)
                starts.deallocate(); ends.deallocate()
                starts = s; ends = e
            }
            capacity = newCapacity
        }

        /// Switches from the implicit identity map to explicit buffers.
        mutating func materializeMap() {
            guard !mapped else { return }
            mapped = true
            starts = .allocate(capacity: capacity)
            ends = .allocate(capacity: capacity)
            mapOneToOne(0..<count, delta: 0)
        }

        /// Output scalars `range` came one each from original scalars `range` shifted by `delta`.
        @inline(__always)
        private func mapOneToOne(_ range: Range<Int>, delta: Int32) {
            for k in range {
                starts[k] = Int32(k) &+ delta
                ends[k] = Int32(k) &+ delta &+ 1
            }
        }

        @inline(__always)
        mutating func emit(_ value: UInt32, from: Int32, to: Int32) {
            reserve(1)
            out[count] = value
            if mapped {
                starts[count] = from
                ends[count] = to
            }
            count += 1
        }

        /// A scalar known to be unchanged by mapping and NFC and to start a new normalization
        /// segment (printable ASCII, line breaks, precomposed Latin letters).
        @inline(__always)
        mutating func emitStarter(_ value: UInt32) {
            let index = originalIndex
            originalIndex += 1
            if segmentNeedsNFC { closeSegment() }
            segmentStart = count
            emit(value, from: index, to: index + 1)
        }

        /// While no segment waits for NFC, copies the scalars that need nothing (printable ASCII,
        /// precomposed Latin and Vietnamese letters) straight to the output in a tight loop;
        /// returns the index of the first byte that needs the general path. Each copied scalar
        /// comes from one original scalar, so with an explicit map its entries are `k + delta`.
        /// Capacity: the copy writes at most one scalar per input byte, and reserves that first.
        @inline(__always)
        mutating func copyUnchanged(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            guard !segmentNeedsNFC else { return start }
            let n = p.count
            reserve(n - start)
            var i = start
            var c = count
            let dest = out
            while i < n {
                let b0 = p[i]
                if b0 < 0x80 {
                    guard b0 >= 0x20 && b0 != 0x7F else { break }
                    dest[c] = UInt32(b0)
                    c &+= 1; i &+= 1
                } else if b0 < 0xE0 {
                    guard i + 1 < n else { break }
                    let v = UInt32(b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F)
                    guard Normalizer.isUnchangedLatin(v) else { break }
                    dest[c] = v
                    c &+= 1; i &+= 2
                } else if b0 < 0xF0 {
                    guard i + 2 < n else { break }
                    let v = UInt32(b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
                    guard v >= 0x1E00 && v < 0x1F00 else { break }
                    dest[c] = v
                    c &+= 1; i &+= 3
                } else {
                    break
                }
            }
            if c > count {
                if mapped { mapOneToOne(count..<c, delta: originalIndex &- Int32(count)) }
                originalIndex += Int32(c - count)
                count = c
                segmentStart = c - 1
            }
            return i
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
                if segmentNeedsNFC { closeSegment() }
                segmentStart = count
                emit(value, from: index, to: index + 1)
                return
            }
            if cicu_nfc_has_boundary_before(value) {
                closeSegment()
                segmentStart = count
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

        /// NFC of `scalars` through ICU, or nil on an ICU error.
        static func nfc(_ scalars: ArraySlice<UInt32>) -> [UInt32]? {
            var utf16: [UInt16] = []
            for v in scalars {
                guard let u = Unicode.Scalar(v) else { continue }
                utf16.append(contentsOf: String(u).utf16)
            }
            var dest = [UInt16](repeating: 0, count: utf16.count * 3 + 8)
            let n = cicu_nfc_normalize(utf16, Int32(utf16.count), &dest, Int32(dest.count))
            guard n >= 0, Int(n) <= dest.count else { return nil }
            return String(decoding: dest[0..<Int(n)], as: UTF16.self).unicodeScalars.map(\.value)
        }

        /// Normalizes the open segment through ICU when it needs it.
        mutating func closeSegment() {
            guard segmentNeedsNFC else { return }
            segmentNeedsNFC = false
            let segment = Array(UnsafeBufferPointer(start: out + segmentStart, count: count - segmentStart))
            guard let normalized = Self.nfc(segment[...]) else { return }  // keep as written on ICU error
            if normalized == segment { return }
            materializeMap()
            // Usually the whole segment is one group (a letter composed with its marks). When the
            // starter did not combine with the marks (NFC only reordered them, or replaced a
            // singleton starter), the starter keeps its own original range, so that a token
            // boundary after it (a bracket before stray marks) maps to disjoint original ranges.
            var starter = 0
            if segment.count >= 2 && normalized.count >= segment.count,
               let head = Self.nfc(segment[0..<1]), let tail = Self.nfc(segment[1...]), head + tail == normalized {
                starter = head.count
            }
            let starterStart = starts[segmentStart], starterEnd = ends[segmentStart]
            let groupStart = starter > 0 ? starts[segmentStart + 1] : starterStart
            let groupEnd = ends[count - 1]
            count = segmentStart
            reserve(normalized.count)
            for (k, v) in normalized.enumerated() {
                out[count] = v
                starts[count] = k < starter ? starterStart : groupStart
                ends[count] = k < starter ? starterEnd : groupEnd
                count += 1
            }
        }

        /// The map of the text built so far (call after the last `closeSegment`).
        func offsetMap() -> OffsetMap {
            guard mapped else {
                return OffsetMap(originalCount: Int(originalIndex), normalizedCount: count, starts: nil, ends: nil)
            }
            return OffsetMap(originalCount: Int(originalIndex), normalizedCount: count,
                             starts: Array(UnsafeBufferPointer(start: starts, count: count)),
                             ends: Array(UnsafeBufferPointer(start: ends, count: count)))
        }
    }
}

extension Normalizer {
    /// Precomposed Latin letters U+00C0–U+02FF (à, ă, ơ, ư, ...) that mapping and NFC leave
    /// alone: all but the look-alikes rewritten to Đ/đ (Ð ð Ɖ ɖ).
    @inline(__always)
    static func isUnchangedLatin(_ v: UInt32) -> Bool {
        v >= 0xC0 && v < 0x300 && v != 0xD0 && v != 0xF0 && v != 0x189 && v != 0x256
    }

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
