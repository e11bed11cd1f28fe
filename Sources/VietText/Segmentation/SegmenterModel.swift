/// A trained segmentation model: configuration plus weights, immutable after load.
///
/// File format (`Models/segmenter.model`): a UTF-8 text header of `#` comment lines
/// (provenance, licence, date, command) and `key value` lines (the `SegmenterConfig`), then a
/// line `---`, then little-endian binary:
/// - UInt32 `fixedCount`, then `fixedCount` Float32 fixed weights (`FeatureLayout`);
/// - UInt32 `m`, then `m` entries of key n-grams: format 1: UInt64 hash, UInt8 length n;
///   format 2: UInt8 length n, then the n UInt64 feature keys (the hash is derived, and the
///   keys let `WordSegmenter` compile its per-token and per-pair score tables); then
///   `config.slots(n)` Float32 weights;
/// - when the header has `clusters K` (K > 0; format 3): UInt32 `c` (clusters, K - 2), UInt32
///   `s`, then `s` entries UInt64 syllable key, UInt16 cluster (`SyllableClusters`).
/// Format 4 (header line `statthresholds 1`) has the same layout; its fixed weights add the
/// statistics threshold features (`SegmenterConfig.statThresholds`).
/// Weights are averaged-perceptron weights; a gap joins when its score is positive
/// (pointwise) or on the best Viterbi path (structured).
public struct SegmenterModel: Sendable, NgramIndex {
    public let config: SegmenterConfig
    public let layout: FeatureLayout
    /// Fixed weights first, then n-gram blocks.
    public let weights: [Float]
    let ngramBlocks: KeyTable<Int32>
    /// The header's comment lines (without '#').
    public let provenance: [String]
    /// The feature keys of each n-gram block, parallel to the blocks given to `init` (empty
    /// when the model file does not record them, format 1).
    public let blockKeys: [[UInt64]]
    /// The (hash, length, base) of the n-gram blocks, in file order.
    public let blockList: [(hash: UInt64, length: Int, base: Int)]
    /// The syllable clusters the cluster weights are indexed by (nil when
    /// `config.clusters == 0`).
    public let clusters: SyllableClusters?

    /// The n-gram hash of a run of feature keys (as `FeatureExtractor` chains them).
    public static func ngramHash(_ keys: [UInt64]) -> UInt64 {
        var h = FeatureExtractor.ngramSeed
        for k in keys { h = segmenterMix(h, k) }
        return h
    }

    /// A model from a weight vector and the (hash, length, base) of its n-gram blocks;
    /// `keys`, when known, the feature keys of each block.
    public init(config: SegmenterConfig, weights: [Float], blocks: [(hash: UInt64, length: Int, base: Int)], keys: [[UInt64]] = [], clusters: SyllableClusters? = nil, provenance: [String] = []) {
        precondition(keys.isEmpty || keys.count == blocks.count)
        precondition(config.clusters == (clusters?.classCount ?? 0), "cluster classes do not match the configuration")
        self.clusters = clusters
        blockKeys = keys
        blockList = blocks
        self.config = config
        layout = FeatureLayout(config)
        var t = KeyTable<Int32>(capacity: blocks.count, filler: -1)
        for b in blocks { t.insert(Self.blockKey(b.hash, b.length), Int32(b.base)) }
        ngramBlocks = t
        self.weights = weights
        self.provenance = provenance
    }

    @inline(__always)
    static func blockKey(_ hash: UInt64, _ n: Int) -> UInt64 { hash &+ UInt64(n) }

    @inline(__always)
    public func base(_ hash: UInt64, length n: Int) -> Int {
        Int(ngramBlocks.get(Self.blockKey(hash, n)) ?? -1)
    }

    /// Number of stored key n-grams.
    public var ngramCount: Int { ngramBlocks.count }

    // MARK: - Serialization

    /// The file bytes: `provenance` lines become `#` comments.
    public func serialized(provenance lines: [String], blocks: [(hash: UInt64, length: Int, base: Int)]) -> [UInt8] {
        var header = lines.map { "# " + $0 }.joined(separator: "\n") + "\n"
        let withKeys = blockKeys.count == blocks.count && blocks.count == blockList.count
        header += "format \(config.statThresholds ? 4 : config.clusters > 0 ? 3 : withKeys ? 2 : 1)\n"
        header += "window \(config.window)\n"
        header += "ngram \(config.maxNgram)\n"
        header += "shape \(config.maxShapeNgram)\n"
        header += "lexicon \(config.useLexicon ? 1 : 0)\n"
        header += "statistics \(config.useStatistics ? 1 : 0)\n"
        header += "structured \(config.structured ? 1 : 0)\n"
        if config.clusters > 0 { header += "clusters \(config.clusters)\n" }
        if config.statThresholds { header += "statthresholds 1\n" }
        header += "---\n"
        var out = Array(header.utf8)
        BinaryWriter.append(UInt32(layout.fixedCount), to: &out)
        for k in 0..<layout.fixedCount { BinaryWriter.append(weights[k], to: &out) }
        BinaryWriter.append(UInt32(blocks.count), to: &out)
        for (i, b) in blocks.enumerated() {
            if withKeys {
                BinaryWriter.append(UInt8(b.length), to: &out)
                for k in blockKeys[i] { BinaryWriter.append(k, to: &out) }
            } else {
                BinaryWriter.append(b.hash, to: &out)
                BinaryWriter.append(UInt8(b.length), to: &out)
            }
            for j in 0..<config.slots(b.length) { BinaryWriter.append(weights[b.base + j], to: &out) }
        }
        if let clusters {
            var entries: [(UInt64, UInt16)] = []
            clusters.forEach { entries.append(($0, $1)) }
            entries.sort { $0.0 < $1.0 }
            BinaryWriter.append(UInt32(clusters.clusterCount), to: &out)
            BinaryWriter.append(UInt32(entries.count), to: &out)
            for (k, c) in entries {
                BinaryWriter.append(k, to: &out)
                BinaryWriter.append(c, to: &out)
            }
        }
        return out
    }

    /// Parses a model file.
    public init(bytes: UnsafeRawBufferPointer, source: String = "segmenter model") throws(ModelFormatError) {
        var r = try BinaryReader(bytes: bytes, source: source)
        var config = SegmenterConfig()
        var provenance: [String] = []
        var format = 1
        for line in r.header.split(separator: "\n") {
            if line.hasPrefix("#") {
                provenance.append(String(line.dropFirst()).trimmingCharacters(in: " "))
                continue
            }
            let parts = line.split(separator: " ")
            guard parts.count == 2, let v = Int(parts[1]) else { throw ModelFormatError("\(source): bad header line '\(line)'") }
            switch parts[0] {
            case "format":
                guard v >= 1 && v <= 4 else { throw ModelFormatError("\(source): unknown format \(v)") }
                format = v
            case "window": config.window = v
            case "ngram": config.maxNgram = v
            case "shape": config.maxShapeNgram = v
            case "lexicon": config.useLexicon = v != 0
            case "statistics": config.useStatistics = v != 0
            case "structured": config.structured = v != 0
            case "clusters": config.clusters = v
            case "statthresholds": config.statThresholds = v != 0
            default: throw ModelFormatError("\(source): unknown header key '\(parts[0])'")
            }
        }
        let layout = FeatureLayout(config)
        let fixed = Int(try r.read(UInt32.self))
        guard fixed == layout.fixedCount else { throw ModelFormatError("\(source): \(fixed) fixed weights, layout needs \(layout.fixedCount)") }
        var weights: [Float] = []
        weights.reserveCapacity(fixed)
        for _ in 0..<fixed { weights.append(try r.readFloat()) }
        let m = Int(try r.read(UInt32.self))
        var blocks: [(hash: UInt64, length: Int, base: Int)] = []
        var keys: [[UInt64]] = []
        blocks.reserveCapacity(m)
        for _ in 0..<m {
            var h: UInt64
            let n: Int
            if format == 1 {
                h = try r.read(UInt64.self)
                n = Int(try r.read(UInt8.self))
            } else {
                n = Int(try r.read(UInt8.self))
                var ks: [UInt64] = []
                for _ in 0..<n { ks.append(try r.read(UInt64.self)) }
                h = Self.ngramHash(ks)
                keys.append(ks)
            }
            guard n >= 1 && n <= config.maxNgram else { throw ModelFormatError("\(source): bad n-gram length \(n)") }
            blocks.append((h, n, weights.count))
            for _ in 0..<config.slots(n) { weights.append(try r.readFloat()) }
        }
        var clusters: SyllableClusters? = nil
        if config.clusters > 0 {
            let c = Int(try r.read(UInt32.self))
            guard c + 2 == config.clusters else { throw ModelFormatError("\(source): \(c) clusters, header says \(config.clusters) classes") }
            let s = Int(try r.read(UInt32.self))
            var entries: [(UInt64, UInt16)] = []
            entries.reserveCapacity(s)
            for _ in 0..<s {
                let k = try r.read(UInt64.self)
                let id = try r.read(UInt16.self)
                guard Int(id) < c else { throw ModelFormatError("\(source): cluster id \(id) out of range") }
                entries.append((k, id))
            }
            clusters = SyllableClusters(entries: entries, clusterCount: c)
        }
        self.init(config: config, weights: weights, blocks: blocks, keys: keys, clusters: clusters, provenance: provenance)
    }

    /// The bundled model (`Models/segmenter.model`), or nil when none is embedded.
    public static func bundled() throws(ModelFormatError) -> SegmenterModel? {
        guard let b = EmbeddedResources.bytes("Models/segmenter.model") else { return nil }
        return try SegmenterModel(bytes: UnsafeRawBufferPointer(b), source: "Models/segmenter.model")
    }
}
