#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif

/// Association statistics of adjacent syllable pairs, counted over raw text (the project
/// derives them from the Vietnamese Wikipedia sample): for each pair "a b" seen often enough, a
/// one-byte code combining its pointwise mutual information and its frequency. The segmenter
/// uses the codes of the pairs around a gap as features, so it knows "chủ tịch" is a strong
/// pair even when the training corpus never shows it.
///
/// Code layout: 0 = pair unseen (or rare); otherwise `1 + pmiBucket * 8 + countBucket`, with
/// `pmiBucket = clamp(floor((pmi - pmiMin) / pmiStep), 0, 15)` (PMI in natural-log units; the
/// builder's defaults -4 and 0.5 cover [-4, 4), the embedded file uses -2 and 0.75, covering
/// [-2, 10), since most word-internal pairs have a PMI above 4) and
/// `countBucket = min(7, floor(log2(count)) - 1)`. Codes `nonSyllable` and `outside` are
/// reserved for pairs that are not two syllables and for positions beyond the text.
public struct SyllableStatistics: Sendable {
    public static let nonSyllable: UInt8 = 254
    public static let outside: UInt8 = 255

    private var table: KeyTable<UInt8>
    public var pairCount: Int { table.count }

    public init() { table = KeyTable(capacity: 0, filler: 0) }

    /// The pair key of two syllable keys.
    @inline(__always)
    public static func pairKey(_ a: UInt64, _ b: UInt64) -> UInt64 { segmenterMix(segmenterMix(0x7061_6972, a), b) }

    /// The code of the pair (a, b): 0 when unseen.
    @inline(__always)
    public func code(_ a: UInt64, _ b: UInt64) -> UInt8 { table.get(Self.pairKey(a, b)) ?? 0 }

    /// Calls `body` for every stored (pair key, code).
    public func forEach(_ body: (UInt64, UInt8) -> Void) { table.forEach(body) }

    // MARK: - Building

    /// Counts syllable unigrams and adjacent pairs of `lines` (pairs only between two syllable
    /// tokens separated by white space on one line) and keeps pairs seen at least `minCount`
    /// times.
    public static func build(lines: [String], minCount: Int = 3, pmiMin: Double = -4, pmiStep: Double = 0.5) -> SyllableStatistics {
        var uni: [UInt64: Int32] = [:]
        var bi: [UInt64: Int32] = [:]
        var total = 0
        let normalizer = Normalizer()
        let tokenizer = Tokenizer()
        var tokens: [Token] = []
        for line in lines {
            let text = normalizer.normalize(line)
            tokens.removeAll(keepingCapacity: true)
            text.scalars.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &tokens) }
            for (i, t) in tokens.enumerated() where t.kind == .syllable {
                uni[t.key, default: 0] += 1
                total += 1
                if i + 1 < tokens.count, tokens[i + 1].kind == .syllable {
                    bi[pairKey(t.key, tokens[i + 1].key), default: 0] += 1
                }
            }
        }
        // Second pass over the pairs needs the unigram counts of both sides: recount.
        var kept: [(UInt64, UInt8)] = []
        var seen = Set<UInt64>()
        let n = Double(max(total, 1))
        for line in lines {
            let text = normalizer.normalize(line)
            tokens.removeAll(keepingCapacity: true)
            text.scalars.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &tokens) }
            for i in 0..<max(tokens.count - 1, 0) where tokens[i].kind == .syllable && tokens[i + 1].kind == .syllable {
                let pk = pairKey(tokens[i].key, tokens[i + 1].key)
                guard let c = bi[pk], c >= minCount, seen.insert(pk).inserted else { continue }
                let ca = Double(uni[tokens[i].key]!), cb = Double(uni[tokens[i + 1].key]!)
                let pmi = log(Double(c) * n / (ca * cb))
                kept.append((pk, code(pmi: pmi, count: Int(c), pmiMin: pmiMin, pmiStep: pmiStep)))
            }
        }
        var stats = SyllableStatistics()
        stats.table = KeyTable(capacity: kept.count, filler: 0)
        for (k, c) in kept { stats.table.insert(k, c) }
        return stats
    }

    static func code(pmi: Double, count: Int, pmiMin: Double = -4, pmiStep: Double = 0.5) -> UInt8 {
        let p = min(15, max(0, Int(((pmi - pmiMin) / pmiStep).rounded(.down))))
        var lg = 0
        var c = count
        while c > 1 { c >>= 1; lg += 1 }
        let cb = min(7, max(0, lg - 1))
        return UInt8(1 + p * 8 + cb)
    }

    // MARK: - File format

    /// Serializes as `header` (comment lines), a `---` line, then little-endian binary:
    /// UInt32 count, count × UInt64 pair keys, count × UInt8 codes.
    public func serialized(header: String) -> [UInt8] {
        var out = Array(header.utf8)
        if !header.hasSuffix("\n") { out.append(0x0A) }
        out += Array("---\n".utf8)
        var keys: [UInt64] = []
        var codes: [UInt8] = []
        table.forEach { keys.append($0); codes.append($1) }
        BinaryWriter.append(UInt32(keys.count), to: &out)
        for k in keys { BinaryWriter.append(k, to: &out) }
        out += codes
        return out
    }

    /// Parses `serialized(header:)` output.
    public init(bytes: UnsafeRawBufferPointer) throws(ModelFormatError) {
        var r = try BinaryReader(bytes: bytes, source: "syllable statistics")
        let n = Int(try r.read(UInt32.self))
        var keys: [UInt64] = []
        keys.reserveCapacity(n)
        for _ in 0..<n { keys.append(try r.read(UInt64.self)) }
        table = KeyTable(capacity: n, filler: 0)
        for k in 0..<n { table.insert(keys[k], try r.read(UInt8.self)) }
    }

    /// The bundled statistics (`Models/syllable-pairs.model`), or empty ones when not embedded.
    public static func bundled() throws(ModelFormatError) -> SyllableStatistics {
        guard let b = EmbeddedResources.bytes("Models/syllable-pairs.model") else { return SyllableStatistics() }
        return try SyllableStatistics(bytes: UnsafeRawBufferPointer(b))
    }
}


/// A malformed model file.
public struct ModelFormatError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Little-endian binary output for model files.
enum BinaryWriter {
    static func append<T: FixedWidthInteger>(_ v: T, to out: inout [UInt8]) {
        withUnsafeBytes(of: v.littleEndian) { out += $0 }
    }
    static func append(_ v: Float, to out: inout [UInt8]) { append(v.bitPattern, to: &out) }
}

/// Reads the binary part of a model file: skips the text header up to the `---` line.
struct BinaryReader {
    let bytes: UnsafeRawBufferPointer
    var offset: Int
    let source: String
    /// The text before the `---` line.
    let header: String

    init(bytes: UnsafeRawBufferPointer, source: String) throws(ModelFormatError) {
        self.bytes = bytes
        self.source = source
        // Find "\n---\n" (or a leading "---\n").
        let marker: [UInt8] = Array("---\n".utf8)
        var i = 0
        var found = -1
        while i + marker.count <= bytes.count {
            if (i == 0 || bytes[i - 1] == 0x0A), bytes[i] == marker[0], bytes[i + 1] == marker[1],
               bytes[i + 2] == marker[2], bytes[i + 3] == marker[3] {
                found = i; break
            }
            // Skip to the next line.
            while i < bytes.count && bytes[i] != 0x0A { i += 1 }
            i += 1
        }
        guard found >= 0 else { throw ModelFormatError("\(source): no '---' line after the header") }
        header = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[0..<found]), as: UTF8.self)
        offset = found + marker.count
    }

    mutating func read<T: FixedWidthInteger>(_: T.Type) throws(ModelFormatError) -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= bytes.count else { throw ModelFormatError("\(source): truncated at byte \(offset)") }
        let v = bytes.loadUnaligned(fromByteOffset: offset, as: T.self)
        offset += size
        return T(littleEndian: v)
    }

    mutating func readFloat() throws(ModelFormatError) -> Float { Float(bitPattern: try read(UInt32.self)) }
}
