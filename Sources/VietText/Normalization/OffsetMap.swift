/// Maps positions in normalized text back to the original input.
///
/// Units: every index here is a **Unicode scalar offset** (not UTF-16, not bytes) unless the
/// method name says UTF-8. A normalized scalar `i` came from the original scalars
/// `originalStart(i) ..< originalEnd(i)`; several normalized scalars share one original range
/// when NFC composed or reordered a group, and deleted original scalars (zero-width characters)
/// lie between groups.
///
/// Invariant: `originalStart` and `originalEnd` are non-decreasing in `i`, and
/// `originalStart(i) < originalEnd(i)`.
public struct OffsetMap: Sendable {
    /// Number of scalars in the original text.
    public let originalCount: Int
    /// Number of scalars in the normalized text.
    public let normalizedCount: Int
    // nil when normalization changed nothing: then positions are equal in both texts.
    private let starts: [Int32]?
    private let ends: [Int32]?

    init(originalCount: Int, normalizedCount: Int, starts: [Int32]?, ends: [Int32]?) {
        self.originalCount = originalCount
        self.normalizedCount = normalizedCount
        self.starts = starts
        self.ends = ends
    }

    /// An identity map over `count` scalars.
    public static func identity(count: Int) -> OffsetMap {
        OffsetMap(originalCount: count, normalizedCount: count, starts: nil, ends: nil)
    }

    /// True when normalized and original positions coincide everywhere.
    public var isIdentity: Bool { starts == nil }

    /// The original scalar offset where normalized scalar `i` begins.
    @inline(__always)
    public func originalStart(_ i: Int) -> Int {
        guard let starts else { return i }
        return i < normalizedCount ? Int(starts[i]) : originalCount
    }

    /// The original scalar offset where normalized scalar `i` ends (exclusive).
    @inline(__always)
    public func originalEnd(_ i: Int) -> Int {
        guard let ends else { return i + 1 }
        return Int(ends[i])
    }

    /// Maps a normalized half-open scalar range to the original half-open scalar range that
    /// produced it. An empty range maps to an empty range at the corresponding position.
    public func originalRange(_ range: Range<Int>) -> Range<Int> {
        if isIdentity { return range }
        if range.isEmpty {
            let p = originalStart(range.lowerBound)
            return p..<p
        }
        return originalStart(range.lowerBound)..<originalEnd(range.upperBound - 1)
    }
}

/// Converts Unicode scalar offsets of one string into UTF-8 byte offsets, with checkpoints so a
/// lookup costs at most `stride` scalar steps.
public struct UTF8OffsetIndex: Sendable {
    private let utf8: [UInt8]
    private let checkpoints: [Int]  // byte offset of scalar k*stride
    private static let stride = 64

    public init(_ text: String) {
        utf8 = Array(text.utf8)
        var cps: [Int] = []
        cps.reserveCapacity(utf8.count / Self.stride + 1)
        var scalar = 0
        for (byteOffset, b) in utf8.enumerated() where b & 0xC0 != 0x80 {
            if scalar % Self.stride == 0 { cps.append(byteOffset) }
            scalar += 1
        }
        if scalar % Self.stride == 0 { cps.append(utf8.count) }
        checkpoints = cps
    }

    /// The UTF-8 byte range of a scalar range.
    public func byteRange(ofScalars range: Range<Int>) -> Range<Int> {
        byteOffset(ofScalar: range.lowerBound)..<byteOffset(ofScalar: range.upperBound)
    }

    /// The UTF-8 byte offset of scalar offset `scalarOffset` (the byte count at the end for the
    /// end position).
    public func byteOffset(ofScalar scalarOffset: Int) -> Int {
        let k = scalarOffset / Self.stride
        guard k < checkpoints.count else { return utf8.count }
        var byte = checkpoints[k]
        var remaining = scalarOffset - k * Self.stride
        while remaining > 0 && byte < utf8.count {
            byte += 1
            while byte < utf8.count && utf8[byte] & 0xC0 == 0x80 { byte += 1 }
            remaining -= 1
        }
        return byte
    }
}
